//! An Action's reply: its output with the `RequestId` ([`Output`]), or the error
//! reply ([`ErrorResponse`]), as one [`Reply`].
//!
//! `RequestId`, said once: the document repeats it as the last row of every output
//! table (E1012); here it is one field of one type. On the wire and in the spec
//! nothing moves: the output's schema gets the `RequestId` property and requirement,
//! and the reply's keys stay side by side in one object.
//!
//! The error reply (E3) comes with status 200 in place of any Action's output, so
//! every Action's reply is one or the other; `Error` tells them apart (E1013).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};

use crate::{ApiError, ErrorResponse};

/// The wire name of the request id.
const REQUEST_ID: &str = "RequestId";

/// The wire name of the error reply's error object, which only an error reply carries.
const ERROR: &str = "Error";

/// The description of `RequestId`, the most common of the document's three wordings
/// (E1012).
const REQUEST_ID_DESCRIPTION: &str =
    "唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。";

/// An Action's output parameters `T` and the `RequestId` of the reply, in one JSON
/// object. Dereferences to `T`, so `reply.response.project` reads the output.
#[derive(Debug, Clone, PartialEq)]
pub struct Output<T> {
    /// The Action's own output parameters.
    pub output: T,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

impl<T> Deref for Output<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.output
    }
}

impl<T> DerefMut for Output<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.output
    }
}

impl<T: Serialize> Serialize for Output<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = match serde_json::to_value(&self.output) {
            Ok(Value::Object(object)) => object,
            Ok(other) => {
                return Err(serde::ser::Error::custom(format!(
                    "an Action's output must be a JSON object, not {other}"
                )));
            }
            Err(e) => return Err(serde::ser::Error::custom(e)),
        };
        object.insert(REQUEST_ID.into(), Value::String(self.request_id.clone()));
        object.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Output<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OutputVisitor(PhantomData))
    }
}

struct OutputVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for OutputVisitor<T> {
    type Value = Output<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Action's output parameters with its RequestId")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Output<T>, A::Error> {
        read_output(map, None, None, false)
    }
}

/// Reads the rest of `map` as `T` plus the `RequestId` (already read, or among the
/// keys). `first` is a key already taken from `map` whose value is next; `in_reply`
/// refuses an `Error` key (see [`OutputFields`]).
///
/// `T` reads the object as it streams by, with `RequestId` taken out of it, so errors
/// and unmodelled keys keep their paths (nothing is buffered).
fn read_output<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: A,
    first: Option<String>,
    request_id: Option<String>,
    in_reply: bool,
) -> Result<Output<T>, A::Error> {
    let mut fields = OutputFields {
        map,
        first,
        request_id,
        in_reply,
    };
    let output = T::deserialize(&mut fields)?;
    let request_id = fields
        .request_id
        .ok_or_else(|| de::Error::missing_field(REQUEST_ID))?;
    Ok(Output { output, request_id })
}

/// Takes a `RequestId` value from `map` into `slot`; a second one is an error.
fn take_request_id<'de, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<String>,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(REQUEST_ID));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The reply's object as `T` sees it: every key but `RequestId`, whose value it
/// keeps aside.
struct OutputFields<A> {
    map: A,
    /// A key already taken from `map` (by [`Reply`], to tell the branches apart),
    /// handed to `T` first.
    first: Option<String>,
    request_id: Option<String>,
    /// Whether this output is a [`Reply`]'s, where `Error` marks an error reply and
    /// so cannot be one of the output's keys.
    in_reply: bool,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for &mut OutputFields<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for &mut OutputFields<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let key = match self.first.take() {
                Some(key) => key,
                None => match self.map.next_key::<String>()? {
                    Some(key) => key,
                    None => return Ok(None),
                },
            };
            if key == REQUEST_ID {
                take_request_id(&mut self.map, &mut self.request_id)?;
            } else if self.in_reply && key == ERROR {
                // The output's keys before this one have been read into `T` already;
                // rather than read an error reply as an output, refuse the object.
                return Err(de::Error::custom(
                    "`Error` after output parameters: a reply is an Action's output or \
                     an error reply, not both",
                ));
            } else {
                let key: de::value::StringDeserializer<A::Error> = key.into_deserializer();
                return seed.deserialize(key).map(Some);
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// An Action's reply: its output, or the error reply that any Action can answer with
/// instead (E3), both with status 200 inside the `Response` envelope.
///
/// On the wire the two are one JSON object each: the output's parameters and
/// `RequestId` ([`Output`]), or `Error` and `RequestId` ([`ErrorResponse`]). Reading
/// decides by the `Error` key, which only an error reply carries: the first key
/// other than `RequestId` is `Error` for an error reply, whose other keys (besides
/// `RequestId`) are ignored like any unmodelled key; any other first key starts the
/// output, which is read as it streams by (so an error deep in it is reported at its
/// path), and an `Error` key after output parameters is refused rather than read as
/// either. Writing writes the branch held. `Debug` is the held branch's own.
///
/// `forgespec_coding`'s crate documentation reads one of each.
#[derive(Clone, PartialEq)]
pub enum Reply<T> {
    /// The Action's output parameters and the `RequestId`.
    Output(Output<T>),
    /// The error reply: `Error` (`Code`, `Message`) and the `RequestId`.
    Error(ErrorResponse),
}

impl<T> Reply<T> {
    /// Whether this is the error reply.
    pub fn is_error(&self) -> bool {
        matches!(self, Self::Error(_))
    }

    /// The `RequestId`, which both branches carry.
    pub fn request_id(&self) -> &str {
        match self {
            Self::Output(output) => &output.request_id,
            Self::Error(error) => &error.request_id,
        }
    }

    /// The output, if this is not the error reply.
    pub fn output(&self) -> Option<&Output<T>> {
        match self {
            Self::Output(output) => Some(output),
            Self::Error(_) => None,
        }
    }

    /// The error reply, if this is one.
    pub fn error(&self) -> Option<&ErrorResponse> {
        match self {
            Self::Output(_) => None,
            Self::Error(error) => Some(error),
        }
    }

    /// The output as `Ok`, the error reply as `Err` ([`ErrorResponse`] is a
    /// `std::error::Error`, so `reply.into_result()?` works in a function that returns
    /// a boxed error).
    pub fn into_result(self) -> Result<Output<T>, ErrorResponse> {
        match self {
            Self::Output(output) => Ok(output),
            Self::Error(error) => Err(error),
        }
    }

    /// [`Reply::into_result`] by reference.
    pub fn as_result(&self) -> Result<&Output<T>, &ErrorResponse> {
        match self {
            Self::Output(output) => Ok(output),
            Self::Error(error) => Err(error),
        }
    }
}

impl<T> From<Output<T>> for Reply<T> {
    fn from(output: Output<T>) -> Self {
        Self::Output(output)
    }
}

impl<T> From<ErrorResponse> for Reply<T> {
    fn from(error: ErrorResponse) -> Self {
        Self::Error(error)
    }
}

// Transparent: the held branch's own `Debug`, so a reply reads (and snapshots) as the
// output or the error it is.
impl<T: fmt::Debug> fmt::Debug for Reply<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Output(output) => fmt::Debug::fmt(output, f),
            Self::Error(error) => fmt::Debug::fmt(error, f),
        }
    }
}

impl<T: Serialize> Serialize for Reply<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Output(output) => output.serialize(serializer),
            Self::Error(error) => error.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Reply<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ReplyVisitor(PhantomData))
    }
}

struct ReplyVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ReplyVisitor<T> {
    type Value = Reply<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Action's output parameters with its RequestId, or an error reply")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Reply<T>, A::Error> {
        // Keys are read one at a time and never buffered, so the first key other than
        // RequestId decides: `Error` starts the error reply, anything else the output.
        let mut request_id = None;
        let first = loop {
            match map.next_key::<String>()? {
                Some(key) if key == REQUEST_ID => take_request_id(&mut map, &mut request_id)?,
                other => break other,
            }
        };
        if first.as_deref() != Some(ERROR) {
            return read_output(map, first, request_id, true).map(Reply::Output);
        }
        let error: ApiError = map.next_value()?;
        while let Some(key) = map.next_key::<String>()? {
            if key == REQUEST_ID {
                take_request_id(&mut map, &mut request_id)?;
            } else if key == ERROR {
                return Err(de::Error::duplicate_field(ERROR));
            } else {
                // Not part of an error reply: skipped as serde skips any unknown key
                // (and so still seen by serde_ignored).
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        let request_id = request_id.ok_or_else(|| de::Error::missing_field(REQUEST_ID))?;
        Ok(Reply::Error(ErrorResponse { error, request_id }))
    }
}

impl<T: JsonSchema> JsonSchema for Reply<T> {
    fn inline_schema() -> bool {
        true
    }

    // The output's own name, as `Output` does: `Envelope<Reply<T>>` keeps the
    // component name `<T>Envelope` it has always had, and the choice stays inline in
    // it.
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("forgespec_coding::Reply<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // E1013: `anyOf`, not `oneOf`: an output whose fields are all optional also
        // matches an error reply. The error comes first because generated clients try
        // the alternatives in order, and an error reply read as such an output would
        // lose its `Error`.
        let error = generator.subschema_for::<ErrorResponse>();
        let output = generator.subschema_for::<Output<T>>();
        json_schema!({ "anyOf": [error, output] })
    }
}

impl<T: JsonSchema> JsonSchema for Output<T> {
    fn inline_schema() -> bool {
        true
    }

    // The output's own name: `Envelope<Output<T>>` keeps the component name
    // `<T>Envelope` it has always had.
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("forgespec_coding::Output<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let schema = generator.subschema_for::<T>();
        // The output's component is where the document shows RequestId (the last row
        // of its table), so that is where the property goes.
        let component = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .map(str::to_string);
        let target = match &component {
            Some(name) => generator.definitions_mut().get_mut(name),
            None => None,
        };
        match target {
            Some(definition) => {
                // An output of several shapes (`anyOf` of components): each shape
                // carries RequestId, so each reads as a whole reply on its own.
                let shapes: Vec<String> = definition
                    .get("anyOf")
                    .and_then(Value::as_array)
                    .map(|branches| {
                        branches
                            .iter()
                            .filter_map(|b| b.get("$ref").and_then(Value::as_str))
                            .filter_map(|r| r.rsplit('/').next())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                if shapes.is_empty() {
                    add_request_id(definition);
                }
                for shape in shapes {
                    if let Some(definition) = generator.definitions_mut().get_mut(&shape) {
                        add_request_id(definition);
                    }
                }
                schema
            }
            None => {
                // An inline output (no component): carry RequestId beside it.
                let mut inline = schema.as_value().clone();
                add_request_id(&mut inline);
                Schema::try_from(inline).unwrap_or(schema)
            }
        }
    }
}

fn add_request_id(schema: &mut Value) {
    let Value::Object(object) = schema else {
        return;
    };
    if let Value::Object(properties) = object.entry("properties").or_insert_with(|| json!({})) {
        properties
            .entry(REQUEST_ID)
            .or_insert_with(|| json!({ "type": "string", "description": REQUEST_ID_DESCRIPTION }));
    }
    if let Value::Array(required) = object.entry("required").or_insert_with(|| json!([]))
        && !required.iter().any(|r| r == REQUEST_ID)
    {
        required.push(json!(REQUEST_ID));
    }
}
