//! 4.2.1, 4.2.3, 4.2.7: reading a branch's files — a directory listing, an image,
//! a file's content.

use forgespec_core::{Operation, Response, Security};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Commit, RepositoryBranchPath, TAG};
use crate::common::{Envelope, IntegerOrString, OneOrMany, with_error_responses};

/// 获取分支目录下的文件的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BranchImageQuery {
    /// 图片路径
    pub path: String,
}

/// 获取一个仓库下特定分支指定文件内容的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// 4.2.1 获取分支目录下的文件
pub fn list_branch_files() -> Operation {
    with_error_responses(
        Operation::get(
            "listBranchFiles",
            "/v1/repositories/{repository_uuid}/branch/{branch_name}/sub-files",
        )
        .tag(TAG)
        .summary("获取分支目录下的文件")
        .description("获取分支目录下的文件")
        .source("4 API › 4.2 Repository › 4.2.1 获取分支目录下的文件")
        .path_params::<RepositoryBranchPath>()
        .query::<ListBranchFilesQuery>()
        .response::<Envelope<LogsTreeList>>(200, "OK"),
    )
}

/// 4.2.3 获取一个仓库下特定分支的图片文件
pub fn show_branch_image() -> Operation {
    with_error_responses(
        Operation::get(
            "showBranchImage",
            "/v1/repositories/{repository_uuid}/branch/{branch_name}/image",
        )
        .tag(TAG)
        .summary("获取一个仓库下特定分支的图片文件")
        .description("获取一个仓库下特定分支的图片文件")
        .source("4 API › 4.2 Repository › 4.2.3 获取一个仓库下特定分支的图片文件")
        // The token is optional here (X-Auth-Token 否).
        .security(Security::Optional)
        .path_params::<RepositoryBranchPath>()
        .query::<BranchImageQuery>()
        // E36: "响应参数 无": the document describes no body; the operation returns the
        // image itself, whose media type it does not name.
        .with_response(Response::raw(200, "image/*", "OK")),
    )
}

/// 4.2.7 获取一个仓库下特定分支指定文件内容
pub fn show_branch_file() -> Operation {
    with_error_responses(
        Operation::get(
            "showBranchFile",
            "/v1/repositories/{repository_uuid}/branch/{branch_name}/file",
        )
        .tag(TAG)
        .summary("获取一个仓库下特定分支指定文件内容")
        .description("获取一个仓库下特定分支指定文件内容")
        .source("4 API › 4.2 Repository › 4.2.7 获取一个仓库下特定分支指定文件内容")
        // The token is optional here (X-Auth-Token 否).
        .security(Security::Optional)
        .path_params::<RepositoryBranchPath>()
        .query::<BranchFileQuery>()
        // E38: `FilesResponseInfo object` in the table, an array of one in the
        // example; both forms are accepted.
        .response::<Envelope<OneOrMany<FilesResponseInfo>>>(200, "OK"),
    )
}
