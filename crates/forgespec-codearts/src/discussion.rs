//! 4.11 Discussion: review comments (检视意见) on merge requests: creating one,
//! listing them, replying to one, and the repository's review settings.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, IntegerOrString};

/// The tag (document section) of these operations.
pub const TAG: &str = "Discussion";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "合并请求的检视意见：创建、回复、查询检视意见，检视意见设置。",
    source: "4 API › 4.11 Discussion",
    endpoints: &[
        EndpointRef::of::<CreateMergeRequestDiscussion>(),
        EndpointRef::of::<ListMergeRequestDiscussions>(),
        EndpointRef::of::<ReplyMergeRequestDiscussion>(),
        EndpointRef::of::<ShowReviewSetting>(),
    ],
};

/// 路径参数：一个合并请求。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct MergeRequestPath {
    /// 仓库短id
    #[schemars(range(min = 1, max = 2147483647))]
    pub repository_id: i64,
    /// 合并请求iid
    #[schemars(range(min = 1, max = 2147483647))]
    pub merge_request_iid: i64,
}

/// 路径参数：一个合并请求（获取评审意见列表）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListDiscussionsPath {
    /// The ID of a project
    // E225: String in this table, Integer (仓库短id) in 4.11.1 on the same path.
    pub repository_id: i64,
    /// The ID of the merge request
    pub merge_request_iid: i64,
}

/// 路径参数：合并请求的一个检视意见。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DiscussionPath {
    /// 仓库短id
    #[schemars(range(min = 1, max = 2147483647))]
    pub repository_id: i64,
    /// 合并请求iid
    #[schemars(range(min = 1, max = 2147483647))]
    pub merge_request_iid: i64,
    /// 评论id
    pub discussion_id: String,
}

/// 路径参数：一个仓库（获取检视意见设置）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ReviewSettingPath {
    /// 仓库短id
    #[schemars(range(min = 1, max = 2147483647))]
    pub repository_id: i64,
}

/// PositionDto：代码位置信息。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PositionDto {
    /// 源分支base提交节点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_sha: Option<String>,
    /// 目标分支最新提交节点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_sha: Option<String>,
    /// 源分支最新提交节点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_sha: Option<String>,
    /// 修改前文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// 修改后文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// 变更类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_type: Option<String>,
    /// 修改前行号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_line: Option<i64>,
    /// 修改后行号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_line: Option<i64>,
}

/// 创建 MR 检视意见的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateDiscussionRequest {
    /// 检视意见内容
    pub body: String,
    /// 严重程度
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// 指派人id
    // E227: String in the table; the example printed under 4.11.4 (see E230)
    // sends `9124`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<IntegerOrString>,
    /// 检视意见分类
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_categories: Option<String>,
    /// 检视意见模块
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_modules: Option<String>,
    /// 提出人id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer_id: Option<String>,
    /// 代码位置信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<PositionDto>,
}

/// UserBasicDto：用户。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UserBasicDto {
    /// 用户id
    #[schemars(range(min = 1, max = 2147483647))]
    pub id: i64,
    /// 姓名
    pub name: String,
    /// 用户名
    pub username: String,
    /// 状态
    pub state: String,
    /// 头像url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// 头像路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_path: Option<String>,
    /// 邮箱
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 中文名
    pub name_cn: String,
    /// 主页
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// 昵称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    /// 租户名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_name: Option<String>,
}

/// MergeRequestVersionParamsDto：MR版本信息。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestVersionParamsDto {
    /// MR最新变更id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 2147483647))]
    pub diff_id: Option<i64>,
    /// 目标分支最新提交
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_sha: Option<String>,
    /// 源分支最新提交
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
}

/// NoteDto：一条检视意见（主评或回复）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteDto {
    /// note id
    #[schemars(range(min = 1, max = 2147483647))]
    pub id: i64,
    /// note类型
    #[serde(rename = "type")]
    pub note_type: String,
    /// 检视意见内容
    pub body: String,
    /// 附件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<String>,
    /// 作者
    pub author: UserBasicDto,
    /// 创建时间
    pub created_at: String,
    /// 更新时间
    pub updated_at: String,
    /// 是否是系统生成的日志
    pub system: bool,
    /// 目标id
    #[schemars(range(min = 1, max = 2147483647))]
    pub noteable_id: i64,
    /// 目标类型
    pub noteable_type: String,
    /// 关联的提交id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// 是否可解决
    pub resolvable: bool,
    /// 是否为回复的评论
    pub is_reply: bool,
    /// 解决人
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_by: Option<UserBasicDto>,
    /// 目标iid
    #[schemars(range(min = 1, max = 2147483647))]
    pub noteable_iid: i64,
    /// 讨论id
    pub discussion_id: String,
    /// 所属项目
    pub project: String,
    /// 变更文件
    pub diff_file: String,
    /// 变更内容
    pub diff: String,
    /// 是否存档
    pub archived: bool,
    /// 检视意见分类
    pub review_categories: String,
    /// 检视意见分类中文名
    pub review_categories_cn: String,
    /// 检视意见分类英文名
    pub review_categories_en: String,
    /// 检视意见模块
    pub review_modules: String,
    /// 严重程度
    pub severity: String,
    /// 严重程度中文名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity_cn: Option<String>,
    /// 严重程度英文名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity_en: Option<String>,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_path: Option<String>,
    /// 行号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<String>,
    /// 指派人
    pub assignee: UserBasicDto,
    /// 提出人
    pub proposer: UserBasicDto,
    /// 关联的代码位置
    pub position: PositionDto,
    /// 是否解决
    pub resolved: bool,
    /// 是否过时
    pub is_outdated: bool,
}

/// MergeRequestDiscussionDto：一个检视意见（讨论）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MergeRequestDiscussionDto {
    /// 评论id
    pub id: String,
    /// individual_note
    pub individual_note: bool,
    /// 主评和回复列表
    #[schemars(length(max = 1))]
    pub notes: Vec<NoteDto>,
    /// 仓库id
    #[schemars(range(min = 1, max = 2147483647))]
    pub project_id: i64,
    /// 目标类型
    pub noteable_type: String,
    /// 关联的提交id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
    /// 仓库路径
    pub project_full_path: String,
    /// 变更前文件模式
    pub a_mode: String,
    /// 变更后文件模式
    pub b_mode: String,
    /// 此次变更是否删除文件
    pub deleted_file: bool,
    /// 此次变更是否新增文件
    pub new_file: bool,
    /// 检视意见是否解决
    pub resolved: bool,
    /// 检视意见是否存档
    pub archived: bool,
    /// 检视意见分类
    pub review_categories: String,
    /// 检视意见分类中文名
    pub review_categories_cn: String,
    /// 检视意见分类英文名
    pub review_categories_en: String,
    /// 检视意见模块
    pub review_modules: String,
    /// 严重程度
    pub severity: String,
    /// 严重程度中文名
    pub severity_cn: String,
    /// 严重程度英文名
    pub severity_en: String,
    /// 指派人
    pub assignee: UserBasicDto,
    /// 提出人
    pub proposer: UserBasicDto,
    /// MR版本信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_request_version_params: Option<MergeRequestVersionParamsDto>,
    /// 变更文件
    pub diff_file: String,
    /// 新增行数
    // E226: the table gives 最小值 1 for both line counts; only the maximum is
    // encoded (see `removed_lines`).
    #[schemars(range(max = 2147483647))]
    pub added_lines: i64,
    /// 删除行数
    // E226: the table gives 最小值 1; both examples send 0 (a discussion on a file
    // with no removed line). 0 is valid: only the maximum is encoded.
    #[schemars(range(max = 2147483647))]
    pub removed_lines: i64,
}

/// 讨论的类型：用户或系统。
///
/// 枚举值: `user`, `system`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DiscussionType {
    /// 用户的讨论
    User,
    /// 系统的讨论
    System,
}

/// 获取评审意见列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListDiscussionsQuery {
    /// To filter discussions between user and system
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub discussion_type: Option<DiscussionType>,
    /// To filter unresolved discussions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// Filter by author user ID or username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    /// Current page number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page: Option<i64>,
    /// Number of items per page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 20))]
    pub per_page: Option<i64>,
}

/// 回复 MR 检视意见的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ReplyDiscussionRequest {
    /// 检视意见内容
    pub body: String,
}

/// CategoryDto：检视意见分类。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryDto {
    /// key
    pub key: String,
    /// 中文名
    pub name_zh: String,
    /// 英文名
    pub name_en: String,
    /// 二级分类
    // E258: the table prints the name wrapped as `sub_categorie s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100))]
    pub sub_categories: Option<Vec<CategoryDto>>,
}

/// ReviewSettingDto：检视意见设置。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReviewSettingDto {
    /// 是否开启检视意见分类和模块
    pub categories_and_modules_enabled: bool,
    /// 是否开启二级分类
    pub secondary_category_enabled: bool,
    /// 是否禁止关联issue
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forbidden_add_to_issue: Option<bool>,
    /// 一级分类
    #[schemars(length(max = 100))]
    pub primary_categories: Vec<CategoryDto>,
    /// 默认分类
    #[schemars(length(max = 100))]
    pub review_default_categories: Vec<String>,
    /// 自定义分类
    #[schemars(length(max = 100))]
    pub review_customized_categories: Vec<String>,
    /// 检视意见模块
    #[schemars(length(max = 100))]
    pub review_modules: Vec<String>,
    /// 目标id
    #[schemars(range(min = 1, max = 2147483647))]
    pub source_id: i64,
    /// 目标类型
    pub source_type: String,
    /// 目标路径
    pub source_path: String,
    /// 二级分类类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_category_type: Option<String>,
    /// 二级分类
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_categories: Option<Vec<CategoryDto>>,
}

endpoint! {
    /// 创建 MR 检视意见
    pub struct CreateMergeRequestDiscussion {
        POST "/v2/repositories/{repository_id}/merge_requests/{merge_request_iid}/discussions",
        id: "createMergeRequestDiscussion",
        summary: "创建 MR 检视意见",
        description: "创建MR检视意见",
        source: "4.11.1 创建 MR 检视意见",
        path: MergeRequestPath,
        request: CreateDiscussionRequest,
        response: (200, "OK", Envelope<MergeRequestDiscussionDto>),
    }
}

// E228: the document gives no request-header table (请求参数 无) here; the
// token is still required, as for every other operation of the service.
// E229: a list operation whose table and example both give one object.
endpoint! {
    /// 获取评审意见列表
    pub struct ListMergeRequestDiscussions {
        GET "/v2/repositories/{repository_id}/merge_requests/{merge_request_iid}/discussions",
        id: "listMergeRequestDiscussions",
        summary: "获取评审意见列表",
        description: "获取评审意见列表",
        source: "4.11.2 获取评审意见列表",
        path: ListDiscussionsPath,
        query: ListDiscussionsQuery,
        response: (200, "OK", Envelope<MergeRequestDiscussionDto>),
    }
}

endpoint! {
    /// 回复 MR 检视意见
    pub struct ReplyMergeRequestDiscussion {
        POST "/v2/repositories/{repository_id}/merge_requests/{merge_request_iid}/discussions/{discussion_id}/notes",
        id: "replyMergeRequestDiscussion",
        summary: "回复 MR 检视意见",
        description: "回复MR检视意见",
        source: "4.11.3 回复 MR 检视意见",
        path: DiscussionPath,
        request: ReplyDiscussionRequest,
        response: (200, "OK", Envelope<NoteDto>),
    }
}

endpoint! {
    /// 获取检视意见设置
    pub struct ShowReviewSetting {
        GET "/v2/repositories/{repository_id}/review_setting",
        id: "showReviewSetting",
        summary: "获取检视意见设置",
        description: "获取检视意见设置",
        source: "4.11.4 获取检视意见设置",
        path: ReviewSettingPath,
        response: (200, "OK", Envelope<ReviewSettingDto>),
    }
}
