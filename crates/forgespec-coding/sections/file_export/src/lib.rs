//! 文件网盘 (CODING OpenAPI export): uploading a file (a pre-signed upload URL, then saving the upload) and creating folders.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 文件网盘相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "文件网盘相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Uploading files (a pre-signed URL, then saving the upload) and creating folders: the export's 文件网盘相关接口, which the help document lacks.",
    source: "CODING OpenAPI export › 文件网盘相关接口",
    endpoints: &[
        EndpointRef::of::<CreateFile>(),
        EndpointRef::of::<CreateFolder>(),
        EndpointRef::of::<DescribePreSignUploadUrl>(),
    ],
};

int_enum! {
    /// 文件夹类型，0: 常规文件夹, 1:隐藏文件夹。 如果是用于项目协同上传附件的场景，配置为1；如果是上传到文件网盘则配置为0。
    pub enum FolderType {
        /// 0: 常规文件夹
        Regular = 0,
        /// 1:隐藏文件夹
        Hidden = 1,
    }
}

/// ApiFileFile
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SavedFile {
    /// 文件ID
    pub id: i64,
    /// 文件名
    pub name: String,
}

/// ApiFileFolder
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreatedFolder {
    /// 文件夹ID
    pub id: i64,
    /// 文件夹名
    pub name: String,
}

/// ApiFilePreSignUploadUrlData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PreSignUploadUrlData {
    /// 上传链接
    pub upload_link: String,
    /// 文件存储的key信息
    pub storage_key: String,
    /// 请求头信息
    pub headers: String,
    /// token信息
    pub auth_token: String,
}

// ---------------------------------------------------------------- CreateFile

/// 文件创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFileRequest {
    /// 公共参数,本接口取值:CreateFile
    pub action: Action<CreateFile>,
    /// 获取预签名URL接口返回的 StorageKey
    pub storage_key: String,
    /// 获取预签名URL接口返回的 AuthToken
    pub auth_token: String,
}

/// 文件创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFileResponse {
    /// 文件信息
    pub data: SavedFile,
}

// ---------------------------------------------------------------- CreateFolder

/// 文件夹创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFolderRequest {
    /// 公共参数,本接口取值:CreateFolder
    pub action: Action<CreateFolder>,
    /// 文件夹名
    pub fold_name: String,
    /// 父文件夹ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    /// 项目名
    pub project_name: String,
}

/// 文件夹创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFolderResponse {
    /// 文件夹信息
    pub data: CreatedFolder,
}

// ---------------------------------------------------------------- DescribePreSignUploadUrl

/// 预签名URL获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePreSignUploadUrlRequest {
    /// 公共参数,本接口取值:DescribePreSignUploadUrl
    pub action: Action<DescribePreSignUploadUrl>,
    /// 项目名称
    pub project_name: String,
    /// 若上传项目协同附件场景时，不需要配置或默认为0即可。若用于上传到文件网盘，可以设置文件夹ID, 用于文件存放位置，ID值通过open api【创建文件夹】获取
    // E1350: the export writes `enum: [0, 1]` on a folder id; any folder id is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder_id: Option<i64>,
    /// 文件夹类型，0: 常规文件夹, 1:隐藏文件夹。 如果是用于项目协同上传附件的场景，配置为1；如果是上传到文件网盘则配置为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder_type: Option<FolderType>,
    /// 文件名
    pub file_name: String,
    /// 内容类型，和web端的文件上传时content-type是一样的
    pub content_type: String,
}

/// 预签名URL获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePreSignUploadUrlResponse {
    /// 上传信息
    pub data: PreSignUploadUrlData,
}

actions! {
    // E1350: the export's description is a long upload guide; ours summarizes it.
    /// 文件创建
    CreateFile {
        summary: "文件创建",
        description: "保存已上传的文件。The export's description walks through the upload: DescribePreSignUploadUrl returns an upload URL, a StorageKey and an AuthToken; the client uploads the file to that URL (Tencent COS or MinIO); CreateFile saves it with the StorageKey and AuthToken and returns the file's Id, which CreateIssue's FileIds take (E1350).",
        request: CreateFileRequest,
        response: CreateFileResponse,
    }

    /// 文件夹创建
    CreateFolder {
        summary: "文件夹创建",
        request: CreateFolderRequest,
        response: CreateFolderResponse,
    }

    /// 预签名URL获取
    DescribePreSignUploadUrl {
        summary: "预签名URL获取",
        description: "预签名信息获取，上传文件",
        request: DescribePreSignUploadUrlRequest,
        response: DescribePreSignUploadUrlResponse,
    }
}
