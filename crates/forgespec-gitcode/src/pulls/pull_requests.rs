//! Pull requests themselves: 1. 获取Pull Request列表, 2. 合并Pull Request,
//! 7. 创建Pull Request, 8. 更新Pull Request信息, 10. 获取单个Pull Request.
//!
//! The document has no field tables; every response field here is read off its
//! examples, and those descriptions are ours (E43). Parameter descriptions are the
//! document's.

use forgespec_core::{New, Nullable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{AnyObject, AnyValue, Direction, Id};
use crate::pulls::labels::Label;
use crate::pulls::projects::{Project, Repository};
use crate::pulls::users::{ApprovalUser, Assignee, User, UserBasic};
use crate::pulls::{PullRequestPath, RepoPath};

/// Pull Request 状态（获取Pull Request列表的筛选条件）。
///
/// 允许值: `all`、`open`、`closed`、`locked`、`merged`。
// The document lists the values without their meanings, so the variants carry no
// doc comments (which would become the spec's `x-enum-descriptions`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PullRequestStateFilter {
    All,
    Open,
    Closed,
    Locked,
    Merged,
}

/// 排序字段。
///
/// 允许值: `created`、`updated`。
// As above: values without meanings in the document.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PullRequestSort {
    Created,
    Updated,
}

/// 获取Pull Request列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListPullRequestsQuery {
    /// 可选。Pull Request 状态: all、open、closed、locked、merged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<PullRequestStateFilter>,
    /// 可选。Pull Request 提交目标分支的名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// 可选。起始的更新时间,要求时间格式为 ISO 8601
    // E2: the table's location is `quey`, a typo of `query`. E71: ISO 8601 as
    // `date-time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub since: Option<String>,
    /// 可选。升序/降序
    // E3: the values are not listed here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// 可选。排序字段: created、updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<PullRequestSort>,
    /// 可选。里程碑序号(id)
    // E2: `quey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_number: Option<i64>,
    /// 以逗号分隔的标签名称列表
    // E2: `quey`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// 当前的页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页的数量,最大为 100
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub per_page: Option<i64>,
    /// 可选。PR 创建者用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 可选。评审者用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
}

/// Pull Request 的源分支或目标分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BranchRef {
    /// 分支的标签（显示名）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// 分支名。
    // E38: `null` for the target branch in 企业 Pull Request 列表.
    #[serde(rename = "ref")]
    pub ref_name: Nullable<String>,
    /// 分支最新提交的 SHA。
    // E38
    pub sha: Nullable<String>,
    /// 分支所属的用户。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// 分支所在的仓库。
    pub repo: Repository,
}

/// 时间统计。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeStats {
    /// 预估用时（秒）。
    // E58: only ever `null`; typed as a number of seconds like `total_time_spent`.
    pub time_estimate: Nullable<i64>,
    /// 总用时（秒）。
    pub total_time_spent: i64,
    /// 可读的预估用时。
    // E58: only ever `null`; typed as a string.
    pub human_time_estimate: Nullable<String>,
    /// 可读的总用时。
    // E58: only ever `null`; typed as a string.
    pub human_total_time_spent: Nullable<String>,
}

/// 差异的基准：比较所用的三个提交。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DiffRefs {
    /// 目标分支的基准提交。
    pub base_sha: String,
    /// 源分支的最新提交。
    pub head_sha: String,
    /// 比较的起始提交。
    pub start_sha: String,
}

/// Pull Request（列表和详情中的形状）。
// E18: the examples' URLs point at several hosts (test.gitcode.net, api.gitcode.net,
// gitcode.com); no URL format is asserted on any of them.
// E43: the examples of 获取Pull Request列表, 获取单个Pull Request and 企业 Pull Request
// 列表 share this shape (`head`/`base` refs, `assignees`, login-keyed users), but each
// shows a different subset of keys; only the keys in all three are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PullRequest {
    /// Pull Request 的序数（本仓库的第几个PR）。
    // E6: an integer here, while some parameter tables type it as a string.
    pub number: i64,
    /// Pull Request 页面的地址。
    pub html_url: String,
    /// 合并后是否关闭关联的 Issue。
    // E49: only ever `null`; typed as a boolean.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub close_related_issue: Option<Nullable<bool>>,
    /// 合并后是否删除源分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prune_branch: Option<bool>,
    /// 是否为草稿。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// Pull Request 的 API 地址。
    pub url: String,
    /// Pull Request 关联 Issue 的 API 地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_url: Option<String>,
    /// Pull Request 的标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
    /// Pull Request 的创建者。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// 审查人员数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees_number: Option<i64>,
    /// 测试人员数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub testers_number: Option<i64>,
    /// 审查人员。
    pub assignees: Vec<Assignee>,
    /// 测试人员。
    // E53: empty in 企业 Pull Request 列表; the users of 获取单个Pull Request type it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub testers: Option<Vec<User>>,
    /// 是否可以合并。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub mergeable: Option<Nullable<bool>>,
    /// 是否通过了合并检查。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_merge_check: Option<bool>,
    /// 源分支。
    pub head: BranchRef,
    /// 目标分支。
    pub base: BranchRef,
    /// Pull Request 的id。
    pub id: i64,
    /// Pull Request 在项目内的序号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iid: Option<i64>,
    /// 项目的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// Pull Request 的标题。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Pull Request 的内容。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub body: Option<Nullable<String>>,
    /// Pull Request 的状态，例如 `open`、`merged`。
    // E42: the response examples show `merged`, `open` (and `opened` in 创建Pull
    // Request), a set different from the list filter's; kept an open string.
    pub state: String,
    /// 创建时间。
    // E31: an empty string in 获取单个Pull Request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 更新时间。
    // E31
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 合并时间。
    // E31
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_at: Option<String>,
    /// 关闭者。
    // E52: only ever `null`; typed as the user shape of this payload.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub closed_by: Option<Nullable<User>>,
    /// 关闭时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub closed_at: Option<Nullable<String>>,
    /// 关闭时间（获取单个Pull Request 的示例中的拼写）。
    // E28: kept as its own key so that the example round-trips.
    #[serde(
        default,
        rename = "closed__at",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed_at_misspelled: Option<String>,
    /// 标题的 HTML。
    // E48: only ever `null`; typed as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub title_html: Option<Nullable<String>>,
    /// 描述的 HTML。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub description_html: Option<Nullable<String>>,
    /// 目标分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_branch: Option<String>,
    /// 源分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_branch: Option<String>,
    /// 扁平化（squash）合并的提交信息。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub squash_commit_message: Option<Nullable<String>>,
    /// 用户评论数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_notes_count: Option<i64>,
    /// 赞成数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upvotes: Option<i64>,
    /// 反对数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downvotes: Option<i64>,
    /// 源项目的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_project_id: Option<i64>,
    /// 目标项目的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_project_id: Option<i64>,
    /// 是否仍在进行中（WIP）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_in_progress: Option<bool>,
    /// 里程碑。
    // E51: only ever `null`; an object of unknown shape.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub milestone: Option<Nullable<AnyObject>>,
    /// 流水线成功后是否自动合并。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_when_pipeline_succeeds: Option<bool>,
    /// 合并状态，例如 `can_be_merged`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_status: Option<String>,
    /// 源分支最新提交的 SHA。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// 合并提交的 SHA。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub merge_commit_sha: Option<Nullable<String>>,
    /// 讨论是否已锁定。
    // E49: only ever `null`; typed as a boolean.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub discussion_locked: Option<Nullable<bool>>,
    /// 合并后是否删除源分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub should_remove_source_branch: Option<bool>,
    /// 是否强制删除源分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_remove_source_branch: Option<bool>,
    /// 是否允许协作。
    // E49
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub allow_collaboration: Option<Nullable<bool>>,
    /// 是否允许维护者推送。
    // E49
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub allow_maintainer_to_push: Option<Nullable<bool>>,
    /// Pull Request 页面的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// 时间统计。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_stats: Option<TimeStats>,
    /// 是否使用扁平化（squash）合并。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// 合并请求的类型，例如 `MergeRequest`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_type: Option<String>,
    /// 是否有预合并引用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_pre_merge_ref: Option<bool>,
    /// 评审模式，例如 `approval`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_mode: Option<String>,
    /// 源分支是否存在。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_source_branch_exist: Option<bool>,
    /// 审批人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_merge_request_approvers: Option<Vec<ApprovalUser>>,
    /// 测试人。
    // E53: only ever empty in this shape; typed like the approvers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_merge_request_testers: Option<Vec<ApprovalUser>>,
    /// 新增的行数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_lines: Option<i64>,
    /// 删除的行数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_lines: Option<i64>,
    /// 当前用户是否已订阅。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
    /// 变更的文件数（数字字符串）。
    // E34: a count written as a string (`"1"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes_count: Option<String>,
    /// 最近一次构建的开始时间。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub latest_build_started_at: Option<Nullable<String>>,
    /// 最近一次构建的结束时间。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub latest_build_finished_at: Option<Nullable<String>>,
    /// 首次部署到生产环境的时间。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub first_deployed_to_production_at: Option<Nullable<String>>,
    /// 流水线。
    // E51: only ever `null`; an object of unknown shape.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub pipeline: Option<Nullable<AnyObject>>,
    /// 差异的基准提交。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff_refs: Option<DiffRefs>,
    /// 合并失败的原因。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub merge_error: Option<Nullable<String>>,
    /// 合并失败的原因（JSON 形式）。
    // E51: only ever `null`; any JSON value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::common::AnyValue::present"
    )]
    pub json_merge_error: Option<AnyValue>,
    /// 是否正在变基。
    // E49
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub rebase_in_progress: Option<Nullable<bool>>,
    /// 分叉的提交数。
    // E50: only ever `null`; typed as a count.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub diverged_commits_count: Option<Nullable<i64>>,
    /// 评审人列表。
    // E53: only ever empty; items of unknown shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_reviewer_list: Option<Vec<AnyValue>>,
    /// 评审次数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_review_count: Option<i64>,
    /// 评审人数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_reviewers_count: Option<i64>,
    /// 评论数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<i64>,
    /// 未解决的讨论数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unresolved_discussions_count: Option<i64>,
    /// 是否通过门禁检查。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_check: Option<bool>,
    /// 最新流水线的id。
    // E50: only ever `null`; typed as an integer id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub head_pipeline_id: Option<Nullable<i64>>,
    /// 流水线状态。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_status: Option<String>,
    /// 代码质量检查状态，例如 `success`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codequality_status: Option<String>,
    /// 包含代码质量的流水线状态。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_status_with_code_quality: Option<String>,
    /// 是否来自派生（fork）的项目。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_forked_project: Option<bool>,
    /// 派生（fork）项目的名称。
    // E48
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub forked_project_name: Option<Nullable<String>>,
    /// 是否可以删除源分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_delete_source_branch: Option<bool>,
    /// 必需的评审人。
    // E53: only ever empty; items of unknown shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_reviewers: Option<Vec<AnyValue>>,
    /// 是否为 omega 模式。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omega_mode: Option<bool>,
    /// 根合并请求的锁定详情。
    // E51: only ever `null`; any JSON value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::common::AnyValue::present"
    )]
    pub root_mr_locked_detail: Option<AnyValue>,
    /// 源仓库的 Git 地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_git_url: Option<String>,
    /// 是否自动合并。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub auto_merge: Option<Nullable<bool>>,
}

/// 当前用户对合并请求的权限。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestPermissions {
    /// 当前用户是否可以合并。
    pub can_merge: bool,
}

/// 合并请求关联的 Issue（端到端关联）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct E2eIssue {
    /// 关联记录的id。
    pub id: i64,
    /// Issue 的类型。
    pub issue_type: i64,
    /// 被关联 Issue 的类型。
    // E59: only ever `null`; typed like `issue_type`.
    pub linked_issue_type: Nullable<i64>,
    /// Issue 的编号，例如 `issue100`。
    pub issue_num: String,
    /// 关联的提交。
    // E59: only ever `null`; typed as a commit SHA string.
    pub commit_id: Nullable<String>,
    /// 合并请求的id。
    pub merge_request_id: i64,
    /// 检查失败的原因。
    pub check_fail_reason: String,
    /// 检查结果。
    pub check_result: bool,
    /// Issue 的地址。
    pub issue_link: String,
    /// 关联的创建时间。
    pub created_at: String,
    /// MKS 的id。
    // E59: only ever `null`; an integer or a string.
    pub mks_id: Nullable<Id>,
    /// PBI 的id。
    // E59: only ever `null`; an integer or a string.
    pub pbi_id: Nullable<Id>,
    /// PBI 的名称。
    // E59: only ever `null`; typed as a string.
    pub pbi_name: Nullable<String>,
    /// 关联的来源。
    // E59: only ever `null`; typed as a string.
    pub source: Nullable<String>,
    /// Issue 所属项目的id。
    pub issue_project_id: i64,
    /// Issue 的标题。
    pub title: String,
    /// Issue 所属的项目。
    // E59: only ever `null`; an object of unknown shape.
    pub issue_project: Nullable<AnyObject>,
    /// 合并请求合并后是否自动关闭 Issue。
    pub auto_c_when_mr_merged: bool,
}

/// 合并请求（创建Pull Request 的响应中的形状）。
// E43: 创建Pull Request answers with a merge-request object of its own shape
// (`author`, `description`, `source_project`, `user` as permissions), not the
// `PullRequest` of the lists. Its one example carries every key, so all are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequest {
    /// 合并请求的id。
    pub id: i64,
    /// Pull Request 的 API 地址。
    pub url: String,
    /// Pull Request 页面的地址。
    pub html_url: String,
    /// 差异（diff）的地址。
    pub diff_url: String,
    /// 补丁（patch）的地址。
    pub patch_url: String,
    /// 关联 Issue 的 API 地址。
    pub issue_url: String,
    /// 提交列表的 API 地址。
    pub commits_url: String,
    /// 代码行评论的 API 地址模板。
    pub review_comments_url: String,
    /// 代码行评论的 API 地址。
    pub review_comment_url: String,
    /// 评论的 API 地址。
    pub comments_url: String,
    /// Pull Request 的序数（本仓库的第几个PR）。
    pub number: i64,
    /// 标题。
    pub title: String,
    /// 描述。
    pub description: String,
    /// 状态，例如 `opened`。
    // E42
    pub state: String,
    /// 创建时间。
    pub created_at: String,
    /// 更新时间。
    pub updated_at: String,
    /// 合并者。
    // E52: only ever `null`; typed as the user shape of this payload.
    pub merged_by: Nullable<UserBasic>,
    /// 合并时间。
    // E48
    pub merged_at: Nullable<String>,
    /// 关闭者。
    // E52
    pub closed_by: Nullable<UserBasic>,
    /// 关闭时间。
    // E48
    pub closed_at: Nullable<String>,
    /// 标题的 HTML。
    // E48
    pub title_html: Nullable<String>,
    /// 描述的 HTML。
    // E48
    pub description_html: Nullable<String>,
    /// 目标分支。
    pub target_branch: String,
    /// 源分支。
    pub source_branch: String,
    /// 扁平化（squash）合并的提交信息。
    // E48
    pub squash_commit_message: Nullable<String>,
    /// 用户评论数。
    pub user_notes_count: i64,
    /// 赞成数。
    pub upvotes: i64,
    /// 反对数。
    pub downvotes: i64,
    /// 创建者。
    pub author: UserBasic,
    /// 指派人。
    // E52
    pub assignee: Nullable<UserBasic>,
    /// 源项目的id。
    pub source_project_id: i64,
    /// 目标项目的id。
    pub target_project_id: i64,
    /// 标签。
    pub labels: Vec<Label>,
    /// 是否仍在进行中（WIP）。
    pub work_in_progress: bool,
    /// 里程碑。
    // E51
    pub milestone: Nullable<AnyObject>,
    /// 流水线成功后是否自动合并。
    pub merge_when_pipeline_succeeds: bool,
    /// 合并状态，例如 `unchecked`。
    pub merge_status: String,
    /// 源分支最新提交的 SHA。
    pub sha: String,
    /// 合并提交的 SHA。
    pub merge_commit_sha: Nullable<String>,
    /// 讨论是否已锁定。
    // E49
    pub discussion_locked: Nullable<bool>,
    /// 合并后是否删除源分支。
    pub should_remove_source_branch: bool,
    /// 是否强制删除源分支。
    pub force_remove_source_branch: bool,
    /// 是否允许协作。
    // E49
    pub allow_collaboration: Nullable<bool>,
    /// 是否允许维护者推送。
    // E49
    pub allow_maintainer_to_push: Nullable<bool>,
    /// 合并请求页面的地址。
    pub web_url: String,
    /// 时间统计。
    pub time_stats: TimeStats,
    /// 是否使用扁平化（squash）合并。
    pub squash: bool,
    /// 合并请求的类型，例如 `MergeRequest`。
    pub merge_request_type: String,
    /// 是否有预合并引用。
    pub has_pre_merge_ref: bool,
    /// 评审模式，例如 `approval`。
    pub review_mode: String,
    /// 源分支是否存在。
    pub is_source_branch_exist: bool,
    /// 审查人。
    pub approval_merge_request_reviewers: Vec<ApprovalUser>,
    /// 审批人。
    pub approval_merge_request_approvers: Vec<ApprovalUser>,
    /// 测试人。
    pub approval_merge_request_testers: Vec<ApprovalUser>,
    /// 源项目。
    pub source_project: Project,
    /// 目标项目。
    pub target_project: Project,
    /// 新增的行数。
    pub added_lines: i64,
    /// 删除的行数。
    pub removed_lines: i64,
    /// 当前用户是否已订阅。
    pub subscribed: bool,
    /// 变更的文件数（数字字符串）。
    // E34
    pub changes_count: String,
    /// 最近一次构建的开始时间。
    // E48
    pub latest_build_started_at: Nullable<String>,
    /// 最近一次构建的结束时间。
    // E48
    pub latest_build_finished_at: Nullable<String>,
    /// 首次部署到生产环境的时间。
    // E48
    pub first_deployed_to_production_at: Nullable<String>,
    /// 流水线。
    // E51
    pub pipeline: Nullable<AnyObject>,
    /// 差异的基准提交。
    pub diff_refs: DiffRefs,
    /// 合并失败的原因。
    // E48
    pub merge_error: Nullable<String>,
    /// 合并失败的原因（JSON 形式）。
    // E51
    pub json_merge_error: AnyValue,
    /// 是否正在变基。
    // E49
    pub rebase_in_progress: Nullable<bool>,
    /// 分叉的提交数。
    // E50
    pub diverged_commits_count: Nullable<i64>,
    /// 指派人列表。
    // E53: only ever empty; items of unknown shape.
    pub merge_request_assignee_list: Vec<AnyValue>,
    /// 评审人列表。
    // E53
    pub merge_request_reviewer_list: Vec<AnyValue>,
    /// 当前用户的权限。
    pub user: MergeRequestPermissions,
    /// 评审次数。
    pub merge_request_review_count: i64,
    /// 评审人数。
    pub merge_request_reviewers_count: i64,
    /// 评论数。
    pub notes: i64,
    /// 未解决的讨论数。
    pub unresolved_discussions_count: i64,
    /// 关联的 Issue。
    pub e2e_issues: Vec<E2eIssue>,
    /// 是否通过门禁检查。
    pub gate_check: bool,
    /// 最新流水线的id。
    // E50
    pub head_pipeline_id: Nullable<i64>,
    /// 流水线状态。
    pub pipeline_status: String,
    /// 代码质量检查状态，例如 `success`。
    pub codequality_status: String,
    /// 包含代码质量的流水线状态。
    pub pipeline_status_with_code_quality: String,
    /// 是否来自派生（fork）的项目。
    pub from_forked_project: bool,
    /// 派生（fork）项目的名称。
    // E48
    pub forked_project_name: Nullable<String>,
    /// 是否可以删除源分支。
    pub can_delete_source_branch: bool,
    /// 必需的评审人。
    // E53
    pub required_reviewers: Vec<AnyValue>,
    /// 是否为 omega 模式。
    pub omega_mode: bool,
    /// 根合并请求的锁定详情。
    // E51
    pub root_mr_locked_detail: AnyValue,
    /// 源仓库的 Git 地址。
    pub source_git_url: String,
    /// 是否自动合并。
    pub auto_merge: Nullable<bool>,
}

/// 合并PR的方法。
///
/// 允许值: `merge`（合并所有提交）、`squash`（扁平化分支合并）、`rebase`（变基并合并）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MergeMethod {
    /// 合并所有提交。
    Merge,
    /// 扁平化分支合并。
    Squash,
    /// 变基并合并。
    Rebase,
}

/// 合并Pull Request的请求参数。
// E19: the table's `body` parameters are sent as a JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct MergePullRequestRequest {
    /// 可选。合并PR的方法,merge(合并所有提交)、squash(扁平化分支合并)和rebase(变基并合并)。默认为merge。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "merge"))]
    pub merge_method: Option<MergeMethod>,
}

/// 合并Pull Request的结果。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeResult {
    /// 合并提交的 SHA。
    pub sha: String,
    /// 是否已合并。
    pub merged: bool,
    /// 结果信息。
    pub message: String,
}

/// 创建Pull Request的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreatePullRequestRequest {
    /// 必填。Pull Request 标题
    pub title: String,
    /// 必填。Pull Request 提交的源分支。格式:branch 或者:username:branch
    pub head: String,
    /// 必填。Pull Request 提交目标分支的名称
    pub base: String,
    /// 可选。Pull Request 内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// 可选。里程碑序号(id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_number: Option<i64>,
    /// 用逗号分开的标签,名称要求长度在 2-20 之间且非特殊字符。如: bug,performance
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// 可选。Pull Request的标题和内容可以根据指定的Issue Id自动填充
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// 可选。审查人员username,可多个,半角逗号分隔,如:(username1,username2), 注意: 当仓库代码审查设置中已设置【指派审查人员】则此选项无效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<String>,
    /// 可选。测试人员username,可多个,半角逗号分隔,如:(username1,username2), 注意: 当仓库代码审查设置中已设置【指派测试人员】则此选项无效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub testers: Option<String>,
    /// 可选。合并PR后是否删除源分支,默认false(不删除)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub prune_source_branch: Option<bool>,
    /// 是否设置为草稿
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// 接受 Pull Request 时使用扁平化(Squash)合并
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
    /// squash提交信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash_commit_message: Option<String>,
}

/// 更新Pull Request信息的请求参数。
// E19
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct UpdatePullRequestRequest {
    /// 可选。Pull Request 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 可选。Pull Request 内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// 可选。Pull Request 状态
    // E17: no values are listed; an open string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 可选。里程碑序号(id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_number: Option<i64>,
    /// 用逗号分开的标签,名称要求长度在 2-20 之间且非特殊字符。如: bug,performance
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// 是否设置为草稿
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
}

/// 更新Pull Request信息的响应：更新后的标题、内容、状态和时间。
// E44: the example shows only these five keys, not a whole pull request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UpdatePullRequestResponse {
    /// 标题。
    pub title: String,
    /// 内容。
    pub body: String,
    /// 状态，例如 `opened`。
    // E42
    pub state: String,
    /// 创建时间。
    pub created_at: String,
    /// 更新时间。
    pub updated_at: String,
}

/// 获取单个Pull Request 的 CURL 示例所发送的请求体：一个空的 JSON 对象。
// E30: the document's curl sends `--data-raw '{}'` with its GET (to another
// operation's URL); the body carries nothing and is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(deny_unknown_fields)]
pub struct EmptyRequest {}

endpoint! {
    /// 1. 获取Pull Request列表
    pub struct ListPullRequests {
        GET "/repos/{owner}/{repo}/pulls",
        id: "listPullRequests",
        summary: "获取Pull Request列表",
        source: "1. 获取Pull Request列表",
        path: RepoPath,
        query: ListPullRequestsQuery,
        // E70: no status is documented for a JSON response; 200.
        response: (200, "Pull Request 列表。", Vec<PullRequest>),
    }
}

endpoint! {
    /// 2. 合并Pull Request
    pub struct MergePullRequest {
        PUT "/repos/{owner}/{repo}/pulls/{number}/merge",
        id: "mergePullRequest",
        summary: "合并Pull Request",
        source: "2. 合并Pull Request",
        path: PullRequestPath,
        request: MergePullRequestRequest,
        // E19: every body parameter is optional, so the body may be omitted.
        request_optional: true,
        response: (200, "合并的结果。", MergeResult),
    }
}

endpoint! {
    /// 7. 创建Pull Request
    pub struct CreatePullRequest {
        POST "/repos/{owner}/{repo}/pulls",
        id: "createPullRequest",
        summary: "创建Pull Request",
        source: "7. 创建Pull Request",
        // E64: the example's URLs name two different pull requests; kept verbatim.
        path: RepoPath,
        request: CreatePullRequestRequest,
        // E69: the status is not documented; both 201 and 200 are declared.
        response: (201, "创建的 Pull Request。", MergeRequest),
        also: [
            (200, "创建的 Pull Request。", MergeRequest),
        ],
    }
}

endpoint! {
    /// 8. 更新Pull Request信息
    pub struct UpdatePullRequest {
        PATCH "/repos/{owner}/{repo}/pulls/{number}",
        id: "updatePullRequest",
        summary: "更新Pull Request信息",
        source: "8. 更新Pull Request信息",
        path: PullRequestPath,
        request: UpdatePullRequestRequest,
        // E19: every body row is optional.
        request_optional: true,
        response: (200, "更新后的 Pull Request 信息。", UpdatePullRequestResponse),
    }
}

endpoint! {
    /// 10. 获取单个Pull Request
    pub struct GetPullRequest {
        GET "/repos/{owner}/{repo}/pulls/{number}",
        id: "getPullRequest",
        summary: "获取单个Pull Request",
        source: "10. 获取单个Pull Request",
        path: PullRequestPath,
        // E30, E22: the curl names another operation's URL; the response example
        // carries placeholder values.
        request: EmptyRequest,
        request_optional: true,
        response: (200, "Pull Request。", PullRequest),
    }
}
