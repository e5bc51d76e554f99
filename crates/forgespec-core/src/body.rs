//! Type-erased handles on the Rust types that travel on the wire.

use std::fmt::Debug;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Serialize, de::DeserializeOwned};

/// Produces a schema for one Rust type, registering the types it refers to.
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// A JSON payload type: a request body, a response body, or a schema that carries
/// documented examples of its own.
#[derive(Clone, Copy)]
pub struct Body {
    /// The Rust type's name, for messages.
    pub type_name: &'static str,
    /// The schema: a `$ref` to the type's component, or an inline schema for types
    /// that schemars inlines (`Vec<T>`, primitives).
    pub schema: SchemaFn,
    /// The type's own (non-`$ref`) schema, used to name the component it defines.
    pub component_name: fn() -> String,
    /// Deserializes a JSON value as this type and serializes it back.
    #[cfg(feature = "check")]
    pub check: fn(&serde_json::Value) -> Result<Checked, CheckError>,
}

impl Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Body").field(&self.type_name).finish()
    }
}

/// The handle on a payload type `T`.
pub fn body<T>() -> Body
where
    T: JsonSchema + Serialize + DeserializeOwned + Debug,
{
    Body {
        type_name: std::any::type_name::<T>(),
        schema: subschema::<T>,
        component_name: || T::schema_name().into_owned(),
        #[cfg(feature = "check")]
        check: check::<T>,
    }
}

/// The schema of a parameter struct (path, query or header parameters): its own
/// object schema, whose properties the assembly turns into parameters.
pub fn params<T: JsonSchema>() -> SchemaFn {
    T::json_schema
}

fn subschema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// What deserializing a documented example produced.
#[cfg(feature = "check")]
#[derive(Debug)]
pub struct Checked {
    /// The typed value serialized back to JSON, for the lossless round-trip check.
    pub value: serde_json::Value,
    /// JSON paths of keys the type does not model (they would be lost).
    pub unmodelled: Vec<String>,
    /// The typed value's `{:#?}` rendering, for snapshots.
    pub debug: String,
}

/// Why a documented example does not fit its type.
#[cfg(feature = "check")]
#[derive(Debug)]
pub struct CheckError {
    /// JSON path of the offending value (`.` for the root).
    pub path: String,
    /// What serde said.
    pub message: String,
}

#[cfg(feature = "check")]
impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at {}: {}", self.path, self.message)
    }
}

#[cfg(feature = "check")]
fn check<T>(json: &serde_json::Value) -> Result<Checked, CheckError>
where
    T: Serialize + DeserializeOwned + Debug,
{
    let mut unmodelled = Vec::new();
    let mut record = |path: serde_ignored::Path<'_>| unmodelled.push(path.to_string());
    let ignoring = serde_ignored::Deserializer::new(json, &mut record);
    let typed: T = serde_path_to_error::deserialize(ignoring).map_err(|err| CheckError {
        path: err.path().to_string(),
        message: err.inner().to_string(),
    })?;
    let value = serde_json::to_value(&typed).map_err(|err| CheckError {
        path: ".".into(),
        message: format!("serializing back failed: {err}"),
    })?;
    Ok(Checked {
        value,
        unmodelled,
        debug: format!("{typed:#?}"),
    })
}
