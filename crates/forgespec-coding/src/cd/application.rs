//! 持续部署 › applications: bind a CD application to a project, list the
//! applications of a project or of the team, and read one application.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::action;
use crate::common::{Envelope, RequestIdResponse};

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BindCdApplicationToProjectRequest {
    /// 公共参数,本接口取值:BindCdApplicationToProject。
    pub action: String,
    /// 项目名称
    pub project_name: String,
    /// CD 应用名
    pub application: String,
}

// ---------------------------------------------------------------- DescribeCdApplicationsByProject

/// 根据项目名获取关联应用列表：输入参数。
// E800: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsByProjectRequest {
    /// 公共参数,本接口取值:DescribeCdApplicationsByProject。
    pub action: String,
    /// 项目名称
    pub project_name: String,
}

/// 根据项目名获取关联应用列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsByProjectResponse {
    /// CD 应用列表
    pub data: CdApplicationList,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeCdApplications

/// 获取应用列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsRequest {
    /// 公共参数,本接口取值:DescribeCdApplications。
    pub action: String,
}

/// 获取应用列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationsResponse {
    /// CD 应用列表
    pub data: CdApplicationList,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeCdApplication

/// 获取 CD 应用详情：输入参数。
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationRequest {
    /// 公共参数,本接口取值:DescribeCdApplication。
    pub action: String,
    /// 应用名称
    pub application: String,
}

/// 获取 CD 应用详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdApplicationResponse {
    /// CD 应用详情数据
    pub data: CdApplicationData,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

/// The operations of this module, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        action(
            "BindCdApplicationToProject",
            "绑定 CD 应用到项目",
            "API REFERENCE › 持续部署 › 绑定 CD 应用到项目",
        )
        .request::<BindCdApplicationToProjectRequest>()
        .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action(
            "DescribeCdApplicationsByProject",
            "根据项目名获取关联应用列表",
            "API REFERENCE › 持续部署 › 根据项目名获取关联应用列表",
        )
        .request::<DescribeCdApplicationsByProjectRequest>()
        .response::<Envelope<DescribeCdApplicationsByProjectResponse>>(200, "成功"),
        action(
            "DescribeCdApplications",
            "获取应用列表",
            "API REFERENCE › 持续部署 › 获取应用列表",
        )
        .request::<DescribeCdApplicationsRequest>()
        .response::<Envelope<DescribeCdApplicationsResponse>>(200, "成功"),
        action(
            "DescribeCdApplication",
            "获取 CD 应用详情",
            "API REFERENCE › 持续部署 › 获取 CD 应用详情",
        )
        .request::<DescribeCdApplicationRequest>()
        .response::<Envelope<DescribeCdApplicationResponse>>(200, "成功"),
    ]
}
