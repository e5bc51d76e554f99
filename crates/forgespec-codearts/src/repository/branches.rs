//! 4.2.12, 4.2.25–4.2.27, 4.2.30: branches (v1 and v2 lists) and protected branches.

use forgespec_core::{New, endpoint, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CommitRepoV2, RepositoryIdPath, RepositoryPrimaryIdPath, RepositoryShortIdPath};
use crate::common::{Envelope, with_error_responses};

/// BranchList：指定仓库的分支列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BranchList {
    /// 指定仓库的分支列表
    pub branches: Vec<Branch>,
    /// 指定仓库的分支总数
    pub total: i64,
}

/// Branch：一个分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Branch {
    /// 是否开启保护分支功能
    pub is_protected: bool,
    /// 分支名
    pub name: String,
}

/// 路径参数：仓库的一个分支（保护分支）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ProtectedBranchPath {
    /// 仓库主键id
    pub repository_id: i64,
    /// 分支名称
    pub branch_name: String,
}

int_enum! {
    /// 提交权限 0:任何人不允许提交, 30:开发者及管理员可提交, 40:管理员可提交
    pub enum PushAccessLevel {
        /// 任何人不允许提交
        NoOne = 0,
        /// 开发者及管理员可提交
        Developers = 30,
        /// 管理员可提交
        Maintainers = 40,
    }
}

int_enum! {
    /// 合并权限 0:任何人不允许合并, 30:开发者及管理员可合并, 40:管理员可合并,合并权限必须大于等于提交权限
    pub enum MergeAccessLevel {
        /// 任何人不允许合并
        NoOne = 0,
        /// 开发者及管理员可合并
        Developers = 30,
        /// 管理员可合并
        Maintainers = 40,
    }
}

/// AddProtectAccessLevel：新建保护分支权限。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AddProtectAccessLevel {
    /// 提交权限 0:任何人不允许提交, 30:开发者及管理员可提交, 40:管理员可提交
    pub push_access_level: PushAccessLevel,
    /// 合并权限 0:任何人不允许合并, 30:开发者及管理员可合并, 40:管理员可合并,合并权限必须大于等于提交权限
    pub merge_access_level: MergeAccessLevel,
}

/// 新建保护分支的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AddProtectRequest {
    /// 新建保护分支权限
    pub access_level: AddProtectAccessLevel,
}

/// AddProtectResponse：保护分支。
// Also the result of 4.10.1 创建分支.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AddProtectResponse {
    /// 分支名称
    pub name: String,
    /// 提交信息
    pub commit: CommitRepoV2,
    /// 是否保护
    pub protected: bool,
    /// 是否允许开发者提交
    pub developers_can_push: bool,
    /// 是否允许开发者合并
    pub developers_can_merge: bool,
    /// 是否允许管理员提交
    pub master_can_push: bool,
    /// 是否允许管理员合并
    pub master_can_merge: bool,
    /// 没有人允许提交
    pub no_one_can_push: bool,
    /// 没有人允许合并
    pub no_one_can_merge: bool,
    /// 是否在一个打开的合并请求
    pub in_an_opened_merge_request: bool,
}

/// 批量删除保护分支的请求 Body。
// E74: a DELETE with a body, as the document says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeleteProtectedBranchesRequest {
    /// 保护分支名列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
}

/// 获取仓库分支列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListBranchesV2Query {
    /// 分页页数
    // E35, E57: paging by page/per_page here, typed String by the table; page
    // numbers are integers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页数据数
    // E57
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// 匹配条件
    #[serde(default, rename = "match", skip_serializing_if = "Option::is_none")]
    pub match_condition: Option<String>,
}

/// BranchResponse：分支信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BranchResponse {
    /// 分支信息
    pub branches: Vec<BranchesItem>,
    /// 总数
    // E58: Double in the table, a count (`1`) in the example.
    pub total: i64,
}

/// BranchesItem：一个分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BranchesItem {
    /// 提交信息
    pub commit: CommitV2,
    /// 提交差异数量
    pub diverging_commit_counts: DivergingCommitCounts,
    /// 分支名
    pub name: String,
}

/// CommitV2：提交信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitV2 {
    /// 提交时间
    pub committed_date: String,
    /// 提交者
    pub committer_name: String,
    /// 提交id
    pub id: String,
    /// 提交信息
    pub message: String,
    /// 提交短id
    pub short_id: String,
    /// 提交标题
    pub title: String,
}

/// DivergingCommitCounts：提交差异数量。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DivergingCommitCounts {
    /// 领先提交数
    // E58: Double in the table, a count (`0`) in the example.
    pub ahead: i64,
    /// 滞后提交数
    // E58
    pub behind: i64,
}

endpoint! {
    /// 4.2.12 查询某仓库对应的分支
    pub struct ListBranches {
        GET "/v1/repositories/{repository_id}/branches",
        id: "listBranches",
        summary: "查询某仓库对应的分支",
        description: "根据仓库id获取指定仓库的分支列表.",
        source: "4.2.12 查询某仓库对应的分支",
        path: RepositoryPrimaryIdPath,
        response: (200, "OK", Envelope<BranchList>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.25 新建保护分支
    pub struct CreateProtectedBranch {
        PUT "/v2/repositories/{repository_id}/branch/{branch_name}/protect",
        id: "createProtectedBranch",
        summary: "新建保护分支",
        description: "新建保护分支",
        source: "4.2.25 新建保护分支",
        path: ProtectedBranchPath,
        request: AddProtectRequest,
        response: (200, "OK", Envelope<AddProtectResponse>),
        extend: with_error_responses,
    }
}

// E56: the URI line says `protected-branches`, the request example
// `protected_branches`; the URI line is followed.
endpoint! {
    /// 4.2.26 删除保护分支
    pub struct DeleteProtectedBranch {
        DELETE "/v2/repositories/{repository_id}/protected-branches/{branch_name}",
        id: "deleteProtectedBranch",
        summary: "删除保护分支",
        description: "删除保护分支",
        source: "4.2.26 删除保护分支",
        path: ProtectedBranchPath,
        response: (200, "OK", Envelope<String>),
        extend: with_error_responses,
    }
}

// E56
endpoint! {
    /// 4.2.27 批量删除保护分支
    pub struct DeleteProtectedBranches {
        DELETE "/v2/repositories/{repository_id}/protected-branches",
        id: "deleteProtectedBranches",
        summary: "批量删除保护分支",
        description: "批量删除保护分支",
        source: "4.2.27 批量删除保护分支",
        path: RepositoryIdPath,
        request: DeleteProtectedBranchesRequest,
        response: (200, "OK", Envelope<String>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.30 获取仓库分支列表
    pub struct ListBranchesV2 {
        GET "/v2/repositories/{repository_id}/branches",
        id: "listBranchesV2",
        summary: "获取仓库分支列表",
        description: "获取仓库分支列表",
        source: "4.2.30 获取仓库分支列表",
        path: RepositoryShortIdPath,
        query: ListBranchesV2Query,
        response: (200, "OK", Envelope<BranchResponse>),
        extend: with_error_responses,
    }
}
