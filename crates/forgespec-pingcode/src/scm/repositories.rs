//! 代码 › 代码仓库: the repositories of a code-hosting product, shown in PingCode
//! with their details.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};
use crate::scm::products::{ScmProductPath, ScmProductRef};
use crate::scm::users::ScmUserRef;

/// The tag (document section) of these operations.
pub const TAG: &str = "代码仓库";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "代码托管平台内实际的代码仓库，用于在PingCode中显示代码仓库的详细信息。",
    source: "代码 › 代码仓库",
    endpoints: &[
        EndpointRef::of::<GetScmRepository>(),
        EndpointRef::of::<CreateScmRepository>(),
        EndpointRef::of::<UpdateScmRepository>(),
        EndpointRef::of::<PatchScmRepository>(),
        EndpointRef::of::<ListScmRepositories>(),
    ],
};

/// 代码仓库：代码托管平台内实际的代码仓库。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmRepository {
    /// 代码仓库的id。
    pub id: String,
    /// 代码仓库的资源地址。
    pub url: String,
    /// 托管平台。
    // E19: typed `Object`; the examples show the 托管平台 reference form.
    pub product: ScmProductRef,
    /// 代码仓库的名称。
    pub name: String,
    /// 代码仓库的全称。
    pub full_name: String,
    /// 代码仓库的创建时间。
    // E13: a 10-digit `Number` with no stated unit: epoch seconds.
    // E22: no request sets it; PingCode fills it in.
    pub created_at: i64,
    /// 代码仓库的拥有者。
    // E19: typed `Object`; the examples show the 托管平台用户 reference form.
    // E10: `owner_name` is optional when the repository is created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub owner: Option<Nullable<ScmUserRef>>,
    /// 代码仓库是否是fork仓库。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub is_fork: Option<Nullable<bool>>,
    /// 代码仓库是否是私有仓库。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub is_private: Option<Nullable<bool>>,
    /// 代码仓库的描述。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub description: Option<Nullable<String>>,
    /// 代码仓库的地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub html_url: Option<Nullable<String>>,
    /// 代码仓库的分支地址模板，链接后面括号里的值会被替换成真实地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub branches_url: Option<Nullable<String>>,
    /// 代码仓库的提交地址模板，链接后面括号里的值会被替换成真实地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub commits_url: Option<Nullable<String>>,
    /// 代码仓库的分支对比地址模板，链接后面括号里的值会被替换成真实地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub compare_url: Option<Nullable<String>>,
    /// 代码仓库的拉取请求地址模板，链接后面括号里的值会被替换成真实地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub pulls_url: Option<Nullable<String>>,
}

/// 代码仓库（引用数据）。
///
/// 在代码分支、提交引用、拉取请求、代码评审的 `repository` 字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmRepositoryRef {
    /// 代码仓库的id。
    pub id: String,
    /// 代码仓库的资源地址。
    pub url: String,
    /// 代码仓库的名称。
    pub name: String,
    /// 代码仓库的全称。
    pub full_name: String,
    /// 代码仓库的创建时间。
    // E13
    pub created_at: i64,
}

/// 路径参数：一个代码仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmRepositoryPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码仓库的id。
    pub repository_id: String,
}

/// 创建或全量更新一个代码仓库的请求参数。
// E23: the PUT table words `html_url` as "代码仓库在代码托管平台上的地址。…"; the
// POST table's wording is kept here (the two tables otherwise agree).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmRepositoryRequest {
    /// 代码仓库的名称。
    pub name: String,
    /// 代码仓库的全称。同一代码托管平台下，代码仓库的全称是唯一的。
    pub full_name: String,
    /// 代码仓库的简介。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 是否是fork仓库。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_fork: Option<bool>,
    /// 是否是私有仓库。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// 代码仓库拥有者的用户名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// 代码仓库的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// 代码仓库的分支地址，使用{branch}表示分支名。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_url: Option<String>,
    /// 代码仓库的提交地址，使用{sha}表示提交的SHA值。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_url: Option<String>,
    /// 代码仓库的分支对比地址，使用{base}和{head}表示基准分支名和需要进行对比的分支名。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_url: Option<String>,
    /// 代码仓库的拉取请求地址，使用{number}表示拉取请求的编号。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulls_url: Option<String>,
}

/// 部分更新一个代码仓库的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmRepositoryPatch {
    /// 代码仓库的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 代码仓库的全称。同一代码托管平台下，代码仓库的全称是唯一的。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// 代码仓库的简介。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 是否是fork仓库。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_fork: Option<bool>,
    /// 是否是私有仓库。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// 代码仓库拥有者的用户名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// 代码仓库在代码托管平台上的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// 代码仓库的分支地址，使用{branch}表示分支名。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_url: Option<String>,
    /// 代码仓库的提交地址，使用{sha}表示提交的SHA值。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_url: Option<String>,
    /// 代码仓库的分支对比地址，使用{base}和{head}表示基准分支名和需要进行对比的分支名。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare_url: Option<String>,
    /// 代码仓库的拉取请求地址，使用{number}表示拉取请求的编号。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulls_url: Option<String>,
}

/// 获取代码仓库列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmRepositoriesQuery {
    /// 代码仓库的全称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14
endpoint! {
    /// 获取一个代码仓库
    pub struct GetScmRepository {
        GET "/scm/products/{product_id}/repositories/{repository_id}",
        id: "getScmRepository",
        summary: "获取一个代码仓库",
        description: "代码仓库的资源地址：返回一个代码仓库的全量数据。",
        path: ScmRepositoryPath,
        response: (200, "代码仓库（全量数据）。", ScmRepository),
    }
}

endpoint! {
    /// 创建一个代码仓库
    pub struct CreateScmRepository {
        POST "/scm/products/{product_id}/repositories",
        id: "createScmRepository",
        summary: "创建一个代码仓库",
        path: ScmProductPath,
        request: ScmRepositoryRequest,
        response: (200, "创建的代码仓库。", ScmRepository),
    }
}

endpoint! {
    /// 全量更新一个代码仓库
    pub struct UpdateScmRepository {
        PUT "/scm/products/{product_id}/repositories/{repository_id}",
        id: "updateScmRepository",
        summary: "全量更新一个代码仓库",
        path: ScmRepositoryPath,
        request: ScmRepositoryRequest,
        response: (200, "更新后的代码仓库。", ScmRepository),
    }
}

endpoint! {
    /// 部分更新一个代码仓库
    pub struct PatchScmRepository {
        PATCH "/scm/products/{product_id}/repositories/{repository_id}",
        id: "patchScmRepository",
        summary: "部分更新一个代码仓库",
        path: ScmRepositoryPath,
        request: ScmRepositoryPatch,
        response: (200, "更新后的代码仓库。", ScmRepository),
    }
}

endpoint! {
    /// 获取代码仓库列表
    pub struct ListScmRepositories {
        GET "/scm/products/{product_id}/repositories",
        id: "listScmRepositories",
        summary: "获取代码仓库列表",
        path: ScmProductPath,
        query: ListScmRepositoriesQuery,
        response: (200, "代码仓库列表的一页。", Page<ScmRepository>),
    }
}
