//! 迭代: create, read, list, change and plan a project's iterations (sprints).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Nullable, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{FlexibleNumber, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "迭代";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Iterations (sprints) and their issues.",
    source: "API REFERENCE › 迭代",
    endpoints: &[
        EndpointRef::of::<CreateIteration>(),
        EndpointRef::of::<DeleteIteration>(),
        EndpointRef::of::<DescribeIteration>(),
        EndpointRef::of::<DescribeIterationList>(),
        EndpointRef::of::<ModifyIteration>(),
        EndpointRef::of::<ModifyIterationStatus>(),
        EndpointRef::of::<PlanIterationIssue>(),
    ],
};

/// 迭代状态:WAIT_PROCESS,PROCESSING,COMPLETED
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IterationStatus {
    /// `WAIT_PROCESS`: 未开始（待处理）。
    WaitProcess,
    /// `PROCESSING`: 进行中。
    Processing,
    /// `COMPLETED`: 已完成。
    Completed,
}

/// 迭代信息说明
// E202: every example carries `Deleter`, which the table does not list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Iteration {
    /// 标题
    pub name: String,
    /// 迭代编号,项目内唯一
    pub code: i64,
    /// 迭代目标
    pub goal: String,
    /// 开始时间,时间戳,-28800000 代表没有设置
    pub start_at: i64,
    /// 结束时间,时间戳,-28800000 代表没有设置
    pub end_at: i64,
    /// 处理人 ID ,为 0 代表没有设置
    pub assignee: i64,
    /// 创建人 ID
    pub creator: i64,
    /// 删除人 ID（表格未列出，见于示例）。
    // E1412: the export's examples omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleter: Option<i64>,
    /// 开始人 ID
    pub starter: i64,
    /// 完成人 ID
    pub completer: i64,
    /// 迭代状态:WAIT_PROCESS,PROCESSING,COMPLETED
    pub status: IterationStatus,
    /// 迭代中待处理事项总数
    pub wait_process_count: i64,
    /// 迭代中进行中事项总数
    pub processing_count: i64,
    /// 迭代中完成事项总数
    pub completed_count: i64,
    /// 迭代中事项完成比率
    // E204: a Float written as a whole number.
    pub completed_percent: FlexibleNumber,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 全部故事点（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub all_story_point: Option<Nullable<FlexibleNumber>>,
    /// 已完成故事点（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub completed_story_point: Option<Nullable<FlexibleNumber>>,
    /// 迭代id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub id: Option<Nullable<i64>>,
    /// 进行中的故事点（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub process_story_point: Option<Nullable<FlexibleNumber>>,
    /// 待处理故事点（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub todo_story_point: Option<Nullable<FlexibleNumber>>,
}

/// 创建迭代、迭代详情、修改迭代与修改迭代状态的输出参数：`Iteration` 与 `RequestId`。
// The four Actions' output tables are one table (`Iteration` 迭代的具体信息 and
// `RequestId`) and their examples one shape, so they answer with one type; each
// Action's name for it is kept as an alias.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IterationResponse {
    /// 迭代的具体信息
    pub iteration: Iteration,
}

// ---------------------------------------------------------------- CreateIteration

/// 创建迭代：输入参数。
// E200: ProjectName and Name are required: the Action cannot work without them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIterationRequest {
    /// 公共参数,本接口取值:CreateIteration
    pub action: Action<CreateIteration>,
    /// 项目名称
    pub project_name: String,
    /// 标题
    pub name: String,
    /// 目标
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// 处理人 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<i64>,
    /// 开始时间,格式:2020-01-01
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间,格式:2020-01-01
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 创建迭代：输出参数 ([`IterationResponse`])。
pub type CreateIterationResponse = IterationResponse;

// ---------------------------------------------------------------- DeleteIteration

/// 删除迭代：输入参数。
// E200: ProjectName and IterationCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIterationRequest {
    /// 公共参数,本接口取值:DeleteIteration
    pub action: Action<DeleteIteration>,
    /// 项目名称
    pub project_name: String,
    /// 迭代编号
    pub iteration_code: i64,
}

// ---------------------------------------------------------------- DescribeIteration

/// 迭代详情：输入参数。
// E200: ProjectName and IterationCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIterationRequest {
    /// 公共参数,本接口取值:DescribeIteration
    pub action: Action<DescribeIteration>,
    /// 项目名称
    pub project_name: String,
    /// 迭代编号
    pub iteration_code: i64,
}

/// 迭代详情：输出参数 ([`IterationResponse`])。
pub type DescribeIterationResponse = IterationResponse;

// ---------------------------------------------------------------- DescribeIterationList

/// 迭代列表：输入参数。
// E200: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIterationListRequest {
    /// 公共参数,本接口取值:DescribeIterationList
    pub action: Action<DescribeIterationList>,
    /// 项目名称
    pub project_name: String,
    /// 迭代状态, WAIT_PROCESS,PROCESSING,COMPLETED
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<IterationStatus>>,
    /// 处理人 ID 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<Vec<i64>>,
    /// 通过开始时间过滤,时间格式:2020-12-12
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 通过结束时间过滤,时间格式:2020-12-12
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 通过关键字搜索
    // E206: the document spells this parameter in lower case; kept as written.
    // E1432: the export writes Keywords; no example of either.
    #[serde(
        default,
        rename = "keywords",
        alias = "Keywords",
        skip_serializing_if = "Option::is_none"
    )]
    pub keywords: Option<String>,
    /// 偏移量,默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub offset: Option<i64>,
    /// 每页数量,默认 20
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 20))]
    pub limit: Option<i64>,
}

/// Page of Iteration：一页迭代。
// E207: the page's fields are described nowhere; their meaning is read off the
// example and the request's paging parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IterationPage {
    /// 页码，从 1 开始。
    // E1412: the export's example sends only TotalRow and List.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 总页数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_page: Option<i64>,
    /// 迭代总数。
    pub total_row: i64,
    /// 本页的迭代。
    pub list: Vec<Iteration>,
}

/// 迭代列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIterationListResponse {
    /// 迭代的具体信息
    // E205: the table writes `Data`, the help document's example `data`; E1413: the
    // export's example writes `Data`, as the table and every other reply, and that
    // is the wire today.
    pub data: IterationPage,
}

// ---------------------------------------------------------------- ModifyIteration

/// 修改迭代：输入参数。
// E200: ProjectName and IterationCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIterationRequest {
    /// 公共参数,本接口取值:ModifyIteration
    pub action: Action<ModifyIteration>,
    /// 项目名称
    pub project_name: String,
    /// 迭代编号
    pub iteration_code: i64,
    /// 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 目标
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// 处理人 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<i64>,
    /// 开始时间,格式:2020-01-01,如果有传StartAt请同时传入EndAt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间,格式:2020-01-01
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 修改迭代：输出参数 ([`IterationResponse`])。
pub type ModifyIterationResponse = IterationResponse;

// ---------------------------------------------------------------- ModifyIterationStatus

/// 迭代状态操作,类型:start:开始迭代、complete:完成迭代、restart:重新打开
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum IterationStatusOperator {
    /// `start`: 开始迭代
    Start,
    /// `complete`: 完成迭代
    Complete,
    /// `restart`: 重新打开
    Restart,
}

/// 修改迭代状态：输入参数。
// E200: ProjectName, IterationCode and Operator are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIterationStatusRequest {
    /// 公共参数,本接口取值:ModifyIterationStatus
    pub action: Action<ModifyIterationStatus>,
    /// 项目名称
    pub project_name: String,
    /// 迭代编号
    pub iteration_code: i64,
    /// 移入迭代编号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_iteration_code: Option<i64>,
    /// 迭代状态操作,类型:start:开始迭代、complete:完成迭代、restart:重新打开
    pub operator: IterationStatusOperator,
    /// 开始时间,开始迭代必需,格式:2020-01-01
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间,完成迭代必需,格式:2020-01-01
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 修改迭代状态：输出参数 ([`IterationResponse`])。
pub type ModifyIterationStatusResponse = IterationResponse;

// ---------------------------------------------------------------- PlanIterationIssue

/// 批量规划迭代：输入参数。
// E200: ProjectName, IterationCode and IssueCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct PlanIterationIssueRequest {
    /// 公共参数,本接口取值:PlanIterationIssue
    pub action: Action<PlanIterationIssue>,
    /// 项目名称
    pub project_name: String,
    /// 迭代编号,将事项移出迭代请传 0
    pub iteration_code: i64,
    /// 需要规划的事项编号列表
    pub issue_code: Vec<i64>,
    /// 单个事项移动模式，即未规划的子事项的迭代跟随传入的事项一同规划，否则仅规划传入的事项（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_mode: Option<bool>,
}

actions! {
    /// 创建迭代
    CreateIteration {
        summary: "创建迭代",
        source: "创建迭代",
        request: CreateIterationRequest,
        response: IterationResponse,
    }

    /// 删除迭代
    DeleteIteration {
        summary: "删除迭代",
        source: "删除迭代",
        request: DeleteIterationRequest,
        response: RequestIdResponse,
    }

    /// 迭代详情
    DescribeIteration {
        summary: "迭代详情",
        source: "迭代详情",
        request: DescribeIterationRequest,
        response: IterationResponse,
    }

    /// 迭代列表
    DescribeIterationList {
        summary: "迭代列表",
        source: "迭代列表",
        request: DescribeIterationListRequest,
        response: DescribeIterationListResponse,
    }

    /// 修改迭代
    ModifyIteration {
        summary: "修改迭代",
        source: "修改迭代",
        request: ModifyIterationRequest,
        response: IterationResponse,
    }

    /// 修改迭代状态
    ModifyIterationStatus {
        summary: "修改迭代状态",
        source: "修改迭代状态",
        request: ModifyIterationStatusRequest,
        response: IterationResponse,
    }

    /// 批量规划迭代
    PlanIterationIssue {
        summary: "批量规划迭代",
        source: "批量规划迭代",
        request: PlanIterationIssueRequest,
        response: RequestIdResponse,
    }
}
