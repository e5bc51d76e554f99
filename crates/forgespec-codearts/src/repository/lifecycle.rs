//! 4.2.9, 4.2.10, 4.2.18, 4.2.19, 4.2.22, 4.2.24: creating a repository, finding its
//! short id, deleting it, its creation status, its details, downloading it.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{RepoInfoV2, RepositoryVisibility};
use crate::common::{BooleanOrString, Envelope, OrString, with_error_responses};
use crate::v2_project::ImportMembers;

/// 创建仓库的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateRepositoryRequest {
    /// 是否导入项目成员，取值范围： 0->不导入项目成员，1->导入项目成员
    // E48: Integer in the table, `"0"` in the example; both forms are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_members: Option<OrString<ImportMembers>>,
    /// 仓库名称，取值范围：可以输入英文大小写字母、数字、连字符、下划线，且必须以字母开头
    pub name: String,
    /// 指定项目ID，获取方式请参见 获取项目ID 。
    #[schemars(length(min = 32, max = 32))]
    pub project_uuid: String,
    /// 复制模板的ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// 仓库状态，取值范围：0->私有，20->公开只读
    // E48: Integer in the table, `"20"` in the example; both forms are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility_level: Option<OrString<RepositoryVisibility>>,
    /// 模板仓库的https地址的base64加密
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_url: Option<String>,
    /// 仓库描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 根据编程语言生成.gitignore文件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gitignore_id: Option<String>,
    /// 许可证id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_id: Option<i64>,
    /// 是否允许生成README文件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_readme: Option<i64>,
    /// 调用者
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
}

/// Repository：创建的仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Repository {
    /// 创建仓库的UUID
    #[schemars(length(min = 32, max = 32))]
    pub repository_uuid: String,
}

/// 根据仓库名组名获取仓库短 id 的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryShortIdQuery {
    /// 仓库组名(克隆地址中域名后面仓库名前的一段 示例: git@repo.alpha.devcloud.test.com:Demo00228/testword.git 组名: Demo00228)
    pub group_name: String,
    /// 仓库名
    pub repository_name: String,
}

/// 路径参数：要删除的仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeleteRepositoryPath {
    /// 仓库uuid(由CreateRepository接口返回)，用来指定删除的仓库
    pub repository_uuid: String,
}

/// 路径参数：要查看创建状态的仓库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryCreationStatusPath {
    /// 仓库的uuid,用来指定需要查看的仓库
    pub repository_uuid: String,
}

/// 路径参数：一个仓库（仓库的uuid）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepositoryDetailPath {
    /// 仓库的uuid
    pub repository_uuid: String,
}

/// 下载仓库的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DownloadRepositoryQuery {
    /// 分支名称
    pub sha: String,
    /// 下载的压缩包格式
    pub format: String,
}

endpoint! {
    /// 4.2.9 创建仓库
    pub struct CreateRepository {
        POST "/v1/repositories",
        id: "createRepository",
        summary: "创建仓库",
        description: "用指定的名称在指定项目上创建仓库。传入参数：仓库名、模板id、是否导入项目成员、归属项目",
        source: "4.2.9 创建仓库",
        request: CreateRepositoryRequest,
        response: (200, "OK", Envelope<Repository>),
        extend: with_error_responses,
    }
}

// E49: the URI line says `/v1/repositories/repoId`, the request example
// `/v1/repositories/repoid`; the URI line is followed.
endpoint! {
    /// 4.2.10 根据仓库名组名获取仓库短 id，用以拼接与 commitid 对应提交详情页面 url
    pub struct ShowRepositoryShortId {
        GET "/v1/repositories/repoId",
        id: "showRepositoryShortId",
        summary: "根据仓库名组名获取仓库短 id，用以拼接与 commitid 对应提交详情页面 url",
        description: "获取仓库短id,用于获取仓库详情页面url",
        source: "4.2.10 根据仓库名组名获取仓库短 id，用以拼接与 commitid 对应提交详情页面 url",
        query: RepositoryShortIdQuery,
        response: (200, "OK", Envelope<i64>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.18 删除仓库
    pub struct DeleteRepository {
        DELETE "/v1/repositories/{repository_uuid}",
        id: "deleteRepository",
        summary: "删除仓库",
        description: "根据仓库32位uuid删除指定的仓库",
        source: "4.2.18 删除仓库",
        path: DeleteRepositoryPath,
        // E50: Boolean in the table, `"false"` in the example; both forms are
        // accepted.
        response: (200, "OK", Envelope<BooleanOrString>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.19 查看仓库的创建状态
    pub struct ShowRepositoryCreationStatus {
        GET "/v1/repositories/{repository_uuid}/status",
        id: "showRepositoryCreationStatus",
        summary: "查看仓库的创建状态",
        description: "获取仓库状态。",
        source: "4.2.19 查看仓库的创建状态",
        path: RepositoryCreationStatusPath,
        response: (200, "OK", Envelope<i64>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.22 查询某个仓库的详细信息
    pub struct ShowRepository {
        GET "/v2/repositories/{repository_uuid}",
        id: "showRepository",
        summary: "查询某个仓库的详细信息",
        description: "根据仓库UUID(由CreateRepository接口返回)获取仓库信息。返回 包含id, name, 组名, 仓库访问URL。",
        source: "4.2.22 查询某个仓库的详细信息",
        path: RepositoryDetailPath,
        response: (200, "OK", Envelope<RepoInfoV2>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.24 下载仓库
    pub struct DownloadRepository {
        GET "/v2/repositories/{repository_uuid}/archive",
        id: "downloadRepository",
        summary: "下载仓库",
        description: "按照指定格式下载仓库",
        source: "4.2.24 下载仓库",
        path: RepositoryDetailPath,
        query: DownloadRepositoryQuery,
        // E51: "响应参数 无": the body is the archive itself, in the requested
        // format; its media type is not named.
        response: (200, "OK", raw "application/octet-stream"),
        extend: with_error_responses,
    }
}
