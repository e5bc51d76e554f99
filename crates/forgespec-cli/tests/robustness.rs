//! The `forgespec` command on generated input (proptest): any file contents, any
//! operation or platform name, any format. It never panics, exits 0, 1 or 2, says
//! why on exit 2, reports something on exit 1, and writes its JSON and JUnit reports
//! as well-formed documents whatever the input held.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use forgespec_contract::{Contract, Platform};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::{Value, json};

fn scratch_file(contents: &[u8]) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("forgespec-cli-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let file = dir.join(format!(
        "input-{}.json",
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&file, contents).expect("a scratch file");
    file
}

fn forgespec(args: &[String]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let argv = std::iter::once("forgespec".to_string()).chain(args.iter().cloned());
    let code = forgespec_cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// A JSON value of any shape, a few levels deep, with hostile text in it.
fn any_json() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        "[ -~]{0,16}",
        "\\PC{0,8}",
        select(vec![
            "9223372036854775808",
            "-1",
            "null",
            "{}",
            "[]",
            "\"",
            "{\"a\":"
        ])
        .prop_map(str::to_string),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        text.clone().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec((text.clone(), inner), 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// How an input file is made from a documented payload.
#[derive(Debug, Clone)]
enum Change {
    /// Left as documented.
    None,
    /// One member replaced.
    Member(Index, Value),
    /// Replaced by bytes.
    Bytes(Vec<u8>),
    /// Cut short.
    Cut(Index),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        Just(Change::None),
        (any::<Index>(), any_json()).prop_map(|(at, v)| Change::Member(at, v)),
        prop::collection::vec(any::<u8>(), 0..48).prop_map(Change::Bytes),
        any::<Index>().prop_map(Change::Cut),
    ]
}

fn apply(change: &Change, documented: Option<Value>) -> Vec<u8> {
    let mut value = documented.unwrap_or_else(|| json!({}));
    match change {
        Change::None => value.to_string().into_bytes(),
        Change::Member(at, with) => {
            forgespec_fixtures::replace_member(&mut value, at.index(usize::MAX), with);
            value.to_string().into_bytes()
        }
        Change::Bytes(bytes) => bytes.clone(),
        Change::Cut(at) => {
            let text = value.to_string().into_bytes();
            let cut = at.index(text.len().max(1));
            text[..cut].to_vec()
        }
    }
}

/// One command: a platform and one of its operations (or a name no platform has), a
/// documented payload of that operation changed as [`Change`] says, a format.
#[derive(Debug, Clone)]
struct Case {
    command: u8,
    platform: Index,
    operation: Index,
    unknown_operation: bool,
    change: Change,
    format: &'static str,
    status: Option<&'static str>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        0..4u8,
        any::<Index>(),
        any::<Index>(),
        prop::bool::weighted(0.1),
        change(),
        select(vec!["human", "json", "junit", "xml"]),
        prop::option::of(select(vec!["200", "404", "0", "70000", "abc"])),
    )
        .prop_map(
            |(command, platform, operation, unknown_operation, change, format, status)| Case {
                command,
                platform,
                operation,
                unknown_operation,
                change,
                format,
                status,
            },
        )
}

/// The file's contents and the arguments (`{file}` stands for the file).
fn command(case: &Case) -> (Vec<u8>, Vec<String>) {
    let platform = *case.platform.get(&Platform::ALL);
    let contract = Contract::builtin(platform);
    let op = case.operation.get(contract.operations());
    let id = if case.unknown_operation {
        "NoSuchOperation"
    } else {
        op.id.as_str()
    };
    let documented_request = op
        .body
        .as_ref()
        .and_then(|b| b.content.first())
        .and_then(|c| c.examples.first())
        .map(|(_, v)| v.clone());
    let documented_reply = op
        .primary_response()
        .and_then(|r| r.content.first())
        .and_then(|c| c.examples.first())
        .map(|(_, v)| v.clone());
    let (contents, mut args) = match case.command {
        0 => (
            apply(&case.change, documented_request),
            vec![
                "validate",
                platform.id(),
                "--operation",
                id,
                "--request",
                "{file}",
            ],
        ),
        1 => (
            apply(&case.change, documented_reply),
            vec![
                "validate",
                platform.id(),
                "--operation",
                id,
                "--response",
                "{file}",
            ],
        ),
        _ => {
            // The operation's documented exchange as a HAR entry, the payload changed.
            let request =
                forgespec_contract::sample::request(contract, op, documented_request.as_ref());
            let reply = apply(&case.change, documented_reply);
            let har = json!({"log": {"version": "1.2", "entries": [{
                "request": {
                    "method": request.method,
                    "url": format!("https://api.example.com{}", request.target),
                    "headers": request.headers.iter().map(|(n, v)| json!({"name": n, "value": v})).collect::<Vec<_>>(),
                    "postData": {"mimeType": "application/json", "text": String::from_utf8_lossy(&request.body)},
                },
                "response": {
                    "status": 200,
                    "headers": [{"name": "Content-Type", "value": "application/json"}],
                    "content": {"mimeType": "application/json", "text": String::from_utf8_lossy(&reply)},
                },
            }]}});
            let har = match case.command {
                2 => har.to_string().into_bytes(),
                _ => apply(&case.change, Some(har)),
            };
            (har, vec!["check-har", platform.id(), "{file}"])
        }
    };
    if let (1, Some(status)) = (case.command, case.status) {
        args.extend(["--status", status]);
    }
    args.extend(["--format", case.format]);
    (contents, args.into_iter().map(str::to_string).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn any_input_gets_an_exit_status_and_a_well_formed_report(case in case()) {
        let (contents, args) = command(&case);
        let format = case.format;
        let file = scratch_file(&contents);
        let args: Vec<String> = args
            .into_iter()
            .map(|a| if a == "{file}" { file.display().to_string() } else { a })
            .collect();
        let (code, out, err) = forgespec(&args);
        let _ = std::fs::remove_file(&file);
        prop_assert!(code <= 2, "exit {code}");
        match code {
            2 => {
                prop_assert!(!err.trim().is_empty(), "exit 2 without a reason");
                // With the arguments right, what is unusable is the file: it is named.
                let status_given = case.command == 1 && case.status.is_some();
                if format != "xml" && !case.unknown_operation && !status_given {
                    let name = file.display().to_string();
                    prop_assert!(err.contains(&name), "the file is not named: {err}");
                }
            }
            1 => prop_assert!(!out.trim().is_empty(), "exit 1 without a report"),
            _ => {}
        }
        if code < 2 {
            match format {
                "json" => {
                    let parsed = serde_json::from_str::<Value>(&out);
                    prop_assert!(parsed.is_ok(), "the JSON report does not parse: {out}");
                }
                "junit" => {
                    prop_assert!(out.starts_with("<?xml"), "not XML: {out}");
                    prop_assert!(out.trim_end().ends_with("</testsuites>"), "cut short: {out}");
                }
                _ => {}
            }
        }
    }
}
