//! The runtime description of one documented endpoint, derived from its endpoint type.

use std::fmt::Debug;

use schemars::JsonSchema;
use serde::{Serialize, de::DeserializeOwned};

use crate::api::Server;
use crate::body::{Body, SchemaFn, body, params};

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The lower-case name OpenAPI uses as the path item key.
    pub fn as_openapi(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Patch => "patch",
            Method::Delete => "delete",
        }
    }

    /// The method as HTTP writes it (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an operation needs the API's default credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// One of the API's default security schemes is required.
    Required,
    /// Credentials may be sent but are not needed.
    Optional,
    /// The operation takes no credentials (for example, an OAuth token endpoint).
    None,
}

/// The set of parameters in one location, described by a Rust struct whose fields
/// are the parameters (name, type, required, description).
#[derive(Clone, Copy)]
pub struct Params {
    /// The Rust type's name, for messages.
    pub type_name: &'static str,
    /// The struct's own object schema.
    pub schema: SchemaFn,
}

impl Debug for Params {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Params").field(&self.type_name).finish()
    }
}

impl Params {
    /// The parameters described by the fields of `T`.
    pub fn of<T: JsonSchema>() -> Params {
        Params {
            type_name: std::any::type_name::<T>(),
            schema: params::<T>(),
        }
    }
}

/// What a response carries.
#[derive(Debug, Clone, Copy)]
pub enum ResponseBody {
    /// No body.
    Empty,
    /// A JSON body of a modelled type.
    Json(Body),
    /// A non-JSON body (raw file contents, plain text), as a string of bytes.
    Raw {
        /// Its media type.
        content_type: &'static str,
    },
}

/// One documented response of an operation.
#[derive(Debug, Clone, Copy)]
pub struct Response {
    /// The HTTP status code.
    pub status: u16,
    /// What the response means.
    pub description: &'static str,
    /// What it carries.
    pub body: ResponseBody,
}

impl Response {
    /// A JSON response of type `T`.
    pub fn json<T>(status: u16, description: &'static str) -> Response
    where
        T: JsonSchema + Serialize + DeserializeOwned + Debug,
    {
        Response {
            status,
            description,
            body: ResponseBody::Json(body::<T>()),
        }
    }
}

/// One documented endpoint, as the OpenAPI assembly reads it.
///
/// Platform crates do not build these: each is derived from an endpoint type
/// ([`Endpoint::operation`](crate::Endpoint::operation)). The few setters here are
/// what the endpoint declarations need (`with_response`, `server`) and what tests use
/// to build deliberately inconsistent operations.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The operationId: a public contract, renamed only deliberately.
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the server URL, with `{name}` placeholders.
    pub path: &'static str,
    /// The document section the operation belongs to (an OpenAPI tag).
    pub tag: &'static str,
    /// The document's title for the operation.
    pub summary: &'static str,
    /// The document's description of the operation, if it gives one.
    pub description: Option<&'static str>,
    /// Where the operation is documented: the section path in the source document.
    pub source: String,
    /// Whether the document marks the operation as deprecated or historical.
    pub deprecated: bool,
    /// Whether credentials are needed.
    pub security: Security,
    /// Path parameters.
    pub path_params: Option<Params>,
    /// Query parameters.
    pub query: Option<Params>,
    /// Header parameters (besides credentials).
    pub headers: Option<Params>,
    /// The JSON request body.
    pub request: Option<Body>,
    /// Whether the request body may be omitted.
    pub request_optional: bool,
    /// The documented responses, success first.
    pub responses: Vec<Response>,
    /// Servers that replace the API's servers for this operation.
    pub servers: Vec<Server>,
    /// For RPC-style APIs (CODING): the action name the single endpoint dispatches on.
    pub rpc_action: Option<&'static str>,
    /// The Rust types behind the operation, when it was derived from an
    /// [`Endpoint`](crate::Endpoint) type.
    pub rust: Option<RustTypes>,
}

/// The Rust names of an operation's types, for references and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RustTypes {
    /// The endpoint type (`forgespec_coding::project::CreateCodingProject`).
    pub endpoint: &'static str,
    /// Its request body type, if it has one.
    pub request: Option<&'static str>,
    /// Its primary response's body type, if it has a JSON one.
    pub response: Option<&'static str>,
}

impl Operation {
    /// A new operation with the given id, method and path; everything else empty.
    pub fn new(id: &'static str, method: Method, path: &'static str) -> Operation {
        Operation {
            id,
            method,
            path,
            tag: "",
            summary: "",
            description: None,
            source: String::new(),
            deprecated: false,
            security: Security::Required,
            path_params: None,
            query: None,
            headers: None,
            request: None,
            request_optional: false,
            responses: Vec::new(),
            servers: Vec::new(),
            rpc_action: None,
            rust: None,
        }
    }

    /// `GET path`
    pub fn get(id: &'static str, path: &'static str) -> Operation {
        Operation::new(id, Method::Get, path)
    }

    /// `POST path`
    pub fn post(id: &'static str, path: &'static str) -> Operation {
        Operation::new(id, Method::Post, path)
    }

    /// Sets the tag (document section).
    pub fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }

    /// Sets the path parameters from the fields of `T`.
    pub fn path_params<T: JsonSchema>(mut self) -> Self {
        self.path_params = Some(Params::of::<T>());
        self
    }

    /// Sets the JSON request body to `T` (required).
    pub fn request<T>(mut self) -> Self
    where
        T: JsonSchema + Serialize + DeserializeOwned + Debug,
    {
        self.request = Some(body::<T>());
        self
    }

    /// Adds a JSON response of type `T`.
    pub fn response<T>(mut self, status: u16, description: &'static str) -> Self
    where
        T: JsonSchema + Serialize + DeserializeOwned + Debug,
    {
        self.responses
            .push(Response::json::<T>(status, description));
        self
    }

    /// Adds a response of any kind.
    pub fn with_response(mut self, response: Response) -> Self {
        self.responses.push(response);
        self
    }

    /// Adds a server that replaces the API's servers for this operation.
    pub fn server(mut self, server: Server) -> Self {
        self.servers.push(server);
        self
    }

    /// Marks the operation as one action of an RPC-style endpoint.
    pub fn rpc_action(mut self, action: &'static str) -> Self {
        self.rpc_action = Some(action);
        self
    }

    /// The primary success response: the first 2xx one.
    pub fn success(&self) -> Option<&Response> {
        self.responses
            .iter()
            .find(|r| (200..300).contains(&r.status))
    }
}

/// The path a user writes for a type that `std::any::type_name` names by its defining
/// crate: a platform crate split into one crate per document section
/// (`forgespec_coding_git`) re-exports each as a module of the platform crate
/// (`forgespec_coding::git`), so `forgespec_coding_git::commit::X` is written
/// `forgespec_coding::git::commit::X`. Generic arguments are rewritten too.
pub fn public_type_name(type_name: &str) -> String {
    const PLATFORMS: [&str; 5] = ["pingcode", "coding", "gitcode", "codearts", "codeup"];
    let mut out = String::with_capacity(type_name.len());
    let mut rest = type_name;
    while let Some(at) = rest.find("forgespec_") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let crate_name = from
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or(from);
        let after_prefix = &crate_name["forgespec_".len()..];
        match PLATFORMS
            .iter()
            .find_map(|p| Some((p, after_prefix.strip_prefix(p)?.strip_prefix('_')?)))
        {
            Some((platform, section)) if !section.is_empty() => {
                out.push_str("forgespec_");
                out.push_str(platform);
                out.push_str("::");
                out.push_str(section);
            }
            _ => out.push_str(crate_name),
        }
        rest = &from[crate_name.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod public_type_name_tests {
    use super::public_type_name;

    #[test]
    fn section_crates_are_written_as_modules_of_their_platform_crate() {
        assert_eq!(
            public_type_name("forgespec_coding_git::commit::GetCommit"),
            "forgespec_coding::git::commit::GetCommit"
        );
        assert_eq!(
            public_type_name(
                "forgespec_coding_common::Envelope<forgespec_coding_merge_request::list::X>"
            ),
            "forgespec_coding::common::Envelope<forgespec_coding::merge_request::list::X>"
        );
    }

    #[test]
    fn other_names_are_unchanged() {
        for name in [
            "forgespec_pingcode::work_item::WorkItem",
            "forgespec_core::wire::AnyValue",
            "alloc::vec::Vec<forgespec_gitcode::pulls::Pull>",
        ] {
            assert_eq!(public_type_name(name), name);
        }
    }
}
