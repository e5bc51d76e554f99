//! 7.2 Repository (historical): template status, public templates, deploy keys, one
//! repository (v1) and commit line counts (v2).

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{BooleanOrString, Envelope, OneOrMany, described_envelope};
use crate::repository::{CommitStatistic, Key, RepositoryVisibility, TemplateRepositoryList};

/// 路径参数：一个仓库（设置仓库是公开状态还是私有状态）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalTemplateStatusPath {
    /// 仓库id
    pub repository_uuid: String,
}

/// 设置仓库是公开状态还是私有状态的请求 Body（历史 API，字段名为驼峰式）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "camelCase")]
pub struct HistoricalTemplateStatusRequest {
    /// 模板类型
    pub template_type: String,
    /// 代码模板名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_title: Option<String>,
    /// 创建者名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_name: Option<String>,
    /// 代码模板描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_description: Option<String>,
    /// 模板语言
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// 模板平台
    // E232: the table names this `platform`; the example (and 4.2.6's table)
    // `plateform`. Both keys are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Vec<String>>,
    /// 模板平台（示例中的字段名）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plateform: Option<Vec<String>>,
    /// 模板类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entertype: Option<Vec<String>>,
}

/// 获取公开示例模板列表的查询参数（历史 API）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalRepositoryTemplatesQuery {
    /// 模板平台类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// 语言类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// 是否支持流水线
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<String>,
    /// 模板分类
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entertype: Option<String>,
    /// 模板名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// 模板日期排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateorder: Option<String>,
    /// 模板引用次数排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usedtimeorder: Option<String>,
    /// 模板公开类型
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
    /// 大区名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 分页页数
    // E257: required by the table, absent from the request example.
    pub page_no: i64,
    /// 每页数据数
    pub page_size: i64,
}

/// 路径参数：一个仓库（仓库短id）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalRepositoryIdPath {
    /// 仓库短id
    pub repository_id: i64,
}

/// 添加部署密钥的请求 Body（历史 API）。
// The fields of 4.2.14's request table, described in 7.2.3's own words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalAddDeployKeyRequest {
    /// 部署key的来源
    pub application: String,
    /// 部署key是否可以推送代码
    pub can_push: bool,
    /// 部署key
    pub key: String,
    /// 部署key名称
    pub key_title: String,
}

/// 路径参数：仓库的一个部署密钥。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalDeployKeyPath {
    /// 部署密钥id
    // E260: Integer here, String in the response's `Key.key_id`.
    pub key_id: i64,
    /// 仓库短id
    pub repository_id: i64,
}

/// 路径参数：一个仓库（仓库的uuid）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalRepositoryUuidPath {
    /// 仓库的uuid,用来指定需要查看的仓库
    pub repository_uuid: String,
}

/// RepoInfo：仓库信息（查询项目下的某个仓库，历史 API）。
// The fields of 4.9.2's `RepoInfo` (`crate::project::RepoInfo`), described in 7.2.5's
// own words (table 7-30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HistoricalRepoInfo {
    /// 创建时间
    pub create_at: String,
    /// 仓库组名(克隆地址中域名后面项目名前的一段示例: git@codehub.alpha.devcloud.intest.com:Demo00228/testword.git 组名: Demo00228)
    pub group_name: String,
    /// https url
    pub http_url: String,
    /// 仓库uuid(由CreateRepository接口返回)
    #[schemars(length(min = 32, max = 32))]
    pub id: String,
    /// 仓库名
    #[schemars(length(min = 2, max = 128))]
    pub name: String,
    /// 项目的uuid
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

// E235, E262: the response table describes `result` as 代码增加和删除的行数.
described_envelope!(
    CommitStatisticOneOrManyEnvelope,
    OneOrMany<CommitStatistic>,
    "代码增加和删除的行数"
);

/// 获取代码提交行数的查询参数（历史 API）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalCommitLinesQuery {
    /// 分支名称
    pub ref_name: String,
    /// 起始提交日期,格式为yyyy-MM-dd
    pub begin_date: String,
    /// 终止提交日期,格式为yyyy-MM-dd (begin_date和end_date时间间隔不超过60天)
    pub end_date: String,
}

endpoint! {
    /// 设置仓库是公开状态还是私有状态
    pub struct UpdateRepositoryTemplateStatusV1 {
        PUT "/v1/repositories/{repository_uuid}/template_status",
        id: "updateRepositoryTemplateStatusV1",
        summary: "设置仓库是公开状态还是私有状态",
        description: "设置仓库是公开状态还是私有状态。",
        source: "7.2 Repository › 7.2.1 设置仓库是公开状态还是私有状态",
        deprecated: true,
        path: HistoricalTemplateStatusPath,
        request: HistoricalTemplateStatusRequest,
        response: (200, "OK", Envelope<String>),
    }
}

endpoint! {
    /// 获取公开示例模板列表
    pub struct ListRepositoryTemplatesV1 {
        GET "/v1/repositories/repository_templates",
        id: "listRepositoryTemplatesV1",
        summary: "获取公开示例模板列表",
        description: "获取公开示例模板列表。",
        source: "7.2 Repository › 7.2.2 获取公开示例模板列表",
        deprecated: true,
        query: HistoricalRepositoryTemplatesQuery,
        response: (200, "OK", Envelope<TemplateRepositoryList>),
    }
}

endpoint! {
    /// 添加部署密钥
    pub struct AddDeployKeyV1 {
        POST "/v1/repositories/{repository_id}/deploy_keys",
        id: "addDeployKeyV1",
        summary: "添加部署密钥",
        description: "添加部署密钥。",
        source: "7.2 Repository › 7.2.3 添加部署密钥",
        deprecated: true,
        path: HistoricalRepositoryIdPath,
        request: HistoricalAddDeployKeyRequest,
        response: (200, "OK", Envelope<Key>),
    }
}

endpoint! {
    /// 删除仓库部署密钥
    pub struct DeleteDeployKeyV1 {
        DELETE "/v1/repositories/{repository_id}/deploy_keys/{key_id}",
        id: "deleteDeployKeyV1",
        summary: "删除仓库部署密钥",
        description: "删除仓库部署密钥。",
        source: "7.2 Repository › 7.2.4 删除仓库部署密钥",
        deprecated: true,
        path: HistoricalDeployKeyPath,
        // E233: Boolean in the table, `"false"` in the example.
        response: (200, "OK", Envelope<BooleanOrString>),
    }
}

// E234: the URI line writes the placeholder as `{{repository_uuid}}`.
endpoint! {
    /// 查询项目下的某个仓库
    pub struct ShowRepositoryV1 {
        GET "/v1/repositories/{repository_uuid}",
        id: "showRepositoryV1",
        summary: "查询项目下的某个仓库",
        // E234: the description keeps the document's `{{repository_uuid}}` verbatim.
        description: "不建议再使用,建议使用/{{repository_uuid}}/status",
        source: "7.2 Repository › 7.2.5 查询项目下的某个仓库",
        deprecated: true,
        path: HistoricalRepositoryUuidPath,
        response: (200, "OK", Envelope<HistoricalRepoInfo>),
    }
}

endpoint! {
    /// 获取代码提交行数
    pub struct ShowCommitLinesV1 {
        GET "/v2/repositories/{repository_id}/commit_lines",
        id: "showCommitLinesV1",
        summary: "获取代码提交行数",
        description: "获取指定日期内代码仓指定分支的代码提交行数",
        source: "7.2 Repository › 7.2.6 获取代码提交行数",
        deprecated: true,
        path: HistoricalRepositoryIdPath,
        query: HistoricalCommitLinesQuery,
        // E235: `Array of CommitStatistic objects` in the table, one object
        // in the example.
        response: (200, "OK", CommitStatisticOneOrManyEnvelope),
    }
}
