//! 代码托管 › 仓库: a project's depots, their branches, tags and commits (CODING and external depots), and a user's external depots.
//!
//! Required input parameters follow E1 (E1311); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// 获取个人仓库返回结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PersonalExternalDepotData {
    /// 仓库列表
    pub depot_list: Vec<PersonalExternalDepot>,
    /// 仓库类型是否被授权，如 Github 是否被授权
    pub is_bound: bool,
    /// 所有者用户名
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub owner_name: Option<Nullable<String>>,
}

/// 仓库提交详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotDetailData {
    /// 仓库信息列表
    pub depot_detail_list: Vec<DepotDetail>,
}

/// DescribeProjectDepots 返回数据结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotsData {
    /// 仓库信息列表
    pub depot_list: Vec<ProjectDepot>,
    /// 仓库类型是否被授权，如 Github 是否被授权
    pub is_bound: bool,
}

/// 个人外部仓库返回结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PersonalExternalDepot {
    /// 仓库 Id
    pub id: i64,
    /// 仓库名称
    pub name: String,
    /// 仓库类型
    pub depot_type: String,
    /// 请使用 Authorized 代替判断仓库是否关联，该仓库是否 CI 可用，如果可用返回值为 continue_integration，如果仓库类型是 CODING 那么这个值永远是continue_integration
    pub open_module: String,
    /// 是否是默认显示第一位的仓库
    pub is_default: bool,
    /// 仓库 Ssh 地址
    pub depot_ssh_url: Nullable<String>,
    /// 仓库 Https 地址
    pub depot_https_url: Nullable<String>,
    /// 外部仓库是否被关联
    pub authorized: Nullable<bool>,
    /// 所有者用户名
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub owner_name: Option<Nullable<String>>,
    /// 源代码仓库 id （如果是 coding 跨项目代码仓库，此字段记录代码仓库的实际 id ）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_depot_id: Option<i64>,
}

/// 仓库提交信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotDetail {
    /// Commit 内容
    pub name: String,
    /// CommitId
    pub sha: String,
}

/// Depot 数据结构
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectDepot {
    /// 仓库 Id
    pub id: i64,
    /// 仓库名称
    pub name: String,
    /// 仓库类型
    pub depot_type: String,
    /// 无用字段
    pub open_module: String,
    /// 是否是默认显示第一位的仓库
    pub is_default: bool,
    /// 仓库 Ssh 地址
    pub depot_ssh_url: Nullable<String>,
    /// 仓库 Https 地址
    pub depot_https_url: Nullable<String>,
    /// 外部仓库是否被关联
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub authorized: Option<Nullable<bool>>,
}

// ---------------------------------------------------------------- DescribePersonalExternalDepots

/// 个人外部仓库获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePersonalExternalDepotsRequest {
    /// 公共参数,本接口取值:DescribePersonalExternalDepots
    pub action: Action<DescribePersonalExternalDepots>,
    /// 仓库类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// 项目 Id
    pub project_id: i64,
}

/// 个人外部仓库获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePersonalExternalDepotsResponse {
    /// 外部仓库列表
    pub data: PersonalExternalDepotData,
}

// ---------------------------------------------------------------- DescribeProjectDepotBranches

/// 仓库分支列表获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotBranchesRequest {
    /// 公共参数,本接口取值:DescribeProjectDepotBranches
    pub action: Action<DescribeProjectDepotBranches>,
    /// 仓库类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// 仓库 Id
    pub id: i64,
    /// 项目 Id
    pub project_id: i64,
}

/// 仓库分支列表获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotBranchesResponse {
    /// 返回 Branch 数据结构
    pub data: DepotDetailData,
}

// ---------------------------------------------------------------- DescribeProjectDepotTags

/// 仓库的标签列表获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotTagsRequest {
    /// 公共参数,本接口取值:DescribeProjectDepotTags
    pub action: Action<DescribeProjectDepotTags>,
    /// 仓库类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// 仓库 Id
    pub id: i64,
    /// 项目 Id
    pub project_id: i64,
}

/// 仓库的标签列表获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotTagsResponse {
    /// 返回标签列表的数据结构
    pub data: DepotDetailData,
}

// ---------------------------------------------------------------- DescribeProjectDepotCommits

/// 分支下的提交列表获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotCommitsRequest {
    /// 公共参数,本接口取值:DescribeProjectDepotCommits
    pub action: Action<DescribeProjectDepotCommits>,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// 仓库类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// 仓库 Id
    pub id: i64,
    /// 项目 Id
    pub project_id: i64,
}

/// 分支下的提交列表获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotCommitsResponse {
    /// 返回 Commit 数据结构
    pub data: DepotDetailData,
}

// ---------------------------------------------------------------- DescribeProjectDepots

/// 项目仓库列表获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotsRequest {
    /// 公共参数,本接口取值:DescribeProjectDepots
    pub action: Action<DescribeProjectDepots>,
    /// 仓库类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// 项目 Id
    pub project_id: i64,
}

/// 项目仓库列表获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotsResponse {
    /// 获取仓库列表
    pub data: DescribeProjectDepotsData,
}

actions! {
    /// 个人外部仓库获取
    DescribePersonalExternalDepots {
        summary: "个人外部仓库获取",
        description: "获取个人外部仓库",
        request: DescribePersonalExternalDepotsRequest,
        response: DescribePersonalExternalDepotsResponse,
    }

    /// 仓库分支列表获取
    DescribeProjectDepotBranches {
        summary: "仓库分支列表获取",
        description: "获取仓库分支列表",
        request: DescribeProjectDepotBranchesRequest,
        response: DescribeProjectDepotBranchesResponse,
    }

    /// 仓库的标签列表获取
    DescribeProjectDepotTags {
        summary: "仓库的标签列表获取",
        description: "获取仓库的标签列表",
        request: DescribeProjectDepotTagsRequest,
        response: DescribeProjectDepotTagsResponse,
    }

    /// 分支下的提交列表获取
    DescribeProjectDepotCommits {
        summary: "分支下的提交列表获取",
        description: "获取分支下的提交列表",
        request: DescribeProjectDepotCommitsRequest,
        response: DescribeProjectDepotCommitsResponse,
    }

    /// 项目仓库列表获取
    DescribeProjectDepots {
        summary: "项目仓库列表获取",
        description: "获取项目仓库列表",
        request: DescribeProjectDepotsRequest,
        response: DescribeProjectDepotsResponse,
    }
}
