//! 项目: creating a project from a template, finding projects by label or feature, the project's credentials.
//!
//! Required input parameters follow E1 (E1300); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Project, actions};
use crate::project::{ProjectShared, ProjectTemplate};

/// 标签(TKE、TCB、SLS、QUICKSTART、APIGW)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TemplateLabel {
    /// TKE
    Tke,
    /// TCB
    Tcb,
    /// SLS
    Sls,
    /// QUICKSTART
    Quickstart,
    /// APIGW
    Apigw,
}

/// 获取凭据列表返回结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectCredentialsData {
    /// 凭据列表返回结构
    pub credential_list: Vec<ProjectCredential>,
}

/// 凭据结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectCredential {
    /// 凭据唯一 ID
    pub credential_id: String,
    /// 凭据名称
    pub name: String,
}

// ---------------------------------------------------------------- CreateProjectWithTemplate

/// 模版项目创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectWithTemplateRequest {
    /// 公共参数,本接口取值:CreateProjectWithTemplate
    pub action: Action<CreateProjectWithTemplate>,
    /// 项目名称
    pub display_name: String,
    /// 项目标识
    pub name: String,
    /// 项目模版 CODE_HOST 代码托管项目， PROJECT_MANAGE 项目管理项目， DEV_OPS DevOps项目， DEMO_BEGIN 范例项目
    // E1302: the help document's ProjectTemplate, which gains the export's CHOICE_DEMAND.
    pub project_template: ProjectTemplate,
    /// 项目描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 0： 不公开 1：公开源代码
    // E1113: the values its description lists, as CreateCodingProject's `Shared`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<ProjectShared>,
    /// 项目图标
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// 隐藏项目在 CODING 入口不可见  true 不可见|false 可见
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invisible: Option<bool>,
    /// 标签(TKE、TCB、SLS、QUICKSTART、APIGW)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<TemplateLabel>,
}

/// 模版项目创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectWithTemplateResponse {
    /// 项目Id
    pub project_id: i64,
}

// ---------------------------------------------------------------- DescribeProjectCredentials

/// 项目凭据列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectCredentialsRequest {
    /// 公共参数,本接口取值:DescribeProjectCredentials
    pub action: Action<DescribeProjectCredentials>,
    /// 项目 ID
    pub project_id: i64,
}

/// 项目凭据列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectCredentialsResponse {
    /// 获取凭据列表
    pub data: ProjectCredentialsData,
}

// ---------------------------------------------------------------- DescribeProjectLabels

/// 项目列表查询-指定项目标签：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectLabelsRequest {
    /// 公共参数,本接口取值:DescribeProjectLabels
    pub action: Action<DescribeProjectLabels>,
    /// 标签
    pub label: String,
}

/// 项目列表查询-指定项目标签：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectLabelsResponse {
    /// 项目列表信息
    pub project_list: Nullable<Vec<Project>>,
}

// ---------------------------------------------------------------- DescribeProjectsByFeature

/// 项目查询（通过一级菜单名）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectsByFeatureRequest {
    /// 公共参数,本接口取值:DescribeProjectsByFeature
    pub action: Action<DescribeProjectsByFeature>,
    /// 一级菜单名称
    pub menu_name: String,
}

/// 项目查询（通过一级菜单名）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectsByFeatureResponse {
    /// 项目id
    pub project_id: Nullable<Vec<i64>>,
}

actions! {
    /// 模版项目创建
    CreateProjectWithTemplate {
        summary: "模版项目创建",
        request: CreateProjectWithTemplateRequest,
        response: CreateProjectWithTemplateResponse,
    }

    /// 项目凭据列表查询
    DescribeProjectCredentials {
        summary: "项目凭据列表查询",
        request: DescribeProjectCredentialsRequest,
        response: DescribeProjectCredentialsResponse,
    }

    /// 项目列表查询-指定项目标签
    DescribeProjectLabels {
        summary: "项目列表查询-指定项目标签",
        request: DescribeProjectLabelsRequest,
        response: DescribeProjectLabelsResponse,
    }

    /// 项目查询（通过一级菜单名）
    DescribeProjectsByFeature {
        summary: "项目查询（通过一级菜单名）",
        description: "项目查询（通过一级菜单名查询开启某个模块的项目）",
        request: DescribeProjectsByFeatureRequest,
        response: DescribeProjectsByFeatureResponse,
    }
}
