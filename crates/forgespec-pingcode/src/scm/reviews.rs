//! 代码 › 代码评审: the code reviews of a pull request, shown in PingCode with their
//! details.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};
use crate::scm::products::ScmProductRef;
use crate::scm::pull_requests::{ScmPullRequestPath, ScmPullRequestRef};
use crate::scm::repositories::ScmRepositoryRef;
use crate::scm::users::ScmUserRef;

/// The tag (document section) of these operations.
pub const TAG: &str = "代码评审";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "拉取请求实际的代码评审记录，用于在PingCode中显示代码评审的详细信息。",
    source: "代码 › 代码评审",
    endpoints: &[
        EndpointRef::of::<GetScmReview>(),
        EndpointRef::of::<CreateScmReview>(),
        EndpointRef::of::<UpdateScmReview>(),
        EndpointRef::of::<PatchScmReview>(),
        EndpointRef::of::<ListScmReviews>(),
    ],
};

/// 代码评审的状态。
///
/// 允许值: `comment`, `approved`, `request_changes`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScmReviewStatus {
    /// 评论（comment）。
    Comment,
    /// 已批准（approved）。
    Approved,
    /// 请求修改（request_changes）。
    RequestChanges,
}

/// 代码评审：拉取请求实际的代码评审记录。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmReview {
    /// 代码评审的id。
    pub id: String,
    /// 代码评审的资源地址。
    pub url: String,
    /// 代码评审的托管平台。
    // E73: typed `Object`; the examples show the 托管平台 reference form.
    pub product: ScmProductRef,
    /// 代码评审的代码仓库。
    // E73: typed `Object`; the examples show the 代码仓库 reference form.
    pub repository: ScmRepositoryRef,
    /// 代码评审的拉取请求。
    // E73: typed `Object`; the examples show the 拉取请求 reference form.
    pub pull_request: ScmPullRequestRef,
    /// 代码评审的评审人。
    // E73: typed `Object`; the examples show the 托管平台用户 reference form
    // without `product` (E11).
    pub reviewer: ScmUserRef,
    /// 代码评审的状态。
    pub status: ScmReviewStatus,
    /// 代码评审的描述。
    // E62: optional when the review is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub description: Option<Nullable<String>>,
    /// 代码评审的提交时间。
    // E13: epoch seconds.
    pub submitted_at: i64,
    /// 代码评审的地址。
    // E62: optional when the review is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub html_url: Option<Nullable<String>>,
}

/// 代码评审（引用数据）。
// E69: the document's 引用数据示例 has a trailing comma; the fixture is repaired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmReviewRef {
    /// 代码评审的id。
    pub id: String,
    /// 代码评审的资源地址。
    pub url: String,
}

/// 路径参数：一个代码评审。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmReviewPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码仓库的id。
    pub repository_id: String,
    /// 拉取请求的id。
    pub pull_request_id: String,
    /// 代码评审的id。
    pub review_id: String,
}

/// 创建或全量更新一个代码评审的请求参数。
// The POST and PUT tables list the same fields with the same words (in a
// different order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmReviewRequest {
    /// 代码评审的状态。
    pub status: ScmReviewStatus,
    /// 评审人的用户名。
    pub reviewer_name: String,
    /// 代码评审的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 提交的时间。
    // E13: epoch seconds.
    pub submitted_at: i64,
    /// 代码评审的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 部分更新一个代码评审的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmReviewPatch {
    /// 评审人的用户名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_name: Option<String>,
    /// 代码评审的状态。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ScmReviewStatus>,
    /// 代码评审的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 提交的时间。
    // E13: epoch seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<i64>,
    /// 代码评审的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 获取代码评审列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmReviewsQuery {
    /// 分页。
    // E6: the document lists no query parameters for this list.
    #[serde(flatten)]
    pub page: PageQuery,
}

endpoint! {
    /// 获取一个代码评审
    pub struct GetScmReview {
        GET "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}/reviews/{review_id}",
        id: "getScmReview",
        summary: "获取一个代码评审",
        description: "代码评审的资源地址：返回一个代码评审的全量数据。",
        path: ScmReviewPath,
        response: (200, "代码评审（全量数据）。", ScmReview),
    }
}

endpoint! {
    /// 创建一个代码评审
    pub struct CreateScmReview {
        POST "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}/reviews",
        id: "createScmReview",
        summary: "创建一个代码评审",
        path: ScmPullRequestPath,
        request: ScmReviewRequest,
        response: (200, "创建的代码评审。", ScmReview),
    }
}

endpoint! {
    /// 全量更新一个代码评审
    pub struct UpdateScmReview {
        PUT "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}/reviews/{review_id}",
        id: "updateScmReview",
        summary: "全量更新一个代码评审",
        path: ScmReviewPath,
        request: ScmReviewRequest,
        response: (200, "更新后的代码评审。", ScmReview),
    }
}

endpoint! {
    /// 部分更新一个代码评审
    pub struct PatchScmReview {
        PATCH "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}/reviews/{review_id}",
        id: "patchScmReview",
        summary: "部分更新一个代码评审",
        path: ScmReviewPath,
        request: ScmReviewPatch,
        response: (200, "更新后的代码评审。", ScmReview),
    }
}

endpoint! {
    /// 获取代码评审列表
    pub struct ListScmReviews {
        GET "/scm/products/{product_id}/repositories/{repository_id}/pull_requests/{pull_request_id}/reviews",
        id: "listScmReviews",
        summary: "获取代码评审列表",
        path: ScmPullRequestPath,
        query: ListScmReviewsQuery,
        response: (200, "代码评审列表的一页。", Page<ScmReview>),
    }
}
