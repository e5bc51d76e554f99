//! 团队: the team's projects and members.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Project, UserData, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "团队";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "The team's projects and members.",
    source: "API REFERENCE › 团队",
    endpoints: &[
        EndpointRef::of::<DescribeCodingProjects>(),
        EndpointRef::of::<DescribeTeamMembers>(),
    ],
};

// ---------------------------------------------------------------- DescribeCodingProjects

/// 查询团队内所有项目列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingProjectsRequest {
    /// 公共参数,本接口取值:DescribeCodingProjects。
    pub action: Action<DescribeCodingProjects>,
    /// 页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 项目名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
}

/// ProjectsData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectsData {
    /// 第几页
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 项目集合
    pub project_list: Vec<Project>,
}

/// 查询团队内所有项目列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingProjectsResponse {
    /// 项目列表数据
    pub data: ProjectsData,
}

// ---------------------------------------------------------------- DescribeTeamMembers

/// 查询团队成员列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMembersRequest {
    /// 公共参数,本接口取值:DescribeTeamMembers。
    pub action: Action<DescribeTeamMembers>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 是否展示部门（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_department: Option<bool>,
}

/// TeamMemberData：团队成员分页信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamMemberData {
    /// 第几页
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 成员列表信息
    pub team_members: Vec<UserData>,
}

/// 查询团队成员列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMembersResponse {
    /// 团队成员分页列表信息
    // E11: typed `[TeamMemberData]` (a list); the example is one object.
    pub data: TeamMemberData,
}

actions! {
    /// 查询团队内所有项目列表
    DescribeCodingProjects {
        summary: "查询团队内所有项目列表",
        request: DescribeCodingProjectsRequest,
        response: DescribeCodingProjectsResponse,
    }

    /// 查询团队成员列表
    DescribeTeamMembers {
        summary: "查询团队成员列表",
        request: DescribeTeamMembersRequest,
        response: DescribeTeamMembersResponse,
    }
}
