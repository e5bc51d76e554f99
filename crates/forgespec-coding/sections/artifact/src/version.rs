//! 制品仓库 › versions: 查询制品版本列表, 发布制品版本, 禁止、解禁制品版本下载,
//! 查询制品版本可下载文件列表 and 查询制品文件临时下载链接.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{FlexibleNumber, RequestIdResponse, actions};

/// FORBIDDEN 禁止下载,UNFORBIDDEN 解除禁止下载
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ArtifactForbiddenAction {
    /// FORBIDDEN 禁止下载
    Forbidden,
    /// UNFORBIDDEN 解除禁止下载
    Unforbidden,
}

/// 打包方式:pom;jar;war
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ArtifactMavenPackaging {
    /// pom
    Pom,
    /// jar
    Jar,
    /// war
    War,
}

/// 查询制品版本列表：输入参数。
// E900: ProjectId, Repository and Package are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactVersionListRequest {
    /// 公共参数,本接口取值:DescribeArtifactVersionList。
    pub action: Action<DescribeArtifactVersionList>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名称
    pub repository: String,
    /// 包名称
    pub package: String,
    /// 页码,默认:1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页展示数量,默认:10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
}

/// ArtifactVersionPageBean
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactVersionPageBean {
    /// 分页数据列表
    pub instance_set: Vec<ArtifactVersionBean>,
    /// 页码
    pub page_number: i64,
    /// 每页展示数量
    pub page_size: i64,
    /// 数据总数
    pub total_count: i64,
}

/// ArtifactVersionBean
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactVersionBean {
    /// 版本 ID
    pub id: i64,
    /// 版本号
    pub version: String,
    /// 版本哈希
    pub hash: String,
    /// 版本大小(单位:MB)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E204: a Float; absent from the example.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub size: Option<Nullable<FlexibleNumber>>,
    /// 版本描述
    pub description: String,
    /// 制品包 ID
    pub pkg_id: i64,
    /// 下载量
    pub download_count: i64,
    /// 发布状态:1-未发布;2-已发布
    // E903: the example sends 0, outside the listed values; an open integer.
    pub release_status: i64,
    /// 创建时间
    pub created_at: i64,
}

/// 查询制品版本列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactVersionListResponse {
    /// 返回数据
    pub data: ArtifactVersionPageBean,
}

/// 发布制品版本：输入参数。
// E900: ProjectId, Repository, Package and PackageVersion are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseArtifactVersionRequest {
    /// 公共参数,本接口取值:ReleaseArtifactVersion。
    pub action: Action<ReleaseArtifactVersion>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
}

/// 禁止、解禁制品版本下载：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and ForbiddenAction are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ForbiddenArtifactVersionRequest {
    /// 公共参数,本接口取值:ForbiddenArtifactVersion。
    pub action: Action<ForbiddenArtifactVersion>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// FORBIDDEN 禁止下载,UNFORBIDDEN 解除禁止下载
    pub forbidden_action: ArtifactForbiddenAction,
    /// 禁止下载说明
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forbidden_note: Option<String>,
}

/// 查询制品版本可下载文件列表：输入参数。
// E900: ProjectId, Repository, Package and PackageVersion are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactVersionFileListRequest {
    /// 公共参数,本接口取值:DescribeArtifactVersionFileList。
    pub action: Action<DescribeArtifactVersionFileList>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// maven 制品类型参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maven: Option<Maven>,
}

/// Maven
///
/// 查询制品版本可下载文件参数
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Maven {
    /// 打包方式:pom;jar;war
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub packaging: Option<ArtifactMavenPackaging>,
    /// 附属构件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classifier: Option<String>,
}

/// ArtifactVersionFileBean
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactVersionFileBean {
    /// 文件名称
    pub name: String,
    /// 文件大小,单位:MB
    // E204: a Float.
    pub size: FlexibleNumber,
}

/// 查询制品版本可下载文件列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactVersionFileListResponse {
    /// 文件列表
    pub instance_set: Vec<ArtifactVersionFileBean>,
}

/// 查询制品文件临时下载链接：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and FileName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactFileDownloadUrlRequest {
    /// 公共参数,本接口取值:DescribeArtifactFileDownloadUrl。
    pub action: Action<DescribeArtifactFileDownloadUrl>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 文件名称
    pub file_name: String,
    /// 下载链接超时时间(单位:秒),默认:300
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 300))]
    pub timeout: Option<i64>,
}

/// 查询制品文件临时下载链接：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactFileDownloadUrlResponse {
    /// 临时下载链接
    pub url: String,
}

actions! {
    /// 查询制品版本列表
    DescribeArtifactVersionList {
        summary: "查询制品版本列表",
        source: "查询制品版本列表",
        request: DescribeArtifactVersionListRequest,
        response: DescribeArtifactVersionListResponse,
    }

    /// 发布制品版本
    ReleaseArtifactVersion {
        summary: "发布制品版本",
        source: "发布制品版本",
        request: ReleaseArtifactVersionRequest,
        response: RequestIdResponse,
    }

    /// 禁止、解禁制品版本下载
    ForbiddenArtifactVersion {
        summary: "禁止、解禁制品版本下载",
        source: "禁止、解禁制品版本下载",
        request: ForbiddenArtifactVersionRequest,
        response: RequestIdResponse,
    }

    /// 查询制品版本可下载文件列表
    DescribeArtifactVersionFileList {
        summary: "查询制品版本可下载文件列表",
        source: "查询制品版本可下载文件列表",
        request: DescribeArtifactVersionFileListRequest,
        response: DescribeArtifactVersionFileListResponse,
    }

    /// 查询制品文件临时下载链接
    DescribeArtifactFileDownloadUrl {
        summary: "查询制品文件临时下载链接",
        source: "查询制品文件临时下载链接",
        request: DescribeArtifactFileDownloadUrlRequest,
        response: DescribeArtifactFileDownloadUrlResponse,
    }
}
