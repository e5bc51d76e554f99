//! Every endpoint type against the generated document: its metadata and its
//! associated types must be the ones the document's operation uses.
//!
//! The facts are read from the types themselves ([`EndpointRef::types`] calls the
//! associated types' own schema functions), and the document is the assembled one,
//! so a declaration that the assembly drops, renames or misplaces is caught here.

use std::collections::BTreeSet;

use forgespec_core::{Body, EndpointRef, Metadata, Params, ResponseBody, Section, Security};
use forgespec_openapi::{component_key, operation_pointer, pointer_segment};
use schemars::SchemaGenerator;
use serde_json::{Value, json};

/// Every disagreement between the sections' endpoint types and `doc`.
pub fn check(sections: &[&Section], doc: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut generator = SchemaGenerator::default();
    for section in sections {
        for endpoint in section.endpoints {
            let metadata = (endpoint.metadata)();
            if !seen.insert(metadata.operation_id) {
                problems.push(format!(
                    "{}: listed twice in the sections",
                    (endpoint.type_name)()
                ));
            }
            problems.extend(
                check_one(section, endpoint, &metadata, doc, &mut generator)
                    .into_iter()
                    .map(|p| {
                        format!(
                            "{} ({}): {p}",
                            metadata.operation_id,
                            (endpoint.type_name)()
                        )
                    }),
            );
        }
    }
    let documented = doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .filter_map(|op| op["operationId"].as_str())
        .filter(|id| !seen.contains(id))
        .map(|id| format!("{id}: in the document but no endpoint type declares it"));
    problems.extend(documented);
    problems
}

fn check_one(
    section: &Section,
    endpoint: &EndpointRef,
    m: &Metadata,
    doc: &Value,
    generator: &mut SchemaGenerator,
) -> Vec<String> {
    // Where an operation lives is decided once, in forgespec-openapi.
    let pointer = operation_pointer(&(endpoint.operation)());
    let Some(op) = doc.pointer(&pointer) else {
        return vec![format!("no operation at {pointer}")];
    };
    let mut problems = Vec::new();
    let mut expect = |what: &str, found: &Value, wanted: Value| {
        if *found != wanted {
            problems.push(format!(
                "{what}: the document has {found}, the type says {wanted}"
            ));
        }
    };
    expect("operationId", &op["operationId"], json!(m.operation_id));
    expect("summary", &op["summary"], json!(m.summary));
    expect("tag", &op["tags"], json!([section.tag]));
    expect(
        "x-rpc-action",
        &op["x-rpc-action"],
        m.rpc_action.map_or(Value::Null, |a| json!(a)),
    );
    expect(
        "deprecated",
        &op["deprecated"],
        if m.deprecated {
            json!(true)
        } else {
            Value::Null
        },
    );
    let security = match m.security {
        Security::Required => None,
        Security::Optional => Some("optional (an empty alternative)"),
        Security::None => Some("none"),
    };
    let found_security = match op.get("security").and_then(Value::as_array) {
        None => None,
        Some(list) if list.is_empty() => Some("none"),
        Some(list) if list.contains(&json!({})) => Some("optional (an empty alternative)"),
        Some(_) => Some("required"),
    };
    if security != found_security {
        problems.push(format!(
            "security: the document has {found_security:?}, the type says {security:?}"
        ));
    }

    let types = (endpoint.types)();
    for (location, params) in [
        ("path", types.path),
        ("query", types.query),
        ("header", types.headers),
    ] {
        let wanted = params
            .map(|p| param_names(p, generator))
            .unwrap_or_default();
        let found: BTreeSet<String> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| {
                p["in"] == location
                    && !(location == "query" && p["name"] == "Action" && m.rpc_action.is_some())
            })
            .filter_map(|p| p["name"].as_str().map(str::to_string))
            .collect();
        if wanted != found {
            problems.push(format!(
                "{location} parameters: the document has {found:?}, the type's fields are {wanted:?}"
            ));
        }
    }

    let request_schema = op.pointer("/requestBody/content/application~1json/schema");
    match (types.request, request_schema) {
        (None, None) => {}
        (Some(body), Some(schema)) => {
            if let Some(problem) = body_problem("request", body, schema, generator) {
                problems.push(problem);
            }
        }
        (Some(body), None) => problems.push(format!(
            "request: the type is {}, the document has no JSON body",
            body.type_name
        )),
        (None, Some(_)) => {
            problems.push("request: the type has none, the document has a JSON body".into())
        }
    }

    let status = m.response.status.to_string();
    let Some(response) = op["responses"].get(&status) else {
        problems.push(format!("response {status}: not in the document"));
        return problems;
    };
    match types.response {
        ResponseBody::Empty => {
            if response.get("content").is_some() {
                problems.push(format!(
                    "response {status}: the type has no body, the document has one"
                ));
            }
        }
        ResponseBody::Raw { content_type } => {
            if response
                .pointer(&format!("/content/{}", pointer_segment(content_type)))
                .is_none()
            {
                problems.push(format!(
                    "response {status}: no `{content_type}` body in the document"
                ));
            }
        }
        ResponseBody::Json(body) => match response.pointer("/content/application~1json/schema") {
            Some(schema) => {
                if let Some(problem) =
                    body_problem(&format!("response {status}"), body, schema, generator)
                {
                    problems.push(problem);
                }
            }
            None => problems.push(format!(
                "response {status}: the type is {}, the document has no JSON body",
                body.type_name
            )),
        },
    }
    problems
}

/// The names of the fields of a parameters struct, as its schema gives them.
fn param_names(params: Params, generator: &mut SchemaGenerator) -> BTreeSet<String> {
    (params.schema)(generator)
        .get("properties")
        .and_then(Value::as_object)
        .map(|props| props.keys().cloned().collect())
        .unwrap_or_default()
}

/// A named body type must be the component the document references; an inline one
/// (a list, an Action-only body) must have the same type as the document's schema.
fn body_problem(
    what: &str,
    body: Body,
    schema: &Value,
    generator: &mut SchemaGenerator,
) -> Option<String> {
    let generated = (body.schema)(generator);
    match generated.get("$ref").and_then(Value::as_str) {
        Some(_) => {
            let wanted = format!(
                "#/components/schemas/{}",
                component_key(&(body.component_name)())
            );
            let found = schema.get("$ref").and_then(Value::as_str);
            (found != Some(wanted.as_str())).then(|| {
                format!(
                    "{what}: the document references {found:?}, the type is {wanted} ({})",
                    body.type_name
                )
            })
        }
        None => {
            let wanted = generated.get("type");
            let found = schema.get("type");
            (wanted != found).then(|| {
                format!("{what}: the document's inline schema has type {found:?}, the type {} has {wanted:?}", body.type_name)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use forgespec_core::{
        Api, EndpointRef, Section, SecurityScheme, SecuritySchemeKind, Server, endpoint,
    };
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    /// A thing.
    #[derive(Debug, Serialize, Deserialize, JsonSchema)]
    struct Thing {
        /// Its name.
        name: String,
    }

    /// Another thing.
    #[derive(Debug, Serialize, Deserialize, JsonSchema)]
    struct Other {
        /// Its size.
        size: i64,
    }

    /// Path of a thing.
    #[derive(Debug, Serialize, Deserialize, JsonSchema)]
    struct ThingPath {
        /// The id.
        thing_id: String,
    }

    endpoint! {
        /// Get a thing.
        struct GetThing {
            GET "/things/{thing_id}",
            id: "getThing",
            summary: "Get a thing",
            path: ThingPath,
            response: (200, "The thing.", Thing),
        }
    }

    endpoint! {
        /// Make another thing.
        struct MakeOther {
            POST "/others",
            id: "makeOther",
            summary: "Make another",
            security: Optional,
            request: Other,
            response: (201, "Made.", Other),
        }
    }

    const SECTION: Section = Section {
        tag: "things",
        description: "Things.",
        source: "Things",
        endpoints: &[
            EndpointRef::of::<GetThing>(),
            EndpointRef::of::<MakeOther>(),
        ],
    };

    fn document() -> Value {
        let api = Api {
            id: "t",
            title: "T",
            version: "1",
            description: "",
            source_document: "",
            servers: vec![Server::new("https://t.example", "t")],
            security_schemes: vec![SecurityScheme {
                name: "token",
                description: "a token",
                kind: SecuritySchemeKind::Http {
                    scheme: "bearer",
                    bearer_format: None,
                },
            }],
            default_security: vec!["token"],
            tags: vec![SECTION.tag()],
            operations: SECTION.operations().collect(),
            example_types: Vec::new(),
        };
        forgespec_openapi::assemble(&api, &[]).expect("assembles")
    }

    #[test]
    fn the_assembled_document_agrees_with_the_types() {
        assert_eq!(super::check(&[&SECTION], &document()), Vec::<String>::new());
    }

    #[test]
    fn every_kind_of_disagreement_is_reported() {
        let mut doc = document();
        let get = doc
            .pointer_mut("/paths/~1things~1{thing_id}/get")
            .expect("getThing");
        get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] =
            "#/components/schemas/Other".into();
        get["parameters"][0]["name"] = "id".into();
        let make = doc.pointer_mut("/paths/~1others/post").expect("makeOther");
        make["operationId"] = "createOther".into();
        make.as_object_mut().expect("object").remove("security");
        make.as_object_mut().expect("object").remove("requestBody");
        let problems = super::check(&[&SECTION], &doc).join("\n");
        for expected in [
            "getThing (",
            "response 200: the document references Some(\"#/components/schemas/Other\"), the type is #/components/schemas/Thing",
            "path parameters: the document has {\"id\"}, the type's fields are {\"thing_id\"}",
            "operationId: the document has \"createOther\", the type says \"makeOther\"",
            "security: the document has None, the type says Some(\"optional (an empty alternative)\")",
            "request: the type is",
            "createOther: in the document but no endpoint type declares it",
        ] {
            assert!(
                problems.contains(expected),
                "missing `{expected}` in:\n{problems}"
            );
        }
    }
}
