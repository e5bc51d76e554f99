//! Every documented example (the 1816 fixtures of the five platforms) on its wire
//! form: a request fixture sent as an HTTP request routes to its operation (an RPC
//! Action with the Action in the query, and again with it only in the body) and
//! validates; a response fixture validates as that operation's response. Then the
//! fixture is broken, one member at a time (its type changed, or removed), and every
//! violation found must point at the member that was broken.

use std::path::Path;

use forgespec_contract::{Contract, Platform, Request, Response, Violation, sample};
use forgespec_fixtures::{Fixture, Subject};
use serde_json::Value;

/// Members tried per fixture: enough to reach past the envelope into the payload.
const MUTATIONS_PER_FIXTURE: usize = 60;

struct Tally {
    fixtures: usize,
    routed_by_body: usize,
    type_detected: usize,
    removal_detected: usize,
    nothing_required: Vec<String>,
    no_typed_member: Vec<String>,
    /// Removals reported as another shape's missing member (see ALTERNATIVE_SHAPES).
    other_shape: Vec<String>,
}

/// Replies of two shapes that differ in one member (CODING's DescribeWiki and
/// DescribeWikiList answer the export's `Data` or the help document's `data`, E1419):
/// with that member removed, the reply is one member short of either shape, so the
/// report may name the other's. (fixture, removed member, member named instead.)
const ALTERNATIVE_SHAPES: &[(&str, &str, &str)] = &[
    (
        "wiki/DescribeWiki.response.2.json",
        "/Response/Data",
        "/Response/data",
    ),
    (
        "wiki/DescribeWikiList.response.2.json",
        "/Response/Data",
        "/Response/data",
    ),
];

fn fixtures(platform: Platform) -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(format!("forgespec-{}", platform.id()))
        .join("fixtures");
    forgespec_fixtures::load(&dir).unwrap_or_else(|e| panic!("{e}"))
}

/// Validates `value` as the fixture's subject, with the wire form where it has one.
fn check(
    contract: &Contract,
    fixture: &Fixture,
    value: &Value,
    problems: &mut Vec<String>,
    tally: Option<&mut Tally>,
) -> Vec<Violation> {
    match &fixture.subject {
        Subject::Request { operation } => {
            let Some(op) = contract.operation(operation) else {
                problems.push(format!("{}: no operation `{operation}`", fixture.path));
                return Vec::new();
            };
            let request = sample::request(contract, op, Some(value));
            let check = match contract.check_request(&request) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(format!(
                        "{}: {} {} does not route: {e}",
                        fixture.path, request.method, request.target
                    ));
                    return Vec::new();
                }
            };
            if check.route.operation.id != *operation {
                problems.push(format!(
                    "{}: routed to {} instead of {operation}",
                    fixture.path, check.route.operation.id
                ));
            }
            if let (Some(action), Some(tally)) = (&op.rpc_action, tally) {
                // The same request with the Action only in the body.
                let body_only = Request {
                    target: request
                        .target
                        .split('?')
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                    ..request.clone()
                };
                match contract.check_request(&body_only) {
                    Ok(c)
                        if c.route.operation.rpc_action.as_deref() == Some(action.as_str())
                            && c.violations.is_empty() =>
                    {
                        tally.routed_by_body += 1;
                    }
                    Ok(c) => problems.push(format!(
                        "{}: with the Action only in the body: {:?}",
                        fixture.path, c.violations
                    )),
                    Err(e) => problems.push(format!(
                        "{}: with the Action only in the body: {e}",
                        fixture.path
                    )),
                }
            }
            check.violations
        }
        Subject::Response { operation, status } => {
            let Some(op) = contract.operation(operation) else {
                problems.push(format!("{}: no operation `{operation}`", fixture.path));
                return Vec::new();
            };
            let status = status.unwrap_or_else(|| {
                op.primary_response()
                    .and_then(|r| r.status.parse().ok())
                    .unwrap_or(200)
            });
            let media = op
                .response_for(status)
                .and_then(|r| r.content.first())
                .map_or("application/json".to_string(), |c| c.media.clone());
            let response = Response {
                status,
                headers: vec![("Content-Type".to_string(), media)],
                body: serde_json::to_vec(value).unwrap_or_default(),
            };
            contract.check_response(op, &response)
        }
        Subject::Schema { component } => contract.check_component(component, value),
    }
}

/// The value with the member at `pointer` turned into another JSON type.
fn retyped(value: &Value, pointer: &str) -> Option<Value> {
    let mut copy = value.clone();
    let slot = copy.pointer_mut(pointer)?;
    *slot = match slot {
        Value::String(_) => Value::Bool(true),
        Value::Null => return None,
        _ => Value::String("forgespec: wrong type".to_string()),
    };
    Some(copy)
}

/// The value with the object member at `pointer` removed.
fn removed(value: &Value, pointer: &str) -> Option<Value> {
    let (parent, key) = pointer.rsplit_once('/')?;
    let mut copy = value.clone();
    let object = copy.pointer_mut(parent)?.as_object_mut()?;
    object.shift_remove(&key.replace("~1", "/").replace("~0", "~"))?;
    Some(copy)
}

fn check_platform(platform: Platform) -> (Tally, Vec<String>) {
    let contract = Contract::builtin(platform);
    let mut problems = Vec::new();
    let mut tally = Tally {
        fixtures: 0,
        routed_by_body: 0,
        type_detected: 0,
        removal_detected: 0,
        nothing_required: Vec::new(),
        no_typed_member: Vec::new(),
        other_shape: Vec::new(),
    };
    for fixture in fixtures(platform) {
        tally.fixtures += 1;
        let violations = check(
            contract,
            &fixture,
            &fixture.value,
            &mut problems,
            Some(&mut tally),
        );
        if !violations.is_empty() {
            problems.push(format!(
                "{}: the documented example is refused: {violations:?}",
                fixture.path
            ));
            continue;
        }
        let pointers = forgespec_fixtures::member_pointers(&fixture.value);
        let mut type_found = false;
        let mut removal_found = false;
        for pointer in pointers.iter().take(MUTATIONS_PER_FIXTURE) {
            if let Some(broken) = retyped(&fixture.value, pointer) {
                let found = check(contract, &fixture, &broken, &mut problems, None);
                for v in &found {
                    if v.pointer != *pointer {
                        problems.push(format!(
                            "{}: {pointer} retyped, reported at {}: {v}",
                            fixture.path, v.pointer
                        ));
                    }
                }
                type_found |= !found.is_empty();
            }
            if let Some(broken) = removed(&fixture.value, pointer) {
                let found = check(contract, &fixture, &broken, &mut problems, None);
                for v in &found {
                    let other_shape = ALTERNATIVE_SHAPES.iter().any(|(path, removed, named)| {
                        fixture.path.ends_with(path) && pointer == removed && v.pointer == *named
                    });
                    if other_shape && v.keyword == "required" {
                        tally
                            .other_shape
                            .push(format!("{}: {pointer}", fixture.path));
                    } else if v.pointer != *pointer || v.keyword != "required" {
                        problems.push(format!(
                            "{}: {pointer} removed, reported as {} at {}: {v}",
                            fixture.path, v.keyword, v.pointer
                        ));
                    }
                }
                removal_found |= !found.is_empty();
            }
        }
        tally.type_detected += usize::from(type_found);
        tally.removal_detected += usize::from(removal_found);
        if !type_found {
            tally.no_typed_member.push(fixture.path.clone());
        }
        if !removal_found {
            tally.nothing_required.push(fixture.path.clone());
        }
    }
    (tally, problems)
}

#[test]
fn every_fixture_routes_validates_and_its_mutations_are_reported_where_they_are() {
    let mut all = Vec::new();
    let mut total = 0;
    let mut exceptions: Vec<(&str, String)> = Vec::new();
    let mut other_shape: Vec<String> = Vec::new();
    for platform in Platform::ALL {
        let (tally, problems) = check_platform(platform);
        println!(
            "{platform}: {} fixtures valid; {} RPC requests also routed by body Action; a retyped member reported in {}, a removed required member in {}",
            tally.fixtures, tally.routed_by_body, tally.type_detected, tally.removal_detected
        );
        exceptions.extend(
            tally
                .no_typed_member
                .iter()
                .map(|p| ("type", format!("{platform}/{p}"))),
        );
        exceptions.extend(
            tally
                .nothing_required
                .iter()
                .map(|p| ("required", format!("{platform}/{p}"))),
        );
        other_shape.extend(tally.other_shape.iter().map(|p| format!("{platform}/{p}")));
        total += tally.fixtures;
        all.extend(problems);
    }
    assert_eq!(total, 1816, "the five platforms document 1816 examples");
    // Where no mutation can be caught, because the document makes nothing of the
    // example required or typed: PingCode's PATCH bodies (a PATCH names only what it
    // changes), two CodeArts bodies whose every documented field is optional, and
    // GitCode's empty request body.
    let mut nothing_required: Vec<String> = exceptions
        .iter()
        .filter(|(kind, _)| *kind == "required")
        .map(|(_, p)| p.clone())
        .collect();
    nothing_required.sort();
    assert_eq!(
        nothing_required,
        [
            "codearts/repository/branches/deleteProtectedBranches.request.json",
            "codearts/repository/tags/createProtectedTag.request.json",
            "gitcode/pulls/getPullRequest.request.json",
            "pingcode/build/builds/patchBuild.request.json",
            "pingcode/release/deploys/patchDeploy.request.json",
            "pingcode/release/environments/patchReleaseEnvironment.request.json",
            "pingcode/scm/branches/patchScmBranch.request.json",
            "pingcode/scm/products/patchScmProduct.request.json",
            "pingcode/scm/repositories/patchScmRepository.request.json",
            "pingcode/scm/reviews/patchScmReview.request.json",
            "pingcode/scm/users/patchScmUser.request.json",
        ]
    );
    let untyped: Vec<&String> = exceptions
        .iter()
        .filter(|(kind, _)| *kind == "type")
        .map(|(_, p)| p)
        .collect();
    assert_eq!(untyped, ["gitcode/pulls/getPullRequest.request.json"]);
    // Each alternative-shape exception occurs, and no other.
    assert_eq!(
        other_shape,
        ALTERNATIVE_SHAPES
            .iter()
            .map(|(path, removed, _)| format!("coding/{path}: {removed}"))
            .collect::<Vec<_>>()
    );
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}
