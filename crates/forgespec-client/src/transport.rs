//! From an operation and its parts to a request on the wire, and back.

use forgespec_core::{Method, Operation};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;
use tracing::Instrument;

use crate::RetryPolicy;
use crate::auth::Auth;
use crate::error::{Error, body_start};

/// A call's wire parts: parameters by name as JSON values, the body as bytes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parts {
    /// Path parameters (`{name}` in the operation's path).
    pub path: Vec<(String, Value)>,
    /// Query parameters; an array is sent as repeated names.
    pub query: Vec<(String, Value)>,
    /// Header parameters.
    pub headers: Vec<(String, Value)>,
    /// The body, or `None`.
    pub body: Option<Vec<u8>>,
}

/// A successful reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: Vec<u8>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: String,
    pub(crate) servers: Vec<(String, String)>,
    pub(crate) variables: Vec<(String, String)>,
    pub(crate) auth: Auth,
    pub(crate) retry: RetryPolicy,
}

/// What a path segment keeps unescaped (RFC 3986 unreserved characters).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One attempt's outcome: a reply, or an error and whether trying again may help.
enum Attempt {
    Done(Result<Reply, Error>),
    Retry(Error),
}

impl Inner {
    pub(crate) async fn execute(&self, op: &Operation, parts: Parts) -> Result<Reply, Error> {
        let url = self.url(op, &parts)?;
        let span = tracing::info_span!(
            "forgespec.request",
            operation = op.id,
            method = op.method.as_str(),
            url = %url,
            status = tracing::field::Empty,
        );
        async {
            let mut attempt = 0;
            loop {
                match self.attempt(op, &url, &parts).await {
                    Attempt::Done(result) => {
                        if let Ok(reply) = &result {
                            tracing::Span::current().record("status", reply.status);
                        }
                        return result;
                    }
                    Attempt::Retry(error) if attempt < self.retry.max_retries => {
                        let wait = self
                            .retry
                            .backoff
                            .saturating_mul(2u32.saturating_pow(attempt));
                        tracing::debug!(%error, ?wait, "retrying");
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                    }
                    Attempt::Retry(error) => return Err(error),
                }
            }
        }
        .instrument(span)
        .await
    }

    async fn attempt(&self, op: &Operation, url: &str, parts: &Parts) -> Attempt {
        let method = match op.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        };
        let idempotent = !matches!(op.method, Method::Post | Method::Patch);
        let mut request = self
            .http
            .request(method, url)
            .header("Accept", "application/json");
        if let Some((name, value)) = self.auth.header() {
            request = request.header(name, value);
        }
        for (name, value) in &parts.headers {
            request = request.header(name.as_str(), text(value));
        }
        if let Some(body) = &parts.body {
            let media = op
                .request
                .map_or("application/octet-stream", |_| "application/json");
            request = request.header("Content-Type", media).body(body.clone());
        }
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) => {
                let error = transport_error(op.id, &e);
                return if idempotent && (e.is_connect() || e.is_timeout()) {
                    Attempt::Retry(error)
                } else {
                    Attempt::Done(Err(error))
                };
            }
        };
        let status = response.status().as_u16();
        let body = match response.bytes().await {
            Ok(b) => b.to_vec(),
            Err(e) => return Attempt::Done(Err(transport_error(op.id, &e))),
        };
        if !(200..300).contains(&status) {
            let error = status_error(op.id, status, &body);
            let transient = matches!(status, 429 | 502 | 503 | 504);
            return if idempotent && transient {
                Attempt::Retry(error)
            } else {
                Attempt::Done(Err(error))
            };
        }
        if op.rpc_action.is_some()
            && let Some(error) = coding_error(op.id, status, &body)
        {
            // Refused before it was carried out: safe to send again.
            return if error.code() == Some("RequestLimitExceeded") {
                Attempt::Retry(error)
            } else {
                Attempt::Done(Err(error))
            };
        }
        Attempt::Done(Ok(Reply { status, body }))
    }

    /// The request URL: the operation's server (its own, else the client's base),
    /// the path with its parameters, the query, CODING's `Action`, a query credential.
    fn url(&self, op: &Operation, parts: &Parts) -> Result<String, Error> {
        let base = match op.servers.first() {
            Some(server) => match self
                .servers
                .iter()
                .find(|(template, _)| template == server.url)
            {
                Some((_, replacement)) => replacement.trim_end_matches('/').to_string(),
                None => {
                    let mut url = server.url.to_string();
                    for variable in &server.variables {
                        let value = self
                            .variables
                            .iter()
                            .find(|(n, _)| n == variable.name)
                            .map_or(variable.default, |(_, v)| v.as_str());
                        url = url.replace(&format!("{{{}}}", variable.name), value);
                    }
                    url.trim_end_matches('/').to_string()
                }
            },
            None => self.base_url.clone(),
        };
        let mut path = op.path.to_string();
        for (name, value) in &parts.path {
            path = path.replace(
                &format!("{{{name}}}"),
                &utf8_percent_encode(&text(value), SEGMENT).to_string(),
            );
        }
        if let Some(start) = path.find('{') {
            return Err(Error::Encode {
                operation: op.id,
                message: format!("no value for the path parameter {}", &path[start..]),
            });
        }
        let mut query: Vec<(String, String)> = Vec::new();
        if let Some(action) = op.rpc_action {
            query.push(("Action".to_string(), action.to_string()));
        }
        for (name, value) in &parts.query {
            match value {
                Value::Array(items) => query.extend(items.iter().map(|v| (name.clone(), text(v)))),
                other => query.push((name.clone(), text(other))),
            }
        }
        if let Some((name, value)) = self.auth.query() {
            query.push((name.to_string(), value.to_string()));
        }
        let mut url = format!("{base}{path}");
        for (i, (name, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&utf8_percent_encode(name, SEGMENT).to_string());
            url.push('=');
            url.push_str(&utf8_percent_encode(value, SEGMENT).to_string());
        }
        Ok(url)
    }
}

/// A parameter value as text: strings as they are, numbers and booleans as JSON
/// writes them.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn transport_error(operation: &'static str, error: &reqwest::Error) -> Error {
    if error.is_timeout() {
        return Error::Timeout { operation };
    }
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    Error::Transport { operation, message }
}

/// A non-success status: CodeArts' documented error body as [`Error::Platform`],
/// anything else as [`Error::Status`].
fn status_error(operation: &'static str, status: u16, body: &[u8]) -> Error {
    let json = serde_json::from_slice::<Value>(body).ok();
    if let Some(v) = &json {
        let code = v.get("error_code").and_then(Value::as_str);
        let message = v.get("error_msg").and_then(Value::as_str);
        if let (Some(code), Some(message)) = (code, message) {
            return Error::Platform {
                operation,
                status,
                code: code.to_string(),
                message: message.to_string(),
                request_id: None,
            };
        }
    }
    Error::Status {
        operation,
        status,
        body: json,
        body_start: body_start(body),
    }
}

/// CODING's error reply: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
fn coding_error(operation: &'static str, status: u16, body: &[u8]) -> Option<Error> {
    let reply: Value = serde_json::from_slice(body).ok()?;
    let error = reply.pointer("/Response/Error")?;
    Some(Error::Platform {
        operation,
        status,
        code: error
            .get("Code")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        message: error
            .get("Message")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        request_id: reply
            .pointer("/Response/RequestId")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}
