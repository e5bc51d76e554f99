//! 代码托管 › 仓库分支 and 仓库设置: a depot's branches and protected branches.
//!
//! Required input parameters follow E1 (E1311); output fields E1105.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, actions};
use crate::git::branch::GitBranch;
use crate::git::protected_branch::ProtectedBranch;

/// 用于描述分支列表信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitBranchesData {
    /// Branches的总条数
    pub total_count: i64,
    /// 分支列表
    pub branches: Vec<GitBranch>,
}

// ---------------------------------------------------------------- DescribeGitBranchList

/// 仓库分支-查询仓库分支列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchListRequest {
    /// 公共参数,本接口取值:DescribeGitBranchList
    pub action: Action<DescribeGitBranchList>,
    /// 仓库路径
    pub depot_path: String,
    /// 分页页码
    // E1108: an integer the example sends as a string of digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<IntegerOrString>,
    /// 查询的关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 分页页距,默认为10
    // E1108: an integer the example sends as a string of digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<IntegerOrString>,
}

/// 仓库分支-查询仓库分支列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchListResponse {
    /// 分支集合
    pub git_branches_data: GitBranchesData,
}

// ---------------------------------------------------------------- DescribeProtectedBranches

/// 仓库设置-查询保护分支列表：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchesRequest {
    /// 公共参数,本接口取值:DescribeProtectedBranches
    pub action: Action<DescribeProtectedBranches>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 仓库设置-查询保护分支列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchesResponse {
    /// 保护分支列表
    pub protected_branches: Vec<ProtectedBranch>,
}

actions! {
    /// 仓库分支-查询仓库分支列表
    DescribeGitBranchList {
        summary: "仓库分支-查询仓库分支列表",
        description: "查询仓库分支列表",
        request: DescribeGitBranchListRequest,
        response: DescribeGitBranchListResponse,
    }

    /// 仓库设置-查询保护分支列表
    DescribeProtectedBranches {
        summary: "仓库设置-查询保护分支列表",
        description: "查询保护分支",
        request: DescribeProtectedBranchesRequest,
        response: DescribeProtectedBranchesResponse,
    }
}
