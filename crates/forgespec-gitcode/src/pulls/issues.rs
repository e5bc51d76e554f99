//! 3. 获取pr关联的issue: the issues a pull request is linked to.

use forgespec_core::endpoint;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::labels::Label;
use crate::pulls::users::User;
use crate::pulls::{PageQuery, PullRequestPath};

/// Issue（Pull Request 关联的 Issue）。
// E43: fields read off the one example; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Issue {
    /// Issue 的编号。
    // E25: a string (`"1"`), unlike a pull request's integer `number`.
    pub number: String,
    /// Issue 的标题。
    // E24: the example carries `title` twice; see ERRATA.
    pub title: String,
    /// Issue 的状态，例如 `open`。
    pub state: String,
    /// Issue 的 API 地址。
    pub url: String,
    /// Issue 的内容。
    pub body: String,
    /// Issue 的创建者。
    pub user: User,
    /// Issue 的标签。
    pub labels: Vec<Label>,
}

endpoint! {
    /// 3. 获取pr关联的issue
    pub struct ListPullRequestIssues {
        GET "/repos/{owner}/{repo}/pulls/{number}/issues",
        id: "listPullRequestIssues",
        summary: "获取pr关联的issue",
        source: "3. 获取pr关联的issue",
        path: PullRequestPath,
        query: PageQuery,
        response: (200, "Pull Request 关联的 Issue。", Vec<Issue>),
    }
}
