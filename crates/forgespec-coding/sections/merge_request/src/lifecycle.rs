//! 合并请求 › creating and changing a merge request: 创建 merge 请求, 获取分支的合并状态,
//! 关闭合并请求, 合入合并请求, 合并请求中的源分支进行rebase操作 and
//! 修改合并请求的标题和描述信息.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MergeRequestInfo, MergeRequestInfoResponse};
use crate::common::{RequestIdResponse, actions};

/// 创建 merge 请求：输入参数。
// E600: DepotId, Title, SrcBranch and DestBranch are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeReqRequest {
    /// 公共参数,本接口取值:CreateGitMergeReq
    // E225.
    pub action: Action<CreateGitMergeReq>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求标题
    pub title: String,
    /// 评审者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<String>,
    /// 合并请求内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 源分支
    pub src_branch: String,
    /// 目标分支
    pub dest_branch: String,
    /// 仓库路径与depotId选择其一就可以（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// MergeInfo 参数详解
// E606: `MergeRequestUrl` is in no example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeInfo {
    /// 项目 Id
    pub project_id: i64,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求 IId
    pub merge_request_id: i64,
    /// 合并请求 web 地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_url: Option<String>,
    /// 合并请求详情
    pub merge_request_info: MergeRequestInfo,
}

/// 创建 merge 请求：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeReqResponse {
    /// Merge信息
    pub merge_info: MergeInfo,
    // RequestId (see `Output`): E226.
}

/// 获取分支的合并状态：输入参数。
// E600: all three are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCanMergeRequest {
    /// 公共参数,本接口取值:DescribeCanMerge
    // E225.
    pub action: Action<DescribeCanMerge>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 源分支
    pub source: String,
    /// 目标分支
    pub target: String,
    /// 仓库路径,与仓库Id二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合入状态 (NOT_MERGEABLE, FAILED, ALREADY_MERGED, MERGEABLE, MERGED, NO_MERGE_BASE)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MrMergeStatus {
    /// NOT_MERGEABLE
    NotMergeable,
    /// FAILED
    Failed,
    /// ALREADY_MERGED
    AlreadyMerged,
    /// MERGEABLE
    Mergeable,
    /// MERGED
    Merged,
    /// NO_MERGE_BASE
    NoMergeBase,
}

/// 获取分支的合并状态：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCanMergeResponse {
    /// 合入状态 (NOT_MERGEABLE, FAILED, ALREADY_MERGED, MERGEABLE, MERGED, NO_MERGE_BASE)
    pub merge_status: MrMergeStatus,
    // RequestId (see `Output`): E226.
}

/// 关闭合并请求：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCloseMRRequest {
    /// 公共参数,本接口取值:ModifyCloseMR
    // E225.
    pub action: Action<ModifyCloseMR>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求id
    pub merge_id: i64,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合入合并请求：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyMergeMRRequest {
    /// 公共参数,本接口取值:ModifyMergeMR
    // E225.
    pub action: Action<ModifyMergeMR>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求 id
    pub merge_id: i64,
    /// 请求合入信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 是否删除源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_del_source_branch: Option<bool>,
    /// 是否启用 fastForward 模式
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_fast_forward: Option<bool>,
    /// 是否合并多个 commit 记录
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合并请求中的源分支进行rebase操作：输入参数。
// E600: MergeId is required. E1423: DepotId is optional beside the export's
// DepotPat, the name it declares here for DepotPath.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeRequestRebaseRequest {
    /// 公共参数,本接口取值:ModifyGitMergeRequestRebase
    // E225: the table has no Action row.
    pub action: Action<ModifyGitMergeRequestRebase>,
    /// 仓库 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1423: the export's name, as it declares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_pat: Option<String>,
}

/// 修改合并请求的标题和描述信息：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeRequestRequest {
    /// 公共参数,本接口取值:ModifyGitMergeRequest
    // E225.
    pub action: Action<ModifyGitMergeRequest>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 合并请求标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 合并请求描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 修改合并请求的标题和描述信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeRequestResponse {
    /// 合并相关信息
    pub merge_request_info: MergeRequestInfo,
}

actions! {
    /// 创建 merge 请求
    CreateGitMergeReq {
        summary: "创建 merge 请求",
        source: "创建 merge 请求",
        request: CreateGitMergeReqRequest,
        response: CreateGitMergeReqResponse,
    }

    /// 获取分支的合并状态
    DescribeCanMerge {
        summary: "获取分支的合并状态",
        source: "获取分支的合并状态",
        request: DescribeCanMergeRequest,
        response: DescribeCanMergeResponse,
    }

    /// 关闭合并请求
    ModifyCloseMR {
        summary: "关闭合并请求",
        source: "关闭合并请求",
        request: ModifyCloseMRRequest,
        // E226: no output table.
        response: RequestIdResponse,
    }

    /// 合入合并请求
    ModifyMergeMR {
        summary: "合入合并请求",
        source: "合入合并请求",
        request: ModifyMergeMRRequest,
        response: MergeRequestInfoResponse,
    }

    /// 合并请求中的源分支进行rebase操作
    ModifyGitMergeRequestRebase {
        summary: "合并请求中的源分支进行rebase操作",
        source: "合并请求中的源分支进行rebase操作",
        request: ModifyGitMergeRequestRebaseRequest,
        response: RequestIdResponse,
    }

    /// 修改合并请求的标题和描述信息
    ModifyGitMergeRequest {
        summary: "修改合并请求的标题和描述信息",
        source: "修改合并请求的标题和描述信息",
        request: ModifyGitMergeRequestRequest,
        response: ModifyGitMergeRequestResponse,
    }
}
