//! `Output<T>`: RequestId beside an Action's output, on the wire, through the
//! fixture checks' deserializers, and in the schema.

use forgespec_coding::common::Output;
use schemars::{JsonSchema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// An output.
#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
struct Thing {
    /// Its id.
    id: i64,
}

#[test]
fn request_id_travels_beside_the_output() {
    let wire = json!({"Id": 1, "RequestId": "r"});
    let output: Output<Thing> = serde_json::from_value(wire.clone()).expect("reads");
    assert_eq!(output.id, 1);
    assert_eq!(output.request_id, "r");
    assert_eq!(serde_json::to_value(&output).expect("writes"), wire);
    let first: Output<Thing> =
        serde_json::from_value(json!({"RequestId": "r", "Id": 1})).expect("any order");
    assert_eq!(first, output);
}

#[test]
fn a_missing_request_id_or_a_bad_field_is_an_error_with_its_path() {
    let missing = serde_json::from_value::<Output<Thing>>(json!({"Id": 1}));
    assert!(
        missing
            .expect_err("refused")
            .to_string()
            .contains("missing field `RequestId`")
    );
    let text = r#"{"RequestId": "r", "Id": "one"}"#;
    let bad: Result<Output<Thing>, _> =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text));
    assert_eq!(bad.expect_err("refused").path().to_string(), "Id");
}

#[test]
fn unmodelled_keys_are_still_seen() {
    let mut unmodelled = Vec::new();
    let wire = json!({"Id": 1, "Extra": true, "RequestId": "r"});
    let _: Output<Thing> = serde_ignored::deserialize(&wire, |path| {
        unmodelled.push(path.to_string());
    })
    .expect("reads");
    assert_eq!(unmodelled, ["Extra"]);
}

#[test]
fn the_schema_puts_request_id_on_the_output_component() {
    let mut generator = SchemaGenerator::default();
    let reference = Output::<Thing>::json_schema(&mut generator);
    assert!(reference.get("$ref").is_some());
    let thing = generator.definitions().get("Thing").expect("component");
    assert_eq!(thing["required"], json!(["Id", "RequestId"]));
    assert_eq!(thing["properties"]["RequestId"]["type"], "string");
}
