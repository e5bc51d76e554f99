//! 16. 获取某个Pull Request的操作日志.

use forgespec_core::{New, Nullable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Direction;
use crate::pulls::PullRequestPath;
use crate::pulls::users::User;

/// 获取某个Pull Request的操作日志的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListOperateLogsQuery {
    /// 按递减(desc)排序,默认:递减
    // E11: typed `boolean`, yet the text names the value `desc`; a direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "desc"))]
    pub sort: Option<Direction>,
}

/// Pull Request 的操作日志。
// E43: fields read off the one example; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OperateLog {
    /// 日志内容（Markdown）。
    pub content: String,
    /// 日志的id。
    pub id: i64,
    /// 操作，例如 `add_mr_issue_link`。
    pub action: String,
    /// 合并请求的id。
    pub merge_request_id: i64,
    /// 创建时间。
    pub created_at: String,
    /// 更新时间。
    pub updated_at: String,
    /// 讨论的id。
    pub discussion_id: String,
    /// 项目的完整路径。
    pub project: String,
    /// 指派人。
    // E62: only ever `null`; typed as the user shape of this payload.
    pub assignee: Nullable<User>,
    /// 提议人。
    // E62
    pub proposer: Nullable<User>,
    /// 操作者。
    pub user: User,
}

endpoint! {
    /// 16. 获取某个Pull Request的操作日志
    pub struct ListPullRequestOperateLogs {
        GET "/repos/{owner}/{repo}/pulls/{number}/operate_logs",
        id: "listPullRequestOperateLogs",
        summary: "获取某个Pull Request的操作日志",
        source: "16. 获取某个Pull Request的操作日志",
        // E10: the table types `number` as a `body` boolean; it is the path parameter.
        path: PullRequestPath,
        query: ListOperateLogsQuery,
        response: (200, "Pull Request 的操作日志。", Vec<OperateLog>),
    }
}
