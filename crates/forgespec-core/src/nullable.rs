//! The "may be null" axis of a field, kept apart from the "may be absent" axis.
//!
//! | the document says               | Rust type                  | serde attributes |
//! |---------------------------------|----------------------------|------------------|
//! | always present, never null      | `T`                        | none |
//! | may be absent, never null       | `Option<T>`                | `#[serde(default, skip_serializing_if = "Option::is_none")]` |
//! | always present, may be null     | `Nullable<T>`              | none |
//! | may be absent, may be null      | `Option<Nullable<T>>`      | `#[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "forgespec_core::Nullable::present")]` |
//!
//! The generator that `forgespec-openapi` uses does not add `null` to `Option<T>`,
//! so only [`Nullable`] makes a schema nullable: "absent" and "null" stay two facts.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The key [`Nullable`] puts on its schema so the assembly can tell it from an
/// `Option`; the assembly removes it.
pub const NULLABLE_MARKER: &str = "x-forgespec-nullable";

/// A value the wire may carry as JSON `null`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// The wire carried `null`.
    Null,
    /// The wire carried a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if the wire carried one.
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Converts into an `Option`, mapping `null` to `None`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Whether the wire carried `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// For `Option<Nullable<T>>` fields: a key that is present deserializes to
    /// `Some`, even when its value is `null` (serde's own `Option` would turn that
    /// `null` into `None` and lose it on the way back).
    pub fn present<'de, D>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        Nullable::deserialize(deserializer).map(Some)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => serializer.serialize_some(value),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Nullable_{}", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("forgespec_core::Nullable<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // schemars makes every `Option<T>` nullable. The assembly strips `null` from
        // every schema that lacks this marker, so only `Nullable<T>` stays nullable
        // and "may be absent" (`Option`) never leaks into "may be null".
        let mut schema = <Option<T>>::json_schema(generator);
        schema.insert(NULLABLE_MARKER.into(), true.into());
        schema
    }
}
