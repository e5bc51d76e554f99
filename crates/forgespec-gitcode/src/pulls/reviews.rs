//! Tests and reviews of a pull request: 14. 处理 Pull Request 测试,
//! 15. 处理 Pull Request 审查, 18. 重置 Pull Request 测试 的状态,
//! 19. 重置 Pull Request 审查 的状态.
//!
//! E9: none of these four tables lists the `number` the URL contains; it is the
//! same `number` path parameter as everywhere else.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::{PullRequestPath, TAG};

/// 处理 Pull Request 测试的请求参数。
// E19
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PullRequestTestRequest {
    /// 是否强制测试通过(默认否),只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,
}

/// 处理 Pull Request 审查的请求参数。
// E19
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PullRequestReviewRequest {
    /// 是否强制审查通过(默认否),只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,
}

/// 重置 Pull Request 测试的状态的请求参数。
// E19
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResetTestersRequest {
    /// 是否重置所有测试人,默认:false,只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub reset_all: Option<bool>,
}

/// 重置 Pull Request 审查的状态的请求参数。
// E19
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResetAssigneesRequest {
    /// 是否重置所有审查人,默认:false,只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub reset_all: Option<bool>,
}

/// 14. 处理 Pull Request 测试
pub(crate) fn handle_pull_request_test() -> Operation {
    Operation::post(
        "handlePullRequestTest",
        "/repos/{owner}/{repo}/pulls/{number}/test",
    )
    .tag(TAG)
    .summary("处理 Pull Request 测试")
    .source("Pull Requests › 14. 处理 Pull Request 测试")
    // E9
    .path_params::<PullRequestPath>()
    .request::<PullRequestTestRequest>()
    .request_optional()
    .empty_response(204, "No Content")
}

/// 15. 处理 Pull Request 审查
pub(crate) fn handle_pull_request_review() -> Operation {
    Operation::post(
        "handlePullRequestReview",
        "/repos/{owner}/{repo}/pulls/{number}/review",
    )
    .tag(TAG)
    .summary("处理 Pull Request 审查")
    .source("Pull Requests › 15. 处理 Pull Request 审查")
    // E9
    .path_params::<PullRequestPath>()
    .request::<PullRequestReviewRequest>()
    .request_optional()
    .empty_response(204, "No Content")
}

/// 18. 重置 Pull Request 测试 的状态
pub(crate) fn reset_pull_request_test_status() -> Operation {
    Operation::patch(
        "resetPullRequestTestStatus",
        "/repos/{owner}/{repo}/pulls/{number}/testers",
    )
    .tag(TAG)
    .summary("重置 Pull Request 测试 的状态")
    .source("Pull Requests › 18. 重置 Pull Request 测试 的状态")
    // E9
    .path_params::<PullRequestPath>()
    .request::<ResetTestersRequest>()
    .request_optional()
    .empty_response(204, "No Content")
}

/// 19. 重置 Pull Request 审查 的状态
pub(crate) fn reset_pull_request_review_status() -> Operation {
    Operation::patch(
        "resetPullRequestReviewStatus",
        "/repos/{owner}/{repo}/pulls/{number}/assignees",
    )
    .tag(TAG)
    .summary("重置 Pull Request 审查 的状态")
    .source("Pull Requests › 19. 重置 Pull Request 审查 的状态")
    // E9
    .path_params::<PullRequestPath>()
    .request::<ResetAssigneesRequest>()
    .request_optional()
    .empty_response(204, "No Content")
}
