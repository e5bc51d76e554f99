//! 代码 › 代码分支: the branches of a repository, shown in PingCode with their
//! details and linked work items.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{Error as _, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::common::{Page, PageQuery, WorkItemRef};
use crate::scm::products::ScmProductRef;
use crate::scm::repositories::{ScmRepositoryPath, ScmRepositoryRef};
use crate::scm::users::ScmUserRef;

/// The tag (document section) of these operations.
pub const TAG: &str = "代码分支";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "代码仓库内实际的分支，用于在PingCode中显示分支的详细信息。",
    source: "代码 › 代码分支",
    endpoints: &[
        EndpointRef::of::<GetScmBranch>(),
        EndpointRef::of::<CreateScmBranch>(),
        EndpointRef::of::<PatchScmBranch>(),
        EndpointRef::of::<ListScmBranches>(),
        EndpointRef::of::<DeleteScmBranch>(),
    ],
};

/// 代码分支：代码仓库内实际的分支。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmBranch {
    /// 代码分支的id。
    pub id: String,
    /// 代码分支的资源地址。
    pub url: String,
    /// 代码分支的托管平台。
    // E19: typed `Object`; the examples show the 托管平台 reference form.
    pub product: ScmProductRef,
    /// 代码分支的代码仓库。
    // E19: typed `Object`; the examples show the 代码仓库 reference form.
    pub repository: ScmRepositoryRef,
    /// 代码分支的名称。
    pub name: String,
    /// 代码分支的创建时间。
    // E13: a 10-digit `Number` with no stated unit: epoch seconds.
    // E22: no request sets it; PingCode fills it in.
    pub created_at: i64,
    /// 代码分支的创建者。
    // E19: typed `Object`; the examples show the 托管平台用户 reference form.
    pub sender: ScmUserRef,
    /// 代码分支是否为默认分支。
    pub is_default: bool,
    /// 代码分支关联的工作项列表。
    // E12: `Object[]` with no table.
    pub work_items: Vec<WorkItemRef>,
}

/// 代码分支（引用数据）。
// No other resource embeds this form: refs use `ScmRefMeta` (E18) and pull requests
// `ScmPullRequestBranch` (E60); it is kept for its documented 引用数据示例.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmBranchRef {
    /// 代码分支的id。
    pub id: String,
    /// 代码分支的资源地址。
    pub url: String,
    /// 代码分支的名称。
    pub name: String,
    /// 代码分支的创建时间。
    // E13
    pub created_at: i64,
}

/// 路径参数：一个代码分支。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmBranchPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码仓库的id。
    pub repository_id: String,
    /// 分支的id。
    pub branch_id: String,
}

/// 创建一个代码分支的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmBranchRequest {
    /// 分支的名称。同一代码仓库下，分支的名称是唯一的。
    pub name: String,
    /// 分支创建者的用户名。
    pub sender_name: String,
    /// 是否设置为默认分支。当创建分支时，如果当前仓库的分支数为0，则新创建的分支会自动设置为该仓库的默认分支。如果创建分支时设置了该分支为默认分支，并且仓库已经有默认分支存在，那么其他分支将被取消默认属性，而该分支将被设置为新的默认分支。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// PingCode工作项编号的列表。通过该参数将分支与一个或多个工作项关联，分支和工作项关联后，分支下所有的提交都会和该工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 部分更新一个代码分支的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmBranchPatch {
    /// 是否设置为默认分支。该值只能是true，设置该分支为默认分支后将取消其他分支的默认属性。
    // E17: the only allowed value is `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<OnlyTrue>,
    /// PingCode工作项编号的列表。通过该参数将分支与一个或多个工作项关联，分支和工作项关联后，分支下所有的提交都会和该工作项关联。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_identifiers: Option<Vec<String>>,
}

/// 只能是 `true` 的布尔值。
// E17: a boolean whose only allowed value is `true`; the schema is
// `{"type": "boolean", "const": true}` and deserializing `false` fails.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OnlyTrue;

impl Serialize for OnlyTrue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(true)
    }
}

impl<'de> Deserialize<'de> for OnlyTrue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if bool::deserialize(deserializer)? {
            Ok(OnlyTrue)
        } else {
            Err(D::Error::invalid_value(Unexpected::Bool(false), &"true"))
        }
    }
}

impl JsonSchema for OnlyTrue {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "OnlyTrue".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "boolean", "const": true })
    }
}

/// 获取代码分支列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmBranchesQuery {
    /// 分支的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 工作项的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_item_id: Option<String>,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14
endpoint! {
    /// 获取一个代码分支
    pub struct GetScmBranch {
        GET "/scm/products/{product_id}/repositories/{repository_id}/branches/{branch_id}",
        id: "getScmBranch",
        summary: "获取一个代码分支",
        description: "代码分支的资源地址：返回一个代码分支的全量数据。",
        path: ScmBranchPath,
        response: (200, "代码分支（全量数据）。", ScmBranch),
    }
}

endpoint! {
    /// 创建一个代码分支
    pub struct CreateScmBranch {
        POST "/scm/products/{product_id}/repositories/{repository_id}/branches",
        id: "createScmBranch",
        summary: "创建一个代码分支",
        path: ScmRepositoryPath,
        request: ScmBranchRequest,
        response: (200, "创建的代码分支。", ScmBranch),
    }
}

endpoint! {
    /// 部分更新一个代码分支
    pub struct PatchScmBranch {
        PATCH "/scm/products/{product_id}/repositories/{repository_id}/branches/{branch_id}",
        id: "patchScmBranch",
        summary: "部分更新一个代码分支",
        path: ScmBranchPath,
        request: ScmBranchPatch,
        response: (200, "更新后的代码分支。", ScmBranch),
    }
}

endpoint! {
    /// 获取代码分支列表
    pub struct ListScmBranches {
        GET "/scm/products/{product_id}/repositories/{repository_id}/branches",
        id: "listScmBranches",
        summary: "获取代码分支列表",
        path: ScmRepositoryPath,
        query: ListScmBranchesQuery,
        response: (200, "代码分支列表的一页。", Page<ScmBranch>),
    }
}

endpoint! {
    /// 删除一个代码分支
    pub struct DeleteScmBranch {
        DELETE "/scm/products/{product_id}/repositories/{repository_id}/branches/{branch_id}",
        id: "deleteScmBranch",
        summary: "删除一个代码分支",
        description: "删除分支后，不会移除该分支和工作项的关联历史，在关联历史中，依然可以查询到删除的分支。默认分支不能被删除。",
        path: ScmBranchPath,
        // E4: the document shows the deleted branch as the response body.
        response: (200, "删除的代码分支。", ScmBranch),
    }
}
