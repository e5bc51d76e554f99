//! Service Hook: hooks that send a project's events to a web hook, WeCom, DingDing, Jenkins or FeiShu, the events they can send, and their send log.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! Service Hook 相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Nullable, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "Service Hook 相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Service Hooks: sending a project's events to a web hook, WeCom, DingDing, Jenkins or FeiShu; the events; the send log. Described only by CODING's OpenAPI export.",
    source: "CODING OpenAPI export › Service Hook 相关接口",
    endpoints: &[
        EndpointRef::of::<DescribeEvents>(),
        EndpointRef::of::<EnabledServiceHook>(),
        EndpointRef::of::<ModifyServiceHook>(),
        EndpointRef::of::<DescribeServiceHooks>(),
        EndpointRef::of::<CreateServiceHook>(),
        EndpointRef::of::<DeleteServiceHook>(),
        EndpointRef::of::<DescribeServiceHookLogs>(),
        EndpointRef::of::<DescribeServiceHook>(),
        EndpointRef::of::<PingServiceHook>(),
        EndpointRef::of::<ResendServiceHookLog>(),
    ],
};

/// 事件名，取值范围：ITERATION_CREATED,ITERATION_DELETED,ITERATION_UPDATED,ISSUE_CREATED,ISSUE_DELETED,ISSUE_COMMENT_CREATED,ISSUE_STATUS_UPDATED,ISSUE_ASSIGNEE_CHANGED,ISSUE_ITERATION_CHANGED,ISSUE_RELATIONSHIP_CHANGED,ISSUE_UPDATED,GIT_PUSHED,GIT_MR_CREATED,GIT_MR_UPDATED,GIT_MR_MERGED,GIT_MR_CLOSED,ARTIFACTS_VERSION_CREATED,ARTIFACTS_VERSION_UPDATED,ARTIFACTS_VERSION_DOWNLOADED,ARTIFACTS_VERSION_DELETED,ARTIFACTS_VERSION_RELEASED,ARTIFACTS_VERSION_DOWNLOAD_FORBIDDEN,ARTIFACTS_VERSION_DOWNLOAD_ALLOWED,ARTIFACTS_VERSION_DOWNLOAD_BLOCKED,ARTIFACTS_REPO_CREATED,ARTIFACTS_REPO_UPDATED,ARTIFACTS_REPO_DELETED,CI_JOB_CREATED,CI_JOB_UPDATED,CI_JOB_DELETED,CI_JOB_STARTED,CI_JOB_FINISHED,FILE_CREATED,FILE_UPDATED,FILE_RENAMED,FILE_SHARE_UPDATED,FILE_MOVED,FILE_COPIED,FILE_MOVED_TO_RECYCLE_BIN,FILE_RESTORED_FROM_RECYCLE_BIN,FILE_DELETED,WIKI_CREATED,WIKI_UPDATED,WIKI_MOVED,WIKI_SHARE_UPDATED,WIKI_ACCESS_UPDATED,WIKI_COPIED,WIKI_MOVED_TO_RECYCLE_BIN,WIKI_RESTORED_FROM_RECYCLE_BIN,WIKI_DELETED,MEMBER_CREATED,MEMBER_DELETED,MEMBER_ROLE_UPDATED,TEST_PLAN_CREATED,TEST_PLAN_UPDATED,TEST_PLAN_FINISHED,TEST_TASK_ASSIGNED,TEST_REPORT_CREATED,FLEXIBLE_TESTX_REVIEW_CREATED,FLEXIBLE_TESTX_REVIEW_COMMENTED,FLEXIBLE_TESTX_REVIEW_UPDATED,FLEXIBLE_TESTX_REVIEW_COMPLETED,FLEXIBLE_TESTX_PLAN_CREATED,FLEXIBLE_TESTX_PLAN_TASK_ASSIGNED,FLEXIBLE_TESTX_PLAN_UPDATED,FLEXIBLE_TESTX_PLAN_FINISHED,FLEXIBLE_TESTX_REPORT_CREATED,CODE_DOG_CREATE_JOB,CODE_DOG_RESULT_NOTIFY,PLAN_CREATED,PLAN_DELETED,PLAN_COMMENT_CREATED,PLAN_STATUE_CHANGED,PLAN_ASSIGNEE_CHANGED,PLAN_UPDATED,RISK_CREATED,RISK_DELETED,RISK_COMMENT_CREATED,RISK_STATUS_CHANGED,RISK_ASSIGNEE_CHANGED,RISK_UPDATED
// E1211: the values of the description, which the `enum` on the array repeats
// incompletely (eight fewer, one twice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EventName {
    /// ITERATION_CREATED
    IterationCreated,
    /// ITERATION_DELETED
    IterationDeleted,
    /// ITERATION_UPDATED
    IterationUpdated,
    /// ISSUE_CREATED
    IssueCreated,
    /// ISSUE_DELETED
    IssueDeleted,
    /// ISSUE_COMMENT_CREATED
    IssueCommentCreated,
    /// ISSUE_STATUS_UPDATED
    IssueStatusUpdated,
    /// ISSUE_ASSIGNEE_CHANGED
    IssueAssigneeChanged,
    /// ISSUE_ITERATION_CHANGED
    IssueIterationChanged,
    /// ISSUE_RELATIONSHIP_CHANGED
    IssueRelationshipChanged,
    /// ISSUE_UPDATED
    IssueUpdated,
    /// GIT_PUSHED
    GitPushed,
    /// GIT_MR_CREATED
    GitMrCreated,
    /// GIT_MR_UPDATED
    GitMrUpdated,
    /// GIT_MR_MERGED
    GitMrMerged,
    /// GIT_MR_CLOSED
    GitMrClosed,
    /// ARTIFACTS_VERSION_CREATED
    ArtifactsVersionCreated,
    /// ARTIFACTS_VERSION_UPDATED
    ArtifactsVersionUpdated,
    /// ARTIFACTS_VERSION_DOWNLOADED
    ArtifactsVersionDownloaded,
    /// ARTIFACTS_VERSION_DELETED
    ArtifactsVersionDeleted,
    /// ARTIFACTS_VERSION_RELEASED
    ArtifactsVersionReleased,
    /// ARTIFACTS_VERSION_DOWNLOAD_FORBIDDEN
    ArtifactsVersionDownloadForbidden,
    /// ARTIFACTS_VERSION_DOWNLOAD_ALLOWED
    ArtifactsVersionDownloadAllowed,
    /// ARTIFACTS_VERSION_DOWNLOAD_BLOCKED
    ArtifactsVersionDownloadBlocked,
    /// ARTIFACTS_REPO_CREATED
    ArtifactsRepoCreated,
    /// ARTIFACTS_REPO_UPDATED
    ArtifactsRepoUpdated,
    /// ARTIFACTS_REPO_DELETED
    ArtifactsRepoDeleted,
    /// CI_JOB_CREATED
    CiJobCreated,
    /// CI_JOB_UPDATED
    CiJobUpdated,
    /// CI_JOB_DELETED
    CiJobDeleted,
    /// CI_JOB_STARTED
    CiJobStarted,
    /// CI_JOB_FINISHED
    CiJobFinished,
    /// FILE_CREATED
    FileCreated,
    /// FILE_UPDATED
    FileUpdated,
    /// FILE_RENAMED
    FileRenamed,
    /// FILE_SHARE_UPDATED
    FileShareUpdated,
    /// FILE_MOVED
    FileMoved,
    /// FILE_COPIED
    FileCopied,
    /// FILE_MOVED_TO_RECYCLE_BIN
    FileMovedToRecycleBin,
    /// FILE_RESTORED_FROM_RECYCLE_BIN
    FileRestoredFromRecycleBin,
    /// FILE_DELETED
    FileDeleted,
    /// WIKI_CREATED
    WikiCreated,
    /// WIKI_UPDATED
    WikiUpdated,
    /// WIKI_MOVED
    WikiMoved,
    /// WIKI_SHARE_UPDATED
    WikiShareUpdated,
    /// WIKI_ACCESS_UPDATED
    WikiAccessUpdated,
    /// WIKI_COPIED
    WikiCopied,
    /// WIKI_MOVED_TO_RECYCLE_BIN
    WikiMovedToRecycleBin,
    /// WIKI_RESTORED_FROM_RECYCLE_BIN
    WikiRestoredFromRecycleBin,
    /// WIKI_DELETED
    WikiDeleted,
    /// MEMBER_CREATED
    MemberCreated,
    /// MEMBER_DELETED
    MemberDeleted,
    /// MEMBER_ROLE_UPDATED
    MemberRoleUpdated,
    /// TEST_PLAN_CREATED
    TestPlanCreated,
    /// TEST_PLAN_UPDATED
    TestPlanUpdated,
    /// TEST_PLAN_FINISHED
    TestPlanFinished,
    /// TEST_TASK_ASSIGNED
    TestTaskAssigned,
    /// TEST_REPORT_CREATED
    TestReportCreated,
    /// FLEXIBLE_TESTX_REVIEW_CREATED
    FlexibleTestxReviewCreated,
    /// FLEXIBLE_TESTX_REVIEW_COMMENTED
    FlexibleTestxReviewCommented,
    /// FLEXIBLE_TESTX_REVIEW_UPDATED
    FlexibleTestxReviewUpdated,
    /// FLEXIBLE_TESTX_REVIEW_COMPLETED
    FlexibleTestxReviewCompleted,
    /// FLEXIBLE_TESTX_PLAN_CREATED
    FlexibleTestxPlanCreated,
    /// FLEXIBLE_TESTX_PLAN_TASK_ASSIGNED
    FlexibleTestxPlanTaskAssigned,
    /// FLEXIBLE_TESTX_PLAN_UPDATED
    FlexibleTestxPlanUpdated,
    /// FLEXIBLE_TESTX_PLAN_FINISHED
    FlexibleTestxPlanFinished,
    /// FLEXIBLE_TESTX_REPORT_CREATED
    FlexibleTestxReportCreated,
    /// CODE_DOG_CREATE_JOB
    CodeDogCreateJob,
    /// CODE_DOG_RESULT_NOTIFY
    CodeDogResultNotify,
    /// PLAN_CREATED
    PlanCreated,
    /// PLAN_DELETED
    PlanDeleted,
    /// PLAN_COMMENT_CREATED
    PlanCommentCreated,
    /// PLAN_STATUE_CHANGED
    PlanStatueChanged,
    /// PLAN_ASSIGNEE_CHANGED
    PlanAssigneeChanged,
    /// PLAN_UPDATED
    PlanUpdated,
    /// RISK_CREATED
    RiskCreated,
    /// RISK_DELETED
    RiskDeleted,
    /// RISK_COMMENT_CREATED
    RiskCommentCreated,
    /// RISK_STATUS_CHANGED
    RiskStatusChanged,
    /// RISK_ASSIGNEE_CHANGED
    RiskAssigneeChanged,
    /// RISK_UPDATED
    RiskUpdated,
}

/// 目标数据类型：Project、Team,Space,Program
// E1113: the values the description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub enum HookTargetType {
    /// Project
    Project,
    /// Team
    Team,
    /// Space
    Space,
    /// Program
    Program,
}

/// 事件开关，取值范围：true、false
// E1113: the values the description lists; strings on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EnabledFilter {
    /// true
    True,
    /// false
    False,
}

/// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
// E1212: the documented values, and SPACE, which ModifyServiceHook's example sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TargetType {
    /// PROJECT
    Project,
    /// SPACE_NODE
    SpaceNode,
    /// PROGRAM
    Program,
    /// SPACE（未列出，见于 ModifyServiceHook 的示例）
    Space,
}

/// 服务名，取值范围：WebHook、WeCom、DingDing、Jenkins、FeiShu。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub enum Service {
    /// WebHook
    WebHook,
    /// WeCom
    WeCom,
    /// DingDing
    DingDing,
    /// Jenkins
    Jenkins,
    /// FeiShu
    FeiShu,
}

/// 发送方式，取值范围：dingding_group_chat_robot,wecom_group_chat_robot,jenkins_generic_build_job,feishu_group_chat_robot,webhook_http_post,webhook_http_get
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServiceAction {
    /// dingding_group_chat_robot
    DingdingGroupChatRobot,
    /// wecom_group_chat_robot
    WecomGroupChatRobot,
    /// jenkins_generic_build_job
    JenkinsGenericBuildJob,
    /// feishu_group_chat_robot
    FeishuGroupChatRobot,
    /// webhook_http_post
    WebhookHttpPost,
    /// webhook_http_get
    WebhookHttpGet,
}

/// 状态，取值范围：SUCCESS、FAILURE
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SendStatus {
    /// SUCCESS
    Success,
    /// FAILURE
    Failure,
}

/// 事件详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookEvent {
    /// 事件标识
    pub name: String,
    /// 事件名
    pub label: String,
    /// 分组标识
    pub group_name: String,
    /// 分组名
    pub group_label: String,
}

/// ServiceHook 对象
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHook {
    /// Service Hook 编号
    pub id: String,
    /// Service Hook 名称
    pub name: String,
    /// 目标数据编号
    pub target_id: i64,
    /// 目标数据类型：Project、Team,Space,Program
    // E1113: the values its description lists.
    pub target_type: HookTargetType,
    /// 创建者编号
    pub creator_by: i64,
    /// 创建者
    pub creator_by_user: ServiceHookUser,
    /// 更新者编号
    pub updated_by: i64,
    /// 更新者
    pub updated_by_user: ServiceHookUser,
    /// 服务名
    pub service_name: String,
    /// 服务类型
    pub service: String,
    /// 发送类型
    pub action: String,
    /// 发送类型描述
    pub action_label: String,
    /// 创建时间
    pub created_at: i64,
    /// 发送状态
    pub status: i64,
    /// 最近发送成功时间
    pub last_succeed_at: i64,
    /// 更新时间
    pub updated_at: i64,
    /// 版本
    pub version: i64,
    /// 事件开关
    pub enabled: bool,
    /// 事件列表
    pub event: Vec<String>,
    /// 事件描述列表
    pub event_label: Vec<String>,
    /// 过滤器属性
    pub filter_properties: String,
    /// 发送行为属性
    pub action_properties: String,
}

/// Service Hook 分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookPage {
    /// Service Hook 列表
    pub service_hook: Vec<ServiceHook>,
    /// 分页页码
    pub page_number: i64,
    /// 分页大小
    pub page_size: i64,
    /// 总记录数
    pub total_count: i64,
}

/// Service Hook 发送记录分页
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookLogPage {
    /// Service Hook 发送记录列表
    pub log: Vec<ServiceHookLog>,
    /// 分页页码
    pub page_number: i64,
    /// 分页大小
    pub page_size: i64,
    /// 总记录数
    pub total_count: i64,
}

/// 重发结果。
// E1112: the export gives the schema no description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookResendServiceHookResult {
    /// 是否成功
    pub success: bool,
}

/// ServiceHook User 对象
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookUser {
    /// 用户编号
    pub id: i64,
    /// 用户名
    pub name: String,
    /// 用户头像
    pub avatar: String,
    /// 用户名拼音
    pub name_pinyin: String,
}

/// Service Hook 发送记录
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHookLog {
    /// 日志记录编号
    pub id: String,
    /// 事件名
    pub event: Nullable<String>,
    /// Service Hook 编号
    pub service_hook_id: Nullable<String>,
    /// 创建时间
    pub created_at: Nullable<i64>,
    /// 发送事件
    pub send_at: Nullable<i64>,
    /// 发送状态
    pub status: Nullable<i64>,
    /// 发送请求编号
    pub request_id: Nullable<String>,
    /// 发送请求内容
    pub request_content: Nullable<String>,
    /// 发送请求头
    pub request_headers: Nullable<String>,
    /// 响应头
    pub response_headers: Nullable<String>,
    /// 响应内容
    pub response_body: Nullable<String>,
    /// 响应状态码
    pub response_status: Nullable<i64>,
    /// 响应事件
    pub response_at: Nullable<i64>,
}

// ---------------------------------------------------------------- DescribeEvents

/// Service Hook 事件列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeEventsResponse {
    /// 事件列表
    pub event: Vec<ServiceHookEvent>,
}

// ---------------------------------------------------------------- EnabledServiceHook

/// Service Hook 事件开关：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct EnabledServiceHookRequest {
    /// 公共参数,本接口取值:EnabledServiceHook
    pub action: Action<EnabledServiceHook>,
    /// Service Hook 编号
    pub id: Vec<String>,
    /// 项目或者研发空间编号
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
    /// 是否开启
    pub enabled: bool,
}

/// Service Hook 事件开关：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct EnabledServiceHookResponse {
    /// 是否操作成功
    pub succeed: bool,
}

// ---------------------------------------------------------------- ModifyServiceHook

/// Service Hook 修改：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceHookRequest {
    /// 公共参数,本接口取值:ModifyServiceHook
    pub action: Action<ModifyServiceHook>,
    /// Service Hook 编号
    pub id: String,
    /// 项目编号或者研发空间编号
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
    /// 备注名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 服务名，取值范围：WebHook、WeCom、DingDing、Jenkins、FeiShu。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
    /// 事件名，取值范围：ITERATION_CREATED,ITERATION_DELETED,ITERATION_UPDATED,ISSUE_CREATED,ISSUE_DELETED,ISSUE_COMMENT_CREATED,ISSUE_STATUS_UPDATED,ISSUE_ASSIGNEE_CHANGED,ISSUE_ITERATION_CHANGED,ISSUE_RELATIONSHIP_CHANGED,ISSUE_UPDATED,GIT_PUSHED,GIT_MR_CREATED,GIT_MR_UPDATED,GIT_MR_MERGED,GIT_MR_CLOSED,ARTIFACTS_VERSION_CREATED,ARTIFACTS_VERSION_UPDATED,ARTIFACTS_VERSION_DOWNLOADED,ARTIFACTS_VERSION_DELETED,ARTIFACTS_VERSION_RELEASED,ARTIFACTS_VERSION_DOWNLOAD_FORBIDDEN,ARTIFACTS_VERSION_DOWNLOAD_ALLOWED,ARTIFACTS_VERSION_DOWNLOAD_BLOCKED,ARTIFACTS_REPO_CREATED,ARTIFACTS_REPO_UPDATED,ARTIFACTS_REPO_DELETED,CI_JOB_CREATED,CI_JOB_UPDATED,CI_JOB_DELETED,CI_JOB_STARTED,CI_JOB_FINISHED,FILE_CREATED,FILE_UPDATED,FILE_RENAMED,FILE_SHARE_UPDATED,FILE_MOVED,FILE_COPIED,FILE_MOVED_TO_RECYCLE_BIN,FILE_RESTORED_FROM_RECYCLE_BIN,FILE_DELETED,WIKI_CREATED,WIKI_UPDATED,WIKI_MOVED,WIKI_SHARE_UPDATED,WIKI_ACCESS_UPDATED,WIKI_COPIED,WIKI_MOVED_TO_RECYCLE_BIN,WIKI_RESTORED_FROM_RECYCLE_BIN,WIKI_DELETED,MEMBER_CREATED,MEMBER_DELETED,MEMBER_ROLE_UPDATED,TEST_PLAN_CREATED, TEST_PLAN_UPDATED, TEST_PLAN_FINISHED, TEST_TASK_ASSIGNED, TEST_REPORT_CREATED, FLEXIBLE_TESTX_REVIEW_CREATED, FLEXIBLE_TESTX_REVIEW_COMMENTED, FLEXIBLE_TESTX_REVIEW_UPDATED, FLEXIBLE_TESTX_REVIEW_COMPLETED, FLEXIBLE_TESTX_PLAN_CREATED, FLEXIBLE_TESTX_PLAN_TASK_ASSIGNED, FLEXIBLE_TESTX_PLAN_UPDATED, FLEXIBLE_TESTX_PLAN_FINISHED, FLEXIBLE_TESTX_REPORT_CREATED, CODE_DOG_CREATE_JOB, CODE_DOG_RESULT_NOTIFY, PLAN_CREATED, PLAN_DELETED, PLAN_COMMENT_CREATED, PLAN_STATUE_CHANGED, PLAN_ASSIGNEE_CHANGED, PLAN_UPDATED, RISK_CREATED, RISK_DELETED, RISK_COMMENT_CREATED, RISK_STATUS_CHANGED, RISK_ASSIGNEE_CHANGED, RISK_UPDATED
    // E1211: the export puts `enum` on the array; the values are its items'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Vec<EventName>>,
    /// 过滤器属性
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_property: Option<String>,
    /// 发送方式属性
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_property: Option<String>,
    /// 发送方式，取值范围：dingding_group_chat_robot,wecom_group_chat_robot,jenkins_generic_build_job,feishu_group_chat_robot,webhook_http_post,webhook_http_get
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_action: Option<ServiceAction>,
    /// 事件开关
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Service Hook 修改：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceHookResponse {
    /// Service Hook 数据
    pub service_hook: ServiceHook,
}

// ---------------------------------------------------------------- DescribeServiceHooks

/// Service Hook 列表分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHooksRequest {
    /// 公共参数,本接口取值:DescribeServiceHooks
    pub action: Action<DescribeServiceHooks>,
    /// 项目编号
    pub project_id: i64,
    /// 备注名，支持模糊匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 创建人编号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_by: Option<Vec<i64>>,
    /// 事件开关，取值范围：true、false
    // E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<EnabledFilter>,
    /// 事件名，取值范围：ITERATION_CREATED,ITERATION_DELETED,ITERATION_UPDATED,ISSUE_CREATED,ISSUE_DELETED,ISSUE_COMMENT_CREATED,ISSUE_STATUS_UPDATED,ISSUE_ASSIGNEE_CHANGED,ISSUE_ITERATION_CHANGED,ISSUE_RELATIONSHIP_CHANGED,ISSUE_UPDATED,GIT_PUSHED,GIT_MR_CREATED,GIT_MR_UPDATED,GIT_MR_MERGED,GIT_MR_CLOSED,ARTIFACTS_VERSION_CREATED,ARTIFACTS_VERSION_UPDATED,ARTIFACTS_VERSION_DOWNLOADED,ARTIFACTS_VERSION_DELETED,ARTIFACTS_VERSION_RELEASED,ARTIFACTS_VERSION_DOWNLOAD_FORBIDDEN,ARTIFACTS_VERSION_DOWNLOAD_ALLOWED,ARTIFACTS_VERSION_DOWNLOAD_BLOCKED,ARTIFACTS_REPO_CREATED,ARTIFACTS_REPO_UPDATED,ARTIFACTS_REPO_DELETED,CI_JOB_CREATED,CI_JOB_UPDATED,CI_JOB_DELETED,CI_JOB_STARTED,CI_JOB_FINISHED,FILE_CREATED,FILE_UPDATED,FILE_RENAMED,FILE_SHARE_UPDATED,FILE_MOVED,FILE_COPIED,FILE_MOVED_TO_RECYCLE_BIN,FILE_RESTORED_FROM_RECYCLE_BIN,FILE_DELETED,WIKI_CREATED,WIKI_UPDATED,WIKI_MOVED,WIKI_SHARE_UPDATED,WIKI_ACCESS_UPDATED,WIKI_COPIED,WIKI_MOVED_TO_RECYCLE_BIN,WIKI_RESTORED_FROM_RECYCLE_BIN,WIKI_DELETED,MEMBER_CREATED,MEMBER_DELETED,MEMBER_ROLE_UPDATED,TEST_PLAN_CREATED, TEST_PLAN_UPDATED, TEST_PLAN_FINISHED, TEST_TASK_ASSIGNED, TEST_REPORT_CREATED, FLEXIBLE_TESTX_REVIEW_CREATED, FLEXIBLE_TESTX_REVIEW_COMMENTED, FLEXIBLE_TESTX_REVIEW_UPDATED, FLEXIBLE_TESTX_REVIEW_COMPLETED, FLEXIBLE_TESTX_PLAN_CREATED, FLEXIBLE_TESTX_PLAN_TASK_ASSIGNED, FLEXIBLE_TESTX_PLAN_UPDATED, FLEXIBLE_TESTX_PLAN_FINISHED, FLEXIBLE_TESTX_REPORT_CREATED, CODE_DOG_CREATE_JOB, CODE_DOG_RESULT_NOTIFY, PLAN_CREATED, PLAN_DELETED, PLAN_COMMENT_CREATED, PLAN_STATUE_CHANGED, PLAN_ASSIGNEE_CHANGED, PLAN_UPDATED, RISK_CREATED, RISK_DELETED, RISK_COMMENT_CREATED, RISK_STATUS_CHANGED, RISK_ASSIGNEE_CHANGED, RISK_UPDATED
    // E1211: the export puts `enum` on the array; the values are its items'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Vec<EventName>>,
    /// 服务名，取值范围：WebHook、WeCom、DingDing、Jenkins、FeiShu。
    // E1211: the export puts `enum` on the array; the values are its items'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Vec<Service>>,
    /// 状态，取值范围：SUCCESS、FAILURE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SendStatus>,
    /// 分页页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
}

/// Service Hook 列表分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHooksResponse {
    /// Service Hook 分页数据
    pub data: ServiceHookPage,
}

// ---------------------------------------------------------------- CreateServiceHook

/// Service Hook 创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceHookRequest {
    /// 公共参数,本接口取值:CreateServiceHook
    pub action: Action<CreateServiceHook>,
    /// 项目编号或者研发空间编号
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
    /// 备注名
    pub name: String,
    /// 服务名，取值范围：WebHook、WeCom、DingDing、Jenkins、FeiShu。
    pub service: Service,
    /// 事件名，取值范围：ITERATION_CREATED,ITERATION_DELETED,ITERATION_UPDATED,ISSUE_CREATED,ISSUE_DELETED,ISSUE_COMMENT_CREATED,ISSUE_STATUS_UPDATED,ISSUE_ASSIGNEE_CHANGED,ISSUE_ITERATION_CHANGED,ISSUE_RELATIONSHIP_CHANGED,ISSUE_UPDATED,GIT_PUSHED,GIT_MR_CREATED,GIT_MR_UPDATED,GIT_MR_MERGED,GIT_MR_CLOSED,ARTIFACTS_VERSION_CREATED,ARTIFACTS_VERSION_UPDATED,ARTIFACTS_VERSION_DOWNLOADED,ARTIFACTS_VERSION_DELETED,ARTIFACTS_VERSION_RELEASED,ARTIFACTS_VERSION_DOWNLOAD_FORBIDDEN,ARTIFACTS_VERSION_DOWNLOAD_ALLOWED,ARTIFACTS_VERSION_DOWNLOAD_BLOCKED,ARTIFACTS_REPO_CREATED,ARTIFACTS_REPO_UPDATED,ARTIFACTS_REPO_DELETED,CI_JOB_CREATED,CI_JOB_UPDATED,CI_JOB_DELETED,CI_JOB_STARTED,CI_JOB_FINISHED,FILE_CREATED,FILE_UPDATED,FILE_RENAMED,FILE_SHARE_UPDATED,FILE_MOVED,FILE_COPIED,FILE_MOVED_TO_RECYCLE_BIN,FILE_RESTORED_FROM_RECYCLE_BIN,FILE_DELETED,WIKI_CREATED,WIKI_UPDATED,WIKI_MOVED,WIKI_SHARE_UPDATED,WIKI_ACCESS_UPDATED,WIKI_COPIED,WIKI_MOVED_TO_RECYCLE_BIN,WIKI_RESTORED_FROM_RECYCLE_BIN,WIKI_DELETED,MEMBER_CREATED,MEMBER_DELETED,MEMBER_ROLE_UPDATED,TEST_PLAN_CREATED, TEST_PLAN_UPDATED, TEST_PLAN_FINISHED, TEST_TASK_ASSIGNED, TEST_REPORT_CREATED, FLEXIBLE_TESTX_REVIEW_CREATED, FLEXIBLE_TESTX_REVIEW_COMMENTED, FLEXIBLE_TESTX_REVIEW_UPDATED, FLEXIBLE_TESTX_REVIEW_COMPLETED, FLEXIBLE_TESTX_PLAN_CREATED, FLEXIBLE_TESTX_PLAN_TASK_ASSIGNED, FLEXIBLE_TESTX_PLAN_UPDATED, FLEXIBLE_TESTX_PLAN_FINISHED, FLEXIBLE_TESTX_REPORT_CREATED, CODE_DOG_CREATE_JOB, CODE_DOG_RESULT_NOTIFY, PLAN_CREATED, PLAN_DELETED, PLAN_COMMENT_CREATED, PLAN_STATUE_CHANGED, PLAN_ASSIGNEE_CHANGED, PLAN_UPDATED, RISK_CREATED, RISK_DELETED, RISK_COMMENT_CREATED, RISK_STATUS_CHANGED, RISK_ASSIGNEE_CHANGED, RISK_UPDATED
    // E1211: the export puts `enum` on the array; the values are its items'.
    pub event: Vec<EventName>,
    /// 过滤器属性
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_property: Option<String>,
    /// 发送方式属性
    pub action_property: String,
    /// 发送方式，取值范围：dingding_group_chat_robot,wecom_group_chat_robot,jenkins_generic_build_job,feishu_group_chat_robot,webhook_http_post,webhook_http_get
    pub service_action: ServiceAction,
    /// 事件开关
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Service Hook 创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceHookResponse {
    /// Service Hook 数据
    pub service_hook: ServiceHook,
}

// ---------------------------------------------------------------- DeleteServiceHook

/// Service Hook 删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceHookRequest {
    /// 公共参数,本接口取值:DeleteServiceHook
    pub action: Action<DeleteServiceHook>,
    /// Service Hook 编号
    pub id: Vec<String>,
    /// 项目编号或者研发空间编号
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
}

/// Service Hook 删除：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceHookResponse {
    /// 是否操作成功
    pub succeed: bool,
}

// ---------------------------------------------------------------- DescribeServiceHookLogs

/// Service Hook 发送记录分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHookLogsRequest {
    /// 公共参数,本接口取值:DescribeServiceHookLogs
    pub action: Action<DescribeServiceHookLogs>,
    /// Service Hook 编号
    pub id: String,
    /// 项目编号
    pub project_id: i64,
    /// 分页页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
}

/// Service Hook 发送记录分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHookLogsResponse {
    /// Service Hook 发送记录分页
    pub data: ServiceHookLogPage,
}

// ---------------------------------------------------------------- DescribeServiceHook

/// Service Hook 查询单条：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHookRequest {
    /// 公共参数,本接口取值:DescribeServiceHook
    pub action: Action<DescribeServiceHook>,
    /// service-hook-id
    pub id: String,
    /// 项目或者研发空间id
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
}

/// Service Hook 查询单条：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceHookResponse {
    /// Service Hook 数据。
    // E1112: the export's description is `{}`.
    pub service_hook: ServiceHook,
}

// ---------------------------------------------------------------- PingServiceHook

/// Service Hook 测试：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct PingServiceHookRequest {
    /// 公共参数,本接口取值:PingServiceHook
    pub action: Action<PingServiceHook>,
    /// Service Hook 编号
    pub id: Vec<String>,
    /// 项目编号或者研发空间标号
    pub project_id: i64,
    /// 目标数据类型：PROJECT,SPACE_NODE,PROGRAM,默认PROJECT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
}

/// Service Hook 测试：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PingServiceHookResponse {
    /// 是否操作成功
    pub succeed: bool,
}

// ---------------------------------------------------------------- ResendServiceHookLog

/// Service Hook 重发：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ResendServiceHookLogRequest {
    /// 公共参数,本接口取值:ResendServiceHookLog
    pub action: Action<ResendServiceHookLog>,
    /// logId
    pub service_hook_log_id: String,
}

/// Service Hook 重发：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ResendServiceHookLogResponse {
    /// 触发结果
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ServiceHookResendServiceHookResult>,
}

actions! {
    /// Service Hook 事件列表查询
    DescribeEvents {
        summary: "Service Hook 事件列表查询",
        description: "查询 Service Hook 事件列表，返回事件英文标识、事件中文名、事件分组英文标识、事件分组中文名",
        response: DescribeEventsResponse,
    }

    /// Service Hook 事件开关
    EnabledServiceHook {
        summary: "Service Hook 事件开关",
        request: EnabledServiceHookRequest,
        response: EnabledServiceHookResponse,
    }

    /// Service Hook 修改
    ModifyServiceHook {
        summary: "Service Hook 修改",
        request: ModifyServiceHookRequest,
        response: ModifyServiceHookResponse,
    }

    /// Service Hook 列表分页查询
    DescribeServiceHooks {
        summary: "Service Hook 列表分页查询",
        request: DescribeServiceHooksRequest,
        response: DescribeServiceHooksResponse,
    }

    /// Service Hook 创建
    CreateServiceHook {
        summary: "Service Hook 创建",
        request: CreateServiceHookRequest,
        response: CreateServiceHookResponse,
    }

    /// Service Hook 删除
    DeleteServiceHook {
        summary: "Service Hook 删除",
        request: DeleteServiceHookRequest,
        response: DeleteServiceHookResponse,
    }

    /// Service Hook 发送记录分页查询
    DescribeServiceHookLogs {
        summary: "Service Hook 发送记录分页查询",
        request: DescribeServiceHookLogsRequest,
        response: DescribeServiceHookLogsResponse,
    }

    /// Service Hook 查询单条
    DescribeServiceHook {
        summary: "Service Hook 查询单条",
        description: "Service Hook 查询",
        request: DescribeServiceHookRequest,
        response: DescribeServiceHookResponse,
    }

    /// Service Hook 测试
    PingServiceHook {
        summary: "Service Hook 测试",
        request: PingServiceHookRequest,
        response: PingServiceHookResponse,
    }

    /// Service Hook 重发
    ResendServiceHookLog {
        summary: "Service Hook 重发",
        request: ResendServiceHookLogRequest,
        response: ResendServiceHookLogResponse,
    }
}
