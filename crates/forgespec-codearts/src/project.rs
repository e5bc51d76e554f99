//! 4.9 Project: a project's repositories that can be made public, all of a
//! project's repositories (v1), and checking a repository name in a project.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, IntegerOrString};
use crate::repository::RepositoryVisibility;
use crate::v2_project::{ProjectUuidPath, RepositoryListQuery};

/// The tag (document section) of these operations.
pub const TAG: &str = "Project";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "项目：项目下的仓库列表，校验仓库名。",
    source: "4 API › 4.9 Project",
    endpoints: &[
        EndpointRef::of::<ListTemplateStatusRepositories>(),
        EndpointRef::of::<ListProjectRepositories>(),
        EndpointRef::of::<ValidateRepositoryName>(),
    ],
};

/// 获取一个项目下可以设置为公开状态的仓库列表的查询参数。
// Shared with the historical 7.4.1, whose table is identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct TemplateStatusQuery {
    /// 分页页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_no: Option<i64>,
    /// 每页数据数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// TemplateListInfo：可以设置为公开状态的仓库列表。
// Shared with the historical 7.4.1, whose tables are identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TemplateListInfo {
    /// 仓库列表
    pub repos: Vec<DevstarRepoInfo>,
    /// 仓库总数
    pub total_count: i64,
}

/// DevstarRepoInfo：可以设置为公开状态的仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DevstarRepoInfo {
    /// 仓库的uuid
    pub uuid: String,
    /// 仓库ID
    // E222: String in the table, `487773` in both examples (4.9.1, 7.4.1).
    pub repo_id: IntegerOrString,
    /// 仓库名称
    pub repo_name: String,
    /// 仓库SSH地址
    pub ssh_url: String,
    /// 仓库HTTPS地址
    pub code_url: String,
    /// 仓库预览地址
    pub detail_url: String,
}

/// RepoListInfo：仓库列表。
// E223: the table names the list `repositorys`; 4.9.2's example sends
// `repository`, 7.4.2's `repositories`. All three keys are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoListInfo {
    /// 仓库列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repositorys: Option<Vec<RepoInfo>>,
    /// 仓库列表（4.9.2 示例中的字段名）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<Vec<RepoInfo>>,
    /// 仓库列表（7.4.2 示例中的字段名）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repositories: Option<Vec<RepoInfo>>,
    /// 仓库总数
    pub total: i64,
}

/// RepoInfo：仓库信息。
// 4.9.2's table. The historical 7.4.2 is the same operation (E224) and keeps 4.9.2's
// wording; the historical 7.2.5 words it differently and has its own type,
// `crate::historical::repository::HistoricalRepoInfo`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RepoInfo {
    /// 创建时间
    pub create_at: String,
    /// 仓库组名(克隆地址中域名后面仓库名前的一段示例： git@repo.alpha.devcloud.intest.com:Demo00228/testword.git 组名： Demo00228)
    pub group_name: String,
    /// https url
    pub http_url: String,
    /// 仓库uuid(由CreateRepository接口返回)
    #[schemars(length(min = 32, max = 32))]
    pub id: String,
    /// 仓库名
    #[schemars(length(min = 2, max = 128))]
    pub name: String,
    /// 项目ID, 获取方式请参见 获取项目ID 。
    #[schemars(length(min = 32, max = 32))]
    pub project_id: String,
    /// 项目是否被删除
    pub project_is_delete: String,
    /// 仓库主键id
    #[schemars(length(min = 1, max = 40))]
    pub repoid: String,
    /// ssh url
    pub ssh_url: String,
    /// 是否可见: 0私有仓库, 20公有仓库
    pub visibility_level: RepositoryVisibility,
    /// web url 访问路径
    pub web_url: String,
}

/// 路径参数：项目下的一个仓库名。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ProjectRepositoryNamePath {
    /// 项目ID，获取方式请参见 获取项目ID 。
    pub project_uuid: String,
    /// 仓库名
    pub repository_name: String,
}

endpoint! {
    /// 获取一个项目下可以设置为公开状态的仓库列表
    pub struct ListTemplateStatusRepositories {
        GET "/v2/projects/{project_uuid}/repositories/template-status",
        id: "listTemplateStatusRepositories",
        summary: "获取一个项目下可以设置为公开状态的仓库列表",
        description: "获取一个项目下可以设置为公开状态的仓库列表",
        source: "4.9.1 获取一个项目下可以设置为公开状态的仓库列表",
        path: ProjectUuidPath,
        query: TemplateStatusQuery,
        response: (200, "OK", Envelope<TemplateListInfo>),
    }
}

// E224: 4.9.2 and the historical 7.4.2 document the same method and path,
// which one OpenAPI document holds once. This operation encodes both: it
// is not deprecated (4.9.2 is current), and 7.4.2's example is its second
// response example.
endpoint! {
    /// 获取项目下所有仓库信息
    pub struct ListProjectRepositories {
        GET "/v1/projects/{project_uuid}/repositories",
        id: "listProjectRepositories",
        summary: "获取项目下所有仓库信息",
        description: "获取仓库列表 模糊查询支持范围,如果未传入project_id，则支持按仓库名或项目名模糊查询，否则，只按仓库名模糊匹配。",
        source: "4.9.2 获取项目下所有仓库信息 (also 7 历史 API › 7.4 Project › 7.4.2 获取项目下所有仓库信息)",
        path: ProjectUuidPath,
        query: RepositoryListQuery,
        response: (200, "OK", Envelope<RepoListInfo>),
    }
}

endpoint! {
    /// 校验指定项目下的仓库名
    pub struct ValidateRepositoryName {
        GET "/v1/projects/{project_uuid}/repositories/validation/{repository_name}",
        id: "validateRepositoryName",
        summary: "校验指定项目下的仓库名",
        description: "一般在创建时调用，判断该项目下是否存在该名称的仓库。仓库存在result:false,仓库不存在result:true。",
        source: "4.9.3 校验指定项目下的仓库名",
        path: ProjectRepositoryNamePath,
        response: (200, "OK", Envelope<bool>),
    }
}
