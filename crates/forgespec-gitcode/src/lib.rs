//! Typed models and operations of GitCode's API v5, "Pull Requests" (PR接口文档): a
//! repository's pull requests, their comments, files, commits, labels, linked issues,
//! tests, reviews and operation logs; the raw-file URL; and an enterprise's pull
//! requests.
//!
//! The document has no field tables, so every response type is derived from its JSON
//! examples (one shared type per shape). Every resource, request and response is a
//! serde + schemars type; [`api`] lists every operation in the document's order.
//! Defects of the document and how they are decided are in `ERRATA.md` (cited in the
//! code as `E<n>`).
//!
//! # From an operationId to its types
//!
//! Every operation is a type named after its operationId (`listPullRequestLabels`
//! is [`pulls::labels::ListPullRequestLabels`]); [`Endpoint`] names its method, path
//! and types.
//!
//! ```
//! use forgespec_gitcode::pulls::labels::ListPullRequestLabels;
//! use forgespec_gitcode::{Endpoint, Method};
//!
//! assert_eq!(ListPullRequestLabels::METADATA.operation_id, "listPullRequestLabels");
//! assert_eq!(ListPullRequestLabels::METADATA.method, Method::Get);
//! // The document's example reply, read as the operation's response type.
//! let labels: <ListPullRequestLabels as Endpoint>::Response = serde_json::from_str(
//!     include_str!("../fixtures/pulls/listPullRequestLabels.response.json"),
//! )?;
//! assert_eq!(labels[0].name, "bug");
//! # Ok::<(), serde_json::Error>(())
//! ```

pub mod common;
pub mod pulls;

// What a user of this crate needs from forgespec-core (the operation trait, its
// metadata, the body and parameter markers, `Nullable`, the wire helpers), so that
// this crate alone is enough to name and use an operation's types.
pub use forgespec_core::{
    Action, ActionOnly, Endpoint, EndpointRef, Metadata, Method, NoBody, NoParams, Nullable,
    RawBody, ResponseMetadata, RpcEndpoint, Section, Security, wire,
};
use forgespec_core::{Api, ApiKeyLocation, SecurityScheme, SecuritySchemeKind, Server};

/// The name of the `access_token` security scheme.
pub const ACCESS_TOKEN: &str = "access_token";

/// The document's sections, in its order; [`api`] is built from them.
pub static SECTIONS: &[&Section] = &[&pulls::SECTION];

/// GitCode's Pull Requests API.
pub fn api() -> Api {
    Api {
        id: "gitcode",
        title: "GitCode API v5: Pull Requests",
        version: "v5",
        description: "GitCode's REST API v5 for pull requests: list, create, update, merge and \
            read pull requests of a repository; their linked issues, comments, changed files, \
            commits, labels and operation logs; handle and reset their tests and reviews; \
            fetch a changed file's raw contents; and list an enterprise's pull requests. \
            Every operation takes the user's access token in the `access_token` query parameter.",
        source_document: "GitCode API v5 reference, Pull Requests (PR接口文档)",
        servers: vec![Server::new(
            "https://api.gitcode.com/api/v5",
            "GitCode API v5。",
        )],
        security_schemes: vec![SecurityScheme {
            name: ACCESS_TOKEN,
            // E1: documented as a required query parameter of every operation.
            description: "用户授权码: the user's access token, sent as the `access_token` query \
                parameter of every request (see ERRATA E1).",
            kind: SecuritySchemeKind::ApiKey {
                location: ApiKeyLocation::Query,
                name: "access_token",
            },
        }],
        default_security: vec![ACCESS_TOKEN],
        tags: SECTIONS.iter().map(|s| s.tag()).collect(),
        operations: SECTIONS.iter().flat_map(|s| s.operations()).collect(),
        example_types: Vec::new(),
    }
}
