//! 团队 (CODING OpenAPI export): the team and its owner.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 团队相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{EndpointRef, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{UserData, actions};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "团队相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "The team and its owner: the one Action of the export's 团队相关接口 that the help document (团队) lacks.",
    source: "CODING OpenAPI export › 团队相关接口",
    endpoints: &[EndpointRef::of::<DescribeTeam>()],
};

/// 团队和团队所有者信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamInfo {
    /// 团队ID
    pub id: i64,
    /// 团队名
    pub name: String,
    /// 团队名-拼音
    pub name_pin_yin: String,
    /// 团队图标
    pub avatar: String,
    /// 团队域名
    pub team_host: String,
    /// 是否实名认证
    pub is_verification: bool,
    /// 团队所有者信息
    pub team_owner: UserData,
}

// ---------------------------------------------------------------- DescribeTeam

/// 团队信息查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamResponse {
    /// 团队信息
    pub data: TeamInfo,
}

actions! {
    /// 团队信息查询
    DescribeTeam {
        summary: "团队信息查询",
        response: DescribeTeamResponse,
    }
}
