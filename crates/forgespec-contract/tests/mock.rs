//! The mock server over real HTTP: started on an ephemeral port, sent every
//! platform's documented requests (CODING's Actions with the Action in the query, and
//! again only in the body), its replies compared with the documented examples; then
//! bad requests, each answered as specified within a second.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use forgespec_contract::mock::{MockOptions, MockServer};
use forgespec_contract::{Contract, Operation, Platform, Request, sample};
use serde_json::Value;

/// One mock per platform for the whole test binary, on a runtime of its own.
fn mock(platform: Platform) -> SocketAddr {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    static SERVERS: [OnceLock<SocketAddr>; 5] = [const { OnceLock::new() }; 5];
    let runtime = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime")
    });
    let index = Platform::ALL
        .iter()
        .position(|p| *p == platform)
        .expect("a platform");
    *SERVERS[index].get_or_init(|| {
        let options = MockOptions {
            log: false,
            ..MockOptions::default()
        };
        let server = runtime
            .block_on(MockServer::start(
                Contract::builtin(platform),
                "127.0.0.1:0".parse().expect("an address"),
                options,
            ))
            .expect("the mock starts");
        let address = server.address();
        // Serves until the test binary exits.
        std::mem::forget(server);
        address
    })
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    took: Duration,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends one request over a fresh connection (HTTP/1.1, `Connection: close`).
fn send(address: SocketAddr, request: &Request) -> Reply {
    let started = Instant::now();
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n",
        request.method, request.target
    );
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", request.body.len()));
    stream.write_all(head.as_bytes()).expect("write head");
    // A server may answer (413) before reading a large body; it then closes.
    let _ = stream.write_all(&request.body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let took = started.elapsed();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no reply head: {raw:?}"));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
        took,
    }
}

/// The example a mock answers an operation with: the first of its success response.
fn documented_reply(op: &Operation) -> Option<(u16, Value)> {
    let spec = op.primary_response()?;
    let content = spec.content.first()?;
    let (_, value) = content.examples.first()?;
    Some((spec.status.parse().ok()?, value.clone()))
}

/// The first documented request body of an operation, if it has one.
fn documented_request(op: &Operation) -> Option<Value> {
    op.body
        .as_ref()?
        .content
        .first()?
        .examples
        .first()
        .map(|(_, v)| v.clone())
}

#[test]
fn every_documented_request_gets_its_documented_reply_over_http() {
    let mut problems = Vec::new();
    for platform in Platform::ALL {
        let contract = Contract::builtin(platform);
        let address = mock(platform);
        let (mut answered, mut by_body) = (0, 0);
        for op in contract.operations() {
            // Two CODING Actions document no request example; a body made from
            // their schema stands in.
            let body = documented_request(op).or_else(|| {
                let spec = op.body.as_ref().filter(|b| b.required)?;
                let schema = spec.content.first()?.schema.as_deref()?;
                Some(sample::synthesize(
                    contract.document(),
                    contract.document().pointer(schema)?,
                ))
            });
            let request = sample::request(contract, op, body.as_ref());
            let mut variants = vec![request.clone()];
            if op.rpc_action.is_some() {
                variants.push(Request {
                    target: request.path().to_string(),
                    ..request.clone()
                });
            }
            for (i, variant) in variants.iter().enumerate() {
                let reply = send(address, variant);
                let expected = documented_reply(op);
                match expected {
                    Some((status, value)) => {
                        let got = serde_json::from_slice::<Value>(&reply.body).ok();
                        let got = got.or_else(|| {
                            Some(Value::String(
                                String::from_utf8_lossy(&reply.body).into_owned(),
                            ))
                        });
                        if reply.status != status || got.as_ref() != Some(&value) {
                            problems.push(format!(
                                "{platform} {} ({} {}): {} {}",
                                op.id,
                                variant.method,
                                variant.target,
                                reply.status,
                                String::from_utf8_lossy(&reply.body)
                                    .chars()
                                    .take(300)
                                    .collect::<String>()
                            ));
                            continue;
                        }
                    }
                    None if reply.status >= 300 => {
                        problems.push(format!(
                            "{platform} {}: {} for a valid request with no documented example",
                            op.id, reply.status
                        ));
                        continue;
                    }
                    None => {
                        // A made-up success is the output, never CODING's error reply.
                        let made_up = serde_json::from_slice::<Value>(&reply.body).ok();
                        if made_up
                            .and_then(|v| v.pointer("/Response/Error").cloned())
                            .is_some()
                        {
                            problems.push(format!(
                                "{platform} {}: an error reply made up for a valid request",
                                op.id
                            ));
                            continue;
                        }
                    }
                }
                if reply.header("x-forgespec-operation") != Some(op.id.as_str()) {
                    problems.push(format!(
                        "{platform} {}: answered as {:?}",
                        op.id,
                        reply.header("x-forgespec-operation")
                    ));
                }
                if i == 0 {
                    answered += 1;
                } else {
                    by_body += 1;
                }
            }
        }
        println!(
            "{platform}: {answered} operations answered with their documented reply; {by_body} of them again with the Action only in the body"
        );
        if platform == Platform::Coding {
            assert!(
                by_body >= 313,
                "CODING's 313 Actions answered by body Action: {by_body}"
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn coding_request(body: &str) -> Request {
    Request::new("POST", "/open-api?Action=DescribeOneProject")
        .header("Authorization", "token x")
        .json(body)
}

fn within_a_second(reply: &Reply) {
    assert!(
        reply.took < Duration::from_secs(1),
        "answered after {:?}",
        reply.took
    );
}

#[test]
fn a_body_that_is_not_json_gets_400_at_once() {
    let reply = send(
        mock(Platform::Coding),
        &coding_request("{\"Action\": \"DescribeOneProject\", "),
    );
    within_a_second(&reply);
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    assert!(
        reply.json()["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("line 1, column")
    );
}

#[test]
fn a_wrong_content_type_is_refused() {
    // PingCode answers 415 with problem details.
    let contract = Contract::builtin(Platform::Pingcode);
    let op = contract
        .operations()
        .iter()
        .find(|o| o.body.is_some())
        .expect("an operation with a body");
    let mut request = sample::request(contract, op, documented_request(op).as_ref());
    request
        .headers
        .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
    request
        .headers
        .push(("Content-Type".to_string(), "text/plain".to_string()));
    let reply = send(mock(Platform::Pingcode), &request);
    within_a_second(&reply);
    assert_eq!(
        reply.status,
        415,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(reply.json()["violations"][0]["keyword"], "content-type");
    // CODING answers in its own error form.
    let mut request = coding_request("{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}");
    request
        .headers
        .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
    request
        .headers
        .push(("Content-Type".to_string(), "text/plain".to_string()));
    let reply = send(mock(Platform::Coding), &request);
    within_a_second(&reply);
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json()["Response"]["Error"]["Code"],
        "InvalidParameterValue"
    );
}

#[test]
fn a_ten_megabyte_body_gets_413() {
    let body = format!(
        "{{\"Action\": \"DescribeOneProject\", \"Pad\": \"{}\"}}",
        "x".repeat(10 << 20)
    );
    let reply = send(mock(Platform::Coding), &coding_request(&body));
    within_a_second(&reply);
    assert_eq!(reply.status, 413);
}

#[test]
fn an_unknown_action_gets_404_naming_the_closest() {
    let reply = send(
        mock(Platform::Coding),
        &Request::new("POST", "/open-api?Action=DescribeOneProjet")
            .header("Authorization", "token x")
            .json("{}"),
    );
    within_a_second(&reply);
    assert_eq!(reply.status, 404);
    assert_eq!(reply.json()["closest"][0], "DescribeOneProject");
}

#[test]
fn two_different_actions_are_refused_naming_both() {
    let reply = send(
        mock(Platform::Coding),
        &Request::new("POST", "/open-api?Action=DescribeOneProject")
            .header("Authorization", "token x")
            .json("{\"Action\": \"DeleteOneProject\", \"ProjectId\": 2}"),
    );
    within_a_second(&reply);
    assert_eq!(reply.status, 400);
    let detail = reply.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        detail.contains("DescribeOneProject") && detail.contains("DeleteOneProject"),
        "{detail}"
    );
}

#[test]
fn missing_credentials_get_the_platforms_answer() {
    let reply = send(
        mock(Platform::Coding),
        &Request::new("POST", "/open-api?Action=DescribeOneProject")
            .json("{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}"),
    );
    within_a_second(&reply);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["Response"]["Error"]["Code"], "AuthFailure");
    // CODING's error reply is one of the Action's documented replies.
    let coding = Contract::builtin(Platform::Coding);
    let op = coding
        .operation("DescribeOneProject")
        .expect("DescribeOneProject");
    let recorded = forgespec_contract::Response {
        status: reply.status,
        headers: reply.headers.clone(),
        body: reply.body.clone(),
    };
    assert_eq!(coding.check_response(op, &recorded), Vec::new());
    // A REST platform: 401 with problem details.
    let contract = Contract::builtin(Platform::Gitcode);
    let op = contract
        .operations()
        .iter()
        .find(|o| o.method == "GET" && !o.security.iter().any(Vec::is_empty))
        .expect("a GET");
    let mut request = sample::request(contract, op, None);
    request.target = request
        .target
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    let reply = send(mock(Platform::Gitcode), &request);
    within_a_second(&reply);
    assert_eq!(
        reply.status,
        401,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
}

#[test]
fn a_path_parameter_of_the_wrong_type_gets_422_at_its_pointer() {
    let contract = Contract::builtin(Platform::Gitcode);
    let op = contract
        .operation("getPullRequest")
        .expect("getPullRequest");
    let mut request = sample::request(contract, op, None);
    request.target = request.target.replacen("/pulls/1", "/pulls/first", 1);
    let reply = send(mock(Platform::Gitcode), &request);
    within_a_second(&reply);
    assert_eq!(
        reply.status,
        422,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let violation = &reply.json()["violations"][0];
    assert_eq!(violation["part"], "path");
    assert_eq!(violation["pointer"], "/number");
    assert_eq!(violation["keyword"], "type");
}

#[test]
fn prefer_picks_a_documented_status_and_example() {
    // A documented error status: its body keeps that response's schema.
    let contract = Contract::builtin(Platform::Codearts);
    let op = contract
        .operations()
        .iter()
        .find(|o| o.body.is_none() && o.responses.iter().any(|r| r.status == "404"))
        .expect("an operation documenting 404");
    let request = sample::request(contract, op, None).header("Prefer", "code=404");
    let reply = send(mock(Platform::Codearts), &request);
    assert_eq!(
        reply.status,
        404,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let recorded = forgespec_contract::Response {
        status: reply.status,
        headers: reply.headers.clone(),
        body: reply.body.clone(),
    };
    assert_eq!(contract.check_response(op, &recorded), Vec::new());
    // A named example of the success response.
    let coding = Contract::builtin(Platform::Coding);
    let op = coding
        .operation("DescribeOneProject")
        .expect("DescribeOneProject");
    let examples = &op.primary_response().expect("a reply").content[0].examples;
    assert!(examples.len() >= 2);
    let (name, value) = &examples[1];
    let reply = send(
        mock(Platform::Coding),
        &coding_request("{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}")
            .header("Prefer", &format!("example={name}")),
    );
    assert_eq!(reply.header("x-forgespec-example"), Some(name.as_str()));
    assert_eq!(&reply.json(), value);
    // An example or status the operation does not document: 400 saying so.
    let reply = send(
        mock(Platform::Coding),
        &coding_request("{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}")
            .header("Prefer", "example=nothing"),
    );
    assert_eq!(reply.status, 400);
    let reply = send(
        mock(Platform::Coding),
        &coding_request("{\"Action\": \"DescribeOneProject\", \"ProjectId\": 2}")
            .header("Prefer", "code=500"),
    );
    assert_eq!(reply.status, 400);
}

#[test]
fn cors_preflight_is_answered() {
    let request = Request::new("OPTIONS", "/open-api")
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "authorization, content-type",
        );
    let reply = send(mock(Platform::Coding), &request);
    assert_eq!(reply.status, 204);
    assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        reply.header("access-control-allow-headers"),
        Some("authorization, content-type")
    );
}

#[test]
fn shutdown_is_clean_and_prompt() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let server = MockServer::start(
            Contract::builtin(Platform::Codeup),
            "127.0.0.1:0".parse().expect("an address"),
            MockOptions {
                log: false,
                ..MockOptions::default()
            },
        )
        .await
        .expect("starts");
        let address = server.address();
        let started = Instant::now();
        server.shutdown().await;
        assert!(started.elapsed() < Duration::from_secs(1));
        assert!(
            TcpStream::connect(address).is_err(),
            "still listening after shutdown"
        );
    });
}

#[test]
fn integers_beyond_their_format_and_malformed_dates_are_refused() {
    // int64: 2^63 is one past the largest value, -2^63-1 one below the lowest (read
    // by JSON parsers as the float -2^63); int64 values beyond 2^53 are fine.
    let contract = Contract::builtin(Platform::Pingcode);
    let op = contract
        .operation("listScmProducts")
        .expect("listScmProducts");
    let base = sample::request(contract, op, None);
    for (value, status) in [
        ("9223372036854775807", 200),
        ("9007199254740993", 200),
        ("9223372036854775808", 422),
        ("-9223372036854775808", 200),
        ("-9223372036854775809", 422),
        ("-18446744073709551616", 422),
    ] {
        let mut request = base.clone();
        request.target = format!("{}?page_size={value}", request.path());
        let reply = send(mock(Platform::Pingcode), &request);
        assert_eq!(
            reply.status,
            status,
            "page_size={value}: {}",
            String::from_utf8_lossy(&reply.body)
        );
    }
    // date-time: GitCode's `since`.
    let contract = Contract::builtin(Platform::Gitcode);
    let op = contract
        .operations()
        .iter()
        .find(|o| o.parameters.iter().any(|p| p.name == "since"))
        .expect("an operation with `since`");
    let base = sample::request(contract, op, None);
    for (value, status) in [("2024-01-02T03:04:05Z", 200), ("yesterday", 422)] {
        let mut request = base.clone();
        let separator = if request.target.contains('?') {
            '&'
        } else {
            '?'
        };
        request.target = format!("{}{separator}since={value}", request.target);
        let reply = send(mock(Platform::Gitcode), &request);
        assert_eq!(
            reply.status,
            status,
            "since={value}: {}",
            String::from_utf8_lossy(&reply.body)
        );
    }
}

#[test]
fn a_media_range_is_answered_with_a_type_in_it() {
    let contract = Contract::builtin(Platform::Codearts);
    let op = contract
        .operations()
        .iter()
        .find(|o| {
            o.responses
                .iter()
                .any(|r| r.content.iter().any(|c| c.media == "image/*"))
        })
        .expect("an operation answering image/*");
    let reply = send(
        mock(Platform::Codearts),
        &sample::request(contract, op, None),
    );
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("image/png"));
}
