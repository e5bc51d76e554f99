//! The mock server: every documented operation answers with its documented example
//! once the request has been validated; a refused request gets the platform's own
//! error form, or `application/problem+json` listing every violation.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::contract::Contract;
use crate::message::{Request, Response, is_json, media_type};
use crate::model::Operation;
use crate::platform::ErrorStyle;
use crate::route::RouteError;
use crate::violation::{Part, Violation};

/// The largest request body the mock reads by default (1 MiB); larger gets 413.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// How the mock runs.
#[derive(Debug, Clone)]
pub struct MockOptions {
    /// The largest request body read; larger gets `413`.
    pub body_limit: usize,
    /// Write one line per request to standard error.
    pub log: bool,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            body_limit: DEFAULT_BODY_LIMIT,
            log: true,
        }
    }
}

/// A mock's answer to one request, with what the log line says about it.
#[derive(Debug, Clone)]
pub struct MockReply {
    /// The response.
    pub response: Response,
    /// The operation the request routed to.
    pub operation: Option<String>,
}

static REQUEST_COUNTER: AtomicU64 = AtomicU64::new(1);

/// Answers one request from the contract (no sockets: the server and tests share it).
pub fn respond(contract: &Contract, request: &Request) -> MockReply {
    if request.method == "OPTIONS"
        && request
            .header_value("access-control-request-method")
            .is_some()
    {
        return MockReply {
            response: preflight(request),
            operation: None,
        };
    }
    let (mut response, operation) = answer(contract, request);
    response
        .headers
        .push(("Access-Control-Allow-Origin".to_string(), "*".to_string()));
    response.headers.push((
        "Access-Control-Expose-Headers".to_string(),
        "X-Forgespec-Operation, X-Forgespec-Example".to_string(),
    ));
    MockReply {
        response,
        operation,
    }
}

fn answer(contract: &Contract, request: &Request) -> (Response, Option<String>) {
    // A body declared JSON that is not JSON is refused at once, before routing looks
    // into it for an Action.
    let declared = request.header_value("content-type").map(media_type);
    if !request.body.is_empty()
        && declared.as_deref().is_some_and(is_json)
        && serde_json::from_slice::<Value>(&request.body).is_err()
    {
        let e = serde_json::from_slice::<Value>(&request.body).err();
        let detail = e.map_or_else(String::new, |e| {
            format!("line {}, column {}: {e}", e.line(), e.column())
        });
        return (
            problem(
                400,
                "The body is not JSON",
                &format!("the body is sent as JSON but is not: {detail}"),
                None,
                &[],
            ),
            None,
        );
    }
    let check = match contract.check_request(request) {
        Ok(check) => check,
        Err(e) => return (route_problem(&e), None),
    };
    let op = check.route.operation;
    let id = Some(op.id.clone());
    if !check.violations.is_empty() {
        return (refusal(contract, op, &check.violations), id);
    }
    (success(contract, op, request), id)
}

fn route_problem(error: &RouteError) -> Response {
    let (status, title, closest): (u16, &str, &[String]) = match error {
        RouteError::NotFound { closest } => (404, "No operation matches", closest),
        RouteError::UnknownAction { closest, .. } => (404, "No operation has this Action", closest),
        RouteError::MethodNotAllowed { .. } => (405, "Method not allowed", &[]),
        RouteError::MissingAction { .. } => (400, "No Action", &[]),
        RouteError::ActionConflict { .. } => (400, "Two different Actions", &[]),
    };
    let mut response = problem(status, title, &error.to_string(), None, &[]);
    if !closest.is_empty()
        && let Ok(mut body) = serde_json::from_slice::<Value>(&response.body)
    {
        body["closest"] = json!(closest);
        response.body = pretty(&body);
    }
    if let RouteError::MethodNotAllowed { allowed } = error {
        response
            .headers
            .push(("Allow".to_string(), allowed.join(", ")));
    }
    response
}

/// The answer to a request that breaks the contract.
fn refusal(contract: &Contract, op: &Operation, violations: &[Violation]) -> Response {
    let only_credentials = violations.iter().all(|v| v.part == Part::Security);
    let media = violations.iter().any(|v| v.keyword == "content-type");
    let not_json = violations.iter().any(|v| v.keyword == "json");
    let detail = violations
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ");
    match contract.error_style() {
        ErrorStyle::TencentCloud => {
            let code = if only_credentials {
                "AuthFailure"
            } else if violations.iter().any(|v| v.keyword == "required") {
                "MissingParameter"
            } else {
                "InvalidParameterValue"
            };
            let body = json!({"Response": {
                "Error": {"Code": code, "Message": detail},
                "RequestId": request_id(),
            }});
            json_response(200, "application/json", &body)
        }
        ErrorStyle::Documented => {
            let status = if only_credentials { 401 } else { 400 };
            match documented(op, status) {
                Some(body) => json_response(status, "application/json", &body),
                None => problem_for(op, violations, only_credentials, media, not_json),
            }
        }
        ErrorStyle::Problem => problem_for(op, violations, only_credentials, media, not_json),
    }
}

fn problem_for(
    op: &Operation,
    violations: &[Violation],
    credentials: bool,
    media: bool,
    not_json: bool,
) -> Response {
    let (status, title) = if credentials {
        (401, "Credentials required")
    } else if media {
        (415, "Unsupported media type")
    } else if not_json {
        (400, "The body is not JSON")
    } else {
        (422, "The request breaks the contract")
    };
    let detail = format!("{} violation(s) of {}", violations.len(), op.id);
    problem(status, title, &detail, Some(&op.id), violations)
}

/// The first documented example of an operation's response with this status.
fn documented(op: &Operation, status: u16) -> Option<Value> {
    op.responses
        .iter()
        .find(|r| r.status == status.to_string())?
        .content
        .iter()
        .find_map(|c| c.examples.first().map(|(_, v)| v.clone()))
}

/// The answer to a valid request: the documented example, as `Prefer` asks.
fn success(contract: &Contract, op: &Operation, request: &Request) -> Response {
    let prefer = Prefer::parse(request.header_value("prefer").unwrap_or_default());
    let spec = match prefer.code {
        Some(code) => match op.responses.iter().find(|r| r.status == code.to_string()) {
            Some(spec) => spec,
            None => {
                return problem(
                    400,
                    "Undocumented status",
                    &format!(
                        "Prefer asks for status {code}; {} documents {}",
                        op.id,
                        op.documented_statuses()
                    ),
                    Some(&op.id),
                    &[],
                );
            }
        },
        None => match op.primary_response() {
            Some(spec) => spec,
            None => {
                return problem(
                    500,
                    "No response documented",
                    &format!("{} documents no response", op.id),
                    Some(&op.id),
                    &[],
                );
            }
        },
    };
    let status = spec.status.parse::<u16>().unwrap_or(200);
    let mut response = Response {
        status,
        headers: vec![("X-Forgespec-Operation".to_string(), op.id.clone())],
        body: Vec::new(),
    };
    let Some(content) = spec
        .content
        .iter()
        .find(|c| is_json(&media_type(&c.media)))
        .or_else(|| spec.content.first())
    else {
        return response;
    };
    let (name, value) = match &prefer.example {
        Some(wanted) => match content.examples.iter().find(|(n, _)| n == wanted) {
            Some((n, v)) => (n.clone(), v.clone()),
            None => {
                return problem(
                    400,
                    "Unknown example",
                    &format!(
                        "Prefer asks for example `{wanted}`; status {} of {} documents {}",
                        spec.status,
                        op.id,
                        if content.examples.is_empty() {
                            "none".to_string()
                        } else {
                            content
                                .examples
                                .iter()
                                .map(|(n, _)| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    ),
                    Some(&op.id),
                    &[],
                );
            }
        },
        None => match content.examples.first() {
            Some((n, v)) => (n.clone(), v.clone()),
            None => {
                let schema = content
                    .schema
                    .as_deref()
                    .and_then(|p| contract.document().pointer(p));
                (
                    "generated".to_string(),
                    schema.map_or(Value::Null, |s| {
                        crate::sample::synthesize(contract.document(), s)
                    }),
                )
            }
        },
    };
    let media = concrete_media(&content.media);
    response
        .headers
        .push(("Content-Type".to_string(), media.clone()));
    response
        .headers
        .push(("X-Forgespec-Example".to_string(), name));
    response.body = match value {
        Value::String(text) if !is_json(&media_type(&media)) => text.into_bytes(),
        other => pretty(&other),
    };
    response
}

/// A media type to answer with for a documented one: a range (`image/*`) becomes a
/// type in it (`image/png`), since a reply cannot carry a range.
fn concrete_media(documented: &str) -> String {
    match documented.split_once('/') {
        Some(("image", "*")) => "image/png".to_string(),
        Some(("text", "*")) => "text/plain".to_string(),
        Some((_, "*")) | None => "application/octet-stream".to_string(),
        _ => documented.to_string(),
    }
}

/// `Prefer: code=404, example=name` (as Prism reads it).
#[derive(Debug, Default)]
struct Prefer {
    code: Option<u16>,
    example: Option<String>,
}

impl Prefer {
    fn parse(header: &str) -> Prefer {
        let mut prefer = Prefer::default();
        for part in header.split([',', ';']) {
            let Some((key, value)) = part.trim().split_once('=') else {
                continue;
            };
            let value = value.trim().trim_matches('"');
            match key.trim() {
                "code" => prefer.code = value.parse().ok(),
                "example" => prefer.example = Some(value.to_string()),
                _ => {}
            }
        }
        prefer
    }
}

fn preflight(request: &Request) -> Response {
    let mut headers = vec![
        ("Access-Control-Allow-Origin".to_string(), "*".to_string()),
        (
            "Access-Control-Allow-Methods".to_string(),
            "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS".to_string(),
        ),
        ("Access-Control-Max-Age".to_string(), "600".to_string()),
    ];
    if let Some(asked) = request.header_value("access-control-request-headers") {
        headers.push((
            "Access-Control-Allow-Headers".to_string(),
            asked.to_string(),
        ));
    }
    Response {
        status: 204,
        headers,
        body: Vec::new(),
    }
}

/// RFC 9457 problem details, listing the violations.
fn problem(
    status: u16,
    title: &str,
    detail: &str,
    operation: Option<&str>,
    violations: &[Violation],
) -> Response {
    let mut body = json!({
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    });
    if let Some(id) = operation {
        body["operation"] = json!(id);
    }
    if !violations.is_empty() {
        body["violations"] = json!(violations);
    }
    json_response(status, "application/problem+json", &body)
}

fn json_response(status: u16, media: &str, body: &Value) -> Response {
    Response {
        status,
        headers: vec![("Content-Type".to_string(), media.to_string())],
        body: pretty(body),
    }
}

fn pretty(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap_or_default()
}

/// A RequestId for an error reply: unique in this process.
fn request_id() -> String {
    let n = REQUEST_COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("00000000-0000-4000-8000-{n:012x}")
}

/// A running mock server.
#[derive(Debug)]
pub struct MockServer {
    address: SocketAddr,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl MockServer {
    /// Binds `address` (port 0 for any free one) and serves `contract` on the
    /// current Tokio runtime.
    pub async fn start(
        contract: &'static Contract,
        address: SocketAddr,
        options: MockOptions,
    ) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind(address).await?;
        let address = listener.local_addr()?;
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(serve(listener, contract, Arc::new(options), stopped));
        Ok(MockServer {
            address,
            stop,
            task,
        })
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops accepting, lets requests in flight finish (up to 5 s), and returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

async fn serve(
    listener: TcpListener,
    contract: &'static Contract,
    options: Arc<MockOptions>,
    mut stopped: watch::Receiver<bool>,
) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped.changed() => break,
        };
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors and the like: wait a moment rather than spin.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let options = Arc::clone(&options);
        let service = service_fn(move |request| handle(contract, Arc::clone(&options), request));
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(Duration::from_secs(10))
            .serve_connection(TokioIo::new(stream), service);
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = watched.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
}

async fn handle(
    contract: &'static Contract,
    options: Arc<MockOptions>,
    incoming: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let started = Instant::now();
    let (parts, body) = incoming.into_parts();
    let target = parts
        .uri
        .path_and_query()
        .map_or("/", |pq| pq.as_str())
        .to_string();
    let mut request = Request {
        method: parts.method.as_str().to_string(),
        target,
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: Vec::new(),
    };
    let declared = request
        .header_value("content-length")
        .and_then(|v| v.trim().parse::<usize>().ok());
    let reply = if declared.is_some_and(|n| n > options.body_limit) {
        too_large(options.body_limit)
    } else {
        match Limited::new(body, options.body_limit).collect().await {
            Ok(collected) => {
                request.body = collected.to_bytes().to_vec();
                // The contract's work is synchronous and short (microseconds).
                respond(contract, &request)
            }
            Err(_) => too_large(options.body_limit),
        }
    };
    if options.log {
        eprintln!(
            "{} {} -> {} {} {:.1} ms",
            request.method,
            request.target,
            reply.response.status,
            reply.operation.as_deref().unwrap_or("-"),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    Ok(to_hyper(reply.response))
}

fn too_large(limit: usize) -> MockReply {
    let mut response = problem(
        413,
        "Body too large",
        &format!("the mock reads bodies up to {limit} bytes"),
        None,
        &[],
    );
    response
        .headers
        .push(("Connection".to_string(), "close".to_string()));
    response
        .headers
        .push(("Access-Control-Allow-Origin".to_string(), "*".to_string()));
    MockReply {
        response,
        operation: None,
    }
}

fn to_hyper(response: Response) -> hyper::Response<Full<Bytes>> {
    let mut builder = hyper::Response::builder().status(response.status);
    for (name, value) in &response.headers {
        builder = builder.header(name, value);
    }
    builder
        .body(Full::new(Bytes::from(response.body)))
        .unwrap_or_else(|_| {
            let mut fallback = hyper::Response::new(Full::new(Bytes::new()));
            *fallback.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
            fallback
        })
}

/// A mock server on a thread and runtime of its own, for tests that are not async:
/// it listens on an ephemeral port of 127.0.0.1 until dropped.
#[derive(Debug)]
pub struct BackgroundMock {
    address: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BackgroundMock {
    /// Starts serving `contract`, quietly (no log lines).
    pub fn start(contract: &'static Contract) -> std::io::Result<BackgroundMock> {
        let (ready, started) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("forgespec-mock".to_string())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(r) => r,
                    Err(e) => {
                        let _ = ready.send(Err(e));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let options = MockOptions {
                        log: false,
                        ..MockOptions::default()
                    };
                    let address = SocketAddr::from(([127, 0, 0, 1], 0));
                    match MockServer::start(contract, address, options).await {
                        Ok(server) => {
                            let _ = ready.send(Ok(server.address()));
                            let _ = stopped.await;
                            server.shutdown().await;
                        }
                        Err(e) => {
                            let _ = ready.send(Err(e));
                        }
                    }
                });
            })?;
        let address = started
            .recv()
            .map_err(|_| std::io::Error::other("the mock's thread ended before it listened"))??;
        Ok(BackgroundMock {
            address,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Its base URL (`http://127.0.0.1:<port>`).
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }
}

impl Drop for BackgroundMock {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
