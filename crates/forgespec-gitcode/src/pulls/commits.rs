//! 11. 获取某Pull Request的所有Commit信息.

use forgespec_core::endpoint;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::PullRequestPath;
use crate::pulls::users::User;

/// 提交的作者或提交者（Git 中记录的身份）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GitActor {
    /// 名称。
    pub name: String,
    /// 邮箱。
    pub email: String,
    /// 时间。
    // E47: the example's committer has no `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// 提交的 Git 数据。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitDetail {
    /// 作者。
    pub author: GitActor,
    /// 提交者。
    pub committer: GitActor,
    /// 提交信息。
    pub message: String,
}

/// 提交的父提交。
// E46: an object (first parent and all parents), not an array of commits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitParents {
    /// 第一个父提交的 SHA。
    pub sha: String,
    /// 所有父提交的 SHA。
    pub shas: Vec<String>,
}

/// Pull Request 的提交。
// E43: fields read off the one example; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PullRequestCommit {
    /// 提交的 SHA。
    pub sha: String,
    /// 提交页面的地址。
    pub html_url: String,
    /// 提交的 Git 数据。
    pub commit: CommitDetail,
    /// 作者对应的用户。
    pub author: User,
    /// 提交者对应的用户。
    pub committer: User,
    /// 父提交。
    pub parents: CommitParents,
}

endpoint! {
    /// 11. 获取某Pull Request的所有Commit信息
    pub struct ListPullRequestCommits {
        GET "/repos/{owner}/{repo}/pulls/{number}/commits",
        id: "listPullRequestCommits",
        summary: "获取某Pull Request的所有Commit信息",
        source: "11. 获取某Pull Request的所有Commit信息",
        path: PullRequestPath,
        response: (200, "Pull Request 的提交。", Vec<PullRequestCommit>),
    }
}
