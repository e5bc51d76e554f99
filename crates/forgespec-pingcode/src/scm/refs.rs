//! 代码 › 提交引用: the links between commits and branches. A commit linked to a
//! branch is linked to the pull requests opened from it, and is marked merged when
//! they are merged.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};
use crate::scm::commits::ScmCommitRef;
use crate::scm::products::ScmProductRef;
use crate::scm::repositories::{ScmRepositoryPath, ScmRepositoryRef};

/// The tag (document section) of these operations.
pub const TAG: &str = "提交引用";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "提交引用是提交与分支的一种关联关系，一个提交可以与多个分支关联，一个分支也可以与多个提交关联。 当提交与分支关联后，提交会自动与由此分支发起的拉取请求关联，当拉取请求合并后，这些关联的提交将自动被标记为“已合并”状态。",
    source: "代码 › 提交引用",
    endpoints: &[
        EndpointRef::of::<GetScmRef>(),
        EndpointRef::of::<CreateScmRef>(),
        EndpointRef::of::<ListScmRefs>(),
    ],
};

/// 引用实体的类型。
///
/// 允许值: `branch`。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScmRefMetaType {
    /// 代码分支
    Branch,
}

/// 提交引用：提交与分支的一种关联关系。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmRef {
    /// 提交引用的id。
    pub id: String,
    /// 提交引用的资源地址。
    pub url: String,
    /// 提交引用的托管平台。
    // E19: typed `Object`; the examples show the 托管平台 reference form.
    pub product: ScmProductRef,
    /// 提交引用的代码仓库。
    // E19: typed `Object`; the examples show the 代码仓库 reference form.
    pub repository: ScmRepositoryRef,
    /// 提交引用的代码提交。
    // E19: typed `Object`; the examples show the 提交 reference form.
    pub commit: ScmCommitRef,
    /// 提交引用的实体，如分支。
    // E18: typed `Object` with no table.
    pub meta: ScmRefMeta,
}

/// 提交引用的实体，如分支。
// E18: the shape is read off the examples: the entity's reference form plus its
// `type`, whose values are those of `meta_type`. The descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmRefMeta {
    /// 引用实体的id。
    pub id: String,
    /// 引用实体的资源地址。
    pub url: String,
    /// 引用实体的名称。
    pub name: String,
    /// 引用实体的类型。
    #[serde(rename = "type")]
    pub meta_type: ScmRefMetaType,
}

/// 提交引用（引用数据）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmRefRef {
    /// 提交引用的id。
    pub id: String,
    /// 提交引用的资源地址。
    pub url: String,
}

/// 路径参数：一个提交引用。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmRefPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码仓库的id。
    pub repository_id: String,
    /// 提交引用的id。
    // E14: the 资源地址 line names `ref_id` without a table; described as the
    // resource's `id` field is.
    pub ref_id: String,
}

/// 创建一个提交引用的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmRefRequest {
    /// 提交的SHA值。
    pub sha: String,
    /// 引用实体的类型。
    pub meta_type: ScmRefMetaType,
    /// 引用实体的id，例如：branch_id。
    pub meta_id: String,
}

/// 获取提交引用列表的查询参数。
// E16: both filters are required as the document says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmRefsQuery {
    /// 引用实体的类型。
    pub meta_type: ScmRefMetaType,
    /// 引用实体的id。
    pub meta_id: String,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14
endpoint! {
    /// 获取一个提交引用
    pub struct GetScmRef {
        GET "/scm/products/{product_id}/repositories/{repository_id}/refs/{ref_id}",
        id: "getScmRef",
        summary: "获取一个提交引用",
        description: "提交引用的资源地址：返回一个提交引用的全量数据。",
        path: ScmRefPath,
        response: (200, "提交引用（全量数据）。", ScmRef),
    }
}

endpoint! {
    /// 创建一个提交引用
    pub struct CreateScmRef {
        POST "/scm/products/{product_id}/repositories/{repository_id}/refs",
        id: "createScmRef",
        summary: "创建一个提交引用",
        path: ScmRepositoryPath,
        request: ScmRefRequest,
        response: (200, "创建的提交引用。", ScmRef),
    }
}

endpoint! {
    /// 获取提交引用列表
    pub struct ListScmRefs {
        GET "/scm/products/{product_id}/repositories/{repository_id}/refs",
        id: "listScmRefs",
        summary: "获取提交引用列表",
        path: ScmRepositoryPath,
        query: ListScmRefsQuery,
        response: (200, "提交引用列表的一页。", Page<ScmRef>),
    }
}
