//! Validation per message: every documented example (the 846 fixtures) on its wire
//! form through the contract, as `check-har` and the mock check them: a request
//! routed and validated (parameters, credentials, body), a response validated against
//! its operation. A benchmark, not a timed test: `cargo bench -p forgespec-contract`.
//!
//! The first round includes compiling each schema on its first use; the best of the
//! next rounds is validation alone (the figure to compare with a validator that has
//! compiled its schemas, e.g. openapi-core's best round).

use std::path::Path;
use std::time::Instant;

use forgespec_contract::{Contract, Platform, Request, Response, sample};
use forgespec_fixtures::Subject;

/// One message to validate.
enum Message {
    Request(Request),
    Response(String, Response),
    Component(String, serde_json::Value),
}

fn messages(platform: Platform) -> Vec<Message> {
    let contract = Contract::builtin(platform);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../forgespec-{}/fixtures", platform.id()));
    let fixtures = forgespec_fixtures::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    fixtures
        .into_iter()
        .filter_map(|fixture| match fixture.subject {
            Subject::Request { operation } => {
                let op = contract.operation(&operation)?;
                Some(Message::Request(sample::request(
                    contract,
                    op,
                    Some(&fixture.value),
                )))
            }
            Subject::Response { operation, status } => {
                let op = contract.operation(&operation)?;
                let status = status.or_else(|| op.primary_response()?.status.parse().ok())?;
                let media = op.response_for(status)?.content.first()?.media.clone();
                Some(Message::Response(
                    operation,
                    Response {
                        status,
                        headers: vec![("Content-Type".to_string(), media)],
                        body: serde_json::to_vec(&fixture.value).ok()?,
                    },
                ))
            }
            Subject::Schema { component } => Some(Message::Component(component, fixture.value)),
        })
        .collect()
}

/// Validates every message once; returns the violations found (0 expected).
fn round(contract: &Contract, messages: &[Message]) -> usize {
    messages
        .iter()
        .map(|m| match m {
            Message::Request(r) => contract.check_request(r).map_or(1, |c| c.violations.len()),
            Message::Response(id, r) => contract
                .operation(id)
                .map_or(1, |op| contract.check_response(op, r).len()),
            Message::Component(name, value) => contract.check_component(name, value).len(),
        })
        .sum()
}

fn main() {
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    println!(
        "| platform | messages | load | first round, per message | best of {rounds} more, per message |"
    );
    println!("|---|---|---|---|---|");
    let (mut all_messages, mut all_first, mut all_best) = (0, 0.0, 0.0);
    for platform in Platform::ALL {
        let started = Instant::now();
        let contract = Contract::builtin(platform);
        let load = started.elapsed().as_secs_f64();
        let messages = messages(platform);
        let started = Instant::now();
        assert_eq!(
            round(contract, &messages),
            0,
            "{platform}: a documented example is refused"
        );
        let first = started.elapsed().as_secs_f64();
        let best = (0..rounds)
            .map(|_| {
                let started = Instant::now();
                assert_eq!(round(contract, &messages), 0);
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        let n = messages.len() as f64;
        println!(
            "| {platform} | {} | {:.1} ms | {:.1} µs | {:.1} µs |",
            messages.len(),
            load * 1e3,
            first / n * 1e6,
            best / n * 1e6
        );
        all_messages += messages.len();
        all_first += first;
        all_best += best;
    }
    println!(
        "| all | {all_messages} | | {:.1} µs | {:.1} µs |",
        all_first / all_messages as f64 * 1e6,
        all_best / all_messages as f64 * 1e6
    );
}
