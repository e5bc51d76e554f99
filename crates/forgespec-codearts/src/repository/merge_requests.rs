//! 4.2.31, 4.2.32: a repository's merge requests — the list and one in detail.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RepositoryShortIdPath;
use crate::common::{Envelope, IntegerOrString, with_error_responses};

// E58: every id, count and size of these tables is typed Double; every example
// value is an integer (`6670`, `1`, `0`), and a Double would not round-trip them
// (`1` would come back as `1.0`). They are integers.

/// 获取仓库合并请求列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListMergeRequestsQuery {
    /// 合并请求状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 分页页数
    // E35, E57: page/per_page, typed String by the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页数据数
    // E57
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// 匹配条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// MergeResult：合并请求列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeResult {
    /// 已关闭合并请求数
    pub closed: i64,
    /// 合并请求详情
    pub merge_requests: Vec<MergeRequestsItem>,
    /// 已合并合并请求数
    pub merged: i64,
    /// 开启中合并请求数
    pub opened: i64,
    /// 合并请求总数
    pub total: i64,
}

/// MergeRequestsItem：一个合并请求。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestsItem {
    /// 作者
    pub author: Author,
    /// 关闭时间
    pub closed_at: String,
    /// 创建时间
    pub created_at: String,
    /// 合并请求描述
    pub description: String,
    /// 源分支
    pub devcloud_source_branch: String,
    /// 合并请求id
    pub id: i64,
    /// 当前仓库内合并请求序号
    pub iid: i64,
    /// 合并人
    pub merge_request_assignee_list: Vec<Author>,
    /// 是否可以被合并
    pub merge_status: String,
    /// 源分支
    pub source_branch: String,
    /// 合并请求状态
    pub state: String,
    /// 目标分支
    pub target_branch: String,
    /// 标题
    pub title: String,
    /// 更新时间
    pub updated_at: String,
}

/// Author：作者。
// The tables 4-189 (4.2.31) and 4-196 (4.2.32) are identical. No example carries
// `avatar_url` or `web_url`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Author {
    /// 用户id
    pub id: i64,
    /// 用户名
    pub name: String,
    /// 用户状态
    pub state: String,
    /// 用户iamId
    pub username: String,
    /// 头像url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// web url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
}

/// 路径参数：仓库的一个合并请求。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct MergeRequestDetailPath {
    /// 仓库短id
    pub repository_id: i64,
    /// 合并请求id
    pub merge_request_id: i64,
}

/// MergeInfoResult：合并请求详情。
// E61: the table names its nested types `ApprovalMergeRequestAppliersItem`,
// `MergeRequestsAssigneeList`, `MergeRequestsDiff` and
// `MergeRequestsRelatedWorkItem`; the tables that follow are headed
// `ApprovalMergeRequestApproversItem`, `MergeRequestAssigneeListItem`,
// `MergeRequestDiff` and `MergeRequestRelatedWorkItem`, the names used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeInfoResult {
    /// 评审人
    // E60: the table names the field `approval_merge_request_aprovers`; the example
    // sends `approval_merge_request_approvers`, the name used.
    pub approval_merge_request_approvers: Vec<ApprovalMergeRequestApproversItem>,
    /// 作者
    pub author: Author,
    /// 关闭时间
    pub closed_at: String,
    /// 创建时间
    pub created_at: String,
    /// 合并请求描述
    pub description: String,
    /// 源分支
    pub devcloud_source_branch: String,
    /// 合并请求id
    pub id: i64,
    /// 当前仓库内合并请求序号
    pub iid: i64,
    /// 源分支是否存在
    pub is_source_branch_exist: bool,
    /// 合并人
    pub merge_request_assignee_list: Vec<MergeRequestAssigneeListItem>,
    /// 合并差异
    pub merge_request_diff: MergeRequestDiff,
    /// 是否可以被合并
    pub merge_status: String,
    /// 源分支
    pub source_branch: String,
    /// 合并请求状态
    pub state: String,
    /// 目标分支
    pub target_branch: String,
    /// 标题
    pub title: String,
    /// 更新时间
    pub updated_at: String,
    /// 合并时间
    pub merged_at: String,
    /// 合并人
    pub merged_by: MergedByUser,
    /// 关联工作项
    pub merge_request_related_work_items: Vec<MergeRequestRelatedWorkItem>,
}

/// ApprovalMergeRequestApproversItem：评审人。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApprovalMergeRequestApproversItem {
    /// 用户id
    pub id: i64,
    /// 用户名
    pub name: String,
    /// 用户昵称
    pub nick_name: String,
    /// 用户状态
    pub state: String,
    /// 用户iamId
    pub username: String,
}

/// MergeRequestAssigneeListItem：合并人。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestAssigneeListItem {
    /// 用户id
    pub id: i64,
    /// 用户名
    pub name: String,
    /// 用户状态
    pub state: String,
    /// 用户iamId
    pub username: String,
}

/// MergeRequestDiff：合并差异。
// The example carries only some of the fields; the others may be absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestDiff {
    /// 合并请求差异id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// 合并请求状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 合并请求id
    pub merge_request_id: i64,
    /// 创建时间
    pub created_at: String,
    /// 更新时间
    pub updated_at: String,
    /// base提交
    pub base_commit_sha: String,
    /// 实际大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_size: Option<i64>,
    /// head提交
    pub head_commit_sha: String,
    /// start提交
    pub start_commit_sha: String,
    /// 提交数
    pub commits_count: i64,
    /// 外部差异
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_diff: Option<String>,
    /// 外部存储差异
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_diff_store: Option<i64>,
    /// 是否存在外部存储
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stored_externally: Option<bool>,
    /// 新增行数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_lines: Option<i64>,
    /// 删除行数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_lines: Option<i64>,
}

/// MergedByUser：合并人。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergedByUser {
    /// 用户id
    // E62: Double in the table, `"9124"` in the example; both forms are accepted.
    pub id: IntegerOrString,
    /// 用户名
    pub name: String,
    /// 用户状态
    pub state: String,
    /// 用户iamId
    pub username: String,
    /// 头像url
    pub avatar_url: String,
    /// 主页url
    pub web_url: String,
}

/// MergeRequestRelatedWorkItem：关联工作项。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestRelatedWorkItem {
    /// id
    pub id: i64,
    /// 用户id
    pub user_id: String,
    /// 仓库id
    pub repo_id: i64,
    /// 合并请求id
    pub merge_request_id: i64,
    /// 目标分支
    pub target_branch: String,
    /// 源分支
    pub source_branch: String,
    /// 合并请求标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_title: Option<String>,
    /// 合并请求url
    pub merge_request_url: String,
    /// 合并请求状态
    pub merge_request_state: String,
    /// 关联工作项id
    pub related_id: String,
    /// 关联工作项标题
    pub related_title: String,
    /// 关联工作项url
    pub related_url: String,
    /// 查询结果
    pub result: i64,
    /// 创建时间
    pub create_at: String,
    /// 更新时间
    pub update_at: String,
}

endpoint! {
    /// 4.2.31 获取仓库合并请求列表
    pub struct ListMergeRequests {
        GET "/v2/repositories/{repository_id}/merge_request",
        id: "listMergeRequests",
        summary: "获取仓库合并请求列表",
        description: "获取仓库合并请求列表",
        source: "4.2.31 获取仓库合并请求列表",
        path: RepositoryShortIdPath,
        query: ListMergeRequestsQuery,
        response: (200, "OK", Envelope<MergeResult>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.32 获取仓库合并请求详情
    pub struct ShowMergeRequest {
        GET "/v2/repositories/{repository_id}/merge_request/{merge_request_id}",
        id: "showMergeRequest",
        summary: "获取仓库合并请求详情",
        description: "获取仓库合并请求详情",
        source: "4.2.32 获取仓库合并请求详情",
        path: MergeRequestDetailPath,
        response: (200, "OK", Envelope<MergeInfoResult>),
        extend: with_error_responses,
    }
}
