//! 22. 企业 Pull Request 列表: the pull requests of a whole enterprise.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Direction;
use crate::pulls::pull_requests::PullRequest;

/// 路径参数：一个企业。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct EnterprisePath {
    /// 企业的路径(path/login)
    pub enterprise: String,
}

/// 企业 Pull Request 列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListEnterprisePullRequestsQuery {
    /// issue 唯一 id
    // E15: typed `Long` (a Java type); a 64-bit integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_number: Option<i64>,
    /// 可选。仓库路径(path)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// 可选。Pull Request 状态
    // E17: no values are listed; an open string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 可选。排序字段,默认按创建时间
    // E17: no values are listed; an open string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// 可选。升序/降序
    // E3
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// 当前的页码
    // E16: typed `string` here, `integer` in every other table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    // E16
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
}

endpoint! {
    /// 22. 企业 Pull Request 列表
    pub struct ListEnterprisePullRequests {
        GET "/enterprises/{enterprise}/pull_requests",
        id: "listEnterprisePullRequests",
        summary: "企业 Pull Request 列表",
        source: "22. 企业 Pull Request 列表",
        path: EnterprisePath,
        query: ListEnterprisePullRequestsQuery,
        // E65: the example's `url` lacks the `/pulls/` segment; kept verbatim.
        response: (200, "企业的 Pull Request 列表。", Vec<PullRequest>),
    }
}
