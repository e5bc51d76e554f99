//! The schema generator's settings and the clean-up of what schemars emits.

use forgespec_core::NULLABLE_MARKER;
use schemars::generate::{SchemaGenerator, SchemaSettings};
use serde_json::{Map, Value, json};

use crate::problem::Problem;

/// The formats OpenAPI registers for numbers; nothing else may reach a spec.
const NUMBER_FORMATS: &[&str] = &["int32", "int64", "float", "double"];

/// A generator whose `$ref`s point into `#/components/schemas`.
pub fn generator() -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .with(|s| {
            s.definitions_path = "/components/schemas".into();
            s.meta_schema = None;
        })
        .into_generator()
}

/// Normalizes one schema in place (recursively), collecting problems as messages.
///
/// - `null` survives only where [`forgespec_core::Nullable`] put it (schemars makes
///   every `Option` nullable; in forgespec `Option` means "may be absent").
/// - A `oneOf` of documented constants (a Rust enum whose variants have doc
///   comments) becomes a plain `enum`, with the meanings in `x-enum-descriptions`:
///   generators turn `enum` into enums, and `oneOf` of `const` into unions.
/// - Number formats must be registered ones.
pub fn normalize(schema: &mut Value, at: &str, problems: &mut Vec<Problem>) {
    let Value::Object(obj) = schema else { return };
    for key in ["properties", "patternProperties", "$defs"] {
        if let Some(Value::Object(map)) = obj.get_mut(key) {
            for (name, sub) in map.iter_mut() {
                normalize(sub, &format!("{at}.{name}"), problems);
            }
        }
    }
    for key in [
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
    ] {
        if let Some(sub) = obj.get_mut(key) {
            normalize(sub, &format!("{at}[]"), problems);
        }
    }
    for key in ["anyOf", "oneOf", "allOf", "prefixItems"] {
        if let Some(Value::Array(subs)) = obj.get_mut(key) {
            for sub in subs {
                normalize(sub, at, problems);
            }
        }
    }
    let keep_null = obj.remove(NULLABLE_MARKER).is_some();
    if !keep_null {
        strip_null(obj);
    }
    collapse_documented_enum(obj);
    if let Some(Value::String(format)) = obj.get("format")
        && is_numeric(obj.get("type"))
        && !NUMBER_FORMATS.contains(&format.as_str())
    {
        problems.push(Problem::new(
            at,
            format!("number format `{format}` is not registered by OpenAPI (use i64/i32/f64)"),
        ));
    }
}

fn is_numeric(ty: Option<&Value>) -> bool {
    let numeric = |t: &Value| t == "integer" || t == "number";
    match ty {
        Some(Value::Array(types)) => types.iter().any(numeric),
        Some(t) => numeric(t),
        None => false,
    }
}

fn strip_null(obj: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    let is_null_schema = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
    if let Some(Value::Array(alternatives)) = obj.get("anyOf")
        && alternatives.iter().any(is_null_schema)
    {
        let mut rest: Vec<Value> = alternatives
            .iter()
            .filter(|v| !is_null_schema(v))
            .cloned()
            .collect();
        obj.remove("anyOf");
        if rest.len() == 1 {
            if let Value::Object(inner) = rest.remove(0) {
                // The surrounding keys (description, default) win over the inner ones.
                for (k, v) in inner {
                    obj.entry(k).or_insert(v);
                }
            }
        } else {
            obj.insert("anyOf".into(), Value::Array(rest));
        }
    }
}

fn collapse_documented_enum(obj: &mut Map<String, Value>) {
    let Some(Value::Array(alternatives)) = obj.get("oneOf") else {
        return;
    };
    let mut values = Vec::new();
    let mut descriptions = Vec::new();
    let mut ty: Option<Value> = None;
    for alternative in alternatives {
        let Value::Object(alt) = alternative else {
            return;
        };
        // Only `{type?, const|enum[one], description?}` alternatives collapse.
        if alt
            .keys()
            .any(|k| !matches!(k.as_str(), "type" | "const" | "enum" | "description"))
        {
            return;
        }
        let value = match (alt.get("const"), alt.get("enum")) {
            (Some(v), None) => v.clone(),
            (None, Some(Value::Array(vs))) if vs.len() == 1 => vs[0].clone(),
            _ => return,
        };
        if let Some(t) = alt.get("type") {
            if ty.as_ref().is_some_and(|known| known != t) {
                return;
            }
            ty = Some(t.clone());
        }
        values.push(value);
        descriptions.push(alt.get("description").cloned().unwrap_or(json!("")));
    }
    obj.remove("oneOf");
    if let Some(t) = ty {
        obj.insert("type".into(), t);
    }
    obj.insert("enum".into(), Value::Array(values));
    if descriptions.iter().any(|d| d != "") {
        obj.insert("x-enum-descriptions".into(), Value::Array(descriptions));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_null_is_stripped_but_nullable_kept() {
        let mut s = json!({"properties": {
            "a": {"type": ["string", "null"]},
            "b": {"type": ["string", "null"], NULLABLE_MARKER: true},
            "c": {"anyOf": [{"$ref": "#/x"}, {"type": "null"}], "description": "d"},
        }});
        let mut problems = Vec::new();
        normalize(&mut s, "T", &mut problems);
        assert_eq!(
            s,
            json!({"properties": {
                "a": {"type": "string"},
                "b": {"type": ["string", "null"]},
                "c": {"description": "d", "$ref": "#/x"},
            }})
        );
        assert!(problems.is_empty());
    }

    #[test]
    fn documented_constants_collapse_into_an_enum() {
        let mut s = json!({"oneOf": [
            {"type": "string", "const": "a", "description": "A"},
            {"type": "string", "const": "b", "description": "B"},
        ]});
        normalize(&mut s, "T", &mut Vec::new());
        assert_eq!(
            s,
            json!({"type": "string", "enum": ["a", "b"], "x-enum-descriptions": ["A", "B"]})
        );
    }

    #[test]
    fn unregistered_formats_are_reported() {
        let mut s = json!({"type": ["integer", "null"], "format": "uint64", "minimum": 0, NULLABLE_MARKER: true});
        let mut problems = Vec::new();
        normalize(&mut s, "T.n", &mut problems);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].at, "T.n");
        assert!(problems[0].what.starts_with("number format `uint64`"));
    }
}
