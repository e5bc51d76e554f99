//! The files a pull request changes: 5. Pull Request Commit文件列表,
//! 20. pr提交的文件变更信息, 21. 获取文件内容 (on the raw-file host).

use forgespec_core::{New, Nullable, Server, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::PullRequestPath;
use crate::pulls::pull_requests::DiffRefs;

/// 文件的差异补丁。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FilePatch {
    /// 差异（unified diff）文本。
    pub diff: String,
    /// 新路径。
    pub new_path: String,
    /// 旧路径。
    pub old_path: String,
    /// 旧文件的模式，例如 `100644`。
    pub a_mode: String,
    /// 新文件的模式，例如 `100644`。
    pub b_mode: String,
    /// 是否为新增文件。
    pub new_file: bool,
    /// 是否为重命名文件。
    pub renamed_file: bool,
    /// 是否为删除文件。
    pub deleted_file: bool,
    /// 差异是否过大。
    pub too_large: bool,
}

/// Pull Request 变更的文件。
// E43: fields read off the one example; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PullRequestFile {
    /// 提交的 SHA。
    pub sha: String,
    /// 文件名（路径）。
    pub filename: String,
    /// 文件的变更状态。
    // E61: only ever `null`; typed as a string.
    pub status: Nullable<String>,
    /// 新增的行数（数字字符串）。
    // E32: counts written as strings (`"3"`).
    pub additions: String,
    /// 删除的行数（数字字符串）。
    // E32
    pub deletions: String,
    /// 文件页面的地址。
    // E33: the example's host is written `ra w.gitcode.com`; no URL format is asserted.
    pub blob_url: String,
    /// 文件原始内容的地址。
    // E33
    pub raw_url: String,
    /// 文件的差异补丁。
    pub patch: FilePatch,
}

/// 文件变更的统计。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DiffStatistic {
    /// 变更类型，例如 `new_file`。
    #[serde(rename = "type")]
    pub change_type: String,
    /// 文件路径。
    pub path: String,
    /// 旧路径。
    pub old_path: String,
    /// 新路径。
    pub new_path: String,
    /// 是否已查看。
    pub viewed: bool,
}

/// 变更后的文件。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DiffHead {
    /// 文件的类型，例如 `none_deleted_file`。
    #[serde(rename = "type")]
    pub file_type: String,
    /// 文件原始内容的地址（获取文件内容 的地址）。
    pub url: String,
    /// 提交的 SHA。
    pub commit_id: String,
    /// 提交的短 SHA。
    pub commit_short_id: String,
}

/// 一个文件的变更。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FileDiff {
    /// 新文件的 blob id。
    pub new_blob_id: String,
    /// 变更的统计。
    pub statistic: DiffStatistic,
    /// 变更后的文件。
    pub head: DiffHead,
    /// 新增的行数。
    pub added_lines: i64,
    /// 删除的行数。
    pub removed_lines: i64,
}

/// pr提交的文件变更信息。
// E43: fields read off the one example; the descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FileChanges {
    /// 结果码，`0` 表示成功。
    pub code: i64,
    /// 新增的行数。
    pub added_lines: i64,
    /// 删除的行数。
    pub removed_lines: i64,
    /// 变更的文件数（数字字符串）。
    // E35: a count written as a string (`"3"`).
    pub count: String,
    /// 差异的基准提交。
    pub diff_refs: DiffRefs,
    /// 各文件的变更。
    pub diffs: Vec<FileDiff>,
}

/// 路径参数：仓库中某次提交的一个文件。
// E12: the document gives no parameter table; the names are the URL's placeholders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RawFilePath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
    /// 仓库路径(path)
    pub repo: String,
    /// 文件所在提交的 SHA（pr提交的文件变更信息 中的 `diffs.head.commit_id`）。
    pub head_sha: String,
    /// 文件在仓库中的路径（URL 编码）。
    pub name: String,
}

endpoint! {
    /// 5. Pull Request Commit文件列表
    pub struct ListPullRequestFiles {
        GET "/repos/{owner}/{repo}/pulls/{number}/files",
        id: "listPullRequestFiles",
        summary: "Pull Request Commit文件列表",
        source: "5. Pull Request Commit文件列表",
        path: PullRequestPath,
        response: (200, "Pull Request 变更的文件。", Vec<PullRequestFile>),
    }
}

endpoint! {
    /// 20. pr提交的文件变更信息
    pub struct GetPullRequestFileChanges {
        GET "/repos/{owner}/{repo}/pulls/{number}/files.json",
        id: "getPullRequestFileChanges",
        summary: "pr提交的文件变更信息",
        source: "20. pr提交的文件变更信息",
        path: PullRequestPath,
        response: (200, "Pull Request 的文件变更信息。", FileChanges),
    }
}

endpoint! {
    /// 21. 获取文件内容
    pub struct GetFileContent {
        GET "/{owner}/{repo}/raw/{head_sha}/{name}",
        id: "getFileContent",
        summary: "获取文件内容",
        description: "请求20 pr提交的文件变更信息的接口,拿到diffs.head.url返回的地址信息 直接浏览器访问即可。",
        source: "21. 获取文件内容",
        // E13: "直接浏览器访问即可": the token may be sent but is not needed.
        security: Optional,
        path: RawFilePath,
        // E14: the response is the file itself; its media type is not documented.
        response: (200, "文件的原始内容。", raw "application/octet-stream"),
        // E67: a path on another host; its template has the same shape as
        // `/repos/{owner}/{repo}/pulls/{number}` on the API host.
        servers: [Server::new("https://raw.gitcode.com", "GitCode 原始文件（raw）服务。")],
    }
}
