//! 1. 获取Pull Request列表.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PullRequest;
use crate::common::Direction;
use crate::pulls::RepoPath;

/// Pull Request 状态（获取Pull Request列表的筛选条件）。
///
/// 允许值: `all`、`open`、`closed`、`locked`、`merged`。
// The document lists the values without their meanings, so the variants carry no
// doc comments (which would become the spec's `x-enum-descriptions`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PullRequestStateFilter {
    All,
    Open,
    Closed,
    Locked,
    Merged,
}

/// 排序字段。
///
/// 允许值: `created`、`updated`。
// As above: values without meanings in the document.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PullRequestSort {
    Created,
    Updated,
}

/// 获取Pull Request列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListPullRequestsQuery {
    /// 可选。Pull Request 状态: all、open、closed、locked、merged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<PullRequestStateFilter>,
    /// 可选。Pull Request 提交目标分支的名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// 可选。起始的更新时间,要求时间格式为 ISO 8601
    // E2: the table's location is `quey`, a typo of `query`. E71: ISO 8601 as
    // `date-time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub since: Option<String>,
    /// 可选。升序/降序
    // E3: the values are not listed here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// 可选。排序字段: created、updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<PullRequestSort>,
    /// 可选。里程碑序号(id)
    // E2: `quey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_number: Option<i64>,
    /// 以逗号分隔的标签名称列表
    // E2: `quey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// 当前的页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
    /// 可选。PR 创建者用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 可选。评审者用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
}

endpoint! {
    /// 1. 获取Pull Request列表
    pub struct ListPullRequests {
        GET "/repos/{owner}/{repo}/pulls",
        id: "listPullRequests",
        summary: "获取Pull Request列表",
        source: "1. 获取Pull Request列表",
        path: RepoPath,
        query: ListPullRequestsQuery,
        // E70: no status is documented for a JSON response; 200.
        response: (200, "Pull Request 列表。", Vec<PullRequest>),
    }
}
