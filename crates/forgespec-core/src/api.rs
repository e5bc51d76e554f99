//! The registry of one platform's API: metadata, servers, security, tags, operations.

use crate::body::Body;
use crate::operation::Operation;

/// One platform's API, as a platform crate's `api()` returns it.
#[derive(Debug, Clone)]
pub struct Api {
    /// The platform id (`pingcode`, `coding`, …): directory names under `specs/`,
    /// `snapshots/` and `docs/`.
    pub id: &'static str,
    /// The API's title.
    pub title: &'static str,
    /// The version of the API description (the vendor's version where it states one).
    pub version: &'static str,
    /// What the API is, in our own words (Markdown).
    pub description: &'static str,
    /// Where the vendor publishes the reference this crate encodes.
    pub source_document: &'static str,
    /// Servers, in the document's order.
    pub servers: Vec<Server>,
    /// Security schemes, in the document's order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Names of the schemes any of which an operation with [`crate::Security::Required`] accepts.
    pub default_security: Vec<&'static str>,
    /// Tags (document sections), in the document's order.
    pub tags: Vec<Tag>,
    /// Operations, in the document's order.
    pub operations: Vec<Operation>,
    /// Types that carry documented examples of their own (not as an operation's
    /// request or response), such as PingCode's "引用数据" (reference) forms.
    pub example_types: Vec<Body>,
}

/// A document section, used as an OpenAPI tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The section's name as the document writes it.
    pub name: &'static str,
    /// What the section covers, from the document.
    pub description: &'static str,
}

/// A server URL, possibly templated.
#[derive(Debug, Clone)]
pub struct Server {
    /// The URL, with `{name}` variables.
    pub url: &'static str,
    /// What the server is.
    pub description: &'static str,
    /// The URL's variables.
    pub variables: Vec<ServerVariable>,
}

impl Server {
    /// A server with no variables.
    pub fn new(url: &'static str, description: &'static str) -> Server {
        Server {
            url,
            description,
            variables: Vec::new(),
        }
    }

    /// Adds a variable.
    pub fn variable(mut self, variable: ServerVariable) -> Server {
        self.variables.push(variable);
        self
    }
}

/// A variable of a server URL.
#[derive(Debug, Clone)]
pub struct ServerVariable {
    /// The variable's name, as it appears in `{…}`.
    pub name: &'static str,
    /// The default value.
    pub default: &'static str,
    /// The allowed values, if closed.
    pub allowed: Vec<&'static str>,
    /// What the variable means.
    pub description: &'static str,
}

/// A security scheme.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// The name operations refer to it by.
    pub name: &'static str,
    /// What it is and how to obtain the credential (Markdown).
    pub description: &'static str,
    /// How the credential is sent.
    pub kind: SecuritySchemeKind,
}

/// How a credential is sent.
#[derive(Debug, Clone)]
pub enum SecuritySchemeKind {
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, parameter or cookie name.
        name: &'static str,
    },
    /// An `Authorization` header with an HTTP scheme (`bearer`, `basic`, …).
    Http {
        /// The scheme name.
        scheme: &'static str,
        /// A hint about the token format.
        bearer_format: Option<&'static str>,
    },
    /// OAuth 2.0.
    OAuth2 {
        /// The supported flows.
        flows: Vec<OAuth2Flow>,
    },
}

/// Where an API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// An OAuth 2.0 flow.
#[derive(Debug, Clone)]
pub enum OAuth2Flow {
    /// The authorization-code flow.
    AuthorizationCode {
        /// The authorization URL.
        authorization_url: &'static str,
        /// The token URL.
        token_url: &'static str,
        /// The refresh URL, if separate.
        refresh_url: Option<&'static str>,
        /// Scope names and what they grant.
        scopes: Vec<(&'static str, &'static str)>,
    },
}
