//! 项目设置: a member's projects, the current user, member permissions and the
//! project's user groups.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;
use forgespec_coding_project as project;

use forgespec_core::{Action, EndpointRef, New, Nullable, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, Project, RequestIdResponse, actions};
use crate::project::Role;

/// The tag (document section) of these operations.
pub const TAG: &str = "项目设置";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "A member's projects, the current user, member permissions and \
                    the project's user groups.",
    source: "API REFERENCE › 项目设置",
    endpoints: &[
        EndpointRef::of::<DescribeUserProjects>(),
        EndpointRef::of::<DescribeCodingCurrentUser>(),
        EndpointRef::of::<ModifyProjectPermission>(),
        EndpointRef::of::<DescribeProjectRoles>(),
    ],
};

// ---------------------------------------------------------------- DescribeUserProjects

/// 查询成员所在项目列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserProjectsRequest {
    /// 公共参数,本接口取值:DescribeUserProjects
    pub action: Action<DescribeUserProjects>,
    /// 成员 Id
    // E15: the example sends `userId`; the table's `UserId` is encoded.
    pub user_id: i64,
    /// 项目名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
}

/// 查询成员所在项目列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserProjectsResponse {
    /// 项目列表信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub project_list: Nullable<Vec<Project>>,
}

// ---------------------------------------------------------------- DescribeCodingCurrentUser

/// 获取用户个人信息：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCurrentUserRequest {
    /// 公共参数,本接口取值:DescribeCodingCurrentUser
    pub action: Action<DescribeCodingCurrentUser>,
}

/// User 类型：用户个人信息
// Named CodingUser: later sections define other `User` tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingUser {
    /// 用户 ID
    pub id: i64,
    /// 状态(新用户/已激活)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status: Nullable<i64>,
    /// 邮箱
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub email: Nullable<String>,
    /// 用户唯一标志
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub global_key: Nullable<String>,
    /// 头像地址
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub avatar: Nullable<String>,
    /// 姓名
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 姓名拼音
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name_pin_yin: Nullable<String>,
    /// 联系电话
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub phone: Nullable<String>,
    /// 手机是否已验证
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub phone_validation: Nullable<i64>,
    /// 邮箱是否已验证
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub email_validation: Nullable<i64>,
    /// 手机号地区
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub phone_region_code: Nullable<String>,
    /// 团队 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub team_id: Nullable<i64>,
    /// 无用头像（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub gravatar: Option<Nullable<String>>,
    /// 区号（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub region: Option<Nullable<String>>,
    /// 企微id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub we_com_id: Option<Nullable<String>>,
}

/// 获取用户个人信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCurrentUserResponse {
    /// 用户个人信息
    pub user: CodingUser,
}

// ---------------------------------------------------------------- ModifyProjectPermission

/// 配置项目成员权限：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectPermissionRequest {
    /// 公共参数,本接口取值:ModifyProjectPermission。
    pub action: Action<ModifyProjectPermission>,
    /// 权限 ID
    pub role_id: i64,
    /// user gk
    #[serde(rename = "UserGK")]
    pub user_gk: String,
    /// 项目 Id
    pub project_id: i64,
    /// 权限创建、删除
    pub action_flag: bool,
}

// ---------------------------------------------------------------- DescribeProjectRoles

/// 查询项目用户组：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectRolesRequest {
    /// 公共参数,本接口取值:DescribeProjectRoles。
    pub action: Action<DescribeProjectRoles>,
    /// 项目Id
    // E16: typed Integer; the example sends the string "1". Both are accepted.
    pub project_id: IntegerOrString,
}

/// 查询项目用户组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectRolesResponse {
    /// 用户组
    pub roles: Vec<Role>,
}

actions! {
    /// 查询成员所在项目列表
    DescribeUserProjects {
        summary: "查询成员所在项目列表",
        request: DescribeUserProjectsRequest,
        response: DescribeUserProjectsResponse,
    }

    /// 获取用户个人信息
    DescribeCodingCurrentUser {
        summary: "获取用户个人信息",
        request: DescribeCodingCurrentUserRequest,
        response: DescribeCodingCurrentUserResponse,
    }

    /// 配置项目成员权限
    ModifyProjectPermission {
        summary: "配置项目成员权限",
        request: ModifyProjectPermissionRequest,
        response: RequestIdResponse,
    }

    /// 查询项目用户组
    DescribeProjectRoles {
        summary: "查询项目用户组",
        request: DescribeProjectRolesRequest,
        response: DescribeProjectRolesResponse,
    }
}
