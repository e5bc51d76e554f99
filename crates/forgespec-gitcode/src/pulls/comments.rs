//! Pull request comments: 4. 提交pull request 评论, 6. 获取某个Pull Request的所有评论.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Direction;
use crate::pulls::PullRequestPath;
use crate::pulls::users::User;

/// 评论。
// E43: one shape for the reply of 提交pull request 评论 (`id`, `body`) and the items
// of 获取某个Pull Request的所有评论; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comment {
    /// 评论的id。
    // E45: a hex string, not an integer.
    pub id: String,
    /// 评论内容。
    pub body: String,
    /// 评论的创建时间。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 评论的更新时间。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 评论者。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}

/// 提交pull request 评论的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreatePullRequestCommentRequest {
    /// 评论内容
    pub body: String,
    /// 文件的相对路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Diff的相对行数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
}

/// 评论类型。
///
/// 允许值: `diff_comment`（代码行评论）、`pr_comment`（pr普通评论）。
// E23: the description pairs the meanings and the values in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommentType {
    /// 代码行评论。
    DiffComment,
    /// pr普通评论。
    PrComment,
}

/// 获取某个Pull Request的所有评论的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListPullRequestCommentsQuery {
    /// 当前的页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
    /// 可选。升序/降序(asc/desc)
    // E4: typed `integer`, yet its values are `asc`/`desc`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// 可选。筛选评论类型。代码行评论/pr普通评论:diff_comment/pr_comment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_type: Option<CommentType>,
    /// 【*】上一页检视意见最大id(第一页默认为0)
    // E5: marked 【*】 (required) but defaulted for the first page; optional, default 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub end_id: Option<i64>,
}

endpoint! {
    /// 4. 提交pull request 评论
    pub struct CreatePullRequestComment {
        POST "/repos/{owner}/{repo}/pulls/{number}/comments",
        id: "createPullRequestComment",
        summary: "提交pull request 评论",
        source: "4. 提交pull request 评论",
        path: PullRequestPath,
        request: CreatePullRequestCommentRequest,
        // E69: the status is not documented; both 201 and 200 are declared.
        response: (201, "创建的评论。", Comment),
        also: [
            (200, "创建的评论。", Comment),
        ],
    }
}

endpoint! {
    /// 6. 获取某个Pull Request的所有评论
    pub struct ListPullRequestComments {
        GET "/repos/{owner}/{repo}/pulls/{number}/comments",
        id: "listPullRequestComments",
        summary: "获取某个Pull Request的所有评论",
        source: "6. 获取某个Pull Request的所有评论",
        path: PullRequestPath,
        query: ListPullRequestCommentsQuery,
        response: (200, "Pull Request 的评论。", Vec<Comment>),
    }
}
