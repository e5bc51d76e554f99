//! 4.2.11, 4.2.13: the commits of a branch, found by group and repository name or by
//! repository id.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Commit, RepositoryIdPath};
use crate::common::{Envelope, with_error_responses};

/// 路径参数：按组名和仓库名指定的仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct GroupRepositoryPath {
    /// 仓库组名(克隆地址中域名后面仓库名前的一段示例: git@repo.alpha.devcloud.test.com:Demo00228/testword.git 组名： Demo00228)
    pub group_name: String,
    /// 仓库名
    pub repository_name: String,
}

/// 根据组名和仓库名查询某仓库某分支对应的提交的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CommitsByNameQuery {
    /// 分页索引
    // E35: paging by page_index/page_size here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_index: Option<i64>,
    /// 每页数据量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 分支或标签名，支持SHA格式
    pub ref_name: String,
}

/// 根据仓库 id 查询仓库某分支对应的提交的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CommitsByIdQuery {
    /// 提交作者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 起始提交日期，格式为yyyy-MM-dd
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub begin_date: Option<String>,
    /// 终止提交日期，格式为yyyy-MM-dd
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 分页索引 缺省值: 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_index: Option<i64>,
    /// 每页数据量 缺省值: 10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 分支或标签名, 支持SHA格式
    pub ref_name: String,
    /// 提交的文件变更详情信息 (不包含diff)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stat_format: Option<String>,
}

/// CommitList：提交列表。
// The tables 4-70 (4.2.11) and 4-83 (4.2.13) are identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitList {
    /// 提交列表
    pub commits: Vec<Commit>,
    /// 提交总数
    pub total: i64,
}

endpoint! {
    /// 4.2.11 根据组名和仓库名查询某仓库某分支对应的提交
    pub struct ListCommitsByRepositoryName {
        GET "/v1/repositories/{group_name}/{repository_name}/commits",
        id: "listCommitsByRepositoryName",
        summary: "根据组名和仓库名查询某仓库某分支对应的提交",
        description: "根据仓库组名、仓库名和分支获取提交列表。",
        source: "4.2.11 根据组名和仓库名查询某仓库某分支对应的提交",
        path: GroupRepositoryPath,
        query: CommitsByNameQuery,
        response: (200, "OK", Envelope<CommitList>),
        extend: with_error_responses,
    }
}

// E53: the request example block starts with a stray `null` line; the
// operation takes no body.
endpoint! {
    /// 4.2.13 根据仓库 id 查询仓库某分支对应的提交，提供更多可选参数
    pub struct ListCommitsByRepositoryId {
        GET "/v1/repositories/{repository_id}/commits",
        id: "listCommitsByRepositoryId",
        summary: "根据仓库 id 查询仓库某分支对应的提交，提供更多可选参数",
        description: "根据仓库id查询仓库某分支对应的提交.",
        source: "4.2.13 根据仓库 id 查询仓库某分支对应的提交，提供更多可选参数",
        path: RepositoryIdPath,
        query: CommitsByIdQuery,
        response: (200, "OK", Envelope<CommitList>),
        extend: with_error_responses,
    }
}
