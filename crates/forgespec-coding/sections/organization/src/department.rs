//! 组织和成员 › 部门: departments, their members and their assignees (负责人).
//!
//! Required input parameters follow E1 (E1220); output fields E1105.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, UserStatus, actions};

/// 部门信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentData {
    /// 部门ID
    pub id: i64,
    /// 部门名
    pub name: String,
    /// 排序值
    pub sort: i64,
    /// 团队ID
    pub team_id: i64,
    /// 父级部门ID
    pub parent_id: i64,
    /// 创建人ID
    pub creator_id: i64,
}

/// 部门成员分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentMemberPage {
    /// 页数
    pub page_number: i64,
    /// 每页数量
    pub page_size: i64,
    /// 总数
    pub total_count: i64,
    /// 部门成员
    pub department_members: Vec<DepartmentMembersData>,
}

/// DepartmentDepartmentTreeData
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentTreeData {
    /// 部门ID
    pub id: i64,
    /// 部门名
    pub name: String,
    /// 排序值
    pub sort: i64,
    /// 团队ID
    pub team_id: i64,
    /// 父级部门ID
    pub parent_id: i64,
    /// 创建人ID
    pub creator_id: i64,
    /// 部门描述ID
    pub describe_id: String,
    /// 子部门信息
    pub children: Vec<DepartmentTreeData>,
}

/// 部门成员信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepartmentMembersData {
    /// 部门用户的refId
    pub ref_id: i64,
    /// 用户ID
    pub user_id: i64,
    /// 关联的 部门等信息
    pub refs: Vec<MemberDepartmentRef>,
    /// 成员名
    pub name: String,
    /// 三方名
    pub third_party_name: String,
    /// 头像
    pub avatar: String,
    /// 三方头像
    pub third_party_avatar: String,
    /// 用户状态 0不活跃，1活跃，-1被锁定，-2锁定登录，-3退出团队
    // E1115: one set of user states, shared with UserData.
    pub user_status: UserStatus,
    /// 用户GK
    pub user_global_key: String,
    /// 是否授权 实际表示已加入或已被授权，如果要表示 已授权未加入(allowed && userId>0)
    pub allowed: bool,
    /// 是否被锁定
    pub locked: bool,
    /// 是否部门所有者
    pub owner: bool,
}

/// 关联的 部门等信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MemberDepartmentRef {
    /// 部门用户的refId
    pub ref_id: i64,
    /// 部门成员ID
    pub department_member_id: i64,
    /// 部门ID
    pub department_id: i64,
    /// 部门描述ID
    pub describe_id: String,
    /// 部门名
    pub department_name: String,
    /// 是否是当前查询部门的直接成员
    pub pointer: bool,
    /// 是否部门负责人
    pub assignee: bool,
}

// ---------------------------------------------------------------- ModifyDepartment

/// 部门信息修改：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepartmentRequest {
    /// 公共参数,本接口取值:ModifyDepartment
    pub action: Action<ModifyDepartment>,
    /// 部门名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 父级部门ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    /// 部门ID
    pub id: i64,
}

/// 部门信息修改：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepartmentResponse {
    /// 修改后的部门信息
    pub department: DepartmentData,
}

// ---------------------------------------------------------------- CreateDepartment

/// 部门创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepartmentRequest {
    /// 公共参数,本接口取值:CreateDepartment
    pub action: Action<CreateDepartment>,
    /// 部门名
    pub name: String,
    /// 父部门ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

/// 部门创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepartmentResponse {
    /// 所创建的部门信息
    pub department: DepartmentData,
}

// ---------------------------------------------------------------- DeleteDepartment

/// 部门删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDepartmentRequest {
    /// 公共参数,本接口取值:DeleteDepartment
    pub action: Action<DeleteDepartment>,
    /// 部门ID
    pub department_id: i64,
}

// ---------------------------------------------------------------- DescribeDepartmentMembers

/// 部门成员列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepartmentMembersRequest {
    /// 公共参数,本接口取值:DescribeDepartmentMembers
    pub action: Action<DescribeDepartmentMembers>,
    /// 部门名
    pub department_id: i64,
    /// 是否仅查询当前部门的直接成员
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<bool>,
    /// 关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_words: Option<String>,
    /// 每页数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
}

/// 部门成员列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepartmentMembersResponse {
    /// 部门成员列表（分页数据）
    pub data: DepartmentMemberPage,
}

// ---------------------------------------------------------------- ModifyDepartmentMember

/// 部门成员管理：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepartmentMemberRequest {
    /// 公共参数,本接口取值:ModifyDepartmentMember
    pub action: Action<ModifyDepartmentMember>,
    /// 部门ID信息
    pub department_ids: Vec<i64>,
    /// 用户refIds
    pub ref_ids: Vec<i64>,
}

// ---------------------------------------------------------------- DescribeDepartment

/// 部门详情查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepartmentRequest {
    /// 公共参数,本接口取值:DescribeDepartment
    pub action: Action<DescribeDepartment>,
    /// 部门ID
    pub department_id: i64,
    /// 是否获取部门树
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub get_tree: Option<bool>,
}

/// 部门详情查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepartmentResponse {
    /// 部门树信息
    pub department_tree: DepartmentTreeData,
}

// ---------------------------------------------------------------- ModifyDepartmentAssignee

/// 部门负责人管理：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepartmentAssigneeRequest {
    /// 公共参数,本接口取值:ModifyDepartmentAssignee
    pub action: Action<ModifyDepartmentAssignee>,
    /// 部门ID
    pub department_id: i64,
    /// 用户refIds 必填
    pub ref_ids: Vec<i64>,
}

actions! {
    /// 部门信息修改
    ModifyDepartment {
        summary: "部门信息修改",
        description: "修改部门信息(部门名，移动位置)",
        request: ModifyDepartmentRequest,
        response: ModifyDepartmentResponse,
    }

    /// 部门创建
    CreateDepartment {
        summary: "部门创建",
        request: CreateDepartmentRequest,
        response: CreateDepartmentResponse,
    }

    /// 部门删除
    DeleteDepartment {
        summary: "部门删除",
        request: DeleteDepartmentRequest,
        response: RequestIdResponse,
    }

    /// 部门成员列表查询
    DescribeDepartmentMembers {
        summary: "部门成员列表查询",
        description: "获取部门成员列表（分页列表）查询选中部门下面所有的成员",
        request: DescribeDepartmentMembersRequest,
        response: DescribeDepartmentMembersResponse,
    }

    /// 部门成员管理
    ModifyDepartmentMember {
        summary: "部门成员管理",
        request: ModifyDepartmentMemberRequest,
        response: RequestIdResponse,
    }

    /// 部门详情查询
    DescribeDepartment {
        summary: "部门详情查询",
        request: DescribeDepartmentRequest,
        response: DescribeDepartmentResponse,
    }

    /// 部门负责人管理
    ModifyDepartmentAssignee {
        summary: "部门负责人管理",
        request: ModifyDepartmentAssigneeRequest,
        response: RequestIdResponse,
    }
}
