//! The `forgespec` command: every documented fixture through `forgespec validate`
//! (in-process, the command's own entry point), a broken copy of each reported at
//! the member that was broken; then the binary itself: exit statuses, messages for
//! bad input, `check-har` reports, and the mock's start and clean stop.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use forgespec_contract::Platform;
use forgespec_fixtures::Subject;
use serde_json::{Value, json};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("forgespec-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir.join(name)
}

/// Runs the command in-process: status, standard output, standard error.
fn forgespec(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let argv = std::iter::once("forgespec").chain(args.iter().copied());
    let code = forgespec_cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// The `validate` arguments for a fixture's subject.
fn target_args(subject: &Subject, file: &Path) -> Vec<String> {
    let file = file.display().to_string();
    match subject {
        Subject::Request { operation } => vec![
            "--operation".into(),
            operation.clone(),
            "--request".into(),
            file,
        ],
        Subject::Response { operation, status } => {
            let mut args = vec![
                "--operation".into(),
                operation.clone(),
                "--response".into(),
                file,
            ];
            if let Some(s) = status {
                args.extend(["--status".into(), s.to_string()]);
            }
            args
        }
        Subject::Schema { component } => vec![
            "--component".into(),
            component.clone(),
            "--value".into(),
            file,
        ],
    }
}

/// `forgespec validate <platform> --format json` of `file` as the fixture's subject.
fn validate_json(platform: Platform, subject: &Subject, file: &Path) -> (u8, String, String) {
    let mut args = vec![
        "validate".to_string(),
        platform.id().to_string(),
        "--format".into(),
        "json".into(),
    ];
    args.extend(target_args(subject, file));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    forgespec(&argv)
}

#[test]
fn every_fixture_validates_and_a_broken_copy_is_reported_at_its_member() {
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut broken_reported = 0;
    for platform in Platform::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("../forgespec-{}/fixtures", platform.id()));
        for fixture in forgespec_fixtures::load(&dir).unwrap_or_else(|e| panic!("{e}")) {
            checked += 1;
            let file = dir.join(&fixture.path);
            let (code, out, err) = validate_json(platform, &fixture.subject, &file);
            if code != 0 {
                problems.push(format!(
                    "{platform} {}: exit {code}: {out}{err}",
                    fixture.path
                ));
                continue;
            }
            let pointers = forgespec_fixtures::member_pointers(&fixture.value);
            let broken_file = scratch("retyped-member.json");
            for pointer in pointers.iter().take(60) {
                let mut broken = fixture.value.clone();
                let Some(slot) = broken.pointer_mut(pointer) else {
                    continue;
                };
                *slot = match slot {
                    Value::String(_) => Value::Bool(true),
                    Value::Null => continue,
                    _ => json!("forgespec: wrong type"),
                };
                std::fs::write(&broken_file, broken.to_string()).expect("write");
                let (code, out, _) = validate_json(platform, &fixture.subject, &broken_file);
                if code == 0 {
                    continue;
                }
                let Ok(report) = serde_json::from_str::<Value>(&out) else {
                    problems.push(format!(
                        "{platform} {}: {pointer} retyped: exit {code}, no report: {out}",
                        fixture.path
                    ));
                    break;
                };
                let violations = report["results"][0]["violations"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                if code != 1
                    || violations.is_empty()
                    || violations.iter().any(|v| v["pointer"] != json!(pointer))
                {
                    problems.push(format!(
                        "{platform} {}: {pointer} retyped: exit {code}: {out}",
                        fixture.path
                    ));
                }
                broken_reported += 1;
                break;
            }
        }
    }
    println!(
        "{checked} fixtures valid through `forgespec validate`; a broken copy of {broken_reported} reported at the broken member"
    );
    assert_eq!(checked, 1816);
    // GitCode's getPullRequest request example is `{}`: nothing to break.
    assert_eq!(broken_reported, 1815);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_forgespec"))
}

#[test]
fn the_binary_exits_0_1_or_2_and_names_the_file_and_position() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../forgespec-coding/fixtures/project/DescribeOneProject.request.json");
    let status = binary()
        .args([
            "validate",
            "coding",
            "--operation",
            "DescribeOneProject",
            "--request",
        ])
        .arg(&fixture)
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(0));

    let wrong = scratch("wrong.json");
    std::fs::write(
        &wrong,
        r#"{"Action": "DescribeOneProject", "ProjectId": "two"}"#,
    )
    .expect("write");
    let output = binary()
        .args([
            "validate",
            "coding",
            "--operation",
            "DescribeOneProject",
            "--request",
        ])
        .arg(&wrong)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("request-body /ProjectId"));

    let broken = scratch("broken.json");
    std::fs::write(&broken, "{\"Action\": \n  [1,").expect("write");
    let output = binary()
        .args([
            "validate",
            "coding",
            "--operation",
            "DescribeOneProject",
            "--request",
        ])
        .arg(&broken)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("broken.json: line 2, column 5"),
        "{message}"
    );

    let output = binary()
        .args(["validate", "gitlab", "--operation", "x", "--request", "y"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown platform `gitlab`"));
}

#[test]
fn check_har_reports_violations_and_unmatched_exchanges_as_junit() {
    let har = json!({"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [
        {"request": {"method": "POST", "url": "https://e.coding.net/open-api?Action=DescribeOneProject",
            "headers": [{"name": "Authorization", "value": "token x"}],
            "postData": {"mimeType": "application/json", "text": "{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}"}},
         "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json",
            "text": "{\"Response\": {\"Project\": {\"Id\": 2, \"Name\": \"demo\"}, \"RequestId\": \"r\"}}"}}},
        {"request": {"method": "POST", "url": "https://e.coding.net/open-api",
            "headers": [{"name": "Authorization", "value": "token x"}],
            "postData": {"mimeType": "application/json", "text": "{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}"}},
         "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json",
            "text": "{\"Response\": {\"Project\": {\"Id\": \"two\"}, \"RequestId\": \"r\"}}"}}},
        {"request": {"method": "GET", "url": "https://e.coding.net/no/such/path", "headers": []},
         "response": {"status": 404, "headers": [], "content": {"mimeType": "text/plain", "text": ""}}}
    ]}});
    let file = scratch("traffic.har");
    std::fs::write(&file, har.to_string()).expect("write");
    let output = binary()
        .args(["check-har", "coding", "--format", "junit"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let xml = String::from_utf8_lossy(&output.stdout);
    assert!(
        xml.contains("tests=\"3\" failures=\"1\" errors=\"1\""),
        "{xml}"
    );
    assert!(xml.contains("response-body /Response/Project/Id"), "{xml}");

    std::fs::write(
        &file,
        "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\"}}]}}",
    )
    .expect("write");
    let output = binary()
        .args(["check-har", "coding"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("/log/entries/0/request/url"), "{message}");
}

#[test]
fn the_mock_binary_serves_and_stops_cleanly_on_sigterm() {
    serve_then_stop_with("TERM");
}

#[test]
fn the_mock_binary_serves_and_stops_cleanly_on_sigint() {
    serve_then_stop_with("INT");
}

/// Starts `forgespec mock coding`, checks one documented reply, sends the signal and
/// expects exit status 0 after the shutdown line.
fn serve_then_stop_with(signal: &str) {
    let mut child = binary()
        .args(["mock", "coding", "--port", "0", "--quiet"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("starts");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    stderr.read_line(&mut line).expect("a first line");
    let address = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();

    let mut stream = TcpStream::connect(&address).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let body = r#"{"Action": "DescribeOneProject", "ProjectId": 2}"#;
    write!(
        stream,
        "POST /open-api HTTP/1.1\r\nHost: x\r\nAuthorization: token x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("sends");
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("coding-demo"), "{reply}");

    let killed = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("exits");
    assert_eq!(status.code(), Some(0));
    let mut rest = String::new();
    let _ = stderr.read_to_string(&mut rest);
    assert!(rest.contains("shutting down"), "{rest}");
}

#[test]
fn check_har_all_routes_each_exchange_to_its_platform() {
    let mut entries = Vec::new();
    for platform in Platform::ALL {
        let contract = forgespec_contract::Contract::builtin(platform);
        let op = &contract.operations()[0];
        let body = op
            .body
            .as_ref()
            .and_then(|b| b.content[0].examples.first())
            .map(|(_, v)| v.clone());
        let request = forgespec_contract::sample::request(contract, op, body.as_ref());
        entries.push(json!({"request": {
            "method": request.method,
            "url": format!("https://example.test{}", request.target),
            "headers": request.headers.iter().map(|(n, v)| json!({"name": n, "value": v})).collect::<Vec<_>>(),
            "postData": {"mimeType": "application/json", "text": String::from_utf8_lossy(&request.body)},
        }}));
    }
    let file = scratch("mixed.har");
    std::fs::write(&file, json!({"log": {"entries": entries}}).to_string()).expect("write");
    let path = file.display().to_string();
    let (code, out, err) = forgespec(&["check-har", "all", &path, "--format", "json"]);
    assert_eq!(code, 0, "{out}{err}");
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["summary"]["valid"], 5, "{out}");
    // One platform alone leaves the others' exchanges unmatched.
    let (code, out, _) = forgespec(&["check-har", "coding", &path, "--format", "json"]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["summary"]["unmatched"], 4, "{out}");
}
