//! The vocabulary every forgespec platform crate uses to declare an API.
//!
//! A platform crate describes its document with plain Rust data: serde + schemars
//! types for every payload, an [`Operation`] per documented endpoint declared next to
//! its request type, and one [`Api`] that lists them. `forgespec-openapi` turns an
//! [`Api`] into OpenAPI documents; nothing here does any IO.
//!
//! [`wire`] holds the helpers for values a vendor documents inconsistently (an
//! integer sent as a string, one object in place of a list, …) and [`int_enum!`] the
//! declaration of integer-valued enums, shared by every platform crate.

mod api;
mod body;
mod endpoint;
mod macros;
mod nullable;
mod operation;
pub mod wire;

pub use api::{
    Api, ApiKeyLocation, OAuth2Flow, SecurityScheme, SecuritySchemeKind, Server, ServerVariable,
    Tag,
};
pub use body::{Body, SchemaFn, body, params};
#[cfg(feature = "check")]
pub use body::{CheckError, Checked};
pub use endpoint::{
    Action, ActionOnly, Endpoint, EndpointRef, EndpointTypes, Metadata, NoBody, NoParams,
    Parameters, Payload, RawBody, ResponseMetadata, RpcEndpoint, Section,
};
pub use forgespec_derive::New;
pub use nullable::{NULLABLE_MARKER, Nullable};
pub use operation::{
    Method, Operation, Params, Response, ResponseBody, RustTypes, Security, public_type_name,
};
