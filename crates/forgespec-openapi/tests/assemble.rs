//! The assembly on a small synthetic API: RPC actions, parameters, nullability, and
//! the problems it refuses.

use forgespec_core::{
    Action, Api, Endpoint, EndpointRef, Nullable, Operation, Section, SecurityScheme,
    SecuritySchemeKind, Server, endpoint,
};
use forgespec_openapi::{assemble, to_openapi_30};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A thing.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
struct Thing {
    /// May be absent, never null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    absent: Option<String>,
    /// Always present, may be null.
    null: Nullable<i64>,
    /// Either.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    both: Option<Nullable<Kind>>,
}

/// A kind.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Kind {
    /// The first.
    First,
    /// The second.
    Second,
}

/// Do a thing.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
struct DoThingRequest {
    /// 公共参数,本接口取值:DoThing
    action: Action<DoThing>,
    /// A name.
    name: String,
}

/// A request whose `Action` is any string: it cannot route.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
struct UnpinnedRequest {
    /// 公共参数
    action: String,
}

/// Path of a thing.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
struct ThingPath {
    /// The id.
    thing_id: String,
}

/// Query.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
struct ThingQuery {
    /// Optional filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

endpoint! {
    /// Get a thing.
    struct GetThing {
        GET "/things/{thing_id}",
        id: "getThing",
        summary: "Get a thing",
        path: ThingPath,
        query: ThingQuery,
        response: (200, "The thing.", Thing),
    }
}

endpoint! {
    /// Do a thing.
    struct DoThing {
        POST "/open-api",
        action: "DoThing",
        summary: "Do a thing",
        request: DoThingRequest,
        response: (200, "Done.", Thing),
    }
}

endpoint! {
    /// Ping: an Action with no input besides `Action`.
    struct Ping {
        POST "/open-api",
        action: "Ping",
        summary: "Ping",
        response: (200, "Pong.", Thing),
    }
}

const THINGS: Section = Section {
    tag: "things",
    description: "Things.",
    source: "Things",
    endpoints: &[
        EndpointRef::of::<GetThing>(),
        EndpointRef::of::<DoThing>(),
        EndpointRef::of::<Ping>(),
    ],
};

fn api(operations: Vec<Operation>) -> Api {
    Api {
        id: "test",
        title: "Test",
        version: "1",
        description: "A test API.",
        source_document: "nothing",
        servers: vec![Server::new("https://e.example.com", "the endpoint")],
        security_schemes: vec![SecurityScheme {
            name: "token",
            description: "a token",
            kind: SecuritySchemeKind::Http {
                scheme: "bearer",
                bearer_format: None,
            },
        }],
        default_security: vec!["token"],
        tags: vec![THINGS.tag()],
        operations,
        example_types: Vec::new(),
    }
}

fn get_thing() -> Operation {
    THINGS.operation(&EndpointRef::of::<GetThing>())
}

fn do_thing() -> Operation {
    THINGS.operation(&EndpointRef::of::<DoThing>())
}

#[test]
fn a_section_stamps_its_tag_and_source_on_its_endpoints() {
    let operations: Vec<Operation> = THINGS.operations().collect();
    assert_eq!(operations.len(), 3);
    assert!(
        operations
            .iter()
            .all(|op| op.tag == "things" && op.source == "Things")
    );
    assert_eq!(operations[0].id, GetThing::METADATA.operation_id);
    assert_eq!(operations[1].rpc_action, Some("DoThing"));
}

#[test]
fn an_action_request_carries_its_own_action() {
    let json = serde_json::to_value(DoThingRequest {
        action: Action::new(),
        name: "x".into(),
    })
    .expect("serializes");
    assert_eq!(json, json!({"Action": "DoThing", "Name": "x"}));
    let wrong = serde_json::from_value::<DoThingRequest>(json!({"Action": "Other", "Name": "x"}));
    let message = wrong.expect_err("another Action is refused").to_string();
    assert!(message.contains("the Action `DoThing`"), "{message}");
}

#[test]
fn an_action_without_inputs_gets_an_inline_body_pinning_its_action() {
    let doc = assemble(&api(THINGS.operations().collect()), &[]).expect("assembles");
    let body = &doc["paths"]["/open-api#Action=Ping"]["post"]["requestBody"];
    assert_eq!(body["required"], true);
    assert_eq!(
        body["content"]["application/json"]["schema"],
        json!({"type": "object", "required": ["Action"], "properties": {"Action": {
            "type": "string", "description": "公共参数,本接口取值:Ping", "const": "Ping", "default": "Ping"}}})
    );
}

#[test]
fn an_action_whose_request_does_not_pin_it_is_refused() {
    let unpinned = Operation::post("Loose", "/open-api")
        .tag("things")
        .rpc_action("Loose")
        .request::<UnpinnedRequest>()
        .response::<Thing>(200, "x");
    let problems = assemble(&api(vec![unpinned]), &[]).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].at, "Loose");
    assert!(
        problems[0]
            .what
            .starts_with("the request of action Loose must require `Action` pinned to `Loose`"),
        "{problems:?}"
    );
}

#[test]
fn rpc_actions_get_a_fragment_key_a_pinned_query_and_a_pinned_body() {
    let doc = assemble(&api(vec![do_thing()]), &[]).expect("assembles");
    let op = &doc["paths"]["/open-api#Action=DoThing"]["post"];
    assert_eq!(op["x-rpc-action"], "DoThing");
    assert_eq!(
        op["parameters"][0],
        json!({"name": "Action", "in": "query", "description": "接口名称。本接口取值: `DoThing`。",
               "required": true, "schema": {"type": "string", "const": "DoThing", "default": "DoThing"}})
    );
    let request = &doc["components"]["schemas"]["DoThingRequest"];
    assert_eq!(request["properties"]["Action"]["const"], "DoThing");
    assert_eq!(request["required"][0], "Action");
}

#[test]
fn parameters_come_from_struct_fields() {
    let doc = assemble(&api(vec![get_thing()]), &[]).expect("assembles");
    let params = doc["paths"]["/things/{thing_id}"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    assert_eq!(
        params[0],
        json!({"name": "thing_id", "in": "path", "description": "The id.", "required": true, "schema": {"type": "string"}})
    );
    assert_eq!(
        params[1],
        json!({"name": "name", "in": "query", "description": "Optional filter.", "required": false, "schema": {"type": "string"}})
    );
}

#[test]
fn absent_and_null_stay_two_facts_in_both_versions() {
    let doc = assemble(&api(vec![get_thing()]), &[]).expect("assembles");
    let thing = &doc["components"]["schemas"]["Thing"];
    assert_eq!(
        thing["properties"]["absent"],
        json!({"type": "string", "description": "May be absent, never null."})
    );
    assert_eq!(
        thing["properties"]["null"]["type"],
        json!(["integer", "null"])
    );
    let both = &thing["properties"]["both"]["anyOf"];
    assert_eq!(both[0]["$ref"], "#/components/schemas/Kind");
    assert_eq!(both[1], json!({"type": "null"}));
    assert_eq!(thing["required"], json!(["null"]));
    assert_eq!(
        doc["components"]["schemas"]["Kind"],
        json!({"description": "A kind.", "type": "string", "enum": ["first", "second"], "x-enum-descriptions": ["The first.", "The second."]})
    );

    let doc30 = to_openapi_30(&doc);
    let thing = &doc30["components"]["schemas"]["Thing"];
    assert_eq!(
        thing["properties"]["null"],
        json!({"type": "integer", "nullable": true, "format": "int64", "description": "Always present, may be null."})
    );
    assert_eq!(
        thing["properties"]["both"]["anyOf"],
        json!([{"$ref": "#/components/schemas/Kind"}, {"type": "string", "nullable": true, "enum": [null]}])
    );
}

#[test]
fn inconsistent_declarations_are_refused_with_reasons() {
    let bad_path = Operation::get("getOther", "/things/{other_id}")
        .tag("things")
        .path_params::<ThingPath>()
        .response::<Thing>(200, "x");
    let untagged = Operation::get("listThings", "/things")
        .tag("nowhere")
        .response::<Thing>(200, "x");
    let problems = assemble(
        &api(vec![get_thing(), get_thing(), bad_path, untagged]),
        &[],
    )
    .expect_err("refused");
    let has = |at: &str, what: &str| {
        problems
            .iter()
            .any(|p| p.at == at && p.what.starts_with(what))
    };
    assert!(
        has("getThing", "the operationId is declared twice"),
        "{problems:?}"
    );
    assert!(has("getOther", "path placeholders"), "{problems:?}");
    assert!(
        has("listThings", "tag `nowhere` is not declared"),
        "{problems:?}"
    );
}

#[test]
fn component_keys_are_pascal_case() {
    use forgespec_openapi::component_key;
    assert_eq!(component_key("ScmProduct"), "ScmProduct");
    assert_eq!(component_key("stringEnvelope"), "StringEnvelope");
    assert_eq!(
        component_key("Array_of_CommitInfoEnvelope"),
        "ArrayOfCommitInfoEnvelope"
    );
    assert_eq!(component_key("int64Envelope"), "Int64Envelope");
}
