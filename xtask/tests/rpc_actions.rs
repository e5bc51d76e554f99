//! An RPC action in the generated document describes exactly the HTTP request the
//! vendor documents: CODING's `POST https://e.coding.net/open-api?Action=<Name>` with a
//! JSON body carrying `"Action": "<Name>"`. Derived from the generated 3.1 document, the
//! way a client generator reads it.

use serde_json::Value;

/// The request a generated client sends for one operation: method, URL, and the
/// value its body must give `Action`.
fn described_request(doc: &Value, key: &str, method: &str, op: &Value) -> (String, String, String) {
    let server = op["servers"][0]["url"]
        .as_str()
        .or(doc["servers"][0]["url"].as_str())
        .expect("a server URL");
    // A fragment is never sent: the path is what precedes `#`.
    let path = key.split('#').next().expect("a path");
    let action_param = op["parameters"]
        .as_array()
        .and_then(|ps| {
            ps.iter()
                .find(|p| p["name"] == "Action" && p["in"] == "query")
        })
        .expect("an Action query parameter");
    assert_eq!(
        action_param["required"], true,
        "{key}: Action must be required"
    );
    let query_value = action_param["schema"]["const"]
        .as_str()
        .expect("Action pinned with const");
    let body = &op["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(
        op["requestBody"]["required"], true,
        "{key}: the body carries Action, so it is required"
    );
    let body = match body["$ref"].as_str() {
        Some(r) => doc
            .pointer(r.trim_start_matches('#'))
            .expect("the body's component"),
        None => body,
    };
    assert!(
        body["required"]
            .as_array()
            .is_some_and(|r| r.iter().any(|n| n == "Action")),
        "{key}: the body's Action must be required"
    );
    let body_value = body["properties"]["Action"]["const"]
        .as_str()
        .expect("body Action pinned with const");
    (
        format!(
            "{} {server}{path}?Action={query_value}",
            method.to_uppercase()
        ),
        body_value.to_string(),
        query_value.to_string(),
    )
}

#[test]
fn every_action_describes_its_documented_http_request() {
    let root = xtask::workspace_root();
    let outputs = xtask::generate_all(&root).expect("generation succeeds");
    let mut checked = 0;
    for platform in xtask::platforms::all() {
        let api = (platform.api)();
        let declared: Vec<&str> = api.operations.iter().filter_map(|o| o.rpc_action).collect();
        let json = outputs
            .iter()
            .find(|o| o.path == format!("specs/{}/openapi.json", api.id))
            .expect("a generated JSON spec");
        let doc: Value = serde_json::from_str(&json.contents).expect("valid JSON");
        let mut found = Vec::new();
        for (key, item) in doc["paths"].as_object().expect("paths") {
            assert!(
                !key.contains('?'),
                "{key}: a `?` in a path key breaks linters and generators"
            );
            for (method, op) in item.as_object().expect("a path item") {
                let Some(action) = op["x-rpc-action"].as_str() else {
                    continue;
                };
                let (request, body_action, query_action) = described_request(&doc, key, method, op);
                assert_eq!(
                    request,
                    format!("POST https://e.coding.net/open-api?Action={action}")
                );
                assert_eq!(body_action, action);
                assert_eq!(query_action, action);
                assert_eq!(
                    op["operationId"], action,
                    "CODING's operationId is the Action name"
                );
                found.push(action.to_string());
            }
        }
        assert_eq!(
            found.len(),
            declared.len(),
            "{}: every declared action is in the spec",
            api.id
        );
        checked += found.len();
    }
    assert!(checked > 0, "no RPC action was generated");
}
