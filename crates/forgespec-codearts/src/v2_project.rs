//! 4.3 V2Project: the user's and a project's repositories (v2), creating a project
//! with a repository, creating a project and forking a repository, and linking a
//! branch to work items.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, Error, IntegerOrString, OneOrMany, OrString};
use crate::repository::RepoInfoV2;

/// The tag (document section) of these operations.
pub const TAG: &str = "V2Project";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "项目与仓库：查询用户或项目的仓库，创建项目并创建或 fork 仓库，分支关联工作项。",
    source: "4 API › 4.3 V2Project",
    endpoints: &[
        EndpointRef::of::<ListUserAllRepositories>(),
        EndpointRef::of::<CreateProjectAndRepositories>(),
        EndpointRef::of::<CreateProjectAndForkRepositories>(),
        EndpointRef::of::<ListProjectRepositoriesV2>(),
        EndpointRef::of::<AssociateIssues>(),
    ],
};

/// 响应 Body：只有 `error` 和 `status`，没有 `result`。
// E205: 4.3.5's response table has no `result` row, so the shared envelope (which
// documents `result`) does not fit; this is the same envelope without it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StatusEnvelope {
    /// 响应错误
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub error: Option<Nullable<Error>>,
    /// 响应状态
    pub status: String,
}

// ---------------------------------------------------------------------------------
// 4.3 V2Project
// ---------------------------------------------------------------------------------

/// 查询仓库列表的查询参数（分页索引从 1 开始）。
// Shared by 4.3.1, 4.3.4 and 4.9.2 (and the historical 7.4.2), whose tables differ
// only in punctuation; 4.3.1's wording is kept (E263). E261: the document has four
// paging conventions; each operation keeps its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryListQuery {
    /// 分页索引，从1开始计数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_index: Option<i64>,
    /// 每页条目数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 搜索关键字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
}

/// RepoListInfoV2：仓库列表。
// E258: the response table writes the name wrapped, `RepoListInfo V2`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoListInfoV2 {
    /// 仓库列表
    // E206: the table says `Array of RepoInfoV2 objects`; 4.3.1's example shows
    // one object, 4.3.4's and chapter 5's an array.
    pub repositories: OneOrMany<RepoInfoV2>,
    /// 仓库总数
    pub total: i64,
}

/// 路径参数：一个项目。
// Shared by 4.3.4, 4.9.1 and 4.9.2, whose tables differ only in punctuation; the
// full-width wording of 4.9.1 is kept (E263).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ProjectUuidPath {
    /// 项目ID，获取方式请参见 获取项目ID 。
    pub project_uuid: String,
}

int_enum! {
    /// 是否导入项目成员，取值范围： 0->不导入项目成员，1->导入项目成员
    pub enum ImportMembers {
        /// 不导入项目成员
        No = 0,
        /// 导入项目成员
        Yes = 1,
    }
}

int_enum! {
    /// 仓库可见性： *私有仓库：仓库仅对仓库成员可见，仓库成员可读写和访问仓库，取值范围为0 *公开仓库：1.项目内成员只读仓库：仓库对项目内成员公开只读，并项目内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为1 2.租户内成员只读仓库：仓库对租户内成员公开只读，并租户内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为10 3.所有访客只读仓库：仓库对所有访客公开只读，并所有访客可在项目下和代码组下的仓库列表中查看和搜索，取值范围为20
    // E207: 4.3.2 gives 10 for both the project-read-only and the tenant-read-only
    // level; 4.3.3 gives 1 and 10. The four distinct values are encoded.
    pub enum V2ProjectVisibility {
        /// 私有仓库：仓库仅对仓库成员可见，仓库成员可读写和访问仓库
        Private = 0,
        /// 项目内成员只读仓库：仓库对项目内成员公开只读
        ProjectReadOnly = 1,
        /// 租户内成员只读仓库：仓库对租户内成员公开只读
        TenantReadOnly = 10,
        /// 所有访客只读仓库：仓库对所有访客公开只读
        Public = 20,
    }
}

/// ExternalKeyMessage：第三方服务信息。
// E258: 4.3.2's request table writes the name wrapped, `ExternalKey Message`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ExternalKeyMessage {
    /// 第三方保存在代码托管的关键信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_key_message: Option<String>,
    /// 外部服务名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_service: Option<String>,
}

/// 创建项目、仓库的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateProjectAndRepositoriesRequest {
    /// 是否导入项目成员，取值范围： 0->不导入项目成员，1->导入项目成员
    // E208: Integer in the table, `"0"` in the example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_members: Option<OrString<ImportMembers>>,
    /// 项目名称，取值范围：可以输入英文大小写字母、数字、连字符、下划线，且必须以字母开头
    pub project_name: String,
    /// 仓库名称，取值范围：可以输入英文大小写字母、数字、连字符、下划线，且必须以字母开头
    #[schemars(length(min = 2, max = 128))]
    pub repo_name: String,
    /// 项目类型，scrum
    // E209: the description names `scrum`, the example sends `normal`; no closed
    // list is given, so a string.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// 仓库可见性： *私有仓库：仓库仅对仓库成员可见，仓库成员可读写和访问仓库，取值范围为0 *公开仓库：1.项目内成员只读仓库：仓库对项目内成员公开只读，并项目内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为10 2.租户内成员只读仓库：仓库对租户内成员公开只读，并租户内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为10 3.所有访客只读仓库：仓库对所有访客公开只读，并所有访客可在项目下和代码组下的仓库列表中查看和搜索，取值范围为20
    // E207, E208: Integer in the table, `"20"` in the example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility_level: Option<OrString<V2ProjectVisibility>>,
    /// 第三方服务信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_project_info: Option<ExternalKeyMessage>,
}

/// ProjectRepository：创建的项目和仓库。
// E210: the table names the project id `projectUuid`; both examples send
// `projectId`. Both keys are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProjectRepository {
    /// 项目ID，获取方式请参见 获取项目ID 。
    #[serde(
        default,
        rename = "projectUuid",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(length(min = 32, max = 32))]
    pub project_uuid: Option<String>,
    /// 项目ID（示例中的字段名）。
    #[serde(default, rename = "projectId", skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 32, max = 32))]
    pub project_id: Option<String>,
    /// 仓库UUID
    #[serde(rename = "repositoryUuid")]
    #[schemars(length(min = 32, max = 32))]
    pub repository_uuid: String,
}

/// 创建项目并 fork 仓库的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateProjectAndForkRepositoriesRequest {
    /// 是否导入项目成员，取值范围： 0->不导入项目成员，1->导入项目成员
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_members: Option<OrString<ImportMembers>>,
    /// 项目名称，取值范围：可以输入英文大小写字母、数字、连字符、下划线，且必须以字母开头
    pub project_name: String,
    /// 仓库名称，取值范围：可以输入英文大小写字母、数字、连字符、下划线，且必须以字母开头
    #[schemars(length(min = 2, max = 128))]
    pub repo_name: String,
    /// 复制模板的ID
    // E211: String in the table, `453489` in the example.
    pub template_id: IntegerOrString,
    /// 项目类型，scrum
    // E209
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// 仓库可见性： *私有仓库：仓库仅对仓库成员可见，仓库成员可读写和访问仓库，取值范围为0 *公开仓库：1.项目内成员只读仓库：仓库对项目内成员公开只读，并项目内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为1 2.租户内成员只读仓库：仓库对租户内成员公开只读，并租户内成员可在项目下和代码组下的仓库列表中查看和搜索，取值范围为10 3.所有访客只读仓库：仓库对所有访客公开只读，并所有访客可在项目下和代码组下的仓库列表中查看和搜索，取值范围为20
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility_level: Option<OrString<V2ProjectVisibility>>,
    /// 第三方服务信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_project_info: Option<ExternalKeyMessage>,
}

/// 分支关联工作项的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AssociateIssuesRequest {
    /// 分支名
    pub branch: String,
    /// 项目ID，获取方式请参见 获取项目ID 。
    pub project_id: String,
    /// 工作项集合
    pub related_id: Vec<String>,
    /// 仓库id
    pub repo_id: String,
}

endpoint! {
    /// 查询用户的所有仓库
    pub struct ListUserAllRepositories {
        GET "/v2/projects/repositories",
        id: "listUserAllRepositories",
        summary: "查询用户的所有仓库",
        description: "获取用户的所有仓库信息",
        source: "4.3.1 查询用户的所有仓库",
        query: RepositoryListQuery,
        response: (200, "OK", Envelope<RepoListInfoV2>),
    }
}

endpoint! {
    /// 创建项目、仓库
    pub struct CreateProjectAndRepositories {
        POST "/v2/projects/repositories",
        id: "createProjectAndRepositories",
        summary: "创建项目、仓库",
        description: "创建项目后，在该项目下创建仓库。",
        source: "4.3.2 创建项目、仓库",
        request: CreateProjectAndRepositoriesRequest,
        response: (200, "OK", Envelope<ProjectRepository>),
    }
}

// E212: the URI line says /v2/projects/repositories/fork, the request example
// /v2/projects/{project_uuid}/repositories/fork with no path-parameter table.
endpoint! {
    /// 创建项目并 fork 仓库
    pub struct CreateProjectAndForkRepositories {
        POST "/v2/projects/repositories/fork",
        id: "createProjectAndForkRepositories",
        summary: "创建项目并 fork 仓库",
        description: "创建仓库后fork仓库 传入参数：仓库名、是否导入项目成员、归属项目",
        source: "4.3.3 创建项目并 fork 仓库",
        request: CreateProjectAndForkRepositoriesRequest,
        response: (200, "OK", Envelope<ProjectRepository>),
    }
}

endpoint! {
    /// 查询项目下的所有仓库
    pub struct ListProjectRepositoriesV2 {
        GET "/v2/projects/{project_uuid}/repositories",
        id: "listProjectRepositoriesV2",
        summary: "查询项目下的所有仓库",
        description: "获取仓库列表,模糊查询支持范围,如果未传入project uuid, 则支持按仓库名或项目名模糊查询, 否则, 只按仓库名模糊匹配",
        source: "4.3.4 查询项目下的所有仓库",
        path: ProjectUuidPath,
        query: RepositoryListQuery,
        response: (200, "OK", Envelope<RepoListInfoV2>),
    }
}

endpoint! {
    /// 分支关联工作项
    pub struct AssociateIssues {
        POST "/v2/projects/issues",
        id: "associateIssues",
        summary: "分支关联工作项",
        description: "分支关联工作项",
        source: "4.3.5 分支关联工作项",
        request: AssociateIssuesRequest,
        response: (200, "OK", StatusEnvelope),
    }
}
