//! 工时: the work-hour logs recorded against an issue.

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

use crate::common::{FlexibleNumber, IntegerOrString, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "工时";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Work hours logged on issues.",
    source: "API REFERENCE › 工时",
    endpoints: &[
        EndpointRef::of::<DescribeIssueWorkLogList>(),
        EndpointRef::of::<CreateIssueWorkHours>(),
        EndpointRef::of::<DeleteIssueWorkHours>(),
    ],
};

/// IssueWorkLog：一条工时日志。
// E220: the document references IssueWorkLog without defining it; the fields are
// read off the example, and their descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueWorkLog {
    /// 工作描述。
    pub working_desc: String,
    /// 事项 Id。
    pub issue_id: i64,
    /// 登记的使用工时（小时）。
    // E204: a Float written as a whole number.
    pub record_hours: FlexibleNumber,
    /// 登记人的用户 Id。
    pub user_id: i64,
    /// 工时日志 Id。
    pub id: i64,
    /// 创建时间（毫秒时间戳）。
    pub created_at: i64,
    /// 剩余工时（小时）。
    // E204: a Float written as a whole number.
    pub remaining_hours: FlexibleNumber,
    /// 事项编号（CODING OpenAPI export）
    // E1361: the export's IssueWorkLog adds IssueCode, ProjectName, StartAt and
    // UpdatedAt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_code: Option<i64>,
    /// 项目名称（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 开始时间（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<i64>,
    /// 更新时间（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub updated_at: Option<Nullable<i64>>,
}

// ---------------------------------------------------------------- DescribeIssueWorkLogList

/// 查询工时日志列表：输入参数。
// E200: ProjectName and IssueCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueWorkLogListRequest {
    /// 公共参数,本接口取值:DescribeIssueWorkLogList。
    // E221: the document's request example omits Action.
    pub action: Action<DescribeIssueWorkLogList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
}

/// 查询工时日志列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueWorkLogListResponse {
    /// 工时日志列表
    pub work_logs: Vec<IssueWorkLog>,
}

// ---------------------------------------------------------------- CreateIssueWorkHours

/// 登记工时：输入参数。
// E200: ProjectName, IssueCode and SpendHour are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueWorkHoursRequest {
    /// 公共参数,本接口取值:CreateIssueWorkHours。
    // E221: the document's request example omits Action.
    pub action: Action<CreateIssueWorkHours>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 使用工时
    // E204: a Float written as a whole number.
    pub spend_hour: FlexibleNumber,
    /// 剩余工时
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_hour: Option<FlexibleNumber>,
    /// 开始时间戳
    // E222: typed Integer; the example sends the timestamp as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<IntegerOrString>,
    /// 工作描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_desc: Option<String>,
}

// ---------------------------------------------------------------- DeleteIssueWorkHours

/// 删除工时日志：输入参数。
// E200: ProjectName, IssueCode and WorkHourLogId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIssueWorkHoursRequest {
    /// 公共参数,本接口取值:DeleteIssueWorkHours。
    // E221: the document's request example omits Action.
    pub action: Action<DeleteIssueWorkHours>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 工时日志 Id
    pub work_hour_log_id: i64,
    /// 是否将该工时日志的使用工时归还到剩余工时,默认:false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub rollback_remaining_hours: Option<bool>,
}

actions! {
    /// 查询工时日志列表
    DescribeIssueWorkLogList {
        summary: "查询工时日志列表",
        source: "查询工时日志列表",
        request: DescribeIssueWorkLogListRequest,
        response: DescribeIssueWorkLogListResponse,
    }

    /// 登记工时
    CreateIssueWorkHours {
        summary: "登记工时",
        source: "登记工时",
        request: CreateIssueWorkHoursRequest,
        response: RequestIdResponse,
    }

    /// 删除工时日志
    DeleteIssueWorkHours {
        summary: "删除工时日志",
        source: "删除工时日志",
        request: DeleteIssueWorkHoursRequest,
        response: RequestIdResponse,
    }
}
