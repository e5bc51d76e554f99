//! Typed models and operations of Alibaba Cloud Yunxiao (云效) Codeup's OpenAPI:
//! creating a change request (合并请求, a merge request), in the 中心版 (central)
//! and Region版 (regional) editions.
//!
//! Every resource, request and response of the reference is a serde + schemars type;
//! [`api`] lists every operation in the document's order. Defects of the document and
//! how they are decided are in `ERRATA.md` (cited in the code as `E<n>`).
//!
//! # From an operationId to its types
//!
//! Every operation is a type named after its operationId (`createChangeRequest` is
//! [`change_requests::CreateChangeRequest`]); [`Endpoint`] names its method, path
//! and types.
//!
//! ```
//! use forgespec_codeup::change_requests::CreateChangeRequest;
//! use forgespec_codeup::{Endpoint, Method};
//!
//! assert_eq!(CreateChangeRequest::METADATA.operation_id, "createChangeRequest");
//! assert_eq!(CreateChangeRequest::METADATA.method, Method::Post);
//! // The document's example reply, read as the operation's response type.
//! let change: <CreateChangeRequest as Endpoint>::Response = serde_json::from_str(
//!     include_str!("../fixtures/change_requests/createChangeRequest.response.json"),
//! )?;
//! assert_eq!(change.ahead, 1);
//! # Ok::<(), serde_json::Error>(())
//! ```

pub mod change_requests;
pub mod common;

// What a user of this crate needs from forgespec-core (the operation trait, its
// metadata, the body and parameter markers, `Nullable`, the wire helpers), so that
// this crate alone is enough to name and use an operation's types.
pub use forgespec_core::{
    Action, ActionOnly, Endpoint, EndpointRef, Metadata, Method, NoBody, NoParams, Nullable,
    RawBody, ResponseMetadata, RpcEndpoint, Section, Security, wire,
};
use forgespec_core::{
    Api, ApiKeyLocation, SecurityScheme, SecuritySchemeKind, Server, ServerVariable,
};

/// The name of the personal-access-token security scheme.
pub const YUNXIAO_TOKEN: &str = "yunxiaoToken";

/// The document's sections, in its order; [`api`] is built from them.
pub static SECTIONS: &[&Section] = &[&change_requests::SECTION];

/// Codeup's change-request API.
pub fn api() -> Api {
    Api {
        id: "codeup",
        title: "云效 Codeup OpenAPI: 合并请求",
        version: "v1",
        description: "Alibaba Cloud Yunxiao (云效) Codeup's OpenAPI for change requests \
            (合并请求, merge requests): create one in a repository. The 中心版 (central \
            edition) addresses a repository inside an organization; the Region版 (regional \
            edition) addresses it directly. Every operation needs a personal access token \
            in the `x-yunxiao-token` header.",
        source_document: "Alibaba Cloud Yunxiao Codeup OpenAPI reference, 创建合并请求 (CreateChangeRequest)",
        servers: vec![
            Server::new("https://{domain}", "云效 OpenAPI 服务接入点。").variable(ServerVariable {
                name: "domain",
                // E3: the document writes the host as `{domain}` and never gives its
                // value; the central edition's endpoint is the default.
                default: "openapi-rdc.aliyuncs.com",
                allowed: Vec::new(),
                description: "服务接入点 (`domain`)：中心版为 `openapi-rdc.aliyuncs.com`；Region版为所在 Region 的服务接入点。",
            }),
        ],
        security_schemes: vec![SecurityScheme {
            name: YUNXIAO_TOKEN,
            // E5: the document lists the token as a required request header; it is a
            // credential, so it is a security scheme rather than a parameter.
            description: "个人访问令牌。\n\n\
                Sent in the `x-yunxiao-token` request header; the document's example value \
                is `pt-0fh3****0fbG_35af****0484`.",
            kind: SecuritySchemeKind::ApiKey {
                location: ApiKeyLocation::Header,
                name: "x-yunxiao-token",
            },
        }],
        default_security: vec![YUNXIAO_TOKEN],
        tags: SECTIONS.iter().map(|s| s.tag()).collect(),
        operations: SECTIONS.iter().flat_map(|s| s.operations()).collect(),
        example_types: Vec::new(),
    }
}
