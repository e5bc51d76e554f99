//! 合并请求 › merge request lists: 查询仓库下的合并请求列表, 查询项目下的合并请求列表 and
//! 查询自己的合并请求列表.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MergeRequestStatus, MergeRequestUser};
use crate::common::actions;

/// 合并请求状态 open/close/all
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MrListStatus {
    /// open
    Open,
    /// close
    Close,
    /// all
    All,
}

/// 排序 action_at:以更新时间排序 created_at:以创建时间排序
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MrListSort {
    /// action_at:以更新时间排序
    ActionAt,
    /// created_at:以创建时间排序
    CreatedAt,
}

/// MergeRequestData 参数详解
// E610: DescribeSelfMergeRequests' table and example stop at DepotId; the fields
// after it are optional. E603: `SourceBranch` typed bool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestData {
    /// 合并时间
    pub action_at: i64,
    /// 合并者
    pub action_author: MergeRequestUser,
    /// 创建者
    pub author: MergeRequestUser,
    /// 评论数
    pub comment_count: i64,
    /// 创建时间
    pub created_at: i64,
    /// 目标分支(旧)
    // E1422: the export has only TargetBranch, the help document's 目标分支(新).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub des_branch: Option<String>,
    /// 授权数
    pub granted: i64,
    /// 合并请求 Id
    pub id: i64,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 标签列表
    pub labels: Vec<String>,
    /// 合并请求状态
    // The 合并状态值 table follows this table.
    pub status: MergeRequestStatus,
    /// 合并请求 web 页面路径
    pub path: String,
    /// 评审者列表
    pub reviewers: Vec<MergeRequestUser>,
    /// 源分支(旧)
    // E1422: the export has only SourceBranch, the help document's 源分支(新).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src_branch: Option<String>,
    /// 合并请求标题
    pub title: String,
    /// 更新时间
    pub update_at: i64,
    /// 目标分支是否保护分支
    pub target_branch_protected: bool,
    /// 是否提醒
    pub reminded: bool,
    /// 仓库 Id
    pub depot_id: i64,
    /// 描述,为 markdown 格式
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub describe: Option<String>,
    /// 基础Sha
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_sha: Option<String>,
    /// 目标分支提交id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch_sha: Option<String>,
    /// 源分支提交id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch_sha: Option<String>,
    /// 合并提交id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_commit_sha: Option<String>,
    /// 项目ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// MR阻塞点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticking_point: Option<String>,
    /// 目标分支(新)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
    /// 源分支(新)
    // E603: typed bool; the examples send the branch name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch: Option<String>,
}

/// DescribeMergeRequestsData 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestsData {
    /// 合并请求列表
    pub list: Vec<MergeRequestData>,
    /// 页数
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 总页数
    pub total_page: i64,
    /// 总条数
    pub total_row: i64,
}

/// 合并请求列表的输出参数：`Data` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestListResponse {
    /// 合并请求信息
    pub data: DescribeMergeRequestsData,
}

/// 查询仓库下的合并请求列表：输入参数。
// E600: DepotId is required. E616: not shared with the other two list inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotMergeRequestsRequest {
    /// 公共参数,本接口取值:DescribeDepotMergeRequests
    // E225.
    pub action: Action<DescribeDepotMergeRequests>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求状态 open/close/all
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MrListStatus>,
    /// 合并请求创建者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_global_keys: Option<Vec<String>>,
    /// 合并请求合并者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_global_keys: Option<Vec<String>>,
    /// 合并请求评审者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_global_keys: Option<Vec<String>>,
    /// 排序 action_at:以更新时间排序 created_at:以创建时间排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<MrListSort>,
    /// 是否正序排序 默认 false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub is_sort_direction_asc: Option<bool>,
    /// 关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// 欲合入分支列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branches: Option<Vec<String>>,
    /// 页数 默认 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页条数 默认 10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 合并请求创建者邮箱列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_emails: Option<Vec<String>>,
    /// 合并请求合并者邮箱列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_emails: Option<Vec<String>>,
    /// 合并请求评审者邮箱列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_emails: Option<Vec<String>>,
    /// 源分支列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branches: Option<Vec<String>>,
    /// 查询mr创建开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_start_date: Option<String>,
    /// 查询mr创建结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_end_date: Option<String>,
    /// 查询mr更新开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_start_date: Option<String>,
    /// 查询mr更新结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_end_date: Option<String>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询项目下的合并请求列表：输入参数。
// E600: ProjectId is required. E611: the example sends CreatorGlobalKey,
// MergerGlobalKey and ReviewerGlobalKey (strings) instead of the table's lists;
// both are accepted. E616: not shared with the other two list inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectMergeRequestsRequest {
    /// 公共参数,本接口取值:DescribeProjectMergeRequests
    // E225.
    pub action: Action<DescribeProjectMergeRequests>,
    /// 项目 Id
    pub project_id: i64,
    /// 合并请求状态 open/close/all
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MrListStatus>,
    /// 合并请求创建者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_global_keys: Option<Vec<String>>,
    /// 合并请求创建者全局 key（表格未列出，见于示例）。
    // E611.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_global_key: Option<String>,
    /// 合并请求合并者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_global_keys: Option<Vec<String>>,
    /// 合并请求合并者全局 key（表格未列出，见于示例）。
    // E611.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_global_key: Option<String>,
    /// 合并请求评审者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_global_keys: Option<Vec<String>>,
    /// 合并请求评审者全局 key（表格未列出，见于示例）。
    // E611.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_global_key: Option<String>,
    /// 排序 action_at:以更新时间排序 created_at:以创建时间排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<MrListSort>,
    /// 是否正序排序 默认 false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub is_sort_direction_asc: Option<bool>,
    /// 关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// 欲合入分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
    /// 页数 默认 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页条数 默认 10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 合并请求创建者邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_email: Option<String>,
    /// 合并请求合并者邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_email: Option<String>,
    /// 合并请求评审者邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_email: Option<String>,
    /// 源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch: Option<String>,
    /// 查询mr创建开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_start_date: Option<String>,
    /// 查询mr创建结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_end_date: Option<String>,
    /// 查询mr更新开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_start_date: Option<String>,
    /// 查询mr更新结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_end_date: Option<String>,
}

/// 查询自己的合并请求列表：输入参数。
// E600: nothing but Action is required. E611: MergerGlobalKey / ReviewerGlobalKey.
// E616: the project list's rows without ProjectId and the creator filters; kept apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSelfMergeRequestsRequest {
    /// 公共参数,本接口取值:DescribeSelfMergeRequests
    // E225.
    pub action: Action<DescribeSelfMergeRequests>,
    /// 合并请求状态 open/close/all
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MrListStatus>,
    /// 合并请求合并者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_global_keys: Option<Vec<String>>,
    /// 合并请求合并者全局 key（表格未列出，见于示例）。
    // E611.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_global_key: Option<String>,
    /// 合并请求评审者全局 key 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_global_keys: Option<Vec<String>>,
    /// 合并请求评审者全局 key（表格未列出，见于示例）。
    // E611.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_global_key: Option<String>,
    /// 排序 action_at:以更新时间排序 created_at:以创建时间排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<MrListSort>,
    /// 是否正序排序 默认 false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub is_sort_direction_asc: Option<bool>,
    /// 关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// 欲合入分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
    /// 页数 默认 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页条数 默认 10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch: Option<String>,
    /// 查询mr创建开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_start_date: Option<String>,
    /// 查询mr创建结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_end_date: Option<String>,
    /// 查询mr更新开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_start_date: Option<String>,
    /// 查询mr更新结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at_end_date: Option<String>,
    /// 合并请求合并者邮箱（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merger_email: Option<String>,
    /// 合并请求评审者邮箱（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_email: Option<String>,
}

actions! {
    /// 查询仓库下的合并请求列表
    DescribeDepotMergeRequests {
        summary: "查询仓库下的合并请求列表",
        source: "查询仓库下的合并请求列表",
        request: DescribeDepotMergeRequestsRequest,
        response: MergeRequestListResponse,
    }

    /// 查询项目下的合并请求列表
    DescribeProjectMergeRequests {
        summary: "查询项目下的合并请求列表",
        source: "查询项目下的合并请求列表",
        request: DescribeProjectMergeRequestsRequest,
        response: MergeRequestListResponse,
    }

    /// 查询自己的合并请求列表
    DescribeSelfMergeRequests {
        summary: "查询自己的合并请求列表",
        source: "查询自己的合并请求列表",
        request: DescribeSelfMergeRequestsRequest,
        response: MergeRequestListResponse,
    }
}
