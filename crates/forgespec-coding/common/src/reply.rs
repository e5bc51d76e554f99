//! `RequestId`, said once: every Action's reply is its own output parameters plus
//! the `RequestId` that every reply carries ([`Output`]).
//!
//! The document repeats `RequestId` as the last row of every output table (E1012);
//! here it is one field of one type. On the wire and in the spec nothing moves: the
//! output's schema gets the `RequestId` property and requirement, and the reply's
//! keys stay side by side in one object.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};

/// The wire name of the request id.
const REQUEST_ID: &str = "RequestId";

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
        // `T` reads the object as it streams by, with `RequestId` taken out of it, so
        // errors and unmodelled keys keep their paths (nothing is buffered).
        let mut request_id = None;
        let output = T::deserialize(WithoutRequestId {
            map,
            request_id: &mut request_id,
        })?;
        let request_id = request_id.ok_or_else(|| de::Error::missing_field(REQUEST_ID))?;
        Ok(Output { output, request_id })
    }
}

/// The reply's object as `T` sees it: every key but `RequestId`, whose value it
/// keeps aside.
struct WithoutRequestId<'a, A> {
    map: A,
    request_id: &'a mut Option<String>,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for WithoutRequestId<'_, A> {
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

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WithoutRequestId<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            match self.map.next_key::<String>()? {
                None => return Ok(None),
                Some(key) if key == REQUEST_ID => {
                    if self.request_id.is_some() {
                        return Err(de::Error::duplicate_field(REQUEST_ID));
                    }
                    *self.request_id = Some(self.map.next_value()?);
                }
                Some(key) => {
                    let key: de::value::StringDeserializer<A::Error> = key.into_deserializer();
                    return seed.deserialize(key).map(Some);
                }
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
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
                add_request_id(definition);
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
