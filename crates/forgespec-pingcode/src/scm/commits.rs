//! 代码 › 提交: commits, shown in PingCode with their details; a commit is linked
//! to a repository only through a 提交引用 (commit ref).

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery, WorkItemRef};

/// The tag (document section) of these operations.
pub const TAG: &str = "提交";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "实际的代码提交记录，用于在PingCode中显示提交的详细信息。提交并不会自动和代码仓库关联，需要通过提交引用与之关联。",
    source: "代码 › 提交",
    endpoints: &[
        EndpointRef::of::<GetScmCommit>(),
        EndpointRef::of::<CreateScmCommit>(),
        EndpointRef::of::<ListScmCommits>(),
    ],
};

/// 提交：实际的代码提交记录。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmCommit {
    /// 提交的id。
    pub id: String,
    /// 提交的资源地址。
    pub url: String,
    /// 提交的SHA值。
    pub sha: String,
    /// 提交的描述信息。
    pub message: String,
    /// 提交者的用户名。
    pub committer_name: String,
    /// 提交的时间。
    // E13: a 10-digit `Number` with no stated unit: epoch seconds.
    pub committed_at: i64,
    /// 提交树的SHA值。
    // E10: `tree_id` is optional when the commit is created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub tree_id: Option<Nullable<String>>,
    /// 提交新增文件的文件名列表。
    pub files_added: Vec<String>,
    /// 提交移除文件的文件名列表。
    pub files_removed: Vec<String>,
    /// 提交更新文件的文件名列表。
    pub files_modified: Vec<String>,
    /// 提交更新文件数量。
    // E20: the example's value counts added, removed and modified files alike.
    pub file_changed_count: i64,
    /// 提交关联的PingCode的工作项列表。
    // E12: `Object[]` with no table.
    pub work_items: Vec<WorkItemRef>,
}

/// 提交（引用数据）。
///
/// 在提交引用的 `commit` 字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmCommitRef {
    /// 提交的id。
    pub id: String,
    /// 提交的资源地址。
    pub url: String,
    /// 提交的SHA值。
    pub sha: String,
    /// 提交的描述信息。
    pub message: String,
    /// 提交者的用户名。
    pub committer_name: String,
    /// 提交的时间。
    // E13
    pub committed_at: i64,
}

/// 路径参数：一个提交。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmCommitPath {
    /// 提交的id或SHA值。
    // E15: the parameter is named on the 资源地址 line only; this description
    // is ours, read off its name.
    pub commit_id_or_sha: String,
}

/// 创建一个提交的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmCommitRequest {
    /// 提交的SHA值。
    pub sha: String,
    /// 提交的描述信息。
    pub message: String,
    /// 提交者的用户名。
    pub committer_name: String,
    /// 提交的时间。
    // E13
    pub committed_at: i64,
    /// 提交树的SHA值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tree_id: Option<String>,
    /// 新增文件的文件名列表。
    pub files_added: Vec<String>,
    /// 移除文件的文件名列表。
    pub files_removed: Vec<String>,
    /// 更新文件的文件名列表。
    pub files_modified: Vec<String>,
    /// PingCode工作项编号的列表。通过该参数将提交与一个或多个工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 获取提交列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmCommitsQuery {
    /// 提交的SHA值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// 工作项的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_id: Option<String>,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14, E15
endpoint! {
    /// 获取一个提交
    pub struct GetScmCommit {
        GET "/scm/commits/{commit_id_or_sha}",
        id: "getScmCommit",
        summary: "获取一个提交",
        description: "提交的资源地址：返回一个提交的全量数据。",
        path: ScmCommitPath,
        response: (200, "提交（全量数据）。", ScmCommit),
    }
}

endpoint! {
    /// 创建一个提交
    pub struct CreateScmCommit {
        POST "/scm/commits",
        id: "createScmCommit",
        summary: "创建一个提交",
        request: ScmCommitRequest,
        response: (200, "创建的提交。", ScmCommit),
    }
}

endpoint! {
    /// 获取提交列表
    pub struct ListScmCommits {
        GET "/scm/commits",
        id: "listScmCommits",
        summary: "获取提交列表",
        query: ListScmCommitsQuery,
        response: (200, "提交列表的一页。", Page<ScmCommit>),
    }
}
