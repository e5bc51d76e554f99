//! 代码 › 托管平台: the code-hosting products (GitHub, a private GitLab, …) an
//! enterprise connects to PingCode.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};

/// The tag (document section) of these operations.
pub const TAG: &str = "托管平台";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "企业内实际的代码托管平台，例如Github或私有部署的Gitlab。",
    source: "代码 › 托管平台",
    endpoints: &[
        EndpointRef::of::<GetScmProduct>(),
        EndpointRef::of::<CreateScmProduct>(),
        EndpointRef::of::<UpdateScmProduct>(),
        EndpointRef::of::<PatchScmProduct>(),
        EndpointRef::of::<ListScmProducts>(),
    ],
};

/// 托管平台的类型。
///
/// 允许值: `github`, `gitlab`, `bitbucket`, `coding.net`, `gogs`, `git`, `svn`, `gerrit`, `other`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScmProductType {
    /// GitHub
    Github,
    /// GitLab
    Gitlab,
    /// Bitbucket
    Bitbucket,
    /// CODING
    #[serde(rename = "coding.net")]
    CodingNet,
    /// Gogs
    Gogs,
    /// Git
    Git,
    /// Subversion
    Svn,
    /// Gerrit
    Gerrit,
    /// 其他
    Other,
}

/// 托管平台：企业内实际的代码托管平台，例如Github或私有部署的Gitlab。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmProduct {
    /// 托管平台的id。
    pub id: String,
    /// 托管平台的资源地址。
    pub url: String,
    /// 托管平台的名称。
    pub name: String,
    /// 托管平台的类型。
    #[serde(rename = "type")]
    pub product_type: ScmProductType,
    /// 托管平台的描述。
    // E10: `description` is optional when the product is created, so it may be
    // absent or null here.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub description: Option<Nullable<String>>,
}

/// 托管平台（引用数据）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmProductRef {
    /// 托管平台的id。
    pub id: String,
    /// 托管平台的资源地址。
    pub url: String,
    /// 托管平台的名称。
    pub name: String,
    /// 托管平台的类型。
    #[serde(rename = "type")]
    pub product_type: ScmProductType,
}

/// 路径参数：一个托管平台。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmProductPath {
    /// 代码托管平台的id。
    pub product_id: String,
}

/// 创建或全量更新一个托管平台的请求参数。
// E23: the PUT table words `description` as "代码托管平台简介。"; the POST
// table's wording is kept here (the two tables otherwise agree).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmProductRequest {
    /// 代码托管平台的名称，在一个企业中这个名称是唯一的。
    pub name: String,
    /// 代码托管平台的产品类型，主要用于显示图标。
    #[serde(rename = "type")]
    pub product_type: ScmProductType,
    /// 代码托管平台的简介
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 部分更新一个托管平台的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmProductPatch {
    /// 代码托管平台的名称，在一个企业中这个名称是唯一的。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 代码托管平台的产品类型，主要用于显示图标。
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub product_type: Option<ScmProductType>,
    /// 代码托管平台简介。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 获取托管平台列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmProductsQuery {
    /// 代码托管平台的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14: the 资源地址 line gives no title, no parameter table and no 权限
// line; the parameter is described as the section's other operations
// describe it, and the enterprise token is required as everywhere else.
// E1: the resource address becomes an operation.
endpoint! {
    /// 获取一个托管平台
    pub struct GetScmProduct {
        GET "/scm/products/{product_id}",
        id: "getScmProduct",
        summary: "获取一个托管平台",
        description: "托管平台的资源地址：返回一个托管平台的全量数据。",
        path: ScmProductPath,
        response: (200, "托管平台（全量数据）。", ScmProduct),
    }
}

endpoint! {
    /// 创建一个托管平台
    pub struct CreateScmProduct {
        POST "/scm/products",
        id: "createScmProduct",
        summary: "创建一个托管平台",
        request: ScmProductRequest,
        response: (200, "创建的托管平台。", ScmProduct),
    }
}

endpoint! {
    /// 全量更新一个托管平台
    pub struct UpdateScmProduct {
        PUT "/scm/products/{product_id}",
        id: "updateScmProduct",
        summary: "全量更新一个托管平台",
        path: ScmProductPath,
        request: ScmProductRequest,
        response: (200, "更新后的托管平台。", ScmProduct),
    }
}

endpoint! {
    /// 部分更新一个托管平台
    pub struct PatchScmProduct {
        PATCH "/scm/products/{product_id}",
        id: "patchScmProduct",
        summary: "部分更新一个托管平台",
        path: ScmProductPath,
        request: ScmProductPatch,
        response: (200, "更新后的托管平台。", ScmProduct),
    }
}

endpoint! {
    /// 获取托管平台列表
    pub struct ListScmProducts {
        GET "/scm/products",
        id: "listScmProducts",
        summary: "获取托管平台列表",
        query: ListScmProductsQuery,
        response: (200, "托管平台列表的一页。", Page<ScmProduct>),
    }
}
