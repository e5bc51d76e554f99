//! Parameters arrive as text; their schemas speak of integers, booleans and arrays.
//! A value is read as the first type its schema allows that it parses as, and then
//! validated like any other, so `?PageSize=ten` fails `type: integer` at `/PageSize`.

use serde_json::{Number, Value};

use crate::model::resolve;

/// The JSON value of a parameter's text under its schema.
pub(crate) fn coerce(doc: &Value, schema: Option<&Value>, values: &[&str], explode: bool) -> Value {
    let Some(schema) = schema.map(|s| resolve(doc, s)) else {
        return Value::String(values.first().copied().unwrap_or_default().to_string());
    };
    let types = types(doc, schema);
    if types.iter().any(|t| t == "array") {
        let items = array_items(doc, schema);
        let parts: Vec<&str> = if explode || values.len() > 1 {
            values.to_vec()
        } else {
            values
                .first()
                .map(|v| v.split(',').collect())
                .unwrap_or_default()
        };
        return Value::Array(
            parts
                .iter()
                .map(|p| coerce(doc, items, &[p], true))
                .collect(),
        );
    }
    scalar(values.first().copied().unwrap_or_default(), &types)
}

/// The scalar value of `text` under the first type that reads it.
fn scalar(text: &str, types: &[String]) -> Value {
    for t in types {
        match t.as_str() {
            "integer" => {
                if let Ok(i) = text.parse::<i64>() {
                    return Value::Number(i.into());
                }
                if let Ok(u) = text.parse::<u64>() {
                    return Value::Number(u.into());
                }
            }
            "number" => {
                if let Ok(i) = text.parse::<i64>() {
                    return Value::Number(i.into());
                }
                if let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64) {
                    return Value::Number(n);
                }
            }
            "boolean" => match text {
                "true" => return Value::Bool(true),
                "false" => return Value::Bool(false),
                _ => {}
            },
            "null" if text.is_empty() => return Value::Null,
            _ => {}
        }
    }
    Value::String(text.to_string())
}

/// The JSON types a schema allows, strings first only if the schema says so.
fn types(doc: &Value, schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    collect_types(doc, schema, &mut out, 0);
    if out.is_empty() {
        out.push("string".to_string());
    }
    out
}

fn collect_types(doc: &Value, schema: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > 8 {
        return;
    }
    let schema = resolve(doc, schema);
    match schema.get("type") {
        Some(Value::String(t)) => out.push(t.clone()),
        Some(Value::Array(list)) => {
            out.extend(list.iter().filter_map(Value::as_str).map(str::to_string))
        }
        _ => {}
    }
    for value in schema.get("const").into_iter().chain(
        schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten(),
    ) {
        out.push(
            match value {
                Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
                Value::Number(_) => "number",
                Value::Bool(_) => "boolean",
                Value::Null => "null",
                _ => "string",
            }
            .to_string(),
        );
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            collect_types(doc, branch, out, depth + 1);
        }
    }
}

fn array_items<'a>(doc: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    if let Some(items) = schema.get("items") {
        return Some(items);
    }
    ["anyOf", "oneOf"].iter().find_map(|key| {
        schema
            .get(*key)?
            .as_array()?
            .iter()
            .map(|b| resolve(doc, b))
            .find_map(|b| b.get("items"))
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::coerce;

    #[test]
    fn text_becomes_the_type_the_schema_allows() {
        let doc = json!({});
        let int = json!({"type": "integer", "format": "int64"});
        assert_eq!(
            coerce(&doc, Some(&int), &["9007199254740993"], true),
            json!(9007199254740993_i64)
        );
        assert_eq!(coerce(&doc, Some(&int), &["ten"], true), json!("ten"));
        let flag = json!({"type": "boolean"});
        assert_eq!(coerce(&doc, Some(&flag), &["true"], true), json!(true));
        let list = json!({"type": "array", "items": {"type": "integer"}});
        assert_eq!(coerce(&doc, Some(&list), &["1", "2"], true), json!([1, 2]));
        assert_eq!(coerce(&doc, Some(&list), &["1,2"], false), json!([1, 2]));
        let either = json!({"anyOf": [{"type": "integer"}, {"type": "string"}]});
        assert_eq!(coerce(&doc, Some(&either), &["7"], true), json!(7));
        assert_eq!(coerce(&doc, Some(&either), &["x"], true), json!("x"));
    }
}
