//! Wire-shape helpers: types for values that a vendor document describes one way and
//! its examples send another, shared by every platform crate.
//!
//! Each type accepts every documented form and serializes a value back in the form it
//! came in, so a documented example survives the round trip unchanged. They say
//! nothing about why a platform needs them: a platform crate that uses one cites the
//! erratum of its own `ERRATA.md` at the field (or type alias) that uses it.
//!
//! | the wire sends                                  | type |
//! |-------------------------------------------------|------|
//! | an integer, or the same value as a string       | [`IntegerOrString`] |
//! | a boolean, or `"true"` / `"false"`              | [`BooleanOrString`] |
//! | a value of `T` (an integer enum), or a string   | [`OrString<T>`] |
//! | a list, or a single item instead of the list    | [`OneOrMany<T>`] |
//! | a number, whole ones without a fraction         | [`FlexibleNumber`] |
//! | anything (nothing about the shape is known)     | [`AnyValue`], [`AnyObject`] |
//! | a closed set of integers                        | [`int_enum!`](crate::int_enum) |

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

/// Declares a closed enum whose wire form is a JSON integer (`0`, `20`, `40`, …).
///
/// serde reads and writes the integer; the schema is
/// `{"type": "integer", "format": "int64", "enum": [...]}` with the enum's doc comment
/// (lines trimmed and joined) as its description and the variants' doc comments (each
/// value's meaning) as `x-enum-descriptions`. Every variant takes its integer with
/// `= value`; the enum gets `fn value(self) -> i64`.
///
/// ```
/// forgespec_core::int_enum! {
///     /// Whether to import members: 0 no, 1 yes.
///     pub enum ImportMembers {
///         /// 0: no
///         No = 0,
///         /// 1: yes
///         Yes = 1,
///     }
/// }
///
/// assert_eq!(ImportMembers::Yes.value(), 1);
/// ```
#[macro_export]
macro_rules! int_enum {
    (
        $(#[doc = $doc:literal])*
        $vis:vis enum $name:ident {
            $( $(#[doc = $vdoc:literal])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[doc = $vdoc])* $variant, )+
        }

        impl $name {
            /// The integer the wire carries.
            pub fn value(self) -> i64 {
                match self {
                    $( $name::$variant => $value, )+
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let value = <i64 as ::serde::Deserialize>::deserialize(deserializer)?;
                match value {
                    $( $value => ::core::result::Result::Ok($name::$variant), )+
                    other => ::core::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(::core::format_args!(
                            "{} is not a value of {}",
                            other,
                            ::core::stringify!($name)
                        )),
                    ),
                }
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(::core::stringify!($name))
            }

            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(::core::concat!(
                    ::core::module_path!(),
                    "::",
                    ::core::stringify!($name)
                ))
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                let lines: &[&str] = &[$($doc),*];
                let description = lines
                    .iter()
                    .map(|line| line.trim())
                    .collect::<::std::vec::Vec<_>>()
                    .join("\n");
                // Each value's meaning (its variant's doc comment) travels beside the
                // enum, as the assembly does for string enums.
                let meanings: &[&[&str]] = &[$( &[$($vdoc),*] ),+];
                let meanings: ::std::vec::Vec<::std::string::String> = meanings
                    .iter()
                    .map(|doc| doc.iter().map(|line| line.trim()).collect::<::std::vec::Vec<_>>().join(" "))
                    .collect();
                let mut schema = ::schemars::json_schema!({
                    "description": description,
                    "type": "integer",
                    "format": "int64",
                    "enum": [$($value),+],
                });
                if meanings.iter().any(|m| !m.is_empty()) {
                    schema.insert("x-enum-descriptions".into(), meanings.into());
                }
                schema
            }
        }
    };
}

/// A value that the wire sends either as a JSON integer (`1`) or as a string (`"1"`, or
/// any other text); both forms are accepted and kept as sent.
///
/// 整数或字符串：同一个值有时以 JSON 数字（`1`）发送，有时以字符串（`"1"` 或其他文本）发送；两种形式都接受，并按原样保留。
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum IntegerOrString {
    /// The JSON number form. 整数形式。
    Integer(i64),
    /// The string form. 字符串形式。
    String(String),
}

/// A boolean that the wire sends either as JSON `true` / `false` or as a string
/// (`"true"` / `"false"`); both forms are accepted and kept as sent.
///
/// 布尔值或字符串：同一个值有时以 JSON 布尔值发送，有时以字符串（`"true"` / `"false"`）发送；两种形式都接受，并按原样保留。
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum BooleanOrString {
    /// The JSON boolean form. 布尔形式。
    Boolean(bool),
    /// The string form (`"true"` / `"false"`). 字符串形式（`"true"` / `"false"`）。
    String(String),
}

/// A value in its own form (such as an integer enum's `40`), or the same value sent as
/// a string (`"40"`); both forms are accepted and kept as sent.
///
/// 值本身，或以字符串发送的同一个值（例如整数枚举的 `40` 或 `"40"`）；两种形式都接受，并按原样保留。
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "{T}OrString")]
pub enum OrString<T> {
    /// The value in its own form. 值本身的形式。
    Value(T),
    /// The same value sent as a string. 以字符串发送的同一个值。
    String(String),
}

/// A list of values, or a single value that the wire sends in place of the list; both
/// forms are accepted and kept as sent.
///
/// 列表或单个值：同一个值有时是数组，有时是单个对象；两种形式都接受，并按原样保留。
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "{T}OneOrMany")]
pub enum OneOrMany<T> {
    /// The list form. 数组形式。
    Many(Vec<T>),
    /// A single value in place of the list. 单个值形式。
    One(T),
}

/// A JSON number that the wire writes as an integer when it is whole (`0`, `2`) and
/// with a fraction otherwise (`0.5`); both forms are kept, so a value survives a round
/// trip unchanged (an `f64` would write `0` back as `0.0`). The schema is a plain
/// `number` (`double`).
///
/// 数值：整数值不带小数部分（`0`、`2`），其他值带小数部分（`0.5`）；两种形式都按原样保留。
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FlexibleNumber {
    /// A whole number, written without a fraction. 整数形式。
    Integer(i64),
    /// A number written with a fraction or an exponent. 带小数部分或指数的形式。
    Fraction(f64),
}

impl FlexibleNumber {
    /// The value as an `f64` (whole numbers beyond 2^53 lose precision).
    pub fn as_f64(self) -> f64 {
        match self {
            FlexibleNumber::Integer(value) => value as f64,
            FlexibleNumber::Fraction(value) => value,
        }
    }
}

impl JsonSchema for FlexibleNumber {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "FlexibleNumber".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number", "format": "double" })
    }
}

/// Any JSON value, for values whose shape nothing documents: a thin newtype over
/// `serde_json::Value`, kept as the wire sent it (key order, number forms). The
/// schema is the empty schema `{}`.
///
/// 形状未知的 JSON 值：接受任何 JSON 值并原样保留。
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnyValue(pub serde_json::Value);

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

impl From<serde_json::Value> for AnyValue {
    fn from(value: serde_json::Value) -> Self {
        AnyValue(value)
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

/// A JSON object with any properties, kept in the wire's key order.
///
/// 形状未知的 JSON 对象。
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnyObject(pub serde_json::Map<String, serde_json::Value>);

impl JsonSchema for AnyObject {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "AnyObject".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "object", "additionalProperties": {} })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip<T: Serialize + for<'de> Deserialize<'de>>(value: serde_json::Value) {
        let typed: T = serde_json::from_value(value.clone()).expect("deserializes");
        assert_eq!(serde_json::to_value(&typed).expect("serializes"), value);
    }

    crate::int_enum! {
        /// A test enum.
        ///
        /// Second paragraph.
        enum Level {
            /// Low.
            Low = 10,
            /// High.
            High = 20,
        }
    }

    #[test]
    fn forms_round_trip_as_sent() {
        round_trip::<IntegerOrString>(json!(1));
        round_trip::<IntegerOrString>(json!("1"));
        round_trip::<BooleanOrString>(json!(false));
        round_trip::<BooleanOrString>(json!("false"));
        round_trip::<OrString<Level>>(json!(20));
        round_trip::<OrString<Level>>(json!("20"));
        round_trip::<OneOrMany<IntegerOrString>>(json!([1, "2"]));
        round_trip::<OneOrMany<IntegerOrString>>(json!(1));
        round_trip::<FlexibleNumber>(json!(0));
        round_trip::<FlexibleNumber>(json!(0.5));
        round_trip::<AnyValue>(json!({"a": [null, true, 1, -2, 1.5, "s", {}], "b": {}}));
    }

    #[test]
    fn int_enum_reads_only_its_values() {
        assert_eq!(
            serde_json::from_value::<Level>(json!(10)).expect("a value"),
            Level::Low
        );
        assert_eq!(Level::High.value(), 20);
        assert!(serde_json::from_value::<Level>(json!(15)).is_err());
        assert!(serde_json::from_value::<Level>(json!("10")).is_err());
    }

    #[test]
    fn schemas() {
        let mut generator = SchemaGenerator::default();
        assert_eq!(
            Level::json_schema(&mut generator).as_value(),
            &json!({
                "description": "A test enum.\n\nSecond paragraph.",
                "type": "integer",
                "format": "int64",
                "enum": [10, 20],
                "x-enum-descriptions": ["Low.", "High."],
            })
        );
        assert_eq!(OrString::<Level>::schema_name(), "LevelOrString");
        assert_eq!(OneOrMany::<Level>::schema_name(), "LevelOneOrMany");
        assert_eq!(IntegerOrString::schema_name(), "IntegerOrString");
        assert_eq!(AnyValue::json_schema(&mut generator).as_value(), &json!({}));
        assert_eq!(
            FlexibleNumber::json_schema(&mut generator).as_value(),
            &json!({ "type": "number", "format": "double" })
        );
    }
}
