//! Tests and reviews of a pull request: 14. 处理 Pull Request 测试,
//! 15. 处理 Pull Request 审查, 18. 重置 Pull Request 测试 的状态,
//! 19. 重置 Pull Request 审查 的状态.
//!
//! E9: none of these four tables lists the `number` the URL contains; it is the
//! same `number` path parameter as everywhere else.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::PullRequestPath;

/// 处理 Pull Request 测试的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct PullRequestTestRequest {
    /// 是否强制测试通过(默认否),只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,
}

/// 处理 Pull Request 审查的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct PullRequestReviewRequest {
    /// 是否强制审查通过(默认否),只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,
}

/// 重置 Pull Request 测试的状态的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ResetTestersRequest {
    /// 是否重置所有测试人,默认:false,只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub reset_all: Option<bool>,
}

/// 重置 Pull Request 审查的状态的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ResetAssigneesRequest {
    /// 是否重置所有审查人,默认:false,只对管理员生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub reset_all: Option<bool>,
}

endpoint! {
    /// 14. 处理 Pull Request 测试
    pub struct HandlePullRequestTest {
        POST "/repos/{owner}/{repo}/pulls/{number}/test",
        id: "handlePullRequestTest",
        summary: "处理 Pull Request 测试",
        source: "14. 处理 Pull Request 测试",
        // E9
        path: PullRequestPath,
        request: PullRequestTestRequest,
        request_optional: true,
        response: (204, "No Content"),
    }
}

endpoint! {
    /// 15. 处理 Pull Request 审查
    pub struct HandlePullRequestReview {
        POST "/repos/{owner}/{repo}/pulls/{number}/review",
        id: "handlePullRequestReview",
        summary: "处理 Pull Request 审查",
        source: "15. 处理 Pull Request 审查",
        // E9
        path: PullRequestPath,
        request: PullRequestReviewRequest,
        request_optional: true,
        response: (204, "No Content"),
    }
}

endpoint! {
    /// 18. 重置 Pull Request 测试 的状态
    pub struct ResetPullRequestTestStatus {
        PATCH "/repos/{owner}/{repo}/pulls/{number}/testers",
        id: "resetPullRequestTestStatus",
        summary: "重置 Pull Request 测试 的状态",
        source: "18. 重置 Pull Request 测试 的状态",
        // E9
        path: PullRequestPath,
        request: ResetTestersRequest,
        request_optional: true,
        response: (204, "No Content"),
    }
}

endpoint! {
    /// 19. 重置 Pull Request 审查 的状态
    pub struct ResetPullRequestReviewStatus {
        PATCH "/repos/{owner}/{repo}/pulls/{number}/assignees",
        id: "resetPullRequestReviewStatus",
        summary: "重置 Pull Request 审查 的状态",
        source: "19. 重置 Pull Request 审查 的状态",
        // E9
        path: PullRequestPath,
        request: ResetAssigneesRequest,
        request_optional: true,
        response: (204, "No Content"),
    }
}
