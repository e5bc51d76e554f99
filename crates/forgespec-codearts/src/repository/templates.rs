//! 4.2.8: the public example templates a repository can be created from.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, with_error_responses};

/// 获取公开示例模板列表的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListRepositoryTemplatesQuery {
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
    pub enter_type: Option<String>,
    /// 模板名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// 模板日期排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_order: Option<String>,
    /// 模板引用次数排序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_time_order: Option<String>,
    /// 模板公开类型
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
    /// 大区名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 分页页数
    // E35: paging by page_no/page_size here, both required by the table.
    pub page_no: i64,
    /// 每页数据数
    pub page_size: i64,
}

/// TemplateRepositoryList：模板列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TemplateRepositoryList {
    /// 模板列表
    pub projects: Vec<TemplateRepository>,
    /// 模板总数
    pub total: i64,
}

/// TemplateRepository：一个模板。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TemplateRepository {
    /// 模板唯一标识
    pub id: i64,
    /// 模板名称
    pub name: String,
    /// 模板关联仓库名称
    pub template_name: String,
    /// 模板标签
    pub tags: Vec<String>,
    /// 模板描述
    pub description: String,
    /// 模板简介
    pub brief_introduction: String,
    /// 是否自动创建流水线
    // E47: the table (and the historical 7.2.2's example) spell the key
    // `auto_pending_pipelines`, 4.2.8's example `auto_pending_PIPELINES`. Both keys
    // are accepted, each may be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_pending_pipelines: Option<i64>,
    /// 是否自动创建流水线（4.2.8 示例中的字段名）
    // E47
    #[serde(
        default,
        rename = "auto_pending_PIPELINES",
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_pending_pipelines_upper: Option<i64>,
    /// 模板语言分类
    pub language: String,
    /// 模板创建时间
    pub created_at: String,
    /// 模板引用次数
    pub used_times: i64,
    /// 模板被点赞次数
    pub liked_times: i64,
    /// 模板创建人
    pub creator_name: String,
    /// 模板https链接
    pub https_url: String,
}

endpoint! {
    /// 4.2.8 获取公开示例模板列表
    pub struct ListRepositoryTemplates {
        GET "/v2/repositories/repository-templates",
        id: "listRepositoryTemplates",
        summary: "获取公开示例模板列表",
        description: "获取公开示例模板列表",
        source: "4.2.8 获取公开示例模板列表",
        query: ListRepositoryTemplatesQuery,
        response: (200, "OK", Envelope<TemplateRepositoryList>),
        extend: with_error_responses,
    }
}
