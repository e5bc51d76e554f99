//! 7.5 File (historical): a file of a repository, addressed by its path.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::described_envelope;
use crate::file::FileContentInfo;

/// 路径参数：仓库中的一个文件。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalFilePath {
    /// 仓库短id
    pub repo_id: i64,
    /// Url编码的新文件的完整路径。
    pub file_path: String,
}

/// 查询某个仓库的文件信息的查询参数（历史 API）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalFileQuery {
    /// commit id, 仓库的branch名或tag名
    #[serde(rename = "ref")]
    pub ref_name: String,
}

// E231, E262: the response table describes `result` as 差异列表.
described_envelope!(
    ArrayOfFileContentInfoEnvelope,
    Vec<FileContentInfo>,
    "差异列表"
);

endpoint! {
    /// 查询某个仓库的文件信息
    pub struct ShowFileV1 {
        GET "/v2/projects/{repo_id}/repository/files/{file_path}",
        id: "showFileV1",
        summary: "查询某个仓库的文件信息",
        description: "获取仓库中文件的信息，如名称、大小、内容。请注意，文件内容是Base64编码的。",
        source: "7.5 File › 7.5.1 查询某个仓库的文件信息",
        deprecated: true,
        path: HistoricalFilePath,
        query: HistoricalFileQuery,
        // E231: the response row describes `result` as 差异列表 (copied from the
        // commit-diff table); table and example agree on an array of
        // FileContentInfo, unlike the current 4.6.1 (one object).
        response: (200, "OK", ArrayOfFileContentInfoEnvelope),
    }
}
