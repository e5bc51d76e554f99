//! 4.4 RepoMember: a repository's members, adding them, setting their role and
//! removing them.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{EmptyObject, Envelope, OneOrMany, OrString};
use crate::repository::RepositoryUserRole;

/// The tag (document section) of these operations.
pub const TAG: &str = "RepoMember";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "仓库成员：查询、添加、删除仓库成员，设置成员的角色。",
    source: "4 API › 4.4 RepoMember",
    endpoints: &[
        EndpointRef::of::<ListRepositoryMembers>(),
        EndpointRef::of::<AddRepositoryMembers>(),
        EndpointRef::of::<SetRepositoryMemberRole>(),
        EndpointRef::of::<DeleteRepositoryMember>(),
    ],
};

/// 路径参数：一个仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoMembersPath {
    /// 仓库uuid(由CreateRepository接口返回)
    pub repository_uuid: String,
}

/// 路径参数：仓库的一个成员（设置成员角色）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoMemberRolePath {
    /// 用户id
    pub member_id: String,
    /// 仓库uuid(由CreateRepository接口返回)
    pub repository_uuid: String,
}

/// 路径参数：仓库的一个成员（删除成员）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoMemberPath {
    /// 仓库成员id
    pub member_id: String,
    /// 仓库uuid(由CreateRepository接口返回)
    pub repository_uuid: String,
}

/// 获取仓库所有成员记录的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListRepositoryMembersQuery {
    /// 第几页
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_index: Option<i64>,
    /// 每页显示size
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 搜索关键字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// RepositoryMemberList：仓库成员列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepositoryMemberList {
    /// 仓库成员总数
    pub total: i64,
    /// 仓库成员列表
    pub users: Vec<RepositoryMember>,
}

/// RepositoryMember：仓库成员。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepositoryMember {
    /// 仓库成员描述
    pub description: Nullable<String>,
    /// 租户id
    #[schemars(length(min = 8, max = 32))]
    pub domain_id: String,
    /// 租户名
    pub domain_name: String,
    /// 邮箱地址
    pub email: Nullable<String>,
    /// 成员是否可用
    pub enabled: Nullable<String>,
    /// 用户名
    pub name: String,
    /// 仓库用户权限, 取值范围: 30->普通成员, 40->管理员
    // E213: 4.4.1's table lists only 30 and 40, 4.4.2's and 4.4.3's add 20; the
    // repository role set (20, 30, 40) of RepoInfoV2.userRole serves all of them.
    pub role: RepositoryUserRole,
    /// 用户id
    #[schemars(length(min = 4, max = 32))]
    pub user_id: String,
}

/// 添加仓库成员的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AddRepositoryMembersRequest {
    /// 添加用户的信息列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<RepoMemberInfo>>,
}

/// RepoMemberInfo：添加的用户。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoMemberInfo {
    /// 用户的租户ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 8, max = 32))]
    pub domain_id: Option<String>,
    /// 用户的租户名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// 添加的用户ID
    #[schemars(length(min = 4, max = 32))]
    pub id: String,
    /// 添加的用户名
    pub name: String,
    /// 添加的用户权限, 取值范围: 20->浏览者, 30->普通成员, 40->管理员
    pub role: RepositoryUserRole,
}

/// CreateRepoMemberResult：添加一个仓库成员的结果。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateRepoMemberResult {
    /// 用户id
    #[schemars(length(min = 32, max = 32))]
    pub id: String,
    /// 创建仓库成员信息
    pub message: String,
    /// 用户名
    pub name: Nullable<String>,
    /// 创建仓库成员状态
    pub status: String,
}

/// 设置成员在仓库中的角色的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct SetRepositoryMemberRoleRequest {
    /// 设置仓库的成员权限，取值范围：20 -> 只读成员 30->普通成员，40->管理员
    // E214: Integer with the values 20, 30, 40 in the table; `"40"` in the example.
    pub role: OrString<RepositoryUserRole>,
}

endpoint! {
    /// 获取仓库所有成员记录
    pub struct ListRepositoryMembers {
        GET "/v1/repositories/{repository_uuid}/members",
        id: "listRepositoryMembers",
        summary: "获取仓库所有成员记录",
        description: "获取仓库成员列表,可通过关键字搜索某成员。",
        source: "4.4.1 获取仓库所有成员记录",
        path: RepoMembersPath,
        query: ListRepositoryMembersQuery,
        response: (200, "OK", Envelope<RepositoryMemberList>),
    }
}

endpoint! {
    /// 添加仓库成员
    pub struct AddRepositoryMembers {
        POST "/v1/repositories/{repository_uuid}/members",
        id: "addRepositoryMembers",
        summary: "添加仓库成员",
        description: "添加仓库成员。",
        source: "4.4.2 添加仓库成员",
        path: RepoMembersPath,
        request: AddRepositoryMembersRequest,
        // E215: `Array of CreateRepoMemberResult objects` in the table, one
        // object in the example.
        response: (200, "OK", Envelope<OneOrMany<CreateRepoMemberResult>>),
    }
}

endpoint! {
    /// 设置成员在仓库中的角色
    pub struct SetRepositoryMemberRole {
        PUT "/v1/repositories/{repository_uuid}/members/{member_id}",
        id: "setRepositoryMemberRole",
        summary: "设置成员在仓库中的角色",
        description: "给仓库中成员设置仓库的操作权限。",
        source: "4.4.3 设置成员在仓库中的角色",
        path: RepoMemberRolePath,
        request: SetRepositoryMemberRoleRequest,
        response: (200, "OK", Envelope<EmptyObject>),
    }
}

endpoint! {
    /// 删除仓库成员
    pub struct DeleteRepositoryMember {
        DELETE "/v1/repositories/{repository_uuid}/members/{member_id}",
        id: "deleteRepositoryMember",
        summary: "删除仓库成员",
        description: "删除仓库成员",
        source: "4.4.4 删除仓库成员",
        path: RepoMemberPath,
        response: (200, "OK", Envelope<EmptyObject>),
    }
}
