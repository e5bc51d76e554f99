//! 合并请求: merge requests of a depot: their commits, diffs, logs, reviewers, notes,
//! and creating, merging, closing, rebasing and listing them.
//!
//! The section's input tables list no `Action` row (E225) and several output tables
//! no `RequestId` row (E226); required input parameters follow E200 (E600).

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};
use crate::git::GitRequestIdResponse;

/// The tag (document section) of these operations.
pub const TAG: &str = "合并请求";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub const SECTION: Section = Section {
    tag: TAG,
    description: "Merge requests of a depot: create, merge, close, rebase and list \
                    them; their commits, diffs, logs, participants, reviewers and notes.",
    source: "API REFERENCE › 合并请求",
    endpoints: &[
        EndpointRef::of::<DescribeMergeRequestCommits>(),
        EndpointRef::of::<DescribeMergeRequest>(),
        EndpointRef::of::<DescribeMergeRequestFileDiff>(),
        EndpointRef::of::<DescribeMergeRequestLog>(),
        EndpointRef::of::<CreateGitMergeReq>(),
        EndpointRef::of::<DescribeCanMerge>(),
        EndpointRef::of::<ModifyCloseMR>(),
        EndpointRef::of::<ModifyMergeMR>(),
        EndpointRef::of::<ModifyGitMergeRequestRebase>(),
        EndpointRef::of::<DescribeGitMergeRequestParticipants>(),
        EndpointRef::of::<DescribeGitMergeRequestDiffs>(),
        EndpointRef::of::<DescribeGitMergeRequestDiffDetail>(),
        EndpointRef::of::<DescribeGitMergeRequestsBySha>(),
        EndpointRef::of::<ModifyGitMergeRequest>(),
        EndpointRef::of::<DescribeDepotMergeRequests>(),
        EndpointRef::of::<DescribeProjectMergeRequests>(),
        EndpointRef::of::<DescribeSelfMergeRequests>(),
        EndpointRef::of::<DescribeMergeRequestReviewers>(),
        EndpointRef::of::<CreateMergeRequestReviewer>(),
        EndpointRef::of::<DeleteMergeRequestReviewer>(),
        EndpointRef::of::<CreateMergeRequestNote>(),
        EndpointRef::of::<DeleteMergeRequestNote>(),
        EndpointRef::of::<DescribeSingeMergeRequestNotes>(),
        EndpointRef::of::<DescribeAllMergeRequestNotes>(),
    ],
};

// ---------------------------------------------------------------- shared shapes

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
}

/// 合并请求详情输出参数：`MergeRequestInfo` 与 `RequestId`。
// E226: the output table has no RequestId row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestInfoResponse {
    /// 合并相关信息
    pub merge_request_info: MergeRequestInfo,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

/// Declares the input parameters of an Action on one merge request: `Action`,
/// `DepotId` and `MergeId` (in the table's order), all required (E600).
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

// ---------------------------------------------------------------- DescribeMergeRequestCommits

merge_request_input!(
    /// 获取合并请求提交记录：输入参数。
    DescribeMergeRequestCommitsRequest for DescribeMergeRequestCommits,
    "公共参数,本接口取值:DescribeMergeRequestCommits",
    merge_first,
    "仓库 id",
    "合并请求 id"
);

/// Commiter 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestCommiter {
    /// email 地址
    pub email: String,
    /// 姓名
    pub name: String,
}

/// Commit：参数详解
// E614: the table is headed 参数详解 only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestCommit {
    /// 提交消息
    pub short_message: String,
    /// 提交 sha 值
    pub sha: String,
    /// 提交时间戳
    pub commit_date: i64,
    /// 提交者
    pub commiter: MergeRequestCommiter,
}

/// 获取合并请求提交记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestCommitsResponse {
    /// 请求提交列表
    // E601: typed Commit; the example sends an array.
    pub commits: Vec<MergeRequestCommit>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeMergeRequest

merge_request_input!(
    /// 查询合并请求详情：输入参数。
    DescribeMergeRequestRequest for DescribeMergeRequest,
    "公共参数,本接口取值:DescribeMergeRequest",
    merge_first,
    "仓库 id",
    "合并请求 id"
);

// ---------------------------------------------------------------- DescribeMergeRequestFileDiff

merge_request_input!(
    /// 获取合并请求文件修改记录：输入参数。
    DescribeMergeRequestFileDiffRequest for DescribeMergeRequestFileDiff,
    "公共参数,本接口取值:DescribeMergeRequestFileDiff",
    merge_first,
    "仓库 id",
    "合并请求 id"
);

/// ChangeType 参数详情
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MrFileChangeType {
    /// ADD 添加
    Add,
    /// MODIFY 修改
    Modify,
    /// DELETE 删除
    Delete,
    /// REPLACE 替换
    Replace,
}

/// DifferentLine 参数详情
// E604: the table repeats its header row; `Prefix` is typed Integer but sent as a
// string. E607: also the undefined `Line` of GitDiff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DifferentLine {
    /// 排序号,由小到大递增
    pub index: i64,
    /// 操作起始行号
    pub left_no: i64,
    /// 操作方式:"+"表示新增,"-"表示删除," "表示不变
    // E604: a string.
    pub prefix: String,
    /// 操作结束行号
    pub right_no: i64,
    /// 文本
    pub text: String,
}

/// FileDiff 参数详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct FileDiff {
    /// 操作类型
    pub change_type: MrFileChangeType,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
    /// objectId
    pub object_id: String,
    /// 文件路径
    pub path: String,
    /// 文件差异
    pub diff_lines: Vec<DifferentLine>,
}

/// MergeRequestFileDiff 参数详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestFileDiff {
    /// 文件差别列表
    // E601: typed FileDiff; the example sends an array.
    pub file_diffs: Vec<FileDiff>,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
    /// 旧请求的 sha 值
    pub old_sha: String,
    /// 新请求的 sha 值
    pub new_sha: String,
}

/// 获取合并请求文件修改记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestFileDiffResponse {
    /// 文件修改记录
    pub merge_request_file_diff: MergeRequestFileDiff,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeMergeRequestLog

merge_request_input!(
    /// 获取合并请求操作记录：输入参数。
    DescribeMergeRequestLogRequest for DescribeMergeRequestLog,
    "公共参数,本接口取值:DescribeMergeRequestLog",
    merge_first,
    "仓库 id",
    "合并请求 id"
);

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateGitMergeReq

/// 创建 merge 请求：输入参数。
// E600: DepotId, Title, SrcBranch and DestBranch are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeReqRequest {
    /// 公共参数,本接口取值:CreateGitMergeReq
    // E225.
    pub action: Action<CreateGitMergeReq>,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求标题
    pub title: String,
    /// 评审者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<String>,
    /// 合并请求内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 源分支
    pub src_branch: String,
    /// 目标分支
    pub dest_branch: String,
}

/// MergeInfo 参数详解
// E606: `MergeRequestUrl` is in no example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeInfo {
    /// 项目 Id
    pub project_id: i64,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求 IId
    pub merge_request_id: i64,
    /// 合并请求 web 地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_url: Option<String>,
    /// 合并请求详情
    pub merge_request_info: MergeRequestInfo,
}

/// 创建 merge 请求：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitMergeReqResponse {
    /// Merge信息
    pub merge_info: MergeInfo,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeCanMerge

/// 获取分支的合并状态：输入参数。
// E600: all three are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCanMergeRequest {
    /// 公共参数,本接口取值:DescribeCanMerge
    // E225.
    pub action: Action<DescribeCanMerge>,
    /// 仓库 id
    pub depot_id: i64,
    /// 源分支
    pub source: String,
    /// 目标分支
    pub target: String,
}

/// 合入状态 (NOT_MERGEABLE, FAILED, ALREADY_MERGED, MERGEABLE, MERGED, NO_MERGE_BASE)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MrMergeStatus {
    /// NOT_MERGEABLE
    NotMergeable,
    /// FAILED
    Failed,
    /// ALREADY_MERGED
    AlreadyMerged,
    /// MERGEABLE
    Mergeable,
    /// MERGED
    Merged,
    /// NO_MERGE_BASE
    NoMergeBase,
}

/// 获取分支的合并状态：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCanMergeResponse {
    /// 合入状态 (NOT_MERGEABLE, FAILED, ALREADY_MERGED, MERGEABLE, MERGED, NO_MERGE_BASE)
    pub merge_status: MrMergeStatus,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyCloseMR

/// 关闭合并请求：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCloseMRRequest {
    /// 公共参数,本接口取值:ModifyCloseMR
    // E225.
    pub action: Action<ModifyCloseMR>,
    /// 仓库 id
    pub depot_id: i64,
    /// 合并请求id
    pub merge_id: i64,
}

// ---------------------------------------------------------------- ModifyMergeMR

/// 合入合并请求：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyMergeMRRequest {
    /// 公共参数,本接口取值:ModifyMergeMR
    // E225.
    pub action: Action<ModifyMergeMR>,
    /// 仓库 id
    pub depot_id: i64,
    /// 合并请求 id
    pub merge_id: i64,
    /// 请求合入信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 是否删除源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_del_source_branch: Option<bool>,
    /// 是否启用 fastForward 模式
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_fast_forward: Option<bool>,
    /// 是否合并多个 commit 记录
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash: Option<bool>,
}

// ---------------------------------------------------------------- ModifyGitMergeRequestRebase

merge_request_input!(
    /// 合并请求中的源分支进行rebase操作：输入参数。
    ModifyGitMergeRequestRebaseRequest for ModifyGitMergeRequestRebase,
    "公共参数,本接口取值:ModifyGitMergeRequestRebase",
    depot_first,
    "仓库 Id",
    "合并请求 IId"
);

// ---------------------------------------------------------------- DescribeGitMergeRequestParticipants

merge_request_input!(
    /// 查询合并请求的参与者：输入参数。
    DescribeGitMergeRequestParticipantsRequest for DescribeGitMergeRequestParticipants,
    "公共参数,本接口取值:DescribeGitMergeRequestParticipants",
    depot_first,
    "仓库 Id",
    "合并请求 IId"
);

/// 查询合并请求的参与者：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestParticipantsResponse {
    /// 参与者列表
    pub participants: Vec<MergeRequestUser>,
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeGitMergeRequestDiffs

merge_request_input!(
    /// 查询合并请求 diff 信息的文件列表：输入参数。
    DescribeGitMergeRequestDiffsRequest for DescribeGitMergeRequestDiffs,
    "公共参数,本接口取值:DescribeGitMergeRequestDiffs",
    depot_first,
    "仓库 Id",
    "合并请求 IId"
);

/// MrDiffFile 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrDiffFile {
    /// 文件路径
    pub path: String,
    /// 文件对应的 blob Id
    pub blob_sha: String,
    /// 文件大小(字节)
    pub size: i64,
    /// 文件改动类型
    // No values listed here (and GitDiff's example writes `add`): a plain string.
    pub change_type: String,
    /// 文件删除的行数
    pub deletions: i64,
    /// 文件新增的行数
    pub insertions: i64,
}

/// MrDiff 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrDiff {
    /// diff 信息是否过多,不宜于展示
    pub is_large: bool,
    /// 一共新增行数
    pub insertions: i64,
    /// 一共减少行数
    pub deletions: i64,
    /// 目标分支对应的Sha值
    pub old_sha: String,
    /// 源分支对应的Sha值
    pub new_sha: String,
    /// 标签信息
    // E608: a description copied from elsewhere, kept verbatim: these are the
    // changed files.
    pub paths: Vec<MrDiffFile>,
}

/// 查询合并请求 diff 信息的文件列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffsResponse {
    /// diff 信息概览
    pub diff: MrDiff,
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeGitMergeRequestDiffDetail

/// 查询合并请求文件的 diff 详情：输入参数。
// E600: DepotId, MergeId and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffDetailRequest {
    /// 公共参数,本接口取值:DescribeGitMergeRequestDiffDetail
    // E225.
    pub action: Action<DescribeGitMergeRequestDiffDetail>,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 文件路径
    pub path: String,
}

/// GitDiff 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrGitDiff {
    /// 文件路径
    pub path: String,
    /// diff内容
    pub content: String,
    /// 页面展示diff信息的集合
    // E607: `Line` is not defined; its example is DifferentLine's shape.
    pub lines: Vec<DifferentLine>,
    /// 修改后文件权限
    pub new_mode: String,
    /// 修改前文件权限
    pub old_mode: String,
    /// 文件修改类型
    pub change_type: String,
    /// 文件新增行数
    pub insertions: i64,
    /// 文件删除行数
    pub deletions: i64,
}

/// 查询合并请求文件的 diff 详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffDetailResponse {
    /// 合并请求某文件的diff信息
    pub detail: MrGitDiff,
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeGitMergeRequestsBySha

/// 查询含有某次提交的合并请求：输入参数。
// E600: DepotId and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestsByShaRequest {
    /// 公共参数,本接口取值:DescribeGitMergeRequestsBySha
    // E225.
    pub action: Action<DescribeGitMergeRequestsBySha>,
    /// 仓库 Id
    pub depot_id: i64,
    /// 提交 Id
    pub sha: String,
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
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyGitMergeRequest

/// 修改合并请求的标题和描述信息：输入参数。
// E600: DepotId and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeRequestRequest {
    /// 公共参数,本接口取值:ModifyGitMergeRequest
    // E225.
    pub action: Action<ModifyGitMergeRequest>,
    /// 仓库 Id
    pub depot_id: i64,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 合并请求标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 合并请求描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// 修改合并请求的标题和描述信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitMergeRequestResponse {
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
    /// 合并相关信息
    pub merge_request_info: MergeRequestInfo,
}

// ---------------------------------------------------------------- merge request lists

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
    pub des_branch: String,
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
    pub src_branch: String,
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
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

/// 查询仓库下的合并请求列表：输入参数。
// E600: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotMergeRequestsRequest {
    /// 公共参数,本接口取值:DescribeDepotMergeRequests
    // E225.
    pub action: Action<DescribeDepotMergeRequests>,
    /// 仓库 Id
    pub depot_id: i64,
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
}

/// 查询项目下的合并请求列表：输入参数。
// E600: ProjectId is required. E611: the example sends CreatorGlobalKey,
// MergerGlobalKey and ReviewerGlobalKey (strings) instead of the table's lists;
// both are accepted.
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
}

// ---------------------------------------------------------------- reviewers

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
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
    pub depot_id: i64,
    /// 合并请求资源ID (页面合并请求列表中 #数字)
    pub merge_id: i64,
    /// 用户全局 Key
    pub reviewer_global_key: String,
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
    pub depot_id: i64,
    /// 合并请求资源ID (页面合并请求列表中 #数字)
    pub merge_id: i64,
    /// 用户全局 Key
    pub reviewer_global_key: String,
}

// ---------------------------------------------------------------- notes

/// MergeRequestDiffNoteForm：创建Diff信息行评论表单
// E612: not defined; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestDiffNoteForm {
    /// 评论所在的提交 Id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_sha: Option<String>,
    /// 评论所在的 diff 信息行数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// 评论所在的改动文件路径。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// MergeRequestNote：参数详解
// E614.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNote {
    /// 行评论的Id
    pub id: i64,
    /// 行评论内容
    pub content: String,
    /// 行评论用户
    pub author: MergeRequestUser,
    /// 行评论创建时间
    pub created_at: i64,
    /// 行评论更新时间
    pub updated_at: i64,
    /// 合并请求的Iid
    pub merge_id: i64,
    /// 子评论的父Id
    pub parent_id: i64,
    /// 提交Id
    pub commit_sha: String,
    /// diff信息中的行数
    pub index: i64,
    /// 改动文件路径
    pub path: String,
}

/// MergeRequestNoteList：一组评论（一条评论及其回复）。
// E613: not defined; each example item is `{"Note": [MergeRequestNote…]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNoteList {
    /// 该组的评论。
    pub note: Vec<MergeRequestNote>,
}

/// 创建合并请求评论：输入参数。
// E600: DepotPath, Content and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMergeRequestNoteRequest {
    /// 公共参数,本接口取值:CreateMergeRequestNote
    // E225.
    pub action: Action<CreateMergeRequestNote>,
    /// 仓库路径
    pub depot_path: String,
    /// 创建Diff信息行评论表单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<MergeRequestDiffNoteForm>,
    /// 行评论内容
    pub content: String,
    /// 合并请求 id
    pub merge_id: i64,
    /// 行评论的父亲Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

/// 合并请求评论 Actions 的输出参数：`Note` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNoteResponse {
    /// 合并请求评论
    pub note: MergeRequestNote,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

/// 删除合并请求评论：输入参数。
// E600: all three are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteMergeRequestNoteRequest {
    /// 公共参数,本接口取值:DeleteMergeRequestNote
    // E225.
    pub action: Action<DeleteMergeRequestNote>,
    /// 仓库路径
    pub depot_path: String,
    /// 行评论Id
    pub line_note_id: i64,
    /// 合并请求的Iid
    pub merge_id: i64,
}

/// 获取单个合并请求评论：输入参数。
// E600: both are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSingeMergeRequestNotesRequest {
    /// 公共参数,本接口取值:DescribeSingeMergeRequestNotes
    // E225.
    pub action: Action<DescribeSingeMergeRequestNotes>,
    /// 仓库路径
    pub depot_path: String,
    /// 合并请求的Iid
    pub merge_id: i64,
}

/// 合并请求评论列表 Actions 的输出参数：`Notes` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNotesResponse {
    /// 合并请求评论列表
    // E613.
    pub notes: Vec<MergeRequestNoteList>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    // E226.
    pub request_id: String,
}

/// 获取所有合并请求评论：输入参数。
// E600: DepotPath is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllMergeRequestNotesRequest {
    /// 公共参数,本接口取值:DescribeAllMergeRequestNotes
    // E225.
    pub action: Action<DescribeAllMergeRequestNotes>,
    /// 仓库路径
    pub depot_path: String,
    /// 合并请求的Iid列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_ids: Option<Vec<i64>>,
    /// 合并请求的状态列表
    // The 合并状态值 table follows this Action's tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mr_statuses: Option<Vec<MergeRequestStatus>>,
    /// 合并请求的发起者列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter_ids: Option<Vec<i64>>,
    /// 开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_start_date: Option<String>,
    /// 结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_end_date: Option<String>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

// ---------------------------------------------------------------- operations

actions! {
    /// 获取合并请求提交记录
    DescribeMergeRequestCommits {
        summary: "获取合并请求提交记录",
        source: "获取合并请求提交记录",
        request: DescribeMergeRequestCommitsRequest,
        response: DescribeMergeRequestCommitsResponse,
    }

    /// 查询合并请求详情
    DescribeMergeRequest {
        summary: "查询合并请求详情",
        source: "查询合并请求详情",
        request: DescribeMergeRequestRequest,
        response: MergeRequestInfoResponse,
    }

    /// 获取合并请求文件修改记录
    DescribeMergeRequestFileDiff {
        summary: "获取合并请求文件修改记录",
        source: "获取合并请求文件修改记录",
        request: DescribeMergeRequestFileDiffRequest,
        response: DescribeMergeRequestFileDiffResponse,
    }

    /// 获取合并请求操作记录
    DescribeMergeRequestLog {
        summary: "获取合并请求操作记录",
        source: "获取合并请求操作记录",
        request: DescribeMergeRequestLogRequest,
        response: DescribeMergeRequestLogResponse,
    }

    /// 创建 merge 请求
    CreateGitMergeReq {
        summary: "创建 merge 请求",
        source: "创建 merge 请求",
        request: CreateGitMergeReqRequest,
        response: CreateGitMergeReqResponse,
    }

    /// 获取分支的合并状态
    DescribeCanMerge {
        summary: "获取分支的合并状态",
        source: "获取分支的合并状态",
        request: DescribeCanMergeRequest,
        response: DescribeCanMergeResponse,
    }

    /// 关闭合并请求
    ModifyCloseMR {
        summary: "关闭合并请求",
        source: "关闭合并请求",
        request: ModifyCloseMRRequest,
        // E226: no output table.
        response: RequestIdResponse,
    }

    /// 合入合并请求
    ModifyMergeMR {
        summary: "合入合并请求",
        source: "合入合并请求",
        request: ModifyMergeMRRequest,
        response: MergeRequestInfoResponse,
    }

    /// 合并请求中的源分支进行rebase操作
    ModifyGitMergeRequestRebase {
        summary: "合并请求中的源分支进行rebase操作",
        source: "合并请求中的源分支进行rebase操作",
        request: ModifyGitMergeRequestRebaseRequest,
        response: GitRequestIdResponse,
    }

    /// 查询合并请求的参与者
    DescribeGitMergeRequestParticipants {
        summary: "查询合并请求的参与者",
        source: "查询合并请求的参与者",
        request: DescribeGitMergeRequestParticipantsRequest,
        response: DescribeGitMergeRequestParticipantsResponse,
    }

    /// 查询合并请求 diff 信息的文件列表
    DescribeGitMergeRequestDiffs {
        summary: "查询合并请求 diff 信息的文件列表",
        source: "查询合并请求 diff 信息的文件列表",
        request: DescribeGitMergeRequestDiffsRequest,
        response: DescribeGitMergeRequestDiffsResponse,
    }

    /// 查询合并请求文件的 diff 详情
    DescribeGitMergeRequestDiffDetail {
        summary: "查询合并请求文件的 diff 详情",
        source: "查询合并请求文件的 diff 详情",
        request: DescribeGitMergeRequestDiffDetailRequest,
        response: DescribeGitMergeRequestDiffDetailResponse,
    }

    /// 查询含有某次提交的合并请求
    DescribeGitMergeRequestsBySha {
        summary: "查询含有某次提交的合并请求",
        source: "查询含有某次提交的合并请求",
        request: DescribeGitMergeRequestsByShaRequest,
        response: DescribeGitMergeRequestsByShaResponse,
    }

    /// 修改合并请求的标题和描述信息
    ModifyGitMergeRequest {
        summary: "修改合并请求的标题和描述信息",
        source: "修改合并请求的标题和描述信息",
        request: ModifyGitMergeRequestRequest,
        response: ModifyGitMergeRequestResponse,
    }

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

    /// 创建合并请求评论
    CreateMergeRequestNote {
        summary: "创建合并请求评论",
        source: "创建合并请求评论",
        request: CreateMergeRequestNoteRequest,
        response: MergeRequestNoteResponse,
    }

    /// 删除合并请求评论
    DeleteMergeRequestNote {
        summary: "删除合并请求评论",
        source: "删除合并请求评论",
        request: DeleteMergeRequestNoteRequest,
        response: MergeRequestNoteResponse,
    }

    // E615: the Action's name is misspelt in the document and on the wire.
    /// 获取单个合并请求评论
    DescribeSingeMergeRequestNotes {
        summary: "获取单个合并请求评论",
        source: "获取单个合并请求评论",
        request: DescribeSingeMergeRequestNotesRequest,
        response: MergeRequestNotesResponse,
    }

    /// 获取所有合并请求评论
    DescribeAllMergeRequestNotes {
        summary: "获取所有合并请求评论",
        source: "获取所有合并请求评论",
        request: DescribeAllMergeRequestNotesRequest,
        response: MergeRequestNotesResponse,
    }
}
