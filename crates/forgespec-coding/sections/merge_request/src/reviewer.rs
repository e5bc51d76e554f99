//! 合并请求 › reviewers: 查询合并请求评审者列表, 新增合并请求评审者 and 删除合并请求评审者.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MergeRequestUser, merge_request_input};
use crate::common::actions;

merge_request_input!(
    /// 查询合并请求评审者列表：输入参数。
    DescribeMergeRequestReviewersRequest for DescribeMergeRequestReviewers,
    "公共参数,本接口取值:DescribeMergeRequestReviewers",
    depot_first,
    "仓库 ID",
    "合并请求资源ID (页面合并请求列表中 #数字)"
);

/// 评审者 Actions 的输出参数：`Reviewers` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestReviewersResponse {
    /// 评论者列表
    // E605: User 详情 is MergeRequestUser. E608: they are the reviewers.
    pub reviewers: Vec<MergeRequestUser>,
    // RequestId (see `Output`): E226.
}

/// 新增/删除合并请求评审者：输入参数。
// E600: DepotId, MergeId and ReviewerGlobalKey are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMergeRequestReviewerRequest {
    /// 公共参数,本接口取值:CreateMergeRequestReviewer
    // E225.
    pub action: Action<CreateMergeRequestReviewer>,
    /// 仓库 ID
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求资源ID (页面合并请求列表中 #数字)
    pub merge_id: i64,
    /// 用户全局 Key
    pub reviewer_global_key: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 删除合并请求评审者：输入参数。
// E600: DepotId, MergeId and ReviewerGlobalKey are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteMergeRequestReviewerRequest {
    /// 公共参数,本接口取值:DeleteMergeRequestReviewer
    // E225.
    pub action: Action<DeleteMergeRequestReviewer>,
    /// 仓库 ID
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求资源ID (页面合并请求列表中 #数字)
    pub merge_id: i64,
    /// 用户全局 Key
    pub reviewer_global_key: String,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

actions! {
    /// 查询合并请求评审者列表
    DescribeMergeRequestReviewers {
        summary: "查询合并请求评审者列表",
        source: "查询合并请求评审者列表",
        request: DescribeMergeRequestReviewersRequest,
        response: MergeRequestReviewersResponse,
    }

    /// 新增合并请求评审者
    CreateMergeRequestReviewer {
        summary: "新增合并请求评审者",
        source: "新增合并请求评审者",
        request: CreateMergeRequestReviewerRequest,
        response: MergeRequestReviewersResponse,
    }

    /// 删除合并请求评审者
    DeleteMergeRequestReviewer {
        summary: "删除合并请求评审者",
        source: "删除合并请求评审者",
        request: DeleteMergeRequestReviewerRequest,
        response: MergeRequestReviewersResponse,
    }
}
