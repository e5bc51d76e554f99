//! 代码托管 › depot settings and look-ups: push settings, merge-request settings,
//! sharing, quota and message templates; finding depots by name or for the current
//! user; code search, the refs and comments of a commit, and blame.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::depot::{PageInfo, VcsType};
use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// DepotPushSetting 详情
// E404: the output table; the input parameter of the same name is
// DepotPushSettingParam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotPushSetting {
    /// 检查 Git 提交的提交者 (Committer) 和提交作者 (Author) 必须是已验证的邮箱
    pub check_commit_author: bool,
    /// 禁止强制推送 (Force Push)
    pub deny_force_push: bool,
    /// 开启单次提交的文件总大小限制,Git LFS 文件除外(单位MB)
    pub push_file_size: String,
    /// Git 提交信息的格式校验
    pub commit_message_must_match_regex: String,
    /// 禁止推送的文件(文件类型用换行符隔开)
    pub push_deny_file: String,
}

/// DepotPushSetting 参数
// E404: the document names this input table DepotPushSetting too; its rows are
// settings (optional) and one description differs from the output table's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotPushSettingParam {
    /// 检查 Git 提交的提交者 (Committer) 和提交作者 (Author) 必须是已验证的邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_commit_author: Option<bool>,
    /// 禁止强制推送 (Force Push)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_force_push: Option<bool>,
    /// 开启单次提交的文件总大小限制,Git LFS 文件除外(单位MB)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_file_size: Option<String>,
    /// Git 提交信息的格式校验(字符串长度不能超过256)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_message_must_match_regex: Option<String>,
    /// 禁止推送的文件(文件类型用换行符隔开)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_deny_file: Option<String>,
}

/// DepotInfo 详情（通过仓库名查询仓库信息、查询当前用户的仓库列表）
// E405: a fourth DepotInfo definition (E231), with nine fields; DescribeMyDepots'
// example items carry neither ProjectName nor Description, so both are optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDepotInfo {
    /// 仓库 ID
    pub id: i64,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub name: String,
    /// 仓库 http 地址
    pub https_url: String,
    /// 仓库 ssh 地址
    pub ssh_url: String,
    /// 仓库 web 页面链接
    pub web_url: String,
    /// 仓库类型 git 、 svn
    pub vcs_type: VcsType,
    /// 项目名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 仓库描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 创建时间（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// 默认分支（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub default_branch: Option<Nullable<String>>,
    /// 项目组Id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub group_id: Option<Nullable<i64>>,
    /// 项目名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub group_name: Option<Nullable<String>>,
    /// 项目类型（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub group_type: Option<Nullable<String>>,
    /// 最终push时间（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_push_at: Option<i64>,
    /// 仓库类型,具体值为git或者svn（CODING OpenAPI export）
    // E1401: a field only the export has; E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_type: Option<VcsType>,
    /// 仓库是否开源（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
}

/// DepotData 详情（查询当前用户的仓库列表）
// E405: a third DepotData shape (E234, E235): its items are GitDepotInfo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitDepotData {
    /// 仓库信息列表
    pub depots: Vec<GitDepotInfo>,
    /// 页码信息（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub page: Option<Nullable<PageInfo>>,
}

/// DescribeGitFileStatPayload 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileStatPayload {
    /// 文件是否存在
    pub is_exist: bool,
}

/// 合并选择方式 1、no_squash:默认直接合并 2、default_squash:默认Squash合并 3、force_squash:只能Squash合并
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DepotSquashOnMerge {
    /// no_squash:默认直接合并
    NoSquash,
    /// default_squash:默认Squash合并
    DefaultSquash,
    /// force_squash:只能Squash合并
    ForceSquash,
}

/// User：用户信息（评论人、提交者）。
// E411: referenced as `User` and never defined; read off the examples.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitUser {
    /// 用户 ID。
    pub id: i64,
    /// 团队 ID。
    pub team_id: i64,
    /// 用户名。
    pub name: String,
    /// 邮箱。
    pub email: String,
    /// 用户全局 key。
    pub global_key: String,
    /// 用户状态（示例中为空字符串或 INACTIVE）。
    pub status: String,
    /// 头像路径。
    pub avatar: String,
}

/// Comment 参数详解：提交的评论。
// E410: the table is under 为某次提交创建一条评论; 获取commit评论 lists the same shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Comment {
    /// Id
    pub id: i64,
    /// 仓库 Id
    pub depot_id: i64,
    /// 提交 Id
    pub commit_sha: String,
    /// 文件路径
    pub path: String,
    /// diff信息中的第几行
    pub index: i64,
    /// 评论的内容
    pub content: String,
    /// 评论时间
    // E1424: an example of the export sends it as a string.
    pub created_at: IntegerOrString,
    /// 评论人
    // E411: `User` is not defined.
    pub author: GitUser,
}

/// 代码片段搜索的分页信息。
// E408: read off the example (`Page` in, as `PageNumber` is sent, E2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCodeSearchPage {
    /// 页码。
    // E1427: the export's example sends PageNumber instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页数量。
    pub page_size: i64,
    /// 总页数。
    pub total_page: i64,
    /// 总条数。
    pub total_row: i64,
    /// 页码数量（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub page_number: Option<Nullable<i64>>,
}

/// 代码片段：搜索命中的一行及其上下文。
// E408: GrepLineData's items, read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitGrepLine {
    /// 分支名称。
    pub branch_name: String,
    /// 提交 Sha 值。
    pub commit_id: String,
    /// 命中行及其上下文的内容。
    pub contents: Vec<String>,
    /// 文件的总行数。
    pub file_max_line: i64,
    /// 命中行的行号。
    pub line_num: i64,
    /// 上下文的结束行号。
    pub max_num: i64,
    /// 上下文的起始行号。
    pub min_num: i64,
    /// 文件路径。
    pub path: String,
    /// 命中的文本。
    pub text: String,
}

/// GrepLineData：代码片段搜索详情列表。
// E408: referenced and never defined; read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitGrepLineData {
    /// 代码片段列表。
    pub grep_lines: Vec<GitGrepLine>,
    /// 分页信息。
    pub page: GitCodeSearchPage,
}

/// 查询的提交类型 all-表示查询tag和branch,tag-表示查询tag,branch-表示查询branch
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GitCommitRefQueryType {
    /// all-表示查询tag和branch
    All,
    /// tag-表示查询tag
    Tag,
    /// branch-表示查询branch
    Branch,
}

/// CommitRef：指向提交的 ref（分支或标签）。
// E409: referenced and never defined; read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommitRef {
    /// ref 的类型（示例中为 branch 或 tag）。
    pub r#type: String,
    /// 分支名或标签名。
    pub name: String,
}

/// 提交评论的分页信息。
// E410: read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommitCommentPage {
    /// 页码。
    // E1427: the export's example sends Page instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页数量。
    pub page_size: i64,
    /// 总页数。
    pub total_page: i64,
    /// 总条数。
    pub total_row: i64,
    /// 页码（CODING OpenAPI export 的示例）。
    // E1427: the export's example sends it for PageNumber.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
}

/// GitCommitComment：提交commit的评论信息。
// E410: referenced and never defined; read off the example: a page of comments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommitComment {
    /// 评论列表。
    pub commit_comments: Vec<Comment>,
    /// 分页信息。
    pub page: GitCommitCommentPage,
}

/// CommitInfo：某代码行的最后一次提交。
// E412: referenced and never defined; read off the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommitInfo {
    /// 提交 Sha 值。
    pub commit_sha: String,
    /// 提交者。
    // E411: the User shape.
    pub committer: GitUser,
    /// 提交时间戳,单位毫秒。
    pub commit_date: i64,
    /// 行号。
    pub line_number: i64,
}

// ---------------------------------------------------------------- DescribeDepotPushSetting

/// 查询仓库推送设置：输入参数。
// E225: the table omits Action. E400: DepotPath is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotPushSettingRequest {
    /// 公共参数,本接口取值:DescribeDepotPushSetting
    pub action: Action<DescribeDepotPushSetting>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
}

/// 查询仓库推送设置：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotPushSettingResponse {
    /// 推送设置信息
    pub data: DepotPushSetting,
}

// ---------------------------------------------------------------- ModifyDepotPushSetting

/// 修改仓库推送设置：输入参数。
// E225: the table omits Action. E400: DepotPath and Param are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotPushSettingRequest {
    /// 公共参数,本接口取值:ModifyDepotPushSetting
    pub action: Action<ModifyDepotPushSetting>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 仓库推送设置参数
    pub param: DepotPushSettingParam,
}

/// 修改仓库推送设置：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotPushSettingResponse {
    /// 推送设置信息
    pub data: DepotPushSetting,
}

// ---------------------------------------------------------------- DescribeDepotByNameInfo

/// 通过仓库名查询仓库信息：输入参数。
// E225: the table omits Action. E400: TeamGk, ProjectName and DepotName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotByNameInfoRequest {
    /// 公共参数,本接口取值:DescribeDepotByNameInfo
    pub action: Action<DescribeDepotByNameInfo>,
    /// 团队名
    pub team_gk: String,
    /// 项目名
    pub project_name: String,
    /// 仓库名
    pub depot_name: String,
}

/// 通过仓库名查询仓库信息：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotByNameInfoResponse {
    /// 仓库信息
    pub depot: GitDepotInfo,
}

// ---------------------------------------------------------------- ModifyDepotSettings

/// 修改仓库设置：输入参数。
// E225: the table omits Action. E400: DepotPath and DepotStatusCheckRequired (the
// one setting the Action changes) are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotSettingsRequest {
    /// 公共参数,本接口取值:ModifyDepotSettings
    pub action: Action<ModifyDepotSettings>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 是否开启状态检查
    pub depot_status_check_required: bool,
}

// ---------------------------------------------------------------- DescribeGitFileStat

/// 查询某分支下某文件是否存在：输入参数。
// E225: the table omits Action. E400: DepotPath and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileStatRequest {
    /// 公共参数,本接口取值:DescribeGitFileStat
    pub action: Action<DescribeGitFileStat>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件路径
    pub path: String,
    /// 分支名/标签名/commit SHA
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
}

/// 查询某分支下某文件是否存在：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitFileStatResponse {
    /// 文件信息
    pub payload: DescribeGitFileStatPayload,
}

// ---------------------------------------------------------------- DescribeMyDepots

/// 查询当前用户的仓库列表：输入参数。
// E225: the (empty) table omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMyDepotsRequest {
    /// 公共参数,本接口取值:DescribeMyDepots
    pub action: Action<DescribeMyDepots>,
    /// 页数（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页码（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// 查询当前用户的仓库列表：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMyDepotsResponse {
    /// 仓库信息
    pub payload: GitDepotData,
}

// ---------------------------------------------------------------- ModifyMergeRequestBasicSettings

/// 修改仓库合并请求基础设置：输入参数。
// E225: the table omits Action. E400: DepotPath is required; the settings are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyMergeRequestBasicSettingsRequest {
    /// 公共参数,本接口取值:ModifyMergeRequestBasicSettings
    pub action: Action<ModifyMergeRequestBasicSettings>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 是否默认删除源分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_src_branch_after_merged: Option<bool>,
    /// 是否默认以 Fast-Forward 模式合并
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_fast_forward_merge: Option<bool>,
    /// 合并请求源分支有新提交时是否自动取消合并授权
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_mr_grant_after_push_src: Option<bool>,
    /// 是否开启状态检查
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_status_check_required: Option<bool>,
    /// 合并前是否必须获得所有评审者的允许合并
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mr_check_all_reviewers_allow: Option<bool>,
    /// 合并选择方式 1、no_squash:默认直接合并 2、default_squash:默认Squash合并 3、force_squash:只能Squash合并
    // E402: the example sends the three values joined by `/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub squash_on_merge: Option<DepotSquashOnMerge>,
    /// 默认分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_target_branch: Option<String>,
}

// ---------------------------------------------------------------- ModifyDepotSharedSetting

/// 修改仓库是否开源设置：输入参数。
// E225: the table omits Action. E400: DepotPath and IsShared are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotSharedSettingRequest {
    /// 公共参数,本接口取值:ModifyDepotSharedSetting
    pub action: Action<ModifyDepotSharedSetting>,
    /// 团队域名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_gk: Option<String>,
    /// 仓库路径
    pub depot_path: String,
    /// 是否仓库代码开源
    pub is_shared: bool,
}

// ---------------------------------------------------------------- DescribeCodeSearch

/// 获取仓库分支下的代码片段：输入参数。
// E225: the table omits Action. E400: DepotPath and KeyWord are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodeSearchRequest {
    /// 公共参数,本接口取值:DescribeCodeSearch
    pub action: Action<DescribeCodeSearch>,
    /// 仓库路径
    pub depot_path: String,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_name: Option<String>,
    /// 搜索关键字
    pub key_word: String,
    /// 文件路径,如需要查某个路径下的代码片段,需输入文件路径参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_path: Option<String>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页码大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// 获取仓库分支下的代码片段：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodeSearchResponse {
    /// 代码片段搜索详情列表
    pub data: GitGrepLineData,
}

// ---------------------------------------------------------------- DescribeCommitRefs

/// 获取提交ref信息：输入参数。
// E225: the table omits Action. E400: DepotPath and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitRefsRequest {
    /// 公共参数,本接口取值:DescribeCommitRefs
    pub action: Action<DescribeCommitRefs>,
    /// 仓库路径
    pub depot_path: String,
    /// Commit信息
    pub sha: String,
    /// 查询的提交类型 all-表示查询tag和branch,tag-表示查询tag,branch-表示查询branch
    // E402: the example sends the three values joined by `/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GitCommitRefQueryType>,
}

/// 获取提交ref信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitRefsResponse {
    /// 提交commit的ref信息
    // E409: typed one CommitRef; the example sends an array.
    pub commit_refs: Vec<GitCommitRef>,
}

// ---------------------------------------------------------------- DescribeGitCommitComments

/// 获取commit评论：输入参数。
// E225: the table omits Action. E400: DepotPath and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitCommentsRequest {
    /// 公共参数,本接口取值:DescribeGitCommitComments
    pub action: Action<DescribeGitCommitComments>,
    /// 仓库路径
    pub depot_path: String,
    /// Commit信息
    pub sha: String,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页码大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// 获取commit评论：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitCommentsResponse {
    /// 提交commit的评论信息
    pub git_commit_comments: GitCommitComment,
}

// ---------------------------------------------------------------- ModifyDepotQuota

/// 修改仓库容量：输入参数。
// E225: the table omits Action. E400: DepotPath and DepotQuotaSize are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotQuotaRequest {
    /// 公共参数,本接口取值:ModifyDepotQuota
    pub action: Action<ModifyDepotQuota>,
    /// 仓库路径
    pub depot_path: String,
    /// 设定的仓库大小
    pub depot_quota_size: String,
}

// ---------------------------------------------------------------- ModifyMergeRequestMergeCommitMessageTemplate

/// 合并提交消息模板设置：输入参数。
// E225: the table omits Action. E400: DepotPath and CommitMessageTemplate are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyMergeRequestMergeCommitMessageTemplateRequest {
    /// 公共参数,本接口取值:ModifyMergeRequestMergeCommitMessageTemplate
    pub action: Action<ModifyMergeRequestMergeCommitMessageTemplate>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 消息模版
    pub commit_message_template: String,
}

// ---------------------------------------------------------------- ModifyMergeRequestSquashCommitMessageTemplate

/// 合并压缩提交消息模板设置：输入参数。
// E225: the table omits Action. E400: DepotPath and CommitMessageTemplate are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyMergeRequestSquashCommitMessageTemplateRequest {
    /// 公共参数,本接口取值:ModifyMergeRequestSquashCommitMessageTemplate
    pub action: Action<ModifyMergeRequestSquashCommitMessageTemplate>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 消息模版
    pub commit_message_template: String,
}

// ---------------------------------------------------------------- DescribeGitBlameInfo

/// 获取指定 commit 下某文件指定代码行的最后一次提交：输入参数。
// E225: the table omits Action. E400: DepotPath, CommitSha and FilePath are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlameInfoRequest {
    /// 公共参数,本接口取值:DescribeGitBlameInfo
    pub action: Action<DescribeGitBlameInfo>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 本次提交sha
    pub commit_sha: String,
    /// 文件路径
    pub file_path: String,
    /// 文本行开始
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_start: Option<i64>,
    /// 文本行结束
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_end: Option<i64>,
    /// 开始行（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_snat: Option<i64>,
}

/// 获取指定 commit 下某文件指定代码行的最后一次提交：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBlameInfoResponse {
    /// commit下某文件指定代码行的最后一次提交信息
    // E412: typed one CommitInfo; the example sends an array.
    pub info: Vec<GitCommitInfo>,
}

actions! {
    /// 查询仓库推送设置
    DescribeDepotPushSetting {
        summary: "查询仓库推送设置",
        source: "查询仓库推送设置",
        request: DescribeDepotPushSettingRequest,
        response: DescribeDepotPushSettingResponse,
    }

    /// 修改仓库推送设置
    ModifyDepotPushSetting {
        summary: "修改仓库推送设置",
        source: "修改仓库推送设置",
        request: ModifyDepotPushSettingRequest,
        response: ModifyDepotPushSettingResponse,
    }

    /// 通过仓库名查询仓库信息
    DescribeDepotByNameInfo {
        summary: "通过仓库名查询仓库信息",
        source: "通过仓库名查询仓库信息",
        request: DescribeDepotByNameInfoRequest,
        response: DescribeDepotByNameInfoResponse,
    }

    // E226: the output table is empty; the example carries RequestId.
    /// 修改仓库设置
    ModifyDepotSettings {
        summary: "修改仓库设置",
        source: "修改仓库设置",
        request: ModifyDepotSettingsRequest,
        response: RequestIdResponse,
    }

    /// 查询某分支下某文件是否存在
    DescribeGitFileStat {
        summary: "查询某分支下某文件是否存在",
        source: "查询某分支下某文件是否存在",
        request: DescribeGitFileStatRequest,
        response: DescribeGitFileStatResponse,
    }

    /// 查询当前用户的仓库列表
    DescribeMyDepots {
        summary: "查询当前用户的仓库列表",
        source: "查询当前用户的仓库列表",
        request: DescribeMyDepotsRequest,
        response: DescribeMyDepotsResponse,
    }

    /// 修改仓库合并请求基础设置
    ModifyMergeRequestBasicSettings {
        summary: "修改仓库合并请求基础设置",
        source: "修改仓库合并请求基础设置",
        request: ModifyMergeRequestBasicSettingsRequest,
        response: RequestIdResponse,
    }

    // E226: the output table is empty; the example carries RequestId.
    /// 修改仓库是否开源设置
    ModifyDepotSharedSetting {
        summary: "修改仓库是否开源设置",
        source: "修改仓库是否开源设置",
        request: ModifyDepotSharedSettingRequest,
        response: RequestIdResponse,
    }

    // E407: the 接口描述 is copied from 获取团队下仓库列表; kept verbatim.
    /// 获取仓库分支下的代码片段
    DescribeCodeSearch {
        summary: "获取仓库分支下的代码片段",
        description: "获取团队下仓库列表,仅团队所有者或团队管理员可以调用。",
        source: "获取仓库分支下的代码片段",
        request: DescribeCodeSearchRequest,
        response: DescribeCodeSearchResponse,
    }

    /// 获取提交ref信息
    DescribeCommitRefs {
        summary: "获取提交ref信息",
        description: "获取提交ref信息。",
        source: "获取提交ref信息",
        request: DescribeCommitRefsRequest,
        response: DescribeCommitRefsResponse,
    }

    /// 获取commit评论
    DescribeGitCommitComments {
        summary: "获取commit评论",
        description: "获取commit评论。",
        source: "获取commit评论",
        request: DescribeGitCommitCommentsRequest,
        response: DescribeGitCommitCommentsResponse,
    }

    /// 修改仓库容量
    ModifyDepotQuota {
        summary: "修改仓库容量",
        description: "修改仓库容量。",
        source: "修改仓库容量",
        request: ModifyDepotQuotaRequest,
        response: RequestIdResponse,
    }

    /// 合并提交消息模板设置
    ModifyMergeRequestMergeCommitMessageTemplate {
        summary: "合并提交消息模板设置",
        source: "合并提交消息模板设置",
        request: ModifyMergeRequestMergeCommitMessageTemplateRequest,
        response: RequestIdResponse,
    }

    /// 合并压缩提交消息模板设置
    ModifyMergeRequestSquashCommitMessageTemplate {
        summary: "合并压缩提交消息模板设置",
        source: "合并压缩提交消息模板设置",
        request: ModifyMergeRequestSquashCommitMessageTemplateRequest,
        response: RequestIdResponse,
    }

    /// 获取指定 commit 下某文件指定代码行的最后一次提交
    DescribeGitBlameInfo {
        summary: "获取指定 commit 下某文件指定代码行的最后一次提交",
        source: "获取指定 commit 下某文件指定代码行的最后一次提交",
        request: DescribeGitBlameInfoRequest,
        response: DescribeGitBlameInfoResponse,
    }
}
