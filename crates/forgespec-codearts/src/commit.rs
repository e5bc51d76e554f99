//! 4.5 Commit: a repository's commits, creating a commit, one commit and its diff.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, described_envelope};

/// The tag (document section) of these operations.
pub const TAG: &str = "Commit";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "提交：查询提交、提交差异，创建提交。",
    source: "4 API › 4.5 Commit",
    endpoints: &[
        EndpointRef::of::<ListCommits>(),
        EndpointRef::of::<CreateCommit>(),
        EndpointRef::of::<ShowSingleCommit>(),
        EndpointRef::of::<ShowCommitDiff>(),
    ],
};

/// 路径参数：一个仓库（仓库短id）。
// Shared by 4.5.1, 4.5.2 and 4.6.1, whose tables are identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoIdPath {
    /// 仓库短id
    pub repo_id: i64,
}

/// 路径参数：仓库的一个提交。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoCommitPath {
    /// 仓库短id
    pub repo_id: i64,
    /// commit id, 仓库的branch名或tag名
    pub sha: String,
}

/// 查询某个仓库的提交信息的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListCommitsQuery {
    /// 仓库的branch名或tag名，如果为空则查询默认分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_name: Option<String>,
    /// 在此日期之后或当天提交，格式 YYYY-MM-DDTHH:MM:SSZ
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// 在此日期之前或当天提交，格式 YYYY-MM-DDTHH:MM:SSZ
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 是否检索仓库中每个提交
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// 有关每个提交的统计信息是否添加到响应中
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_stats: Option<bool>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 2147483647))]
    pub page: Option<i64>,
    /// 每页条目数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    pub per_page: Option<i64>,
}

/// CommitInfo：一个提交。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitInfo {
    /// 提交对应的SHA id
    pub id: String,
    /// 提交对应的短SHA id
    pub short_id: String,
    /// 提交标题
    pub title: String,
    /// 作者
    pub author_name: String,
    /// 作者邮箱
    pub author_email: Nullable<String>,
    /// 提交作者
    pub committer_name: String,
    /// 提交作者邮箱
    pub committer_email: Nullable<String>,
    /// 创建时间
    pub created_at: String,
    /// 提交信息
    pub message: String,
    /// 父提交id
    pub parent_ids: Vec<String>,
    /// 提交时间
    pub committed_date: String,
    /// 作者提交时间
    pub authored_date: Nullable<String>,
}

/// 创建提交时要执行的操作。
///
/// 允许值: `create`, `delete`, `move`, `update`, `chmod`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommitActionKind {
    /// 创建文件
    Create,
    /// 删除文件
    Delete,
    /// 移动文件
    Move,
    /// 更新文件
    Update,
    /// 修改文件的执行模式
    Chmod,
}

/// 文件编码。
///
/// 允许值: `text`（默认）, `base64`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommitActionEncoding {
    /// 文本
    Text,
    /// Base64 编码
    Base64,
}

/// CommitAction：提交处理。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitAction {
    /// 要执行的操作：create、delete、move、update、chmod
    pub action: CommitActionKind,
    /// 文件的完整路径。例如lib/class.rb
    pub file_path: String,
    /// 要移动的文件的原始完整路径。例如lib/class1.rb。仅在move操作时生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_path: Option<String>,
    /// 文件内容，create和update操作时必须。未指定内容的移动操作将保留现有文件内容，内容的任何其他值将覆盖文件内容。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 文件编码：text、base64。默认为text
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "text"))]
    pub encoding: Option<CommitActionEncoding>,
    /// 最后一个已知的提交ID。仅在update、move、delete操作时生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_id: Option<String>,
    /// 启用或者禁用文件的执行模式。仅在chmod操作时生效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_filemode: Option<bool>,
}

/// 创建提交的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateCommitRequest {
    /// 目标分支
    pub branch: String,
    /// 提交信息
    pub commit_message: String,
    /// 创建分支时，新的分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_branch: Option<String>,
    /// 提交处理列表
    pub actions: Vec<CommitAction>,
    /// 提交作者的电子邮件地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// 提交作者的名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// 是否包括提交统计信息。默认值为true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = true))]
    pub stats: Option<bool>,
    /// 是否覆盖目标分支。当true时，使用基于start_branch的新提交覆盖目标分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// stats：提交的变更行数统计。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitStats {
    /// 变更增加的行数
    pub additions: i64,
    /// 变更删除的行数
    pub deletions: i64,
    /// 变更的总行数
    pub total: i64,
}

/// CreateCommitResponseBody：创建的提交。
// E216: the response table refers to `CreateCommitResponseBody`, the table that
// follows is headed `CreateCommitRequestBody`; the response name is used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateCommitResponseBody {
    /// 提交对应的SHA id
    pub id: String,
    /// 提交对应的短SHA id
    pub short_id: String,
    /// 提交标题
    pub title: String,
    /// 作者
    pub author_name: String,
    /// 作者邮箱
    pub author_email: Nullable<String>,
    /// 提交作者
    pub committer_name: String,
    /// 提交作者邮箱
    pub committer_email: Nullable<String>,
    /// 创建时间
    pub created_at: String,
    /// 提交信息
    pub message: String,
    /// 父提交id
    pub parent_ids: Vec<String>,
    /// 提交时间
    pub committed_date: String,
    /// 作者提交时间
    pub authored_date: Nullable<String>,
    /// 统计信息
    pub stats: CommitStats,
}

/// 查询某个仓库的特定提交信息的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ShowCommitQuery {
    /// 包括提交统计信息。默认值为true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = true))]
    pub stats: Option<bool>,
}

/// last_pipeline：提交最近一次的流水线信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitLastPipeline {
    /// 流水线id
    pub id: i64,
    /// 提交对应的SHA id
    pub sha: String,
    /// 分支名
    #[serde(rename = "ref")]
    pub ref_name: String,
    /// 流水线状态
    pub status: String,
    /// 流水线url
    pub web_url: String,
}

/// SpecificCommitInfo：一个提交及其变更行数和流水线信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpecificCommitInfo {
    /// 提交对应的SHA id
    pub id: String,
    /// 提交对应的短SHA id
    pub short_id: String,
    /// 提交标题
    pub title: String,
    /// 作者
    pub author_name: String,
    /// 作者邮箱
    pub author_email: Nullable<String>,
    /// 提交作者
    pub committer_name: String,
    /// 提交作者邮箱
    pub committer_email: Nullable<String>,
    /// 创建时间
    pub created_at: String,
    /// 提交信息
    pub message: String,
    /// 父提交id
    pub parent_ids: Vec<String>,
    /// 提交时间
    pub committed_date: String,
    /// 作者提交时间
    pub authored_date: Nullable<String>,
    /// 变更行数
    pub stats: CommitStats,
    /// 流水线信息
    pub last_pipeline: CommitLastPipeline,
}

/// DiffCommitInfo：一个文件的变更。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DiffCommitInfo {
    /// 变更前文件路径
    pub old_path: String,
    /// 变更后文件路径
    pub new_path: String,
    /// 变更前文件模式
    pub a_mode: String,
    /// 变更后文件模式
    pub b_mode: String,
    /// 此次变更是否新增文件
    pub new_file: bool,
    /// 此次变更是否重命名文件
    pub renamed_file: bool,
    /// 此次变更是否删除文件
    pub deleted_file: bool,
    /// 差异信息
    // E217: typed Boolean in the table; the example (and the meaning) is the diff
    // text.
    pub diff: String,
}

// E262: the response tables describe `result` in their own words.
described_envelope!(ArrayOfCommitInfoEnvelope, Vec<CommitInfo>, "提交列表");
described_envelope!(
    CreateCommitResponseBodyEnvelope,
    CreateCommitResponseBody,
    "差异列表"
);
described_envelope!(
    ArrayOfDiffCommitInfoEnvelope,
    Vec<DiffCommitInfo>,
    "差异列表"
);

endpoint! {
    /// 查询某个仓库的提交信息
    pub struct ListCommits {
        GET "/v2/projects/{repo_id}/repository/commits",
        id: "listCommits",
        summary: "查询某个仓库的提交信息",
        description: "根据仓库短ID获取提交信息，支持根据文件路径，查询这个路径下所有的commits列表。",
        source: "4.5.1 查询某个仓库的提交信息",
        path: RepoIdPath,
        query: ListCommitsQuery,
        response: (200, "OK", ArrayOfCommitInfoEnvelope),
    }
}

endpoint! {
    /// 创建提交
    pub struct CreateCommit {
        POST "/v2/projects/{repo_id}/repository/commits",
        id: "createCommit",
        summary: "创建提交",
        description: "能够一次提交位于不同目录的多个文件，目录不存在时，能自动创建目录。支持强制覆盖选项，当选择强制覆盖标志为true时，忽略冲突，强制提交。",
        source: "4.5.2 创建提交",
        path: RepoIdPath,
        request: CreateCommitRequest,
        response: (200, "OK", CreateCommitResponseBodyEnvelope),
    }
}

endpoint! {
    /// 查询某个仓库的特定提交信息
    pub struct ShowSingleCommit {
        GET "/v2/projects/{repo_id}/repository/commits/{sha}",
        id: "showSingleCommit",
        summary: "查询某个仓库的特定提交信息",
        description: "获取由commit id或分支或标记的名称标识的特定提交信息。",
        source: "4.5.3 查询某个仓库的特定提交信息",
        path: RepoCommitPath,
        query: ShowCommitQuery,
        response: (200, "OK", Envelope<SpecificCommitInfo>),
    }
}

endpoint! {
    /// 查询某个仓库的提交差异信息
    pub struct ShowCommitDiff {
        GET "/v2/projects/{repo_id}/repository/commits/{sha}/diff",
        id: "showCommitDiff",
        summary: "查询某个仓库的提交差异信息",
        description: "根据commit id查询提交差异信息。",
        source: "4.5.4 查询某个仓库的提交差异信息",
        path: RepoCommitPath,
        response: (200, "OK", ArrayOfDiffCommitInfoEnvelope),
    }
}
