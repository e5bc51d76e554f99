//! 文档管理: a project's Wiki pages: create, update, delete, read and list them,
//! reorder them, and import or update them from a ZIP package.
//!
//! Required input parameters follow E1/E200 (E1000). Every request example of the
//! section sends an `Authorization` key in the body, which no table lists (E1001).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{FlexibleNumber, IntegerOrString, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "文档管理";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "A project's Wiki pages: create, update, delete, read, list and \
                    reorder them, and import them from ZIP packages.",
    source: "API REFERENCE › 文档管理",
    endpoints: &[
        EndpointRef::of::<CreateWiki>(),
        EndpointRef::of::<DeleteWiki>(),
        EndpointRef::of::<ModifyWiki>(),
        EndpointRef::of::<DescribeWiki>(),
        EndpointRef::of::<DescribeImportJobStatus>(),
        EndpointRef::of::<DescribeWikiList>(),
        EndpointRef::of::<ModifyWikiOrder>(),
        EndpointRef::of::<CreateUploadToken>(),
        EndpointRef::of::<CreateWikiByZip>(),
        EndpointRef::of::<DescribeUpdateJobStatus>(),
        EndpointRef::of::<ModifyWikiByZip>(),
    ],
};

// ---------------------------------------------------------------- shared shapes

/// 用户（Wiki 的创建者、修改者）。
// E1003: the tables type Editor and Creator as `User` and define no User table here;
// the shape is read off the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiUser {
    /// 用户状态。
    pub status: i64,
    /// 姓名。
    pub name: String,
    /// 用户 Id。
    pub id: i64,
    /// 手机号。
    pub phone: String,
    /// 团队 Id。
    pub team_id: i64,
    /// 用户全局 Key。
    pub global_key: String,
    /// 头像地址。
    pub avatar: String,
    /// 邮箱。
    pub email: String,
    /// 团队全局 Key。
    pub team_global_key: String,
}

/// Wiki：wiki 的具体信息
// E1002: Msg typed Integer; CreatedAt/UpdatedAt typed Long but sent as date strings;
// CreatorId, EditorId and CurrentUserRoleId in no example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Wiki {
    /// wikiId
    pub id: i64,
    /// 标题
    pub title: String,
    /// 内容
    pub content: String,
    /// 提交说明
    // E1002: typed Integer; the examples send a string.
    pub msg: String,
    /// Iid
    pub iid: i64,
    /// 内容转成的 html
    pub html: String,
    /// 创建时间
    // E1002, E5: typed Long; the examples send "2020-09-22 00:00:00".
    pub created_at: IntegerOrString,
    /// 修改时间
    // E1002, E5.
    pub updated_at: IntegerOrString,
    /// 父级 IiD
    pub parent_iid: i64,
    /// 所处顺序位置
    // E204: a Double written as a whole number.
    pub order: FlexibleNumber,
    /// 创建者的 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<i64>,
    /// 编辑者的 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor_id: Option<i64>,
    /// wiki 历史 Id
    pub history_id: i64,
    /// 用户权限 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_user_role_id: Option<i64>,
    /// 修改次数
    pub histories_count: i64,
    /// 最早 versionId
    pub last_version: i64,
    /// 当前 versionId
    pub current_version: i64,
    /// 路径
    pub path: String,
    /// 是否父级分享
    pub parent_shared: bool,
    /// 可见范围
    // Only examples (PUBLIC, INHERIT, HIDDEN, READ_ONLY): a plain string.
    pub visible_range: String,
    /// 父级可见范围
    pub parent_visible_range: String,
    /// 是否为维护者
    pub can_maintain: bool,
    /// 是否可以阅读
    pub can_read: bool,
    /// 修改者
    pub editor: WikiUser,
    /// 创建者
    pub creator: WikiUser,
}

/// Wiki 的输出参数：`Data` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiResponse {
    /// wiki 的具体信息
    pub data: Wiki,
}

/// 任务状态 WAIT_PROCESS,PROCESSING,SUCCEEDED,FAILED
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WikiJobStatus {
    /// WAIT_PROCESS
    WaitProcess,
    /// PROCESSING
    Processing,
    /// SUCCEEDED
    Succeeded,
    /// FAILED
    Failed,
}

/// 任务状态查询的输出参数：`RequestId`、`Status` 与 `JobId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiJobStatusResponse {
    /// 状态 WAIT_PROCESS,PROCESSING,SUCCEEDED,FAILED
    // E1418: the export's replies carry the job in `Data` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WikiJobStatus>,
    /// 任务 id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// 导入wiki状态（CODING OpenAPI export）
    // E1418: the export's form of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<WikiJob>,
}

/// 查询wiki导入状态信息（CODING OpenAPI export）
// E1418: the export's WikiJobStatus, renamed (the help document's WikiJobStatus is
// the status enum).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiJob {
    /// 任务Id
    pub job_id: String,
    /// 任务状态
    pub status: WikiJobStatus,
}

/// ZIP 包导入的输出参数：`RequestId` 与 `JobId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiJobResponse {
    /// 任务 id
    pub job_id: String,
}

// ---------------------------------------------------------------- CreateWiki

/// 创建 Wiki：输入参数。
// E1000: ProjectName, Title and Content are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateWikiRequest {
    /// 公共参数,本接口取值:CreateWiki
    pub action: Action<CreateWiki>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 标题
    pub title: String,
    /// 内容
    pub content: String,
    /// 父级 Iid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_iid: Option<i64>,
    /// 标志
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

// ---------------------------------------------------------------- DeleteWiki

/// 删除 Wiki：输入参数。
// E1000: ProjectName and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteWikiRequest {
    /// 公共参数,本接口取值:DeleteWiki
    pub action: Action<DeleteWiki>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// wiki Iid
    pub iid: i64,
}

// ---------------------------------------------------------------- ModifyWiki

/// 更新 Wiki：输入参数。
// E1000: ProjectName and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWikiRequest {
    /// 公共参数,本接口取值:ModifyWiki
    pub action: Action<ModifyWiki>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 内容
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// wiki Iid
    pub iid: i64,
    /// 标志
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

// ---------------------------------------------------------------- DescribeWiki

/// 获取详情：输入参数。
// E1000: ProjectName and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWikiRequest {
    /// 公共参数,本接口取值:DescribeWiki
    pub action: Action<DescribeWiki>,
    /// 项目名称
    pub project_name: String,
    /// wiki Iid
    pub iid: i64,
    /// 版本号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_id: Option<i64>,
}

/// 用户（获取详情的创建者、修改者）。
// E1004: DescribeWiki's users use snake_case and camelCase keys and send `phone` as
// a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WikiDetailUser {
    /// 头像地址。
    pub avatar: String,
    /// 用户全局 Key。
    pub global_key: String,
    /// 姓名。
    pub name: String,
    /// 用户状态。
    pub status: i64,
    /// 手机号。
    pub phone: IntegerOrString,
    /// 用户 Id。
    pub id: i64,
    /// 邮箱。
    pub email: String,
    /// 团队 Id。
    #[serde(rename = "teamId")]
    pub team_id: i64,
}

/// Wiki：wiki 的具体信息（获取详情的 camelCase 形式）。
// E1004: DescribeWiki answers `data` with camelCase keys; the fields are the Wiki
// table's, in its order (those no example carries are optional), plus `reminded` last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WikiDetail {
    /// wikiId
    pub id: i64,
    /// 标题
    pub title: String,
    /// 内容
    pub content: String,
    /// 提交说明
    // E1002: typed Integer; the example sends a string.
    pub msg: String,
    /// Iid
    pub iid: i64,
    /// 内容转成的 html
    pub html: String,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 父级 IiD
    pub parent_iid: i64,
    /// 所处顺序位置
    // E204.
    pub order: FlexibleNumber,
    /// 创建者的 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<i64>,
    /// 编辑者的 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor_id: Option<i64>,
    /// wiki 历史 Id
    pub history_id: i64,
    /// 用户权限 Id
    pub current_user_role_id: i64,
    /// 修改次数
    pub histories_count: i64,
    /// 最早 versionId
    pub last_version: i64,
    /// 当前 versionId
    pub current_version: i64,
    /// 路径
    pub path: String,
    /// 是否父级分享
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_shared: Option<bool>,
    /// 可见范围
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_range: Option<String>,
    /// 父级可见范围
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_visible_range: Option<String>,
    /// 是否为维护者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_maintain: Option<bool>,
    /// 是否可以阅读
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_read: Option<bool>,
    /// 修改者
    pub editor: WikiDetailUser,
    /// 创建者
    pub creator: WikiDetailUser,
    /// 是否提醒（表格未列出，见于示例）。
    pub reminded: bool,
}

/// 获取详情：输出参数：CODING OpenAPI export 的 `Data`，或帮助文档示例的 `data`。
// E1004: the table writes `Data`, the help document's example `data` with camelCase
// keys. E1419: the export's reply is `Data`, the PascalCase Wiki. One of the two is
// present, so the output is one of two shapes, each with its own member, not one
// shape with both: generators name members by their letters, and `data` beside
// `Data` is one name to them (progenitor cannot compile such a struct).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum DescribeWikiResponse {
    /// CODING OpenAPI export 的回复：`Data`，PascalCase 的 Wiki。
    Export(DescribeWikiData),
    /// 帮助文档示例的回复：`data`，camelCase。
    HelpDocument(DescribeWikiDataCamelCase),
}

/// 获取详情：输出参数（CODING OpenAPI export：`Data`）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWikiData {
    /// wiki 的具体信息（CODING OpenAPI export：`Data`）
    // E1419.
    pub data: Wiki,
}

/// 获取详情：输出参数（帮助文档的示例：`data`，camelCase）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DescribeWikiDataCamelCase {
    /// wiki 的具体信息（帮助文档的示例：`data`，camelCase）
    // E1004.
    pub data: WikiDetail,
}

// ---------------------------------------------------------------- DescribeImportJobStatus

/// 任务状态查询：输入参数。
// E1000: ProjectName and JobId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeImportJobStatusRequest {
    /// 公共参数,本接口取值:DescribeImportJobStatus
    pub action: Action<DescribeImportJobStatus>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 任务 Id
    pub job_id: String,
}

// ---------------------------------------------------------------- DescribeWikiList

/// 获取列表详情：输入参数。
// E1000: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWikiListRequest {
    /// 公共参数,本接口取值:DescribeWikiList
    pub action: Action<DescribeWikiList>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
}

/// 用户（Wiki 列表的创建者、修改者）。
// E1005: read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WikiListUser {
    /// 用户 Id。
    pub id: i64,
    /// 用户状态。
    pub status: i64,
    /// 用户全局 Key。
    pub global_key: String,
    /// 头像地址。
    pub avatar: String,
    /// 姓名。
    pub name: String,
    /// 邮箱。
    pub email: String,
}

/// WikiList：wiki 列表的具体信息
// E1005: the example's keys are camelCase; `title` is null on the root;
// creator, editor, createdAt and updatedAt are absent on the root.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct WikiList {
    /// wikiId
    pub id: i64,
    /// 标题
    pub title: forgespec_core::Nullable<String>,
    /// Iid
    pub iid: i64,
    /// 父级 IiD
    pub parent_iid: i64,
    /// 所处顺序位置
    // E204.
    pub order: FlexibleNumber,
    /// 是否分享
    pub is_shared: bool,
    /// 是否父级分享
    pub is_tree_shared: bool,
    /// 可见范围
    pub visible_range: String,
    /// 是否为维护者
    pub can_maintain: bool,
    /// 是否可以阅读
    pub can_read: bool,
    /// 修改者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<WikiListUser>,
    /// 创建者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<WikiListUser>,
    /// 创建时间（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// 修改时间（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// 创建者
    // E1006: a copy-pasted description (these are the child pages), kept verbatim;
    // the table types it WikiList, the example sends an array.
    pub children: Vec<WikiList>,
}

/// 获取列表详情：输出参数：CODING OpenAPI export 的 `Data`，或帮助文档示例的 `data`。
// E1005: an array. E1419: the export's reply is `Data`, PascalCase items. One of the
// two is present; two shapes, as for DescribeWikiResponse.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum DescribeWikiListResponse {
    /// CODING OpenAPI export 的回复：`Data`，PascalCase 的列表。
    Export(DescribeWikiListData),
    /// 帮助文档示例的回复：`data`，camelCase 的列表。
    HelpDocument(DescribeWikiListDataCamelCase),
}

/// 获取列表详情：输出参数（CODING OpenAPI export：`Data`）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWikiListData {
    /// wiki列表数据（CODING OpenAPI export：`Data`）
    // E1419.
    pub data: Vec<WikiListData>,
}

/// 获取列表详情：输出参数（帮助文档的示例：`data`，camelCase）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DescribeWikiListDataCamelCase {
    /// wiki 的具体信息（帮助文档的示例：`data`，camelCase）
    // E1005: an array.
    pub data: Vec<WikiList>,
}

/// wiki列表信息（CODING OpenAPI export）
// E1419: the export's WikiListData and WikiChildrenData, one shape (a child has no
// Children).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiListData {
    /// 是否整树分享
    pub is_tree_shared: bool,
    /// 标题
    pub title: String,
    /// 创建者
    pub creator: WikiUser,
    /// wiki Id
    pub id: i64,
    /// 内容
    pub content: String,
    /// wiki编号
    pub iid: i64,
    /// 编辑者
    pub editor: WikiUser,
    /// 更新时间
    pub updated_at: i64,
    /// 可见范围
    pub visible_range: String,
    /// 所处顺序位置
    // E204: a float, written 0.0 and 1.0.
    pub order: FlexibleNumber,
    /// 父级编号
    pub parent_iid: i64,
    /// 子页面信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<WikiListData>>,
    /// 创建时间
    pub created_at: i64,
    /// 是否分享
    pub is_shared: bool,
}

// ---------------------------------------------------------------- ModifyWikiOrder

/// 修改父级顺序：输入参数。
// E1000: ProjectName and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWikiOrderRequest {
    /// 公共参数,本接口取值:ModifyWikiOrder
    pub action: Action<ModifyWikiOrder>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// wiki Iid
    pub iid: i64,
    /// 父级 Iid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_iid: Option<i64>,
    /// 是否检查权限
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forced: Option<bool>,
    /// 在第几层级之前
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    /// 在第几层级之后
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<i64>,
}

// ---------------------------------------------------------------- CreateUploadToken

/// 获取上传文件的 Token：输入参数。
// E1000: ProjectName and FileName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateUploadTokenRequest {
    /// 公共参数,本接口取值:CreateUploadToken
    pub action: Action<CreateUploadToken>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 文件名
    pub file_name: String,
    /// 时间戳（表格未列出，见于示例）。
    // E1007.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
}

/// Token：Token 的具体信息
// E1008: `provide` in the table is `provider` in the example; `time` is sent as a
// string. E1417: the help document's example writes the keys in camelCase, the
// export's in PascalCase, as every other reply: PascalCase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WikiToken {
    /// 验证文件的 Token(用于导入 wiki zip 使用)
    pub auth_token: String,
    /// cos 存储对象
    // E1008: the table's `provide`.
    pub provider: String,
    /// cos 上传的 Id
    pub secret_id: String,
    /// cos 上传的 key (用于导入 wiki zip 使用)
    pub secret_key: String,
    /// 上传地址
    pub upload_link: String,
    /// 上传文件的 Token
    pub up_token: String,
    /// 获取 token 的时间(用于导入 wiki zip 使用)
    // E1008, E5: typed Long, sent as a string.
    pub time: IntegerOrString,
}

/// 获取上传文件的 Token：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateUploadTokenResponse {
    /// 上传文件至 cos 的 token
    pub token: WikiToken,
}

// ---------------------------------------------------------------- CreateWikiByZip

/// 通过 ZIP 包上传：输入参数。
// E1000: ProjectName, FileName, Key, Time and AuthToken are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateWikiByZipRequest {
    /// 公共参数,本接口取值:CreateWikiByZip
    pub action: Action<CreateWikiByZip>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 文件名
    pub file_name: String,
    /// 上传文件的 uuid 名称 b5d0d8e0-3aca-11eb-8673-a9b6d94ca755.png
    pub key: String,
    /// 获取 token 的时间
    pub time: i64,
    /// 验证文件的 token
    pub auth_token: String,
    /// 父级 Iid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_iid: Option<i64>,
}

// ---------------------------------------------------------------- DescribeUpdateJobStatus

/// 通过 ZIP 包更新任务状态查询：输入参数。
// E1000: ProjectName and JobId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUpdateJobStatusRequest {
    /// 公共参数,本接口取值:DescribeUpdateJobStatus
    pub action: Action<DescribeUpdateJobStatus>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 任务 Id
    pub job_id: String,
}

// ---------------------------------------------------------------- ModifyWikiByZip

/// 通过 ZIP 包更新 Wiki：输入参数。
// E1000: ProjectName, FileName, Key, Time, AuthToken and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyWikiByZipRequest {
    /// 公共参数,本接口取值:ModifyWikiByZip
    pub action: Action<ModifyWikiByZip>,
    /// 访问令牌（表格未列出，见于示例）。
    // E1001.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// 项目名称
    pub project_name: String,
    /// 文件名
    pub file_name: String,
    /// 上传文件的 uuid 名称 b5d0d8e0-3aca-11eb-8673-a9b6d94ca755.png
    pub key: String,
    /// 获取 token 的时间
    pub time: i64,
    /// 验证文件的 token
    pub auth_token: String,
    /// wiki 的 Iid
    pub iid: i64,
}

// ---------------------------------------------------------------- operations

actions! {
    /// 创建 Wiki
    CreateWiki {
        summary: "创建 Wiki",
        source: "创建 Wiki",
        request: CreateWikiRequest,
        response: WikiResponse,
    }

    /// 删除 Wiki
    DeleteWiki {
        summary: "删除 Wiki",
        source: "删除 Wiki",
        request: DeleteWikiRequest,
        response: RequestIdResponse,
    }

    /// 更新 Wiki
    ModifyWiki {
        summary: "更新 Wiki",
        source: "更新 Wiki",
        request: ModifyWikiRequest,
        response: WikiResponse,
    }

    /// 获取详情
    DescribeWiki {
        summary: "获取详情",
        source: "获取详情",
        request: DescribeWikiRequest,
        response: DescribeWikiResponse,
    }

    /// 任务状态查询
    DescribeImportJobStatus {
        summary: "任务状态查询",
        source: "任务状态查询",
        request: DescribeImportJobStatusRequest,
        response: WikiJobStatusResponse,
    }

    /// 获取列表详情
    DescribeWikiList {
        summary: "获取列表详情",
        source: "获取列表详情",
        request: DescribeWikiListRequest,
        response: DescribeWikiListResponse,
    }

    /// 修改父级顺序
    ModifyWikiOrder {
        summary: "修改父级顺序",
        source: "修改父级顺序",
        request: ModifyWikiOrderRequest,
        response: RequestIdResponse,
    }

    /// 获取上传文件的 Token
    CreateUploadToken {
        summary: "获取上传文件的 Token",
        source: "获取上传文件的 Token",
        request: CreateUploadTokenRequest,
        response: CreateUploadTokenResponse,
    }

    /// 通过 ZIP 包上传
    CreateWikiByZip {
        summary: "通过 ZIP 包上传",
        source: "通过 ZIP 包上传",
        request: CreateWikiByZipRequest,
        response: WikiJobResponse,
    }

    /// 通过 ZIP 包更新任务状态查询
    DescribeUpdateJobStatus {
        summary: "通过 ZIP 包更新任务状态查询",
        source: "通过 ZIP 包更新任务状态查询",
        request: DescribeUpdateJobStatusRequest,
        response: WikiJobStatusResponse,
    }

    /// 通过 ZIP 包更新 Wiki
    ModifyWikiByZip {
        summary: "通过 ZIP 包更新 Wiki",
        source: "通过 ZIP 包更新 Wiki",
        request: ModifyWikiByZipRequest,
        response: WikiJobResponse,
    }
}
