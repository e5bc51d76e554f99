//! No input makes the engine panic or answer nonsense: generated requests (built from
//! each platform's own path templates, parameter names and Actions, then filled with
//! hostile text), HAR files, documents and raw bytes on the mock's socket. Property
//! tests (proptest): each failure is shrunk to a smallest input and saved under
//! `proptest-regressions/`.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::OnceLock;
use std::time::Duration;

use forgespec_contract::mock::{self, BackgroundMock};
use forgespec_contract::{Contract, ErrorStyle, Platform, Request, har};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::{Value, json};

/// Text a client, a proxy or an attacker may put anywhere: percent escapes that do
/// not decode (or decode to invalid UTF-8), separators, numbers at and past the
/// integer limits, non-ASCII, control characters.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "",
            "%",
            "%2",
            "%zz",
            "%FF",
            "%C3%28",
            "%00",
            "a%20b",
            "+",
            "a+b",
            "&",
            "=",
            "?",
            "#",
            "/",
            "//",
            "..",
            "{id}",
            "null",
            "true",
            "1",
            "-1",
            "0",
            "1.5",
            "1e999",
            "NaN",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "2024-02-30T25:61:00Z",
            "项目",
            "\u{0}",
            "\u{7f}",
            "\u{feff}",
        ])
        .prop_map(str::to_string),
        "[ -~]{0,12}",
        "\\PC{0,8}",
    ]
}

/// A JSON value of any shape, up to a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        hostile_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec((hostile_text(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// What a generated request is made of; [`build`] turns it into a request against one
/// of the platform's operations (picked by `operation`).
#[derive(Debug, Clone)]
struct Parts {
    operation: Index,
    method: Option<String>,
    /// Texts for the path template's parameters, when the path is refilled.
    fill: Option<Vec<String>>,
    absolute: bool,
    query: Vec<(Index, String)>,
    action: Option<(u8, String)>,
    headers: Vec<(String, String)>,
    body: Body,
}

#[derive(Debug, Clone)]
enum Body {
    None,
    Bytes(Vec<u8>),
    Json(Value),
    /// The operation's documented request with one member replaced.
    Documented(Index, Value),
}

fn parts() -> impl Strategy<Value = Parts> {
    let method = prop::option::of(prop_oneof![
        select(vec![
            "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"
        ])
        .prop_map(str::to_string),
        "[A-Za-z]{0,7}",
    ]);
    let header = (
        prop_oneof![
            select(vec![
                "Content-Type",
                "Authorization",
                "Prefer",
                "Accept",
                "Content-Length",
                "Access-Control-Request-Method",
                "PRIVATE-TOKEN",
            ])
            .prop_map(str::to_string),
            "[A-Za-z-]{1,10}",
        ],
        prop_oneof![
            select(vec![
                "application/json",
                "application/json; charset=utf-8",
                "text/plain",
                "multipart/form-data; boundary=x",
                "application/*",
                "*/*",
                "token 0123abcd",
                "Bearer ",
                "Basic !!",
                "code=500",
                "code=abc",
                "example=nope",
                "code=200, example=",
            ])
            .prop_map(str::to_string),
            hostile_text(),
        ],
    );
    let body = prop_oneof![
        Just(Body::None),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(Body::Bytes),
        any_json().prop_map(Body::Json),
        (any::<Index>(), any_json()).prop_map(|(at, value)| Body::Documented(at, value)),
    ];
    (
        any::<Index>(),
        method,
        prop::option::of(prop::collection::vec(hostile_text(), 4)),
        any::<bool>(),
        prop::collection::vec((any::<Index>(), hostile_text()), 0..4),
        prop::option::of((0u8..2, hostile_text())),
        prop::collection::vec(header, 0..4),
        body,
    )
        .prop_map(
            |(operation, method, fill, absolute, query, action, headers, body)| Parts {
                operation,
                method,
                fill,
                absolute,
                query,
                action,
                headers,
                body,
            },
        )
}

/// The operation's first documented request body, if it has one.
fn documented_body(op: &forgespec_contract::Operation) -> Option<Value> {
    let content = op.body.as_ref()?.content.first()?;
    content.examples.first().map(|(_, v)| v.clone())
}

/// A request the contract accepts for the picked operation (its documented body, its
/// credentials, its Action), then changed as `parts` say: a path refilled with
/// hostile text, more query pairs, another Action, more headers, another body.
fn build(contract: &Contract, parts: &Parts) -> Request {
    let op = parts.operation.get(contract.operations());
    let documented = documented_body(op);
    let mut request = forgespec_contract::sample::request(contract, op, documented.as_ref());
    let (path, query) = request
        .target
        .split_once('?')
        .map_or((request.target.clone(), None), |(p, q)| {
            (p.to_string(), Some(q.to_string()))
        });
    let mut path = path;
    if let Some(fill) = &parts.fill {
        let mut fill = fill.iter().cycle();
        path = String::new();
        for (i, piece) in op.path.split('{').enumerate() {
            match (i, piece.split_once('}')) {
                (0, _) | (_, None) => path.push_str(piece),
                (_, Some((_, rest))) => {
                    path.push_str(fill.next().map_or("", String::as_str));
                    path.push_str(rest);
                }
            }
        }
    }
    let names: Vec<&str> = op
        .parameters
        .iter()
        .map(|p| p.name.as_str())
        .chain(["Action", "page_size", "x"])
        .collect();
    let mut pairs: Vec<String> = query.into_iter().collect();
    pairs.extend(
        parts
            .query
            .iter()
            .map(|(name, value)| format!("{}={value}", name.get(&names))),
    );
    match &parts.body {
        Body::None => {}
        Body::Bytes(bytes) => request.body = bytes.clone(),
        Body::Json(value) => request.body = value.to_string().into_bytes(),
        Body::Documented(at, with) => {
            let mut json = documented.unwrap_or_else(|| json!({}));
            forgespec_fixtures::replace_member(&mut json, at.index(usize::MAX), with);
            request.body = json.to_string().into_bytes();
        }
    }
    // Another Action in the query, or in the body beside the query's.
    match &parts.action {
        Some((0, other)) => pairs.push(format!("Action={other}")),
        Some((_, other)) => {
            if let Ok(Value::Object(mut map)) = serde_json::from_slice::<Value>(&request.body) {
                map.insert("Action".to_string(), Value::from(other.as_str()));
                request.body = Value::Object(map).to_string().into_bytes();
            }
        }
        None => {}
    }
    if parts.absolute {
        path = format!("https://example.com{path}");
    }
    request.target = if pairs.is_empty() {
        path
    } else {
        format!("{path}?{}", pairs.join("&"))
    };
    if let Some(method) = &parts.method {
        request.method = method.clone();
    }
    request.headers.extend(parts.headers.iter().cloned());
    request
}

fn contracts() -> &'static [&'static Contract] {
    static ALL: OnceLock<Vec<&'static Contract>> = OnceLock::new();
    ALL.get_or_init(|| Platform::ALL.map(Contract::builtin).to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 768, ..ProptestConfig::default() })]

    /// The mock answers every request with a real status, and a success only when the
    /// request is valid: what it serves, the validator accepts.
    #[test]
    fn the_mock_answers_every_request(platform in 0..5usize, parts in parts()) {
        let contract = contracts()[platform];
        let request = build(contract, &parts);
        let reply = mock::respond(contract, &request);
        let status = reply.response.status;
        prop_assert!((100..600).contains(&status), "status {status}");
        let preflight = request.method == "OPTIONS"
            && request.header_value("access-control-request-method").is_some();
        // CODING refuses with status 200 and `Response.Error`, as CODING does.
        let refused_in_body = contract.error_style() == ErrorStyle::TencentCloud
            && serde_json::from_slice::<Value>(&reply.response.body)
                .is_ok_and(|body| body.pointer("/Response/Error").is_some());
        if (200..300).contains(&status) && !preflight && !refused_in_body {
            let check = contract.check_request(&request);
            prop_assert!(
                check.as_ref().is_ok_and(|c| c.violations.is_empty()),
                "answered {status} to a request the validator refuses: {:?}",
                check.map(|c| c.violations)
            );
        }
        if !reply.response.body.is_empty() {
            prop_assert!(
                reply.response.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("content-type")),
                "a body without a content type"
            );
        }
    }

    /// A HAR file of any shape is read or refused with the place it went wrong; what
    /// is read can be checked against every platform.
    #[test]
    fn any_har_is_read_or_refused_with_its_place(
        entries in prop::collection::vec(har_entry(), 0..4),
        wrap in any_json(),
        shape in 0..3u8,
    ) {
        let text = match shape {
            0 => json!({"log": {"version": "1.2", "entries": entries}}).to_string(),
            1 => json!({"log": {"entries": wrap}}).to_string(),
            _ => {
                // Cut short, as an interrupted recording is.
                let text = json!({"log": {"entries": entries}}).to_string();
                let cut = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i));
                text[..cut.unwrap_or(0)].to_string()
            }
        };
        match har::read(&text, "recorded.har") {
            Ok(exchanges) => {
                for exchange in &exchanges {
                    let _ = har::check_any(contracts(), exchange);
                }
            }
            Err(e) => {
                prop_assert_eq!(e.source, "recorded.har");
                prop_assert!(!e.at.is_empty() || !e.message.is_empty(), "an error that says nothing");
            }
        }
    }

    /// A document of any shape loads or is refused with where and why; a loaded one
    /// routes and validates any request without panicking.
    #[test]
    fn any_document_loads_or_is_refused(document in openapi_like(), parts in parts()) {
        match Contract::from_value(document, "api.json") {
            Ok(contract) => {
                if !contract.operations().is_empty() {
                    let request = build(&contract, &parts);
                    let reply = mock::respond(&contract, &request);
                    prop_assert!((100..600).contains(&reply.response.status));
                }
            }
            Err(e) => {
                prop_assert_eq!(e.source, "api.json");
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}

fn har_entry() -> impl Strategy<Value = Value> {
    let header = (hostile_text(), hostile_text()).prop_map(|(n, v)| json!({"name": n, "value": v}));
    (
        prop_oneof![
            select(vec!["GET", "POST"]).prop_map(Value::from),
            any_json()
        ],
        prop_oneof![
            select(vec![
                "https://e.coding.net/open-api?Action=DescribeOneProject",
                "https://open.pingcode.com/v1/scm/products",
                "/open-api",
                "not a url",
                "",
            ])
            .prop_map(Value::from),
            hostile_text().prop_map(Value::from),
            any_json(),
        ],
        prop::collection::vec(header, 0..3),
        prop::option::of(any_json()),
        prop_oneof![any::<u16>().prop_map(Value::from), any_json()],
        prop::option::of(any_json()),
    )
        .prop_map(|(method, url, headers, post, status, content)| {
            let mut request = json!({"method": method, "url": url, "headers": headers});
            if let Some(text) = post {
                request["postData"] =
                    json!({"mimeType": "application/json", "text": text.to_string()});
            }
            let mut response = json!({"status": status, "headers": []});
            if let Some(text) = content {
                response["content"] = json!({"mimeType": "application/json", "text": text});
            }
            json!({"request": request, "response": response})
        })
}

/// Documents shaped like OpenAPI with hostile values where the engine reads them.
fn openapi_like() -> impl Strategy<Value = Value> {
    let schema = prop_oneof![
        Just(json!({"type": "integer", "format": "int64"})),
        Just(json!({"type": "string", "pattern": "^[a-z"})),
        Just(json!({"$ref": "#/components/schemas/Missing"})),
        Just(json!({"$ref": "#/components/schemas/Thing"})),
        any_json(),
    ];
    let parameter = (
        hostile_text(),
        prop_oneof![select(vec!["path", "query", "header", "cookie"]).prop_map(Value::from), any_json()],
        schema.clone(),
        any::<bool>(),
    )
        .prop_map(|(name, place, schema, required)| {
            json!({"name": name, "in": place, "schema": schema, "required": required})
        });
    let operation = (
        prop::collection::vec(parameter, 0..3),
        prop::option::of(schema.clone()),
        prop_oneof![
            select(vec!["200", "2XX", "default", "abc", "999"]).prop_map(str::to_string),
            hostile_text(),
        ],
        schema.clone(),
        prop::option::of(hostile_text()),
    )
        .prop_map(|(parameters, body, status, reply, action)| {
            let mut op = json!({
                "operationId": "op",
                "parameters": parameters,
                "responses": {status: {"description": "", "content": {"application/json": {"schema": reply}}}},
            });
            if let Some(body) = body {
                op["requestBody"] = json!({"content": {"application/json": {"schema": body}}});
            }
            if let Some(action) = action {
                op["x-rpc-action"] = Value::from(action);
            }
            op
        });
    (
        prop_oneof![
            select(vec![
                "/things/{id}",
                "/open-api#Action=A",
                "/",
                "",
                "things",
                "/{a}{b}/{"
            ])
            .prop_map(str::to_string),
            hostile_text(),
        ],
        prop_oneof![
            select(vec!["get", "post", "x-other"]).prop_map(str::to_string),
            hostile_text()
        ],
        prop_oneof![operation.prop_map(Some), Just(None)],
        any_json(),
        schema,
    )
        .prop_map(|(path, method, operation, noise, thing)| {
            let mut document = json!({
                "openapi": "3.1.0",
                "servers": [{"url": "https://api.example.com/v1"}],
                "components": {"schemas": {"Thing": thing}},
            });
            document["paths"] = match operation {
                Some(op) => json!({path: {method: op}}),
                None => noise,
            };
            document
        })
}

/// Bytes that are not HTTP, or HTTP cut short, on the mock's socket: it answers or
/// closes within a second, and serves the next client as before.
#[test]
fn the_mock_survives_any_bytes_on_its_socket() {
    let server =
        BackgroundMock::start(Contract::builtin(Platform::Pingcode)).expect("the mock starts");
    let address = server.url().trim_start_matches("http://").to_string();
    let inputs: Vec<Vec<u8>> = vec![
        b"\x00\x01\x02\xff\xfe".to_vec(),
        b"GET".to_vec(),
        b"GET / HTTP/1.1\r\n".to_vec(),
        b"GET /scm/products HTTP/9.9\r\nHost: x\r\n\r\n".to_vec(),
        b"POST /scm/products HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n"
            .to_vec(),
        b"POST /scm/products HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
            .to_vec(),
        b"GET /\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET /scm/products HTTP/1.1\r\nHost: x\r\nAuthorization: \xff\r\n\r\n".to_vec(),
        format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(100_000)).into_bytes(),
        format!("GET / HTTP/1.1\r\n{}\r\n\r\n", "X: y\r\n".repeat(10_000)).into_bytes(),
    ];
    for input in &inputs {
        let mut stream = TcpStream::connect(&address).expect("a connection");
        stream
            .set_read_timeout(Some(Duration::from_secs(1)))
            .expect("a timeout");
        let _ = stream.write_all(input);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut reply = Vec::new();
        // Either an answer and the end of the stream, or the end at once; a read
        // that times out means the mock left the client hanging.
        let read = stream.read_to_end(&mut reply);
        assert!(
            read.is_ok() || reply.starts_with(b"HTTP/1.1 "),
            "no answer and no close within a second for {:?}: {read:?}",
            String::from_utf8_lossy(&input[..input.len().min(80)])
        );
        if !reply.is_empty() {
            assert!(
                reply.starts_with(b"HTTP/1.1 "),
                "{:?}",
                String::from_utf8_lossy(&reply)
            );
        }
    }
    let mut stream = TcpStream::connect(&address).expect("a connection");
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .expect("a timeout");
    stream
        .write_all(b"GET /v1/scm/products HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nConnection: close\r\n\r\n")
        .expect("a request");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("a reply");
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
}

/// What the document property above found: a reply keyed `999` was served with that
/// status. Such a key is no HTTP status, and the document is refused at it.
#[test]
fn a_response_key_that_is_no_status_is_refused_where_it_is() {
    let document = |status: &str| {
        json!({"openapi": "3.1.0", "paths": {"/things": {"get": {
            "operationId": "listThings",
            "responses": {status: {"description": ""}},
        }}}})
    };
    for bad in ["999", "600", "099", "20", "2000", "6XX", "2XY", "ok", ""] {
        let error = Contract::from_value(document(bad), "api.json").expect_err(bad);
        assert_eq!(
            error.at,
            format!("/paths/~1things/get/responses/{bad}"),
            "{bad}"
        );
        assert!(error.message.contains("not a response status"), "{error}");
    }
    for good in ["100", "200", "599", "2XX", "5xx", "default", "DEFAULT"] {
        assert!(
            Contract::from_value(document(good), "api.json").is_ok(),
            "{good}"
        );
    }
}
