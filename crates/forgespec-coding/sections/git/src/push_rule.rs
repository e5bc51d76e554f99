//! 代码托管 › file push rules: which files of a depot who may push.

use crate::common::actions;
use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// GitFilePushRuleUser 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFilePushRuleUser {
    /// 用户名
    pub name: String,
    /// 用户全局 key
    pub global_key: String,
    /// 头像路径
    pub avatar: String,
}

/// GitFilePushRuleRole 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFilePushRuleRole {
    /// 角色名字
    pub name: String,
    /// 角色 ID
    pub role_id: i64,
}

/// GitFilePushRulePrivilege 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFilePushRulePrivilege {
    /// 拒绝推送文件
    pub is_deny: bool,
    /// 特权者是用户
    pub is_user: bool,
    /// 特权者是角色
    pub is_role: bool,
    /// 用户信息
    pub user: GitFilePushRuleUser,
    /// 角色信息
    pub role: GitFilePushRuleRole,
}

/// GitFilePushRule 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitFilePushRule {
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
    /// 拒绝所有人推送
    pub is_deny_for_all_user: bool,
    /// 文件路径
    pub pattern: String,
    /// 特权者列表
    pub privileges: Vec<GitFilePushRulePrivilege>,
}

// ---------------------------------------------------------------- DescribeDepotFilePushRules

/// 查询仓库文件推送规则：输入参数。
// E225: the table omits Action. E200: DepotPath is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotFilePushRulesRequest {
    /// 公共参数,本接口取值:DescribeDepotFilePushRules
    pub action: Action<DescribeDepotFilePushRules>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
}

/// 查询仓库文件推送规则：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotFilePushRulesResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

// ---------------------------------------------------------------- CreateDepotFilePushRule

/// 新增 git 仓库文件推送规则：输入参数。
// E225: the table omits Action. E200: DepotPath and Pattern are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotFilePushRuleRequest {
    /// 公共参数,本接口取值:CreateDepotFilePushRule
    pub action: Action<CreateDepotFilePushRule>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件路径
    pub pattern: String,
    /// 拒绝所有人推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deny_for_all_user: Option<bool>,
}

/// 新增 git 仓库文件推送规则：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDepotFilePushRuleResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

// ---------------------------------------------------------------- ModifyDepotFilePushRule

/// 修改 git 仓库文件推送规则：输入参数。
// E225: the table omits Action. E200: DepotPath and FilePushRuleId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotFilePushRuleRequest {
    /// 公共参数,本接口取值:ModifyDepotFilePushRule
    pub action: Action<ModifyDepotFilePushRule>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 文件推送规则 ID
    pub file_push_rule_id: i64,
    /// 拒绝所有人推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_deny_for_all_user: Option<bool>,
}

/// 修改 git 仓库文件推送规则：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotFilePushRuleResponse {
    /// 文件推送规则列表
    pub git_file_push_rule: Vec<GitFilePushRule>,
}

actions! {
    /// 查询仓库文件推送规则
    DescribeDepotFilePushRules {
        summary: "查询仓库文件推送规则",
        source: "查询仓库文件推送规则",
        request: DescribeDepotFilePushRulesRequest,
        response: DescribeDepotFilePushRulesResponse,
    }

    /// 新增 git 仓库文件推送规则
    CreateDepotFilePushRule {
        summary: "新增 git 仓库文件推送规则",
        source: "新增 git 仓库文件推送规则",
        request: CreateDepotFilePushRuleRequest,
        response: CreateDepotFilePushRuleResponse,
    }

    /// 修改 git 仓库文件推送规则
    ModifyDepotFilePushRule {
        summary: "修改 git 仓库文件推送规则",
        source: "修改 git 仓库文件推送规则",
        request: ModifyDepotFilePushRuleRequest,
        response: ModifyDepotFilePushRuleResponse,
    }
}
