//! A member's user groups (`Role`) and departments (`DepartmentMember`), shared by
//! the project, team, permission and organization sections.

use forgespec_core::{Nullable, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Role：用户组
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Role {
    /// 用户组Id
    // E1411: the export's example of DescribeTeamMembers sends "1".
    pub role_id: crate::IntegerOrString,
    /// 用户组类型
    // E1110: the help document types it String; CODING's OpenAPI export lists its
    // values, and every example of either source sends one of them.
    pub role_type: RoleType,
    /// 用户组类型名称
    pub role_type_name: String,
}

/// 用户组类型：
/// UserDefined 用户自定义的角色，
/// EnterpriseOwner 企业所有者，EnterpriseAdmin 企业管理员， EnterpriseMember 企业普通成员，
/// ProjectAdmin 项目管理员， ProjectMember 项目成员-> 新的权限系统里面叫"开发"，ProjectGuest 项目受限成员 -> 新的权限系统里面叫"测试"，ProjectManager 项目经理，ProductManager 产品经理，ProjectOperation 运维
/// ProgramOwner 项目集负责人，ProgramAdmin 项目集管理员，ProgramMember 项目集成员， ProgramProjectMember 项目集-项目成员
// E1110: the values of CODING's OpenAPI export (Role.RoleType).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RoleType {
    /// UserDefined 用户自定义的角色
    UserDefined,
    /// EnterpriseOwner 企业所有者
    EnterpriseOwner,
    /// EnterpriseAdmin 企业管理员
    EnterpriseAdmin,
    /// EnterpriseMember 企业普通成员
    EnterpriseMember,
    /// ProjectAdmin 项目管理员
    ProjectAdmin,
    /// ProjectMember 项目成员-> 新的权限系统里面叫"开发"
    ProjectMember,
    /// ProjectGuest 项目受限成员 -> 新的权限系统里面叫"测试"
    ProjectGuest,
    /// ProjectManager 项目经理
    ProjectManager,
    /// ProductManager 产品经理
    ProductManager,
    /// ProjectOperation 运维
    ProjectOperation,
    /// ProgramOwner 项目集负责人
    ProgramOwner,
    /// ProgramAdmin 项目集管理员
    ProgramAdmin,
    /// ProgramMember 项目集成员
    ProgramMember,
    /// ProgramProjectMember 项目集-项目成员
    ProgramProjectMember,
}

/// 部门成员（CODING OpenAPI export）
// E1109: the export defines this shape twice (ProjectMemberDepartmentMember,
// ApiUserUserDepartmentMember); one type. E1105: no example shows it; the export's
// `x-tcapi-output-required` is empty, so every field is optional, and its fields are
// `nullable`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentMember {
    /// 部门成员refId
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub ref_id: Option<Nullable<i64>>,
    /// 关联信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub refs: Option<Nullable<Vec<DepartmentMemberRef>>>,
    /// 三方头像
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub third_party_avatar: Option<Nullable<String>>,
    /// 三方名
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub third_party_name: Option<Nullable<String>>,
    /// 三方ID，目前仅支持ldap的用户id信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_party_id: Option<String>,
}

/// 部门成员的关联信息（CODING OpenAPI export）
// E1109: ProjectMemberMemberRef and ApiUserMemberRef of the export; one type. E1105:
// no example shows it; its `required` lists every field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentMemberRef {
    /// 是否管理员
    pub assignee: Nullable<bool>,
    /// 部门ID
    pub department_id: Nullable<i64>,
    /// 部门成员ID
    pub department_member_id: Nullable<i64>,
    /// 部门名
    pub department_name: Nullable<String>,
    /// 描述ID
    pub describe_id: Nullable<String>,
    /// 是否是当前查询部门的直接成员
    pub pointer: Nullable<bool>,
}

int_enum! {
    /// 用户状态 0不活跃，1活跃，-1被锁定，-2锁定登录，-3退出团队
    // E1115: the values CODING's OpenAPI export documents; the help document says
    // only 用户状态.
    pub enum UserStatus {
        /// 0不活跃
        Inactive = 0,
        /// 1活跃
        Active = 1,
        /// -1被锁定
        Locked = -1,
        /// -2锁定登录
        LoginLocked = -2,
        /// -3退出团队
        LeftTeam = -3,
    }
}
