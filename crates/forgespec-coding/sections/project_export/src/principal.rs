//! 项目 › 项目成员主体: a project's member principals (users, user groups and departments) and their policies.
//!
//! Required input parameters follow E1 (E1300); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// 成员主体类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PrincipalType {
    /// USER_GROUP
    UserGroup,
    /// DEPARTMENT
    Department,
    /// USER
    User,
}

/// 删除项目成员主体 成员对象
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct PrincipalDel {
    /// 主体ID
    pub principal_id: String,
    /// 主体类型，支持USER_GROUP、DEPARTMENT、USER
    pub principal_type: PrincipalType,
}

/// 添加项目成员主体 成员对象
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct PrincipalAdd {
    /// 主体ID
    pub principal_id: String,
    /// 主体类型
    pub principal_type: PrincipalType,
    /// 权限组ID
    pub policy_ids: Vec<i64>,
}

/// 查询项目成员主体 响应信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PrincipalData {
    /// 页数
    pub page_number: i64,
    /// 条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 成员主体信息
    pub principals: Vec<PrincipalResp>,
}

/// 成员主体返回信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PrincipalResp {
    /// 成员主体Id
    pub principal_id: String,
    /// 成员主体名称
    pub principal_name: String,
    /// 成员主体类型
    pub principal_type: PrincipalType,
    /// 添加时间
    pub created_at: i64,
    /// 权限组Id
    pub policies: Nullable<Vec<PrincipalPolicy>>,
}

/// 权限信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PrincipalPolicy {
    /// 1
    pub policy_id: i64,
    /// ProjectMember类型
    pub policy_name: String,
    /// 项目成员
    pub policy_alias: String,
}

// ---------------------------------------------------------------- DeleteProjectMemberPrincipal

/// 项目成员主体删除(包含用户组、部门、成员)：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProjectMemberPrincipalRequest {
    /// 公共参数,本接口取值:DeleteProjectMemberPrincipal
    pub action: Action<DeleteProjectMemberPrincipal>,
    /// 项目Id
    pub project_id: i64,
    /// 成员主体信息
    pub principals: Vec<PrincipalDel>,
}

// ---------------------------------------------------------------- CreateProjectMemberPrincipal

/// 项目成员主体新增(包含用户组、部门、成员)：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectMemberPrincipalRequest {
    /// 公共参数,本接口取值:CreateProjectMemberPrincipal
    pub action: Action<CreateProjectMemberPrincipal>,
    /// 项目Id
    pub project_id: i64,
    /// 成员主体信息
    pub principals: Vec<PrincipalAdd>,
}

// ---------------------------------------------------------------- DescribeProjectMemberPrincipals

/// 项目成员主体查询(包含用户组、部门、成员)：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectMemberPrincipalsRequest {
    /// 公共参数,本接口取值:DescribeProjectMemberPrincipals
    pub action: Action<DescribeProjectMemberPrincipals>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 关键字搜索：成员名/邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// 项目Id
    pub project_id: i64,
    /// 权限组Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<i64>,
}

/// 项目成员主体查询(包含用户组、部门、成员)：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectMemberPrincipalsResponse {
    /// 成员主体信息
    pub data: Nullable<PrincipalData>,
}

actions! {
    /// 项目成员主体删除(包含用户组、部门、成员)
    DeleteProjectMemberPrincipal {
        summary: "项目成员主体删除(包含用户组、部门、成员)",
        request: DeleteProjectMemberPrincipalRequest,
        response: RequestIdResponse,
    }

    /// 项目成员主体新增(包含用户组、部门、成员)
    CreateProjectMemberPrincipal {
        summary: "项目成员主体新增(包含用户组、部门、成员)",
        request: CreateProjectMemberPrincipalRequest,
        response: RequestIdResponse,
    }

    /// 项目成员主体查询(包含用户组、部门、成员)
    DescribeProjectMemberPrincipals {
        summary: "项目成员主体查询(包含用户组、部门、成员)",
        request: DescribeProjectMemberPrincipalsRequest,
        response: DescribeProjectMemberPrincipalsResponse,
    }
}
