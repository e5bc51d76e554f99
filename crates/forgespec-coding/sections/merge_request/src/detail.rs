//! 合并请求 › one merge request: 查询合并请求详情, 获取合并请求操作记录,
//! 查询合并请求的参与者 and 查询含有某次提交的合并请求.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MergeRequestInfoResponse, MergeRequestStatus, MergeRequestUser, merge_request_input};
use crate::common::{IntegerOrString, actions};

merge_request_input!(
    /// 查询合并请求详情：输入参数。
    DescribeMergeRequestRequest for DescribeMergeRequest,
    "公共参数,本接口取值:DescribeMergeRequest",
    merge_first,
    "仓库 id",
    "合并请求 id",
    depot_path: "仓库路径，与DepotId选择其一即可（CODING OpenAPI export）"
);

/// 获取合并请求操作记录：输入参数。
// E600: MergeId is required. E1400: DepotId is optional beside DepotPath. E1411:
// the export's example sends both ids as strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestLogRequest {
    /// 公共参数,本接口取值:DescribeMergeRequestLog
    // E225: the table has no Action row.
    pub action: Action<DescribeMergeRequestLog>,
    /// 合并请求 id
    pub merge_id: IntegerOrString,
    /// 仓库 id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// MergeRequestLog：参数详解
// E614.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestLog {
    /// ID
    pub id: i64,
    /// 操作方式
    pub action: String,
    /// 操作用户姓名
    pub name: String,
}

/// 获取合并请求操作记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestLogResponse {
    /// 操作记录列表
    // E601: typed MergeRequestLog; the example sends an array.
    pub logs: Vec<MergeRequestLog>,
    // RequestId (see `Output`): E226.
}

merge_request_input!(
    /// 查询合并请求的参与者：输入参数。
    DescribeGitMergeRequestParticipantsRequest for DescribeGitMergeRequestParticipants,
    "公共参数,本接口取值:DescribeGitMergeRequestParticipants",
    depot_first,
    "仓库 Id",
    "合并请求 IId",
    depot_path: "仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）"
);

/// 查询合并请求的参与者：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestParticipantsResponse {
    /// 参与者列表
    pub participants: Vec<MergeRequestUser>,
}

/// 查询含有某次提交的合并请求：输入参数。
// E600: DepotId and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestsByShaRequest {
    /// 公共参数,本接口取值:DescribeGitMergeRequestsBySha
    // E225.
    pub action: Action<DescribeGitMergeRequestsBySha>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 与DepotId选择其一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// MergeRequestDetail 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestDetail {
    /// 合并请求 Id
    pub id: i64,
    /// 合并请求 Iid
    pub merge_id: i64,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求标题
    pub title: String,
    /// 合并请求描述
    pub content: String,
    /// 合并请求描述(html 格式)
    pub content_html: String,
    /// 合并请求创建人
    pub author: MergeRequestUser,
    /// 合并请求状态
    // E609: the section's 合并状态值.
    pub merge_status: MergeRequestStatus,
    /// 创建时间
    pub create_at: i64,
    /// 更新时间
    pub update_at: i64,
    /// 是否允许合并时间
    // E608: the time of merging.
    pub action_at: i64,
    /// 合并人
    pub action_author: MergeRequestUser,
    /// 源分支名
    pub source_branch: String,
    /// 目标分支名
    pub target_branch: String,
    /// 源分支 Sha
    pub source_sha: String,
    /// 目标分支 Sha
    pub target_sha: String,
    /// 合并 Sha
    pub merged_sha: String,
}

/// 查询含有某次提交的合并请求：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestsByShaResponse {
    /// 合并请求详情列表
    pub details: Vec<MergeRequestDetail>,
}

actions! {
    /// 查询合并请求详情
    DescribeMergeRequest {
        summary: "查询合并请求详情",
        source: "查询合并请求详情",
        request: DescribeMergeRequestRequest,
        response: MergeRequestInfoResponse,
    }

    /// 获取合并请求操作记录
    DescribeMergeRequestLog {
        summary: "获取合并请求操作记录",
        source: "获取合并请求操作记录",
        request: DescribeMergeRequestLogRequest,
        response: DescribeMergeRequestLogResponse,
    }

    /// 查询合并请求的参与者
    DescribeGitMergeRequestParticipants {
        summary: "查询合并请求的参与者",
        source: "查询合并请求的参与者",
        request: DescribeGitMergeRequestParticipantsRequest,
        response: DescribeGitMergeRequestParticipantsResponse,
    }

    /// 查询含有某次提交的合并请求
    DescribeGitMergeRequestsBySha {
        summary: "查询含有某次提交的合并请求",
        source: "查询含有某次提交的合并请求",
        request: DescribeGitMergeRequestsByShaRequest,
        response: DescribeGitMergeRequestsByShaResponse,
    }
}
