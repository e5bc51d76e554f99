//! 4.2 Repository: repositories and what hangs off them — files, settings, templates,
//! commits, branches and protected branches, tags and protected tags, deploy keys,
//! statistics and merge requests.
//!
//! The section's 32 operations are split by subject into the sub-modules; [`SECTION`]
//! lists them in the document's order. The shapes several sub-modules (and other
//! sections) share are here.

pub mod branches;
pub mod commits;
pub mod content;
pub mod deploy_keys;
pub mod lifecycle;
pub mod merge_requests;
pub mod settings;
pub mod statistics;
pub mod tags;
pub mod templates;

use forgespec_core::{EndpointRef, New, Nullable, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use branches::AddProtectResponse;
pub use deploy_keys::{AddDeployKeyRequest, Key};
pub use statistics::CommitStatistic;
pub use templates::TemplateRepositoryList;

/// The tag (document section) of these operations.
pub const TAG: &str = "Repository";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "仓库：创建、删除、查询仓库，分支、标签、保护分支、保护 tag、部署密钥、统计、合并请求。",
    source: "4 API › 4.2 Repository",
    endpoints: &[
        EndpointRef::of::<content::ListBranchFiles>(),
        EndpointRef::of::<statistics::ShowRepositoryStatisticData>(),
        EndpointRef::of::<content::ShowBranchImage>(),
        EndpointRef::of::<settings::UpdateRepositoryPipelineStatus>(),
        EndpointRef::of::<settings::CheckRepositoryAdmin>(),
        EndpointRef::of::<settings::UpdateRepositoryTemplateStatus>(),
        EndpointRef::of::<content::ShowBranchFile>(),
        EndpointRef::of::<templates::ListRepositoryTemplates>(),
        EndpointRef::of::<lifecycle::CreateRepository>(),
        EndpointRef::of::<lifecycle::ShowRepositoryShortId>(),
        EndpointRef::of::<commits::ListCommitsByRepositoryName>(),
        EndpointRef::of::<branches::ListBranches>(),
        EndpointRef::of::<commits::ListCommitsByRepositoryId>(),
        EndpointRef::of::<deploy_keys::AddDeployKey>(),
        EndpointRef::of::<deploy_keys::DeleteDeployKey>(),
        EndpointRef::of::<statistics::ShowLastCommitStatistics>(),
        EndpointRef::of::<statistics::LaunchRepositoryStatistics>(),
        EndpointRef::of::<lifecycle::DeleteRepository>(),
        EndpointRef::of::<lifecycle::ShowRepositoryCreationStatus>(),
        EndpointRef::of::<tags::ListTags>(),
        EndpointRef::of::<tags::CreateTag>(),
        EndpointRef::of::<lifecycle::ShowRepository>(),
        EndpointRef::of::<statistics::ShowCommitLines>(),
        EndpointRef::of::<lifecycle::DownloadRepository>(),
        EndpointRef::of::<branches::CreateProtectedBranch>(),
        EndpointRef::of::<branches::DeleteProtectedBranch>(),
        EndpointRef::of::<branches::DeleteProtectedBranches>(),
        EndpointRef::of::<tags::CreateProtectedTag>(),
        EndpointRef::of::<tags::DeleteProtectedTag>(),
        EndpointRef::of::<branches::ListBranchesV2>(),
        EndpointRef::of::<merge_requests::ListMergeRequests>(),
        EndpointRef::of::<merge_requests::ShowMergeRequest>(),
    ],
};

/// 路径参数：一个仓库（仓库uuid）。
// The tables word the description differently per operation (仓库id, 仓库的uuid, …);
// each operation that needs the exact wording has its own path type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryUuidPath {
    /// 仓库id
    pub repository_uuid: String,
}

/// 路径参数：一个仓库（仓库主键id）。
// E30: `repository_id` is typed String in 4.2.12, 4.2.16 and 4.2.20 and Integer in
// every other operation of the section; it is the repository's numeric primary key
// (the examples use 907199), so it is an integer everywhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryIdPath {
    /// 仓库主键id
    pub repository_id: i64,
}

/// 路径参数：一个仓库（仓库的主键id）。
// E30: the same integer key as [`RepositoryIdPath`], worded 仓库的主键id by the tables
// of 4.2.12, 4.2.16, 4.2.17 and 4.2.20.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryPrimaryIdPath {
    /// 仓库的主键id
    pub repository_id: i64,
}

/// 路径参数：一个仓库（仓库短id）。
// E30: the same integer key as [`RepositoryIdPath`], which these tables call 仓库短id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryShortIdPath {
    /// 仓库短id
    pub repository_id: i64,
}

/// 路径参数：一个仓库的一个分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryBranchPath {
    /// 仓库id
    pub repository_uuid: String,
    /// 分支名称
    pub branch_name: String,
}

/// Commit：提交信息。
// The tables 4-22 (4.2.1), 4-71 (4.2.11) and 4-84 (4.2.13) are identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Commit {
    /// 作者邮箱
    pub author_email: String,
    /// 作者
    pub author_name: String,
    /// 作者提交时间
    // E31: absent from 4.2.1's example, `null` in 4.2.11's and 4.2.13's.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub authored_date: Option<Nullable<String>>,
    /// 提交时间
    pub committed_date: String,
    /// 提交作者邮箱
    pub committer_email: String,
    /// 提交作者
    pub committer_name: String,
    /// 文件变更的详情信息，其格式由请求查询参数 stat_format 决定
    // E32: an `Object` with no table and no example; 4.2.13's `stat_format` says only
    // that it excludes the diff. Modelled as a map of strings (file → change summary),
    // the loosest shape the generator can express without `serde_json::Value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<std::collections::BTreeMap<String, String>>,
    /// 提交对应的SHA id
    pub id: String,
    /// 提交的信息
    pub message: String,
    /// 父提交id
    pub parent_ids: Vec<String>,
}

/// CommitRepoV2：提交信息。
// The tables 4-130 (4.2.21) and 4-152 (4.2.25) are identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CommitRepoV2 {
    /// 提交对应的SHA id
    pub id: String,
    /// 提交对应的短SHA id
    pub short_id: String,
    /// 创建时间
    pub created_at: String,
    /// 提交标题
    pub title: String,
    /// 父提交id
    pub parent_ids: Vec<String>,
    /// 提交信息
    pub message: String,
    /// 作者
    pub author_name: String,
    /// 提交作者
    pub committer_name: String,
    /// 提交时间
    pub committed_date: String,
}

int_enum! {
    /// 仓库可见性：0->私有，20->公开只读（公有仓库）
    pub enum RepositoryVisibility {
        /// 私有仓库
        Private = 0,
        /// 公开只读（公有仓库）
        Public = 20,
    }
}

int_enum! {
    /// 当前用户是否是仓库的创建者，1：是，0：不是
    pub enum IsOwner {
        /// 不是
        No = 0,
        /// 是
        Yes = 1,
    }
}

int_enum! {
    /// 用户在仓库中的权限:20：只读成员 30：普通成员 40：管理员
    pub enum RepositoryUserRole {
        /// 只读成员
        ReadOnly = 20,
        /// 普通成员
        Member = 30,
        /// 管理员
        Admin = 40,
    }
}

/// RepoInfoV2：仓库信息。
// The tables 4-135 (4.2.22), 4-206 (4.3.1) and 4-225 (4.3.4) differ only in
// punctuation (and 4.3.1's layout-broken `group_name`); 4.2.22's wording is kept
// (E263). Which
// fields every example carries differs between 4.2.22, 4.3.1, 4.3.4 and chapter 5, so
// all but the identity fields are optional. E72: the examples send `null` for most of
// the fields the table types as plain String/Integer/Boolean (4.2.22, 5.2), so those
// are nullable too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoInfoV2 {
    /// 创建时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 创建者的用户名，在用户是租户的情况下，用户名和租户名相等
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub creator_name: Option<Nullable<String>>,
    /// 创建者的租户名
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub domain_name: Option<Nullable<String>>,
    /// 仓库组名(克隆地址中域名后面仓库名前的一段示例： git@repo.alpha.devcloud.intest.com:Demo00228/testword.git 组名： Demo00228)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 使用 https 克隆仓库时所使用的 url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub https_url: Option<String>,
    /// 用户的 iam user uuid
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub iam_user_uuid: Option<Nullable<String>>,
    /// 当前用户是否是仓库的创建者，1：是，0：不是
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub is_owner: Option<Nullable<IsOwner>>,
    /// 仓库 LFS 容量，单位为M，大于 1024M 则单位为 G
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub lfs_size: Option<Nullable<String>>,
    /// 项目是否被删除
    // E33: a String holding `"false"` in every example, as the table says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_is_deleted: Option<String>,
    /// 项目ID，获取方式请参见 获取项目ID 。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_uuid: Option<String>,
    /// 仓库主键id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_id: Option<i64>,
    /// 仓库名
    pub repository_name: String,
    /// 仓库总容量 = 仓库 LFS 容量 + git 库容量，单位为M，大于 1024M 则单位为 G
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub repository_size: Option<Nullable<String>>,
    /// 仓库uuid(由CreateRepository接口返回)
    pub repository_uuid: String,
    /// 使用 ssh 方式克隆仓库时所使用的 url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_url: Option<String>,
    /// 当前用户是否收藏该仓库
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub star: Option<Nullable<bool>>,
    /// 仓库状态，0：仓库正常创建成功 1：仓库创建中 2：创建失败 3：仓库冻结 4：仓库已经关闭
    // E34: the description lists 0–4, but chapter 5's example sends 5; an integer
    // with the documented meanings, not a closed enum.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub status: Option<Nullable<i64>>,
    /// 更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub updated_at: Option<Nullable<String>>,
    /// 用户在仓库中的权限:20：只读成员 30：普通成员 40：管理员
    #[serde(
        default,
        rename = "userRole",
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub user_role: Option<Nullable<RepositoryUserRole>>,
    /// 是否可见：0私有仓库，20公有仓库
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility_level: Option<RepositoryVisibility>,
    /// web url 路径，访问它将跳转至仓库详情页
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
}
