//! 持续部署 › statistics: how often, how successfully and how long the CD
//! applications of a project (or a list of applications) deployed in a period.

use crate::common::actions;
use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 发布次数：成功次数与总次数。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployCount {
    /// 发布成功的次数。
    pub succeed_count: i64,
    /// 发布的总次数。
    pub total_count: i64,
}

/// 一个 CD 应用的发布次数。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplicationDeployCount {
    /// CD 应用名。
    pub application: String,
    /// 该应用的发布次数。
    pub cd_deploy_count: CdDeployCount,
}

/// 发布次数统计数据（DescribeCdDeployCountByProjectResponseData、DescribeCdDeployCountByApplicationsResponseData）。
// E801: the two undefined Data types of the count Actions are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployCountData {
    /// 每个应用的发布次数。
    pub details: Vec<CdApplicationDeployCount>,
    /// 所有应用合计的发布次数。
    pub total: CdDeployCount,
    /// 统计开始日期(格式:yyyy-MM-dd)。
    pub start_date: String,
    /// 统计结束日期(格式:yyyy-MM-dd)。
    pub end_date: String,
}

/// 一天的发布次数。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployTrendItem {
    /// 当天发布成功的次数。
    pub succeed_count: i64,
    /// 当天发布的总次数。
    pub total_count: i64,
    /// 日期(格式:yyyy-MM-dd)。
    pub date: String,
}

/// 一个 CD 应用的发布趋势。
// E801: undefined in the document; modelled from the examples. E803: the totals are
// `SuccessCount`, the daily counts `SucceedCount`, as the examples send them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplicationDeployTrend {
    /// CD 应用名。
    pub application: String,
    /// 每天的发布次数。
    pub cd_deploy_trend: Vec<CdDeployTrendItem>,
    /// 期间内发布成功的次数。
    pub success_count: i64,
    /// 期间内发布的总次数。
    pub total_count: i64,
}

/// 所有应用合计的发布趋势。
// E801, E803.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployTrendTotal {
    /// 每天的发布次数。
    pub cd_deploy_trend: Vec<CdDeployTrendItem>,
    /// 期间内发布成功的次数。
    pub success_count: i64,
    /// 期间内发布的总次数。
    pub total_count: i64,
}

/// 发布趋势统计数据（DescribeCdDeployTrendByProjectResponseData、DescribeCdDeployTrendByApplicationsResponseData）。
// E801: the two undefined Data types of the trend Actions are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployTrendData {
    /// 每个应用的发布趋势。
    pub details: Vec<CdApplicationDeployTrend>,
    /// 所有应用合计的发布趋势。
    pub total: CdDeployTrendTotal,
    /// 统计开始日期(格式:yyyy-MM-dd)。
    pub start_date: String,
    /// 统计结束日期(格式:yyyy-MM-dd)。
    pub end_date: String,
}

/// 发布时长：发布次数与发布时长。
// E801: undefined in the document; modelled from the examples. The unit of
// DeployTime is not documented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployTime {
    /// 发布的总次数。
    pub total_count: i64,
    /// 发布时长（单位未说明）。
    pub deploy_time: i64,
}

/// 一个 CD 应用的发布时长。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdApplicationDeployTime {
    /// CD 应用名。
    pub application: String,
    /// 该应用的发布时长。
    pub cd_deploy_time: CdDeployTime,
}

/// 发布时长统计数据（DescribeCdDeployTimeByProjectResponseData、DescribeCdDeployTimeByApplicationsResponseData）。
// E801: the two undefined Data types of the time Actions are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdDeployTimeData {
    /// 每个应用的发布时长。
    pub details: Vec<CdApplicationDeployTime>,
    /// 所有应用合计的发布时长。
    pub total: CdDeployTime,
    /// 统计开始日期(格式:yyyy-MM-dd)。
    pub start_date: String,
    /// 统计结束日期(格式:yyyy-MM-dd)。
    pub end_date: String,
}

// ---------------------------------------------------------------- DescribeCdDeployCountByProject

/// 根据项目名获取关联应用的发布次数：输入参数。
// E802: the table has no 输入参数 heading. E800: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployCountByProjectRequest {
    /// 公共参数,本接口取值:DescribeCdDeployCountByProject。
    pub action: Action<DescribeCdDeployCountByProject>,
    /// 项目名称
    pub project_name: String,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据项目名获取关联应用的发布次数：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployCountByProjectResponse {
    /// 发布次数统计数据
    pub data: CdDeployCountData,
}

// ---------------------------------------------------------------- DescribeCdDeployTrendByProject

/// 根据项目名获取关联应用的发布趋势：输入参数。
// E800: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTrendByProjectRequest {
    /// 公共参数,本接口取值:DescribeCdDeployTrendByProject。
    pub action: Action<DescribeCdDeployTrendByProject>,
    /// 项目名称
    pub project_name: String,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据项目名获取关联应用的发布趋势：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTrendByProjectResponse {
    /// 发布趋势统计数据
    pub data: CdDeployTrendData,
}

// ---------------------------------------------------------------- DescribeCdDeployTimeByProject

/// 根据项目名获取关联应用的发布时长：输入参数。
// E800: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTimeByProjectRequest {
    /// 公共参数,本接口取值:DescribeCdDeployTimeByProject。
    pub action: Action<DescribeCdDeployTimeByProject>,
    /// 项目名称
    pub project_name: String,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据项目名获取关联应用的发布时长：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTimeByProjectResponse {
    /// 发布时长统计数据
    pub data: CdDeployTimeData,
}

// ---------------------------------------------------------------- DescribeCdDeployCountByApplications

/// 根据应用名列表获取发布次数：输入参数。
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployCountByApplicationsRequest {
    /// 公共参数,本接口取值:DescribeCdDeployCountByApplications。
    pub action: Action<DescribeCdDeployCountByApplications>,
    /// 应用名列表
    pub application: Vec<String>,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据应用名列表获取发布次数：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployCountByApplicationsResponse {
    /// 发布次数统计数据
    pub data: CdDeployCountData,
}

// ---------------------------------------------------------------- DescribeCdDeployTrendByApplications

/// 根据应用名列表获取发布趋势：输入参数。
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTrendByApplicationsRequest {
    /// 公共参数,本接口取值:DescribeCdDeployTrendByApplications。
    pub action: Action<DescribeCdDeployTrendByApplications>,
    /// 应用名列表
    pub application: Vec<String>,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据应用名列表获取发布趋势：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTrendByApplicationsResponse {
    /// 发布趋势统计数据
    pub data: CdDeployTrendData,
}

// ---------------------------------------------------------------- DescribeCdDeployTimeByApplications

/// 根据应用名列表获取发布时长：输入参数。
// E804: the table names the parameter `Applicatio`; the example sends `Application`.
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTimeByApplicationsRequest {
    /// 公共参数,本接口取值:DescribeCdDeployTimeByApplications。
    pub action: Action<DescribeCdDeployTimeByApplications>,
    /// 应用名列表
    pub application: Vec<String>,
    /// 开始时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 结束时间(格式:yyyy-MM-dd HH:mm:ss)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
}

/// 根据应用名列表获取发布时长：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdDeployTimeByApplicationsResponse {
    /// 发布时长统计数据
    pub data: CdDeployTimeData,
}

actions! {
    /// 根据项目名获取关联应用的发布次数
    DescribeCdDeployCountByProject {
        summary: "根据项目名获取关联应用的发布次数",
        source: "根据项目名获取关联应用的发布次数",
        request: DescribeCdDeployCountByProjectRequest,
        response: DescribeCdDeployCountByProjectResponse,
    }

    /// 根据项目名获取关联应用的发布趋势
    DescribeCdDeployTrendByProject {
        summary: "根据项目名获取关联应用的发布趋势",
        source: "根据项目名获取关联应用的发布趋势",
        request: DescribeCdDeployTrendByProjectRequest,
        response: DescribeCdDeployTrendByProjectResponse,
    }

    /// 根据项目名获取关联应用的发布时长
    DescribeCdDeployTimeByProject {
        summary: "根据项目名获取关联应用的发布时长",
        source: "根据项目名获取关联应用的发布时长",
        request: DescribeCdDeployTimeByProjectRequest,
        response: DescribeCdDeployTimeByProjectResponse,
    }

    /// 根据应用名列表获取发布次数
    DescribeCdDeployCountByApplications {
        summary: "根据应用名列表获取发布次数",
        source: "根据应用名列表获取发布次数",
        request: DescribeCdDeployCountByApplicationsRequest,
        response: DescribeCdDeployCountByApplicationsResponse,
    }

    /// 根据应用名列表获取发布趋势
    DescribeCdDeployTrendByApplications {
        summary: "根据应用名列表获取发布趋势",
        source: "根据应用名列表获取发布趋势",
        request: DescribeCdDeployTrendByApplicationsRequest,
        response: DescribeCdDeployTrendByApplicationsResponse,
    }

    /// 根据应用名列表获取发布时长
    DescribeCdDeployTimeByApplications {
        summary: "根据应用名列表获取发布时长",
        source: "根据应用名列表获取发布时长",
        request: DescribeCdDeployTimeByApplicationsRequest,
        response: DescribeCdDeployTimeByApplicationsResponse,
    }
}
