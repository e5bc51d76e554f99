//! HAR 1.2 files (what browsers' and proxies' "save as HAR" write): the recorded
//! exchanges, each routed to its operation and checked on both sides.

use serde_json::Value;

use crate::contract::{Contract, LoadError};
use crate::message::{Request, Response};
use crate::route::RouteError;
use crate::violation::Violation;

/// One recorded request and its response.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// Its position in `log.entries`.
    pub index: usize,
    /// The request.
    pub request: Request,
    /// The response, when one was recorded (status 0 means none).
    pub response: Option<Response>,
}

/// What checking one exchange found.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// It routed to an operation; the violations of the request and the response.
    Checked {
        /// The operationId.
        operation: String,
        /// Every violation, request first.
        violations: Vec<Violation>,
    },
    /// It matches no operation.
    Unmatched(RouteError),
}

/// Reads the exchanges of a HAR file's text; `source` names the file in errors.
pub fn read(text: &str, source: &str) -> Result<Vec<Exchange>, LoadError> {
    let har: Value = serde_json::from_str(text).map_err(|e| LoadError {
        source: source.to_string(),
        at: format!("line {}, column {}", e.line(), e.column()),
        message: e.to_string(),
    })?;
    let fail = |at: String, message: &str| LoadError {
        source: source.to_string(),
        at,
        message: message.to_string(),
    };
    let entries = har
        .pointer("/log/entries")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            fail(
                "/log/entries".to_string(),
                "a HAR file has an array `log.entries`",
            )
        })?;
    let mut out = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let at = format!("/log/entries/{index}");
        let request = entry
            .get("request")
            .ok_or_else(|| fail(format!("{at}/request"), "an entry has a `request`"))?;
        let method = request
            .get("method")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                fail(
                    format!("{at}/request/method"),
                    "a request has a string `method`",
                )
            })?;
        let url = request
            .get("url")
            .and_then(Value::as_str)
            .ok_or_else(|| fail(format!("{at}/request/url"), "a request has a string `url`"))?;
        let body = request
            .pointer("/postData/text")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let mut headers = read_headers(request, &format!("{at}/request"), &fail)?;
        if let Some(mime) = request
            .pointer("/postData/mimeType")
            .and_then(Value::as_str)
            && !headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            && !mime.is_empty()
        {
            headers.push(("Content-Type".to_string(), mime.to_string()));
        }
        let request = Request {
            method: method.to_ascii_uppercase(),
            target: url.to_string(),
            headers,
            body: body.as_bytes().to_vec(),
        };
        let response = match entry.get("response") {
            Some(r) => {
                let status = r.get("status").and_then(Value::as_u64).unwrap_or(0);
                if status == 0 {
                    None
                } else {
                    let status = u16::try_from(status).map_err(|_| {
                        fail(
                            format!("{at}/response/status"),
                            "a status is a number below 1000",
                        )
                    })?;
                    let mut headers = read_headers(r, &format!("{at}/response"), &fail)?;
                    let text = r
                        .pointer("/content/text")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    if r.pointer("/content/encoding").and_then(Value::as_str) == Some("base64") {
                        // A binary body: its bytes are not checked, only its presence.
                        headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
                    }
                    if let Some(mime) = r.pointer("/content/mimeType").and_then(Value::as_str)
                        && !headers
                            .iter()
                            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                        && !mime.is_empty()
                    {
                        headers.push(("Content-Type".to_string(), mime.to_string()));
                    }
                    Some(Response {
                        status,
                        headers,
                        body: text.as_bytes().to_vec(),
                    })
                }
            }
            None => None,
        };
        out.push(Exchange {
            index,
            request,
            response,
        });
    }
    Ok(out)
}

fn read_headers(
    holder: &Value,
    at: &str,
    fail: &dyn Fn(String, &str) -> LoadError,
) -> Result<Vec<(String, String)>, LoadError> {
    let Some(list) = holder.get("headers") else {
        return Ok(Vec::new());
    };
    let list = list
        .as_array()
        .ok_or_else(|| fail(format!("{at}/headers"), "`headers` is an array"))?;
    list.iter()
        .enumerate()
        .map(|(i, h)| {
            let name = h.get("name").and_then(Value::as_str);
            let value = h.get("value").and_then(Value::as_str);
            match (name, value) {
                (Some(n), Some(v)) => Ok((n.to_string(), v.to_string())),
                _ => Err(fail(
                    format!("{at}/headers/{i}"),
                    "a header has string `name` and `value`",
                )),
            }
        })
        .collect()
}

/// Routes one exchange and validates its request and response.
pub fn check(contract: &Contract, exchange: &Exchange) -> Outcome {
    match contract.check_request(&exchange.request) {
        Ok(check) => {
            let mut violations = check.violations;
            if let Some(response) = &exchange.response {
                violations.extend(contract.check_response(check.route.operation, response));
            }
            Outcome::Checked {
                operation: check.route.operation.id.clone(),
                violations,
            }
        }
        Err(e) => Outcome::Unmatched(e),
    }
}

/// Checks an exchange against the first of `contracts` that has an operation at its
/// path (a REST template, or an RPC path whatever its Action); unmatched when none
/// has, with the last contract's reason.
pub fn check_any(contracts: &[&Contract], exchange: &Exchange) -> Outcome {
    let mut last = None;
    for contract in contracts {
        match check(contract, exchange) {
            Outcome::Unmatched(RouteError::NotFound { closest }) if contracts.len() > 1 => {
                last = Some(Outcome::Unmatched(RouteError::NotFound { closest }));
            }
            outcome => return outcome,
        }
    }
    last.unwrap_or(Outcome::Unmatched(RouteError::NotFound {
        closest: Vec::new(),
    }))
}
