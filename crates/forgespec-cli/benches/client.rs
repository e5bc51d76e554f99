//! The typed client against `forgespec mock`: requests per second and allocations
//! per request for a small and a large CODING Action (a benchmark, not a timed test:
//! `cargo bench -p forgespec-cli --bench client`).
//!
//! The mock is this package's `forgespec` binary in a process of its own, so the
//! allocations counted here (every allocation of this process while requests run)
//! are the client's: building the request, hyper's connection work, reading the reply
//! and decoding it into its type. One connection, one request at a time.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
use forgespec_client::coding::release::{
    DescribeReleaseIssueList, DescribeReleaseIssueListRequest,
};
use forgespec_client::{Auth, Call, Client};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static ALLOCATOR: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

/// `forgespec mock coding --port 0 --quiet`, killed when dropped.
struct Mock(Child, String);

impl Mock {
    fn start() -> Result<Mock, Box<dyn std::error::Error>> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_forgespec"))
            .args(["mock", "coding", "--port", "0", "--quiet"])
            .stderr(Stdio::piped())
            .spawn()?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let mut line = String::new();
        BufReader::new(stderr).read_line(&mut line)?;
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .ok_or_else(|| format!("unexpected first line: {line}"))?
            .to_string();
        Ok(Mock(child, url))
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn measure<F, Fut>(name: &str, runtime: &tokio::runtime::Runtime, duration: Duration, call: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = bool>,
{
    // Warm up: the connection, the mock's schema compilation.
    for _ in 0..50 {
        assert!(runtime.block_on(call()), "{name}: a warm-up call failed");
    }
    let region = Region::new(ALLOCATOR);
    let started = Instant::now();
    let mut requests = 0u64;
    while started.elapsed() < duration {
        assert!(runtime.block_on(call()), "{name}: a call failed");
        requests += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let allocations = region.change().allocations;
    println!(
        "{name}: {requests} requests in {elapsed:.1} s = {:.0} requests/s, {:.0} allocations per request",
        requests as f64 / elapsed,
        allocations as f64 / requests as f64
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seconds = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let duration = Duration::from_secs(seconds);
    let mock = Mock::start()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let client = Client::coding(Auth::CodingToken("bench".into()))
        .base_url(mock.1.clone())
        .build()?;
    measure(
        "DescribeOneProject (reply 0.15 KB)",
        &runtime,
        duration,
        || {
            let client = client.clone();
            async move {
                let call = Call::<DescribeOneProject>::body(DescribeOneProjectRequest::new(2));
                client
                    .send(call)
                    .await
                    .is_ok_and(|reply| !reply.response.is_error())
            }
        },
    );
    measure(
        "DescribeReleaseIssueList (reply 11.8 KB)",
        &runtime,
        duration,
        || {
            let client = client.clone();
            async move {
                let call = Call::<DescribeReleaseIssueList>::body(
                    DescribeReleaseIssueListRequest::new("xjx-agile-2", 0),
                );
                client
                    .send(call)
                    .await
                    .is_ok_and(|reply| !reply.response.is_error())
            }
        },
    );
    Ok(())
}
