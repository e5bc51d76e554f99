//! 项目集: programs (项目集), and the work items of a program that are split into
//! the issues of its projects.
//!
//! Required input parameters follow E1/E200 (E1000).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;
use forgespec_coding_issue as issue;

use forgespec_core::{Action, EndpointRef, New, Section, wire::BooleanOrString};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};
use crate::issue::detail::IssueDetail;

/// The tag (document section) of these operations.
pub const TAG: &str = "项目集";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Programs (groups of projects) and their work items split into \
                    project issues.",
    source: "API REFERENCE › 项目集",
    endpoints: &[
        EndpointRef::of::<CreateProgram>(),
        EndpointRef::of::<ModifyWorkItemSplitIssues>(),
        EndpointRef::of::<DescribeIssueRelatedWorkItemList>(),
    ],
};

// ---------------------------------------------------------------- CreateProgram

/// 创建项目集：输入参数。
// E1000: Name and DisplayName are required (as CreateCodingProject, E1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramRequest {
    /// 公共参数,本接口取值:CreateProgram。
    pub action: Action<CreateProgram>,
    /// 项目集名称
    pub name: String,
    /// 项目集展示名称
    pub display_name: String,
    /// 开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 已存在的工作流项目集Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_program_id: Option<String>,
}

/// ProgramData参数
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProgramData {
    /// 项目集id
    pub id: i64,
    /// 项目集Name
    pub name: String,
    /// 项目集展示名
    pub display_name: String,
    /// 项目集拼音
    pub name_pinyin: String,
    /// 描述信息
    pub description: String,
    /// 项目集头像
    pub icon: String,
    /// 开始时间
    pub start_date: i64,
    /// 结束时间
    pub end_date: i64,
    /// 创建时间
    pub created_at: i64,
    /// 更新时间
    pub updated_at: i64,
}

/// 创建项目集：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramResponse {
    /// 创建的项目集信息
    pub data: ProgramData,
}

// ---------------------------------------------------------------- ModifyWorkItemSplitIssues

/// 项目集工作项分解到项目：输入参数。
// E1000: all five are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWorkItemSplitIssuesRequest {
    /// 公共参数,本接口取值:ModifyWorkItemSplitIssues。
    pub action: Action<ModifyWorkItemSplitIssues>,
    /// 项目集名称
    pub program_name: String,
    /// 页面上工作项ID
    pub work_item_code: i64,
    /// 目标项目名称
    pub project_name: String,
    /// 目标项目中的事项ID
    // E1411: the export's example sends "5".
    pub issue_code: IntegerOrString,
    /// true 表示分解, false 表示取消分解(和页面上功能对应)
    // E1411: the export's example sends "true".
    pub split: BooleanOrString,
}

// ---------------------------------------------------------------- DescribeIssueRelatedWorkItemList

/// 获取项目中事项关联的项目集工作项：输入参数。
// E1000: ProjectName and IssueCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueRelatedWorkItemListRequest {
    /// 公共参数,本接口取值:DescribeIssueRelatedWorkItemList
    pub action: Action<DescribeIssueRelatedWorkItemList>,
    /// 项目名称
    pub project_name: String,
    /// 事项code
    pub issue_code: i64,
    /// 是否展示描述中图片外部可访问的地址（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_image_out_url: Option<String>,
}

/// 项目集工作项：IssueDetail 与事项类型 ID。
// E1010: the tables repeat 事项's IssueDetail (and the tables it uses); the example
// adds `IssueTypeId`, as E218's ReleaseIssue does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProgramWorkItem {
    /// 事项信息。
    #[serde(flatten)]
    pub issue: IssueDetail,
    /// 事项类型ID（表格未列出，见于示例）。
    pub issue_type_id: i64,
}

/// 获取项目中事项关联的项目集工作项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueRelatedWorkItemListResponse {
    /// 事项关联的项目集工作项信息
    pub work_item_list: Vec<ProgramWorkItem>,
}

// ---------------------------------------------------------------- operations

actions! {
    /// 创建项目集
    CreateProgram {
        summary: "创建项目集",
        source: "创建项目集",
        request: CreateProgramRequest,
        response: CreateProgramResponse,
    }

    /// 项目集工作项分解到项目
    ModifyWorkItemSplitIssues {
        summary: "项目集工作项分解到项目",
        source: "项目集工作项分解到项目",
        request: ModifyWorkItemSplitIssuesRequest,
        response: RequestIdResponse,
    }

    /// 获取项目中事项关联的项目集工作项
    DescribeIssueRelatedWorkItemList {
        summary: "获取项目中事项关联的项目集工作项",
        source: "获取项目中事项关联的项目集工作项",
        request: DescribeIssueRelatedWorkItemListRequest,
        response: DescribeIssueRelatedWorkItemListResponse,
    }
}
