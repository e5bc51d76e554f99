//! 10. 获取单个Pull Request.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PullRequest;
use crate::pulls::PullRequestPath;

/// 获取单个Pull Request 的 CURL 示例所发送的请求体：一个空的 JSON 对象。
// E30: the document's curl sends `--data-raw '{}'` with its GET (to another
// operation's URL); the body carries nothing and is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(deny_unknown_fields)]
pub struct EmptyRequest {}

endpoint! {
    /// 10. 获取单个Pull Request
    pub struct GetPullRequest {
        GET "/repos/{owner}/{repo}/pulls/{number}",
        id: "getPullRequest",
        summary: "获取单个Pull Request",
        source: "10. 获取单个Pull Request",
        path: PullRequestPath,
        // E30, E22: the curl names another operation's URL; the response example
        // carries placeholder values.
        request: EmptyRequest,
        request_optional: true,
        response: (200, "Pull Request。", PullRequest),
    }
}
