//! The operations of an OpenAPI 3.1 document, read once into what routing and
//! validation need: methods, path templates, RPC Actions, parameters, bodies,
//! responses and security, each schema kept as a JSON pointer into the document.

use serde_json::{Map, Value};

use crate::violation::push_token;

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A header.
    Header,
    /// A cookie.
    Cookie,
}

/// One documented parameter.
#[derive(Debug, Clone)]
pub struct Parameter {
    /// Its name (a header's compares case-insensitively).
    pub name: String,
    /// Where it is sent.
    pub location: Location,
    /// Whether the request must carry it.
    pub required: bool,
    /// `explode` for arrays: repeated names (`a=1&a=2`) rather than `a=1,2`.
    pub explode: bool,
    /// JSON pointer of its schema in the document, if it has one.
    pub schema: Option<String>,
}

/// One media type of a body: its key and schema.
#[derive(Debug, Clone)]
pub struct Content {
    /// The media type or range as the document writes it (`application/json`, `image/*`).
    pub media: String,
    /// JSON pointer of its schema, if any.
    pub schema: Option<String>,
    /// Its documented examples in the document's order: name and value.
    pub examples: Vec<(String, Value)>,
}

/// A documented request body.
#[derive(Debug, Clone)]
pub struct RequestBody {
    /// Whether the request must carry one.
    pub required: bool,
    /// The media types it may take.
    pub content: Vec<Content>,
}

/// A documented response.
#[derive(Debug, Clone)]
pub struct ResponseSpec {
    /// The status key as written: `200`, `4XX` or `default`.
    pub status: String,
    /// Its description.
    pub description: String,
    /// Its media types (empty: no body).
    pub content: Vec<Content>,
}

impl ResponseSpec {
    /// Whether this response documents `status`.
    pub fn covers(&self, status: u16) -> bool {
        let code = status.to_string();
        self.status == code
            || (self.status.len() == 3
                && self.status.ends_with("XX")
                && code.starts_with(&self.status[..1]))
    }
}

/// One operation of the document.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The operationId.
    pub id: String,
    /// The method, upper case.
    pub method: String,
    /// The path template as sent (`/repos/{owner}/{repo}/pulls`), without the
    /// `#Action=…` fragment an RPC operation's path key carries.
    pub path: String,
    /// The RPC Action (`x-rpc-action`), for operations that share one path and are
    /// told apart by an `Action` in the query or the JSON body.
    pub rpc_action: Option<String>,
    /// JSON pointer of the operation object in the document.
    pub pointer: String,
    /// Its parameters, path item's and operation's.
    pub parameters: Vec<Parameter>,
    /// Its request body, if documented.
    pub body: Option<RequestBody>,
    /// Its responses in the document's order.
    pub responses: Vec<ResponseSpec>,
    /// The security alternatives: the request must satisfy every scheme of one of
    /// them. An empty alternative means no credentials are needed; an empty list too.
    pub security: Vec<Vec<String>>,
}

impl Operation {
    /// The response documented for `status`: that code, else its `NXX` range, else
    /// `default`.
    pub fn response_for(&self, status: u16) -> Option<&ResponseSpec> {
        let code = status.to_string();
        self.responses
            .iter()
            .find(|r| r.status == code)
            .or_else(|| self.responses.iter().find(|r| r.covers(status)))
            .or_else(|| self.responses.iter().find(|r| r.status == "default"))
    }

    /// The documented statuses, for messages (`200, 404`).
    pub fn documented_statuses(&self) -> String {
        self.responses
            .iter()
            .map(|r| r.status.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The success response a mock answers with by default: the first 2XX one
    /// documented, else the first.
    pub fn primary_response(&self) -> Option<&ResponseSpec> {
        self.responses
            .iter()
            .find(|r| r.status.starts_with('2'))
            .or_else(|| self.responses.first())
    }
}

/// How a document's security scheme is presented by a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// An API key in a header, query parameter or cookie of this name.
    ApiKey {
        /// Where.
        location: Location,
        /// Its name.
        name: String,
    },
    /// `Authorization: <scheme> …` (`Bearer`, `Basic`); OAuth 2.0 and OpenID
    /// Connect tokens are bearer tokens.
    Authorization {
        /// The scheme word, as documented (compared case-insensitively).
        scheme: String,
    },
}

/// A document's parse failure: where in the document and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// JSON pointer of the offending value.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

fn error(pointer: &str, message: impl Into<String>) -> ModelError {
    ModelError {
        pointer: pointer.to_string(),
        message: message.into(),
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A document's security schemes by name.
pub type Schemes = Vec<(String, Credential)>;

/// Reads the operations and security schemes of a document.
pub fn read(doc: &Value) -> Result<(Vec<Operation>, Schemes), ModelError> {
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or_else(|| error("/paths", "the document has no `paths` object"))?;
    let default_security = match doc.get("security") {
        Some(s) => security(s, "/security")?,
        None => Vec::new(),
    };
    let mut operations = Vec::new();
    for (key, item) in paths {
        let item_pointer = push_token("/paths", key);
        let item = item
            .as_object()
            .ok_or_else(|| error(&item_pointer, "a path item must be an object"))?;
        let shared = match item.get("parameters") {
            Some(p) => parameters(doc, p, &push_token(&item_pointer, "parameters"))?,
            None => Vec::new(),
        };
        let path = key.split('#').next().unwrap_or(key).to_string();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let pointer = push_token(&item_pointer, method);
            let op = op
                .as_object()
                .ok_or_else(|| error(&pointer, "an operation must be an object"))?;
            operations.push(operation(
                doc,
                op,
                &pointer,
                method,
                &path,
                &shared,
                &default_security,
            )?);
        }
    }
    let mut schemes = Vec::new();
    if let Some(found) = doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    {
        for (name, scheme) in found {
            let at = push_token("/components/securitySchemes", name);
            schemes.push((name.clone(), credential(resolve(doc, scheme), &at)?));
        }
    }
    Ok((operations, schemes))
}

fn operation(
    doc: &Value,
    op: &Map<String, Value>,
    pointer: &str,
    method: &str,
    path: &str,
    shared: &[Parameter],
    default_security: &[Vec<String>],
) -> Result<Operation, ModelError> {
    let id = op.get("operationId").and_then(Value::as_str).map_or_else(
        || format!("{} {path}", method.to_uppercase()),
        str::to_string,
    );
    let mut params = match op.get("parameters") {
        Some(p) => parameters(doc, p, &push_token(pointer, "parameters"))?,
        None => Vec::new(),
    };
    // Path-item parameters apply unless the operation overrides them.
    for p in shared {
        if !params
            .iter()
            .any(|q| q.name == p.name && q.location == p.location)
        {
            params.push(p.clone());
        }
    }
    let body = match op.get("requestBody") {
        Some(b) => {
            let at = push_token(pointer, "requestBody");
            let b = resolve(doc, b);
            Some(RequestBody {
                required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                content: content(doc, b, &at)?,
            })
        }
        None => None,
    };
    let mut responses = Vec::new();
    if let Some(found) = op.get("responses").and_then(Value::as_object) {
        for (status, response) in found {
            let at = push_token(&push_token(pointer, "responses"), status);
            if !is_response_key(status) {
                return Err(ModelError {
                    pointer: at,
                    message: format!(
                        "`{status}` is not a response status: an HTTP status 100-599, \
                         a range 1XX-5XX or `default`"
                    ),
                });
            }
            let response = resolve(doc, response);
            responses.push(ResponseSpec {
                status: status.to_uppercase().replace("DEFAULT", "default"),
                description: response
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                content: content(doc, response, &at)?,
            });
        }
    }
    let security = match op.get("security") {
        Some(s) => security(s, &push_token(pointer, "security"))?,
        None => default_security.to_vec(),
    };
    Ok(Operation {
        id,
        method: method.to_uppercase(),
        path: path.to_string(),
        rpc_action: op
            .get("x-rpc-action")
            .and_then(Value::as_str)
            .map(str::to_string),
        pointer: pointer.to_string(),
        parameters: params,
        body,
        responses,
        security,
    })
}

fn parameters(doc: &Value, list: &Value, pointer: &str) -> Result<Vec<Parameter>, ModelError> {
    let list = list
        .as_array()
        .ok_or_else(|| error(pointer, "`parameters` must be an array"))?;
    let mut out = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let at = format!("{pointer}/{i}");
        // A `$ref` parameter's schema pointer is into the referenced object.
        let (p, at) = match p.get("$ref").and_then(Value::as_str) {
            Some(r) => (resolve(doc, p), r.trim_start_matches('#').to_string()),
            None => (p, at),
        };
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| error(&at, "a parameter needs a `name`"))?;
        let location = match p.get("in").and_then(Value::as_str) {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            Some("cookie") => Location::Cookie,
            other => return Err(error(&at, format!("unknown parameter location {other:?}"))),
        };
        let style_form = matches!(location, Location::Query | Location::Cookie);
        out.push(Parameter {
            name: name.to_string(),
            location,
            required: location == Location::Path
                || p.get("required").and_then(Value::as_bool).unwrap_or(false),
            explode: p
                .get("explode")
                .and_then(Value::as_bool)
                .unwrap_or(style_form),
            schema: p.get("schema").map(|_| format!("{at}/schema")),
        });
    }
    Ok(out)
}

fn content(doc: &Value, holder: &Value, pointer: &str) -> Result<Vec<Content>, ModelError> {
    let Some(found) = holder.get("content") else {
        return Ok(Vec::new());
    };
    let at = push_token(pointer, "content");
    let found = found
        .as_object()
        .ok_or_else(|| error(&at, "`content` must be an object"))?;
    let mut out = Vec::new();
    for (media, body) in found {
        let media_at = push_token(&at, media);
        let mut examples = Vec::new();
        if let Some(list) = body.get("examples").and_then(Value::as_object) {
            for (name, example) in list {
                if let Some(value) = resolve(doc, example).get("value") {
                    examples.push((name.clone(), value.clone()));
                }
            }
        } else if let Some(value) = body.get("example") {
            examples.push(("example".to_string(), value.clone()));
        }
        out.push(Content {
            media: media.clone(),
            schema: body.get("schema").map(|_| push_token(&media_at, "schema")),
            examples,
        });
    }
    Ok(out)
}

fn security(list: &Value, pointer: &str) -> Result<Vec<Vec<String>>, ModelError> {
    let list = list
        .as_array()
        .ok_or_else(|| error(pointer, "`security` must be an array"))?;
    list.iter()
        .enumerate()
        .map(|(i, alternative)| {
            alternative
                .as_object()
                .map(|schemes| schemes.keys().cloned().collect())
                .ok_or_else(|| {
                    error(
                        &format!("{pointer}/{i}"),
                        "a security requirement must be an object",
                    )
                })
        })
        .collect()
}

fn credential(scheme: &Value, pointer: &str) -> Result<Credential, ModelError> {
    let kind = scheme
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match kind {
        "apiKey" => {
            let location = match scheme.get("in").and_then(Value::as_str) {
                Some("header") => Location::Header,
                Some("query") => Location::Query,
                Some("cookie") => Location::Cookie,
                other => {
                    return Err(error(pointer, format!("unknown apiKey location {other:?}")));
                }
            };
            let name = scheme
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| error(pointer, "an apiKey scheme needs a `name`"))?;
            Ok(Credential::ApiKey {
                location,
                name: name.to_string(),
            })
        }
        "http" => Ok(Credential::Authorization {
            scheme: scheme
                .get("scheme")
                .and_then(Value::as_str)
                .unwrap_or("bearer")
                .to_string(),
        }),
        "oauth2" | "openIdConnect" => Ok(Credential::Authorization {
            scheme: "bearer".to_string(),
        }),
        other => Err(error(
            pointer,
            format!("unknown security scheme type {other:?}"),
        )),
    }
}

/// Follows a local `$ref` (`#/components/...`), as many times as it takes; anything
/// else is returned as is.
pub fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => match doc.pointer(&decode_ref(&r[1..])) {
                Some(target) => value = target,
                None => return value,
            },
            _ => return value,
        }
    }
    value
}

/// A `$ref` fragment is a percent-encoded JSON pointer.
fn decode_ref(fragment: &str) -> String {
    percent_encoding::percent_decode_str(fragment)
        .decode_utf8_lossy()
        .into_owned()
}

/// Whether a `responses` key is one OpenAPI allows: an HTTP status (RFC 9110: three
/// digits, 100-599), a range `1XX`-`5XX`, or `default`. A mock cannot answer `999`.
fn is_response_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    if key.eq_ignore_ascii_case("default") {
        return true;
    }
    bytes.len() == 3
        && (b'1'..=b'5').contains(&bytes[0])
        && (bytes[1..].iter().all(u8::is_ascii_digit)
            || bytes[1..].iter().all(|b| b.eq_ignore_ascii_case(&b'x')))
}
