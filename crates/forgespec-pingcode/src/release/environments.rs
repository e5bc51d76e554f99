//! 交付 › 环境: the deploy environments of an enterprise, shown in PingCode with
//! their deploys.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};

/// The tag (document section) of these operations.
pub const TAG: &str = "环境";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "企业内实际的部署环境，用于在PingCode中显示各个环境的部署信息。",
    source: "交付 › 环境",
    endpoints: &[
        EndpointRef::of::<GetReleaseEnvironment>(),
        EndpointRef::of::<CreateReleaseEnvironment>(),
        EndpointRef::of::<UpdateReleaseEnvironment>(),
        EndpointRef::of::<PatchReleaseEnvironment>(),
        EndpointRef::of::<ListReleaseEnvironments>(),
        EndpointRef::of::<DeleteReleaseEnvironment>(),
    ],
};

/// 环境：企业内实际的部署环境。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironment {
    /// 环境的id。
    pub id: String,
    /// 环境的资源地址。
    pub url: String,
    /// 环境的名称。
    pub name: String,
    /// 环境的真实地址。
    // E62: optional when the environment is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub html_url: Option<Nullable<String>>,
}

/// 环境（引用数据）。
///
/// 在部署的 `environment` 字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironmentRef {
    /// 环境的id。
    pub id: String,
    /// 环境的资源地址。
    pub url: String,
    /// 环境的名称。
    pub name: String,
}

/// 路径参数：一个环境。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ReleaseEnvironmentPath {
    /// 环境的id。
    pub env_id: String,
}

/// 创建或全量更新一个环境的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ReleaseEnvironmentRequest {
    /// 环境的名称。同一团队内，环境的名称是唯一的。
    pub name: String,
    /// 环境的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 部分更新一个环境的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ReleaseEnvironmentPatch {
    /// 环境的名称。同一团队内，环境的名称是唯一的。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 环境的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 获取环境列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListReleaseEnvironmentsQuery {
    /// 环境的名称。
    // E72: the table marks `name` required; a filter that must always be given
    // would make listing all environments impossible, so it is optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页。
    // E6
    #[serde(flatten)]
    pub page: PageQuery,
}

endpoint! {
    /// 获取一个环境
    pub struct GetReleaseEnvironment {
        GET "/release/environments/{env_id}",
        id: "getReleaseEnvironment",
        summary: "获取一个环境",
        description: "环境的资源地址：返回一个环境的全量数据。",
        path: ReleaseEnvironmentPath,
        response: (200, "环境（全量数据）。", ReleaseEnvironment),
    }
}

endpoint! {
    /// 创建一个环境
    pub struct CreateReleaseEnvironment {
        POST "/release/environments",
        id: "createReleaseEnvironment",
        summary: "创建一个环境",
        request: ReleaseEnvironmentRequest,
        response: (200, "创建的环境。", ReleaseEnvironment),
    }
}

endpoint! {
    /// 全量更新一个环境
    pub struct UpdateReleaseEnvironment {
        PUT "/release/environments/{env_id}",
        id: "updateReleaseEnvironment",
        summary: "全量更新一个环境",
        path: ReleaseEnvironmentPath,
        request: ReleaseEnvironmentRequest,
        response: (200, "更新后的环境。", ReleaseEnvironment),
    }
}

endpoint! {
    /// 部分更新一个环境
    pub struct PatchReleaseEnvironment {
        PATCH "/release/environments/{env_id}",
        id: "patchReleaseEnvironment",
        summary: "部分更新一个环境",
        path: ReleaseEnvironmentPath,
        request: ReleaseEnvironmentPatch,
        response: (200, "更新后的环境。", ReleaseEnvironment),
    }
}

endpoint! {
    /// 获取环境列表
    pub struct ListReleaseEnvironments {
        GET "/release/environments",
        id: "listReleaseEnvironments",
        summary: "获取环境列表",
        query: ListReleaseEnvironmentsQuery,
        response: (200, "环境列表的一页。", Page<ReleaseEnvironment>),
    }
}

endpoint! {
    /// 删除一个环境
    pub struct DeleteReleaseEnvironment {
        DELETE "/release/environments/{env_id}",
        id: "deleteReleaseEnvironment",
        summary: "删除一个环境",
        description: "删除环境之前，需要先删除与该环境关联的部署。",
        path: ReleaseEnvironmentPath,
        response: (200, "删除的环境。", ReleaseEnvironment),
    }
}
