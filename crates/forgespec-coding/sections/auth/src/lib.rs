//! OAuth 认证 and 个人令牌认证: the legacy REST endpoints on the team domain
//! (`https://{team}.coding.net`): the OAuth 2.0 authorization page, the access-token
//! exchange, and the current user.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

use forgespec_core::{EndpointRef, New, Section, Server, ServerVariable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of these operations.
pub const TAG: &str = "OAuth 认证";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "The legacy REST endpoints on the team domain: the OAuth 2.0 \
                    authorization page and access-token exchange, and the current user.",
    source: "OAuth 认证",
    endpoints: &[
        EndpointRef::of::<OauthAuthorize>(),
        EndpointRef::of::<GetOAuthAccessToken>(),
        EndpointRef::of::<GetCurrentUser>(),
    ],
};

/// The team-domain server of the legacy REST endpoints.
pub fn team_server() -> Server {
    Server::new(
        "https://{team}.coding.net",
        "CODING 团队域名（旧版 REST 接口与 OAuth 认证）。",
    )
    .variable(ServerVariable {
        name: "team",
        // E17: the document writes the host as `{your-team}` and gives no value.
        default: "your-team",
        allowed: Vec::new(),
        description: "团队域名前缀",
    })
}

/// The OAuth 2.0 scopes: `(scope 名称, 授权 + 说明)`, in the document's order.
pub const SCOPES: &[(&str, &str)] = &[
    ("user", "获取用户信息(名称、头像等 )"),
    ("user:email", "读取用户的 email"),
    ("notification", "读/写:读取用户通知信息"),
    ("project", "授权项目信息、项目列表,仓库信息,公钥列表、成员"),
    ("project:api_doc", "发布:授权发布 API 文档"),
    ("project:artifacts", "读/写:授权推送、拉取制品库"),
    ("project:depot", "读/写:完整的仓库控制权限"),
    ("project:file", "读/写:授权读取与操作文件"),
    ("project:issue", "读/写:授权读取与操作项目协同模块"),
    ("project:key", "读/写:授权读取与操作部署公钥和个人公钥"),
    ("project:members", "读/写:授权项目管理者读取与操作成员"),
    ("project:notice", "读/写:授权发布、删除、查询项目公告接口"),
];

// ---------------------------------------------------------------- oauthAuthorize

/// 返回类型,固定为 code
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OAuthResponseType {
    /// code：授权码
    Code,
}

/// 用户授权：授权登录页面的查询参数。
// E18: the document lists the parameters without saying which are required; OAuth 2.0
// (RFC 6749 §4.1.1) requires `client_id` and `response_type`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct OAuthAuthorizeQuery {
    /// 应用详情页的 Client ID
    pub client_id: String,
    /// 应用详情页填写的回调地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// 返回类型,固定为 code
    pub response_type: OAuthResponseType,
    /// 授权范围,以逗号分隔
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

// ---------------------------------------------------------------- getOAuthAccessToken

/// 授权类型,固定为 authorization_code
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OAuthGrantType {
    /// authorization_code：授权码
    AuthorizationCode,
}

/// 获取 access_token：请求参数。
// E19: the document does not say where the parameters go; they are sent as query
// parameters (the request has no documented body), all required as in RFC 6749 §4.1.3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct OAuthAccessTokenQuery {
    /// 应用详情页的 Client ID
    pub client_id: String,
    /// 应用详情页的 Client Secret
    pub client_secret: String,
    /// 上一步获取的授权码
    pub code: String,
    /// 授权类型,固定为 authorization_code
    pub grant_type: OAuthGrantType,
}

/// 获取 access_token：返回值。
// E20: the document describes the reply only by its example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OAuthAccessToken {
    /// 访问令牌 (access_token)。
    pub access_token: String,
    /// 刷新令牌 (refresh_token)。
    pub refresh_token: String,
    /// 团队域名前缀 (team)。
    pub team: String,
    /// 有效期，秒 (expires_in)。
    // E21: the example writes the number of seconds as a string ("780260").
    pub expires_in: String,
    /// 令牌类型 (token_type)，例如 `bearer`。
    pub token_type: String,
}

// ---------------------------------------------------------------- getCurrentUser

/// 获取当前用户信息：查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CurrentUserQuery {
    /// 上一步获取的 access_token
    // E22: the OAuth form passes the token as this query parameter; the personal
    // token form sends `Authorization: token …` instead, so the parameter is optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
}

/// 获取当前用户信息：返回值。
// E20: the document describes the reply only by its example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CurrentUser {
    /// 头像地址 (avatar)。
    pub avatar: String,
    /// 创建时间，毫秒时间戳 (created_at)。
    pub created_at: i64,
    /// 用户唯一标志 (global_key)。
    pub global_key: String,
    /// 姓名 (name)。
    pub name: String,
    /// 姓名拼音 (name_pinyin)。
    pub name_pinyin: String,
    /// 更新时间，毫秒时间戳 (updated_at)。
    pub updated_at: i64,
    /// 个人主页路径 (path)。
    pub path: String,
    /// 用户 ID (id)。
    pub id: i64,
    /// 团队域名前缀 (team)。
    pub team: String,
    /// 邮箱是否已验证 (email_validation)。
    pub email_validation: i64,
}

// E23: the authorization page is a browser URL, not an API call; it is kept as
// an operation (an HTML page) so the whole flow is described, and it is the
// OAuth 2.0 scheme's authorizationUrl.
endpoint! {
    /// 用户授权
    pub struct OauthAuthorize {
        GET "/oauth_authorize.html",
        id: "oauthAuthorize",
        summary: "用户授权",
        description: "浏览器访问以下链接,进入到授权登录页面",
        source: "用户授权",
        security: None,
        query: OAuthAuthorizeQuery,
        response: (200, "授权登录页面。登录授权后,浏览器将带着授权码(code)参数跳转到回调地址。", raw "text/html"),
        servers: [team_server()],
    }
}

endpoint! {
    /// 获取 access_token
    pub struct GetOAuthAccessToken {
        POST "/api/oauth/access_token",
        id: "getOAuthAccessToken",
        summary: "获取 access_token",
        description: "获取授权码(code)后,开发者的后端程序向 CODING 发送请求,获取 access_token。",
        source: "获取 access_token",
        security: None,
        query: OAuthAccessTokenQuery,
        response: (200, "返回值", OAuthAccessToken),
        servers: [team_server()],
    }
}

endpoint! {
    /// 获取当前用户信息
    pub struct GetCurrentUser {
        GET "/api/me",
        id: "getCurrentUser",
        summary: "获取当前用户信息",
        source: "获取当前用户信息; 个人令牌认证 › 获取当前用户信息",
        security: Optional,
        query: CurrentUserQuery,
        response: (200, "返回值", CurrentUser),
        servers: [team_server()],
    }
}
