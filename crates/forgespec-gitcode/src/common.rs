//! Shapes shared by every GitCode resource: identifiers that arrive as numbers or
//! strings and values of unknown shape (both from `forgespec_core::wire`), sort
//! direction and paging.

use forgespec_core::wire::IntegerOrString;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An identifier the examples send as an integer or as a string, the shared
/// [`IntegerOrString`] (标识：示例中有时是整数，有时是字符串).
// E26: user ids are hex strings (`"65f94ab6f21fa3084fc04823"`), numeric strings
// (`"681"`), placeholders (`"userId"`, `"id123"`, `"uuid"`) or integers (`708`, `2`)
// depending on the example; both wire types are accepted and kept as they came.
pub type Id = IntegerOrString;

// E51: the document never shows these values with content, so nothing about their
// shape can be typed; any JSON value is accepted and kept losslessly (`AnyValue`, or
// `AnyObject` for an object with any properties).
pub use forgespec_core::wire::{AnyObject, AnyValue};

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
