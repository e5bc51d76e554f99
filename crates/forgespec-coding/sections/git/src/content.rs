//! 代码托管 › content: files, trees, blobs, contributors, commits and commit notes of
//! a depot.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};

// ---------------------------------------------------------------- CreateGitCommitNote

/// 创建提交注释：输入参数。
// E225: the table omits Action. E200: DepotId, CommitSha and Note are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitCommitNoteRequest {
    /// 公共参数,本接口取值:CreateGitCommitNote
    pub action: Action<CreateGitCommitNote>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交的 Sha
    pub commit_sha: String,
    /// 注释内容
    // E240: the document describes Note as `NotesRef`, copied from another row.
    pub note: String,
    /// 提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// 注释分支 ref。建议默认不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes_ref: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitFiles

/// 对象类型 tree:文件夹 file:文件
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GitTreeItemMode {
    /// `tree`: 文件夹
    Tree,
    /// `file`: 文件
    File,
}

/// GitTreeItem：git 树对象。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitTreeItem {
    /// 对象类型 tree:文件夹 file:文件
    pub mode: GitTreeItemMode,
    /// 文件或文件夹路径
    pub path: String,
    /// 文件或文件夹名字
    pub name: String,
    /// Commit ID
    pub sha: String,
}

/// 查询仓库目录下文件和文件夹名字：输入参数。
// E225: the table omits Action. E1425: DepotPath, which E200 made required, is
// optional beside the export's DepotId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFilesRequest {
    /// 公共参数,本接口取值:DescribeGitFiles
    pub action: Action<DescribeGitFiles>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 所查询的文件夹
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 仓库Id（CODING OpenAPI export）
    // E1401: a field only the export has; E1425: the alternative to DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
}

/// 查询仓库目录下文件和文件夹名字：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFilesResponse {
    /// git 树对象
    // E241: typed as one GitTreeItem; the example sends an array.
    pub items: Vec<GitTreeItem>,
}

// ---------------------------------------------------------------- DescribeGitFile

/// GitFileItem：文件详情。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFileItem {
    /// 文件名
    pub file_name: String,
    /// 文件路径
    pub file_path: String,
    /// 文件大小
    pub size: i64,
    /// 加密形式
    pub encoding: String,
    /// 加密后文件的内容
    pub content: String,
    /// 文件内容的hash结果
    pub content_sha256: String,
    /// Commit ID
    pub sha: String,
}

/// 获取文件详情：输入参数。
// E225: the table omits Action. E200: DepotId and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileRequest {
    /// 公共参数,本接口取值:DescribeGitFile
    pub action: Action<DescribeGitFile>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 所查询的文件夹
    // E242: the description is copied from 查询仓库目录下文件和文件夹名字; the
    // parameter is the path of a file.
    pub path: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 获取文件详情：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileResponse {
    /// 文件详情
    pub git_file: GitFileItem,
}

// ---------------------------------------------------------------- DescribeGitBlob

/// 编码方式 base64
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BlobEncoding {
    /// `base64`: 内容经 base64 编码。
    Base64,
}

/// BlobDetail：blob信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BlobDetail {
    /// blob Id
    pub blob_sha: String,
    /// blob 大小(字节)
    // E1424: an example of the export sends it as a string.
    pub size: IntegerOrString,
    /// 编码方式 base64
    pub encoding: BlobEncoding,
    /// blob base64 编码后的内容
    pub content: String,
}

/// 查询 Git Blob 信息：输入参数。
// E225: the table omits Action. E200: DepotId and BlobSha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlobRequest {
    /// 公共参数,本接口取值:DescribeGitBlob
    pub action: Action<DescribeGitBlob>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// blob Id
    pub blob_sha: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询 Git Blob 信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlobResponse {
    /// blob信息
    pub data: BlobDetail,
}

// ---------------------------------------------------------------- DescribeGitBlobRaw

/// 查询 Git Blob raw 信息：输入参数。
// E225: the table omits Action. E200: DepotId and BlobSha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlobRawRequest {
    /// 公共参数,本接口取值:DescribeGitBlobRaw
    pub action: Action<DescribeGitBlobRaw>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// blob Id
    pub blob_sha: String,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询 Git Blob raw 信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlobRawResponse {
    /// blob 文本内容
    pub content: String,
}

// ---------------------------------------------------------------- DescribeGitContributors

/// Contributor：贡献者。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Contributor {
    /// 邮箱
    pub email: String,
    /// 名字
    pub name: String,
    /// 提交次数
    pub commits: i64,
}

/// 查询 git 仓库的贡献者：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitContributorsRequest {
    /// 公共参数,本接口取值:DescribeGitContributors
    pub action: Action<DescribeGitContributors>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支或标签名,默认 HEAD
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "HEAD"))]
    pub r#ref: Option<String>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询 git 仓库的贡献者：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitContributorsResponse {
    /// 贡献者列表
    pub contributors: Vec<Contributor>,
}

// ---------------------------------------------------------------- DescribeGitTree

/// 类型 tree/blob
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GitTreeType {
    /// `tree`: 文件夹。
    Tree,
    /// `blob`: 文件。
    Blob,
}

/// GitTree：tree信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitTree {
    /// 文件/文件夹权限
    pub mode: String,
    /// 类型 tree/blob
    #[serde(rename = "Type")]
    pub tree_type: GitTreeType,
    /// tree/blob 的 Sha
    pub sha: String,
    /// 路径
    pub path: String,
}

/// 查询仓库tree信息：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTreeRequest {
    /// 公共参数,本接口取值:DescribeGitTree
    pub action: Action<DescribeGitTree>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 文件夹路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 是否递归查找
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_recursive: Option<bool>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询仓库tree信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTreeResponse {
    /// tree信息列表
    pub trees: Vec<GitTree>,
}

// ---------------------------------------------------------------- DeleteGitFiles

/// 在仓库中删除文件：输入参数。
// E225: the table omits Action. E200: DepotId and Paths are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitFilesRequest {
    /// 公共参数,本接口取值:DeleteGitFiles
    pub action: Action<DeleteGitFiles>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// 分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 欲删除文件的路径列表
    pub paths: Vec<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateGitCommit

/// 文件内容编码方式:ENCODING_RAW(不进行编码)、ENCODING_BASE64(base64 编码)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum CommitFileContentEncoding {
    /// `ENCODING_RAW`: 不进行编码
    #[serde(rename = "ENCODING_RAW")]
    Raw,
    /// `ENCODING_BASE64`: base64 编码
    #[serde(rename = "ENCODING_BASE64")]
    Base64,
}

/// CommitFile 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CommitFile {
    /// 文件路径
    // E200: each file needs its path.
    pub path: String,
    /// 文件重命名时新名字的路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// 文件内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 文件内容编码方式:ENCODING_RAW(不进行编码)、ENCODING_BASE64(base64 编码)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_encoding: Option<CommitFileContentEncoding>,
    /// 文件是否删除
    // E245: typed String; the example sends a boolean, as the description implies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub want_delete: Option<bool>,
    /// 文件是否重命名
    // E246: the row is garbled ("是 | CommitFile[]"); the example sends a boolean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub want_rename: Option<bool>,
}

/// 创建 git 提交：输入参数。
// E225: the table omits Action. E200: DepotPath is required; E246: CommitFiles is
// marked 是 (required) by the garbled row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitCommitRequest {
    /// 公共参数,本接口取值:CreateGitCommit
    pub action: Action<CreateGitCommit>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 最后一次提交的 Sha 值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_sha: Option<String>,
    /// 源分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 新建分支的名字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_ref: Option<String>,
    /// 提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 文件列表
    pub commit_files: Vec<CommitFile>,
}

/// Committer：提交者信息。
// E248: referenced by GitCommit and never defined; read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Committer {
    /// 提交者邮箱。
    pub email: String,
    /// 提交者名字。
    pub name: String,
}

/// GitCommit 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommit {
    /// 提交简要信息
    // E247: typed GitCommit; the example sends a string.
    pub short_message: String,
    /// 提交 Sha 值
    // E247: typed GitCommit; the example sends a string.
    pub sha: String,
    /// 提交时间
    pub commit_date: i64,
    /// 提交者信息
    pub committer: Committer,
    /// 提交日期（CODING OpenAPI export）
    // E1310: the export's GitCommit adds CreatedAt, AuthorName, AuthorEmail and
    // Parents, which the help document's examples do not send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// 作者姓名（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    /// 作者邮箱（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    /// 父提交（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<String>>,
}

/// 提交文件的输出参数：本次提交（CODING OpenAPI export）。
// E1401: the help document's examples answer only RequestId (E226); the export's
// schema and examples add the commit the Action made (新建、修改、删除文件，新建二进制文件).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct FilesCommitResponse {
    /// 提交信息（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_commit: Option<GitCommit>,
}

/// 创建 git 提交：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitCommitResponse {
    /// 提交详情
    pub git_commit: GitCommit,
}

actions! {
    // E226: no output table (or an empty one); the example carries RequestId.
    /// 创建提交注释
    CreateGitCommitNote {
        summary: "创建提交注释",
        description: "注意: 对于 NotesRef 参数建议默认为空,因为 git 会使用默认的 ref :refs/notes/commits,如果填了这个参数,会用这个参数指定的 ref 来保存您的 git note,有可能会覆盖您原有的 ref。",
        source: "创建提交注释",
        request: CreateGitCommitNoteRequest,
        response: RequestIdResponse,
    }

    // E243: the document writes the endpoint as `Action= DescribeGitFiles` (with a space).
    /// 查询仓库目录下文件和文件夹名字
    DescribeGitFiles {
        summary: "查询仓库目录下文件和文件夹名字",
        source: "查询仓库目录下文件和文件夹名字",
        request: DescribeGitFilesRequest,
        response: DescribeGitFilesResponse,
    }

    // E243: `Action= DescribeGitFile` (with a space) in the document.
    /// 获取文件详情
    DescribeGitFile {
        summary: "获取文件详情",
        source: "获取文件详情",
        request: DescribeGitFileRequest,
        response: DescribeGitFileResponse,
    }

    /// 查询 Git Blob 信息
    DescribeGitBlob {
        summary: "查询 Git Blob 信息",
        source: "查询 Git Blob 信息",
        request: DescribeGitBlobRequest,
        response: DescribeGitBlobResponse,
    }

    /// 查询 Git Blob raw 信息
    DescribeGitBlobRaw {
        summary: "查询 Git Blob raw 信息",
        source: "查询 Git Blob raw 信息",
        request: DescribeGitBlobRawRequest,
        response: DescribeGitBlobRawResponse,
    }

    /// 查询 git 仓库的贡献者
    DescribeGitContributors {
        summary: "查询 git 仓库的贡献者",
        source: "查询 git 仓库的贡献者",
        request: DescribeGitContributorsRequest,
        response: DescribeGitContributorsResponse,
    }

    /// 查询仓库tree信息
    DescribeGitTree {
        summary: "查询仓库tree信息",
        source: "查询仓库tree信息",
        request: DescribeGitTreeRequest,
        response: DescribeGitTreeResponse,
    }

    /// 在仓库中删除文件
    DeleteGitFiles {
        summary: "在仓库中删除文件",
        source: "在仓库中删除文件",
        request: DeleteGitFilesRequest,
        response: FilesCommitResponse,
    }

    /// 创建 git 提交
    CreateGitCommit {
        summary: "创建 git 提交",
        source: "创建 git 提交",
        request: CreateGitCommitRequest,
        response: CreateGitCommitResponse,
    }
}
