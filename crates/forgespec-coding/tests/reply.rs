//! `Output<T>`: RequestId beside an Action's output, and `Reply<T>`: the output or
//! the error reply, on the wire, through the fixture checks' deserializers, and in
//! the schema.

use forgespec_coding::common::{ApiError, Envelope, ErrorCode, ErrorResponse, Output, Reply};
use schemars::{JsonSchema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// An output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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

// ---------------------------------------------------------------- Reply<T>: output or error

/// An output with something nested, to see where a deep error is reported.
#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
struct Deep {
    /// Its items.
    items: Vec<Item>,
}

/// One item.
#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
struct Item {
    /// A number.
    n: i64,
}

/// An output with no field of its own, whose schema an error reply also satisfies
/// (RequestIdResponse is one).
#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Nothing {}

/// Reads `text` as `T` the way the fixture checks do (paths of errors and of
/// unmodelled keys), returning the value and the unmodelled paths.
fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<(T, Vec<String>), String> {
    let mut unmodelled = Vec::new();
    let mut record = |path: serde_ignored::Path<'_>| unmodelled.push(path.to_string());
    let mut json = serde_json::Deserializer::from_str(text);
    let ignoring = serde_ignored::Deserializer::new(&mut json, &mut record);
    let value = serde_path_to_error::deserialize(ignoring)
        .map_err(|e| format!("at {}: {}", e.path(), e.inner()))?;
    Ok((value, unmodelled))
}

const ERROR_REPLY: &str = r#"{"Response": {"RequestId": "r", "Error": {"Message": "m", "Code": "InvalidParameterValue"}}}"#;

#[test]
fn an_error_reply_reads_as_the_error_branch_and_writes_back() {
    let (reply, unmodelled) = read::<Envelope<Reply<Thing>>>(ERROR_REPLY).expect("reads");
    assert!(unmodelled.is_empty(), "{unmodelled:?}");
    let reply = reply.response;
    assert!(reply.is_error());
    assert_eq!(reply.request_id(), "r");
    assert!(reply.output().is_none());
    let expected = ErrorResponse {
        error: ApiError {
            code: ErrorCode::InvalidParameterValue,
            message: "m".into(),
        },
        request_id: "r".into(),
    };
    assert_eq!(reply.error(), Some(&expected));
    let wire: serde_json::Value = serde_json::from_str(ERROR_REPLY).expect("json");
    assert_eq!(
        serde_json::to_value(Envelope { response: &reply }).expect("writes"),
        wire
    );
    // Error before RequestId is the same reply.
    let error_first: Reply<Thing> = serde_json::from_value(
        json!({"Error": {"Code": "InvalidParameterValue", "Message": "m"}, "RequestId": "r"}),
    )
    .expect("reads");
    assert_eq!(error_first, reply);
    assert_eq!(reply.into_result(), Err(expected));
}

#[test]
fn an_output_reads_as_the_output_branch_and_writes_back() {
    let wire = json!({"Id": 7, "RequestId": "r"});
    let reply: Reply<Thing> = serde_json::from_value(wire.clone()).expect("reads");
    assert!(!reply.is_error());
    assert_eq!(reply.request_id(), "r");
    assert!(reply.error().is_none());
    assert_eq!(reply.output().map(|o| o.id), Some(7));
    assert_eq!(serde_json::to_value(&reply).expect("writes"), wire);
    let output = reply.into_result().expect("the output");
    assert_eq!(
        output,
        Output {
            output: Thing { id: 7 },
            request_id: "r".into()
        }
    );
    // An output with no parameters of its own is the RequestId alone.
    let bare: Reply<Nothing> = serde_json::from_value(json!({"RequestId": "r"})).expect("reads");
    assert_eq!(bare.as_result().map(|o| o.request_id.as_str()), Ok("r"));
}

#[test]
fn an_error_reply_is_not_taken_for_an_output_that_would_accept_it() {
    // Nothing's schema accepts this object too; the `Error` key decides.
    let reply: Reply<Nothing> = serde_json::from_value(
        json!({"RequestId": "r", "Error": {"Code": "AuthFailure", "Message": "m"}}),
    )
    .expect("reads");
    assert_eq!(
        reply.error().map(|e| &e.error.code),
        Some(&ErrorCode::AuthFailure)
    );
}

#[test]
fn debug_is_the_held_branch_s_own() {
    let output = Output {
        output: Thing { id: 1 },
        request_id: "r".into(),
    };
    let error = ErrorResponse {
        error: ApiError {
            code: ErrorCode::FailedOperation,
            message: "m".into(),
        },
        request_id: "r".into(),
    };
    // `{:#?}` is what the snapshots hold.
    assert_eq!(
        format!("{:#?}", Reply::from(output.clone())),
        format!("{output:#?}")
    );
    assert_eq!(
        format!("{:#?}", Reply::<Thing>::from(error.clone())),
        format!("{error:#?}")
    );
}

#[test]
fn an_unknown_code_is_kept_as_sent() {
    let text = r#"{"RequestId": "r", "Error": {"Code": "InvalidParameterValue.EmailNotFoundAccount", "Message": "m"}}"#;
    let reply: Reply<Thing> = serde_json::from_str(text).expect("reads");
    let error = reply.error().expect("an error reply");
    assert_eq!(
        error.error.code,
        ErrorCode::Other("InvalidParameterValue.EmailNotFoundAccount".into())
    );
    assert!(!error.error.code.is_documented());
    assert_eq!(
        serde_json::to_value(&reply).expect("writes"),
        serde_json::from_str::<serde_json::Value>(text).expect("json")
    );
    assert_eq!(
        error.to_string(),
        "InvalidParameterValue.EmailNotFoundAccount: m (RequestId r)"
    );
}

#[test]
fn every_documented_code_is_its_own_variant_both_ways() {
    assert_eq!(ErrorCode::DOCUMENTED.len(), 18);
    for &code in ErrorCode::DOCUMENTED {
        let read: ErrorCode = serde_json::from_value(json!(code)).expect("reads");
        assert!(read.is_documented(), "{code} read as {read:?}");
        assert_eq!(read.as_str(), code);
        assert_eq!(serde_json::to_value(&read).expect("writes"), json!(code));
        assert_eq!(code.parse::<ErrorCode>(), Ok(read.clone()));
        assert_eq!(ErrorCode::from(code.to_string()), read);
    }
    // Codes are case-sensitive strings: a different spelling is another code.
    assert_eq!(
        ErrorCode::from("invalidparameter"),
        ErrorCode::Other("invalidparameter".into())
    );
}

#[test]
fn a_wrong_type_deep_in_the_output_is_reported_at_its_path() {
    let text = r#"{"Response": {"RequestId": "r", "Items": [{"N": 1}, {"N": "two"}]}}"#;
    let error = read::<Envelope<Reply<Deep>>>(text).expect_err("refused");
    assert!(
        error.starts_with("at Response.Items[1].N: invalid type: string \"two\""),
        "{error}"
    );
    // And in the error reply, at its path too.
    let text = r#"{"Response": {"Error": {"Code": 1, "Message": "m"}, "RequestId": "r"}}"#;
    let error = read::<Envelope<Reply<Deep>>>(text).expect_err("refused");
    assert!(
        error.starts_with("at Response.Error.Code: invalid type: integer `1`"),
        "{error}"
    );
}

#[test]
fn unmodelled_keys_of_either_branch_are_still_seen() {
    let (_, unmodelled) =
        read::<Envelope<Reply<Thing>>>(r#"{"Response": {"Id": 1, "Extra": 2, "RequestId": "r"}}"#)
            .expect("reads");
    assert_eq!(unmodelled, ["Response.Extra"]);
    let (reply, unmodelled) = read::<Envelope<Reply<Thing>>>(
        r#"{"Response": {"Error": {"Code": "InternalError", "Message": "m", "Hint": "h"}, "Extra": 2, "RequestId": "r"}}"#,
    )
    .expect("reads");
    assert!(reply.response.is_error());
    assert_eq!(unmodelled, ["Response.Error.Hint", "Response.Extra"]);
}

#[test]
fn a_reply_missing_its_request_id_or_mixing_output_and_error_is_refused() {
    let missing = serde_json::from_value::<Reply<Thing>>(
        json!({"Error": {"Code": "InternalError", "Message": "m"}}),
    );
    assert!(
        missing
            .expect_err("refused")
            .to_string()
            .contains("missing field `RequestId`")
    );
    let missing = serde_json::from_value::<Reply<Thing>>(json!({"Id": 1}));
    assert!(
        missing
            .expect_err("refused")
            .to_string()
            .contains("missing field `RequestId`")
    );
    // Output parameters first, then Error: the output has been read by then, and the
    // object is neither reply.
    let mixed = serde_json::from_value::<Reply<Thing>>(
        json!({"Id": 1, "Error": {"Code": "InternalError", "Message": "m"}, "RequestId": "r"}),
    );
    assert!(
        mixed
            .expect_err("refused")
            .to_string()
            .contains("`Error` after output parameters"),
    );
}

#[test]
fn the_reply_schema_is_the_error_or_the_output() {
    let mut generator = SchemaGenerator::default();
    let schema = Reply::<Thing>::json_schema(&mut generator);
    let alternatives = schema.get("anyOf").expect("anyOf");
    let refs: Vec<&str> = alternatives
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|a| a["$ref"].as_str())
        .collect();
    assert_eq!(
        refs,
        ["#/$defs/ErrorResponse", "#/$defs/Thing"],
        "{schema:?}"
    );
    assert_eq!(
        generator.definitions()["Thing"]["required"],
        json!(["Id", "RequestId"])
    );
    let code = &generator.definitions()["ErrorCode"];
    assert_eq!(code["type"], "string");
    assert!(code.get("enum").is_none(), "the code stays open: {code}");
    assert_eq!(code["examples"], json!(ErrorCode::DOCUMENTED));
}

#[test]
fn every_action_s_reply_schema_accepts_an_error_reply() {
    // The generated 3.1 document (kept equal to the code by `gen-specs --check`), so
    // that this checks what a validator or a generator reads.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../specs/coding/openapi.json"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the spec")).expect("json");
    let schemas = forgespec_testkit::SpecSchemas::new(&doc).expect("registers");
    // A code the export does not list, as the open ErrorCode must accept.
    let error = json!({"Response": {"RequestId": "r", "Error": {
        "Code": "InvalidParameterValue.EmailNotFoundAccount", "Message": "m"}}});
    let not_a_reply = json!({"Response": {"Error": {"Code": "InternalError"}}});
    let mut actions = 0;
    for (key, item) in doc["paths"].as_object().expect("paths") {
        let Some(post) = item
            .get("post")
            .filter(|op| op.get("x-rpc-action").is_some())
        else {
            continue;
        };
        actions += 1;
        let pointer = format!(
            "/paths/{}/post/responses/200/content/application~1json/schema",
            key.replace('~', "~0").replace('/', "~1")
        );
        let problems = schemas.validate(&pointer, &error);
        assert!(problems.is_empty(), "{}: {problems:?}", post["operationId"]);
        // An error without its RequestId and Message is neither branch.
        assert!(
            !schemas.validate(&pointer, &not_a_reply).is_empty(),
            "{} accepts {not_a_reply}",
            post["operationId"]
        );
    }
    let declared = forgespec_coding::api()
        .operations
        .iter()
        .filter(|op| op.rpc_action.is_some())
        .count();
    assert_eq!(actions, declared);
}
