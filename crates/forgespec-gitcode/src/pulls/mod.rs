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

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of every operation.
pub const TAG: &str = "Pull Requests";

/// 路径参数：一个仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoPath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
    /// 仓库路径(path)
    pub repo: String,
}

/// 路径参数：一个 Pull Request。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageQuery {
    /// 当前的页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
}

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        pull_requests::list_pull_requests(),
        pull_requests::merge_pull_request(),
        issues::list_pull_request_issues(),
        comments::create_pull_request_comment(),
        files::list_pull_request_files(),
        comments::list_pull_request_comments(),
        pull_requests::create_pull_request(),
        pull_requests::update_pull_request(),
        review_data::list_related_review_data(),
        pull_requests::get_pull_request(),
        commits::list_pull_request_commits(),
        labels::create_pull_request_labels(),
        labels::delete_pull_request_labels(),
        reviews::handle_pull_request_test(),
        reviews::handle_pull_request_review(),
        operate_logs::list_pull_request_operate_logs(),
        labels::list_pull_request_labels(),
        reviews::reset_pull_request_test_status(),
        reviews::reset_pull_request_review_status(),
        files::get_pull_request_file_changes(),
        files::get_file_content(),
        enterprises::list_enterprise_pull_requests(),
    ]
}
