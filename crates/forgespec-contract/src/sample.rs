//! Values and requests made up from the contract: what a mock answers for an
//! operation with no documented example, and a minimal valid request for an
//! operation (its path and required parameters filled, its credentials, its body).

use serde_json::{Map, Value, json};

use crate::contract::Contract;
use crate::message::Request;
use crate::model::{Credential, Location, Operation, resolve};

/// A value a schema accepts, for an operation that documents no example: its
/// `const`, `default`, `examples` or first `enum` value, else the required
/// members of an object, an empty array, `0`, `false` or `""`.
pub fn synthesize(doc: &Value, schema: &Value) -> Value {
    value_for(doc, schema, 0)
}

fn value_for(doc: &Value, schema: &Value, depth: usize) -> Value {
    let schema = resolve(doc, schema);
    if depth > 12 {
        return Value::Null;
    }
    for key in ["const", "default"] {
        if let Some(v) = schema.get(key) {
            return v.clone();
        }
    }
    if let Some(v) = schema
        .get("examples")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        return v.clone();
    }
    if let Some(v) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        return v.clone();
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        let Some(branches) = schema.get(key).and_then(Value::as_array) else {
            continue;
        };
        let not_null: Vec<&Value> = branches
            .iter()
            .filter(|b| resolve(doc, b).get("type") != Some(&json!("null")))
            .collect();
        // A made-up success is never an error: CODING's replies are "the error
        // reply (requires `Error`) or the output", error first for generators that
        // try branches in order; the output is the one to answer with.
        let chosen = not_null
            .iter()
            .find(|b| !requires(resolve(doc, b), "Error"))
            .or(not_null.first());
        if let Some(branch) = chosen {
            return value_for(doc, branch, depth + 1);
        }
    }
    let kind = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("null"),
        _ if schema.get("properties").is_some() => "object",
        _ => "",
    };
    match kind {
        "object" => {
            let mut out = Map::new();
            let properties = schema.get("properties").and_then(Value::as_object);
            for name in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                let member = properties
                    .and_then(|p| p.get(name))
                    .map_or(Value::Null, |s| value_for(doc, s, depth + 1));
                out.insert(name.to_string(), member);
            }
            Value::Object(out)
        }
        "array" => Value::Array(Vec::new()),
        "integer" | "number" => json!(0),
        "boolean" => json!(false),
        "string" => json!(""),
        _ => Value::Null,
    }
}

fn requires(schema: &Value, member: &str) -> bool {
    schema
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|m| m == member))
}

/// A request for `op` that its contract accepts, carrying `body` (or none): path
/// parameters and required query parameters and headers filled with values their
/// schemas accept, the credentials of the first security alternative, and for an
/// RPC operation `?Action=<Name>`.
pub fn request(contract: &Contract, op: &Operation, body: Option<&Value>) -> Request {
    let doc = contract.document();
    let text = |schema: &Option<String>| -> String {
        let value = schema
            .as_deref()
            .and_then(|p| doc.pointer(p))
            .map_or(Value::Null, |s| synthesize(doc, s));
        match value {
            Value::String(s) if s.is_empty() => "x".to_string(),
            Value::String(s) => s,
            Value::Null => "x".to_string(),
            Value::Number(n) if n.as_i64() == Some(0) => "1".to_string(),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(","),
            other => other.to_string(),
        }
    };
    let mut path = op.path.clone();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    for p in &op.parameters {
        match p.location {
            Location::Path => {
                path = path.replace(&format!("{{{}}}", p.name), &encode(&text(&p.schema)));
            }
            Location::Query if p.required => query.push((p.name.clone(), text(&p.schema))),
            Location::Header if p.required => headers.push((p.name.clone(), text(&p.schema))),
            _ => {}
        }
    }
    if let Some(action) = &op.rpc_action
        && !query.iter().any(|(n, _)| n == "Action")
    {
        query.push(("Action".to_string(), action.clone()));
    }
    if let Some(alternative) = op.security.first() {
        for scheme in alternative {
            match contract.credential(scheme) {
                Some(Credential::ApiKey {
                    location: Location::Query,
                    name,
                }) => {
                    query.push((name.clone(), "forgespec-test-key".to_string()));
                }
                Some(Credential::ApiKey {
                    location: Location::Cookie,
                    name,
                }) => {
                    headers.push(("Cookie".to_string(), format!("{name}=forgespec-test-key")));
                }
                Some(Credential::ApiKey { name, .. }) => {
                    // CODING's personal access token is the whole header value
                    // `token <token>`; any non-empty value presents an API key.
                    headers.push((name.clone(), "token forgespec-test-key".to_string()));
                }
                Some(Credential::Authorization { scheme }) => {
                    headers.push((
                        "Authorization".to_string(),
                        format!("{scheme} forgespec-test-token"),
                    ));
                }
                None => {}
            }
        }
    }
    let mut target = path;
    if !query.is_empty() {
        target.push('?');
        target.push_str(
            &query
                .iter()
                .map(|(n, v)| format!("{}={}", encode(n), encode(v)))
                .collect::<Vec<_>>()
                .join("&"),
        );
    }
    let mut request = Request {
        method: op.method.clone(),
        target,
        headers,
        body: Vec::new(),
    };
    if let Some(body) = body {
        let media = op
            .body
            .as_ref()
            .and_then(|b| b.content.first())
            .map_or("application/json", |c| c.media.as_str());
        request
            .headers
            .push(("Content-Type".to_string(), media.to_string()));
        request.body = serde_json::to_vec(body).unwrap_or_default();
    }
    request
}

fn encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}
