//! Derives the OpenAPI 3.0.3 document from the canonical 3.1.0 one.
//!
//! 3.0's Schema Object is a JSON Schema dialect of its own: `nullable` instead of a
//! `null` type, no `const`, a single `example`, and `$ref` with no siblings.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

type Types = BTreeMap<String, String>;

/// Rewrites a 3.1.0 document as 3.0.3.
pub fn to_openapi_30(doc: &Value) -> Value {
    let mut doc = doc.clone();
    // The JSON type of each component, so a nullable `$ref` can state its type
    // beside `nullable` (3.0 gives `nullable` meaning only next to a `type`).
    let types: Types = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .filter_map(|(name, s)| {
                    Some((
                        format!("#/components/schemas/{name}"),
                        s.get("type")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let types = &types;
    if let Value::Object(root) = &mut doc {
        root.insert("openapi".into(), json!("3.0.3"));
        if let Some(Value::Object(schemas)) = root
            .get_mut("components")
            .and_then(|c| c.get_mut("schemas"))
        {
            for schema in schemas.values_mut() {
                downgrade_schema(schema, types);
            }
        }
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for item in paths.values_mut() {
                let Value::Object(item) = item else { continue };
                for op in item.values_mut() {
                    downgrade_operation(op, types);
                }
            }
        }
    }
    doc
}

fn downgrade_operation(op: &mut Value, types: &Types) {
    if let Some(Value::Array(params)) = op.get_mut("parameters") {
        for p in params {
            if let Some(schema) = p.get_mut("schema") {
                downgrade_schema(schema, types);
            }
        }
    }
    let Value::Object(op) = op else { return };
    for (key, value) in op.iter_mut() {
        match key.as_str() {
            "requestBody" => downgrade_content(value, types),
            "responses" => {
                if let Value::Object(responses) = value {
                    responses
                        .values_mut()
                        .for_each(|r| downgrade_content(r, types));
                }
            }
            _ => {}
        }
    }
}

fn downgrade_content(holder: &mut Value, types: &Types) {
    if let Some(Value::Object(content)) = holder.get_mut("content") {
        for media in content.values_mut() {
            if let Some(schema) = media.get_mut("schema") {
                downgrade_schema(schema, types);
            }
        }
    }
}

/// Rewrites one schema (recursively) into the 3.0 dialect.
pub fn downgrade_schema(schema: &mut Value, types: &Types) {
    match schema {
        Value::Bool(true) => {
            *schema = json!({});
            return;
        }
        Value::Bool(false) => {
            *schema = json!({ "not": {} });
            return;
        }
        Value::Object(_) => {}
        _ => return,
    }
    let Value::Object(obj) = schema else { return };
    for key in ["properties", "patternProperties"] {
        if let Some(Value::Object(map)) = obj.get_mut(key) {
            for sub in map.values_mut() {
                downgrade_schema(sub, types);
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(sub) = obj.get_mut(key)
            && !sub.is_boolean()
        {
            downgrade_schema(sub, types);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(subs)) = obj.get_mut(key) {
            for sub in subs {
                downgrade_schema(sub, types);
            }
        }
    }

    // `type: [X, "null"]` → `type: X, nullable: true`
    if let Some(Value::Array(types)) = obj.get("type").cloned() {
        let non_null: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        let had_null = non_null.len() != types.len();
        match non_null.len() {
            0 => {
                obj.remove("type");
            }
            1 => {
                obj.insert("type".into(), non_null[0].clone());
            }
            _ => {
                obj.remove("type");
                let alternatives = non_null.into_iter().map(|t| json!({ "type": t })).collect();
                obj.insert("anyOf".into(), Value::Array(alternatives));
            }
        }
        if had_null {
            obj.insert("nullable".into(), json!(true));
        }
    }
    // `anyOf: [S, {type: null}]`: a plain S takes `nullable: true`; a `$ref` (which
    // 3.0 cannot make nullable: `nullable` does not reach into `allOf`) becomes a
    // choice between the reference and a null-only branch.
    if let Some(Value::Array(alternatives)) = obj.get("anyOf").cloned() {
        let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
        if alternatives.iter().any(is_null) {
            let rest: Vec<Value> = alternatives.into_iter().filter(|v| !is_null(v)).collect();
            obj.remove("anyOf");
            match <[Value; 1]>::try_from(rest) {
                Ok([Value::Object(inner)]) if !inner.contains_key("$ref") => {
                    obj.insert("nullable".into(), json!(true));
                    for (k, v) in inner {
                        obj.entry(k).or_insert(v);
                    }
                }
                Ok([only]) => {
                    let ty = only
                        .get("$ref")
                        .and_then(Value::as_str)
                        .and_then(|r| types.get(r));
                    obj.insert(
                        "anyOf".into(),
                        json!([only, null_branch(ty.map(String::as_str))]),
                    );
                }
                Err(mut rest) => {
                    rest.push(null_branch(None));
                    obj.insert("anyOf".into(), Value::Array(rest));
                }
            }
        }
    }
    if let Some(value) = obj.remove("const") {
        obj.insert("enum".into(), json!([value]));
    }
    if let Some(Value::Array(values)) = obj.get("enum")
        && values.iter().any(Value::is_null)
    {
        obj.insert("nullable".into(), json!(true));
    }
    if let Some(Value::Array(examples)) = obj.remove("examples")
        && let Some(first) = examples.into_iter().next()
    {
        obj.insert("example".into(), first);
    }
    // In 3.0 a `$ref` replaces its whole object: keep the siblings beside an `allOf`.
    if obj.contains_key("$ref") && obj.len() > 1 {
        let reference = obj.remove("$ref").unwrap_or(Value::Null);
        let mut all_of = vec![json!({ "$ref": reference })];
        if let Some(Value::Array(more)) = obj.remove("allOf") {
            all_of.extend(more);
        }
        obj.insert("allOf".into(), Value::Array(all_of));
    }
    // 3.0 gives `nullable` meaning only beside a `type`.
    if obj.get("nullable") == Some(&json!(true)) && !obj.contains_key("type") {
        obj.remove("nullable");
        let composition = ["anyOf", "oneOf"]
            .into_iter()
            .find(|k| obj.contains_key(*k));
        if let Some(Value::Array(alternatives)) = composition.and_then(|k| obj.get_mut(k)) {
            alternatives.push(null_branch(None));
        }
        // Otherwise the schema has no type at all and already admits null.
    }
    sort_like_31(obj);
}

/// A branch that admits only `null` (3.0 has no null type).
fn null_branch(ty: Option<&str>) -> Value {
    json!({ "type": ty.unwrap_or("object"), "nullable": true, "enum": [null] })
}

/// Keeps `nullable` right after `type` so a reader sees them together.
fn sort_like_31(obj: &mut Map<String, Value>) {
    if let Some(n) = obj.remove("nullable") {
        let entries: Vec<(String, Value)> = std::mem::take(obj).into_iter().collect();
        let mut placed = false;
        for (k, v) in entries {
            let is_type = k == "type" || k == "allOf";
            obj.insert(k, v);
            if is_type && !placed {
                obj.insert("nullable".into(), n.clone());
                placed = true;
            }
        }
        if !placed {
            obj.insert("nullable".into(), n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_and_const_become_30_keywords() {
        let mut s = json!({"properties": {
            "a": {"type": ["string", "null"]},
            "b": {"anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}], "description": "d"},
            "c": {"type": "string", "const": "X"},
            "d": {"$ref": "#/components/schemas/X", "description": "d"},
        }, "examples": [{"a": "1"}]});
        let types = BTreeMap::from([("#/components/schemas/X".to_string(), "object".to_string())]);
        downgrade_schema(&mut s, &types);
        assert_eq!(
            s,
            json!({"properties": {
                "a": {"type": "string", "nullable": true},
                "b": {"description": "d", "anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "object", "nullable": true, "enum": [null]}]},
                "c": {"type": "string", "enum": ["X"]},
                "d": {"description": "d", "allOf": [{"$ref": "#/components/schemas/X"}]},
            }, "example": {"a": "1"}})
        );
    }
}
