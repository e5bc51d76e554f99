//! 权限 › 用户组: user groups and their members.
//!
//! Required input parameters follow E1 (E1200); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, UserData, actions};

/// 用户列表分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersByGroupIdResponsePageData {
    /// 总条数
    pub total_count: Nullable<i64>,
    /// 页码
    pub page_number: Nullable<i64>,
    /// 每页条数
    pub page_size: Nullable<i64>,
    /// 用户组列表
    pub user_data_list: Nullable<Vec<UserData>>,
}

/// 用户组列表查询条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserGroupsRequestFilter {
    /// 用户组名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
}

/// 用户组列表的分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserGroupsResponsePageData {
    /// 总条数
    pub total_count: i64,
    /// 页码
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 用户组列表
    pub user_group_list: Nullable<Vec<UserGroup>>,
}

/// 用户组用户信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct UserGroupUserInfos {
    /// 用户id
    pub user_id: i64,
    /// 用户组id
    pub group_id: i64,
}

/// 用户组
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct UserGroup {
    /// 用户组 ID
    pub id: i64,
    /// 用户组名称
    pub name: String,
    /// 用户组描述
    pub description: Nullable<String>,
    /// 用户组创建时间
    pub created_at: Nullable<i64>,
}

// ---------------------------------------------------------------- DescribeUsersByGroupId

/// 用户列表查询（根据用户组id分页查询）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersByGroupIdRequest {
    /// 公共参数,本接口取值:DescribeUsersByGroupId
    pub action: Action<DescribeUsersByGroupId>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 查询条件：GroupId
    pub group_id: i64,
}

/// 用户列表查询（根据用户组id分页查询）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersByGroupIdResponse {
    /// 用户列表分页数据
    pub data: DescribeUsersByGroupIdResponsePageData,
}

// ---------------------------------------------------------------- DescribeUserGroups

/// 用户组列表分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserGroupsRequest {
    /// 公共参数,本接口取值:DescribeUserGroups
    pub action: Action<DescribeUserGroups>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 查询条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DescribeUserGroupsRequestFilter>,
}

/// 用户组列表分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserGroupsResponse {
    /// 用户组分页列表信息
    pub data: DescribeUserGroupsResponsePageData,
}

// ---------------------------------------------------------------- CreateUserGroup

/// 用户组创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateUserGroupRequest {
    /// 公共参数,本接口取值:CreateUserGroup
    pub action: Action<CreateUserGroup>,
    /// 用户组名称
    pub name: String,
    /// 用户组描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 用户组创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateUserGroupResponse {
    /// id
    pub id: i64,
}

// ---------------------------------------------------------------- DeleteUserGroupByIds

/// 用户组删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteUserGroupByIdsRequest {
    /// 公共参数,本接口取值:DeleteUserGroupByIds
    pub action: Action<DeleteUserGroupByIds>,
    /// 用户组id列表
    pub group_ids: Vec<i64>,
}

// ---------------------------------------------------------------- DeleteUserGroupUsers

/// 用户组删除用户：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteUserGroupUsersRequest {
    /// 公共参数,本接口取值:DeleteUserGroupUsers
    pub action: Action<DeleteUserGroupUsers>,
    /// 用户组用户信息
    pub user_group_user_infos: Vec<UserGroupUserInfos>,
}

// ---------------------------------------------------------------- UpdateUserGroupById

/// 用户组更新：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateUserGroupByIdRequest {
    /// 公共参数,本接口取值:UpdateUserGroupById
    pub action: Action<UpdateUserGroupById>,
    /// 用户组名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 用户组ID
    pub group_id: i64,
    /// 用户组描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

// ---------------------------------------------------------------- CreateUserGroupUsers

/// 用户组添加用户：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateUserGroupUsersRequest {
    /// 公共参数,本接口取值:CreateUserGroupUsers
    pub action: Action<CreateUserGroupUsers>,
    /// 用户用户组id列表
    pub user_group_user_infos: Vec<UserGroupUserInfos>,
}

// ---------------------------------------------------------------- DeleteAllUsersOnGroup

/// 用户组清理用户：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAllUsersOnGroupRequest {
    /// 公共参数,本接口取值:DeleteAllUsersOnGroup
    pub action: Action<DeleteAllUsersOnGroup>,
    /// 用户组id
    pub group_id: i64,
}

actions! {
    /// 用户列表查询（根据用户组id分页查询）
    DescribeUsersByGroupId {
        summary: "用户列表查询（根据用户组id分页查询）",
        request: DescribeUsersByGroupIdRequest,
        response: DescribeUsersByGroupIdResponse,
    }

    /// 用户组列表分页查询
    DescribeUserGroups {
        summary: "用户组列表分页查询",
        request: DescribeUserGroupsRequest,
        response: DescribeUserGroupsResponse,
    }

    /// 用户组创建
    CreateUserGroup {
        summary: "用户组创建",
        request: CreateUserGroupRequest,
        response: CreateUserGroupResponse,
    }

    /// 用户组删除
    DeleteUserGroupByIds {
        summary: "用户组删除",
        request: DeleteUserGroupByIdsRequest,
        response: RequestIdResponse,
    }

    /// 用户组删除用户
    DeleteUserGroupUsers {
        summary: "用户组删除用户",
        request: DeleteUserGroupUsersRequest,
        response: RequestIdResponse,
    }

    /// 用户组更新
    UpdateUserGroupById {
        summary: "用户组更新",
        request: UpdateUserGroupByIdRequest,
        response: RequestIdResponse,
    }

    /// 用户组添加用户
    CreateUserGroupUsers {
        summary: "用户组添加用户",
        request: CreateUserGroupUsersRequest,
        response: RequestIdResponse,
    }

    /// 用户组清理用户
    DeleteAllUsersOnGroup {
        summary: "用户组清理用户",
        request: DeleteAllUsersOnGroupRequest,
        response: RequestIdResponse,
    }
}
