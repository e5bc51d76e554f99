//! Typed models and operations of CODING's (coding.net) Open API.
//!
//! CODING documents two generations of API. The legacy REST endpoints live on the
//! team's own domain (`https://{team}.coding.net`): the OAuth 2.0 authorization page
//! and token exchange, and `GET /api/me`. Everything else is an RPC "Action": a
//! `POST https://e.coding.net/open-api?Action=<Name>` whose JSON body repeats
//! `"Action": "<Name>"` and whose reply is wrapped in `{"Response": {..., "RequestId"}}`
//! ([`common::Envelope`]): the Action's output, or the error reply
//! `{"Error": {"Code", "Message"}, "RequestId"}` that any Action can answer with
//! ([`common::Reply`]).
//!
//! Every input and output parameter of the reference is a serde + schemars type; [`api`]
//! lists every operation in the document's order. Defects of the document and how they
//! are decided are in `ERRATA.md` (cited in the code as `E<n>`).
//!
//! # From an operationId to its types
//!
//! Every operation is a type named after its operationId, which for an Action is
//! the Action (`DescribeOneProject` is [`project::DescribeOneProject`]);
//! [`Endpoint`] names its types, and a request built in Rust carries its own Action.
//!
//! ```
//! use forgespec_coding::collaboration::InitProjectTemplate;
//! use forgespec_coding::common::ErrorCode;
//! use forgespec_coding::project::{DescribeOneProject, DescribeOneProjectRequest};
//! use forgespec_coding::{Endpoint, Nullable, RpcEndpoint};
//!
//! assert_eq!(DescribeOneProject::ACTION, "DescribeOneProject");
//! let request = DescribeOneProjectRequest::new(2);
//! assert_eq!(
//!     serde_json::to_value(&request)?,
//!     serde_json::json!({"Action": "DescribeOneProject", "ProjectId": 2})
//! );
//! // The document's example reply, read as the operation's response type: the
//! // `Response` envelope around a `Reply`, here the output and its RequestId.
//! let reply: <DescribeOneProject as Endpoint>::Response = serde_json::from_str(include_str!(
//!     "../fixtures/project/DescribeOneProject.response.json"
//! ))?;
//! assert_eq!(reply.response.request_id(), "ae8e2d5f-569b-443e-8c61-440ea3a7562a");
//! // `into_result` makes the error reply an `Err`, which `?` returns.
//! let output = reply.response.into_result()?;
//! let project = output.output.project.into_option().expect("a project");
//! assert_eq!(project.name, Nullable::Value("coding-demo".to_string()));
//!
//! // Any Action may answer with the error reply instead, still with status 200: the
//! // document's one example of it is InitProjectTemplate's.
//! let reply: <InitProjectTemplate as Endpoint>::Response = serde_json::from_str(include_str!(
//!     "../fixtures/collaboration/InitProjectTemplate.response.json"
//! ))?;
//! assert!(reply.response.is_error());
//! let error = reply.response.into_result().expect_err("the error reply");
//! assert_eq!(error.error.code, ErrorCode::InvalidParameterValue);
//! assert_eq!(error.request_id, "a474f0f-3e3b-4123-ad40-cedb64d1898b");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// The document's sections are crates of their own (`sections/<name>`, shared shapes in
// `common`), so that an edit recompiles one section rather than the whole API; here
// they are the modules a user names (`forgespec_coding::git::commit::…`).
pub use forgespec_coding_artifact as artifact;
pub use forgespec_coding_artifact_export as artifact_export;
pub use forgespec_coding_auth as auth;
pub use forgespec_coding_cd as cd;
pub use forgespec_coding_ci as ci;
pub use forgespec_coding_ci_export as ci_export;
pub use forgespec_coding_collaboration as collaboration;
pub use forgespec_coding_collaboration_export as collaboration_export;
pub use forgespec_coding_common as common;
pub use forgespec_coding_depot_release as depot_release;
pub use forgespec_coding_file_export as file_export;
pub use forgespec_coding_git as git;
pub use forgespec_coding_git_export as git_export;
pub use forgespec_coding_issue as issue;
pub use forgespec_coding_iteration as iteration;
pub use forgespec_coding_merge_request as merge_request;
pub use forgespec_coding_organization as organization;
pub use forgespec_coding_other_export as other_export;
pub use forgespec_coding_permission as permission;
pub use forgespec_coding_program as program;
pub use forgespec_coding_program_export as program_export;
pub use forgespec_coding_project as project;
pub use forgespec_coding_project_export as project_export;
pub use forgespec_coding_project_setting as project_setting;
pub use forgespec_coding_release as release;
pub use forgespec_coding_requirement as requirement;
pub use forgespec_coding_resource_reference as resource_reference;
pub use forgespec_coding_service_hook as service_hook;
pub use forgespec_coding_team as team;
pub use forgespec_coding_team_export as team_export;
pub use forgespec_coding_test_management as test_management;
pub use forgespec_coding_wiki as wiki;
pub use forgespec_coding_wiki_export as wiki_export;
pub use forgespec_coding_work_hour as work_hour;

pub mod export;

// What a user of this crate needs from forgespec-core (the operation trait, its
// metadata, the body and parameter markers, `Nullable`, the wire helpers), so that
// this crate alone is enough to name and use an operation's types.
pub use forgespec_core::{
    Action, ActionOnly, Endpoint, EndpointRef, Metadata, Method, NoBody, NoParams, Nullable,
    RawBody, ResponseMetadata, RpcEndpoint, Section, Security, wire,
};
use forgespec_core::{Api, OAuth2Flow, SecurityScheme, SecuritySchemeKind, Server};

/// The name of the personal-access-token security scheme (`Authorization: token …`).
pub const PERSONAL_ACCESS_TOKEN: &str = "personalAccessToken";
/// The name of the OAuth 2.0 authorization-code security scheme.
pub const OAUTH2: &str = "oauth2";
/// The name of the bearer scheme: an OAuth 2.0 access token sent as
/// `Authorization: Bearer …`.
pub const OAUTH_BEARER: &str = "oauthBearer";
/// The name of the project-token scheme (CODING OpenAPI export): a project token's
/// user name and password sent as `Authorization: Basic base64(用户名:密码)`.
pub const PROJECT_TOKEN: &str = "projectToken";

/// The project-token scheme's description, with the export's scope table
/// ([`auth::PROJECT_TOKEN_SCOPES`]).
// E1100: the export documents this third scheme; the help document does not.
const PROJECT_TOKEN_DESCRIPTION: &str = concat!(
    "项目令牌认证 (CODING OpenAPI export, not in the help document): 项目设置 › 开发者选项 › \
     项目令牌 › 新建项目令牌 creates a project token with the chosen scopes and shows its \
     user name and password; they are sent as HTTP Basic credentials, \
     `Authorization: Basic base64(用户名:密码)`. Its scopes (项目令牌Scope):\n\n",
    "| 名称 | 描述 | Scope 信息 | 权限范围 |\n|---|---|---|---|\n| 项目协同 | 读取与操作项目协同 | `project_issue_rw` | 读写 |\n| 文件 | 新建、查询、删除、编辑文件 | `file_rw` | 读写 |\n| WIKI | 新建、查询、删除、编辑Wiki | `wiki_rw` | 读写 |\n| 项目公告 | 新建、查询、删除、编辑项目公告 | `project_tweet_rw` | 读写 |\n| API 文档 | 发布 API 文档 | `api_doc_release` | 读写 |\n| 关联资源 | 新建、查询、删除关联资源 | `resource_reference_rw` | 读写 |\n| 项目成员 | 读取与操作项目成员 | `project_member_rw` | 读写 |\n| 项目权限 | 读取与操作项目权限 | `project_permission_rw` | 读写 |\n| 项目标签 | 新建、查询、删除、编辑项目标签 | `project_label_rw` | 读写 |\n| 测试协同 | 执行 API 自动化测试 | `ifbook_run_task` | 读写 |\n| 测试协同 | API 文档导入与导出 | `ifbook_import_export` | 读写 |\n| 读取代码仓库 | 读取代码仓库 | `depot_read` | 只读 |\n| 推送至代码仓库 | 推送至代码仓库 | `depot_write` | 读写 |\n| MR | 新建、查询、删除、编辑合并请求 | `merge_request_rw` | 读写 |\n| 版本发布 | 新建、查询、删除、编辑版本发布 | `release_rw` | 读写 |\n| 制品库 | 拉取制品库 | `artifact_r` | 只读 |\n| 制品库 | 拉取、推送制品库 | `artifact_rw` | 读写 |\n| 制品属性 | 新建、查询、删除、编辑制品属性 | `artifact_version_props_rw` | 读写 |\n| 构建节点 | 允许构建节点接入 | `ci_agent_register` | 读写 |\n| API触发 | 构建计划管理/触发构建 | `ci_manager` | 读写 |\n| 构建计划 | 构建计划管理/触发构建（仅用于 Open API） | `open_ci_manager` | 读写 |\n",
);

/// The help document's sections, in its order, then the groups of CODING's OpenAPI
/// export that hold Actions the help document lacks; [`api`] is built from them.
pub static SECTIONS: &[&Section] = &[
    &auth::SECTION,
    &team::SECTION,
    &project::SECTION,
    &project_setting::SECTION,
    &requirement::SECTION,
    &issue::SECTION,
    &iteration::SECTION,
    &release::SECTION,
    &work_hour::SECTION,
    &git::SECTION,
    &merge_request::SECTION,
    &ci::SECTION,
    &cd::SECTION,
    &artifact::SECTION,
    &test_management::SECTION,
    &wiki::SECTION,
    &collaboration::SECTION,
    &program::SECTION,
    &depot_release::SECTION,
    // The export's groups with Actions the help document does not describe, in the
    // export's order of its groups (`tags`).
    &team_export::SECTION,
    &organization::SECTION,
    &permission::SECTION,
    &project_export::SECTION,
    &program_export::SECTION,
    &service_hook::SECTION,
    &resource_reference::SECTION,
    &collaboration_export::SECTION,
    &git_export::SECTION,
    &ci_export::SECTION,
    &artifact_export::SECTION,
    &wiki_export::SECTION,
    &file_export::SECTION,
    &other_export::SECTION,
];

/// CODING's Open API.
pub fn api() -> Api {
    Api {
        id: "coding",
        title: "CODING OPEN API",
        version: "2023",
        description: "CODING's (coding.net) Open API. The RPC-style Actions are all \
            `POST https://e.coding.net/open-api?Action=<Name>` with a JSON body that carries \
            the same `Action`; each Action has its own path key here, \
            `/open-api#Action=<Name>` (the fragment is never sent), and its reply is wrapped \
            in `{\"Response\": {..., \"RequestId\"}}`. The legacy REST endpoints (OAuth 2.0 \
            and the current user) live on the team domain `https://{team}.coding.net`. \
            Requests authenticate with a personal access token (`Authorization: token …`), \
            an OAuth 2.0 access token (`Authorization: Bearer …`) or, as CODING's OpenAPI \
            export adds, a project token (`Authorization: Basic …`).",
        source_document: "CODING OPEN API reference (coding.net/help/openapi), and CODING's \
            OpenAPI export (spec.json of yankeguo/coding-node-client at 9fbb627a) for what \
            the reference lacks",
        servers: vec![Server::new(
            "https://e.coding.net",
            "统一链接: every Action is POST /open-api on this host.",
        )],
        security_schemes: vec![
            SecurityScheme {
                name: OAUTH2,
                description: "OAuth 2.0 授权码模式: 创建 CODING 应用 (个人设置 › 开放生态 › 创建应用) \
                    to obtain a Client ID and Client Secret; the browser visits the team's \
                    `/oauth_authorize.html`, the user logs in and is redirected to the callback \
                    with a `code`, which the backend exchanges at `/api/oauth/access_token`. \
                    Both URLs are on the team domain `https://{your-team}.coding.net` (see ERRATA E17). \
                    CODING's OpenAPI export documents the same flow (the application created under \
                    团队设置 › 生态能力 › 发布应用 › 新建应用) with its own scopes, 生态令牌权限 \
                    (`user:profile:ro`, …), listed after the help document's.",
                kind: SecuritySchemeKind::OAuth2 {
                    flows: vec![OAuth2Flow::AuthorizationCode {
                        // E17: the document writes the team domain as `{your-team}`; OAuth
                        // URLs cannot be templated, so the placeholder host is written out.
                        authorization_url: "https://your-team.coding.net/oauth_authorize.html",
                        token_url: "https://your-team.coding.net/api/oauth/access_token",
                        refresh_url: None,
                        // E1101: the help document's scopes, then the export's.
                        scopes: auth::SCOPES
                            .iter()
                            .chain(auth::ECOLOGY_SCOPES)
                            .copied()
                            .collect(),
                    }],
                },
            },
            SecurityScheme {
                name: OAUTH_BEARER,
                description: "新版接口 OAuth2 认证: `Authorization: Bearer {access_token}`, with \
                    an access token obtained through the OAuth 2.0 flow.",
                kind: SecuritySchemeKind::Http {
                    scheme: "bearer",
                    bearer_format: None,
                },
            },
            SecurityScheme {
                name: PERSONAL_ACCESS_TOKEN,
                description: "个人令牌认证: 个人设置 › 访问令牌 › 新建令牌 creates a personal access \
                    token with the chosen scopes; it is sent as the whole header value \
                    `Authorization: token {访问令牌}` (the word `token`, a space, the token).",
                kind: SecuritySchemeKind::ApiKey {
                    location: forgespec_core::ApiKeyLocation::Header,
                    name: "Authorization",
                },
            },
            SecurityScheme {
                name: PROJECT_TOKEN,
                description: PROJECT_TOKEN_DESCRIPTION,
                kind: SecuritySchemeKind::Http {
                    scheme: "basic",
                    bearer_format: None,
                },
            },
        ],
        default_security: vec![PERSONAL_ACCESS_TOKEN, OAUTH_BEARER, OAUTH2, PROJECT_TOKEN],
        tags: SECTIONS.iter().map(|s| s.tag()).collect(),
        operations: SECTIONS
            .iter()
            .flat_map(|s| s.operations())
            .map(|mut op| {
                // An Action the export describes too names both places.
                if let Some(group) = op.rpc_action.and_then(export::group_of) {
                    op.source = format!("{}; {} › {group}", op.source, export::EXPORT);
                }
                op
            })
            .collect(),
        example_types: Vec::new(),
    }
}
