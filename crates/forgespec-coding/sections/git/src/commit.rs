//! 代码托管 › 提交: commits: their details, notes, comments, diffs and pipeline
//! statuses; committing new or changed files; reverting a commit.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::content::{Committer, FilesCommitResponse};
use super::depot_setting::Comment;
use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// Commit：提交详情。
// E413: referenced as `Commit` and never defined; read off the examples, which
// spell the committer's key `Commiter`. Committer and Author have the shape of
// 创建 git 提交's Committer (E248).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotCommit {
    /// 提交的消息
    pub short_message: String,
    /// 提交的 Sha
    pub sha: String,
    /// 提交的时间戳,单位毫秒
    pub commit_date: i64,
    /// 提交者（键名在示例中拼作 Commiter）。
    #[serde(rename = "Commiter")]
    pub commiter: Committer,
    /// 完整的提交信息。
    pub full_message: String,
    /// 提交作者。
    pub author: Committer,
}

/// 两次提交之间某个文件的差异统计。
// E414: the items of DifferentOfCommits, whose rows the 参数详解 table flattens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDifferentOfCommit {
    /// 文件路径
    pub path: String,
    /// 删除的行数
    pub deletions: i64,
    /// 新增的行数
    pub insertions: i64,
    /// 提交名称
    // E414: the example shows the file's name.
    pub name: String,
}

/// DifferentOfCommitInfo：差异信息。
// E414: the 参数详解 table flattens Commit, the per-file item and this object into
// one list; the structure is read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDifferentOfCommitInfo {
    /// 两次提交之间的提交列表。
    pub commits: Vec<DepotCommit>,
    /// 每个文件的差异统计。
    pub different_of_commits: Vec<GitDifferentOfCommit>,
    /// 删除的行数
    pub deletions: i64,
    /// 新增的行数
    pub insertions: i64,
    /// 修改的文件数
    pub update_file_num: i64,
}

/// diff 的一行。
// E415/E418: DiffFileInfo's DifferentLines and GitDiff's `Line` (never defined) are
// this shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDiffLine {
    /// 排序号,由小到大递增
    pub index: i64,
    /// 操作起始行号
    pub left_no: i64,
    /// 操作方式:"+"表示新增,"-"表示删除," "表示不变
    // E415: typed Integer; the examples send the one-character strings (and "\u0000").
    pub prefix: String,
    /// 操作结束行号
    pub right_no: i64,
    /// 文本
    pub text: String,
}

/// DiffFileInfo：文件差异信息。
// E415: the table lists the line fields and the totals together; read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDiffFileInfo {
    /// 差异的各行。
    pub different_lines: Vec<GitDiffLine>,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
}

/// CommitNote 输出参数详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CommitNote {
    /// commitSha 值
    pub commit_sha: String,
    /// note 值
    pub note_content: String,
}

/// GitFileContent 参数详解
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFileContent {
    /// 内容
    pub content: String,
    /// 是否是文本
    pub is_text: bool,
    /// 是否是大文件对象
    pub is_lfs: bool,
    /// 是否为lfs文件（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_large_file_storage: Option<bool>,
}

/// GitFile 参数详解
// E417: 新建文件并提交 and 修改文件并提交 define GitFile twice; only the latter lists
// NewPath, which is optional. E400: Path and Content are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFile {
    /// 文件路径
    pub path: String,
    /// 文件内容
    pub content: String,
    /// 新文件路径(若文件路径修改)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
}

/// GitFile 参数详解（新建内容是二进制的文件）
// E417: the third GitFile definition; its example also sends NewPath, which the table
// does not list. E400: Path and Content are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitBinaryFile {
    /// 文件路径
    pub path: String,
    /// 文件内容(可通过base64解密)
    pub content: String,
    /// 新文件路径（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
}

/// GitDiff 参数详解
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDiff {
    /// 文件路径
    pub path: String,
    /// diff原始信息
    pub content: String,
    /// diff信息每行信息列表(用于页面显示)
    // E418: `Line` is not defined; it is GitDiffLine.
    pub lines: Vec<GitDiffLine>,
    /// 新文件权限
    pub new_mode: String,
    /// 旧文件权限
    pub old_mode: String,
    /// 文件改变类型
    pub change_type: String,
    /// 新增行数
    pub insertions: i64,
    /// 删除行数
    // E418: the row's name column reads 新增行数; the example's key is Deletions.
    pub deletions: i64,
}

/// 提交的流水线状态
///
/// COMMIT_STATE_PENDING:等待构建,COMMIT_STATE_SUCCESS:构建成功,COMMIT_STATE_FAILURE:构建失败,COMMIT_STATE_ERROR:构建出错
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GitCommitState {
    /// COMMIT_STATE_PENDING:等待构建
    CommitStatePending,
    /// COMMIT_STATE_SUCCESS:构建成功
    CommitStateSuccess,
    /// COMMIT_STATE_FAILURE:构建失败
    CommitStateFailure,
    /// COMMIT_STATE_ERROR:构建出错
    CommitStateError,
}

/// StatusCheckResult 参数详解：提交的流水线状态。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct StatusCheckResult {
    /// 仓库 id
    pub depot_id: i64,
    /// 提交对应的 Sha 值
    pub commit_sha: String,
    /// COMMIT_STATE_PENDING:等待构建,COMMIT_STATE_SUCCESS:构建成功,COMMIT_STATE_FAILURE:构建失败,COMMIT_STATE_ERROR:构建出错
    pub state: GitCommitState,
    /// 流水线文本内容
    pub context: String,
    /// 流水线状态描述
    pub description: String,
    /// 流水线链接地址
    #[serde(rename = "TargetURL")]
    pub target_url: String,
    /// 记录创建时间
    pub create_date: i64,
}

// ---------------------------------------------------------------- DescribeGitCommitNote

/// 获取提交注释：输入参数。
// E225: the table omits Action. E400: DepotId and CommitSha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitNoteRequest {
    /// 公共参数,本接口取值:DescribeGitCommitNote
    pub action: Action<DescribeGitCommitNote>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 提交的 Sha
    pub commit_sha: String,
    /// 注释 分支 Ref
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes_ref: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 获取提交注释：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitNoteResponse {
    /// 提交注释
    pub commit_note: String,
}

// ---------------------------------------------------------------- DescribeGitCommit

/// 查询提交详情：输入参数。
// E225: the table omits Action. E400: DepotId and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitRequest {
    /// 公共参数,本接口取值:DescribeGitCommit
    pub action: Action<DescribeGitCommit>,
    /// 仓库 id
    pub depot_id: i64,
    /// 提交的 Sha 值
    pub sha: String,
}

/// 查询提交详情：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitResponse {
    /// 提交详情
    // E413: typed `Commit`, which is not defined.
    pub git_commit: DepotCommit,
}

// ---------------------------------------------------------------- DescribeGitCommits

/// 查询仓库分支下提交列表：输入参数。
// E225: the table omits Action. E400: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitsRequest {
    /// 公共参数,本接口取值:DescribeGitCommits
    pub action: Action<DescribeGitCommits>,
    /// 仓库 id
    pub depot_id: i64,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 查询文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 分页页码,默认为 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 分页页距,默认为 10 ,最大值为 500
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10), range(max = 500))]
    pub page_size: Option<i64>,
    /// 时间过滤起始点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 时间过滤到达点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}

/// 查询仓库分支下提交列表：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitsResponse {
    /// 提交详情列表
    // E413: typed one `Commit`; the example sends an array.
    pub commits: Vec<DepotCommit>,
}

// ---------------------------------------------------------------- DescribeCommitsBetween2Commit

/// 两次提交之间的提交历史：输入参数。
// E225: the table omits Action. E400: DepotId, Source and Target are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitsBetween2CommitRequest {
    /// 公共参数,本接口取值:DescribeCommitsBetween2Commit
    pub action: Action<DescribeCommitsBetween2Commit>,
    /// 仓库 id
    pub depot_id: i64,
    /// 源请求 Sha 值,分支名称
    pub source: String,
    /// 目标请求 Sha 值,分支名称
    pub target: String,
}

/// 两次提交之间的提交历史：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitsBetween2CommitResponse {
    /// 差异信息
    pub different_of_commit_info: GitDifferentOfCommitInfo,
}

// ---------------------------------------------------------------- DescribeDifferentBetween2Commits

/// 两次提交之间的文件差异：输入参数。
// E225: the table omits Action. E400: DepotId, Source, Target and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDifferentBetween2CommitsRequest {
    /// 公共参数,本接口取值:DescribeDifferentBetween2Commits
    pub action: Action<DescribeDifferentBetween2Commits>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 源请求 Sha 值,分支名称
    pub source: String,
    /// 目标请求 Sha 值,分支名称
    pub target: String,
    /// 文件位置
    pub path: String,
    /// 仓库路径，与DepotID二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// commit对比方式,是否直接对比差异（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub straight: Option<bool>,
}

/// 两次提交之间的文件差异：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDifferentBetween2CommitsResponse {
    /// 文件差异信息
    pub diff_file_info: GitDiffFileInfo,
}

// ---------------------------------------------------------------- DescribeNotesByCommits

/// 获取提交的note信息：输入参数。
// E225: the table omits Action. E400: DepotId and Commits are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNotesByCommitsRequest {
    /// 公共参数,本接口取值:DescribeNotesByCommits
    pub action: Action<DescribeNotesByCommits>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// note 路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_ref: Option<String>,
    /// commitId 集合
    // E416: typed String; the example sends an array of strings.
    pub commits: Vec<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 获取提交的note信息：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNotesByCommitsResponse {
    /// note 信息集合
    // E416: typed one CommitNote; the example sends an array.
    pub notes: Vec<CommitNote>,
}

// ---------------------------------------------------------------- DescribeGitFileContent

/// 查询某次提交某文件的内容：输入参数。
// E225: the table omits Action. E400: DepotId, CommitSha and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileContentRequest {
    /// 公共参数,本接口取值:DescribeGitFileContent
    pub action: Action<DescribeGitFileContent>,
    /// 仓库 Id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// commit 的 Sha 值
    pub commit_sha: String,
    /// 文件路径
    pub path: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询某次提交某文件的内容：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileContentResponse {
    /// 文件内容对象
    pub git_file_content: GitFileContent,
}

// ---------------------------------------------------------------- CreateGitFiles

/// 新建文件并提交：输入参数。
// E225: the table omits Action. E400: DepotId and GitFiles are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitFilesRequest {
    /// 公共参数,本接口取值:CreateGitFiles
    pub action: Action<CreateGitFiles>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 最后一次 commit 的 Sha 值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_sha: Option<String>,
    /// commit 信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 新分支名(若要 commit 到新的分支,需要加上此参数)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_ref: Option<String>,
    /// git文件
    pub git_files: Vec<GitFile>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyGitFiles

/// 修改文件并提交：输入参数。
// E225: the table omits Action. E400: DepotId and GitFiles are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitFilesRequest {
    /// 公共参数,本接口取值:ModifyGitFiles
    pub action: Action<ModifyGitFiles>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 最后一次 commit 的 Sha 值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_sha: Option<String>,
    /// commit 信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 新分支名(若要 commit 到新的分支,需要加上此参数)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_ref: Option<String>,
    /// git文件
    pub git_files: Vec<GitFile>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateBinaryFiles

/// 新建内容是二进制的文件：输入参数。
// E225: the table omits Action. E400: DepotId and GitFiles are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateBinaryFilesRequest {
    /// 公共参数,本接口取值:CreateBinaryFiles
    pub action: Action<CreateBinaryFiles>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交时的用户 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// 源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src_ref: Option<String>,
    /// 目标分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dest_ref: Option<String>,
    /// commit 信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 最后 commit 的 Sha 值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_sha: Option<String>,
    /// git 文件对象
    pub git_files: Vec<GitBinaryFile>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateGitCommitComment

/// 为某次提交创建一条评论：输入参数。
// E225: the table omits Action. E400: DepotId, Sha and Content are required. E403:
// the example sends `sha`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitCommitCommentRequest {
    /// 公共参数,本接口取值:CreateGitCommitComment
    pub action: Action<CreateGitCommitComment>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// diff信息中的第几行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// 评论的内容
    pub content: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 为某次提交创建一条评论：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitCommitCommentResponse {
    /// 评论详细
    pub comment: Comment,
}

// ---------------------------------------------------------------- DescribeGitCommitDiff

/// 查询某次提交的diff信息：输入参数。
// E225: the table omits Action. E400: DepotId and Sha are required. E403: the
// example sends `sha`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitDiffRequest {
    /// 公共参数,本接口取值:DescribeGitCommitDiff
    pub action: Action<DescribeGitCommitDiff>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询某次提交的diff信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitDiffResponse {
    /// diff信息列表
    pub diffs: Vec<GitDiff>,
}

// ---------------------------------------------------------------- ModifyGitCommitRevert

/// 还原某次提交：输入参数。
// E225: the table omits Action. E400: DepotId, BranchName and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitCommitRevertRequest {
    /// 公共参数,本接口取值:ModifyGitCommitRevert
    pub action: Action<ModifyGitCommitRevert>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名
    pub branch_name: String,
    /// 欲还原的提交 Id
    pub sha: String,
    /// 提交描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyGitCommitStatus

/// 修改提交对应的流水线状态：输入参数。
// E225: the table omits Action. E400: CommitSha and State are required; DepotId and
// DepotPath are an either-or pair and stay optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitCommitStatusRequest {
    /// 公共参数,本接口取值:ModifyGitCommitStatus
    pub action: Action<ModifyGitCommitStatus>,
    /// 仓库 id,与 DepotPath 必须有一个是填写的
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径,与 DepotId 必须有一个是填写的,例如 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 提交对应的 Sha 值
    pub commit_sha: String,
    /// COMMIT_STATE_PENDING:等待构建,COMMIT_STATE_SUCCESS:构建成功,COMMIT_STATE_FAILURE:构建失败,COMMIT_STATE_ERROR:构建出错
    pub state: GitCommitState,
    /// 流水线文本内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// 流水线状态描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 流水线链接地址
    #[serde(rename = "TargetURL", default, skip_serializing_if = "Option::is_none")]
    pub target_url: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitCommitStatus

/// 查询提交对应的流水线状态：输入参数。
// E225: the table omits Action. E400: CommitSha is required; DepotId and DepotPath are
// an either-or pair and stay optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitStatusRequest {
    /// 公共参数,本接口取值:DescribeGitCommitStatus
    pub action: Action<DescribeGitCommitStatus>,
    /// 仓库 id,与 DepotPath 必须有一个是填写的
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径,与 DepotId 必须有一个是填写的,例如 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 提交对应的 Sha 值
    pub commit_sha: String,
}

/// 查询提交对应的流水线状态：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitStatusResponse {
    /// 提交流水线状态列表
    pub status_check_results: Vec<StatusCheckResult>,
}

actions! {
    /// 获取提交注释
    DescribeGitCommitNote {
        summary: "获取提交注释",
        source: "提交 › 获取提交注释",
        request: DescribeGitCommitNoteRequest,
        response: DescribeGitCommitNoteResponse,
    }

    // E1430: the export describes DescribeGitCommitInfo in its place.
    /// 查询提交详情
    DescribeGitCommit {
        summary: "查询提交详情",
        description: "Deprecated: CODING's OpenAPI export does not describe this Action; it describes DescribeGitCommitInfo for the same query, with the newer commit shape (E1430).",
        source: "提交 › 查询提交详情",
        deprecated: true,
        request: DescribeGitCommitRequest,
        response: DescribeGitCommitResponse,
    }

    // E1430: the export describes DescribeGitCommitInfos in its place.
    /// 查询仓库分支下提交列表
    DescribeGitCommits {
        summary: "查询仓库分支下提交列表",
        description: "Deprecated: CODING's OpenAPI export does not describe this Action; it describes DescribeGitCommitInfos for the same query, with the newer commit shape (E1430).",
        source: "提交 › 查询仓库分支下提交列表",
        deprecated: true,
        request: DescribeGitCommitsRequest,
        response: DescribeGitCommitsResponse,
    }

    // E1430: the export describes DescribeCommitsBetweenCommitAndCommit in its place.
    /// 两次提交之间的提交历史
    DescribeCommitsBetween2Commit {
        summary: "两次提交之间的提交历史",
        description: "Deprecated: CODING's OpenAPI export does not describe this Action; it describes DescribeCommitsBetweenCommitAndCommit for the same query (source and target in the normal order, it says), with the newer commit shape (E1430).",
        source: "提交 › 两次提交之间的提交历史",
        deprecated: true,
        request: DescribeCommitsBetween2CommitRequest,
        response: DescribeCommitsBetween2CommitResponse,
    }

    /// 两次提交之间的文件差异
    DescribeDifferentBetween2Commits {
        summary: "两次提交之间的文件差异",
        source: "提交 › 两次提交之间的文件差异",
        request: DescribeDifferentBetween2CommitsRequest,
        response: DescribeDifferentBetween2CommitsResponse,
    }

    /// 获取提交的note信息
    DescribeNotesByCommits {
        summary: "获取提交的note信息",
        source: "提交 › 获取提交的note信息",
        request: DescribeNotesByCommitsRequest,
        response: DescribeNotesByCommitsResponse,
    }

    /// 查询某次提交某文件的内容
    DescribeGitFileContent {
        summary: "查询某次提交某文件的内容",
        source: "提交 › 查询某次提交某文件的内容",
        request: DescribeGitFileContentRequest,
        response: DescribeGitFileContentResponse,
    }

    // E226: no output table; the example carries RequestId. E1401: the export
    // adds GitCommit.
    /// 新建文件并提交
    CreateGitFiles {
        summary: "新建文件并提交",
        source: "提交 › 新建文件并提交",
        request: CreateGitFilesRequest,
        response: FilesCommitResponse,
    }

    // E226: no output table; the example carries RequestId. E1401: the export
    // adds GitCommit.
    /// 修改文件并提交
    ModifyGitFiles {
        summary: "修改文件并提交",
        source: "提交 › 修改文件并提交",
        request: ModifyGitFilesRequest,
        response: FilesCommitResponse,
    }

    // E226: no output table; the example carries RequestId. E1401: the export
    // adds GitCommit.
    /// 新建内容是二进制的文件
    CreateBinaryFiles {
        summary: "新建内容是二进制的文件",
        source: "提交 › 新建内容是二进制的文件",
        request: CreateBinaryFilesRequest,
        response: FilesCommitResponse,
    }

    /// 为某次提交创建一条评论
    CreateGitCommitComment {
        summary: "为某次提交创建一条评论",
        source: "提交 › 为某次提交创建一条评论",
        request: CreateGitCommitCommentRequest,
        response: CreateGitCommitCommentResponse,
    }

    /// 查询某次提交的diff信息
    DescribeGitCommitDiff {
        summary: "查询某次提交的diff信息",
        source: "提交 › 查询某次提交的diff信息",
        request: DescribeGitCommitDiffRequest,
        response: DescribeGitCommitDiffResponse,
    }

    /// 还原某次提交
    ModifyGitCommitRevert {
        summary: "还原某次提交",
        source: "提交 › 还原某次提交",
        request: ModifyGitCommitRevertRequest,
        response: RequestIdResponse,
    }

    // E226: the output table is empty; the example carries RequestId.
    /// 修改提交对应的流水线状态
    ModifyGitCommitStatus {
        summary: "修改提交对应的流水线状态",
        source: "提交 › 修改提交对应的流水线状态",
        request: ModifyGitCommitStatusRequest,
        response: RequestIdResponse,
    }

    /// 查询提交对应的流水线状态
    DescribeGitCommitStatus {
        summary: "查询提交对应的流水线状态",
        source: "提交 › 查询提交对应的流水线状态",
        request: DescribeGitCommitStatusRequest,
        response: DescribeGitCommitStatusResponse,
    }
}
