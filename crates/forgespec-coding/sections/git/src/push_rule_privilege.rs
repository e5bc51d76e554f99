//! 代码托管 › file push rules, continued: deleting a rule, and the privileged users or
//! roles ("特权者") a rule exempts or denies.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::push_rule::GitFilePushRule;
use crate::common::actions;

// ---------------------------------------------------------------- DeleteDepotFilePushRule

/// 删除 git 仓库文件推送规则：输入参数。
// E225: the table omits Action. E400: DepotPath and FilePushRuleId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDepotFilePushRuleRequest {
    /// 公共参数,本接口取值:DeleteDepotFilePushRule
    pub action: Action<DeleteDepotFilePushRule>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
}

/// 删除 git 仓库文件推送规则：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDepotFilePushRuleResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

// ---------------------------------------------------------------- CreateDepotFilePushRulePrivilege

/// 新增 git 仓库文件推送规则特权者：输入参数。
// E225: the table omits Action. E400: DepotPath and FilePushRuleId are required; the
// either-or pair IsUser/IsRole and the conditional RoleId stay optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotFilePushRulePrivilegeRequest {
    /// 公共参数,本接口取值:CreateDepotFilePushRulePrivilege
    pub action: Action<CreateDepotFilePushRulePrivilege>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
    /// 拒绝推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deny: Option<bool>,
    /// 特权者是用户(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user: Option<bool>,
    /// 特权者是角色(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_role: Option<bool>,
    /// 用户全局 key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_global_key: Option<String>,
    /// 角色 ID (IsRole为 true 时必填)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<i64>,
}

/// 新增 git 仓库文件推送规则特权者：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotFilePushRulePrivilegeResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

// ---------------------------------------------------------------- ModifyDepotFilePushRuleDenyPrivilege

/// 修改 git 仓库特权者文件推送权限：输入参数。
// E225: the table omits Action. E400: DepotPath and FilePushRuleId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotFilePushRuleDenyPrivilegeRequest {
    /// 公共参数,本接口取值:ModifyDepotFilePushRuleDenyPrivilege
    pub action: Action<ModifyDepotFilePushRuleDenyPrivilege>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
    /// 拒绝推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deny: Option<bool>,
    /// 特权者是用户(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user: Option<bool>,
    /// 特权者是角色(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_role: Option<bool>,
    /// 用户全局 key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_global_key: Option<String>,
    /// 角色 ID(IsRole为 true 时必填)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<i64>,
}

/// 修改 git 仓库特权者文件推送权限：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotFilePushRuleDenyPrivilegeResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

// ---------------------------------------------------------------- DeleteDepotFilePushRuleDenyPrivilege

/// 删除 git 仓库特权者文件推送权限：输入参数。
// E225: the table omits Action. E400: DepotPath and FilePushRuleId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDepotFilePushRuleDenyPrivilegeRequest {
    /// 公共参数,本接口取值:DeleteDepotFilePushRuleDenyPrivilege
    pub action: Action<DeleteDepotFilePushRuleDenyPrivilege>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
    /// 特权者是用户(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user: Option<bool>,
    /// 特权者是角色(IsUser和IsRole二选一,且有且只能有一个为true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_role: Option<bool>,
    /// 用户全局 key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_global_key: Option<String>,
    /// 角色 ID (IsRole为 true 时必填)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<i64>,
}

/// 删除 git 仓库特权者文件推送权限：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDepotFilePushRuleDenyPrivilegeResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

actions! {
    /// 删除 git 仓库文件推送规则
    DeleteDepotFilePushRule {
        summary: "删除 git 仓库文件推送规则",
        source: "删除 git 仓库文件推送规则",
        request: DeleteDepotFilePushRuleRequest,
        response: DeleteDepotFilePushRuleResponse,
    }

    /// 新增 git 仓库文件推送规则特权者
    CreateDepotFilePushRulePrivilege {
        summary: "新增 git 仓库文件推送规则特权者",
        source: "新增 git 仓库文件推送规则特权者",
        request: CreateDepotFilePushRulePrivilegeRequest,
        response: CreateDepotFilePushRulePrivilegeResponse,
    }

    /// 修改 git 仓库特权者文件推送权限
    ModifyDepotFilePushRuleDenyPrivilege {
        summary: "修改 git 仓库特权者文件推送权限",
        source: "修改 git 仓库特权者文件推送权限",
        request: ModifyDepotFilePushRuleDenyPrivilegeRequest,
        response: ModifyDepotFilePushRuleDenyPrivilegeResponse,
    }

    /// 删除 git 仓库特权者文件推送权限
    DeleteDepotFilePushRuleDenyPrivilege {
        summary: "删除 git 仓库特权者文件推送权限",
        source: "删除 git 仓库特权者文件推送权限",
        request: DeleteDepotFilePushRuleDenyPrivilegeRequest,
        response: DeleteDepotFilePushRuleDenyPrivilegeResponse,
    }
}
