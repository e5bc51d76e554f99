//! 项目: creating, editing, deleting and looking up projects, and their members.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Nullable, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{DepartmentMember, Project, RequestIdResponse, UserStatus, Validated, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "项目";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Creating, editing, deleting and finding projects; project members.",
    source: "API REFERENCE › 项目",
    endpoints: &[
        EndpointRef::of::<CreateCodingProject>(),
        EndpointRef::of::<ModifyProject>(),
        EndpointRef::of::<DeleteOneProject>(),
        EndpointRef::of::<DescribeOneProject>(),
        EndpointRef::of::<DescribeProjectMembers>(),
        EndpointRef::of::<DescribeProjectByName>(),
        EndpointRef::of::<CreateProjectMember>(),
    ],
};

// ---------------------------------------------------------------- CreateCodingProject

/// 版本控制类型：git|svn|hg
// Named with a prefix: the 代码托管 section's `VcsType` lists only git and svn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProjectVcsType {
    /// git
    Git,
    /// svn
    Svn,
    /// hg
    Hg,
}

int_enum! {
    /// 0: 不公开 1:公开源代码
    pub enum ProjectShared {
        /// 0: 不公开
        Private = 0,
        /// 1:公开源代码
        Public = 1,
    }
}

/// 项目模版 CODE_HOST 代码托管项目, PROJECT_MANAGE 项目管理项目, DEV_OPS DevOps 项目, DEMO_BEGIN 范例项目
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProjectTemplate {
    /// CODE_HOST 代码托管项目
    CodeHost,
    /// PROJECT_MANAGE 项目管理项目
    ProjectManage,
    /// DEV_OPS DevOps 项目
    DevOps,
    /// DEMO_BEGIN 范例项目
    DemoBegin,
    /// CHOICE_DEMAND（CODING OpenAPI export 列出，未说明其含义）
    // E1302: a value only the export lists.
    ChoiceDemand,
}

/// 创建项目：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingProjectRequest {
    /// 公共参数,本接口取值:CreateCodingProject
    pub action: Action<CreateCodingProject>,
    /// 项目标识
    pub name: String,
    /// 项目名称
    pub display_name: String,
    /// 启用 README.md 文件初始化项目 true|false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_readme_enabled: Option<bool>,
    /// git|svn|hg
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vcs_type: Option<ProjectVcsType>,
    /// 是否创建 SVN 仓库推荐布局 默认 false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub create_svn_layout: Option<bool>,
    /// 0: 不公开 1:公开源代码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<ProjectShared>,
    /// 项目模版 CODE_HOST 代码托管项目, PROJECT_MANAGE 项目管理项目, DEV_OPS DevOps 项目, DEMO_BEGIN 范例项目
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_template: Option<ProjectTemplate>,
    /// 项目描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 项目图标
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// git ignore 文件类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_ignore: Option<String>,
}

/// 创建项目：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingProjectResponse {
    /// 项目 Id
    pub project_id: i64,
}

// ---------------------------------------------------------------- ModifyProject

/// 编辑项目：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectRequest {
    /// 公共参数,本接口取值:ModifyProject
    pub action: Action<ModifyProject>,
    /// 项目 id
    pub project_id: i64,
    /// 项目标识
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 项目名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// 项目描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}

// ---------------------------------------------------------------- DeleteOneProject

/// 删除项目：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteOneProjectRequest {
    /// 公共参数,本接口取值:DeleteOneProject
    pub action: Action<DeleteOneProject>,
    /// 项目 Id
    pub project_id: i64,
}

// ---------------------------------------------------------------- DescribeOneProject

/// 查询项目：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeOneProjectRequest {
    /// 公共参数,本接口取值:DescribeOneProject
    pub action: Action<DescribeOneProject>,
    /// 项目 Id
    pub project_id: i64,
}

/// 查询项目：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeOneProjectResponse {
    /// 项目信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub project: Nullable<Project>,
}

// ---------------------------------------------------------------- DescribeProjectMembers

/// 查询项目成员列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectMembersRequest {
    /// 公共参数,本接口取值:DescribeProjectMembers。
    pub action: Action<DescribeProjectMembers>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 项目Id
    pub project_id: i64,
    /// 用户组Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<i64>,
}

// The Role table, shared with the team, permission and organization sections (E1110).
pub use crate::common::{Role, RoleType};

/// 项目成员：用户成员信息，以及成员的 GlobalKey 和所在用户组。
// E12: the table types ProjectMembers as `[UserData]`, but its example adds
// `GlobalKey` and `Roles` (the `Role` table the section defines next to it), which
// team members (also `UserData`) do not have. A separate shape, named here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectMember {
    /// 用户Id
    pub id: i64,
    /// 团队Id
    pub team_id: i64,
    /// 用户名
    pub name: String,
    /// 用户名拼音
    pub name_pin_yin: String,
    /// 头像
    pub avatar: String,
    /// 邮箱
    pub email: String,
    /// 手机号
    pub phone: String,
    /// 邮箱是否验证 0 否 /1 是
    pub email_validation: Validated,
    /// 手机是否验证 0 否 /1 是
    pub phone_validation: Validated,
    /// 用户状态
    // E1115: the export documents the values.
    pub status: UserStatus,
    /// 用户唯一标志 (GlobalKey)。
    pub global_key: String,
    /// 用户组
    pub roles: Vec<Role>,
    /// 部门成员（CODING OpenAPI export）
    // E1111: the export's UserData, which it answers here, adds DepartmentMember and
    // UniqueExtField.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_member: Option<DepartmentMember>,
    /// 团队用户扩展字段、唯一。非必填（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_ext_field: Option<String>,
}

/// ProjectMemberData：项目成员分页信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectMemberData {
    /// 第几页
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 项目成员列表信息
    pub project_members: Vec<ProjectMember>,
}

/// 查询项目成员列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectMembersResponse {
    /// 项目成员分页列表信息
    // E11: typed `[ProjectMemberData]` (a list); the example is one object.
    pub data: ProjectMemberData,
}

// ---------------------------------------------------------------- DescribeProjectByName

/// 查询项目根据项目名称：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectByNameRequest {
    /// 公共参数,本接口取值:DescribeProjectByName。
    pub action: Action<DescribeProjectByName>,
    /// 项目名称
    pub project_name: String,
}

/// 查询项目根据项目名称：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectByNameResponse {
    /// 项目信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E11: typed `[Project]` (a list); the example is one object.
    pub project: Nullable<Project>,
}

// ---------------------------------------------------------------- CreateProjectMember

/// 增加项目成员：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectMemberRequest {
    /// 公共参数,本接口取值:CreateProjectMember。
    pub action: Action<CreateProjectMember>,
    /// 项目Id
    pub project_id: i64,
    /// 类型 |90 项目管理员|80 项目成员
    // E13: the text lists 90 and 80; the example sends 1. An open integer.
    pub r#type: i64,
    /// 用户user gk数组
    // E14: the table names the parameter `UserGlobalKeyList.N` (the query-string
    // form of a list); the JSON body carries a `UserGlobalKeyList` array.
    pub user_global_key_list: Vec<String>,
}

actions! {
    /// 创建项目
    CreateCodingProject {
        summary: "创建项目",
        request: CreateCodingProjectRequest,
        response: CreateCodingProjectResponse,
    }

    /// 编辑项目
    ModifyProject {
        summary: "编辑项目",
        request: ModifyProjectRequest,
        response: RequestIdResponse,
    }

    /// 删除项目
    DeleteOneProject {
        summary: "删除项目",
        request: DeleteOneProjectRequest,
        response: RequestIdResponse,
    }

    /// 查询项目
    DescribeOneProject {
        summary: "查询项目",
        request: DescribeOneProjectRequest,
        response: DescribeOneProjectResponse,
    }

    /// 查询项目成员列表
    DescribeProjectMembers {
        summary: "查询项目成员列表",
        request: DescribeProjectMembersRequest,
        response: DescribeProjectMembersResponse,
    }

    /// 查询项目根据项目名称
    DescribeProjectByName {
        summary: "查询项目根据项目名称",
        request: DescribeProjectByNameRequest,
        response: DescribeProjectByNameResponse,
    }

    /// 增加项目成员
    CreateProjectMember {
        summary: "增加项目成员",
        request: CreateProjectMemberRequest,
        response: RequestIdResponse,
    }
}
