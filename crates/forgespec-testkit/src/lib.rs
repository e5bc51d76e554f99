//! The checks every forgespec platform crate runs on its documented examples.
//!
//! A platform crate's `tests/fixtures.rs` calls [`check_platform`] once. For every
//! fixture it asserts that the example
//! 1. deserializes into its Rust type with no unmodelled key,
//! 2. serializes back to the same JSON value (a lossless round trip),
//! 3. validates against its schema in the generated OpenAPI 3.1 document, and
//! 4. matches its insta snapshot of the typed value under `snapshots/<platform>/`;
//!
//! and, for the platform as a whole, that every endpoint type's metadata and
//! associated types are the ones its operation in the generated document uses, that
//! the operationId list matches its snapshot,
//! that every snapshot has a fixture, that every fixture is mapped in
//! `fixtures/README*.md`, and that ERRATA.md holds every erratum the code cites and
//! every repaired example. All problems are collected and reported together.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use forgespec_core::{Api, Body, ResponseBody, Section, public_type_name};
use forgespec_fixtures::{Fixture, Subject, errata, fixture, map};
use forgespec_openapi::{assemble, component_key, operation_pointer, path_key, pointer_segment};
use serde_json::{Value, json};

mod endpoints;

/// The file name of the operationId-list snapshot.
pub const OPERATION_IDS_SNAPSHOT: &str = "operation_ids.snap";

/// Runs every check on one platform crate; panics with the full list of problems.
///
/// `crate_dir` is the platform crate's `CARGO_MANIFEST_DIR`.
pub fn check_platform(api: &Api, sections: &[&Section], crate_dir: &str) {
    let problems = platform_problems(api, sections, Path::new(crate_dir));
    assert!(
        problems.is_empty(),
        "{} problem(s) in {}:\n  - {}",
        problems.len(),
        api.id,
        problems.join("\n  - ")
    );
}

/// Every problem [`check_platform`] would report.
pub fn platform_problems(api: &Api, sections: &[&Section], crate_dir: &Path) -> Vec<String> {
    let fixture_dir = crate_dir.join("fixtures");
    let snapshot_dir = workspace_root(crate_dir).join("snapshots").join(api.id);
    let fixtures = match fixture::load(&fixture_dir) {
        Ok(f) => f,
        Err(e) => return vec![e.to_string()],
    };
    // A fixture of an operation that does not exist is reported, and the rest are
    // still checked: one missing declaration should not hide every other result.
    let mut problems = Vec::new();
    let (fixtures, orphans): (Vec<Fixture>, Vec<Fixture>) =
        fixtures.into_iter().partition(|f| match &f.subject {
            Subject::Request { operation } | Subject::Response { operation, .. } => {
                api.operations.iter().any(|o| o.id == *operation)
            }
            Subject::Schema { .. } => true,
        });
    for orphan in &orphans {
        problems.push(format!(
            "{}: no operation of this API is named by this fixture",
            fixture_dir.join(&orphan.path).display()
        ));
    }
    let doc = match assemble(api, &fixtures) {
        Ok(doc) => doc,
        Err(assembly) => {
            problems.extend(assembly.iter().map(ToString::to_string));
            return problems;
        }
    };
    let schemas = match SpecSchemas::new(&doc) {
        Ok(schemas) => schemas,
        Err(e) => {
            problems.push(e);
            return problems;
        }
    };
    problems.extend(endpoints::check(sections, &doc));
    for fixture in &fixtures {
        problems.extend(check_fixture(
            api,
            &schemas,
            fixture,
            &fixture_dir,
            &snapshot_dir,
        ));
    }
    problems.extend(check_operation_ids(api, &snapshot_dir));
    problems.extend(check_snapshot_guard(&fixtures, &snapshot_dir));
    problems.extend(map::check(&fixture_dir, &fixtures));
    problems.extend(errata::check(crate_dir, &fixtures));
    problems
}

fn workspace_root(crate_dir: &Path) -> PathBuf {
    crate_dir
        .ancestors()
        .nth(2)
        .map_or_else(|| crate_dir.to_path_buf(), Path::to_path_buf)
}

/// The Rust type and the JSON-pointer of the schema a fixture is an example of.
fn target(api: &Api, fixture: &Fixture) -> Result<(Option<Body>, String), String> {
    let op_of = |id: &str| {
        api.operations
            .iter()
            .find(|o| o.id == id)
            .ok_or_else(|| format!("no operation `{id}`"))
    };
    match &fixture.subject {
        Subject::Request { operation } => {
            let op = op_of(operation)?;
            let pointer = format!(
                "{}/requestBody/content/application~1json/schema",
                operation_pointer(op)
            );
            Ok((op.request, pointer))
        }
        Subject::Response { operation, status } => {
            let op = op_of(operation)?;
            let response = match status {
                None => op.success(),
                Some(s) => op.responses.iter().find(|r| r.status == *s),
            }
            .ok_or_else(|| format!("`{operation}` has no such response"))?;
            let (body, media) = match response.body {
                ResponseBody::Json(body) => (Some(body), "application/json"),
                ResponseBody::Raw { content_type } => (None, content_type),
                ResponseBody::Empty => return Err(format!("`{operation}` response has no body")),
            };
            let pointer = format!(
                "{}/responses/{}/content/{}/schema",
                operation_pointer(op),
                response.status,
                pointer_segment(media)
            );
            Ok((body, pointer))
        }
        Subject::Schema { component } => {
            let body = api
                .example_types
                .iter()
                .find(|b| (b.component_name)() == *component)
                .copied()
                .ok_or_else(|| format!("`{component}` is not in api().example_types"))?;
            Ok((
                Some(body),
                format!(
                    "/components/schemas/{}",
                    pointer_segment(&component_key(component))
                ),
            ))
        }
    }
}

fn check_fixture(
    api: &Api,
    schemas: &SpecSchemas<'_>,
    fixture: &Fixture,
    fixture_dir: &Path,
    snapshot_dir: &Path,
) -> Vec<String> {
    let file = fixture_dir.join(&fixture.path);
    let file = file.display();
    let (body, pointer) = match target(api, fixture) {
        Ok(t) => t,
        Err(e) => return vec![format!("{file}: {e}")],
    };
    let mut problems = Vec::new();

    // 3. The example validates against its schema in the generated document.
    problems.extend(
        schemas
            .validate(&pointer, &fixture.value)
            .into_iter()
            .map(|e| format!("{file}: {e}")),
    );

    let Some(body) = body else {
        // A raw (non-JSON) body or an action with no request type: schema only.
        return problems;
    };
    // 1 and 2: typed, nothing unmodelled, lossless.
    let checked = match (body.check)(&fixture.value) {
        Ok(c) => c,
        Err(e) => {
            problems.push(format!(
                "{file}: does not deserialize as {} {e}",
                body.type_name
            ));
            return problems;
        }
    };
    for path in &checked.unmodelled {
        problems.push(format!(
            "{file}: key at {path} is not modelled by {}",
            body.type_name
        ));
    }
    if checked.value != fixture.value {
        problems.push(format!(
            "{file}: round trip through {} differs: {}",
            body.type_name,
            first_difference(&fixture.value, &checked.value, "")
        ));
    }
    // 4. The typed value matches its snapshot.
    let name = fixture.snapshot_name();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshot_dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(format!(
        "{} as {}",
        fixture.path,
        public_type_name(body.type_name)
    ));
    let debug = checked.debug;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!(name.clone(), debug));
    }));
    if outcome.is_err() {
        problems.push(format!("{file}: snapshot `{name}` differs or is missing"));
    }
    problems
}

/// Validates `value` against the schema at `pointer` inside the whole document, so
/// that `#/components/schemas/...` references resolve.
pub fn validate(doc: &Value, pointer: &str, value: &Value) -> Vec<String> {
    match SpecSchemas::new(doc) {
        Ok(schemas) => schemas.validate(pointer, value),
        Err(e) => vec![e],
    }
}

/// The generated document registered once as a JSON Schema resource, so that each
/// example compiles only the schema it is checked against (and what that refers to).
pub struct SpecSchemas<'a> {
    doc: &'a Value,
    registry: jsonschema::Registry<'a>,
}

/// The URI the generated document is registered under.
const SPEC_URI: &str = "urn:forgespec:spec";

impl<'a> SpecSchemas<'a> {
    /// Registers `doc` (an OpenAPI 3.1 document, whose schemas are JSON Schema 2020-12).
    pub fn new(doc: &'a Value) -> Result<Self, String> {
        let registry = jsonschema::Registry::new()
            .draft(jsonschema::Draft::Draft202012)
            .add(SPEC_URI, doc)
            .and_then(jsonschema::RegistryBuilder::prepare)
            .map_err(|e| {
                format!("the generated document cannot be registered as a schema resource: {e}")
            })?;
        Ok(SpecSchemas { doc, registry })
    }

    /// Every way `value` fails the schema at `pointer` (a JSON pointer into the document).
    pub fn validate(&self, pointer: &str, value: &Value) -> Vec<String> {
        if self.doc.pointer(pointer).is_none() {
            return vec![format!("no schema at {pointer}")];
        }
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": format!("{SPEC_URI}#{}", percent_encode(pointer)),
        });
        let validator = match jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .with_registry(&self.registry)
            .build(&schema)
        {
            Ok(v) => v,
            Err(e) => return vec![format!("schema at {pointer} does not compile: {e}")],
        };
        validator
            .iter_errors(value)
            .map(|e| {
                format!(
                    "fails its schema at {}: {e}",
                    if e.instance_path().as_str().is_empty() {
                        "/"
                    } else {
                        e.instance_path().as_str()
                    }
                )
            })
            .collect()
    }
}

fn percent_encode(pointer: &str) -> String {
    let mut out = String::new();
    for b in pointer.bytes() {
        if b.is_ascii_alphanumeric() || b"/~-._".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A short description of where two JSON values first differ.
pub fn first_difference(expected: &Value, actual: &Value, at: &str) -> String {
    match (expected, actual) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                match b.get(k) {
                    None => return format!("{at}/{k} is lost"),
                    Some(w) if v != w => return first_difference(v, w, &format!("{at}/{k}")),
                    _ => {}
                }
            }
            if let Some(k) = b.keys().find(|k| !a.contains_key(*k)) {
                return format!("{at}/{k} is added");
            }
            format!("{at}: objects differ")
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                if v != w {
                    return first_difference(v, w, &format!("{at}/{i}"));
                }
            }
            format!("{at}: arrays differ")
        }
        _ => format!(
            "{}: document has {expected}, round trip gives {actual}",
            if at.is_empty() { "/" } else { at }
        ),
    }
}

fn check_operation_ids(api: &Api, snapshot_dir: &Path) -> Vec<String> {
    let listing: String = api
        .operations
        .iter()
        .map(|op| {
            let path = path_key(op);
            format!("{} {} {} [{}]\n", op.id, op.method, path, op.tag)
        })
        .collect();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshot_dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!("operation_ids", listing));
    }));
    if outcome.is_err() {
        return vec![format!(
            "{}: the operationId list changed (operationIds are a public contract: review and accept the snapshot)",
            snapshot_dir.join(OPERATION_IDS_SNAPSHOT).display()
        )];
    }
    Vec::new()
}

fn check_snapshot_guard(fixtures: &[Fixture], snapshot_dir: &Path) -> Vec<String> {
    let expected: BTreeSet<String> = fixtures
        .iter()
        .map(|f| format!("{}.snap", f.snapshot_name()))
        .chain([OPERATION_IDS_SNAPSHOT.to_string()])
        .collect();
    let Ok(entries) = std::fs::read_dir(snapshot_dir) else {
        return Vec::new(); // first run: the snapshot checks above report what is missing
    };
    let mut problems = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".snap") && !expected.contains(&name) {
            problems.push(format!(
                "{}: snapshot with no fixture",
                entry.path().display()
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_validated_through_references() {
        let doc = json!({
            "openapi": "3.1.0",
            "paths": {"/a/{id}": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Thing"}
            }}}}}}},
            "components": {"schemas": {"Thing": {
                "type": "object",
                "required": ["n"],
                "properties": {"n": {"type": "integer"}, "kind": {"$ref": "#/components/schemas/Kind"}},
            }, "Kind": {"type": "string", "enum": ["a"]}}},
        });
        let pointer = "/paths/~1a~1{id}/get/responses/200/content/application~1json/schema";
        assert!(validate(&doc, pointer, &json!({"n": 1, "kind": "a"})).is_empty());
        let problems = validate(&doc, pointer, &json!({"n": "1", "kind": "b"}));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("/n")));
        assert!(problems.iter().any(|p| p.contains("/kind")));
        assert_eq!(
            validate(&doc, "/nowhere", &json!(1)),
            vec!["no schema at /nowhere".to_string()]
        );
    }

    #[test]
    fn first_difference_names_the_path() {
        assert_eq!(
            first_difference(
                &json!({"a": [1, {"b": 1}]}),
                &json!({"a": [1, {"b": 1.0}]}),
                ""
            ),
            "/a/1/b: document has 1, round trip gives 1.0"
        );
        assert_eq!(
            first_difference(&json!({"a": null}), &json!({}), ""),
            "/a is lost"
        );
    }
}
