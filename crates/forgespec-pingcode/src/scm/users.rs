//! 代码 › 托管平台用户: the users of a code-hosting product, shown in PingCode with
//! their name, avatar and home page on that product.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};
use crate::scm::products::{ScmProductPath, ScmProductRef};

/// The tag (document section) of these operations.
pub const TAG: &str = "托管平台用户";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "代码托管平台内实际的用户，用于在PingCode中显示该用户在代码托管平台上的名称、头像以及主页的信息。如果没有手动创建用户，在操作代码仓库、分支、拉取请求时，将自动创建仅包含该用户名的用户。",
    source: "代码 › 托管平台用户",
    endpoints: &[
        EndpointRef::of::<GetScmUser>(),
        EndpointRef::of::<CreateScmUser>(),
        EndpointRef::of::<UpdateScmUser>(),
        EndpointRef::of::<PatchScmUser>(),
        EndpointRef::of::<ListScmUsers>(),
    ],
};

/// 托管平台用户：代码托管平台内实际的用户。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmUser {
    /// 托管平台用户的id。
    pub id: String,
    /// 托管平台用户的资源地址。
    pub url: String,
    /// 托管平台。
    pub product: ScmProductRef,
    /// 托管平台用户的名称。
    pub name: String,
    /// 托管平台用户的显示名。
    // E10: optional when the user is created (and absent from users created
    // implicitly by name), so it may be absent or null here.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub display_name: Option<Nullable<String>>,
    /// 代码托管平台上的用户主页地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub html_url: Option<Nullable<String>>,
    /// 代码托管平台上的用户头像地址。
    // E10
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub avatar_url: Option<Nullable<String>>,
}

/// 托管平台用户（引用数据）。
///
/// 在代码仓库的 `owner`、代码分支的 `sender`、拉取请求的 `author` 等字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScmUserRef {
    /// 托管平台用户的id。
    pub id: String,
    /// 托管平台用户的资源地址。
    pub url: String,
    /// 托管平台。
    // E11: the 引用数据示例 carries `product`, every embedded user reference
    // (owner, sender, author, merged_by, reviewer) omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<ScmProductRef>,
    /// 托管平台用户的名称。
    pub name: String,
}

/// 路径参数：一个托管平台用户。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmUserPath {
    /// 代码托管平台的id。
    pub product_id: String,
    /// 代码托管平台上的用户id。
    pub user_id: String,
}

/// 创建或全量更新一个托管平台用户的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmUserRequest {
    /// 代码托管平台上的用户名，同一代码托管平台下，该用户名是唯一的。
    pub name: String,
    /// 用户显示名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// 代码托管平台上的用户主页地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// 代码托管平台上的用户头像地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

/// 部分更新一个托管平台用户的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ScmUserPatch {
    /// 代码托管平台上的用户名，同一代码托管平台下，该用户名是唯一的。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 用户显示名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// 代码托管平台上的用户主页地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// 代码托管平台上的用户头像地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

/// 获取托管平台用户列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListScmUsersQuery {
    /// 代码托管平台上的用户名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页。
    #[serde(flatten)]
    pub page: PageQuery,
}

// E14: the 资源地址 line gives no parameter table; the parameters are
// described as the section's other operations describe them.
endpoint! {
    /// 获取一个托管平台用户
    pub struct GetScmUser {
        GET "/scm/products/{product_id}/users/{user_id}",
        id: "getScmUser",
        summary: "获取一个托管平台用户",
        description: "托管平台用户的资源地址：返回一个托管平台用户的全量数据。",
        path: ScmUserPath,
        response: (200, "托管平台用户（全量数据）。", ScmUser),
    }
}

endpoint! {
    /// 创建一个托管平台用户
    pub struct CreateScmUser {
        POST "/scm/products/{product_id}/users",
        id: "createScmUser",
        summary: "创建一个托管平台用户",
        path: ScmProductPath,
        request: ScmUserRequest,
        response: (200, "创建的托管平台用户。", ScmUser),
    }
}

endpoint! {
    /// 全量更新一个托管平台用户
    pub struct UpdateScmUser {
        PUT "/scm/products/{product_id}/users/{user_id}",
        id: "updateScmUser",
        summary: "全量更新一个托管平台用户",
        path: ScmUserPath,
        request: ScmUserRequest,
        response: (200, "更新后的托管平台用户。", ScmUser),
    }
}

endpoint! {
    /// 部分更新一个托管平台用户
    pub struct PatchScmUser {
        PATCH "/scm/products/{product_id}/users/{user_id}",
        id: "patchScmUser",
        summary: "部分更新一个托管平台用户",
        path: ScmUserPath,
        request: ScmUserPatch,
        response: (200, "更新后的托管平台用户。", ScmUser),
    }
}

endpoint! {
    /// 获取托管平台用户列表
    pub struct ListScmUsers {
        GET "/scm/products/{product_id}/users",
        id: "listScmUsers",
        summary: "获取托管平台用户列表",
        path: ScmProductPath,
        query: ListScmUsersQuery,
        response: (200, "托管平台用户列表的一页。", Page<ScmUser>),
    }
}
