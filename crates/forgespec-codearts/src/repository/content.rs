//! 4.2.1, 4.2.3, 4.2.7: reading a branch's files — a directory listing, an image,
//! a file's content.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Commit, RepositoryBranchPath};
use crate::common::{Envelope, IntegerOrString, OneOrMany, with_error_responses};

/// 获取分支目录下的文件的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListBranchFilesQuery {
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 偏移量
    // E35: one of the section's four paging conventions (offset/limit here;
    // page_no/page_size, page_index/page_size and page/per_page elsewhere). Each
    // operation keeps the names its table gives, since those are what the server reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 记录数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// LogsTreeList：文件日志树。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LogsTreeList {
    /// 文件日志树
    pub trees: Vec<LogsTree>,
    /// 记录总数
    pub total: i64,
}

/// LogsTree：一个文件的日志。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LogsTree {
    /// 存储块id
    pub blob_id: String,
    /// 提交信息
    pub commit: Commit,
    /// 文件名称
    pub file_name: String,
    /// 文件路径
    pub file_path: String,
    /// MD5
    pub md5: String,
    /// 存储类型
    #[serde(rename = "type")]
    pub tree_type: String,
}

/// 获取一个仓库下特定分支的图片文件的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct BranchImageQuery {
    /// 图片路径
    pub path: String,
}

/// 获取一个仓库下特定分支指定文件内容的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct BranchFileQuery {
    /// 文件路径
    pub path: String,
}

/// FilesResponseInfo：文件内容。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FilesResponseInfo {
    /// 文件名称
    pub file_name: String,
    /// 文件路径
    pub file_path: String,
    /// 文件大小
    // E37: String in the table, `666` in the example; both forms are accepted.
    pub size: IntegerOrString,
    /// 编码类型
    pub encoding: String,
    /// 分支名称
    #[serde(rename = "ref")]
    pub git_ref: String,
    /// 文件块id
    pub blob_id: String,
    /// 文件类型
    pub file_type: String,
    /// 文件内容
    pub content: String,
}

endpoint! {
    /// 4.2.1 获取分支目录下的文件
    pub struct ListBranchFiles {
        GET "/v1/repositories/{repository_uuid}/branch/{branch_name}/sub-files",
        id: "listBranchFiles",
        summary: "获取分支目录下的文件",
        description: "获取分支目录下的文件",
        source: "4.2.1 获取分支目录下的文件",
        path: RepositoryBranchPath,
        query: ListBranchFilesQuery,
        response: (200, "OK", Envelope<LogsTreeList>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.3 获取一个仓库下特定分支的图片文件
    pub struct ShowBranchImage {
        GET "/v1/repositories/{repository_uuid}/branch/{branch_name}/image",
        id: "showBranchImage",
        summary: "获取一个仓库下特定分支的图片文件",
        description: "获取一个仓库下特定分支的图片文件",
        source: "4.2.3 获取一个仓库下特定分支的图片文件",
        // The token is optional here (X-Auth-Token 否).
        security: Optional,
        path: RepositoryBranchPath,
        query: BranchImageQuery,
        // E36: "响应参数 无": the document describes no body; the operation returns the
        // image itself, whose media type it does not name.
        response: (200, "OK", raw "image/*"),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.7 获取一个仓库下特定分支指定文件内容
    pub struct ShowBranchFile {
        GET "/v1/repositories/{repository_uuid}/branch/{branch_name}/file",
        id: "showBranchFile",
        summary: "获取一个仓库下特定分支指定文件内容",
        description: "获取一个仓库下特定分支指定文件内容",
        source: "4.2.7 获取一个仓库下特定分支指定文件内容",
        // The token is optional here (X-Auth-Token 否).
        security: Optional,
        path: RepositoryBranchPath,
        query: BranchFileQuery,
        // E38: `FilesResponseInfo object` in the table, an array of one in the
        // example; both forms are accepted.
        response: (200, "OK", Envelope<OneOrMany<FilesResponseInfo>>),
        extend: with_error_responses,
    }
}
