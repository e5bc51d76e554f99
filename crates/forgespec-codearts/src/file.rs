//! 4.6 File: a file of a repository, with its Base64-encoded content.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::commit::RepoIdPath;
use crate::common::described_envelope;

/// The tag (document section) of these operations.
pub const TAG: &str = "File";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "文件：查询仓库中文件的信息。",
    source: "4 API › 4.6 File › 4.6.1 查询某个仓库的文件信息",
    endpoints: &[EndpointRef::of::<ShowFile>()],
};

/// 查询某个仓库的文件信息的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ShowFileQuery {
    /// 文件的完整路径
    // E218: the request example writes `files?README.md&ref=master`, without the
    // `file_path=` name the table requires.
    pub file_path: String,
    /// commit id, 仓库的branch名或tag名
    #[serde(rename = "ref")]
    pub ref_name: String,
}

/// FileContentInfo：文件详情。
// Shared with the historical 7.5.1, whose table is identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FileContentInfo {
    /// 文件名
    pub file_name: String,
    /// 文件路径
    pub file_path: String,
    /// 文件大小
    pub size: i64,
    /// 文件编码
    pub encoding: String,
    /// sha256编码的文件内容
    pub content_sha256: String,
    /// 分支名
    #[serde(rename = "ref")]
    pub ref_name: String,
    /// blob sha
    pub blob_id: String,
    /// 提交对应的SHA id
    pub commit_id: String,
    /// 最后一个提交对应的SHA id
    pub last_commit_id: String,
    /// base64编码的文件内容
    pub content: String,
}

// E262: the response table describes `result` as 文件详情.
described_envelope!(FileContentInfoEnvelope, FileContentInfo, "文件详情");

endpoint! {
    /// 查询某个仓库的文件信息
    pub struct ShowFile {
        GET "/v2/projects/{repo_id}/repository/files",
        id: "showFile",
        summary: "查询某个仓库的文件信息",
        description: "获取仓库中文件的信息，如名称、大小、内容。请注意，文件内容是Base64编码的。",
        path: RepoIdPath,
        query: ShowFileQuery,
        response: (200, "OK", FileContentInfoEnvelope),
    }
}
