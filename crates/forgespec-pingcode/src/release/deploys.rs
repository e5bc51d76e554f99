//! 交付 › 部署: the deploys of an enterprise's releases to its environments, shown in
//! PingCode with their linked work items.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint, wire::FlexibleNumber};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery, WorkItemRef};
use crate::release::environments::ReleaseEnvironmentRef;

/// The tag (document section) of these operations.
pub const TAG: &str = "部署";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "企业内实际的部署记录，用于在PingCode中显示部署的详细信息。",
    source: "交付 › 部署",
    endpoints: &[
        EndpointRef::of::<GetDeploy>(),
        EndpointRef::of::<CreateDeploy>(),
        EndpointRef::of::<UpdateDeploy>(),
        EndpointRef::of::<PatchDeploy>(),
        EndpointRef::of::<ListDeploys>(),
        EndpointRef::of::<DeleteDeploy>(),
    ],
};

/// 部署的状态。
///
/// 允许值: `not_deployed`, `deployed`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeployStatus {
    /// 未部署（not_deployed）。
    NotDeployed,
    /// 已部署（deployed）。
    Deployed,
}

/// 部署：企业内实际的部署记录。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Deploy {
    /// 部署的id。
    pub id: String,
    /// 部署的资源地址。
    pub url: String,
    /// 部署的状态。
    pub status: DeployStatus,
    /// 发布的名称。
    pub release_name: String,
    /// 发布的环境。
    // E73: typed `Object`; the examples show the 环境 reference form.
    pub environment: ReleaseEnvironmentRef,
    /// 版本发布的地址。
    // E62: optional when the deploy is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub release_url: Option<Nullable<String>>,
    /// 部署开始的时间。
    // E13: epoch seconds.
    pub start_at: i64,
    /// 部署结束的时间。
    // E13: epoch seconds.
    pub end_at: i64,
    /// 部署持续的时间。单位为秒。
    // E74: typed Number; whole seconds in every example.
    pub duration: FlexibleNumber,
    /// 部署关联的PingCode的工作项列表。
    // E12: `Object[]` with no table.
    pub work_items: Vec<WorkItemRef>,
}

/// 部署（引用数据）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeployRef {
    /// 部署的id。
    pub id: String,
    /// 部署的资源地址。
    pub url: String,
    /// 部署的状态。
    pub status: DeployStatus,
    /// 发布的名称。
    pub release_name: String,
}

/// 路径参数：一个部署。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeployPath {
    /// 部署的id。
    pub deploy_id: String,
}

/// 创建或全量更新一个部署的请求参数。
// E23: the POST and PUT tables list the same fields; only `release_name` is worded
// differently (POST "发布的名称。", PUT "版本发布的名称。"); the POST wording is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeployRequest {
    /// 部署的状态。
    pub status: DeployStatus,
    /// 环境的id。
    pub env_id: String,
    /// 发布的名称。
    pub release_name: String,
    /// 版本发布的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_url: Option<String>,
    /// 部署开始的时间。
    // E13: epoch seconds.
    pub start_at: i64,
    /// 部署结束的时间。
    // E13: epoch seconds.
    pub end_at: i64,
    /// 部署持续的时间。单位为秒。
    // E74: typed Number; whole seconds in every example.
    pub duration: FlexibleNumber,
    /// PingCode工作项编号的列表。通过该参数将部署与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 部分更新一个部署的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeployPatch {
    /// 部署的状态。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeployStatus>,
    /// 环境的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_id: Option<String>,
    /// 版本发布的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_name: Option<String>,
    /// 版本发布的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_url: Option<String>,
    /// 部署开始的时间。
    // E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<i64>,
    /// 部署结束的时间。
    // E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<i64>,
    /// 部署持续的时间。单位为秒。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // E74
    pub duration: Option<FlexibleNumber>,
    /// PingCode工作项编号的列表。通过该参数将部署与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 获取部署列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListDeploysQuery {
    /// 环境的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_id: Option<String>,
    /// 分页。
    // E6
    #[serde(flatten)]
    pub page: PageQuery,
}

endpoint! {
    /// 获取一个部署
    pub struct GetDeploy {
        GET "/release/deploys/{deploy_id}",
        id: "getDeploy",
        summary: "获取一个部署",
        description: "部署的资源地址：返回一个部署的全量数据。",
        path: DeployPath,
        response: (200, "部署（全量数据）。", Deploy),
    }
}

endpoint! {
    /// 创建一个部署
    pub struct CreateDeploy {
        POST "/release/deploys",
        id: "createDeploy",
        summary: "创建一个部署",
        request: DeployRequest,
        response: (200, "创建的部署。", Deploy),
    }
}

endpoint! {
    /// 全量更新一个部署
    pub struct UpdateDeploy {
        PUT "/release/deploys/{deploy_id}",
        id: "updateDeploy",
        summary: "全量更新一个部署",
        path: DeployPath,
        request: DeployRequest,
        response: (200, "更新后的部署。", Deploy),
    }
}

endpoint! {
    /// 部分更新一个部署
    pub struct PatchDeploy {
        PATCH "/release/deploys/{deploy_id}",
        id: "patchDeploy",
        summary: "部分更新一个部署",
        path: DeployPath,
        request: DeployPatch,
        response: (200, "更新后的部署。", Deploy),
    }
}

endpoint! {
    /// 获取部署列表
    pub struct ListDeploys {
        GET "/release/deploys",
        id: "listDeploys",
        summary: "获取部署列表",
        query: ListDeploysQuery,
        response: (200, "部署列表的一页。", Page<Deploy>),
    }
}

endpoint! {
    /// 删除一个部署
    pub struct DeleteDeploy {
        DELETE "/release/deploys/{deploy_id}",
        id: "deleteDeploy",
        summary: "删除一个部署",
        path: DeployPath,
        response: (200, "删除的部署。", Deploy),
    }
}
