//! 制品仓库 (CODING OpenAPI export): an artifact's checksums and the credit lists (授信清单) that let a team, project, repository or remote team pull artifacts.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 制品仓库相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Nullable, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::artifact::{ArtifactType, repository::ArtifactReleaseStrategy};
use crate::common::{RequestIdResponse, actions};
use forgespec_coding_artifact as artifact;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "制品仓库相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "An artifact's checksums and the artifact credit lists (授信清单): the Actions of the export's 制品仓库相关接口 that the help document (制品仓库) lacks.",
    source: "CODING OpenAPI export › 制品仓库相关接口",
    endpoints: &[
        EndpointRef::of::<DescribeArtifactChecksums>(),
        EndpointRef::of::<ModifyArtifactCredit>(),
        EndpointRef::of::<DescribeArtifactCreditList>(),
        EndpointRef::of::<CreateArtifactCredit>(),
        EndpointRef::of::<DescribeArtifactCredit>(),
    ],
};

/// 生效范围（TEAM:团队；REMOTE_TEAM:远程团队；PROJECT:项目;REPO:仓库）
// E1113, E1321: the values the input's description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CreditRangeType {
    /// TEAM:团队
    #[serde(rename = "TEAM")]
    Team,
    /// REMOTE_TEAM:远程团队
    #[serde(rename = "REMOTE_TEAM")]
    RemoteTeam,
    /// PROJECT:项目
    #[serde(rename = "PROJECT")]
    Project,
    /// REPO:仓库
    #[serde(rename = "REPO")]
    Repo,
}

/// 生效范围（TEAM:团队；REMOTE-TEAM:远程团队；PROJECT:项目;REPO:仓库）
// E1113, E1321: the values the output's description lists; it spells the remote team
// REMOTE-TEAM. A type of its own, not a fifth value of CreditRangeType: generators
// name enum variants by their letters, and REMOTE_TEAM beside REMOTE-TEAM is one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CreditRangeTypeOutput {
    /// TEAM:团队
    #[serde(rename = "TEAM")]
    Team,
    /// REMOTE-TEAM:远程团队
    #[serde(rename = "REMOTE-TEAM")]
    RemoteTeam,
    /// PROJECT:项目
    #[serde(rename = "PROJECT")]
    Project,
    /// REPO:仓库
    #[serde(rename = "REPO")]
    Repo,
}

/// 计算规则：1-EQUAL(等于)，2-REGEX(正则表达式)
// E1113: the names the descriptions list (the schema examples send them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CreditAlgorithm {
    /// 1-EQUAL(等于)
    Equal,
    /// 2-REGEX(正则表达式)
    Regex,
}

/// 类型: NORMAL=普通类型，SYNC=来源其他系统同步
// E1113: the values its description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CreditType {
    /// NORMAL=普通类型
    Normal,
    /// SYNC=来源其他系统同步
    Sync,
}

/// 制品文件Checksum信息实体
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactChecksum {
    /// 文件名称
    pub name: Nullable<String>,
    /// 文件Md5
    pub md5: Nullable<String>,
    /// 文件Sha1
    pub sha1: Nullable<String>,
    /// 文件Sha256
    pub sha256: Nullable<String>,
}

/// ArtifactsOpenApiCreateArtifactCreditsRangeData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRangeForm {
    /// 远程团队信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_team: Option<ArtifactCreditRemoteTeamForm>,
    /// 生效范围（TEAM:团队；REMOTE_TEAM:远程团队；PROJECT:项目;REPO:仓库）
    // E1113: the values its description lists.
    pub range_type: CreditRangeType,
    /// 适用范围ID
    pub range_id: i64,
}

/// ArtifactsOpenApiArtifactCreditsRuleData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRule {
    /// 制品版本
    pub version: String,
    /// 制品的类型(1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan,10-cocoapods,11-rpm,12-Go)
    // E1320: the help document's ArtifactType, which gains 12-Go.
    pub artifact_type: ArtifactType,
    /// 制品名称计算规则：1-EQUAL(等于)，2-REGEX(正则表达式)
    // E1113: the values its description lists.
    pub pkg_name_algorithm: CreditAlgorithm,
    /// 制品名称
    pub pkg_name: String,
    /// 制品版本计算规则：1-EQUAL(等于)，2-REGEX(正则表达式)
    // E1113: the values its description lists.
    pub version_algorithm: CreditAlgorithm,
}

/// ArtifactsOpenApiArtifactCreditsData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCredit {
    /// 授信清单Key
    pub credit_key: String,
    /// 授信清单适用范围列表
    pub ranges: Vec<ArtifactCreditRange>,
    /// 类型: NORMAL=普通类型，SYNC=来源其他系统同步
    // E1113: the values its description lists.
    pub r#type: CreditType,
    /// 是否启用
    pub enabled: bool,
    /// 授信清单ID
    pub id: i64,
    /// 授信清单适用范围列表
    pub rules: Vec<ArtifactCreditRule>,
    /// 授信清单名称
    pub name: String,
}

/// ArtifactsOpenApiCreditRemoteTeam
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRemoteTeamForm {
    /// 远程团队地址
    pub remote_team_url: String,
    /// 用户名
    pub user_name: String,
    /// 远程仓库列表
    pub remote_repos: Vec<ArtifactCreditRemoteRepo>,
    /// 个人令牌base64编码
    pub password: String,
}

/// ArtifactsOpenApiArtifactCreditsRangeData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRange {
    /// 项目信息
    // E1321: the schema example sends null for the parts another range type has.
    pub project: Nullable<ArtifactCreditProject>,
    /// 远程团队信息
    // E1321: the schema example sends null for the parts another range type has.
    pub remote_team: Nullable<ArtifactCreditRemoteTeam>,
    /// 生效范围（TEAM:团队；REMOTE-TEAM:远程团队；PROJECT:项目;REPO:仓库）
    // E1113: the values its description lists.
    pub range_type: CreditRangeTypeOutput,
    /// 仓库信息
    // E1321: the schema example sends null for the parts another range type has.
    pub repository: Nullable<ArtifactCreditRepository>,
    /// 适用范围ID
    pub range_id: i64,
}

/// ArtifactsOpenApiRemoteRepoData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRemoteRepo {
    /// 项目名
    pub project: String,
    /// 仓库名
    pub repository: String,
}

/// ArtifactsOpenApiProjectData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditProject {
    /// 是否生效，0-否，1-是
    pub status: i64,
    /// 项目URL
    pub html_url: String,
    /// 更新时间
    #[serde(rename = "Updated_at")]
    pub updated_at: i64,
    /// 团队ID
    pub team_id: i64,
    /// 名称
    pub name: String,
    /// 项目类型
    pub r#type: i64,
    /// 接口URL
    pub api_url: String,
    /// 显示名称
    pub display_name: String,
    /// 项目所属用户名
    pub owner_user_name: String,
    /// ID
    pub id: i64,
    /// 图标
    pub icon: String,
    /// 团队所有者 ID
    pub team_owner_id: i64,
    /// 项目位置
    pub project_path: String,
    /// 项目管理类型
    pub pm_type_name: String,
    /// 创建时间
    #[serde(rename = "Created_at")]
    pub created_at: i64,
}

/// ArtifactsOpenApiRemoteTeamData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRemoteTeam {
    /// 下发信息
    pub sync_message: String,
    /// 团队地址
    pub remote_team_url: String,
    /// 用户名
    pub user_name: String,
    /// 下发状态
    pub sync_status: i64,
    /// ID
    pub id: i64,
    /// 远程仓库列表
    pub remote_repos: Vec<ArtifactCreditRemoteRepo>,
    /// 远程团队名
    pub remote_team_name: String,
    /// 是否成功
    pub successful: bool,
    /// 是否删除
    pub deleting: bool,
}

/// ArtifactsOpenApiRepositoryData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactCreditRepository {
    /// 制品类型(1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan,10-cocoapods,11-rpm,12-Go)
    // E1320: the help document's ArtifactType, which gains 12-Go.
    pub r#type: ArtifactType,
    /// 存储规则
    pub storage_rule: i64,
    /// 项目描述
    pub description: String,
    /// 创建人ID
    pub creator_id: i64,
    /// 项目ID
    pub project_id: i64,
    /// 制品仓库ID
    pub id: i64,
    /// 团队ID
    pub team_id: i64,
    /// 版本发布策略：1-允许覆盖发布;2-不允许覆盖发布;3-快照策略
    // The help document's values (版本发布策略).
    pub release_strategy: ArtifactReleaseStrategy,
    /// 是否删除
    pub deleting: bool,
    /// 制品库名称
    pub name: String,
}

// ---------------------------------------------------------------- DescribeArtifactChecksums

/// 制品Checksum列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactChecksumsRequest {
    /// 公共参数,本接口取值:DescribeArtifactChecksums
    pub action: Action<DescribeArtifactChecksums>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
}

/// 制品Checksum列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactChecksumsResponse {
    /// 制品Checksum列表
    pub instance_set: Vec<ArtifactChecksum>,
}

// ---------------------------------------------------------------- ModifyArtifactCredit

/// 制品授信清单修改：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyArtifactCreditRequest {
    /// 公共参数,本接口取值:ModifyArtifactCredit
    pub action: Action<ModifyArtifactCredit>,
    /// 授信清单名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 授信清单ID
    pub id: i64,
    /// 是否启用
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// 授信清单范围
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranges: Option<Vec<ArtifactCreditRangeForm>>,
    /// 授信清单规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<ArtifactCreditRule>>,
}

// ---------------------------------------------------------------- DescribeArtifactCreditList

/// 制品授信清单列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactCreditListResponse {
    /// 授信清单列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_set: Option<Vec<ArtifactCredit>>,
}

// ---------------------------------------------------------------- CreateArtifactCredit

/// 制品授信清单创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactCreditRequest {
    /// 公共参数,本接口取值:CreateArtifactCredit
    pub action: Action<CreateArtifactCredit>,
    /// 授信清单名称
    pub name: String,
    /// 是否启用
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// 授信清单适用范围
    pub ranges: Vec<ArtifactCreditRangeForm>,
    /// 授信规则
    pub rules: Vec<ArtifactCreditRule>,
}

/// 制品授信清单创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactCreditResponse {
    /// 授信清单ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_credit_id: Option<String>,
}

// ---------------------------------------------------------------- DescribeArtifactCredit

/// 查询制品授信清单详情：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactCreditRequest {
    /// 公共参数,本接口取值:DescribeArtifactCredit
    pub action: Action<DescribeArtifactCredit>,
    /// 授信清单ID
    pub artifact_credit_id: i64,
}

/// 查询制品授信清单详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactCreditResponse {
    /// 授信清单详情
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_credit: Option<ArtifactCredit>,
}

actions! {
    /// 制品Checksum列表查询
    DescribeArtifactChecksums {
        summary: "制品Checksum列表查询",
        request: DescribeArtifactChecksumsRequest,
        response: DescribeArtifactChecksumsResponse,
    }

    /// 制品授信清单修改
    ModifyArtifactCredit {
        summary: "制品授信清单修改",
        request: ModifyArtifactCreditRequest,
        response: RequestIdResponse,
    }

    /// 制品授信清单列表查询
    DescribeArtifactCreditList {
        summary: "制品授信清单列表查询",
        response: DescribeArtifactCreditListResponse,
    }

    /// 制品授信清单创建
    CreateArtifactCredit {
        summary: "制品授信清单创建",
        request: CreateArtifactCreditRequest,
        response: CreateArtifactCreditResponse,
    }

    /// 查询制品授信清单详情
    DescribeArtifactCredit {
        summary: "查询制品授信清单详情",
        description: "通过授信清单ID查询制品授信清单详情",
        request: DescribeArtifactCreditRequest,
        response: DescribeArtifactCreditResponse,
    }
}
