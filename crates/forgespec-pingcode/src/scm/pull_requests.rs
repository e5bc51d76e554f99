//! 代码 › 拉取请求: the pull requests of a repository, shown in PingCode with their
//! details, branches and linked work items.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery, WorkItemRef};
use crate::scm::products::ScmProductRef;
use crate::scm::repositories::{ScmRepositoryPath, ScmRepositoryRef};
use crate::scm::users::ScmUserRef;

/// The tag (document section) of these operations.
pub const TAG: &str = "拉取请求";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "代码仓库内实际的拉取请求，用于在PingCode中显示拉取请求的详细信息。",
    source: "代码 › 拉取请求",
    endpoints: &[
        EndpointRef::of::<GetScmPullRequest>(),
        EndpointRef::of::<CreateScmPullRequest>(),
        EndpointRef::of::<UpdateScmPullRequest>(),
        EndpointRef::of::<PatchScmPullRequest>(),
        EndpointRef::of::<ListScmPullRequests>(),
    ],
};

/// 拉取请求的状态。
///
/// 允许值: `open`, `closed`, `merged`, `abandoned`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScmPullRequestStatus {
    /// 打开（open）。
    Open,
    /// 已关闭（closed）。
    Closed,
    /// 已合并（merged）。
    Merged,
    /// 已放弃（abandoned）。
    Abandoned,
}

/// 拉取请求的源分支或目标分支。
// E60: the pull-request examples carry the branch as `{id, url, name, create_at}`,
// while the 代码分支 reference form has `created_at`. Both keys are accepted, each
// optional, so either spelling round-trips unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmPullRequestBranch {
    /// 代码分支的id。
    pub id: String,
    /// 代码分支的资源地址。
    pub url: String,
    /// 代码分支的名称。
    pub name: String,
    /// 代码分支的创建时间（拉取请求的示例中写作 `create_at`）。
    // E60, E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_at: Option<i64>,
    /// 代码分支的创建时间。
    // E60, E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

/// 拉取请求：代码仓库内实际的拉取请求。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmPullRequest {
    /// 拉取请求的id。
    pub id: String,
    /// 拉取请求的资源地址。
    pub url: String,
    /// 拉取请求的托管平台。
    // E73: typed `Object`; the examples show the 托管平台 reference form.
    pub product: ScmProductRef,
    /// 拉取请求的代码仓库。
    // E73: typed `Object`; the examples show the 代码仓库 reference form.
    pub repository: ScmRepositoryRef,
    /// 拉取请求的标题。
    pub title: String,
    /// 拉取请求的编号。
    pub number: i64,
    /// 拉取请求的状态。
    pub status: ScmPullRequestStatus,
    /// 拉取请求的描述。
    // E62: optional when the pull request is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub description: Option<Nullable<String>>,
    /// 拉取请求的创建者。
    // E73: typed `Object`; the examples show the 托管平台用户 reference form
    // without `product` (E11).
    pub author: ScmUserRef,
    /// 拉取请求的源分支。
    // E73, E60: typed `Object`; see `ScmPullRequestBranch`.
    // E64: `source_branch_id` is optional when the pull request is created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub source_branch: Option<Nullable<ScmPullRequestBranch>>,
    /// 拉取请求的目标分支。
    // E73, E60: typed `Object`; see `ScmPullRequestBranch`.
    pub target_branch: ScmPullRequestBranch,
    /// 拉取请求的创建时间。
    // E13: epoch seconds.
    pub created_at: i64,
    /// 拉取请求的合并的时间。
    // E61: only a merged pull request has one; E13: epoch seconds.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub merged_at: Option<Nullable<i64>>,
    /// 拉取请求的源分支最后一次提交的SHA值。
    // E61
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub merged_commit_sha: Option<Nullable<String>>,
    /// 拉取请求的合并者。
    // E61; E73: typed `Object`; the examples show the 托管平台用户 reference form.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub merged_by: Option<Nullable<ScmUserRef>>,
    /// 拉取请求的评论数量。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub comments_count: Option<Nullable<i64>>,
    /// 拉取请求的代码评审评论数量。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub review_comments_count: Option<Nullable<i64>>,
    /// 拉取请求的提交数量。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub commits_count: Option<Nullable<i64>>,
    /// 拉取请求的新增文件数量。
    // E62, E66
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub additions_count: Option<Nullable<i64>>,
    /// 拉取请求的删除文件数量。
    // E62, E66
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub deletions_count: Option<Nullable<i64>>,
    /// 拉取请求的更改文件数量。
    // E62
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub changed_files_count: Option<Nullable<i64>>,
    /// 拉取请求关联的PingCode的工作项列表。
    // E12: `Object[]` with no table.
    pub work_items: Vec<WorkItemRef>,
}

/// 拉取请求（引用数据）。
///
/// 在代码评审的 `pull_request` 字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmPullRequestRef {
    /// 拉取请求的id。
    pub id: String,
    /// 拉取请求的资源地址。
    pub url: String,
    /// 拉取请求的编号。
    pub number: i64,
}

/// 路径参数：一个拉取请求。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmPullRequestPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码仓库的id。
    pub repository_id: String,
    /// 拉取请求的id。
    pub pull_request_id: String,
}

/// 创建一个拉取请求的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateScmPullRequestRequest {
    /// 拉取请求的标题。
    pub title: String,
    /// 拉取请求的编号。同一代码仓库下，该值是唯一的。
    pub number: i64,
    /// 拉取请求创建者的用户名。
    pub creator_name: String,
    /// 源分支的id。
    // E64: optional here, required by the PUT table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch_id: Option<String>,
    /// 目标分支的id。
    pub target_branch_id: String,
    /// 拉取请求的状态。
    pub status: ScmPullRequestStatus,
    /// 拉取请求的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 拉取请求合并的时间。当拉取请求状态为merged时，该值为必填。
    // E61: the condition is not expressed in the schema; E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_at: Option<i64>,
    /// 源分支最后一次提交的SHA值。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_commit_sha: Option<String>,
    /// 拉取请求合并者的用户名。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_by_name: Option<String>,
    /// 拉取请求的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_count: Option<i64>,
    /// 代码评审的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_comments_count: Option<i64>,
    /// 代码的提交数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_count: Option<i64>,
    /// 新增文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additions_count: Option<i64>,
    /// 删除文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletions_count: Option<i64>,
    /// 更改文件的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_files_count: Option<i64>,
    /// PingCode工作项编号的列表。通过该参数将拉取请求与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 全量更新一个拉取请求的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct UpdateScmPullRequestRequest {
    /// 拉取请求的标题。
    pub title: String,
    /// 拉取请求的编号。同一代码仓库下，该值是唯一的。
    // E63: not in the PUT table, but the PUT 请求示例 sends it; the description
    // is the POST table's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    /// 拉取请求创建者的用户名。
    pub creator_name: String,
    /// 源分支的id。
    // E64: required here, optional in the POST table.
    pub source_branch_id: String,
    /// 目标分支的id。
    pub target_branch_id: String,
    /// 拉取请求的状态。
    pub status: ScmPullRequestStatus,
    /// 拉取请求的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 拉取请求合并的时间。当拉取请求状态为merged时，该值为必填。
    // E61; E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_at: Option<i64>,
    /// 源分支最后一次提交的SHA值。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_commit_sha: Option<String>,
    /// 拉取请求合并者的用户名。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_by_name: Option<String>,
    /// 拉取请求的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_count: Option<i64>,
    /// 代码评审的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_comments_count: Option<i64>,
    /// 代码的提交数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_count: Option<i64>,
    /// 新增文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additions_count: Option<i64>,
    /// 删除文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletions_count: Option<i64>,
    /// 更改文件的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_files_count: Option<i64>,
    /// PingCode工作项编号的列表。通过该参数将拉取请求与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 部分更新一个拉取请求的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmPullRequestPatch {
    /// 拉取请求的状态。
    // E65: the table requires `status` even in a partial update; kept required.
    pub status: ScmPullRequestStatus,
    /// 拉取请求的标题。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 拉取请求创建者的用户名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_name: Option<String>,
    /// 拉取请求的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 目标分支的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch_id: Option<String>,
    /// 源分支的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch_id: Option<String>,
    /// 拉取请求合并的时间。当拉取请求状态为merged时，该值为必填。
    // E61; E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_at: Option<i64>,
    /// 源分支最后一次提交的SHA值。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_commit_sha: Option<String>,
    /// 拉取请求合并者的用户名。当拉取请求状态为merged时，该值为必填。
    // E61
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_by_name: Option<String>,
    /// 拉取请求的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_count: Option<i64>,
    /// 代码评审的评论数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_comments_count: Option<i64>,
    /// 代码的提交数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commits_count: Option<i64>,
    /// 新增文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additions_count: Option<i64>,
    /// 删除文件的数量。
    // E66
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletions_count: Option<i64>,
    /// 更改文件的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_files_count: Option<i64>,
    /// PingCode工作项编号的列表。通过该参数将拉取请求与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 获取拉取请求列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmPullRequestsQuery {
    /// 拉取请求的编号。
    // E67: typed `number` (lower case) in the table; an integer like `number` elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    /// 工作项的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_id: Option<String>,
    /// 分页。
    // E6
    #[serde(flatten)]
    pub page: PageQuery,
}

endpoint! {
    /// 获取一个拉取请求
    pub struct GetScmPullRequest {
        GET "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}",
        id: "getScmPullRequest",
        summary: "获取一个拉取请求",
        description: "拉取请求的资源地址：返回一个拉取请求的全量数据。",
        path: ScmPullRequestPath,
        response: (200, "拉取请求（全量数据）。", ScmPullRequest),
    }
}

endpoint! {
    /// 创建一个拉取请求
    pub struct CreateScmPullRequest {
        POST "/scm/products/{product_id}/repositories/{repository_id}/pull_requests",
        id: "createScmPullRequest",
        summary: "创建一个拉取请求",
        path: ScmRepositoryPath,
        request: CreateScmPullRequestRequest,
        response: (200, "创建的拉取请求。", ScmPullRequest),
    }
}

endpoint! {
    /// 全量更新一个拉取请求
    pub struct UpdateScmPullRequest {
        PUT "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}",
        id: "updateScmPullRequest",
        summary: "全量更新一个拉取请求",
        path: ScmPullRequestPath,
        request: UpdateScmPullRequestRequest,
        response: (200, "更新后的拉取请求。", ScmPullRequest),
    }
}

endpoint! {
    /// 部分更新一个拉取请求
    pub struct PatchScmPullRequest {
        PATCH "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}",
        id: "patchScmPullRequest",
        summary: "部分更新一个拉取请求",
        path: ScmPullRequestPath,
        request: ScmPullRequestPatch,
        response: (200, "更新后的拉取请求。", ScmPullRequest),
    }
}

endpoint! {
    /// 获取拉取请求列表
    pub struct ListScmPullRequests {
        GET "/scm/products/{product_id}/repositories/{repository_id}/pull_requests",
        id: "listScmPullRequests",
        summary: "获取拉取请求列表",
        path: ScmRepositoryPath,
        query: ListScmPullRequestsQuery,
        response: (200, "拉取请求列表的一页。", Page<ScmPullRequest>),
    }
}
