//! 2. 合并Pull Request.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::PullRequestPath;

/// 合并PR的方法。
///
/// 允许值: `merge`（合并所有提交）、`squash`（扁平化分支合并）、`rebase`（变基并合并）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MergeMethod {
    /// 合并所有提交。
    Merge,
    /// 扁平化分支合并。
    Squash,
    /// 变基并合并。
    Rebase,
}

/// 合并Pull Request的请求参数。
// E19: the table's `body` parameters are sent as a JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct MergePullRequestRequest {
    /// 可选。合并PR的方法,merge(合并所有提交)、squash(扁平化分支合并)和rebase(变基并合并)。默认为merge。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "merge"))]
    pub merge_method: Option<MergeMethod>,
}

/// 合并Pull Request的结果。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeResult {
    /// 合并提交的 SHA。
    pub sha: String,
    /// 是否已合并。
    pub merged: bool,
    /// 结果信息。
    pub message: String,
}

endpoint! {
    /// 2. 合并Pull Request
    pub struct MergePullRequest {
        PUT "/repos/{owner}/{repo}/pulls/{number}/merge",
        id: "mergePullRequest",
        summary: "合并Pull Request",
        source: "2. 合并Pull Request",
        path: PullRequestPath,
        request: MergePullRequestRequest,
        // E19: every body parameter is optional, so the body may be omitted.
        request_optional: true,
        response: (200, "合并的结果。", MergeResult),
    }
}
