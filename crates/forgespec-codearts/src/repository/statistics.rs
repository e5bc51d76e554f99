//! 4.2.2, 4.2.16, 4.2.17, 4.2.23: repository statistics — size and counts, the last
//! commit statistics, launching a statistics run, and committed line counts.

use forgespec_core::{New, Nullable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{RepositoryPrimaryIdPath, RepositoryShortIdPath, RepositoryUuidPath};
use crate::common::{
    Envelope, IntegerOrString, OneOrMany, described_envelope, with_error_responses,
};

/// RepositoryStatisticsVO：仓库统计数据。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RepositoryStatisticsVO {
    /// 仓库名称
    pub repo_name: String,
    /// 提交次数
    // E44: Integer in the table, `"111"` in the example; both forms are accepted
    // (also `codeLines` and `branchCount`).
    pub commit_count: IntegerOrString,
    /// 仓库容量
    pub repo_size: String,
    /// 最近一次提交时间
    pub last_commit_time: String,
    /// 代码行数
    // E44
    pub code_lines: IntegerOrString,
    /// 分支数量
    // E44
    pub branch_count: IntegerOrString,
    /// 代码仓下载地址
    pub archive_url: String,
}

/// 获取仓库上一次的提交统计信息的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct LastCommitStatisticsQuery {
    /// 分支名
    pub branch_name: String,
}

/// RepoCommitStatistics：仓库的提交统计信息。
// E41: the response table spells the type `RepoCommit Statistics`, a line break of
// the table heading `RepoCommitStatistics`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoCommitStatistics {
    /// 仓库总提交次数
    pub all_branch_commits_count: i64,
    /// 近15日每日代码提交行数
    // E45: `Array of RepoDailyCodeLine objects` in the table (whose heading spells
    // it `RepoDailyCodeline`); the example sends one object. Both forms are accepted.
    pub codelines: OneOrMany<RepoDailyCodeline>,
    /// 对应分支仓库总提交次数
    pub count: i64,
    /// 仓库统计状态
    // `null` in the example.
    pub event: Nullable<RepoStatisticsEvent>,
    /// 仓库统计列表
    pub statistics: Vec<RepoStatistics>,
    /// 仓库统计次数
    pub total: i64,
}

/// RepoDailyCodeline：每日代码提交行数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoDailyCodeline {
    /// 每日增加代码行
    pub additions: i64,
    /// 日期
    pub date: String,
    /// 每日删除代码行
    pub deletions: i64,
}

/// 仓库统计的状态: waiting 正在统计 active 完成统计 finish
// E40: the description pairs three values with two meanings, one place off; the
// values are the closed list, their meanings are read in order of a run's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RepoStatisticsStatus {
    /// 等待统计（waiting）
    Waiting,
    /// 正在统计（active）
    Active,
    /// 完成统计（finish）
    Finish,
}

/// RepoStatisticsEvent：仓库统计状态。
// No example shows one (4.2.16's is `null`): every field may be absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoStatisticsEvent {
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 260))]
    pub branch: Option<String>,
    /// 仓库统计创建的时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 仓库统计的日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// 仓库统计事件的id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 仓库统计的状态: waiting 正在统计 active 完成统计 finish
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RepoStatisticsStatus>,
    /// 仓库统计更新的时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 用户id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
}

/// RepoStatistics：一条仓库统计记录。
// No example shows one (4.2.16's list is empty): every field may be absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoStatistics {
    /// 添加代码行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_lines: Option<i64>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 260))]
    pub branch: Option<String>,
    /// 提交次数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_count: Option<i64>,
    /// 仓库统计创建的时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 删除代码行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_lines: Option<i64>,
    /// 仓库统计记录id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 仓库统计更新的时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// 仓库统计的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct LaunchRepositoryStatisticsRequest {
    /// 仓库分支名
    pub branch_name: String,
}

/// RepoStatisticsLaunch：启动仓库统计的结果。
// E41: the response table spells the type `RepoStatistic SLaunch`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoStatisticsLaunch {
    /// 仓库是否可以统计
    pub can_statistics: bool,
    /// sidekiq任务的 id
    pub join_id: String,
    /// 启动仓库统计返回的信息
    pub message: String,
}

/// 获取代码提交行数的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CommitLinesQuery {
    /// 分支名称
    pub ref_name: String,
    /// 起始提交日期,格式为yyyy-MM-dd
    pub begin_date: String,
    /// 终止提交日期,格式为yyyy-MM-dd (begin_date和end_date时间间隔不超过60天)
    pub end_date: String,
}

/// CommitStatistic：代码增加和删除的行数。
// E43: the response table calls the type `CommitStatus`; the table that follows is
// headed `CommitStatistic`, the name used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitStatistic {
    /// 增加的行数
    pub additions: i64,
    /// 删除的行数
    pub deletions: i64,
}

// E262: the response table describes `result` as 代码增加和删除的行数.
described_envelope!(
    CommitStatisticEnvelope,
    CommitStatistic,
    "代码增加和删除的行数"
);

endpoint! {
    /// 4.2.2 获取仓库统计数据
    pub struct ShowRepositoryStatisticData {
        GET "/v1/repositories/{repository_uuid}/statistic-data",
        id: "showRepositoryStatisticData",
        summary: "获取仓库统计数据",
        description: "获取仓库统计数据",
        source: "4.2.2 获取仓库统计数据",
        path: RepositoryUuidPath,
        response: (200, "OK", Envelope<RepositoryStatisticsVO>),
        extend: with_error_responses,
    }
}

// E39: the URI line writes the parameter `{{repository_id}}`.
endpoint! {
    /// 4.2.16 获取仓库上一次的提交统计信息
    pub struct ShowLastCommitStatistics {
        GET "/v1/repositories/{repository_id}/statistics",
        id: "showLastCommitStatistics",
        summary: "获取仓库上一次的提交统计信息",
        description: "获取仓库上一次的提交统计信息",
        source: "4.2.16 获取仓库上一次的提交统计信息",
        path: RepositoryPrimaryIdPath,
        query: LastCommitStatisticsQuery,
        response: (200, "OK", Envelope<RepoCommitStatistics>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.17 仓库统计
    pub struct LaunchRepositoryStatistics {
        POST "/v1/repositories/{repository_id}/statistics",
        id: "launchRepositoryStatistics",
        summary: "仓库统计",
        description: "根据仓库短id，查询仓库的代码提交记录统计",
        source: "4.2.17 仓库统计",
        path: RepositoryPrimaryIdPath,
        request: LaunchRepositoryStatisticsRequest,
        response: (200, "OK", Envelope<RepoStatisticsLaunch>),
        extend: with_error_responses,
    }
}

// E42: the URI line says `/v3`, the request example `/v2` (the historical
// 7.2.6's version); the URI line is followed.
endpoint! {
    /// 4.2.23 获取代码提交行数
    pub struct ShowCommitLines {
        GET "/v3/repositories/{repository_id}/commit-lines",
        id: "showCommitLines",
        summary: "获取代码提交行数",
        description: "获取指定日期内代码仓指定分支的代码提交行数",
        source: "4.2.23 获取代码提交行数",
        path: RepositoryShortIdPath,
        query: CommitLinesQuery,
        response: (200, "OK", CommitStatisticEnvelope),
        extend: with_error_responses,
    }
}
