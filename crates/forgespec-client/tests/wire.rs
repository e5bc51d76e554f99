//! The client on the wire, against `forgespec mock` (in-process, ephemeral ports):
//! every operation whose request the documents describe is sent through the client
//! and must come back as the documented reply, read as its typed value. The mock
//! validates what arrives against the spec, so a wrong URL, query, header or body
//! fails. Then the error paths, each a typed error.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use common::{client, listen, param_values, runtime, sections};
use forgespec_client::{Auth, Call, Client, Error};
use forgespec_contract::mock::{MockOptions, MockServer};
use forgespec_contract::{Contract, Platform, sample};
use forgespec_core::ResponseBody;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A fresh mock of `platform`, serving until the test binary exits.
fn mock(platform: Platform) -> String {
    let options = MockOptions {
        log: false,
        ..MockOptions::default()
    };
    let server = runtime()
        .block_on(MockServer::start(
            Contract::builtin(platform),
            "127.0.0.1:0".parse().expect("an address"),
            options,
        ))
        .expect("the mock starts");
    let url = format!("http://{}", server.address());
    std::mem::forget(server);
    url
}

#[test]
fn every_documented_request_comes_back_as_its_typed_documented_reply() {
    let mut problems = Vec::new();
    for platform in Platform::ALL {
        let contract = Contract::builtin(platform);
        let base = mock(platform);
        let own = mock(platform);
        let client = client(platform, &base, Some(&own));
        let (mut sent, mut errors, mut undocumented) = (0, 0, 0);
        for section in sections(platform) {
            for endpoint in section.endpoints {
                let op = section.operation(endpoint);
                let Some(documented) = contract.operation(op.id) else {
                    problems.push(format!("{platform} {}: not in the spec", op.id));
                    continue;
                };
                let example = documented
                    .body
                    .as_ref()
                    .and_then(|b| b.content.first())
                    .and_then(|c| c.examples.first());
                if documented.body.is_some() && example.is_none() {
                    undocumented += 1; // no documented request body to send
                    continue;
                }
                let types = (endpoint.types)();
                let mut parts = param_values(
                    contract,
                    documented,
                    &sample::request(contract, documented, None),
                );
                if let (Some((_, value)), Some(body)) = (example, types.request) {
                    // The documented body through the request type and back.
                    match (body.check)(value) {
                        Ok(checked) => {
                            parts.body = Some(serde_json::to_vec(&checked.value).expect("JSON"))
                        }
                        Err(e) => problems.push(format!("{platform} {}: request type: {e}", op.id)),
                    }
                }
                let primary = documented.primary_response().expect("a documented reply");
                let expected = primary
                    .content
                    .first()
                    .and_then(|c| c.examples.first())
                    .map(|(_, v)| v.clone());
                let documented_error = expected
                    .as_ref()
                    .and_then(|v| v.pointer("/Response/Error/Code"))
                    .and_then(Value::as_str);
                let reply = match (
                    runtime().block_on(client.send_parts(&op, parts)),
                    documented_error,
                ) {
                    (Ok(reply), None) => reply,
                    // The document's example reply is CODING's error reply: the client
                    // gives it as the typed error.
                    (Err(Error::Platform { code, .. }), Some(documented)) if code == documented => {
                        sent += 1;
                        errors += 1;
                        continue;
                    }
                    (Ok(_), Some(documented)) => {
                        problems.push(format!("{platform} {}: the documented error {documented} came back as a success", op.id));
                        continue;
                    }
                    (Err(e), _) => {
                        problems.push(format!("{platform} {}: {e}", op.id));
                        continue;
                    }
                };
                sent += 1;
                match (&types.response, expected) {
                    (ResponseBody::Json(body), Some(expected)) => {
                        let got: Value = serde_json::from_slice(&reply.body).unwrap_or(Value::Null);
                        if got != expected {
                            problems.push(format!(
                                "{platform} {}: the reply is not the documented example",
                                op.id
                            ));
                        }
                        if let Err(e) = (body.check)(&got) {
                            problems.push(format!(
                                "{platform} {}: the reply does not read as its type: {e}",
                                op.id
                            ));
                        }
                    }
                    (ResponseBody::Raw { .. }, Some(Value::String(text)))
                        if reply.body != text.as_bytes() =>
                    {
                        problems.push(format!("{platform} {}: the raw reply differs", op.id));
                    }
                    _ => {}
                }
            }
        }
        println!(
            "{platform}: {sent} operations sent through the client and answered as documented \
             ({errors} of them with the documented error reply); {undocumented} document no request body"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn gitcode_raw_file_goes_to_its_own_host() {
    let own = mock(Platform::Gitcode);
    // The API host is a closed port: only the raw-file operation's own server answers.
    let client = client(Platform::Gitcode, "http://127.0.0.1:1", Some(&own));
    let contract = Contract::builtin(Platform::Gitcode);
    let raw = contract.operations().iter().find(|o| {
        o.responses.iter().any(|r| {
            r.content
                .iter()
                .any(|c| c.media == "application/octet-stream")
        })
    });
    let raw = raw.expect("GitCode's raw-file operation");
    let op = forgespec_client::gitcode::SECTIONS
        .iter()
        .flat_map(|s| s.operations())
        .find(|o| o.id == raw.id)
        .expect("its type");
    assert!(!op.servers.is_empty(), "{} has a server of its own", op.id);
    let parts = param_values(contract, raw, &sample::request(contract, raw, None));
    let reply = runtime()
        .block_on(client.send_parts(&op, parts))
        .expect("answered by its own host");
    assert_eq!(reply.status, 200);
}

#[test]
fn typed_calls_per_platform() {
    use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
    let base = mock(Platform::Coding);
    let coding = client(Platform::Coding, &base, None);
    let reply = runtime()
        .block_on(coding.send(Call::<DescribeOneProject>::body(
            DescribeOneProjectRequest::new(2),
        )))
        .expect("a reply");
    let output = reply
        .response
        .into_result()
        .expect("the output, not the error");
    assert_eq!(output.request_id, "ae8e2d5f-569b-443e-8c61-440ea3a7562a");
}

#[test]
fn codings_error_reply_is_a_typed_error() {
    use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
    let base = mock(Platform::Coding);
    // No credentials: the mock answers as CODING does, 200 with Response.Error.
    let client = Client::coding(Auth::None)
        .base_url(&base)
        .build()
        .expect("a client");
    let error = runtime()
        .block_on(client.send(Call::<DescribeOneProject>::body(
            DescribeOneProjectRequest::new(2),
        )))
        .expect_err("refused");
    match error {
        Error::Platform {
            operation,
            status,
            code,
            request_id,
            ..
        } => {
            assert_eq!(
                (operation, status, code.as_str()),
                ("DescribeOneProject", 200, "AuthFailure")
            );
            assert!(request_id.is_some());
        }
        other => panic!("{other:?}"),
    }
}

/// A server that answers every connection with `reply` (or never, for `None`).
fn canned(reply: Option<&'static [u8]>) -> SocketAddr {
    listen(move |mut stream| async move {
        let mut buffer = [0u8; 8192];
        let _ = stream.read(&mut buffer).await;
        match reply {
            Some(bytes) => {
                let _ = stream.write_all(bytes).await;
                let _ = stream.shutdown().await;
            }
            None => tokio::time::sleep(Duration::from_secs(30)).await,
        }
    })
}

fn codearts_call(address: SocketAddr) -> Result<(), Error> {
    use forgespec_client::codearts::ssh_key::ListSshKeys;
    let client = Client::codearts("cn-north-4", "token")
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_millis(300))
        .build()
        .expect("a client");
    runtime()
        .block_on(client.send(Call::<ListSshKeys>::body(Default::default())))
        .map(|_| ())
}

#[test]
fn error_replies_over_the_wire_are_typed_errors() {
    let codearts_error = canned(Some(
        b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 54\r\nConnection: close\r\n\r\n{\"error_code\":\"CH.004403\",\"error_msg\":\"no permission\"}",
    ));
    match codearts_call(codearts_error) {
        Err(Error::Platform {
            status: 401,
            code,
            message,
            ..
        }) => {
            assert_eq!(
                (code.as_str(), message.as_str()),
                ("CH.004403", "no permission")
            );
        }
        other => panic!("{other:?}"),
    }
    let html = canned(Some(
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: 27\r\nConnection: close\r\n\r\n<html><h1>oops</h1></html>\n",
    ));
    match codearts_call(html) {
        Err(Error::Status {
            status: 500,
            body: None,
            body_start,
            ..
        }) => assert!(body_start.contains("<h1>oops")),
        other => panic!("{other:?}"),
    }
    let truncated = canned(Some(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20\r\nConnection: close\r\n\r\n{\"sshkey\": [{\"id\": \"",
    ));
    match codearts_call(truncated) {
        Err(Error::Decode {
            status: 200,
            message,
            ..
        }) => assert!(message.contains("EOF"), "{message}"),
        other => panic!("{other:?}"),
    }
    let silent = canned(None);
    assert!(
        matches!(
            codearts_call(silent),
            Err(Error::Timeout {
                operation: "listSshKeys"
            })
        ),
        "a timeout"
    );
}

/// A server that answers its connections with `replies` in turn (the last one
/// repeated), counting the requests it got.
fn sequence(
    replies: Vec<&'static [u8]>,
) -> (SocketAddr, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let served = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&served);
    let replies = Arc::new(replies);
    let address = listen(move |mut stream| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let replies = Arc::clone(&replies);
        async move {
            let reply = replies[n.min(replies.len() - 1)];
            let mut buffer = [0u8; 8192];
            let _ = stream.read(&mut buffer).await;
            let _ = stream.write_all(reply).await;
            let _ = stream.shutdown().await;
        }
    });
    (address, served)
}

const UNAVAILABLE: &[u8] =
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
const LIMITED: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 101\r\nConnection: close\r\n\r\n{\"Response\": {\"Error\": {\"Code\": \"RequestLimitExceeded\", \"Message\": \"slow down\"}, \"RequestId\": \"r-1\"}}";

#[test]
fn retries_follow_the_policy() {
    use forgespec_client::RetryPolicy;
    use forgespec_client::codearts::ssh_key::ListSshKeys;
    use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
    use std::sync::atomic::Ordering;

    let policy = RetryPolicy {
        max_retries: 2,
        backoff: Duration::from_millis(10),
    };
    // An idempotent GET answered 503: sent three times (once and two retries).
    let (address, served) = sequence(vec![UNAVAILABLE]);
    let client = Client::codearts("cn-north-4", "token")
        .base_url(format!("http://{address}"))
        .retry(policy.clone())
        .build()
        .expect("a client");
    let result = runtime().block_on(client.send(Call::<ListSshKeys>::body(Default::default())));
    assert!(
        matches!(result, Err(Error::Status { status: 503, .. })),
        "{result:?}"
    );
    assert_eq!(served.load(Ordering::SeqCst), 3);

    // Off by default: once.
    let (address, served) = sequence(vec![UNAVAILABLE]);
    let client = Client::codearts("cn-north-4", "token")
        .base_url(format!("http://{address}"))
        .build()
        .expect("a client");
    let _ = runtime().block_on(client.send(Call::<ListSshKeys>::body(Default::default())));
    assert_eq!(served.load(Ordering::SeqCst), 1);

    // CODING's RequestLimitExceeded is retried though every Action is a POST; the
    // third answer is the documented reply.
    let ok: &'static [u8] = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 79\r\nConnection: close\r\n\r\n{\"Response\": {\"Project\": {\"Id\": 2, \"Name\": \"coding-demo\"}, \"RequestId\": \"r-3\"}}";
    let (address, served) = sequence(vec![LIMITED, LIMITED, ok]);
    let client = Client::coding(Auth::CodingToken("t".into()))
        .base_url(format!("http://{address}"))
        .retry(policy.clone())
        .build()
        .expect("a client");
    let reply = runtime()
        .block_on(client.send(Call::<DescribeOneProject>::body(
            DescribeOneProjectRequest::new(2),
        )))
        .expect("the third answer");
    assert_eq!(reply.response.request_id(), "r-3");
    assert_eq!(served.load(Ordering::SeqCst), 3);

    // A POST answered 503 is not sent again: it may have been carried out.
    let (address, served) = sequence(vec![UNAVAILABLE]);
    let client = Client::coding(Auth::CodingToken("t".into()))
        .base_url(format!("http://{address}"))
        .retry(policy)
        .build()
        .expect("a client");
    let _ = runtime().block_on(client.send(Call::<DescribeOneProject>::body(
        DescribeOneProjectRequest::new(2),
    )));
    assert_eq!(served.load(Ordering::SeqCst), 1);
}
