//! 组织和成员 › 团队成员: looking up, locking, unlocking and removing team members, and the team's administrators.
//!
//! Required input parameters follow E1 (E1220); output fields E1105.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, UserData, actions};

/// 团队管理员分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamAdminMemberData {
    /// 第几页
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 团队管理员列表信息
    pub members: Vec<TeamAdminMember>,
}

/// 团队管理员信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TeamAdminMember {
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
    /// 用户 GK
    pub global_key: String,
}

// ---------------------------------------------------------------- DescribeTeamMemberByEmail

/// 团队成员信息查询（通过用户 Email）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMemberByEmailRequest {
    /// 公共参数,本接口取值:DescribeTeamMemberByEmail
    pub action: Action<DescribeTeamMemberByEmail>,
    /// 用户邮箱
    pub email: String,
}

/// 团队成员信息查询（通过用户 Email）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMemberByEmailResponse {
    /// 团队成员数据
    pub team_member: UserData,
}

// ---------------------------------------------------------------- DescribeTeamMember

/// 团队成员信息查询（通过用户 ID）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMemberRequest {
    /// 公共参数,本接口取值:DescribeTeamMember
    pub action: Action<DescribeTeamMember>,
    /// 用户Id
    pub user_id: i64,
    /// 是否展示部门
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_department: Option<bool>,
}

/// 团队成员信息查询（通过用户 ID）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamMemberResponse {
    /// 团队成员数据
    pub team_member: UserData,
}

// ---------------------------------------------------------------- DeleteTeamMember

/// 团队成员删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTeamMemberRequest {
    /// 公共参数,本接口取值:DeleteTeamMember
    pub action: Action<DeleteTeamMember>,
    /// 用户Id
    pub user_id: i64,
}

// ---------------------------------------------------------------- ModifyTeamMemberUnlocked

/// 团队成员解锁：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTeamMemberUnlockedRequest {
    /// 公共参数,本接口取值:ModifyTeamMemberUnlocked
    pub action: Action<ModifyTeamMemberUnlocked>,
    /// 用户Id
    pub user_id: i64,
}

// ---------------------------------------------------------------- ModifyTeamMemberLocked

/// 团队成员锁定：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTeamMemberLockedRequest {
    /// 公共参数,本接口取值:ModifyTeamMemberLocked
    pub action: Action<ModifyTeamMemberLocked>,
    /// 用户Id
    pub user_id: i64,
}

// ---------------------------------------------------------------- DescribeTeamAdminMembers

/// 团队管理员查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamAdminMembersRequest {
    /// 公共参数,本接口取值:DescribeTeamAdminMembers
    pub action: Action<DescribeTeamAdminMembers>,
    /// 第几页
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// 团队管理员查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamAdminMembersResponse {
    /// 团队管理员列表信息
    pub data: TeamAdminMemberData,
}

actions! {
    /// 团队成员信息查询（通过用户 Email）
    DescribeTeamMemberByEmail {
        summary: "团队成员信息查询（通过用户 Email）",
        description: "通过用户 Email 查询团队成员信息",
        request: DescribeTeamMemberByEmailRequest,
        response: DescribeTeamMemberByEmailResponse,
    }

    /// 团队成员信息查询（通过用户 ID）
    DescribeTeamMember {
        summary: "团队成员信息查询（通过用户 ID）",
        description: "通过用户 ID 查询团队成员信息",
        request: DescribeTeamMemberRequest,
        response: DescribeTeamMemberResponse,
    }

    /// 团队成员删除
    DeleteTeamMember {
        summary: "团队成员删除",
        request: DeleteTeamMemberRequest,
        response: RequestIdResponse,
    }

    /// 团队成员解锁
    ModifyTeamMemberUnlocked {
        summary: "团队成员解锁",
        description: "通过用户 ID 解锁团队成员",
        request: ModifyTeamMemberUnlockedRequest,
        response: RequestIdResponse,
    }

    /// 团队成员锁定
    ModifyTeamMemberLocked {
        summary: "团队成员锁定",
        description: "通过用户 ID 团队成员锁定",
        request: ModifyTeamMemberLockedRequest,
        response: RequestIdResponse,
    }

    /// 团队管理员查询
    DescribeTeamAdminMembers {
        summary: "团队管理员查询",
        description: "查询团队管理员",
        request: DescribeTeamAdminMembersRequest,
        response: DescribeTeamAdminMembersResponse,
    }
}
