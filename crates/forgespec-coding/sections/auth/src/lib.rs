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

/// The OAuth 2.0 scopes of CODING's OpenAPI export (`info.description` › OAuth 认证 ›
/// 生态令牌权限): `(scope, 名称：描述信息（权限范围）)`, one entry per scope the table
/// names, in its order. A row whose 权限范围 is `ro、rw` is two scopes, `…:ro` (只读)
/// and `…:rw` (读写), as the table's note spells them.
// E1101: the export's scopes extend the help document's (`SCOPES`); both are listed.
pub const ECOLOGY_SCOPES: &[(&str, &str)] = &[
    ("user:profile:ro", "用户信息：管理用户的基础信息。（只读）"),
    (
        "user:email:ro",
        "用户邮箱：管理用户的电子邮件地址。（只读）",
    ),
    (
        "user:notification:ro",
        "用户通知：管理用户的站内通知。（只读）",
    ),
    (
        "user:notification:rw",
        "用户通知：管理用户的站内通知。（读写）",
    ),
    (
        "user:public-key:ro",
        "用户公钥：管理用户配置的个人公钥和部署公钥信息。（只读）",
    ),
    (
        "user:public-key:rw",
        "用户公钥：管理用户配置的个人公钥和部署公钥信息。（读写）",
    ),
    ("team:profile:ro", "团队信息：管理团队基本信息。（只读）"),
    (
        "team:member:ro",
        "团队成员：管理团队成员信息以及团队成员相关操作。（只读）",
    ),
    (
        "team:member:rw",
        "团队成员：管理团队成员信息以及团队成员相关操作。（读写）",
    ),
    ("project:profile:ro", "项目信息：管理项目基本信息。（只读）"),
    ("project:profile:rw", "项目信息：管理项目基本信息。（读写）"),
    ("project:member:ro", "项目成员：管理项目成员。（只读）"),
    ("project:member:rw", "项目成员：管理项目成员。（读写）"),
    ("project:token:ro", "项目令牌：管理项目令牌。（只读）"),
    ("project:token:rw", "项目令牌：管理项目令牌。（读写）"),
    ("project:notice:ro", "项目公告：管理项目公告。（只读）"),
    ("project:notice:rw", "项目公告：管理项目公告。（读写）"),
    ("project:label:ro", "项目标签：管理项目标签。（只读）"),
    ("project:label:rw", "项目标签：管理项目标签。（读写）"),
    (
        "program:profile:ro",
        "项目集信息：管理项目集基本信息。（只读）",
    ),
    (
        "program:profile:rw",
        "项目集信息：管理项目集基本信息。（读写）",
    ),
    (
        "program:project:ro",
        "项目集项目：管理项目集下的项目列表。（只读）",
    ),
    (
        "program:project:rw",
        "项目集项目：管理项目集下的项目列表。（读写）",
    ),
    (
        "program:member:ro",
        "项目集成员：管理项目集下的成员列表。（只读）",
    ),
    (
        "program:member:rw",
        "项目集成员：管理项目集下的成员列表。（读写）",
    ),
    (
        "related-resource:resource:ro",
        "关联资源：管理团队和项目资源关联关系。（只读）",
    ),
    (
        "related-resource:resource:rw",
        "关联资源：管理团队和项目资源关联关系。（读写）",
    ),
    ("credential:profile:ro", "凭据信息：管理团队凭据。（只读）"),
    ("credential:profile:rw", "凭据信息：管理团队凭据。（读写）"),
    (
        "service-hook:profile:ro",
        "Service Hooks：管理和配置 Service Hooks。（只读）",
    ),
    (
        "service-hook:profile:rw",
        "Service Hooks：管理和配置 Service Hooks。（读写）",
    ),
    ("ram:policy:ro", "权限组：管理权限组。（只读）"),
    ("ram:policy:rw", "权限组：管理权限组。（读写）"),
    ("ram:grant:ro", "授权：配置权限授权。（只读）"),
    ("ram:grant:rw", "授权：配置权限授权。（读写）"),
    ("ram:user-group:ro", "用户组：管理权限用户组。（只读）"),
    (
        "performance:dataset:ro",
        "研发度量数据集：研发度量数据集（只读）",
    ),
    (
        "collaboration:issue:ro",
        "项目协同：配置和使用项目协同功能。（只读）",
    ),
    (
        "collaboration:issue:rw",
        "项目协同：配置和使用项目协同功能。（读写）",
    ),
    (
        "document:knowledge:ro",
        "知识管理：管理知识空间和撰写知识文档。（只读）",
    ),
    (
        "document:knowledge:rw",
        "知识管理：管理知识空间和撰写知识文档。（读写）",
    ),
    (
        "document:file:ro",
        "文件网盘：管理上传、分享和下载文件等。（只读）",
    ),
    (
        "document:file:rw",
        "文件网盘：管理上传、分享和下载文件等。（读写）",
    ),
    (
        "document:api-doc:ro",
        "API 文档：发布、授权发布 API 文档。（只读）",
    ),
    (
        "document:api-doc:rw",
        "API 文档：发布、授权发布 API 文档。（读写）",
    ),
    ("vcs:repository:ro", "代码仓库：管理仓库（只读）"),
    ("vcs:repository:rw", "代码仓库：管理仓库（读写）"),
    ("vcs:merge:ro", "合并请求：管理代码仓库的合并请求。（只读）"),
    ("vcs:merge:rw", "合并请求：管理代码仓库的合并请求。（读写）"),
    (
        "vcs:ssh-key:ro",
        "部署公钥：管理代码仓库的部署公钥。（只读）",
    ),
    (
        "vcs:ssh-key:rw",
        "部署公钥：管理代码仓库的部署公钥。（读写）",
    ),
    (
        "vcs:release:ro",
        "版本管理：管理代码仓库的版本信息。（只读）",
    ),
    (
        "vcs:release:rw",
        "版本管理：管理代码仓库的版本信息。（读写）",
    ),
    (
        "depot:external-repository:ro",
        "外部仓库：管理关联的外部仓库信息。（只读）",
    ),
    (
        "depot:external-repository:rw",
        "外部仓库：管理关联的外部仓库信息。（读写）",
    ),
    (
        "testing:profile:ro",
        "测试管理：管理测试计、测试用例和测试报告等。（只读）",
    ),
    (
        "testing:profile:rw",
        "测试管理：管理测试计、测试用例和测试报告等。（读写）",
    ),
    (
        "cd:statistics:ro",
        "持续部署数据统计：持续部署发布数据统计。（只读）",
    ),
    (
        "cd:host-server:ro",
        "持续部署主机组：管理持续部署主机组。（只读）",
    ),
    (
        "cd:host-server:rw",
        "持续部署主机组：管理持续部署主机组。（读写）",
    ),
    (
        "cd:cloud-account:ro",
        "持续部署云账号：管理持续部署云账号。（只读）",
    ),
    (
        "cd:cloud-account:rw",
        "持续部署云账号：管理持续部署云账号。（读写）",
    ),
    (
        "cd:application:ro",
        "持续部署应用：管理和配置持续部署应用。（只读）",
    ),
    (
        "cd:application:rw",
        "持续部署应用：管理和配置持续部署应用。（读写）",
    ),
    (
        "cd:pipeline:ro",
        "持续部署流程：管理和配置持续部署流程。（只读）",
    ),
    (
        "cd:pipeline:rw",
        "持续部署流程：管理和配置持续部署流程。（读写）",
    ),
    (
        "artifact:repository:ro",
        "制品库仓库：管理制品库仓库。（只读）",
    ),
    (
        "artifact:repository:rw",
        "制品库仓库：管理制品库仓库。（读写）",
    ),
    (
        "artifact:version:ro",
        "制品库版本：管理制品版本信息。（只读）",
    ),
    (
        "artifact:version:rw",
        "制品库版本：管理制品版本信息。（读写）",
    ),
    (
        "artifact:properties:ro",
        "制品库配置：管理制品库配置。（只读）",
    ),
    (
        "artifact:properties:rw",
        "制品库配置：管理制品库配置。（读写）",
    ),
    ("artifact:package:ro", "制品库包：管理制品库包。（只读）"),
    ("assets:list:ro", "资产列表：管理资产列表（只读）"),
    ("assets:list:rw", "资产列表：管理资产列表（读写）"),
    ("assets:attribute:ro", "资产属性：管理资产属性（只读）"),
    ("assets:attribute:rw", "资产属性：管理资产属性（读写）"),
];

/// The scopes of a project token (CODING OpenAPI export, `info.description` ›
/// 项目令牌认证 › 项目令牌Scope): `(Scope 信息, 名称, 描述, 权限范围)`, in its order.
// E1100: the project token is the export's third authentication scheme.
pub const PROJECT_TOKEN_SCOPES: &[(&str, &str, &str, &str)] = &[
    ("project_issue_rw", "项目协同", "读取与操作项目协同", "读写"),
    ("file_rw", "文件", "新建、查询、删除、编辑文件", "读写"),
    ("wiki_rw", "WIKI", "新建、查询、删除、编辑Wiki", "读写"),
    (
        "project_tweet_rw",
        "项目公告",
        "新建、查询、删除、编辑项目公告",
        "读写",
    ),
    ("api_doc_release", "API 文档", "发布 API 文档", "读写"),
    (
        "resource_reference_rw",
        "关联资源",
        "新建、查询、删除关联资源",
        "读写",
    ),
    (
        "project_member_rw",
        "项目成员",
        "读取与操作项目成员",
        "读写",
    ),
    (
        "project_permission_rw",
        "项目权限",
        "读取与操作项目权限",
        "读写",
    ),
    (
        "project_label_rw",
        "项目标签",
        "新建、查询、删除、编辑项目标签",
        "读写",
    ),
    ("ifbook_run_task", "测试协同", "执行 API 自动化测试", "读写"),
    (
        "ifbook_import_export",
        "测试协同",
        "API 文档导入与导出",
        "读写",
    ),
    ("depot_read", "读取代码仓库", "读取代码仓库", "只读"),
    ("depot_write", "推送至代码仓库", "推送至代码仓库", "读写"),
    (
        "merge_request_rw",
        "MR",
        "新建、查询、删除、编辑合并请求",
        "读写",
    ),
    (
        "release_rw",
        "版本发布",
        "新建、查询、删除、编辑版本发布",
        "读写",
    ),
    ("artifact_r", "制品库", "拉取制品库", "只读"),
    ("artifact_rw", "制品库", "拉取、推送制品库", "读写"),
    (
        "artifact_version_props_rw",
        "制品属性",
        "新建、查询、删除、编辑制品属性",
        "读写",
    ),
    ("ci_agent_register", "构建节点", "允许构建节点接入", "读写"),
    ("ci_manager", "API触发", "构建计划管理/触发构建", "读写"),
    (
        "open_ci_manager",
        "构建计划",
        "构建计划管理/触发构建（仅用于 Open API）",
        "读写",
    ),
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
