//! Pull requests themselves: 1. 获取Pull Request列表, 2. 合并Pull Request,
//! 7. 创建Pull Request, 8. 更新Pull Request信息, 10. 获取单个Pull Request.
//!
//! The document has no field tables; every response field here is read off its
//! examples, and those descriptions are ours (E43). Parameter descriptions are the
//! document's.
//!
//! One module per numbered operation. The pull request that 1. 获取Pull Request列表,
//! 10. 获取单个Pull Request and 22. 企业 Pull Request 列表 answer with, and its parts,
//! are here.

pub mod create;
pub mod get;
pub mod list;
pub mod merge;
pub mod update;

use forgespec_core::Nullable;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{AnyObject, AnyValue};
use crate::pulls::labels::Label;
use crate::pulls::projects::Repository;
use crate::pulls::users::{ApprovalUser, Assignee, User};

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
