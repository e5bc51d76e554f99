//! 代码管理 › 合并请求: creating a change request (merge request) in a repository,
//! in the 中心版 (central) and Region版 (regional) path variants.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{OrganizationRepositoryPath, RepositoryPath, User, UserState};

/// The tag (document section) of these operations.
pub const TAG: &str = "合并请求";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "代码管理产品的合并请求 (change request) 资源。",
    source: "代码管理 › 合并请求 › 创建合并请求 › 请求语法",
    endpoints: &[
        EndpointRef::of::<CreateChangeRequest>(),
        EndpointRef::of::<CreateChangeRequestRegion>(),
    ],
};

// E12: the table's example of `reviewerUserIds`, repaired.
const REVIEWER_USER_IDS_EXAMPLE: [&str; 1] = ["62c795xxxb468af8"];

/// 创建合并请求的请求参数。
// E10: its documented examples are the JSON inside the curl commands' `--data`.
// E11: the table's body row (`- | object | body | 否`) marks the body optional, but
// five of its fields are required; the body is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "camelCase")]
pub struct CreateChangeRequestRequest {
    /// 描述,不超过10000个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 10000), example = &"mr description")]
    pub description: Option<String>,
    /// 评审人用户 ID 列表。
    // E12: the table's example is `[“62c795xxxb468af8”]` (curly quotes); the schema's
    // example is its straight-quoted JSON form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = REVIEWER_USER_IDS_EXAMPLE)]
    pub reviewer_user_ids: Option<Vec<String>>,
    /// 源分支。
    #[schemars(example = &"demo-branch")]
    pub source_branch: String,
    /// 源库 ID。
    #[schemars(example = 2813489)]
    pub source_project_id: i64,
    /// 目标分支。
    #[schemars(example = &"master")]
    pub target_branch: String,
    /// 目标库 ID。
    #[schemars(example = 2813489)]
    pub target_project_id: i64,
    /// 标题,不超过256个字符。
    #[schemars(length(max = 256), example = &"mr title")]
    pub title: String,
    /// 是否触发 AI 评审,默认 false。
    // "AI" keeps its capitals on the wire, which `camelCase` cannot produce.
    #[serde(
        default,
        rename = "triggerAIReviewRun",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("default" = false), example = false)]
    pub trigger_ai_review_run: Option<bool>,
    /// 关联工作项 ID 列表,以字符串形式逗号分隔。
    // E13: a "list" typed string: the IDs travel as one comma-separated string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"722200214032b6b31e6f1434ab,xxx")]
    pub work_item_ids: Option<String>,
}

/// 冲突检测状态:CHECKING - 检测中;HAS_CONFLICT - 有冲突;NO_CONFLICT - 无冲突;FAILED - 检测失败。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[schemars(example = &"NO_CONFLICT")]
pub enum ConflictCheckStatus {
    /// 检测中
    Checking,
    /// 有冲突
    HasConflict,
    /// 无冲突
    NoConflict,
    /// 检测失败
    Failed,
}

/// 创建来源:WEB - 页面创建;COMMAND_LINE - 命令行创建。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[schemars(example = &"WEB")]
pub enum CreateFrom {
    /// 页面创建
    Web,
    /// 命令行创建
    CommandLine,
}

/// 合并请求类型:CODE_REVIEW - 代码评审;REF_REVIEW - 分支标签评审。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[schemars(example = &"CODE_REVIEW")]
pub enum MrType {
    /// 代码评审
    CodeReview,
    /// 分支标签评审
    RefReview,
}

/// 评审意见:PASS - 通过;NOT_PASS - 不通过。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[schemars(example = &"PASS")]
pub enum ReviewOpinionStatus {
    /// 通过
    Pass,
    /// 不通过
    NotPass,
}

/// 合并请求状态:UNDER_DEV - 开发中;UNDER_REVIEW - 评审中;TO_BE_MERGED - 待合并;CLOSED - 已关闭;MERGED - 已合并。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[schemars(example = &"UNDER_REVIEW")]
pub enum ChangeRequestStatus {
    /// 开发中
    UnderDev,
    /// 评审中
    UnderReview,
    /// 待合并
    ToBeMerged,
    /// 已关闭
    Closed,
    /// 已合并
    Merged,
}

/// 评审人信息。
// The document gives the element of `reviewers` no name or description; it is the
// user shape plus the review state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Reviewer {
    /// 用户头像地址。
    #[schemars(example = &"https://example/example/w/100/h/100")]
    pub avatar: String,
    /// 用户邮箱。
    // E17: the row has no name cell; the name comes from the example.
    #[schemars(example = &"username@example.com")]
    pub email: String,
    /// 是否已经评论过。
    #[schemars(example = true)]
    pub has_commented: bool,
    /// 是否评审过。
    #[schemars(example = true)]
    pub has_reviewed: bool,
    /// 用户名称。
    #[schemars(example = &"codeup-name")]
    pub name: String,
    /// 评审意见:PASS - 通过;NOT_PASS - 不通过。
    // E20: a reviewer who has not reviewed yet has no opinion: absent or null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub review_opinion_status: Option<Nullable<ReviewOpinionStatus>>,
    /// 评审时间。
    // E20: absent or null before the reviewer reviews. E22: no date-time format.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    #[schemars(example = &"2024-10-05T15:30:45Z")]
    pub review_time: Option<Nullable<String>>,
    /// 用户状态:active - 激活可用;blocked - 阻塞暂不可用。
    pub state: UserState,
    /// 云效用户 ID。
    #[schemars(example = &"62c795xxxb468af8")]
    pub user_id: String,
    /// 用户登录名。
    #[schemars(example = &"codeup-username")]
    pub username: String,
}

/// 合并请求。
// E23: the response table has no required column and the one example carries
// every field, so every field is required except those E18 and E20 relax.
// E14, E15, E16: where the nested `author`, `reviewers` and `subscribers` blocks
// end is read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangeRequest {
    /// 源分支领先目标分支的 commit 数量。
    #[schemars(example = 1)]
    pub ahead: i64,
    /// 是否所有卡点项通过。
    #[schemars(example = true)]
    pub all_requirements_pass: bool,
    /// 用户信息。
    pub author: User,
    /// 目标分支领先源分支的 commit 数量。
    #[schemars(example = 1)]
    pub behind: i64,
    /// 是否能 Revert 或者 CherryPick。
    #[schemars(example = true)]
    pub can_revert_or_cherry_pick: bool,
    /// 冲突检测状态:CHECKING - 检测中;HAS_CONFLICT - 有冲突;NO_CONFLICT - 无冲突;FAILED - 检测失败。
    pub conflict_check_status: ConflictCheckStatus,
    /// 创建来源:WEB - 页面创建;COMMAND_LINE - 命令行创建。
    pub create_from: CreateFrom,
    /// 创建时间。
    // E22: a string with no stated format.
    #[schemars(example = &"2024-10-05T15:30:45Z")]
    pub create_time: String,
    /// 描述。
    #[schemars(example = &"mr description")]
    pub description: String,
    /// 合并请求详情地址。
    #[schemars(example = &"https://example.com/example/example_demo/change/1")]
    pub detail_url: String,
    /// 是否 Revert 过。
    #[schemars(example = false)]
    pub has_reverted: bool,
    /// 局部 ID。
    #[schemars(example = 1)]
    pub local_id: i64,
    /// 合并版本(提交 ID),仅已合并状态才有值。
    // E18: "has a value only when merged": otherwise absent or null.
    // E19: the example carries a value although its status is UNDER_REVIEW.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    #[schemars(example = &"6da8c14b5a9102998148b7ea35f96507d5304f74")]
    pub merged_revision: Option<Nullable<String>>,
    /// 合并请求类型:CODE_REVIEW - 代码评审;REF_REVIEW - 分支标签评审。
    pub mr_type: MrType,
    /// 代码库 ID。
    #[schemars(example = 2813489)]
    pub project_id: i64,
    /// 评审人列表。
    pub reviewers: Vec<Reviewer>,
    /// 源分支。
    #[schemars(example = &"demo-branch")]
    pub source_branch: String,
    /// 源库 ID。
    #[schemars(example = 2813489)]
    pub source_project_id: i64,
    /// 合并请求状态:UNDER_DEV - 开发中;UNDER_REVIEW - 评审中;TO_BE_MERGED - 待合并;CLOSED - 已关闭;MERGED - 已合并。
    pub status: ChangeRequestStatus,
    /// 订阅人列表。
    pub subscribers: Vec<User>,
    /// 是否支持 fast-forward-only。
    #[schemars(example = true)]
    pub support_merge_fast_forward_only: bool,
    /// 目标分支。
    #[schemars(example = &"master")]
    pub target_branch: String,
    /// 目标库 ID。
    #[schemars(example = 2813489)]
    pub target_project_id: i64,
    /// 目标库名称(含完整父路径)。
    ///
    /// (斜杠两侧有空格)
    // E21: the document's example value carries the note "(斜杠两侧有空格)"; the note
    // is the second paragraph above and the schema example is the value without it.
    #[schemars(example = &"60de7a6852743a5162b5f957 / DemoRepo")]
    pub target_project_name_with_namespace: String,
    /// 目标库路径(含完整父路径)。
    #[schemars(example = &"60de7a6852743a5162b5f957/DemoRepo")]
    pub target_project_path_with_namespace: String,
    /// 标题。
    #[schemars(example = &"mr title")]
    pub title: String,
    /// 总评论数。
    #[schemars(example = 1)]
    pub total_comment_count: i64,
    /// 未解决评论数。
    #[schemars(example = 1)]
    pub un_resolved_comment_count: i64,
    /// 更新时间。
    // E22: a string with no stated format.
    #[schemars(example = &"2024-10-05T15:30:45Z")]
    pub update_time: String,
    /// 页面地址。
    #[schemars(example = &"https://example.com/example/example_demo/change/1")]
    pub web_url: String,
}

const SUMMARY: &str = "创建合并请求";
const DESCRIPTION_CENTRAL: &str =
    "通过 OpenAPI 创建合并请求。\n\n适用版本：中心版。所需权限：代码管理 › 合并请求 › 读写。";
const DESCRIPTION_REGION: &str =
    "通过 OpenAPI 创建合并请求。\n\n适用版本：Region版。所需权限：代码管理 › 合并请求 › 读写。";
// E6: the document gives no status code for success; 200.
// E8: the one response example belongs to both operations.
// E7: errors are only referred to an external error-code centre; none is modelled.
const CREATED: &str = "创建的合并请求。";

// E1: the document glues the heading "Region版" to the end of this path.
endpoint! {
    /// 创建合并请求
    pub struct CreateChangeRequest {
        POST "/oapi/v1/codeup/organizations/{organizationId}/repositories/{repositoryId}/changeRequests",
        id: "createChangeRequest",
        summary: SUMMARY,
        description: DESCRIPTION_CENTRAL,
        source: "中心版",
        path: OrganizationRepositoryPath,
        request: CreateChangeRequestRequest,
        response: (200, CREATED, ChangeRequest),
    }
}

// E2: the document glues the heading "请求头" to the end of this path.
// E24: the parameter table's `organizationId` belongs to the 中心版 path only.
endpoint! {
    /// 创建合并请求
    pub struct CreateChangeRequestRegion {
        POST "/oapi/v1/codeup/repositories/{repositoryId}/changeRequests",
        id: "createChangeRequestRegion",
        summary: SUMMARY,
        description: DESCRIPTION_REGION,
        source: "Region版",
        path: RepositoryPath,
        request: CreateChangeRequestRequest,
        response: (200, CREATED, ChangeRequest),
    }
}
