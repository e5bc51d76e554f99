//! Typed models and operations of PingCode's Open API, "DevOps 数据集成" (DevOps data
//! integration): the code-hosting, build and release data an enterprise pushes into
//! PingCode.
//!
//! Every resource, request and response of the reference is a serde + schemars type;
//! [`api`] lists every operation in the document's order. Defects of the document and
//! how they are decided are in `ERRATA.md` (cited in the code as `E<n>`).
//!
//! # From an operationId to its types
//!
//! Every operation is a type named after its operationId (`getScmUser` is
//! [`scm::users::GetScmUser`]); [`Endpoint`] names its method, path and types.
//!
//! ```
//! use forgespec_pingcode::scm::users::GetScmUser;
//! use forgespec_pingcode::{Endpoint, Method};
//!
//! assert_eq!(GetScmUser::METADATA.operation_id, "getScmUser");
//! assert_eq!(GetScmUser::METADATA.method, Method::Get);
//! // The document's example reply, read as the operation's response type.
//! let user: <GetScmUser as Endpoint>::Response = serde_json::from_str(include_str!(
//!     "../fixtures/scm/users/getScmUser.response.json"
//! ))?;
//! assert_eq!(user.name, "terry");
//! # Ok::<(), serde_json::Error>(())
//! ```

pub mod build;
pub mod common;
pub mod release;
pub mod scm;

// What a user of this crate needs from forgespec-core (the operation trait, its
// metadata, the body and parameter markers, `Nullable`, the wire helpers), so that
// this crate alone is enough to name and use an operation's types.
pub use forgespec_core::{
    Action, ActionOnly, Endpoint, EndpointRef, Metadata, Method, NoBody, NoParams, Nullable,
    RawBody, ResponseMetadata, RpcEndpoint, Section, Security, wire,
};
use forgespec_core::{Api, SecurityScheme, SecuritySchemeKind, Server, ServerVariable, body};

/// The name of the enterprise-token security scheme.
pub const ENTERPRISE_TOKEN: &str = "enterpriseToken";

/// The document's sections, in its order; [`api`] is built from them.
pub static SECTIONS: &[&Section] = &[
    &scm::products::SECTION,
    &scm::users::SECTION,
    &scm::repositories::SECTION,
    &scm::branches::SECTION,
    &scm::commits::SECTION,
    &scm::refs::SECTION,
    &scm::pull_requests::SECTION,
    &scm::reviews::SECTION,
    &build::builds::SECTION,
    &release::environments::SECTION,
    &release::deploys::SECTION,
];

/// PingCode's DevOps data-integration API.
pub fn api() -> Api {
    Api {
        id: "pingcode",
        title: "PingCode Open API: DevOps 数据集成",
        version: "v1",
        description: "PingCode's Open API for DevOps data integration: code-hosting products, \
            their users, repositories, branches, commits, refs, pull requests and reviews; \
            builds; release environments and deploys. Every operation needs an enterprise token.",
        source_document: "PingCode Open API reference, section DevOps 数据集成",
        servers: vec![
            Server::new("https://{rest_api_root}/v1", "PingCode REST API root of the enterprise.")
                .variable(ServerVariable {
                    name: "rest_api_root",
                    // E2: the document writes the host as a placeholder and never gives
                    // its value; the public cloud's is the default.
                    default: "open.pingcode.com",
                    allowed: Vec::new(),
                    description: "REST API 根地址 (`rest_api_root`)：公有云为 `open.pingcode.com`，私有部署为企业自己的地址。",
                }),
        ],
        // E3: how the token travels is decided, not documented.
        security_schemes: vec![SecurityScheme {
            name: ENTERPRISE_TOKEN,
            description: "企业令牌: an enterprise-level access token. \
                The document names the token but not how it travels; PingCode's Open API \
                takes it as a bearer token in the `Authorization` header (see ERRATA E3).",
            kind: SecuritySchemeKind::Http { scheme: "bearer", bearer_format: None },
        }],
        default_security: vec![ENTERPRISE_TOKEN],
        tags: SECTIONS.iter().map(|s| s.tag()).collect(),
        operations: SECTIONS.iter().flat_map(|s| s.operations()).collect(),
        example_types: vec![
            body::<scm::products::ScmProductRef>(),
            body::<scm::users::ScmUserRef>(),
            body::<scm::repositories::ScmRepositoryRef>(),
            body::<scm::branches::ScmBranchRef>(),
            body::<scm::commits::ScmCommitRef>(),
            body::<scm::refs::ScmRefRef>(),
            body::<scm::pull_requests::ScmPullRequestRef>(),
            body::<scm::reviews::ScmReviewRef>(),
            body::<build::builds::BuildRef>(),
            body::<release::environments::ReleaseEnvironmentRef>(),
            body::<release::deploys::DeployRef>()],
    }
}
