//! 持续部署 › applications: bind a CD application to a project, list the
//! applications of a project or of the team, and read one application.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// CD 应用。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplication {
    /// CD 应用名。
    pub name: String,
}

/// CD 应用列表（DescribeCdApplicationsByProjectResponseData、DescribeCdApplicationsResponseData）。
// E801: the two undefined Data types of the list Actions are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplicationList {
    /// CD 应用。
    pub applications: Vec<CdApplication>,
}

/// CD 应用详情数据（DescribeCdApplicationResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplicationData {
    /// CD 应用的配置，JSON 文本（一个字符串）。
    pub application_json_content: String,
}

// ---------------------------------------------------------------- BindCdApplicationToProject

/// 绑定 CD 应用到项目：输入参数。
// E800: ProjectName and Application are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct BindCdApplicationToProjectRequest {
    /// 公共参数,本接口取值:BindCdApplicationToProject。
    pub action: Action<BindCdApplicationToProject>,
    /// 项目名称
    pub project_name: String,
    /// CD 应用名
    pub application: String,
}

// ---------------------------------------------------------------- DescribeCdApplicationsByProject

/// 根据项目名获取关联应用列表：输入参数。
// E800: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsByProjectRequest {
    /// 公共参数,本接口取值:DescribeCdApplicationsByProject。
    pub action: Action<DescribeCdApplicationsByProject>,
    /// 项目名称
    pub project_name: String,
}

/// 根据项目名获取关联应用列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsByProjectResponse {
    /// CD 应用列表
    pub data: CdApplicationList,
}

// ---------------------------------------------------------------- DescribeCdApplications

/// 获取应用列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsRequest {
    /// 公共参数,本接口取值:DescribeCdApplications。
    pub action: Action<DescribeCdApplications>,
}

/// 获取应用列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsResponse {
    /// CD 应用列表
    pub data: CdApplicationList,
}

// ---------------------------------------------------------------- DescribeCdApplication

/// 获取 CD 应用详情：输入参数。
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationRequest {
    /// 公共参数,本接口取值:DescribeCdApplication。
    pub action: Action<DescribeCdApplication>,
    /// 应用名称
    pub application: String,
}

/// 获取 CD 应用详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationResponse {
    /// CD 应用详情数据
    pub data: CdApplicationData,
}

actions! {
    /// 绑定 CD 应用到项目
    BindCdApplicationToProject {
        summary: "绑定 CD 应用到项目",
        source: "绑定 CD 应用到项目",
        request: BindCdApplicationToProjectRequest,
        response: RequestIdResponse,
    }

    /// 根据项目名获取关联应用列表
    DescribeCdApplicationsByProject {
        summary: "根据项目名获取关联应用列表",
        source: "根据项目名获取关联应用列表",
        request: DescribeCdApplicationsByProjectRequest,
        response: DescribeCdApplicationsByProjectResponse,
    }

    /// 获取应用列表
    DescribeCdApplications {
        summary: "获取应用列表",
        source: "获取应用列表",
        request: DescribeCdApplicationsRequest,
        response: DescribeCdApplicationsResponse,
    }

    /// 获取 CD 应用详情
    DescribeCdApplication {
        summary: "获取 CD 应用详情",
        source: "获取 CD 应用详情",
        request: DescribeCdApplicationRequest,
        response: DescribeCdApplicationResponse,
    }
}
