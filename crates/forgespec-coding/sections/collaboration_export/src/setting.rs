//! 项目协同 › 设置 (CODING OpenAPI export): issue modules, defect types, requirement-defect relations and work logs across projects.
//!
//! Required input parameters follow E1 (E1360); output fields E1105. The issues are the
//! help document's IssueDetail and IssueListData, with the export's fields (E1361).

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};
use crate::issue::detail::DefectType;
use crate::work_hour::IssueWorkLog;

/// 事项模块
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueModule {
    /// 模块ID
    pub id: i64,
    /// 模块名称
    pub name: String,
}

// ---------------------------------------------------------------- DescribeIssueModuleList

/// 事项模块列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueModuleListRequest {
    /// 公共参数,本接口取值:DescribeIssueModuleList
    pub action: Action<DescribeIssueModuleList>,
    /// 项目名称
    pub project_name: String,
}

/// 事项模块列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueModuleListResponse {
    /// 模块列表
    pub issue_modules: Vec<IssueModule>,
}

// ---------------------------------------------------------------- CreateIssueModule

/// 事项模块创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueModuleRequest {
    /// 公共参数,本接口取值:CreateIssueModule
    pub action: Action<CreateIssueModule>,
    /// 项目名称
    pub project_name: String,
    /// 模块名称
    pub name: String,
}

/// 事项模块创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueModuleResponse {
    /// 模块信息
    pub issue_module: IssueModule,
}

// ---------------------------------------------------------------- DeleteIssueModule

/// 事项模块删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIssueModuleRequest {
    /// 公共参数,本接口取值:DeleteIssueModule
    pub action: Action<DeleteIssueModule>,
    /// 项目名称
    pub project_name: String,
    /// 模块ID
    pub module_id: i64,
}

// ---------------------------------------------------------------- DescribeDefectTypes

/// 缺陷类型列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDefectTypesRequest {
    /// 公共参数,本接口取值:DescribeDefectTypes
    pub action: Action<DescribeDefectTypes>,
    /// 项目标识
    pub project_name: String,
}

/// 缺陷类型列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDefectTypesResponse {
    /// 缺陷类型列表
    pub defect_types: Vec<DefectType>,
}

// ---------------------------------------------------------------- DeleteRequirementDefectRelation

/// 需求取消关联缺陷：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRequirementDefectRelationRequest {
    /// 公共参数,本接口取值:DeleteRequirementDefectRelation
    pub action: Action<DeleteRequirementDefectRelation>,
    /// 项目名称
    pub project_name: String,
    /// 需求 Code
    pub requirement_code: i64,
    /// 缺陷 Code
    pub defect_code: i64,
}

// ---------------------------------------------------------------- DescribeAllProjectsIssueWorkLogList

/// 工时日志列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllProjectsIssueWorkLogListRequest {
    /// 公共参数,本接口取值:DescribeAllProjectsIssueWorkLogList
    pub action: Action<DescribeAllProjectsIssueWorkLogList>,
    /// 开始时间
    pub start_at: i64,
    /// 结束时间
    pub end_at: i64,
    /// 偏移量，默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 每页数量，默认 20，最大1000
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// 项目名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 用户 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
}

/// 工时日志列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllProjectsIssueWorkLogListResponse {
    /// 工时日志列表
    pub work_logs: Vec<IssueWorkLog>,
}

actions! {
    /// 事项模块列表查询
    DescribeIssueModuleList {
        summary: "事项模块列表查询",
        description: "查询事项模块列表",
        request: DescribeIssueModuleListRequest,
        response: DescribeIssueModuleListResponse,
    }

    /// 事项模块创建
    CreateIssueModule {
        summary: "事项模块创建",
        description: "创建事项模块",
        request: CreateIssueModuleRequest,
        response: CreateIssueModuleResponse,
    }

    /// 事项模块删除
    DeleteIssueModule {
        summary: "事项模块删除",
        description: "删除事项模块",
        request: DeleteIssueModuleRequest,
        response: RequestIdResponse,
    }

    /// 缺陷类型列表查询
    DescribeDefectTypes {
        summary: "缺陷类型列表查询",
        request: DescribeDefectTypesRequest,
        response: DescribeDefectTypesResponse,
    }

    /// 需求取消关联缺陷
    DeleteRequirementDefectRelation {
        summary: "需求取消关联缺陷",
        request: DeleteRequirementDefectRelationRequest,
        response: RequestIdResponse,
    }

    /// 工时日志列表查询
    DescribeAllProjectsIssueWorkLogList {
        summary: "工时日志列表查询",
        description: "查询全部有权限的项目工时日志列表",
        request: DescribeAllProjectsIssueWorkLogListRequest,
        response: DescribeAllProjectsIssueWorkLogListResponse,
    }
}
