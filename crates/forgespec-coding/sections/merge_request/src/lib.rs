//! 合并请求: merge requests of a depot: their commits, diffs, logs, reviewers, notes,
//! and creating, merging, closing, rebasing and listing them.
//!
//! The section's input tables list no `Action` row (E225) and several output tables
//! no `RequestId` row (E226); required input parameters follow E200 (E600).
//!
//! The section is split by subject into small modules; [`SECTION`] lists their
//! Actions in the document's order. The shapes several of them use (the user, the
//! merge status values, MergeRequestInfo and its reply) and the declaration of the
//! one-merge-request inputs are here.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

pub mod detail;
pub mod diff;
pub mod lifecycle;
pub mod list;
pub mod note;
pub mod reviewer;

use forgespec_core::{EndpointRef, Nullable, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of these operations.
pub const TAG: &str = "合并请求";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Merge requests of a depot: create, merge, close, rebase and list \
                    them; their commits, diffs, logs, participants, reviewers and notes.",
    source: "API REFERENCE › 合并请求",
    endpoints: &[
        EndpointRef::of::<diff::DescribeMergeRequestCommits>(),
        EndpointRef::of::<detail::DescribeMergeRequest>(),
        EndpointRef::of::<diff::DescribeMergeRequestFileDiff>(),
        EndpointRef::of::<detail::DescribeMergeRequestLog>(),
        EndpointRef::of::<lifecycle::CreateGitMergeReq>(),
        EndpointRef::of::<lifecycle::DescribeCanMerge>(),
        EndpointRef::of::<lifecycle::ModifyCloseMR>(),
        EndpointRef::of::<lifecycle::ModifyMergeMR>(),
        EndpointRef::of::<lifecycle::ModifyGitMergeRequestRebase>(),
        EndpointRef::of::<detail::DescribeGitMergeRequestParticipants>(),
        EndpointRef::of::<diff::DescribeGitMergeRequestDiffs>(),
        EndpointRef::of::<diff::DescribeGitMergeRequestDiffDetail>(),
        EndpointRef::of::<detail::DescribeGitMergeRequestsBySha>(),
        EndpointRef::of::<lifecycle::ModifyGitMergeRequest>(),
        EndpointRef::of::<list::DescribeDepotMergeRequests>(),
        EndpointRef::of::<list::DescribeProjectMergeRequests>(),
        EndpointRef::of::<list::DescribeSelfMergeRequests>(),
        EndpointRef::of::<reviewer::DescribeMergeRequestReviewers>(),
        EndpointRef::of::<reviewer::CreateMergeRequestReviewer>(),
        EndpointRef::of::<reviewer::DeleteMergeRequestReviewer>(),
        EndpointRef::of::<note::CreateMergeRequestNote>(),
        EndpointRef::of::<note::DeleteMergeRequestNote>(),
        EndpointRef::of::<note::DescribeSingeMergeRequestNotes>(),
        EndpointRef::of::<note::DescribeAllMergeRequestNotes>(),
    ],
};

/// User 参数详解
// E605: the reviewer Actions' `User 详情` table omits `Status`, which every example
// carries; one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestUser {
    /// 用户 Id
    pub id: i64,
    /// 团队 Id
    pub team_id: i64,
    /// 用户名
    pub name: String,
    /// 用户电子邮箱
    pub email: String,
    /// 全局 Key
    pub global_key: String,
    /// 用户状态
    // Only examples (INACTIVE, UNKNOWN, ""): a plain string.
    pub status: String,
    /// 用户图标
    pub avatar: String,
}

/// 合并状态值
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MergeRequestStatus {
    /// CANMERGE 状态可自动合并
    #[serde(rename = "CANMERGE")]
    CanMerge,
    /// ACCEPTED 状态已接受
    Accepted,
    /// CANNOTMERGE 状态不可自动合并
    #[serde(rename = "CANNOTMERGE")]
    CannotMerge,
    /// REFUSED 状态已拒绝(关闭)
    Refused,
    /// CANCEL 取消
    Cancel,
    /// MERGING 正在合并中
    Merging,
    /// ABNORMAL 状态异常
    Abnormal,
}

/// MergeRequestInfo 参数详解
// E602: `ActionAuthor` is not in the table; `Conflicts` is in no example.
// E603: `SourceBranch` typed bool, `MergeId` typed String.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestInfo {
    /// 描述,为 markdown 格式
    pub describe: String,
    /// 合并状态
    pub status: MergeRequestStatus,
    /// 合并标题
    pub title: String,
    /// 目标分支
    pub target_branch: String,
    /// 源分支
    // E603: typed bool; the examples send the branch name.
    pub source_branch: String,
    /// 项目ID
    pub project_id: i64,
    /// 创建时间
    pub created_at: i64,
    /// 更新时间
    pub updated_at: i64,
    /// 冲突
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<Vec<String>>,
    /// 目标分支提交id
    pub target_branch_sha: String,
    /// 源分支提交id
    pub source_branch_sha: String,
    /// 合并提交id
    pub merge_commit_sha: String,
    /// 合并请求id
    pub id: i64,
    /// 合并请求iid
    // E603: typed String; the examples send an integer.
    pub merge_id: i64,
    /// 合并时间
    pub action_at: i64,
    /// 合并人（表格未列出，见于示例）。
    // E602.
    pub action_author: MergeRequestUser,
    /// 创建者
    pub author: MergeRequestUser,
    /// 评论数
    pub comment_count: i64,
    /// 授权数
    pub granted: i64,
    /// 标签列表
    pub labels: Vec<String>,
    /// 合并请求 web 页面路径
    pub path: String,
    /// 评审者类表
    // E608: a typo of 评审者列表, kept verbatim.
    pub reviewers: Vec<MergeRequestUser>,
    /// 目标分支是否为保护分支
    pub target_branch_protected: bool,
    /// 是否提醒
    pub reminded: bool,
    /// 仓库ID
    pub depot_id: i64,
    /// 基础Sha
    pub base_sha: String,
    /// MR阻塞点
    pub sticking_point: String,
    /// 任务（CODING OpenAPI export）
    // E1401: a field only the export has; its examples send an empty Mission.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub mission: Option<Nullable<Mission>>,
}

/// 任务（CODING OpenAPI export）
// E1401: the export's Mission: every field nullable, none listed as returned
// always (E1105).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Mission {
    /// 返回码
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub code: Option<Nullable<i64>>,
    /// 连接
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub link: Option<Nullable<String>>,
    /// 目标id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub target_id: Option<Nullable<i64>>,
    /// 目标项目名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub target_project_name: Option<Nullable<String>>,
    /// 类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub target_type: Option<Nullable<String>>,
    /// 标题
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub title: Option<Nullable<String>>,
}

/// 合并请求详情输出参数：`MergeRequestInfo` 与 `RequestId`。
// E226: the output table has no RequestId row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestInfoResponse {
    /// 合并相关信息
    pub merge_request_info: MergeRequestInfo,
}

/// Declares the input parameters of an Action on one merge request: `Action`,
/// `DepotId` and `MergeId` (in the table's order), all required (E600); with
/// `depot_path`, also the export's `DepotPath`, and `DepotId` optional (E1400).
macro_rules! merge_request_input {
    ($(#[$meta:meta])* $name:ident for $endpoint:ident, $action:literal, depot_first, $depot:literal, $merge:literal) => {
        $(#[$meta])*
        // E600: DepotId and MergeId are required.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            #[doc = $action]
            // E225: the table has no Action row.
            pub action: Action<$endpoint>,
            #[doc = $depot]
            pub depot_id: i64,
            #[doc = $merge]
            pub merge_id: i64,
        }
    };
    // The export's form (E1400): DepotId or DepotPath identifies the depot.
    ($(#[$meta:meta])* $name:ident for $endpoint:ident, $action:literal, depot_first, $depot:literal, $merge:literal, depot_path: $path:literal) => {
        $(#[$meta])*
        // E600: MergeId is required. E1400: DepotId, which E600 made required, is
        // optional beside the export's DepotPath.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            #[doc = $action]
            // E225: the table has no Action row.
            pub action: Action<$endpoint>,
            #[doc = $depot]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub depot_id: Option<i64>,
            #[doc = $merge]
            pub merge_id: i64,
            #[doc = $path]
            // E1400: the depot by its path, the alternative to DepotId.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub depot_path: Option<String>,
        }
    };
    ($(#[$meta:meta])* $name:ident for $endpoint:ident, $action:literal, merge_first, $depot:literal, $merge:literal, depot_path: $path:literal) => {
        $(#[$meta])*
        // E600: MergeId is required. E1400: DepotId, which E600 made required, is
        // optional beside the export's DepotPath.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            #[doc = $action]
            // E225: the table has no Action row.
            pub action: Action<$endpoint>,
            #[doc = $merge]
            pub merge_id: i64,
            #[doc = $depot]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub depot_id: Option<i64>,
            #[doc = $path]
            // E1400: the depot by its path, the alternative to DepotId.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub depot_path: Option<String>,
        }
    };
    ($(#[$meta:meta])* $name:ident for $endpoint:ident, $action:literal, merge_first, $depot:literal, $merge:literal) => {
        $(#[$meta])*
        // E600: DepotId and MergeId are required.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            #[doc = $action]
            // E225: the table has no Action row.
            pub action: Action<$endpoint>,
            #[doc = $merge]
            pub merge_id: i64,
            #[doc = $depot]
            pub depot_id: i64,
        }
    };
}
pub(crate) use merge_request_input;
