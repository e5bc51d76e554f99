//! 项目协同: the configuration schemes (配置方案) a project's agile collaboration can
//! be initialised from, and initialising it.
//!
//! Required input parameters follow E1/E200 (E1000).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "项目协同";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "The configuration schemes a project's agile collaboration is \
                    initialised from.",
    source: "API REFERENCE › 项目协同",
    endpoints: &[
        EndpointRef::of::<DescribeConfigTemplateList>(),
        EndpointRef::of::<InitProjectTemplate>(),
    ],
};

/// 配置方案类型,全局配置方案取值 GLOBAL ,项目配置方案取值 PROJECT
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CollaborationTemplateScope {
    /// GLOBAL 全局配置方案
    Global,
    /// PROJECT 项目配置方案
    Project,
}

/// 配置方案协作类型,包括 SCRUM 和 CLASSIC
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CollaborationCooperateMode {
    /// SCRUM
    Scrum,
    /// CLASSIC
    Classic,
}

/// 模板类型,取值包括 SCRUM,CLASSIC,PROJECT
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CollaborationTemplateType {
    /// SCRUM
    Scrum,
    /// CLASSIC
    Classic,
    /// PROJECT
    Project,
}

// ---------------------------------------------------------------- DescribeConfigTemplateList

/// 获取项目协同配置方案：输入参数。
// E1000: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeConfigTemplateListRequest {
    /// 公共参数,本接口取值:DescribeConfigTemplateList。
    pub action: Action<DescribeConfigTemplateList>,
    /// 项目名称
    pub project_name: String,
    /// 配置方案类型,全局配置方案取值 GLOBAL ,项目配置方案取值 PROJECT,不填默认为 GLOBAL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "GLOBAL"))]
    pub template_type: Option<CollaborationTemplateScope>,
    /// 页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 配置方案协作类型，包括 SCRUM 和 CLASSIC（CODING OpenAPI export）
    // E1401: a field only the export has; its values are the request's (E1113).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooperate_mode: Option<CollaborationCooperateMode>,
    /// 关键字（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

/// ConfigTemplate：配置方案。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CollaborationConfigTemplate {
    /// 配置方案ID
    pub id: i64,
    /// 配置方案Code
    pub code: i64,
    /// 配置方案协作类型,包括 SCRUM 和 CLASSIC
    pub cooperate_mode: CollaborationCooperateMode,
    /// 配置方案描述
    pub description: String,
    /// 配置方案名字
    pub name: String,
    /// 配置方案名字,取值和CooperateMode字段一样
    pub name_type: CollaborationCooperateMode,
    /// 是否是草稿配置方案
    pub is_draft: bool,
    /// 是否是系统配置方案
    pub is_system: bool,
    /// 关联项目id
    pub related_projects: i64,
    /// 配置方案类型,和入参的TemplateType取值一样
    pub scope: CollaborationTemplateScope,
    /// 团队ID
    pub team_id: i64,
    /// 创建时间戳
    pub created_at: i64,
    /// 更新时间戳
    pub updated_at: i64,
}

/// 获取项目协同配置方案：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeConfigTemplateListResponse {
    /// 配置方案列表
    pub config_template_list: Vec<CollaborationConfigTemplate>,
}

// ---------------------------------------------------------------- InitProjectTemplate

/// 初始化项目协同：输入参数。
// E1000: ProjectName and TemplateType are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct InitProjectTemplateRequest {
    /// 公共参数,本接口取值:InitProjectTemplate。
    pub action: Action<InitProjectTemplate>,
    /// 项目名称
    pub project_name: String,
    /// 模板类型,取值包括 SCRUM,CLASSIC,PROJECT
    pub template_type: CollaborationTemplateType,
    /// 是否同步配置方案,取值 true 或者 false,不填默认为 false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub sync: Option<bool>,
    /// 模板id,为DescribeConfigTemplateList接口返回的,如果这里TemplateType选PROJECT,则TemplateId参数有效,否则无效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<i64>,
}

// ---------------------------------------------------------------- operations

actions! {
    /// 获取项目协同配置方案
    DescribeConfigTemplateList {
        summary: "获取项目协同配置方案",
        source: "获取项目协同配置方案",
        request: DescribeConfigTemplateListRequest,
        response: DescribeConfigTemplateListResponse,
    }

    /// 初始化项目协同
    InitProjectTemplate {
        summary: "初始化项目协同",
        source: "初始化项目协同",
        request: InitProjectTemplateRequest,
        // E1009: the table's `ERROR` row is the error reply every Action can answer
        // with (E3, in `Reply`); what is left of the output is the RequestId.
        response: RequestIdResponse,
    }
}
