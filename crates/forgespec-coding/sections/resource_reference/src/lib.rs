//! 关联资源: the resources a resource refers to (引用) and those that refer to it (被引用).
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 关联资源相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "关联资源相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "The resources a resource refers to and those referring to it: the export's 关联资源相关接口, which the help document lacks.",
    source: "CODING OpenAPI export › 关联资源相关接口",
    endpoints: &[
        EndpointRef::of::<DescribeResourceReferencesCiting>(),
        EndpointRef::of::<DescribeResourceReferencesCited>(),
    ],
};

int_enum! {
    /// 所属主体类型： 1项目、2团队
    pub enum ScopeType {
        /// 1项目
        Project = 1,
        /// 2团队
        Team = 2,
    }
}

/// 资源类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub enum ResourceType {
    /// Defect
    Defect,
    /// Iteration
    Iteration,
    /// Mission
    Mission,
    /// IssueRelease
    IssueRelease,
    /// Requirement
    Requirement,
    /// SubTask
    SubTask,
    /// Epic
    Epic,
    /// MergeRequestBean
    MergeRequestBean,
    /// Commit
    Commit,
    /// Release
    Release,
    /// Milestone
    Milestone,
    /// WorkItem
    WorkItem,
    /// Risk
    Risk,
    /// ProjectFile
    ProjectFile,
    /// Wiki
    Wiki,
    /// TestingCase
    TestingCase,
    /// TestingRun
    TestingRun,
    /// Testing
    Testing,
    /// TestingReport
    TestingReport,
    /// Knowledge
    Knowledge,
}

/// 资源相关信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReferencedResource {
    /// 所属主体信息
    pub scope: ResourceScopeInfo,
    /// 资源信息
    pub resource: ResourceDetail,
}

/// 资源所属主体信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceScopeInfo {
    /// 所属主体类型： 1项目、2团队
    pub scope_type: ScopeType,
    /// 所属主体ID
    pub scope_id: i64,
    /// 所属主体名
    pub scope_name: String,
    /// 所属主体展示名
    pub scope_display_name: String,
}

/// 资源信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceDetail {
    /// 资源类型
    pub resource_type: ResourceType,
    /// 资源 ID
    pub resource_id: String,
    /// 资源code
    pub resource_code: String,
    /// 资源类型名
    pub resource_type_name: String,
    /// 资源名
    pub title: String,
    /// 资源图标
    pub icon: String,
    /// 资源附加信息，json格式
    pub meta: String,
}

// ---------------------------------------------------------------- DescribeResourceReferencesCiting

/// 引用资源列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceReferencesCitingRequest {
    /// 公共参数,本接口取值:DescribeResourceReferencesCiting
    pub action: Action<DescribeResourceReferencesCiting>,
    /// 所属主体类型： 1项目、2团队
    pub scope_type: ScopeType,
    /// 所属主体 ID
    pub scope_id: i64,
    /// 资源 ID
    pub resource_code: String,
}

/// 引用资源列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceReferencesCitingResponse {
    /// 资源引用列表
    pub resource: Vec<ReferencedResource>,
}

// ---------------------------------------------------------------- DescribeResourceReferencesCited

/// 被引用资源列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceReferencesCitedRequest {
    /// 公共参数,本接口取值:DescribeResourceReferencesCited
    pub action: Action<DescribeResourceReferencesCited>,
    /// 所属主体类型： 1项目、2团队
    pub scope_type: ScopeType,
    /// 所属主体 ID
    pub scope_id: i64,
    /// 资源 ID
    pub resource_code: String,
}

/// 被引用资源列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceReferencesCitedResponse {
    /// 资源列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<Vec<ReferencedResource>>,
}

actions! {
    /// 引用资源列表查询
    DescribeResourceReferencesCiting {
        summary: "引用资源列表查询",
        request: DescribeResourceReferencesCitingRequest,
        response: DescribeResourceReferencesCitingResponse,
    }

    /// 被引用资源列表查询
    DescribeResourceReferencesCited {
        summary: "被引用资源列表查询",
        request: DescribeResourceReferencesCitedRequest,
        response: DescribeResourceReferencesCitedResponse,
    }
}
