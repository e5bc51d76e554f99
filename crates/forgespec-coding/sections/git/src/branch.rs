//! 代码托管 › 分支: create, describe, list and delete a depot's branches; look up
//! refs and commits; cherry-pick; the default branch, read-only refs and the
//! permission of a protected branch's administrators.
//!
//! Required input parameters follow E1/E200: besides `Action`, the depot (`DepotId`
//! or `DepotPath`) and what identifies or defines the branch, ref or commit the
//! Action acts on.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::content::GitCommit;
use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// GitBranch：分支详情。
// E507: named by 查询分支信息 and 查询所有分支信息 and never defined; read off the
// examples, descriptions in our words. The first four fields are in every example;
// the others only in DescribeGitBranches' example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitBranch {
    /// 分支名称。
    pub branch_name: String,
    /// 是否为默认分支。
    pub is_default_branch: bool,
    /// 是否为保护分支。
    pub is_protected: bool,
    /// 分支最新提交的 Sha 值。
    pub sha: String,
    /// 是否为只读分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_read_only: Option<bool>,
    /// 是否禁止强制推送。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_force_push: Option<bool>,
    /// 是否强制使用 squash 合并。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_squash: Option<bool>,
    /// 特殊分支类型（示例中为空字符串）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec_branch_type: Option<String>,
    /// 最新提交时间（毫秒时间戳）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit_date: Option<i64>,
    /// 分支的备注信息（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// 最后一次提交的信息（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_commit: Option<GitCommit>,
}

/// 包含某次提交的分支（查询提交所在分支）。
// E508: no output table; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct BranchShaRef {
    /// 分支名。
    pub r#ref: String,
}

/// GitRef：分支对象。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitRef {
    /// 显示的名字
    pub display_name: String,
    /// 名字
    pub name: String,
    /// 短信息
    pub short_message: String,
    /// 全信息
    pub full_message: String,
    /// 对应分支的ID
    pub ref_object_id: String,
    /// 当前分支或标签的ID
    pub object_id: String,
    /// 是否是注释标签
    pub annotated_tag: bool,
}

/// 类型 (all、tag、branch)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BranchRefsType {
    /// `all`: 标签和分支。
    All,
    /// `tag`: 仅标签。
    Tag,
    /// `branch`: 仅分支。
    Branch,
}

/// 类型 (tag/branch)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BranchReferenceType {
    /// `tag`: 标签。
    Tag,
    /// `branch`: 分支。
    Branch,
}

/// GitReference：标签或分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitReference {
    /// 类型 (tag/branch)
    pub r#type: BranchReferenceType,
    /// 标签/分支的名字
    pub name: String,
}

// ---------------------------------------------------------------- CreateGitBranch

/// 创建分支：输入参数。
// E225: the table omits Action. E200: DepotId, BranchName and StartPoint are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitBranchRequest {
    /// 公共参数,本接口取值:CreateGitBranch
    pub action: Action<CreateGitBranch>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 要创建的仓库名称
    // E506: a copy-paste description (the parameter is the branch's name), kept
    // verbatim as E40 decides.
    pub branch_name: String,
    /// 源分支名称
    pub start_point: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 分支备注（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

// ---------------------------------------------------------------- DeleteGitBranch

/// 删除分支：输入参数。
// E225: the table omits Action. E200: DepotId and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitBranchRequest {
    /// 公共参数,本接口取值:DeleteGitBranch
    pub action: Action<DeleteGitBranch>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 要创建的仓库名称
    // E506: a copy-paste description (the parameter names the branch to delete),
    // kept verbatim as E40 decides.
    pub branch_name: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitBranch

/// 查询分支信息：输入参数。
// E225: the table omits Action. E200: DepotId and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchRequest {
    /// 公共参数,本接口取值:DescribeGitBranch
    pub action: Action<DescribeGitBranch>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名称
    pub branch_name: String,
    /// 仓库路径，与DepotId选其一就可以（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询分支信息：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchResponse {
    /// 分支详情
    pub git_branch: GitBranch,
}

// ---------------------------------------------------------------- DescribeGitBranches

/// 查询所有分支信息：输入参数。
// E225: the table omits Action. E200: DepotId is required; paging and the keyword
// are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchesRequest {
    /// 公共参数,本接口取值:DescribeGitBranches
    pub action: Action<DescribeGitBranches>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分页页码,默认为 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 分页页距,默认为 10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 仓库路径，与DepotId二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询所有分支信息：输出参数。
// E226: the table omits RequestId. E2: this Action's own paging (PageNumber/PageSize
// in, TotalCount and Branches out, not wrapped in Data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchesResponse {
    /// 分支列表
    // E505: typed GitBranch; the example sends an array.
    pub branches: Vec<GitBranch>,
    /// 总条数
    pub total_count: i64,
}

// ---------------------------------------------------------------- DescribeGitBranchesBySha

/// 查询提交所在分支：输入参数。
// E225: the table omits Action. E200: DepotId and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchesByShaRequest {
    /// 公共参数,本接口取值:DescribeGitBranchesBySha
    pub action: Action<DescribeGitBranchesBySha>,
    /// 仓库 id
    // E1411: the export's example sends it as a string.
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 提交的 Sha 值
    pub sha: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询提交所在分支：输出参数。
// E226/E508: no output table; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitBranchesByShaResponse {
    /// 包含该提交的分支列表。
    pub refs: Vec<BranchShaRef>,
}

// ---------------------------------------------------------------- DescribeGitRef

/// 查询分支或标签的信息：输入参数。
// E225: the table omits Action. E200: DepotId and Revision are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitRefRequest {
    /// 公共参数,本接口取值:DescribeGitRef
    pub action: Action<DescribeGitRef>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支或标签名
    pub revision: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询分支或标签的信息：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitRefResponse {
    /// 分支对象
    pub git_ref: GitRef,
}

// ---------------------------------------------------------------- DescribeGitRefsBySha

/// 查询含有某次提交的标签或分支列表：输入参数。
// E225: the table omits Action. E200: DepotId and Sha are required; Type filters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitRefsByShaRequest {
    /// 公共参数,本接口取值:DescribeGitRefsBySha
    pub action: Action<DescribeGitRefsBySha>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 类型 (all、tag、branch)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BranchRefsType>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询含有某次提交的标签或分支列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitRefsByShaResponse {
    /// 标签列表
    pub refs: Vec<GitReference>,
}

// ---------------------------------------------------------------- ModifyGitCherryPick

/// 将某次提交cherry-pick到指定分支：输入参数。
// E225: the table omits Action. E200: DepotId, Sha and BranchName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitCherryPickRequest {
    /// 公共参数,本接口取值:ModifyGitCherryPick
    pub action: Action<ModifyGitCherryPick>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 分支名
    pub branch_name: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitMergeBase

/// 查询两个分支的公共祖先：输入参数。
// E225: the table omits Action. E200: DepotId, SrcRef and DestRef are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeBaseRequest {
    /// 公共参数,本接口取值:DescribeGitMergeBase
    pub action: Action<DescribeGitMergeBase>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支1
    pub src_ref: String,
    /// 分支2
    pub dest_ref: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询两个分支的公共祖先：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeBaseResponse {
    /// 提交信息
    // E509: the GitCommit of 创建 git 提交 (content.rs): this Action's table types
    // CommitDate as String and misspells Committer; the example is that shape.
    pub commit: GitCommit,
}

// ---------------------------------------------------------------- DeleteGitMergedBranches

/// 删除已合并到默认分支的分支(此操作不会删除受保护的分支)：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitMergedBranchesRequest {
    /// 公共参数,本接口取值:DeleteGitMergedBranches
    pub action: Action<DeleteGitMergedBranches>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeDepotDefaultBranch

/// 查询仓库的默认分支：输入参数。
// E225: the table omits Action. E510: DepotPath or DepotId, either one; the table
// lists only DepotPath, so both are optional (E1: either-or pairs stay optional).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotDefaultBranchRequest {
    /// 公共参数,本接口取值:DescribeDepotDefaultBranch
    pub action: Action<DescribeDepotDefaultBranch>,
    /// 仓库路径,与 DepotId 必须有一个是填写的,例如 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 仓库 id（表格未列出；DepotPath 的描述提到它）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
}

/// 查询仓库的默认分支：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotDefaultBranchResponse {
    /// 分支名
    pub branch_name: String,
}

// ---------------------------------------------------------------- CreateReadOnlyRef

/// 创建只读分支：输入参数。
// E225: the table omits Action. E200: DepotPath and RefName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReadOnlyRefRequest {
    /// 公共参数,本接口取值:CreateReadOnlyRef
    pub action: Action<CreateReadOnlyRef>,
    /// 仓库路径
    pub depot_path: String,
    /// 分支名称
    pub ref_name: String,
}

// ---------------------------------------------------------------- ModifyBranchProtectionMemberPermission

/// 更改保护分支管理员权限：输入参数。
// E225: the table omits Action. E200: all four are required: the depot, the rule,
// the member and the permission being set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBranchProtectionMemberPermissionRequest {
    /// 公共参数,本接口取值:ModifyBranchProtectionMemberPermission
    pub action: Action<ModifyBranchProtectionMemberPermission>,
    /// 仓库路径
    pub depot_path: String,
    /// 是否直接推送
    pub allow_push: bool,
    /// 分支名称
    pub branch_rule_name: String,
    /// 保护分支管理员
    pub user_global_key: String,
}

actions! {
    // E226: no output table; the example carries RequestId.
    /// 创建分支
    CreateGitBranch {
        summary: "创建分支",
        source: "分支 › 创建分支",
        request: CreateGitBranchRequest,
        response: RequestIdResponse,
    }

    // E226: no output table; the example carries RequestId.
    /// 删除分支
    DeleteGitBranch {
        summary: "删除分支",
        source: "分支 › 删除分支",
        request: DeleteGitBranchRequest,
        response: RequestIdResponse,
    }

    /// 查询分支信息
    DescribeGitBranch {
        summary: "查询分支信息",
        source: "分支 › 查询分支信息",
        request: DescribeGitBranchRequest,
        response: DescribeGitBranchResponse,
    }

    /// 查询所有分支信息
    DescribeGitBranches {
        summary: "查询所有分支信息",
        source: "分支 › 查询所有分支信息",
        request: DescribeGitBranchesRequest,
        response: DescribeGitBranchesResponse,
    }

    /// 查询提交所在分支
    DescribeGitBranchesBySha {
        summary: "查询提交所在分支",
        source: "分支 › 查询提交所在分支",
        request: DescribeGitBranchesByShaRequest,
        response: DescribeGitBranchesByShaResponse,
    }

    /// 查询分支或标签的信息
    DescribeGitRef {
        summary: "查询分支或标签的信息",
        source: "分支 › 查询分支或标签的信息",
        request: DescribeGitRefRequest,
        response: DescribeGitRefResponse,
    }

    /// 查询含有某次提交的标签或分支列表
    DescribeGitRefsBySha {
        summary: "查询含有某次提交的标签或分支列表",
        source: "分支 › 查询含有某次提交的标签或分支列表",
        request: DescribeGitRefsByShaRequest,
        response: DescribeGitRefsByShaResponse,
    }

    /// 将某次提交cherry-pick到指定分支
    ModifyGitCherryPick {
        summary: "将某次提交cherry-pick到指定分支",
        source: "分支 › 将某次提交cherry-pick到指定分支",
        request: ModifyGitCherryPickRequest,
        response: RequestIdResponse,
    }

    /// 查询两个分支的公共祖先
    DescribeGitMergeBase {
        summary: "查询两个分支的公共祖先",
        source: "分支 › 查询两个分支的公共祖先",
        request: DescribeGitMergeBaseRequest,
        response: DescribeGitMergeBaseResponse,
    }

    /// 删除已合并到默认分支的分支(此操作不会删除受保护的分支)
    DeleteGitMergedBranches {
        summary: "删除已合并到默认分支的分支(此操作不会删除受保护的分支)",
        source: "分支 › 删除已合并到默认分支的分支(此操作不会删除受保护的分支)",
        request: DeleteGitMergedBranchesRequest,
        response: RequestIdResponse,
    }

    /// 查询仓库的默认分支
    DescribeDepotDefaultBranch {
        summary: "查询仓库的默认分支",
        source: "分支 › 查询仓库的默认分支",
        request: DescribeDepotDefaultBranchRequest,
        response: DescribeDepotDefaultBranchResponse,
    }

    /// 创建只读分支
    CreateReadOnlyRef {
        summary: "创建只读分支",
        description: "创建只读分支。",
        source: "分支 › 创建只读分支",
        request: CreateReadOnlyRefRequest,
        response: RequestIdResponse,
    }

    /// 更改保护分支管理员权限
    ModifyBranchProtectionMemberPermission {
        summary: "更改保护分支管理员权限",
        description: "更改保护分支管理员权限。",
        source: "分支 › 更改保护分支管理员权限",
        request: ModifyBranchProtectionMemberPermissionRequest,
        response: RequestIdResponse,
    }
}
