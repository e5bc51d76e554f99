//! JSON Schema validation of values against schemas inside the document.
//!
//! The document is registered once as a JSON Schema 2020-12 resource (OpenAPI 3.1's
//! dialect) so that `$ref`s between components resolve; each schema is compiled the
//! first time something is validated against it, which keeps loading a contract
//! cheap (CODING's document has about 1,300 schema positions), and positions that
//! hold the same schema share its compiled validator.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Registry, ValidationError, Validator};
use serde_json::{Value, json};

use crate::violation::push_token;

/// The URI the document is registered under.
const DOCUMENT_URI: &str = "urn:forgespec:document";

/// One schema failure: the instance pointer, the keyword and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// JSON pointer into the validated value; for `required`, the missing member's.
    pub pointer: String,
    /// The JSON Schema keyword that failed.
    pub keyword: String,
    /// The validator's message.
    pub message: String,
}

/// The document's schemas, compiled on first use.
pub struct Schemas {
    registry: OnceLock<Result<Registry<'static>, String>>,
    document: Arc<Value>,
    compiled: HashMap<String, OnceLock<Result<Arc<Validator>, String>>>,
    /// The validators compiled so far for parameter, body and reply positions, by their
    /// schema's text: positions holding the same schema share one (PingCode's 200 such
    /// positions hold 46 schemas), and compiling is most of what validating a message
    /// costs the first time. Every `$ref` in the document is relative to the document
    /// itself, so the same text is the same schema.
    by_text: Mutex<HashMap<String, Arc<Validator>>>,
}

impl std::fmt::Debug for Schemas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schemas")
            .field("positions", &self.compiled.len())
            .finish_non_exhaustive()
    }
}

impl Schemas {
    /// The schemas at `pointers` in `document`.
    pub fn new(document: Arc<Value>, pointers: impl IntoIterator<Item = String>) -> Self {
        Schemas {
            registry: OnceLock::new(),
            document,
            compiled: pointers.into_iter().map(|p| (p, OnceLock::new())).collect(),
            by_text: Mutex::new(HashMap::new()),
        }
    }

    fn registry(&self) -> Result<&Registry<'static>, String> {
        self.registry
            .get_or_init(|| {
                Registry::new()
                    .draft(jsonschema::Draft::Draft202012)
                    .add(DOCUMENT_URI, Arc::clone(&self.document))
                    .and_then(jsonschema::RegistryBuilder::prepare)
                    .map_err(|e| {
                        format!("the document cannot be used as a JSON Schema resource: {e}")
                    })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn validator(&self, pointer: &str) -> Result<&Validator, String> {
        let slot = self
            .compiled
            .get(pointer)
            .ok_or_else(|| format!("no schema is known at {pointer}"))?;
        slot.get_or_init(|| self.shared_validator(pointer))
            .as_deref()
            .map_err(Clone::clone)
    }

    /// The validator of the schema at `pointer`: one already compiled for the same
    /// schema elsewhere, else a new one. Named components are not compared: they are
    /// distinct by design and hold most of the document's bytes.
    fn shared_validator(&self, pointer: &str) -> Result<Arc<Validator>, String> {
        let text = if pointer.starts_with("/components/") {
            None
        } else {
            self.document.pointer(pointer).map(Value::to_string)
        };
        let by_text = || self.by_text.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = text.as_ref().and_then(|t| by_text().get(t).cloned()) {
            return Ok(known);
        }
        let validator = Arc::new(self.compile(pointer)?);
        Ok(match text {
            Some(text) => Arc::clone(by_text().entry(text).or_insert(validator)),
            None => validator,
        })
    }

    fn compile(&self, pointer: &str) -> Result<Validator, String> {
        let registry = self.registry()?;
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": format!("{DOCUMENT_URI}#{}", encode_fragment(pointer)),
        });
        // Formats are checked too (`date-time` on GitCode's `since`): a mock that
        // takes `since=yesterday` would let a client bug through.
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .with_keyword(INT64_FLOOR_KEYWORD, |_, _, _| Ok(Box::new(Int64Floor)))
            .with_registry(registry)
            .build(&schema)
            .map_err(|e| format!("the schema at {pointer} does not compile: {e}"))
    }

    /// Every way `value` fails the schema at `pointer`. A schema that cannot be
    /// compiled is reported as one error with keyword `schema`.
    pub fn validate(&self, pointer: &str, value: &Value) -> Vec<SchemaError> {
        let validator = match self.validator(pointer) {
            Ok(v) => v,
            Err(message) => {
                return vec![SchemaError {
                    pointer: String::new(),
                    keyword: "schema".to_string(),
                    message,
                }];
            }
        };
        if validator.is_valid(value) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for error in validator.iter_errors(value) {
            flatten(&error, &mut out);
        }
        out.dedup();
        out
    }
}

/// The keyword the contract adds to every `format: int64` integer schema beside its
/// `minimum` of -2^63. serde_json reads an integer below -2^63 as a float, and the
/// nearest float, -2^63 itself, passes `minimum`; an integer that fits int64 is always
/// read as one, so a float at or below -2^63 is a value below the range.
pub(crate) const INT64_FLOOR_KEYWORD: &str = "x-forgespec-int64-floor";

/// [`INT64_FLOOR_KEYWORD`]'s check.
struct Int64Floor;

/// -2^63 as a float: an integral float at or below it is outside int64.
const INT64_FLOOR: f64 = -9_223_372_036_854_775_808.0;

impl<'i> jsonschema::Keyword<'i> for Int64Floor {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        if self.is_valid(instance) {
            Ok(())
        } else {
            Err(ValidationError::custom(format!(
                "{instance} is less than the minimum of {}",
                i64::MIN
            )))
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        match instance {
            Value::Number(n) if n.as_i64().is_none() && n.as_u64().is_none() => {
                n.as_f64().is_none_or(|f| f > INT64_FLOOR)
            }
            _ => true,
        }
    }
}

/// Turns one validation error into the errors a person can act on. A failed
/// `anyOf`/`oneOf` (nullable fields, unions such as CODING's reply or error) is
/// reported through the branch that came closest: the one whose errors lie deepest
/// in the value, then the one with the fewest. "Not valid under any of the schemas"
/// at the top of a reply says nothing; `/Response/Project/Id is not an integer` does.
fn flatten(error: &ValidationError<'_>, out: &mut Vec<SchemaError>) {
    if let Some(best) = closest_branch(error) {
        for e in best {
            flatten(e, out);
        }
        return;
    }
    let mut pointer = error.instance_path().as_str().to_string();
    if let ValidationErrorKind::Required { property } = error.kind()
        && let Some(name) = property.as_str()
    {
        pointer = push_token(&pointer, name);
    }
    let keyword = match error.kind().keyword() {
        INT64_FLOOR_KEYWORD => "minimum",
        other => other,
    };
    out.push(SchemaError {
        pointer,
        keyword: keyword.to_string(),
        message: error.to_string(),
    });
}

/// Of a failed `anyOf`/`oneOf`, the errors of the branch that came closest (see
/// [`flatten`]); `None` for any other error.
fn closest_branch<'e, 'i>(error: &'e ValidationError<'i>) -> Option<&'e Vec<ValidationError<'i>>> {
    let branches = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
        }
        _ => return None,
    };
    let here = error.instance_path().as_str();
    branches.iter().filter(|b| !b.is_empty()).max_by_key(|b| {
        // A branch that fails only because the value is not its type at all
        // (`null` for a nullable field) is the least informative.
        let applies = !b
            .iter()
            .all(|e| e.kind().keyword() == "type" && e.instance_path().as_str() == here);
        let depth = b.iter().map(depth).max().unwrap_or(0);
        (applies, depth, std::cmp::Reverse(b.len()))
    })
}

/// How deep in the value an error points. A missing member counts at its object's
/// depth: a branch that reaches a present member and finds it wrong (CODING's output
/// with `/Response/Status` mistyped) explains more than one that misses a member the
/// value never had (the error reply's `/Response/Error`). A failed union inside a
/// branch (an output of two shapes) counts as deep as its own closest branch.
fn depth(error: &ValidationError<'_>) -> usize {
    match closest_branch(error) {
        Some(best) => best.iter().map(depth).max().unwrap_or(0),
        None => error.instance_path().as_str().matches('/').count(),
    }
}

/// A JSON pointer as a URI fragment.
fn encode_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for b in pointer.bytes() {
        if b.is_ascii_alphanumeric() || b"/~-._".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> Schemas {
        let document = json!({
            "paths": {"/a": {"get": {"parameters": [
                {"schema": {"type": "integer"}},
                {"schema": {"type": "integer"}},
                {"schema": {"type": "string"}},
                {"schema": {"$ref": "#/components/schemas/Id"}},
            ]}}},
            "components": {"schemas": {"Id": {"type": "integer"}}},
        });
        let pointers = (0..4)
            .map(|i| format!("/paths/~1a/get/parameters/{i}/schema"))
            .chain(["/components/schemas/Id".to_string()]);
        Schemas::new(Arc::new(document), pointers)
    }

    #[test]
    fn positions_holding_the_same_schema_share_one_validator() {
        let schemas = schemas();
        let at = |i: usize| {
            let pointer = format!("/paths/~1a/get/parameters/{i}/schema");
            schemas.validator(&pointer).map(std::ptr::from_ref)
        };
        assert_eq!(at(0), at(1));
        assert_ne!(at(0), at(2));
        assert_ne!(at(0), at(3), "a $ref is another text");
        let component = schemas
            .validator("/components/schemas/Id")
            .map(std::ptr::from_ref);
        assert_ne!(at(0), component, "components are not compared");
        // Sharing changes nothing of what each position reports.
        assert!(
            schemas
                .validate("/paths/~1a/get/parameters/1/schema", &json!(1))
                .is_empty()
        );
        assert_eq!(
            schemas.validate("/paths/~1a/get/parameters/1/schema", &json!("x"))[0].keyword,
            "type"
        );
        assert!(
            schemas
                .validate("/paths/~1a/get/parameters/2/schema", &json!("x"))
                .is_empty()
        );
        assert_eq!(
            schemas.validate("/paths/~1a/get/parameters/3/schema", &json!("x"))[0].keyword,
            "type"
        );
    }

    #[test]
    fn an_unknown_position_is_reported() {
        let errors = schemas().validate("/paths/~1b/get/parameters/0/schema", &json!(1));
        assert_eq!(errors[0].keyword, "schema");
        assert!(
            errors[0].message.contains("no schema is known"),
            "{errors:?}"
        );
    }
}
