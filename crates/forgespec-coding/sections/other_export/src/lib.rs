//! 其他 (CODING OpenAPI export): converting Chinese characters to pinyin.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 其他接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "其他接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Converting Chinese characters to pinyin: the export's 其他接口, which the help document lacks.",
    source: "CODING OpenAPI export › 其他接口",
    endpoints: &[EndpointRef::of::<DescribePinyin>()],
};

/// 风格
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PinyinStyle {
    /// NORMAL
    Normal,
    /// TONE
    Tone,
    /// TONE2
    Tone2,
    /// TONE3
    Tone3,
    /// INITIALS
    Initials,
    /// FIRST_LETTER
    FirstLetter,
}

/// PinyinPinyinResult
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PinyinResult {
    /// 拼音
    pub value: Vec<String>,
    /// 拼音分词列表
    pub array: Vec<PinyinSegment>,
}

/// PinyinPinyinArray
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PinyinSegment {
    /// 拼音列表
    pub value: Vec<String>,
}

// ---------------------------------------------------------------- DescribePinyin

/// 汉字转拼音：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePinyinRequest {
    /// 公共参数,本接口取值:DescribePinyin
    pub action: Action<DescribePinyin>,
    /// 多音字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heteronym: Option<bool>,
    /// 风格
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<PinyinStyle>,
    /// 汉字
    pub value: String,
}

/// 汉字转拼音：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePinyinResponse {
    /// 返回结果
    pub data: PinyinResult,
}

actions! {
    /// 汉字转拼音
    DescribePinyin {
        summary: "汉字转拼音",
        request: DescribePinyinRequest,
        response: DescribePinyinResponse,
    }
}
