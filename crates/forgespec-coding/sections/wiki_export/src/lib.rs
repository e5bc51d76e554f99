//! Wiki (CODING OpenAPI export): renaming a wiki.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! Wiki 相关接口), not by the help document; the section's `source` says so. Their
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
use crate::wiki::Wiki;
use forgespec_coding_wiki as wiki;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "Wiki 相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Renaming a wiki: the one Action of the export's Wiki 相关接口 that the help document (文档管理) lacks.",
    source: "CODING OpenAPI export › Wiki 相关接口",
    endpoints: &[EndpointRef::of::<ModifyWikiTitle>()],
};

// ---------------------------------------------------------------- ModifyWikiTitle

/// Wiki 标题更新：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWikiTitleRequest {
    /// 公共参数,本接口取值:ModifyWikiTitle
    pub action: Action<ModifyWikiTitle>,
    /// 项目名称
    pub project_name: String,
    /// wiki 标题
    pub title: String,
    /// wiki 编号
    pub iid: i64,
}

/// Wiki 标题更新：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWikiTitleResponse {
    /// Wiki详情
    // E1352: the export's WikiData is the help document's Wiki.
    pub data: Wiki,
}

actions! {
    /// Wiki 标题更新
    ModifyWikiTitle {
        summary: "Wiki 标题更新",
        request: ModifyWikiTitleRequest,
        response: ModifyWikiTitleResponse,
    }
}
