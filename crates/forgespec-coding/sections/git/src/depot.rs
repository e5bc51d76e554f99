//! 代码托管 › depots: create, describe, rename, list, transfer and archive code
//! repositories ("仓库").

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// 仓库类型,具体值为 git 或者 svn
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum VcsType {
    /// `git`: Git 仓库。
    Git,
    /// `svn`: SVN 仓库。
    Svn,
}

/// DepotInfo（获取代码仓库详情）：仓库详情。
// E231: the document defines DepotInfo three times with different fields; this is
// the definition under 获取代码仓库详情, renamed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct FullDepotInfo {
    /// 仓库Id
    pub id: i64,
    /// 仓库名称
    pub name: String,
    /// https 的 url 路径
    pub https_url: String,
    /// 项目Id
    pub project_id: i64,
    /// ssh 的 url 路径
    pub ssh_url: String,
    /// web 的 url 路径
    pub web_url: String,
    /// 仓库类型
    // E232: values as listed under 根据模板创建仓库 (git, svn).
    pub vcs_type: VcsType,
    /// 项目名称
    pub project_name: String,
    /// 仓库描述
    pub description: String,
    /// 创建时间
    // E233: the table names it `CreateAt`; the example sends `CreatedAt`.
    pub created_at: i64,
    /// 最终 push 时间
    pub last_push_at: i64,
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
    /// 仓库类型,具体值为git或者svn（CODING OpenAPI export）
    // E1401: a field only the export has; E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_type: Option<VcsType>,
    /// 仓库是否开源（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
}

/// DepotInfo（查询项目下仓库信息列表）：仓库信息。
// E231: the second of the three DepotInfo definitions, renamed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectDepotInfo {
    /// 仓库名称
    pub name: String,
    /// https 的 url 路径
    pub https_url: String,
    /// ssh 的 url 路径
    pub ssh_url: String,
    /// 仓库 id
    pub id: i64,
    /// 仓库类型
    // E232: values as listed under 根据模板创建仓库 (git, svn).
    pub vcs_type: VcsType,
    /// 仓库描述
    pub description: String,
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
    /// 项目Id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 项目名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 仓库类型,具体值为git或者svn（CODING OpenAPI export）
    // E1401: a field only the export has; E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_type: Option<VcsType>,
    /// 仓库webURL（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// 仓库是否开源（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
}

/// DepotData（查询项目下仓库信息列表）：返回信息包。
// E234: the table types `Depots` as one DepotInfo; the example sends an array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectDepotData {
    /// 仓库信息列表
    pub depots: Vec<ProjectDepotInfo>,
    /// 页码信息（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub page: Option<Nullable<PageInfo>>,
}

/// 页码信息
// The export's PageInfo (E1401): every field nullable, all listed as returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PageInfo {
    /// 页码数量
    pub page_number: Nullable<i64>,
    /// 每页大小
    pub page_size: Nullable<i64>,
    /// 页码总数量
    pub total_page: Nullable<i64>,
    /// 数据总行数
    pub total_row: Nullable<i64>,
}

/// 仓库信息:（根据模板创建仓库、修改仓库名称、获取团队下仓库列表）
// E231: the third DepotInfo definition (under 根据模板创建仓库); the replies of
// 修改仓库名称 and 获取团队下仓库列表 have this shape too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotInfo {
    /// 仓库名称
    pub name: String,
    /// 仓库的 https 地址
    pub https_url: String,
    /// 仓库的 ssh 地址
    pub ssh_url: String,
    /// 仓库 id
    pub id: i64,
    /// 仓库类型,具体值为 git 或者 svn
    pub vcs_type: VcsType,
    /// 仓库 webURL
    pub web_url: String,
    /// 项目 Id
    pub project_id: i64,
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
    /// 仓库描述（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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
    /// 项目名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 仓库类型,具体值为git或者svn（CODING OpenAPI export）
    // E1401: a field only the export has; E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_type: Option<VcsType>,
    /// 仓库是否开源（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_shared: Option<bool>,
}

/// DepotData（获取团队下仓库列表）：仓库信息详情列表。
// E234/E235: `Depots` is an array, and its items have the DepotInfo shape of
// 根据模板创建仓库, not the one the DepotData table points to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamDepotData {
    /// 仓库信息列表
    pub depots: Vec<DepotInfo>,
    /// 页码信息（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub page: Option<Nullable<PageInfo>>,
}

// ---------------------------------------------------------------- CreateGitDepot

/// 创建代码仓库：输入参数。
// E225: the table omits Action. E200: ProjectId and DepotName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitDepotRequest {
    /// 公共参数,本接口取值:CreateGitDepot
    pub action: Action<CreateGitDepot>,
    /// 项目 id
    // E1411: the export's example sends it as a string.
    pub project_id: IntegerOrString,
    /// 仓库名称
    pub depot_name: String,
    /// 是否开源
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// 仓库描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 创建代码仓库：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitDepotResponse {
    /// 仓库 id
    pub depot_id: i64,
}

// ---------------------------------------------------------------- DescribeGitDepot

/// 获取代码仓库详情：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitDepotRequest {
    /// 公共参数,本接口取值:DescribeGitDepot
    pub action: Action<DescribeGitDepot>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 获取代码仓库详情：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitDepotResponse {
    /// 仓库详情
    pub depot: FullDepotInfo,
}

// ---------------------------------------------------------------- DeleteGitDepot

/// 删除代码仓库：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitDepotRequest {
    /// 公共参数,本接口取值:DeleteGitDepot
    pub action: Action<DeleteGitDepot>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyDepotDescription

/// 修改仓库描述：输入参数。
// E225: the table omits Action. E200: DepotId and Description are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotDescriptionRequest {
    /// 公共参数,本接口取值:ModifyDepotDescription
    pub action: Action<ModifyDepotDescription>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 用户 id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// 仓库描述
    pub description: String,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyDepotName

/// 修改仓库名称：输入参数。
// E225: the table omits Action. E200: DepotId and DepotName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotNameRequest {
    /// 公共参数,本接口取值:ModifyDepotName
    pub action: Action<ModifyDepotName>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 用户 id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// 新仓库名
    pub depot_name: String,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 修改仓库名称：输出参数。
// E226/E236: the document has no output table; the example carries RequestId and
// the renamed depot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotNameResponse {
    /// 改名后的仓库信息。
    pub depot_info: DepotInfo,
}

// ---------------------------------------------------------------- DescribeProjectDepotInfoList

/// 查询项目下仓库信息列表：输入参数。
// E225: the table omits Action. E200: ProjectId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotInfoListRequest {
    /// 公共参数,本接口取值:DescribeProjectDepotInfoList
    pub action: Action<DescribeProjectDepotInfoList>,
    /// 项目 id
    pub project_id: i64,
    /// 页号（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<String>,
    /// 每页的个数（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<String>,
}

/// 查询项目下仓库信息列表：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectDepotInfoListResponse {
    /// 返回信息包
    pub depot_data: ProjectDepotData,
}

// ---------------------------------------------------------------- DescribeTeamDepotInfoList

/// 获取团队下仓库列表：输入参数。
// E225: the table omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamDepotInfoListRequest {
    /// 公共参数,本接口取值:DescribeTeamDepotInfoList
    pub action: Action<DescribeTeamDepotInfoList>,
    /// 项目名称,可模糊查询,默认返回全部项目
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 项目名称,可模糊查询,默认返回全部项目
    // E237: the table calls this parameter GroupName, the example sends
    // ProjectName; both are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// 仓库名称,可模糊查询,默认返回全部仓库
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_name: Option<String>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页码大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// 获取团队下仓库列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamDepotInfoListResponse {
    /// 仓库信息详情列表
    pub depot_data: TeamDepotData,
}

// ---------------------------------------------------------------- ModifyDefaultBranch

/// 修改仓库默认分支：输入参数。
// E225: the table omits Action. E200: DepotId and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDefaultBranchRequest {
    /// 公共参数,本接口取值:ModifyDefaultBranch
    pub action: Action<ModifyDefaultBranch>,
    /// 仓库Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名
    pub branch_name: String,
    /// 用户Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateDepotByTemplate

/// 根据模板创建仓库：输入参数。
// E225: the table omits Action. E200: ProjectId, DepotName and Template are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotByTemplateRequest {
    /// 公共参数,本接口取值:CreateDepotByTemplate
    pub action: Action<CreateDepotByTemplate>,
    /// 项目Id
    pub project_id: i64,
    /// 仓库名
    pub depot_name: String,
    /// 仓库模板。目前支持:Spring, Ruby on Rails,Ruby Sinatra,Node.js,Android,Python。对应模板参数分别为:SPRING,ROR,SINATRA,NODEJS,ANDROID,FLASK。如果设置了自定义模版,可以传入自定义模版的仓库Id
    // E238: an open set (a custom template's depot id is allowed), so a string.
    pub template: String,
    /// 用户Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// 仓库描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 根据模板创建仓库：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotByTemplateResponse {
    /// 仓库数据
    pub depot_info: DepotInfo,
}

// ---------------------------------------------------------------- ModifyGitTransfer

/// 仓库转移至同团队下的其他项目中：输入参数。
// E225: the table omits Action. E200: DepotId and TargetProjectId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitTransferRequest {
    /// 公共参数,本接口取值:ModifyGitTransfer
    pub action: Action<ModifyGitTransfer>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 项目 Id
    pub target_project_id: i64,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 仓库转移至同团队下的其他项目中：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitTransferResponse {
    /// 转移后 web 页面的访问路径
    pub new_depot_path: String,
}

// ---------------------------------------------------------------- ModifyGitDepotArchive

/// 仓库归档：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitDepotArchiveRequest {
    /// 公共参数,本接口取值:ModifyGitDepotArchive
    pub action: Action<ModifyGitDepotArchive>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyGitDepotUnarchive

/// 仓库解除归档：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitDepotUnarchiveRequest {
    /// 公共参数,本接口取值:ModifyGitDepotUnarchive
    pub action: Action<ModifyGitDepotUnarchive>,
    /// 仓库 Id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

actions! {
    /// 创建代码仓库
    CreateGitDepot {
        summary: "创建代码仓库",
        source: "创建代码仓库",
        request: CreateGitDepotRequest,
        response: CreateGitDepotResponse,
    }

    /// 获取代码仓库详情
    DescribeGitDepot {
        summary: "获取代码仓库详情",
        source: "获取代码仓库详情",
        request: DescribeGitDepotRequest,
        response: DescribeGitDepotResponse,
    }

    // E226: no output table (or an empty one); the example carries RequestId.
    /// 删除代码仓库
    DeleteGitDepot {
        summary: "删除代码仓库",
        source: "删除代码仓库",
        request: DeleteGitDepotRequest,
        response: RequestIdResponse,
    }

    // E226: no output table (or an empty one); the example carries RequestId.
    /// 修改仓库描述
    ModifyDepotDescription {
        summary: "修改仓库描述",
        source: "修改仓库描述",
        request: ModifyDepotDescriptionRequest,
        response: RequestIdResponse,
    }

    /// 修改仓库名称
    ModifyDepotName {
        summary: "修改仓库名称",
        source: "修改仓库名称",
        request: ModifyDepotNameRequest,
        response: ModifyDepotNameResponse,
    }

    /// 查询项目下仓库信息列表
    DescribeProjectDepotInfoList {
        summary: "查询项目下仓库信息列表",
        source: "查询项目下仓库信息列表",
        request: DescribeProjectDepotInfoListRequest,
        response: DescribeProjectDepotInfoListResponse,
    }

    /// 获取团队下仓库列表
    DescribeTeamDepotInfoList {
        summary: "获取团队下仓库列表",
        description: "获取团队下仓库列表,仅团队所有者或团队管理员可以调用。",
        source: "获取团队下仓库列表",
        request: DescribeTeamDepotInfoListRequest,
        response: DescribeTeamDepotInfoListResponse,
    }

    /// 修改仓库默认分支
    ModifyDefaultBranch {
        summary: "修改仓库默认分支",
        description: "修改仓库默认分支",
        source: "修改仓库默认分支",
        request: ModifyDefaultBranchRequest,
        response: RequestIdResponse,
    }

    /// 根据模板创建仓库
    CreateDepotByTemplate {
        summary: "根据模板创建仓库",
        source: "根据模板创建仓库",
        request: CreateDepotByTemplateRequest,
        response: CreateDepotByTemplateResponse,
    }

    /// 仓库转移至同团队下的其他项目中
    ModifyGitTransfer {
        summary: "仓库转移至同团队下的其他项目中",
        description: "⚠️ 当前该 openapi 接口仅支持迁移 git 代码仓库中的代码,暂不支持迁移代码版本及合并请求记录。",
        source: "仓库转移至同团队下的其他项目中",
        request: ModifyGitTransferRequest,
        response: ModifyGitTransferResponse,
    }

    /// 仓库归档
    ModifyGitDepotArchive {
        summary: "仓库归档",
        source: "仓库归档",
        request: ModifyGitDepotArchiveRequest,
        response: RequestIdResponse,
    }

    /// 仓库解除归档
    ModifyGitDepotUnarchive {
        summary: "仓库解除归档",
        source: "仓库解除归档",
        request: ModifyGitDepotUnarchiveRequest,
        response: RequestIdResponse,
    }
}
