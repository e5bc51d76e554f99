//! 制品仓库: artifact repositories, their packages, versions, files and properties,
//! and the team-wide artifact list.

use forgespec_core::{Action, EndpointRef, New, Nullable, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{FlexibleNumber, IntegerOrString, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "制品仓库";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub const SECTION: Section = Section {
    tag: TAG,
    description: "Artifact repositories: their packages, versions, downloadable files and properties.",
    source: "API REFERENCE › 制品仓库",
    endpoints: &[
        EndpointRef::of::<CreateArtifactRepository>(),
        EndpointRef::of::<DescribeArtifactRepositoryList>(),
        EndpointRef::of::<DescribeArtifactRepositoryFileList>(),
        EndpointRef::of::<DescribeArtifactPackageList>(),
        EndpointRef::of::<DescribeArtifactVersionList>(),
        EndpointRef::of::<ReleaseArtifactVersion>(),
        EndpointRef::of::<ForbiddenArtifactVersion>(),
        EndpointRef::of::<DescribeArtifactVersionFileList>(),
        EndpointRef::of::<DescribeArtifactFileDownloadUrl>(),
        EndpointRef::of::<DescribeArtifactProperties>(),
        EndpointRef::of::<CreateArtifactProperties>(),
        EndpointRef::of::<ModifyArtifactProperties>(),
        EndpointRef::of::<DeleteArtifactProperties>(),
        EndpointRef::of::<DescribeTeamArtifacts>(),
    ],
};

int_enum! {
    /// 仓库类型:1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm
    pub enum ArtifactType {
        /// 1-generic
        Generic = 1,
        /// 2-docker
        Docker = 2,
        /// 3-maven
        Maven = 3,
        /// 4-npm
        Npm = 4,
        /// 5-pypi
        Pypi = 5,
        /// 6-helm
        Helm = 6,
        /// 7-composer
        Composer = 7,
        /// 8-nuget
        Nuget = 8,
        /// 9-conan
        Conan = 9,
        /// 10-cocoapods
        Cocoapods = 10,
        /// 11-rpm
        Rpm = 11,
    }
}

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

/// 名称匹配规则(支持 “EQUAL” 和 “REGEX”)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ArtifactFilterAlgorithm {
    /// EQUAL: 名称等于匹配值。
    Equal,
    /// REGEX: 名称匹配正则表达式。
    Regex,
}

// ---------------------------------------------------------------- CreateArtifactRepository

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactRepositoryList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactRepositoryFileList

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
}

/// 查询制品仓库可下载文件列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactRepositoryFileListResponse {
    /// 返回数据体
    pub data: ArtifactRepositoryFileListData,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactPackageList

/// 查询制品包(镜像)列表：输入参数。
// E900: ProjectId and Repository are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPackageListRequest {
    /// 公共参数,本接口取值:DescribeArtifactPackageList。
    pub action: Action<DescribeArtifactPackageList>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名称
    pub repository: String,
    /// 页码,默认:1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页展示数量,默认:10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 包名前缀
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_prefix: Option<String>,
}

/// 一页制品包（表格写作 ArtifactRepositoryPageBean）。
// E902: the table points to ArtifactRepositoryPageBean (repositories); the example's
// items are packages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPackagePageBean {
    /// 分页数据列表
    pub instance_set: Vec<ArtifactPackageBean>,
    /// 页码
    pub page_number: i64,
    /// 每页展示数量
    pub page_size: i64,
    /// 数据总数
    pub total_count: i64,
}

/// 制品包（镜像）信息（表格未定义，见于示例）。
// E902: the document gives no table for a package; the fields are read off the
// example and described in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPackageBean {
    /// 制品包 ID。
    pub id: i64,
    /// 制品包名称。
    pub name: String,
    /// 制品仓库 ID。
    pub repo_id: i64,
    /// 制品包描述。
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E902: the copied Description row carries the null note; kept nullable.
    pub description: Nullable<String>,
    /// 创建时间。
    pub created_at: i64,
    /// 版本数量。
    pub version_count: i64,
    /// 最新版本 ID。
    pub latest_version_id: i64,
    /// 最新版本号。
    pub latest_version_name: String,
    /// 最新版本的发布状态。
    // E903: an open integer.
    pub latest_version_release_status: i64,
    /// 版本发布策略。
    // E902: the example sends 4, outside the repository's listed 1–3; an open integer.
    pub release_strategy: i64,
}

/// 查询制品包(镜像)列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPackageListResponse {
    /// 返回数据
    // E902
    pub data: ArtifactPackagePageBean,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactVersionList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ReleaseArtifactVersion

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

// ---------------------------------------------------------------- ForbiddenArtifactVersion

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

// ---------------------------------------------------------------- DescribeArtifactVersionFileList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactFileDownloadUrl

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeArtifactProperties

/// 查询制品属性列表：输入参数。
// E900: ProjectId, Repository, Package and PackageVersion are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPropertiesRequest {
    /// 公共参数,本接口取值:DescribeArtifactProperties。
    pub action: Action<DescribeArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 页码（表格未列出，见于示例）。
    // E904: the example sends PageNumber and PageSize, which the table does not list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页展示数量（表格未列出，见于示例）。
    // E904
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// ArtifactProperty
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactProperty {
    /// 属性 ID
    pub id: i64,
    /// 制品版本
    pub version: String,
    /// 创建时间
    pub created_at: i64,
    /// 属性名称(以 ‘coding.’ 作为属性名称开头的属性,将不可变更及删除,即 Immutable = false)
    // E905: `Immutable = false` contradicts 不可变更; kept verbatim.
    pub name: String,
    /// 属性值
    pub value: String,
    /// 是否不可变更
    pub immutable: bool,
}

/// 查询制品属性列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPropertiesResponse {
    /// 制品属性列表
    pub instance_set: Vec<ArtifactProperty>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateArtifactProperties

/// 新增制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertySet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactPropertiesRequest {
    /// 公共参数,本接口取值:CreateArtifactProperties。
    pub action: Action<CreateArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性列表
    pub property_set: Vec<ArtifactPropertyBean>,
}

/// ArtifactPropertyBean
// E900: Name and Value are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPropertyBean {
    /// 属性名称(以 ‘coding.’ 作为属性名称开头的属性,将不可变更及删除,即 Immutable = false)
    // E905
    pub name: String,
    /// 属性值
    pub value: String,
}

// ---------------------------------------------------------------- ModifyArtifactProperties

/// 修改制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertySet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyArtifactPropertiesRequest {
    /// 公共参数,本接口取值:ModifyArtifactProperties。
    pub action: Action<ModifyArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性列表
    pub property_set: Vec<ArtifactPropertyBean>,
}

// ---------------------------------------------------------------- DeleteArtifactProperties

/// 删除制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertyNameSet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteArtifactPropertiesRequest {
    /// 公共参数,本接口取值:DeleteArtifactProperties。
    pub action: Action<DeleteArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性名称列表( 以 ‘coding.’ 作为属性名称开头的属性,将不可删除)
    pub property_name_set: Vec<String>,
}

// ---------------------------------------------------------------- DescribeTeamArtifacts

/// 查询团队下制品版本列表：输入参数。
// E900: only Action is required. E907: the example omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamArtifactsRequest {
    /// 公共参数,本接口取值:DescribeTeamArtifacts。
    pub action: Action<DescribeTeamArtifacts>,
    /// 页码,默认:1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页展示数量,默认:10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 筛选规则(ArtifactFilterRule 之间筛选关系为 and,单个 ArtifactFilterRule 数组内的筛选关系为 or)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ArtifactFilterRule>,
}

/// ArtifactFilterRule
///
/// 制品筛选规则实体
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactFilterRule {
    /// 制品类型筛选(1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<Vec<ArtifactType>>,
    /// 项目筛选
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<Vec<String>>,
    /// 仓库筛选
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<Vec<String>>,
    /// 包筛选
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<Vec<ArtifactFilterRuleDetail>>,
    /// 版本筛选
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_version: Option<Vec<ArtifactFilterRuleDetail>>,
}

/// ArtifactFilterRuleDetail
///
/// 制品筛选规则明细
// E900: Algorithm and Value are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactFilterRuleDetail {
    /// 名称匹配规则(支持 “EQUAL” 和 “REGEX”)
    pub algorithm: ArtifactFilterAlgorithm,
    /// 名称匹配值
    pub value: String,
}

/// TeamArtifactPage
///
/// 团队制品列表分页实体
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamArtifactPage {
    /// 页码
    pub page_number: i64,
    /// 每页展示数量
    pub page_size: i64,
    /// 总数
    pub total_count: i64,
    /// 当前页的版本列表
    pub instance_set: Vec<TeamArtifact>,
}

/// TeamArtifact
///
/// 制品完整信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamArtifact {
    /// 项目ID
    pub project_id: i64,
    /// 项目名称
    // E906: typed Boolean; the example sends a string.
    pub project_name: String,
    /// 制品仓库ID
    pub repo_id: i64,
    /// 制品仓库名称
    pub repository: String,
    /// 制品包ID
    pub pkg_id: i64,
    /// 制品名称
    pub package: String,
    /// 制品类型(1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm)
    pub artifact_type: ArtifactType,
    /// 制品版本ID
    pub version_id: i64,
    /// 制品版本
    pub package_version: String,
    /// 制品hash
    pub hash: String,
    /// 制品代销
    // E204: a Float. E40/E906: 代销 is a typo of 大小 (size); kept verbatim.
    pub size: FlexibleNumber,
    /// 制品描述
    pub description: String,
    /// 下载次数
    // E906: typed String; the example sends the integer 0.
    pub download_count: i64,
    /// 发布状态(1=未发布,2=已发布)
    // E903: an open integer.
    pub release_status: i64,
    /// 推送时间
    // E5/E906: typed Integer; the example sends "1629873218".
    pub created_at: IntegerOrString,
}

/// 查询团队下制品版本列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamArtifactsResponse {
    /// 分页列表
    pub data: TeamArtifactPage,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
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

    /// 查询制品包(镜像)列表
    DescribeArtifactPackageList {
        summary: "查询制品包(镜像)列表",
        source: "查询制品包(镜像)列表",
        request: DescribeArtifactPackageListRequest,
        response: DescribeArtifactPackageListResponse,
    }

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

    /// 查询制品属性列表
    DescribeArtifactProperties {
        summary: "查询制品属性列表",
        source: "查询制品属性列表",
        request: DescribeArtifactPropertiesRequest,
        response: DescribeArtifactPropertiesResponse,
    }

    /// 新增制品属性
    CreateArtifactProperties {
        summary: "新增制品属性",
        source: "新增制品属性",
        request: CreateArtifactPropertiesRequest,
        response: RequestIdResponse,
    }

    /// 修改制品属性
    ModifyArtifactProperties {
        summary: "修改制品属性",
        source: "修改制品属性",
        request: ModifyArtifactPropertiesRequest,
        response: RequestIdResponse,
    }

    /// 删除制品属性
    DeleteArtifactProperties {
        summary: "删除制品属性",
        source: "删除制品属性",
        request: DeleteArtifactPropertiesRequest,
        response: RequestIdResponse,
    }

    /// 查询团队下制品版本列表
    DescribeTeamArtifacts {
        summary: "查询团队下制品版本列表",
        source: "查询团队下制品版本列表",
        request: DescribeTeamArtifactsRequest,
        response: DescribeTeamArtifactsResponse,
    }
}
