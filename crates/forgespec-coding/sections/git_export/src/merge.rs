//! 代码托管 › 合并请求: creating a merge request, merging a branch into another, a merge request's commits and details.
//!
//! Required input parameters follow E1 (E1311); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, actions};
use crate::git::content::GitCommit;

/// Git合并请求信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitMergeRequest {
    /// 代码仓库的唯一编号
    pub depot_id: i64,
    /// 仓库路径
    pub depot_path: Nullable<String>,
    /// 定位一个项目的内的资源的 ID
    pub i_id: i64,
    /// 定位一个项目的内的MR资源的 ID
    pub merge_id: i64,
    /// 项目 ID
    pub project_id: i64,
}

/// 合并请求数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeBranchData {
    /// 合并提交详情
    pub merge_commit: Nullable<GitCommit>,
    /// 合并状态
    /// MERGED 合并成功
    /// FAILED 合并失败，异常原因
    /// NOT_MERGEABLE 不可合并，有代码冲突
    /// ALREADY_MERGED 两个分支已经合并，两个分支是一样的或者目标分支的已经合并进当前分支了
    pub merge_status: Nullable<String>,
}

/// 合并请求详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeReqInfo {
    /// 描述,为 markdown 格式
    pub describe: String,
    /// 合并状态,状态值如下:
    /// CANMERGE:状态可自动合并;
    /// ACCEPTED:状态已接受;
    /// CANNOTMERGE:状态不可自动合并;
    /// REFUSED:状态已拒绝(关闭);
    /// CANCEL: 取消;
    /// MERGING:正在合并中;
    /// ABNORMAL:状态异常;
    pub status: String,
    /// 合并标题
    pub title: String,
    /// 目标分支
    pub target_branch: String,
    /// 源分支
    pub source_branch: String,
}

// ---------------------------------------------------------------- CreateGitMergeRequest

/// 合并请求-创建Git合并请求mr：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeRequestRequest {
    /// 公共参数,本接口取值:CreateGitMergeRequest
    pub action: Action<CreateGitMergeRequest>,
    /// 仓库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 标题
    pub title: String,
    /// 描述内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 源分支名
    pub src_branch: String,
    /// 目标分支名
    pub dest_branch: String,
    /// 仓库路径，与仓库ID二选一
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合并请求-创建Git合并请求mr：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeRequestResponse {
    /// 创建合并请求的信息
    pub request: GitMergeRequest,
}

// ---------------------------------------------------------------- ModifyGitMergeBranch

/// 合并请求-将源分支的改动合并到目标分支：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeBranchRequest {
    /// 公共参数,本接口取值:ModifyGitMergeBranch
    pub action: Action<ModifyGitMergeBranch>,
    /// 仓库路径或仓库ID
    pub depot_path: String,
    /// 源分支
    pub from_branch: String,
    /// 目标分支
    pub to_branch: String,
    /// 提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
}

/// 合并请求-将源分支的改动合并到目标分支：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeBranchResponse {
    /// 合并分支结果
    pub data: ModifyGitMergeBranchData,
}

// ---------------------------------------------------------------- DescribeMergeReqCommits

/// 合并请求-查询合并请求列表：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeReqCommitsRequest {
    /// 公共参数,本接口取值:DescribeMergeReqCommits
    pub action: Action<DescribeMergeReqCommits>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求id
    pub merge_id: i64,
    /// 与仓库路径二选一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合并请求-查询合并请求列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeReqCommitsResponse {
    /// commit集合
    pub commits: Vec<GitCommit>,
}

// ---------------------------------------------------------------- DescribeMergeReqInfo

/// 合并请求-查询合并请求详情：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeReqInfoRequest {
    /// 公共参数,本接口取值:DescribeMergeReqInfo
    pub action: Action<DescribeMergeReqInfo>,
    /// 仓库id
    // E1108: an integer the example sends as a string of digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 合并请求id
    // E1108: an integer the example sends as a string of digits.
    pub merge_id: IntegerOrString,
    /// 仓库路径，与DepotId选择其一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 合并请求-查询合并请求详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeReqInfoResponse {
    /// 合并请求详情
    pub merge_req_info: MergeReqInfo,
}

actions! {
    /// 合并请求-创建Git合并请求mr
    CreateGitMergeRequest {
        summary: "合并请求-创建Git合并请求mr",
        description: "创建 Git 合并请求mr",
        request: CreateGitMergeRequestRequest,
        response: CreateGitMergeRequestResponse,
    }

    /// 合并请求-将源分支的改动合并到目标分支
    ModifyGitMergeBranch {
        summary: "合并请求-将源分支的改动合并到目标分支",
        description: "将源分支的改动合并到目标分支",
        request: ModifyGitMergeBranchRequest,
        response: ModifyGitMergeBranchResponse,
    }

    /// 合并请求-查询合并请求列表
    DescribeMergeReqCommits {
        summary: "合并请求-查询合并请求列表",
        description: "查询合并请求列表",
        request: DescribeMergeReqCommitsRequest,
        response: DescribeMergeReqCommitsResponse,
    }

    /// 合并请求-查询合并请求详情
    DescribeMergeReqInfo {
        summary: "合并请求-查询合并请求详情",
        description: "查询合并请求详情",
        request: DescribeMergeReqInfoRequest,
        response: DescribeMergeReqInfoResponse,
    }
}
