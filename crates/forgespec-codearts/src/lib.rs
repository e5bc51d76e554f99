//! Typed models and operations of Huawei Cloud CodeArts Repo (代码托管, formerly
//! CodeHub): SSH keys, repositories, members, commits, files, webhooks, projects and
//! merge-request discussions, plus the historical (deprecated) operations.
//!
//! Every resource, request and response of the reference is a serde + schemars type;
//! [`api`] lists every operation in the document's order. Defects of the document and
//! how they are decided are in `ERRATA.md` (cited in the code as `E<n>`).
//!
//! # From an operationId to its types
//!
//! Every operation is a type named after its operationId (`deleteHook` is
//! [`webhook::DeleteHook`]); [`Endpoint`] names its method, path and types.
//!
//! ```
//! use forgespec_codearts::webhook::DeleteHook;
//! use forgespec_codearts::{Endpoint, Method};
//!
//! assert_eq!(DeleteHook::METADATA.operation_id, "deleteHook");
//! assert_eq!(DeleteHook::METADATA.method, Method::Delete);
//! // The document's example reply, read as the operation's response type (the
//! // `{error, result, status}` envelope).
//! let reply: <DeleteHook as Endpoint>::Response = serde_json::from_str(include_str!(
//!     "../fixtures/webhook/deleteHook.response.json"
//! ))?;
//! assert_eq!(reply.status, "success");
//! # Ok::<(), serde_json::Error>(())
//! ```

pub mod commit;
pub mod common;
pub mod discussion;
pub mod file;
pub mod historical;
pub mod project;
pub mod repo_member;
pub mod repository;
pub mod ssh_key;
pub mod user;
pub mod v2_project;
pub mod v2_repository;
pub mod webhook;

// What a user of this crate needs from forgespec-core (the operation trait, its
// metadata, the body and parameter markers, `Nullable`, the wire helpers), so that
// this crate alone is enough to name and use an operation's types.
pub use forgespec_core::{
    Action, ActionOnly, Endpoint, EndpointRef, Metadata, Method, NoBody, NoParams, Nullable,
    RawBody, ResponseMetadata, RpcEndpoint, Section, Security, wire,
};
use forgespec_core::{
    Api, ApiKeyLocation, SecurityScheme, SecuritySchemeKind, Server, ServerVariable, body,
};

/// The name of the IAM token security scheme (`X-Auth-Token`).
pub const AUTH_TOKEN: &str = "authToken";

/// The document's sections, in its order; [`api`] is built from them.
pub static SECTIONS: &[&Section] = &[
    &ssh_key::SECTION,
    &repository::SECTION,
    &v2_project::SECTION,
    &repo_member::SECTION,
    &commit::SECTION,
    &file::SECTION,
    &user::SECTION,
    &webhook::SECTION,
    &project::SECTION,
    &v2_repository::SECTION,
    &discussion::SECTION,
    &historical::SECTION,
];

/// CodeArts Repo's API.
pub fn api() -> Api {
    Api {
        id: "codearts",
        title: "CodeArts Repo (代码托管) API",
        version: "v1",
        description: "Huawei Cloud CodeArts Repo (代码托管, formerly CodeHub): Git repository \
            hosting. The API manages SSH keys, repositories and their branches, tags, \
            protected branches and tags, deploy keys, members, commits, files, webhooks, \
            merge requests and review comments. It is served from one endpoint per region; \
            every response is wrapped in a `{error, result, status}` envelope.\n\n\
            Calls are limited to 600 per minute per operation per region, shared by all \
            users of the region.",
        source_document: "Huawei Cloud CodeArts Repo API reference (代码托管 API 参考)",
        servers: vec![
            // E1: the endpoint table says HTTP; 1.2 and 3.1 say every API is called over
            // HTTPS. HTTPS. E13: the request examples write the host as `{endpoint}`,
            // `{{endpoint}}` or `[endpoint]`; it is this server.
            Server::new(
                "https://codehub-ext.{region}.myhuaweicloud.com",
                "代码托管的终端节点 (Endpoint)，每个区域一个。",
            )
            .variable(ServerVariable {
                name: "region",
                // E2: the document names no default region; 华北-北京四 is the one its
                // own examples use (6.3). E14: chapter 5 calls `cn-north-7`, which the
                // endpoint table does not list; the list is the table's.
                default: "cn-north-4",
                allowed: vec![
                    "cn-south-2",
                    "cn-north-4",
                    "cn-north-1",
                    "cn-east-2",
                    "cn-southwest-2",
                    "cn-south-1",
                    "cn-east-3",
                ],
                description: "区域：`cn-south-2` 华南-深圳，`cn-north-4` 华北-北京四，`cn-north-1` 华北-北京一，`cn-east-2` 华东-上海二，`cn-southwest-2` 西南-贵阳一，`cn-south-1` 华南-广州，`cn-east-3` 华东-上海一。",
            }),
        ],
        // E11: every operation's table lists `X-Auth-Token` as a header parameter; it
        // is this security scheme instead, not a parameter.
        security_schemes: vec![SecurityScheme {
            name: AUTH_TOKEN,
            description: "用户Token (`X-Auth-Token`): a project-scoped IAM user token, obtained \
                from IAM's \"获取用户Token\" operation (`POST /v3/auth/tokens` on the IAM \
                endpoint, with `auth.scope` set to a project); the token is the \
                `X-Subject-Token` response header and is valid for 24 hours.\n\n\
                The API also accepts AK/SK signing instead of a token: the request is signed \
                with an Access Key ID (AK) and Secret Access Key (SK), normally by Huawei \
                Cloud's signing SDK, which adds the `Authorization` (signature) and \
                `X-Sdk-Date` (time of sending) headers. AK/SK signing is limited to bodies \
                under 12 MB. OpenAPI has no scheme for this signature; see Huawei Cloud's \
                API signing guide.",
            kind: SecuritySchemeKind::ApiKey {
                location: ApiKeyLocation::Header,
                name: "X-Auth-Token",
            },
        }],
        default_security: vec![AUTH_TOKEN],
        tags: SECTIONS.iter().map(|s| s.tag()).collect(),
        operations: SECTIONS.iter().flat_map(|s| s.operations()).collect(),
        // E9: the IAM examples of chapter 3 and 6.3 belong to IAM's API, not this one.
        example_types: vec![
            body::<common::GatewayError>(),
            body::<common::ServiceError>(),
        ],
    }
}
