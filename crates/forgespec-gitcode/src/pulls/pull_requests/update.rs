//! 8. 更新Pull Request信息.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::PullRequestPath;

/// 更新Pull Request信息的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct UpdatePullRequestRequest {
    /// 可选。Pull Request 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 可选。Pull Request 内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// 可选。Pull Request 状态
    // E17: no values are listed; an open string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 可选。里程碑序号(id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_number: Option<i64>,
    /// 用逗号分开的标签,名称要求长度在 2-20 之间且非特殊字符。如: bug,performance
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// 是否设置为草稿
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
}

/// 更新Pull Request信息的响应：更新后的标题、内容、状态和时间。
// E44: the example shows only these five keys, not a whole pull request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdatePullRequestResponse {
    /// 标题。
    pub title: String,
    /// 内容。
    pub body: String,
    /// 状态，例如 `opened`。
    // E42
    pub state: String,
    /// 创建时间。
    pub created_at: String,
    /// 更新时间。
    pub updated_at: String,
}

endpoint! {
    /// 8. 更新Pull Request信息
    pub struct UpdatePullRequest {
        PATCH "/repos/{owner}/{repo}/pulls/{number}",
        id: "updatePullRequest",
        summary: "更新Pull Request信息",
        source: "8. 更新Pull Request信息",
        path: PullRequestPath,
        request: UpdatePullRequestRequest,
        // E19: every body row is optional.
        request_optional: true,
        response: (200, "更新后的 Pull Request 信息。", UpdatePullRequestResponse),
    }
}
