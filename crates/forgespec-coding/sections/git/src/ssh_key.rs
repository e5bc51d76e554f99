//! 代码托管 › SSH keys: the current user's and team members' SSH public keys.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// SshKeyInfo：公钥详情。
// The document defines SshKeyInfo four times, identically but for `CreatedAt`
// (Integer once, Long thrice): one schema, an int64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SshKeyInfo {
    /// 公钥Id
    pub id: i64,
    /// 公钥所属者Id
    pub owner_id: i64,
    /// 公钥标题
    pub title: String,
    /// 指纹信息
    pub finger_print: String,
    /// 创建时间
    pub created_at: i64,
    /// 过期时间
    pub expiration_date: String,
    /// 是否过期
    pub has_expired: bool,
}

// ---------------------------------------------------------------- CreateSshKey

/// 导入用户 SSH 公钥：输入参数。
// E225: the table omits Action. E200: Title and Content are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSshKeyRequest {
    /// 公共参数,本接口取值:CreateSshKey
    pub action: Action<CreateSshKey>,
    /// 导入的 ssh key 标识名
    pub title: String,
    /// 公钥内容
    pub content: String,
    /// 过期时间,不填为永不过期 9999-12-31
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
}

/// 导入用户 SSH 公钥：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSshKeyResponse {
    /// 公钥详情
    pub ssh_key_info: SshKeyInfo,
}

// ---------------------------------------------------------------- DescribeSshKey

/// 获取当前用户 SSH 公钥：输入参数。
// E225: the table omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSshKeyRequest {
    /// 公共参数,本接口取值:DescribeSshKey
    pub action: Action<DescribeSshKey>,
    /// SSH 公钥 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_id: Option<i64>,
}

/// 获取当前用户 SSH 公钥：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSshKeyResponse {
    /// 公钥详情集合
    pub ssh_key_infos: Vec<SshKeyInfo>,
}

// ---------------------------------------------------------------- DeleteSshKey

/// 删除当前用户的 SSH 公钥：输入参数。
// E225: the table omits Action. E200: SshKeyId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSshKeyRequest {
    /// 公共参数,本接口取值:DeleteSshKey
    pub action: Action<DeleteSshKey>,
    /// SSH 公钥 ID
    pub ssh_key_id: i64,
}

// ---------------------------------------------------------------- CreateMemberSshKey

/// 为团队成员添加 SSH 公钥：输入参数。
// E225: the table omits Action. E200: Title, Content and MemberUserId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMemberSshKeyRequest {
    /// 公共参数,本接口取值:CreateMemberSshKey
    pub action: Action<CreateMemberSshKey>,
    /// key 标题
    pub title: String,
    /// 公钥内容
    pub content: String,
    /// 过期时间,不填为永不过期 9999-12-31
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    /// 成员 Id
    pub member_user_id: i64,
}

/// 为团队成员添加 SSH 公钥：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMemberSshKeyResponse {
    /// SSH 公钥信息
    pub ssh_key_info: SshKeyInfo,
}

// ---------------------------------------------------------------- DescribeMemberSshKey

/// 查询团队成员的 SSH 公钥列表：输入参数。
// E225: the table omits Action. E200: MemberUserId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMemberSshKeyRequest {
    /// 公共参数,本接口取值:DescribeMemberSshKey
    pub action: Action<DescribeMemberSshKey>,
    /// 成员 Id
    pub member_user_id: i64,
    /// SSH 公钥 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_key_id: Option<i64>,
}

/// 查询团队成员的 SSH 公钥列表：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMemberSshKeyResponse {
    /// SSH 公钥信息列表
    pub ssh_key_infos: Vec<SshKeyInfo>,
}

// ---------------------------------------------------------------- DeleteMemberSshKey

/// 删除团队成员的 SSH 公钥：输入参数。
// E225: the table omits Action. E200: MemberUserId and SshKeyId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteMemberSshKeyRequest {
    /// 公共参数,本接口取值:DeleteMemberSshKey
    pub action: Action<DeleteMemberSshKey>,
    /// 成员 Id
    pub member_user_id: i64,
    /// SSH 公钥 Id
    pub ssh_key_id: i64,
}

actions! {
    /// 导入用户 SSH 公钥
    CreateSshKey {
        summary: "导入用户 SSH 公钥",
        source: "导入用户 SSH 公钥",
        request: CreateSshKeyRequest,
        response: CreateSshKeyResponse,
    }

    /// 获取当前用户 SSH 公钥
    DescribeSshKey {
        summary: "获取当前用户 SSH 公钥",
        source: "获取当前用户 SSH 公钥",
        request: DescribeSshKeyRequest,
        response: DescribeSshKeyResponse,
    }

    // E226: no output table (or an empty one); the example carries RequestId.
    /// 删除当前用户的 SSH 公钥
    DeleteSshKey {
        summary: "删除当前用户的 SSH 公钥",
        source: "删除当前用户的 SSH 公钥",
        request: DeleteSshKeyRequest,
        response: RequestIdResponse,
    }

    /// 为团队成员添加 SSH 公钥
    CreateMemberSshKey {
        summary: "为团队成员添加 SSH 公钥",
        source: "为团队成员添加 SSH 公钥",
        request: CreateMemberSshKeyRequest,
        response: CreateMemberSshKeyResponse,
    }

    /// 查询团队成员的 SSH 公钥列表
    DescribeMemberSshKey {
        summary: "查询团队成员的 SSH 公钥列表",
        source: "查询团队成员的 SSH 公钥列表",
        request: DescribeMemberSshKeyRequest,
        response: DescribeMemberSshKeyResponse,
    }

    /// 删除团队成员的 SSH 公钥
    DeleteMemberSshKey {
        summary: "删除团队成员的 SSH 公钥",
        source: "删除团队成员的 SSH 公钥",
        request: DeleteMemberSshKeyRequest,
        response: RequestIdResponse,
    }
}
