//! 代码托管 › 保护分支 and 保护分支规则: the legacy per-branch protection (which
//! no longer applies to depots that use the newer rules), branch protection rules
//! and their members, and `git rebase`, which the document lists under 保护分支规则.
//!
//! Required input parameters follow E1/E200: besides `Action`, the depot and what
//! identifies or defines the branch, rule or member the Action acts on.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// The 注意 text of every Action under 保护分支.
const LEGACY_NOTE: &str = "对于已经开启新版保护分支规则的仓库,此 api 不再适用";

/// ProtectedBranch：保护分支详情。
// The document gives this table no name (参数详解) under 查询所有保护分支 and
// 查询保护分支状态; both output rows type it ProtectedBranch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProtectedBranch {
    /// 提交时间戳,单位毫秒
    pub commit_date: i64,
    /// 是否禁止强制推送
    pub deny_force_push: bool,
    /// 是否使用 squash 推送
    pub force_squash: bool,
    /// 名称
    pub name: String,
    /// 是否开启状态检查
    pub status_check: bool,
}

/// ProtectedBranchMember：保护分支用户。
// The table is named 参数详解; the output row types it ProtectedBranchMember.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProtectedBranchMember {
    /// 是否允许强制推送
    pub has_push_access: bool,
    /// 是否允许合并修改分支
    pub has_update_access: bool,
    /// 名称
    pub name: String,
    /// 用户 globalkey
    pub global_key: String,
}

/// BranchProtection：保护分支规则。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BranchProtection {
    /// 保护分支规则 Id
    pub branch_protection_id: i64,
    /// 保护分支规则
    pub rule: String,
    /// 是否强制推送
    pub deny_force_push: bool,
    /// 是否强制合并
    pub force_squash: bool,
    /// 合并请求允许合并授权数量
    pub required_grant_count: i64,
    /// 是否开启状态检查
    pub required_status_check: bool,
    /// 匹配到的分支数量
    pub matcher_count: i64,
    /// 必须合入某分支
    // E1412: the export's examples of DescribeBranchProtection(s) omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src_must_merged_to: Option<String>,
    /// 是否开启代码所有者评审
    // E1412: the export's examples of DescribeBranchProtection(s) omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_code_owner_grant: Option<bool>,
    /// 自动添加评审着（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_add_reviewer: Option<bool>,
    /// 已解决必需的讨论（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_discussion_resolved: Option<bool>,
}

/// 修改保护分支规则时发送的规则：`BranchProtectionId` 与要修改的设置。
// E1429: the export's examples send only some of the settings; the rule's id is
// what the Action cannot work without.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct BranchProtectionUpdate {
    /// 保护分支规则 Id
    pub branch_protection_id: i64,
    /// 保护分支规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// 是否强制推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_force_push: Option<bool>,
    /// 是否强制合并
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_squash: Option<bool>,
    /// 合并请求允许合并授权数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_grant_count: Option<i64>,
    /// 是否开启状态检查
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_status_check: Option<bool>,
    /// 匹配到的分支数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matcher_count: Option<i64>,
    /// 必须合入某分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src_must_merged_to: Option<String>,
    /// 是否开启代码所有者评审
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_code_owner_grant: Option<bool>,
    /// 自动添加评审着（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_add_reviewer: Option<bool>,
    /// 已解决必需的讨论（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_discussion_resolved: Option<bool>,
}

/// Member：保护分支规则的成员。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Member {
    /// 用户名
    pub name: String,
    /// 用户 globalKey
    pub global_key: String,
    /// 允许直接推送
    pub allow_push: bool,
}

// ---------------------------------------------------------------- CreateProtectedBranchMember

/// 添加保护分支成员：输入参数。
// E225: the table omits Action. E200: DepotId, BranchName and GlobalKey are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProtectedBranchMemberRequest {
    /// 公共参数,本接口取值:CreateProtectedBranchMember
    pub action: Action<CreateProtectedBranchMember>,
    /// 仓库 id
    pub depot_id: i64,
    /// 分支名称
    pub branch_name: String,
    /// 需要添加用户的 global_key
    pub global_key: String,
}

// ---------------------------------------------------------------- CreateProtectedBranch

/// 设置保护分支：输入参数。
// E225: the table omits Action. E200: DepotId and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProtectedBranchRequest {
    /// 公共参数,本接口取值:CreateProtectedBranch
    pub action: Action<CreateProtectedBranch>,
    /// 仓库 id
    pub depot_id: i64,
    /// 分支名称
    pub branch_name: String,
}

// ---------------------------------------------------------------- DescribeProtectedBranchs

/// 查询所有保护分支：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchsRequest {
    /// 公共参数,本接口取值:DescribeProtectedBranchs
    pub action: Action<DescribeProtectedBranchs>,
    /// 仓库 id
    pub depot_id: i64,
}

/// 查询所有保护分支：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchsResponse {
    /// 保护分支列表
    // E505: typed ProtectedBranch; the example sends an array.
    pub protected_branchs: Vec<ProtectedBranch>,
}

// ---------------------------------------------------------------- DescribeProtectedBranchMembers

/// 查询所有保护分支成员：输入参数。
// E225: the table omits Action. E200: DepotId is required. E513: BranchName stays
// optional because the document's example omits it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchMembersRequest {
    /// 公共参数,本接口取值:DescribeProtectedBranchMembers
    pub action: Action<DescribeProtectedBranchMembers>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_name: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询所有保护分支成员：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchMembersResponse {
    /// 保护分支用户列表
    // E505: typed ProtectedBranchMember; the example sends an array.
    pub members: Vec<ProtectedBranchMember>,
}

// ---------------------------------------------------------------- DescribeProtectedBranch

/// 查询保护分支状态：输入参数。
// E225: the table omits Action. E200: DepotId and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchRequest {
    /// 公共参数,本接口取值:DescribeProtectedBranch
    pub action: Action<DescribeProtectedBranch>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 分支名称
    pub branch_name: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询保护分支状态：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProtectedBranchResponse {
    /// 保护分支详情
    pub protected_branch: ProtectedBranch,
}

// ---------------------------------------------------------------- ModifyGitRebase

/// git 变基操作：输入参数。
// E225: the table omits Action. E200: DepotId, BaseBranchName and SrcBranchName are
// required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitRebaseRequest {
    /// 公共参数,本接口取值:ModifyGitRebase
    pub action: Action<ModifyGitRebase>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 基底分支
    pub base_branch_name: String,
    /// 待变基分支
    pub src_branch_name: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeBranchProtections

/// 查询保护分支规则列表：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionsRequest {
    /// 公共参数,本接口取值:DescribeBranchProtections
    pub action: Action<DescribeBranchProtections>,
    /// 仓库 Id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询保护分支规则列表：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionsResponse {
    /// 保护分支规则列表
    pub branch_protections: Vec<BranchProtection>,
}

// ---------------------------------------------------------------- DescribeBranchProtection

/// 查询保护分支规则：输入参数。
// E225: the table omits Action. E200: DepotId and BranchProtectionId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionRequest {
    /// 公共参数,本接口取值:DescribeBranchProtection
    pub action: Action<DescribeBranchProtection>,
    /// 仓库 Id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 保护分支规则 Id
    // E1411: the export's example sends it as a string.
    pub branch_protection_id: IntegerOrString,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询保护分支规则：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionResponse {
    /// 保护分支规则
    pub branch_protection: BranchProtection,
}

// ---------------------------------------------------------------- DescribeBranchProtectionMembers

/// 查询保护分支规则的管理员：输入参数。
// E225: the table omits Action. E200: DepotId and BranchProtectionId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionMembersRequest {
    /// 公共参数,本接口取值:DescribeBranchProtectionMembers
    pub action: Action<DescribeBranchProtectionMembers>,
    /// 仓库 Id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 保护分支规则 Id
    // E1411: the export's example sends it as a string.
    pub branch_protection_id: IntegerOrString,
    /// 仓库路径，DepotId与DepptPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询保护分支规则的管理员：输出参数。
// E511: the output table is headed 输入参数. E226: it omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBranchProtectionMembersResponse {
    /// 成员列表
    pub members: Vec<Member>,
}

// ---------------------------------------------------------------- CreateBranchProtection

/// 新建保护分支规则：输入参数。
// E225: the table omits Action. E200: DepotId and Rule are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateBranchProtectionRequest {
    /// 公共参数,本接口取值:CreateBranchProtection
    pub action: Action<CreateBranchProtection>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护分支规则
    pub rule: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateBranchProtectionMember

/// 新建保护分支规则的成员：输入参数。
// E225: the table omits Action. E200: DepotId, BranchProtectionId and UserGlobalKey
// are required; AllowPush is a setting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateBranchProtectionMemberRequest {
    /// 公共参数,本接口取值:CreateBranchProtectionMember
    pub action: Action<CreateBranchProtectionMember>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护分支规则 Id
    pub branch_protection_id: i64,
    /// 用户 globalKey
    pub user_global_key: String,
    /// 允许直接推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_push: Option<bool>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- ModifyBranchProtection

/// 修改保护分支规则：输入参数。
// E225: the table omits Action. E512: the table lists BranchProtection's fields flat
// and no DepotId; the example sends DepotId and the rule as a BranchProtection
// object, which is what we encode. E200: both are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBranchProtectionRequest {
    /// 公共参数,本接口取值:ModifyBranchProtection
    pub action: Action<ModifyBranchProtection>,
    /// 仓库 Id（表格未列出，见于示例）。
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 修改后的保护分支规则（表格将其字段逐一列出）。
    // E1429: the rule's id and the settings to change.
    pub branch_protection: BranchProtectionUpdate,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 修改保护分支规则：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBranchProtectionResponse {
    /// 保护分支规则对象
    pub branch_protection: BranchProtection,
}

// ---------------------------------------------------------------- DeleteBranchProtection

/// 删除保护分支规则：输入参数。
// E225: the table omits Action. E200: DepotId and BranchProtectionId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteBranchProtectionRequest {
    /// 公共参数,本接口取值:DeleteBranchProtection
    pub action: Action<DeleteBranchProtection>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护分支 Id
    pub branch_protection_id: i64,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DeleteBranchProtectionMember

/// 删除保护分支规则的成员：输入参数。
// E225: the table omits Action. E200: DepotId, BranchProtectionId and UserGlobalKey
// are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteBranchProtectionMemberRequest {
    /// 公共参数,本接口取值:DeleteBranchProtectionMember
    pub action: Action<DeleteBranchProtectionMember>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护分支规则 Id
    pub branch_protection_id: i64,
    /// 用户 globalKey
    pub user_global_key: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

actions! {
    // E226: no output table; the example carries RequestId.
    /// 添加保护分支成员
    CreateProtectedBranchMember {
        summary: "添加保护分支成员",
        description: LEGACY_NOTE,
        source: "保护分支 › 添加保护分支成员",
        request: CreateProtectedBranchMemberRequest,
        response: RequestIdResponse,
    }

    // E226: no output table; the example carries RequestId.
    /// 设置保护分支
    CreateProtectedBranch {
        summary: "设置保护分支",
        description: LEGACY_NOTE,
        source: "保护分支 › 设置保护分支",
        request: CreateProtectedBranchRequest,
        response: RequestIdResponse,
    }

    // E1430: the export describes DescribeProtectedBranches in its place.
    /// 查询所有保护分支
    DescribeProtectedBranchs {
        summary: "查询所有保护分支",
        description: "对于已经开启新版保护分支规则的仓库,此 api 不再适用\n\nDeprecated: CODING's OpenAPI export does not describe this Action; it describes DescribeProtectedBranches for the same query, whose reply names the list ProtectedBranches (E1430).",
        source: "保护分支 › 查询所有保护分支",
        deprecated: true,
        request: DescribeProtectedBranchsRequest,
        response: DescribeProtectedBranchsResponse,
    }

    /// 查询所有保护分支成员
    DescribeProtectedBranchMembers {
        summary: "查询所有保护分支成员",
        description: LEGACY_NOTE,
        source: "保护分支 › 查询所有保护分支成员",
        request: DescribeProtectedBranchMembersRequest,
        response: DescribeProtectedBranchMembersResponse,
    }

    /// 查询保护分支状态
    DescribeProtectedBranch {
        summary: "查询保护分支状态",
        description: LEGACY_NOTE,
        source: "保护分支 › 查询保护分支状态",
        request: DescribeProtectedBranchRequest,
        response: DescribeProtectedBranchResponse,
    }

    // E226: the output table is empty; the example carries RequestId.
    /// git 变基操作
    ModifyGitRebase {
        summary: "git 变基操作",
        source: "保护分支规则 › git 变基操作",
        request: ModifyGitRebaseRequest,
        response: RequestIdResponse,
    }

    // E243: the endpoint line reads `Action= DescribeBranchProtections`.
    /// 查询保护分支规则列表
    DescribeBranchProtections {
        summary: "查询保护分支规则列表",
        source: "保护分支规则 › 查询保护分支规则列表",
        request: DescribeBranchProtectionsRequest,
        response: DescribeBranchProtectionsResponse,
    }

    // E243: the endpoint line reads `Action= DescribeBranchProtection`.
    /// 查询保护分支规则
    DescribeBranchProtection {
        summary: "查询保护分支规则",
        source: "保护分支规则 › 查询保护分支规则",
        request: DescribeBranchProtectionRequest,
        response: DescribeBranchProtectionResponse,
    }

    // E243: the endpoint line reads `Action= DescribeBranchProtectionMembers`.
    /// 查询保护分支规则的管理员
    DescribeBranchProtectionMembers {
        summary: "查询保护分支规则的管理员",
        source: "保护分支规则 › 查询保护分支规则的管理员",
        request: DescribeBranchProtectionMembersRequest,
        response: DescribeBranchProtectionMembersResponse,
    }

    // E243: the endpoint line reads `Action= CreateBranchProtection`. E226: no
    // output table; the example carries RequestId.
    /// 新建保护分支规则
    CreateBranchProtection {
        summary: "新建保护分支规则",
        source: "保护分支规则 › 新建保护分支规则",
        request: CreateBranchProtectionRequest,
        response: RequestIdResponse,
    }

    // E243: the endpoint line reads `Action= CreateBranchProtectionMember`. E226:
    // no output table; the example carries RequestId.
    /// 新建保护分支规则的成员
    CreateBranchProtectionMember {
        summary: "新建保护分支规则的成员",
        source: "保护分支规则 › 新建保护分支规则的成员",
        request: CreateBranchProtectionMemberRequest,
        response: RequestIdResponse,
    }

    // E243: the endpoint line reads `Action= ModifyBranchProtection`.
    /// 修改保护分支规则
    ModifyBranchProtection {
        summary: "修改保护分支规则",
        source: "保护分支规则 › 修改保护分支规则",
        request: ModifyBranchProtectionRequest,
        response: ModifyBranchProtectionResponse,
    }

    /// 删除保护分支规则
    DeleteBranchProtection {
        summary: "删除保护分支规则",
        source: "保护分支规则 › 删除保护分支规则",
        request: DeleteBranchProtectionRequest,
        response: RequestIdResponse,
    }

    // E226: no output table; the example carries RequestId.
    /// 删除保护分支规则的成员
    DeleteBranchProtectionMember {
        summary: "删除保护分支规则的成员",
        source: "保护分支规则 › 删除保护分支规则的成员",
        request: DeleteBranchProtectionMemberRequest,
        response: RequestIdResponse,
    }
}
