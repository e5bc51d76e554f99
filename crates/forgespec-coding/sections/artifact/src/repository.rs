//! 制品仓库 › repositories: 创建制品仓库, 查询制品仓库列表 and 查询制品仓库可下载文件列表.

use forgespec_core::{Action, New, Nullable, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ArtifactType;
use crate::common::actions;

int_enum! {
    /// 仓库权限范围:1-项目内;2-团队内;3-公开
    pub enum ArtifactAccessLevel {
        /// 1-项目内
        Project = 1,
        /// 2-团队内
        Team = 2,
        /// 3-公开
        Public = 3,
    }
}

int_enum! {
    /// 版本发布策略:1-允许覆盖发布;2-不允许覆盖发布;3-快照策略
    pub enum ArtifactReleaseStrategy {
        /// 1-允许覆盖发布
        AllowOverwrite = 1,
        /// 2-不允许覆盖发布
        DisallowOverwrite = 2,
        /// 3-快照策略
        Snapshot = 3,
    }
}

/// 创建制品仓库：输入参数。
// E900: ProjectId, RepositoryName and Type are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactRepositoryRequest {
    /// 公共参数,本接口取值:CreateArtifactRepository。
    pub action: Action<CreateArtifactRepository>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名称
    pub repository_name: String,
    /// 仓库类型:1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm
    pub r#type: ArtifactType,
    /// 仓库描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 仓库权限范围:1-项目内;2-团队内;3-公开,默认:1-项目内
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub access_level: Option<ArtifactAccessLevel>,
    /// 是否开启代理,仅支持当 Type 为 3-maven;4-npm; 5-PyPI;7-composer;10-cocoapods 时可为 true,默认:false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub allow_proxy: Option<bool>,
}

/// 创建制品仓库：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactRepositoryResponse {
    /// 创建成功的仓库 ID
    pub id: i64,
}

/// 查询制品仓库列表：输入参数。
// E900: ProjectId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactRepositoryListRequest {
    /// 公共参数,本接口取值:DescribeArtifactRepositoryList。
    pub action: Action<DescribeArtifactRepositoryList>,
    /// 项目 ID
    pub project_id: i64,
    /// 页码,默认:1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页展示数量,默认:10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 仓库类型:1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ArtifactType>,
}

/// ArtifactRepositoryPageBean
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactRepositoryPageBean {
    /// 分页数据列表
    pub instance_set: Vec<ArtifactRepositoryBean>,
    /// 页码
    pub page_number: i64,
    /// 每页展示数量
    pub page_size: i64,
    /// 数据总数
    pub total_count: i64,
}

/// ArtifactRepositoryBean
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactRepositoryBean {
    /// 仓库 ID
    pub id: i64,
    /// 仓库名称
    pub name: String,
    /// 团队 ID
    pub team_id: i64,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库类型:1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm
    pub r#type: ArtifactType,
    /// 仓库描述
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub description: Nullable<String>,
    /// 仓库访问权限:1-项目内;2-团队内;3-公开
    pub access_level: ArtifactAccessLevel,
    /// 版本发布策略:1-允许覆盖发布;2-不允许覆盖发布;3-快照策略
    pub release_strategy: ArtifactReleaseStrategy,
    /// 创建时间
    pub created_at: i64,
}

/// 查询制品仓库列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactRepositoryListResponse {
    /// 返回数据
    pub data: ArtifactRepositoryPageBean,
}

/// 查询制品仓库可下载文件列表：输入参数。
// E900: Project and Repository are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactRepositoryFileListRequest {
    /// 公共参数,本接口取值:DescribeArtifactRepositoryFileList。
    pub action: Action<DescribeArtifactRepositoryFileList>,
    /// 项目名称
    pub project: String,
    /// 仓库名
    pub repository: String,
    /// 翻页符。每次 list 操作会返回 ContinuationToken,在下一次 list 传入该值,即可接续上次 list 内容进行 list,最后一页该字段为空
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continuation_token: Option<String>,
    /// 每页展示条数,默认值:1000
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1000))]
    pub page_size: Option<i64>,
    /// 指定的制品（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifacts: Option<Vec<SpecifiedArtifact>>,
}

/// 指定的制品（CODING OpenAPI export）
// E1401: the export's SpecifiedArtifact, which lists no field as required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct SpecifiedArtifact {
    /// 制品包名称（必须配合 VersionName 使用）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// 制品版本（必须配合 PackageName 使用）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
}

/// ArtifactRepositoryFileListData
///
/// 制品仓库文件列表
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactRepositoryFileListData {
    /// 翻页符,最后一页该字段为空
    pub continuation_token: String,
    /// 文件列表
    pub instance_set: Vec<ArtifactRepositoryFile>,
}

/// ArtifactRepositoryFile
///
/// 制品库文件列表
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactRepositoryFile {
    /// 符合对应制品标准协议的下载链接(有效期:300 s)
    pub download_url: String,
    /// 相对于仓库级别的文件路径
    pub path: String,
    /// 制品类型
    // E901: typed String; the example sends the integer 3 (maven), the 仓库类型 values.
    pub artifact_type: ArtifactType,
    /// 制品仓库 Host
    pub host: String,
    /// 项目名称
    pub project: String,
    /// 制品仓库名称
    pub repository: String,
    /// 制品版本 Hash（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// 制品包名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    /// 制品版本（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
}

/// 查询制品仓库可下载文件列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactRepositoryFileListResponse {
    /// 返回数据体
    pub data: ArtifactRepositoryFileListData,
}

actions! {
    /// 创建制品仓库
    CreateArtifactRepository {
        summary: "创建制品仓库",
        source: "创建制品仓库",
        request: CreateArtifactRepositoryRequest,
        response: CreateArtifactRepositoryResponse,
    }

    /// 查询制品仓库列表
    DescribeArtifactRepositoryList {
        summary: "查询制品仓库列表",
        source: "查询制品仓库列表",
        request: DescribeArtifactRepositoryListRequest,
        response: DescribeArtifactRepositoryListResponse,
    }

    /// 查询制品仓库可下载文件列表
    DescribeArtifactRepositoryFileList {
        summary: "查询制品仓库可下载文件列表",
        source: "查询制品仓库可下载文件列表",
        request: DescribeArtifactRepositoryFileListRequest,
        response: DescribeArtifactRepositoryFileListResponse,
    }
}
