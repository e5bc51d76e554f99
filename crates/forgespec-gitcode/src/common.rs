//! Shapes shared by every GitCode resource: identifiers that arrive as numbers or
//! strings, values of unknown shape, sort direction and paging.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// 标识：示例中有时是整数，有时是字符串。
// E26: user ids are hex strings (`"65f94ab6f21fa3084fc04823"`), numeric strings
// (`"681"`), placeholders (`"userId"`, `"id123"`, `"uuid"`) or integers (`708`, `2`)
// depending on the example; both wire types are accepted and kept as they came.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Id {
    /// 整数标识。
    Integer(i64),
    /// 字符串标识。
    String(String),
}

/// 形状未知的 JSON 值（文档的示例中只出现过 `null`、空对象或空数组）。
// E51: the document never shows these values with content, so nothing about their
// shape can be typed; any JSON value is accepted and kept losslessly. (serde_json is
// not a dependency of the platform crates, hence this small value type.)
#[derive(Debug, Clone, PartialEq)]
pub enum AnyValue {
    /// `null`
    Null,
    /// 布尔值。
    Bool(bool),
    /// 整数。
    Integer(i64),
    /// 非整数的数值（或超出 `i64` 的整数）。
    Float(f64),
    /// 字符串。
    String(String),
    /// 数组。
    Array(Vec<AnyValue>),
    /// 对象。
    Object(AnyObject),
}

/// 形状未知的 JSON 对象。
pub type AnyObject = BTreeMap<String, AnyValue>;

impl AnyValue {
    /// For `Option<AnyValue>` fields: a key that is present deserializes to `Some`,
    /// even when its value is `null` (serde's own `Option` would turn that `null`
    /// into `None` and lose it on the way back).
    pub fn present<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<AnyValue>, D::Error> {
        AnyValue::deserialize(deserializer).map(Some)
    }
}

impl Serialize for AnyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyValue::Null => serializer.serialize_unit(),
            AnyValue::Bool(b) => serializer.serialize_bool(*b),
            AnyValue::Integer(n) => serializer.serialize_i64(*n),
            AnyValue::Float(x) => serializer.serialize_f64(*x),
            AnyValue::String(s) => serializer.serialize_str(s),
            AnyValue::Array(items) => items.serialize(serializer),
            AnyValue::Object(map) => map.serialize(serializer),
        }
    }
}

struct AnyValueVisitor;

impl<'de> Visitor<'de> for AnyValueVisitor {
    type Value = AnyValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<AnyValue, E> {
        Ok(AnyValue::Null)
    }

    fn visit_none<E>(self) -> Result<AnyValue, E> {
        Ok(AnyValue::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<AnyValue, D::Error> {
        AnyValue::deserialize(deserializer)
    }

    fn visit_bool<E>(self, b: bool) -> Result<AnyValue, E> {
        Ok(AnyValue::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<AnyValue, E> {
        Ok(AnyValue::Integer(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<AnyValue, E> {
        Ok(i64::try_from(n).map_or(AnyValue::Float(n as f64), AnyValue::Integer))
    }

    fn visit_f64<E>(self, x: f64) -> Result<AnyValue, E> {
        Ok(AnyValue::Float(x))
    }

    fn visit_str<E>(self, s: &str) -> Result<AnyValue, E> {
        Ok(AnyValue::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<AnyValue, E> {
        Ok(AnyValue::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnyValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(AnyValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyValue, A::Error> {
        let mut object = AnyObject::new();
        while let Some((key, value)) = map.next_entry()? {
            object.insert(key, value);
        }
        Ok(AnyValue::Object(object))
    }
}

impl<'de> Deserialize<'de> for AnyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyValueVisitor)
    }
}

impl JsonSchema for AnyValue {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "AnyValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Any JSON value: the empty schema (not `true`, which OpenAPI 3.0 rejects).
        json_schema!({})
    }
}

/// 升序/降序。
// E3: the lists name the direction only as "升序/降序"; the wire values `asc` and
// `desc` are those of 获取某个Pull Request的所有评论 (`升序/降序(asc/desc)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// 升序。
    Asc,
    /// 降序。
    Desc,
}
