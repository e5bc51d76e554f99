//! 7. 创建Pull Request: the request, and the merge request it answers with.

use forgespec_core::{New, Nullable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{DiffRefs, TimeStats};
use crate::common::{AnyObject, AnyValue, Id};
use crate::pulls::RepoPath;
use crate::pulls::labels::Label;
use crate::pulls::projects::Project;
use crate::pulls::users::{ApprovalUser, UserBasic};

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
