//! 制品仓库 › the team's artifacts: 查询团队下制品版本列表.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ArtifactType;
use crate::common::{FlexibleNumber, IntegerOrString, actions};

/// 名称匹配规则(支持 “EQUAL” 和 “REGEX”)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ArtifactFilterAlgorithm {
    /// EQUAL: 名称等于匹配值。
    Equal,
    /// REGEX: 名称匹配正则表达式。
    Regex,
}

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
}

actions! {
    /// 查询团队下制品版本列表
    DescribeTeamArtifacts {
        summary: "查询团队下制品版本列表",
        source: "查询团队下制品版本列表",
        request: DescribeTeamArtifactsRequest,
        response: DescribeTeamArtifactsResponse,
    }
}
