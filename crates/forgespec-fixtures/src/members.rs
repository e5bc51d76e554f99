//! The members of a fixture's value, for the tests that break a documented example
//! member by member and expect each break reported where it is.

use serde_json::Value;

/// The JSON pointer of every member (object member or array item) of `value`, at
/// every depth, in document order: a member before the members inside it.
pub fn member_pointers(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    collect(value, "", &mut out);
    out
}

fn collect(value: &Value, at: &str, out: &mut Vec<String>) {
    let children: Vec<(String, &Value)> = match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| (k.replace('~', "~0").replace('/', "~1"), v))
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => Vec::new(),
    };
    for (token, child) in children {
        let pointer = format!("{at}/{token}");
        out.push(pointer.clone());
        collect(child, &pointer, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_member_in_document_order_with_escaped_names() {
        let value = json!({"a": {"b/c": [1, {"~d": null}]}, "e": 2});
        assert_eq!(
            member_pointers(&value),
            [
                "/a",
                "/a/b~1c",
                "/a/b~1c/0",
                "/a/b~1c/1",
                "/a/b~1c/1/~0d",
                "/e"
            ]
        );
        for pointer in member_pointers(&value) {
            assert!(value.pointer(&pointer).is_some(), "{pointer}");
        }
        assert!(member_pointers(&json!("x")).is_empty());
    }
}
