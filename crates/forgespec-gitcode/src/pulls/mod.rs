//! Pull Requests (PR接口文档): the document's only section, one tag. The operations
//! are declared in the sub-modules next to their request types and listed here in
//! the document's order.

pub mod comments;
pub mod commits;
pub mod enterprises;
pub mod files;
pub mod issues;
pub mod labels;
pub mod operate_logs;
pub mod projects;
pub mod pull_requests;
pub mod review_data;
pub mod reviews;
pub mod users;

use forgespec_core::{EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of every operation.
pub const TAG: &str = "Pull Requests";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "PR接口文档",
    source: "Pull Requests",
    endpoints: &[
        EndpointRef::of::<pull_requests::list::ListPullRequests>(),
        EndpointRef::of::<pull_requests::merge::MergePullRequest>(),
        EndpointRef::of::<issues::ListPullRequestIssues>(),
        EndpointRef::of::<comments::CreatePullRequestComment>(),
        EndpointRef::of::<files::ListPullRequestFiles>(),
        EndpointRef::of::<comments::ListPullRequestComments>(),
        EndpointRef::of::<pull_requests::create::CreatePullRequest>(),
        EndpointRef::of::<pull_requests::update::UpdatePullRequest>(),
        EndpointRef::of::<review_data::ListRelatedReviewData>(),
        EndpointRef::of::<pull_requests::get::GetPullRequest>(),
        EndpointRef::of::<commits::ListPullRequestCommits>(),
        EndpointRef::of::<labels::CreatePullRequestLabels>(),
        EndpointRef::of::<labels::DeletePullRequestLabels>(),
        EndpointRef::of::<reviews::HandlePullRequestTest>(),
        EndpointRef::of::<reviews::HandlePullRequestReview>(),
        EndpointRef::of::<operate_logs::ListPullRequestOperateLogs>(),
        EndpointRef::of::<labels::ListPullRequestLabels>(),
        EndpointRef::of::<reviews::ResetPullRequestTestStatus>(),
        EndpointRef::of::<reviews::ResetPullRequestReviewStatus>(),
        EndpointRef::of::<files::GetPullRequestFileChanges>(),
        EndpointRef::of::<files::GetFileContent>(),
        EndpointRef::of::<enterprises::ListEnterprisePullRequests>(),
    ],
};

/// 路径参数：一个仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoPath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
    /// 仓库路径(path)
    pub repo: String,
}

/// 路径参数：一个 Pull Request。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct PullRequestPath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
    /// 仓库路径(path)
    pub repo: String,
    /// 第几个PR,即本仓库PR的序数
    // E6: typed `string` in most tables and `integer` in others; the pull request's
    // own `number` is an integer in every example, so the parameter is an integer.
    pub number: i64,
}

/// 分页查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct PageQuery {
    /// 当前的页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
}
