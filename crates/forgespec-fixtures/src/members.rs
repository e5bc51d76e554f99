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

/// Replaces one member of `value` with `with`: the `nth` of [`member_pointers`],
/// counted round (so any number picks one). A value without members is left as is.
pub fn replace_member(value: &mut Value, nth: usize, with: &Value) {
    let pointers = member_pointers(value);
    if pointers.is_empty() {
        return;
    }
    if let Some(member) = value.pointer_mut(&pointers[nth % pointers.len()]) {
        *member = with.clone();
    }
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

    #[test]
    fn replacing_the_nth_member_counts_round() {
        let mut value = json!({"a": {"b": 1}, "c": 2});
        replace_member(&mut value, 1, &json!("x"));
        assert_eq!(value, json!({"a": {"b": "x"}, "c": 2}));
        replace_member(&mut value, 5, &json!(null));
        assert_eq!(value, json!({"a": {"b": "x"}, "c": null}));
        let mut scalar = json!(3);
        replace_member(&mut scalar, 0, &json!(4));
        assert_eq!(scalar, json!(3));
    }
}
