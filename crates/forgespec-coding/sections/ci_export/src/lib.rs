//! 持续集成 (CODING OpenAPI export): binding an external depot to a project, a build's artifacts and HTML reports, build statistics and a project's build metrics.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 持续集成相关接口), not by the help document; the section's `source` says so. Their
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

use crate::common::{IntegerOrString, RequestIdResponse, actions};
use forgespec_core::wire::BooleanOrString;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "持续集成相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Binding an external depot, a build's artifacts and HTML reports, build statistics and metrics: the Actions of the export's 持续集成相关接口 that the help document (持续集成) lacks.",
    source: "CODING OpenAPI export › 持续集成相关接口",
    endpoints: &[
        EndpointRef::of::<BoundExternalDepot>(),
        EndpointRef::of::<DescribeCodingCIBuildArtifacts>(),
        EndpointRef::of::<DescribeCodingCIBuildStatistics>(),
        EndpointRef::of::<DescribeCodingCIBuildHtmlReports>(),
        EndpointRef::of::<DescribeCodingCIBuildMetrics>(),
    ],
};

/// 授权类型
// E1113, E1331: GrantType's description names two values, CredentialUUID's and RepoUrl's the third.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ExternalDepotGrantType {
    /// CODING_PERSONAL_CREDENTIAL：跨项目代码仓库
    CodingPersonalCredential,
    /// OAUTH：其他外部仓库
    Oauth,
    /// USERNAME_PASSWORD：用户名密码（凭证 CredentialUUID，仓库地址 RepoUrl）
    UsernamePassword,
}

/// 查询级别 PROJECT 级别，TEAM 级别，目前只支持 PROJECT
// E1113: the values its description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum BuildMetricsLevel {
    /// PROJECT 级别
    Project,
    /// TEAM 级别
    Team,
}

/// BuildDescribeCodingCIBuildArtifactsData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildArtifactsData {
    /// 构建报告
    pub reports: Vec<BuildArtifact>,
}

/// 构建统计数据结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildStatisticsData {
    /// 区间数据数组
    pub point_list: Vec<i64>,
}

/// BuildDescribeCodingCIBuildHtmlReportsData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildHtmlReportsData {
    /// 报告信息
    pub reports: Vec<BuildHtmlReport>,
}

/// DescribeCodingCIBuildMetrics 结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildMetrics {
    /// 日期
    pub date: Nullable<String>,
    /// 构建总数
    pub total_build_count: i64,
    /// 构建成功总数
    pub success_build_count: i64,
    /// 构建总耗时，单位毫秒
    pub total_duration: i64,
}

/// BuildDescribeCodingCIBuildArtifactsResponseDataReports
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildArtifact {
    /// 是否可下载
    pub downloadable: bool,
    /// 制品 ID
    pub id: String,
    /// 制品名
    pub name: String,
    /// 制品 path
    pub path: String,
    /// 制品大小
    pub size: i64,
    /// 制品 URL
    pub url: String,
}

/// BuildDescribeCodingCIBuildHtmlReportsResponseDataReports
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BuildHtmlReport {
    /// 创建时间
    pub created_at: i64,
    /// 描述信息
    pub des: String,
    /// 报告 ID
    pub id: i64,
    /// 报告名
    pub name: String,
    /// 报告大小
    pub size: i64,
    /// 标签
    pub tag: String,
    /// 报告URL
    pub url: String,
}

// ---------------------------------------------------------------- BoundExternalDepot

/// 外部仓库关联：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct BoundExternalDepotRequest {
    /// 公共参数,本接口取值:BoundExternalDepot
    pub action: Action<BoundExternalDepot>,
    /// 项目 Id
    // E1108: the example sends the id as a string.
    pub project_id: IntegerOrString,
    /// 外部仓库标识
    pub external_depot_address: String,
    /// 是否开启 WebHook 一般都填写 true
    // E1331: the example sends "true".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_hook: Option<BooleanOrString>,
    /// 仓库类型
    pub depot_type: String,
    /// 当授权类型为USERNAME_PASSWORD时，填入和当前仓库用户名密码关联的凭证UUID
    #[serde(
        rename = "CredentialUUID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_uuid: Option<String>,
    /// 如果是跨项目代码仓库，则此字段必填，为源代码仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 如果是跨项目代码仓库，则需要填入“CODING_PERSONAL_CREDENTIAL”，其他外部仓库填入“OAUTH”
    // E1113, E1331.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_type: Option<ExternalDepotGrantType>,
    /// 当授权类型为USERNAME_PASSWORD时，填入外部仓库http格式的仓库地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_url: Option<String>,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildArtifacts

/// 构建任务制品查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildArtifactsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildArtifacts
    pub action: Action<DescribeCodingCIBuildArtifacts>,
    /// 构建 ID
    pub build_id: i64,
}

/// 构建任务制品查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildArtifactsResponse {
    /// 构建任务的制品信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<BuildArtifactsData>,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildStatistics

/// 构建任务统计：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStatisticsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildStatistics
    pub action: Action<DescribeCodingCIBuildStatistics>,
    /// MetricType 为 PROJECT 的时候使用该值，此时 JobId 可不传
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 统计间隔单位秒
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// 统计维度 Project 还是 JOB 目前只有 PROJECT
    // E1331: the description names PROJECT and JOB; the example sends "xx", so it stays a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric_type: Option<String>,
    /// MetricType 为 JOB 的时候使用该值，此时 ProjectId 可不传
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    /// 开始时间
    pub start_time: String,
    /// 结束时间
    pub end_time: String,
}

/// 构建任务统计：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStatisticsResponse {
    /// 区间统计数据，单位毫秒
    pub data: BuildStatisticsData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildHtmlReports

/// 构建任务网页报告查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildHtmlReportsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildHtmlReports
    pub action: Action<DescribeCodingCIBuildHtmlReports>,
    /// 构建 ID
    pub build_id: i64,
}

/// 构建任务网页报告查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildHtmlReportsResponse {
    /// 构建报告信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<BuildHtmlReportsData>,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildMetrics

/// 构建计划度量查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildMetricsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildMetrics
    pub action: Action<DescribeCodingCIBuildMetrics>,
    /// 查询级别 PROJECT 级别，TEAM 级别，目前只支持 PROJECT
    // E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BuildMetricsLevel>,
    /// 项目 ID,Type 为 PROJECT 时必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 开始时间 2020-11-10
    pub start_time: String,
    /// 结束时间 2020-11-20
    pub end_time: String,
}

/// 构建计划度量查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildMetricsResponse {
    /// BuildMetrics 数组结构
    pub data: Nullable<Vec<BuildMetrics>>,
}

actions! {
    /// 外部仓库关联
    BoundExternalDepot {
        summary: "外部仓库关联",
        description: "关联外部仓库",
        request: BoundExternalDepotRequest,
        response: RequestIdResponse,
    }

    /// 构建任务制品查询
    DescribeCodingCIBuildArtifacts {
        summary: "构建任务制品查询",
        description: "查询构建任务制品",
        request: DescribeCodingCIBuildArtifactsRequest,
        response: DescribeCodingCIBuildArtifactsResponse,
    }

    /// 构建任务统计
    DescribeCodingCIBuildStatistics {
        summary: "构建任务统计",
        request: DescribeCodingCIBuildStatisticsRequest,
        response: DescribeCodingCIBuildStatisticsResponse,
    }

    /// 构建任务网页报告查询
    DescribeCodingCIBuildHtmlReports {
        summary: "构建任务网页报告查询",
        request: DescribeCodingCIBuildHtmlReportsRequest,
        response: DescribeCodingCIBuildHtmlReportsResponse,
    }

    /// 构建计划度量查询
    DescribeCodingCIBuildMetrics {
        summary: "构建计划度量查询",
        request: DescribeCodingCIBuildMetricsRequest,
        response: DescribeCodingCIBuildMetricsResponse,
    }
}
