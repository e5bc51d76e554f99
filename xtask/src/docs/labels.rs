//! Labels and anchors: how a type, a security scheme, a table cell or a Rust type
//! name is written on a reference page.

use serde_json::{Map, Value};

use super::model::Links;

/// An HTML id: lower-case ASCII letters, digits, `-` and `_`.
pub(super) fn anchor_id(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

pub(super) fn schema_anchor(name: &str) -> String {
    format!("schema-{}", anchor_id(name))
}

/// A short human label for a schema: `string`, `array of [X](#schema-x)`, …, each
/// component linked where it is rendered.
pub(super) fn type_label(s: &Value, links: &Links<'_>) -> String {
    let Some(obj) = s.as_object() else {
        return "any".into();
    };
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return links.schema(r.rsplit('/').next().unwrap_or(r));
    }
    if let Some(c) = obj.get("const") {
        return format!("`{c}`");
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(alts)) = obj.get(key) {
            return alts
                .iter()
                .map(|alt| type_label(alt, links))
                .collect::<Vec<_>>()
                .join(" \\| ");
        }
    }
    let base = match obj.get("type") {
        Some(Value::String(t)) => single_type(t, obj, links),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(|t| single_type(t, obj, links))
            .collect::<Vec<_>>()
            .join(" \\| "),
        _ => "any".to_string(),
    };
    match obj.get("enum").and_then(Value::as_array) {
        Some(values) => format!(
            "{base}: {}",
            values
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => base,
    }
}

pub(super) fn single_type(t: &str, obj: &Map<String, Value>, links: &Links<'_>) -> String {
    match t {
        "array" => format!(
            "array of {}",
            obj.get("items")
                .map_or_else(|| "any".into(), |items| type_label(items, links))
        ),
        "object" => match obj.get("additionalProperties") {
            Some(v @ Value::Object(_)) => format!("map of {}", type_label(v, links)),
            _ => "object".into(),
        },
        _ => match obj.get("format").and_then(Value::as_str) {
            Some(f) => format!("{t} ({f})"),
            None => t.to_string(),
        },
    }
}

pub(super) fn security_label(s: &Value) -> String {
    match s["type"].as_str() {
        Some("apiKey") => format!(
            "API key in {} `{}`",
            s["in"].as_str().unwrap_or(""),
            s["name"].as_str().unwrap_or("")
        ),
        Some("http") => format!("HTTP `{}`", s["scheme"].as_str().unwrap_or("")),
        Some("oauth2") => "OAuth 2.0".into(),
        other => other.unwrap_or("").to_string(),
    }
}

/// Text that fits one Markdown table cell.
pub(super) fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace('\n', "<br>")
}

/// Text that fits a link's text inside a table cell.
pub(super) fn link_text(text: &str) -> String {
    cell(text).replace('[', "\\[").replace(']', "\\]")
}

pub(super) fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A Rust type name without its module paths (`Envelope<Reply>` for
/// `forgespec_coding::common::Envelope<forgespec_coding::project::Reply>`): the
/// endpoint's full path already says where to look.
pub(super) fn short_type_name(full: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in full.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(&word));
            word.clear();
            out.push(c);
        }
    }
    out.push_str(word.rsplit("::").next().unwrap_or(&word));
    out
}
