//! 构建 › 构建记录: the build records of an enterprise, shown in PingCode with their
//! results and linked work items.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint, wire::FlexibleNumber};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery, WorkItemRef};

/// The tag (document section) of these operations.
pub const TAG: &str = "构建记录";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "企业内实际的构建记录，用于在PingCode中显示构建的详细信息。",
    source: "构建 › 构建记录",
    endpoints: &[
        EndpointRef::of::<GetBuild>(),
        EndpointRef::of::<CreateBuild>(),
        EndpointRef::of::<UpdateBuild>(),
        EndpointRef::of::<PatchBuild>(),
        EndpointRef::of::<ListBuilds>(),
        EndpointRef::of::<DeleteBuild>(),
    ],
};

/// 构建工具的名称。
///
/// 允许值: `bamboo`, `bitbucket`, `jenkins`, `other`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BuildProvider {
    /// Bamboo
    Bamboo,
    /// Bitbucket
    Bitbucket,
    /// Jenkins
    Jenkins,
    /// 其他
    Other,
}

/// 构建的状态。
///
/// 允许值: `success`, `failure`, `unknown`。
// E70: the resource allows `unknown`; the request tables only `success` and
// `failure` (see `BuildReportStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BuildStatus {
    /// 成功（success）。
    Success,
    /// 失败（failure）。
    Failure,
    /// 未知（unknown）。
    Unknown,
}

/// 创建或更新构建记录时上报的构建状态。
///
/// 允许值: `success`, `failure`。
// E70
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BuildReportStatus {
    /// 成功（success）。
    Success,
    /// 失败（failure）。
    Failure,
}

/// 构建记录：企业内实际的构建记录。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Build {
    /// 构建记录的id。
    pub id: String,
    /// 构建记录的资源地址。
    pub url: String,
    /// 构建记录的编号。
    pub identifier: String,
    /// 构建记录的名称。
    pub name: String,
    /// 构建任务的地址。
    // E62: optional when the build is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub job_url: Option<Nullable<String>>,
    /// 构建工具的名称。
    pub provider: BuildProvider,
    /// 构建结果的概述。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub result_overview: Option<Nullable<String>>,
    /// 构建结果的地址。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub result_url: Option<Nullable<String>>,
    /// 构建开始的时间。
    // E13: epoch seconds.
    pub start_at: i64,
    /// 构建结束的时间。
    // E13: epoch seconds.
    pub end_at: i64,
    /// 构建的状态。
    pub status: BuildStatus,
    /// 构建持续的时间，单位为秒。
    // E74: typed Number; whole seconds in every example.
    pub duration: FlexibleNumber,
    /// 构建关联的PingCode的工作项列表。
    // E12: `Object[]` with no table.
    pub work_items: Vec<WorkItemRef>,
}

/// 构建记录（引用数据）。
// The document's 引用数据示例 carries every field of the full form except
// `work_items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BuildRef {
    /// 构建记录的id。
    pub id: String,
    /// 构建记录的资源地址。
    pub url: String,
    /// 构建记录的编号。
    pub identifier: String,
    /// 构建记录的名称。
    pub name: String,
    /// 构建任务的地址。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub job_url: Option<Nullable<String>>,
    /// 构建工具的名称。
    pub provider: BuildProvider,
    /// 构建结果的概述。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub result_overview: Option<Nullable<String>>,
    /// 构建结果的地址。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub result_url: Option<Nullable<String>>,
    /// 构建开始的时间。
    // E13: epoch seconds.
    pub start_at: i64,
    /// 构建结束的时间。
    // E13: epoch seconds.
    pub end_at: i64,
    /// 构建的状态。
    pub status: BuildStatus,
    /// 构建持续的时间，单位为秒。
    // E74: typed Number; whole seconds in every example.
    pub duration: FlexibleNumber,
}

/// 路径参数：一条构建记录。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct BuildPath {
    /// 构建的id。
    pub build_id: String,
}

/// 创建或全量更新一条构建记录的请求参数。
// The POST and PUT tables list the same fields with the same words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct BuildRequest {
    /// 构建的名称。
    pub name: String,
    /// 构建的编号。
    pub identifier: String,
    /// 构建任务的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_url: Option<String>,
    /// 构建工具的名称。
    pub provider: BuildProvider,
    /// 构建结果的概述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_overview: Option<String>,
    /// 构建结果的地址。如果为空，在PingCode中不显示相关的跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// 构建开始的时间。
    // E13: epoch seconds.
    pub start_at: i64,
    /// 构建结束的时间。
    // E13: epoch seconds.
    pub end_at: i64,
    /// 构建持续的时间。单位为秒。
    // E74: typed Number; whole seconds in every example.
    pub duration: FlexibleNumber,
    /// 构建的状态。
    // E70
    pub status: BuildReportStatus,
    /// PingCode工作项编号的列表。通过该参数将构建与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 部分更新一条构建记录的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct BuildPatch {
    /// 构建的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 构建的编号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// 构建任务的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_url: Option<String>,
    /// 构建工具的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<BuildProvider>,
    /// 构建结果的概述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_overview: Option<String>,
    /// 构建结果的地址。如果为空，在PingCode中不显示相关的跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// 构建开始的时间。
    // E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<i64>,
    /// 构建结束的时间。
    // E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<i64>,
    /// 构建的状态。
    // E70
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<BuildReportStatus>,
    /// 构建持续的时间。单位为秒。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // E74
    pub duration: Option<FlexibleNumber>,
    /// PingCode工作项编号的列表。通过该参数将构建与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 获取构建记录列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListBuildsQuery {
    /// 分页。
    // E6: the document lists no query parameters for this list.
    #[serde(flatten)]
    pub page: PageQuery,
}

endpoint! {
    /// 获取一条构建记录
    pub struct GetBuild {
        GET "/build/builds/{build_id}",
        id: "getBuild",
        summary: "获取一条构建记录",
        description: "构建记录的资源地址：返回一条构建记录的全量数据。",
        path: BuildPath,
        response: (200, "构建记录（全量数据）。", Build),
    }
}

endpoint! {
    /// 创建一条构建记录
    pub struct CreateBuild {
        POST "/build/builds",
        id: "createBuild",
        summary: "创建一条构建记录",
        request: BuildRequest,
        response: (200, "创建的构建记录。", Build),
    }
}

endpoint! {
    /// 全量更新一条构建记录
    pub struct UpdateBuild {
        PUT "/build/builds/{build_id}",
        id: "updateBuild",
        summary: "全量更新一条构建记录",
        path: BuildPath,
        request: BuildRequest,
        response: (200, "更新后的构建记录。", Build),
    }
}

endpoint! {
    /// 部分更新一条构建记录
    pub struct PatchBuild {
        PATCH "/build/builds/{build_id}",
        id: "patchBuild",
        summary: "部分更新一条构建记录",
        path: BuildPath,
        request: BuildPatch,
        response: (200, "更新后的构建记录。", Build),
    }
}

endpoint! {
    /// 获取构建记录列表
    pub struct ListBuilds {
        GET "/build/builds",
        id: "listBuilds",
        summary: "获取构建记录列表",
        query: ListBuildsQuery,
        response: (200, "构建记录列表的一页。", Page<Build>),
    }
}

// E71: the document spells the method `DEL`.
endpoint! {
    /// 删除一条构建记录
    pub struct DeleteBuild {
        DELETE "/build/builds/{build_id}",
        id: "deleteBuild",
        summary: "删除一条构建记录",
        path: BuildPath,
        response: (200, "删除的构建记录。", Build),
    }
}
