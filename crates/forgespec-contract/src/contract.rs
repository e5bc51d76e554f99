//! A loaded contract: one document's operations, routing and validation.

use std::collections::HashSet;
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde_json::Value;

use crate::message::{Request, Response, is_json, media_matches, media_type};
use crate::model::{self, Credential, Location, Operation};
use crate::params::coerce;
use crate::platform::{ErrorStyle, Platform};
use crate::route::{Route, RouteError, Router};
use crate::schema::Schemas;
use crate::violation::{Part, Violation, push_token};

/// Why a document could not be loaded: the source, the position or JSON pointer,
/// and the cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file (or `built-in <platform>`).
    pub source: String,
    /// `line L, column C` for a JSON syntax error, or the JSON pointer of the
    /// offending value.
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.source, self.at, self.message)
    }
}

impl std::error::Error for LoadError {}

/// One platform's contract: its operations, how requests route to them, and their
/// request and response schemas.
pub struct Contract {
    platform: Option<Platform>,
    title: String,
    document: Arc<Value>,
    operations: Vec<Operation>,
    schemes: Vec<(String, Credential)>,
    router: Router,
    schemas: Schemas,
    error_style: ErrorStyle,
}

impl fmt::Debug for Contract {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contract")
            .field("title", &self.title)
            .field("operations", &self.operations.len())
            .finish_non_exhaustive()
    }
}

/// The validation of one request: the operation it routed to and what is wrong.
#[derive(Debug, Clone)]
pub struct RequestCheck<'c> {
    /// The operation and path parameters.
    pub route: Route<'c>,
    /// Every violation; empty when the request keeps the contract.
    pub violations: Vec<Violation>,
    /// The JSON body, when it parsed.
    pub body: Option<Value>,
}

impl Contract {
    /// The built-in contract of `platform`, loaded once per process.
    pub fn builtin(platform: Platform) -> &'static Contract {
        static LOADED: [OnceLock<Contract>; 5] = [const { OnceLock::new() }; 5];
        let index = Platform::ALL
            .iter()
            .position(|p| *p == platform)
            .unwrap_or_default();
        LOADED[index].get_or_init(|| {
            // The built-in documents are generated and tested by this project
            // (`cargo xtask gen-specs --check`, and this crate's tests load every one),
            // so a failure here is a build defect, not an input error.
            #[allow(clippy::expect_used)]
            let mut contract =
                Contract::from_document(platform.document(), &format!("built-in {platform}"))
                    .expect("a built-in document loads");
            contract.platform = Some(platform);
            contract.error_style = platform.error_style();
            contract
        })
    }

    /// Loads an OpenAPI 3.1 document (JSON) read from `source` (a file name, used in
    /// errors). Its schemas are compiled on first use.
    pub fn from_document(text: &str, source: &str) -> Result<Contract, LoadError> {
        let document: Value = serde_json::from_str(text).map_err(|e| LoadError {
            source: source.to_string(),
            at: format!("line {}, column {}", e.line(), e.column()),
            message: e.to_string(),
        })?;
        Contract::from_value(document, source)
    }

    /// Loads an OpenAPI 3.1 document already parsed.
    pub fn from_value(mut document: Value, source: &str) -> Result<Contract, LoadError> {
        bound_integer_formats(&mut document);
        let (operations, schemes) = model::read(&document).map_err(|e| LoadError {
            source: source.to_string(),
            at: e.pointer,
            message: e.message,
        })?;
        let mut pointers = HashSet::new();
        for op in &operations {
            pointers.extend(op.parameters.iter().filter_map(|p| p.schema.clone()));
            for content in op
                .body
                .iter()
                .flat_map(|b| &b.content)
                .chain(op.responses.iter().flat_map(|r| &r.content))
            {
                pointers.extend(content.schema.clone());
            }
        }
        if let Some(components) = document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            pointers.extend(
                components
                    .keys()
                    .map(|name| push_token("/components/schemas", name)),
            );
        }
        let prefixes = server_prefixes(&document);
        let router = Router::new(&operations, prefixes);
        let title = document
            .pointer("/info/title")
            .and_then(Value::as_str)
            .unwrap_or(source)
            .to_string();
        let document = Arc::new(document);
        Ok(Contract {
            platform: None,
            title,
            schemas: Schemas::new(Arc::clone(&document), pointers),
            document,
            operations,
            schemes,
            router,
            error_style: ErrorStyle::Problem,
        })
    }

    /// Sets how refused requests are answered (a loaded document's platform).
    #[must_use]
    pub fn with_error_style(mut self, style: ErrorStyle) -> Self {
        self.error_style = style;
        self
    }

    /// The platform of a built-in contract.
    pub fn platform(&self) -> Option<Platform> {
        self.platform
    }

    /// The document's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// How refused requests are answered.
    pub fn error_style(&self) -> ErrorStyle {
        self.error_style
    }

    /// The document.
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Every operation, in the document's order.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this operationId.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// How a security scheme of the document is presented.
    pub fn credential(&self, scheme: &str) -> Option<&Credential> {
        self.schemes
            .iter()
            .find(|(n, _)| n == scheme)
            .map(|(_, c)| c)
    }

    /// Validates a value against a component schema (`/components/schemas/<name>`).
    pub fn check_component(&self, name: &str, value: &Value) -> Vec<Violation> {
        let pointer = push_token("/components/schemas", name);
        self.schemas
            .validate(&pointer, value)
            .into_iter()
            .map(|e| Violation::new(Part::ResponseBody, e.pointer, e.keyword, e.message))
            .collect()
    }

    /// The operationIds spelt most like `id`, for messages.
    pub fn closest_operations(&self, id: &str) -> Vec<String> {
        crate::route::closest(id, self.operations.iter().map(|op| op.id.as_str()), 3)
    }

    /// The operation a request is for.
    pub fn route(&self, request: &Request) -> Result<Route<'_>, RouteError> {
        self.router.route(&self.operations, request)
    }

    /// Routes a request and validates it: path, query and header parameters, the
    /// credentials its security requires, the content type and the body.
    pub fn check_request(&self, request: &Request) -> Result<RequestCheck<'_>, RouteError> {
        let route = self.route(request)?;
        let (violations, body) = self.request_violations(&route, request);
        Ok(RequestCheck {
            route,
            violations,
            body,
        })
    }

    fn request_violations(
        &self,
        route: &Route<'_>,
        request: &Request,
    ) -> (Vec<Violation>, Option<Value>) {
        let op = route.operation;
        let mut out = Vec::new();
        let query = request.query_pairs();
        for param in &op.parameters {
            let (part, values): (Part, Vec<&str>) = match param.location {
                Location::Path => (Part::Path, named(&route.path_params, &param.name)),
                Location::Query => (Part::Query, named(&query, &param.name)),
                Location::Header => (
                    Part::Header,
                    request
                        .headers
                        .iter()
                        .filter(|(n, _)| n.eq_ignore_ascii_case(&param.name))
                        .map(|(_, v)| v.as_str())
                        .collect(),
                ),
                Location::Cookie => (Part::Header, cookies(request, &param.name)),
            };
            let pointer = push_token("", &param.name);
            if values.is_empty() {
                // An RPC operation's pinned `Action` parameter is met by an Action in
                // the body: the platform accepts either, and routing has checked it.
                let met_by_route =
                    op.rpc_action.is_some() && param.name == "Action" && route.action_in.is_some();
                if param.required && !met_by_route {
                    out.push(Violation::new(
                        part,
                        pointer,
                        "required",
                        format!(
                            "the required {} parameter `{}` is missing",
                            part.as_str(),
                            param.name
                        ),
                    ));
                }
                continue;
            }
            if let Some(schema) = &param.schema {
                let value = coerce(
                    &self.document,
                    self.document.pointer(schema),
                    &values,
                    param.explode,
                );
                for e in self.schemas.validate(schema, &value) {
                    out.push(Violation::new(
                        part,
                        format!("{pointer}{}", e.pointer),
                        e.keyword,
                        e.message,
                    ));
                }
            }
        }
        out.extend(self.security_violations(op, request));
        let body = match &op.body {
            Some(spec) => self.body_violations(spec, request, &mut out),
            None => None,
        };
        (out, body)
    }

    fn security_violations(&self, op: &Operation, request: &Request) -> Option<Violation> {
        if op.security.is_empty() || op.security.iter().any(Vec::is_empty) {
            return None;
        }
        let satisfied = op.security.iter().any(|alternative| {
            alternative.iter().all(|scheme| {
                self.schemes
                    .iter()
                    .find(|(name, _)| name == scheme)
                    .is_some_and(|(_, credential)| presents(credential, request))
            })
        });
        if satisfied {
            return None;
        }
        let wanted: Vec<String> = op
            .security
            .iter()
            .map(|alternative| {
                alternative
                    .iter()
                    .map(
                        |scheme| match self.schemes.iter().find(|(n, _)| n == scheme) {
                            Some((_, Credential::ApiKey { location, name })) => {
                                format!("{scheme} ({} `{name}`)", location_word(*location))
                            }
                            Some((_, Credential::Authorization { scheme: word })) => {
                                format!("{scheme} (`Authorization: {} …`)", capitalise(word))
                            }
                            None => scheme.clone(),
                        },
                    )
                    .collect::<Vec<_>>()
                    .join(" and ")
            })
            .collect();
        Some(Violation::new(
            Part::Security,
            "",
            "credentials",
            format!(
                "no credentials; the operation accepts {}",
                wanted.join(" or ")
            ),
        ))
    }

    /// Checks the content type and the body; returns the parsed JSON body.
    fn body_violations(
        &self,
        spec: &model::RequestBody,
        request: &Request,
        out: &mut Vec<Violation>,
    ) -> Option<Value> {
        if request.body.is_empty() {
            if spec.required {
                out.push(Violation::new(
                    Part::RequestBody,
                    "",
                    "required",
                    "the request body is required",
                ));
            }
            return None;
        }
        let media = request.header_value("content-type").map(media_type);
        let content = match &media {
            Some(m) => spec.content.iter().find(|c| media_matches(&c.media, m)),
            None => spec.content.first(),
        };
        let Some(content) = content else {
            out.push(Violation::new(
                Part::Header,
                "/content-type",
                "content-type",
                format!(
                    "the body is sent as `{}`; the operation accepts {}",
                    media.unwrap_or_default(),
                    spec.content
                        .iter()
                        .map(|c| format!("`{}`", c.media))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
            return None;
        };
        let json = media.as_deref().map_or(is_json(&content.media), is_json);
        if !json {
            return None;
        }
        let value = match serde_json::from_slice::<Value>(&request.body) {
            Ok(v) => v,
            Err(e) => {
                out.push(Violation::new(
                    Part::RequestBody,
                    "",
                    "json",
                    format!(
                        "the body is not JSON: line {}, column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                ));
                return None;
            }
        };
        if let Some(schema) = &content.schema {
            out.extend(
                self.schemas
                    .validate(schema, &value)
                    .into_iter()
                    .map(|e| Violation::new(Part::RequestBody, e.pointer, e.keyword, e.message)),
            );
        }
        Some(value)
    }

    /// Validates a request body (JSON) for an operation, as `forgespec validate
    /// --request` does: the body's schema only.
    pub fn check_request_body(&self, op: &Operation, body: &Value) -> Vec<Violation> {
        let Some(spec) = &op.body else {
            return vec![Violation::new(
                Part::RequestBody,
                "",
                "body",
                format!("{} documents no request body", op.id),
            )];
        };
        let Some(schema) = spec
            .content
            .iter()
            .find(|c| is_json(&media_type(&c.media)))
            .and_then(|c| c.schema.as_ref())
        else {
            return vec![Violation::new(
                Part::RequestBody,
                "",
                "content-type",
                format!("{} documents no JSON request body", op.id),
            )];
        };
        self.schemas
            .validate(schema, body)
            .into_iter()
            .map(|e| Violation::new(Part::RequestBody, e.pointer, e.keyword, e.message))
            .collect()
    }

    /// Validates a response body (JSON) given with its status.
    pub fn check_response_body(&self, op: &Operation, status: u16, body: &Value) -> Vec<Violation> {
        let Some(spec) = op.response_for(status) else {
            return vec![undocumented_status(op, status)];
        };
        let Some(content) = spec.content.iter().find(|c| is_json(&media_type(&c.media))) else {
            return vec![Violation::new(
                Part::ResponseBody,
                "",
                "content-type",
                format!("{} documents no JSON body for status {status}", op.id),
            )];
        };
        match &content.schema {
            Some(schema) => self
                .schemas
                .validate(schema, body)
                .into_iter()
                .map(|e| Violation::new(Part::ResponseBody, e.pointer, e.keyword, e.message))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Validates a recorded response to an operation: status, content type, body.
    pub fn check_response(&self, op: &Operation, response: &Response) -> Vec<Violation> {
        let Some(spec) = op.response_for(response.status) else {
            return vec![undocumented_status(op, response.status)];
        };
        if response.body.is_empty() {
            return Vec::new();
        }
        if spec.content.is_empty() {
            return vec![Violation::new(
                Part::ResponseBody,
                "",
                "content-type",
                format!(
                    "status {} documents no body, and one was sent",
                    response.status
                ),
            )];
        }
        let media = response.header_value("content-type").map(media_type);
        let content = match &media {
            Some(m) => spec.content.iter().find(|c| media_matches(&c.media, m)),
            None => spec.content.first(),
        };
        let Some(content) = content else {
            return vec![Violation::new(
                Part::Header,
                "/content-type",
                "content-type",
                format!(
                    "the body is `{}`; status {} documents {}",
                    media.unwrap_or_default(),
                    response.status,
                    spec.content
                        .iter()
                        .map(|c| format!("`{}`", c.media))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )];
        };
        if !media.as_deref().map_or(is_json(&content.media), is_json) {
            return Vec::new();
        }
        let value = match serde_json::from_slice::<Value>(&response.body) {
            Ok(v) => v,
            Err(e) => {
                return vec![Violation::new(
                    Part::ResponseBody,
                    "",
                    "json",
                    format!(
                        "the body is not JSON: line {}, column {}: {e}",
                        e.line(),
                        e.column()
                    ),
                )];
            }
        };
        match &content.schema {
            Some(schema) => self
                .schemas
                .validate(schema, &value)
                .into_iter()
                .map(|e| Violation::new(Part::ResponseBody, e.pointer, e.keyword, e.message))
                .collect(),
            None => Vec::new(),
        }
    }
}

/// The values of every pair named `name`.
fn named<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

fn undocumented_status(op: &Operation, status: u16) -> Violation {
    Violation::new(
        Part::Status,
        "",
        "status",
        format!(
            "{} documents no response with status {status}; documented: {}",
            op.id,
            op.documented_statuses()
        ),
    )
}

fn presents(credential: &Credential, request: &Request) -> bool {
    match credential {
        Credential::ApiKey { location, name } => match location {
            Location::Header => request
                .header_value(name)
                .is_some_and(|v| !v.trim().is_empty()),
            Location::Query => request
                .query_pairs()
                .iter()
                .any(|(n, v)| n == name && !v.is_empty()),
            Location::Cookie => !cookies(request, name).is_empty(),
            Location::Path => false,
        },
        Credential::Authorization { scheme } => {
            request.header_value("authorization").is_some_and(|v| {
                let mut words = v.split_whitespace();
                words.next().is_some_and(|w| w.eq_ignore_ascii_case(scheme))
                    && words.next().is_some()
            })
        }
    }
}

fn cookies<'r>(request: &'r Request, name: &str) -> Vec<&'r str> {
    request
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("cookie"))
        .flat_map(|(_, v)| v.split(';'))
        .filter_map(|pair| {
            let (n, v) = pair.trim().split_once('=')?;
            (n == name).then_some(v)
        })
        .collect()
}

fn location_word(location: Location) -> &'static str {
    match location {
        Location::Header => "header",
        Location::Query => "query parameter",
        Location::Cookie => "cookie",
        Location::Path => "path parameter",
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Gives every `integer` schema of format `int32` or `int64` the range the format
/// means. In JSON Schema 2020-12 (OpenAPI 3.1's dialect) a format is an annotation
/// and validators do not know these two, so without the range `9223372036854775808`
/// would pass as an int64.
fn bound_integer_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let integer = match map.get("type") {
                Some(Value::String(t)) => t == "integer",
                Some(Value::Array(types)) => types.iter().any(|t| t == "integer"),
                _ => false,
            };
            let format = map.get("format").and_then(Value::as_str);
            let int64 = format == Some("int64");
            let range = match format {
                Some("int64") => Some((i64::MIN, i64::MAX)),
                Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                _ => None,
            };
            if let (true, Some((min, max))) = (integer, range) {
                map.entry("minimum").or_insert_with(|| Value::from(min));
                map.entry("maximum").or_insert_with(|| Value::from(max));
                if int64 {
                    map.insert(
                        crate::schema::INT64_FLOOR_KEYWORD.to_string(),
                        Value::Bool(true),
                    );
                }
            }
            for child in map.values_mut() {
                bound_integer_formats(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(bound_integer_formats),
        _ => {}
    }
}

/// The path parts of the document's server URLs (`https://{root}/v1` → `/v1`).
fn server_prefixes<'d>(document: &'d Value) -> Vec<String> {
    let mut urls: Vec<&'d str> = Vec::new();
    let mut collect = |servers: Option<&'d Value>| {
        for server in servers.and_then(Value::as_array).into_iter().flatten() {
            if let Some(url) = server.get("url").and_then(Value::as_str) {
                urls.push(url);
            }
        }
    };
    collect(document.get("servers"));
    for item in document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.values())
    {
        collect(item.get("servers"));
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            collect(op.get("servers"));
        }
    }
    let mut prefixes: Vec<String> = urls
        .into_iter()
        .filter_map(|url| {
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            let path = &rest[rest.find('/')?..];
            let path = path.trim_end_matches('/');
            (!path.is_empty() && !path.contains('{')).then(|| path.to_string())
        })
        .collect();
    prefixes.sort();
    prefixes.dedup();
    prefixes
}
