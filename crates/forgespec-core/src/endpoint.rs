//! Operations as types: every documented operation is a Rust type implementing
//! [`Endpoint`], which names its operationId, method, path or RPC Action, security,
//! and its parameter, request and response types.
//!
//! As in ruma (the Matrix SDK), the type is the declaration: the runtime
//! [`Operation`] that the OpenAPI assembly reads is derived from it
//! ([`Endpoint::operation`]), and a client or a validator takes the types from it.
//! Declare one with [`endpoint!`](crate::endpoint!); list it in its document
//! section's [`Section`].

use std::fmt::Debug;
use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::{Serialize, de::DeserializeOwned};

use crate::api::Tag;
use crate::body::{Body, body};
use crate::operation::{Method, Operation, Params, Response, ResponseBody, RustTypes, Security};

/// The facts of an operation that are not types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metadata {
    /// The operationId: a public contract, renamed only deliberately.
    pub operation_id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the server URL, with `{name}` placeholders.
    pub path: &'static str,
    /// For RPC-style APIs (CODING): the Action the single endpoint dispatches on.
    pub rpc_action: Option<&'static str>,
    /// Whether credentials are needed.
    pub security: Security,
    /// The document's title for the operation.
    pub summary: &'static str,
    /// The document's description of the operation, if it gives one.
    pub description: Option<&'static str>,
    /// Where in its section the document describes the operation, when that is
    /// narrower than the section itself (joined to the section's source with ` › `).
    pub source: Option<&'static str>,
    /// Whether the document marks the operation as deprecated or historical.
    pub deprecated: bool,
    /// Whether the request body may be omitted.
    pub request_optional: bool,
    /// The primary (first documented success) response.
    pub response: ResponseMetadata,
}

/// The status and meaning of an operation's primary response; its type is
/// [`Endpoint::Response`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseMetadata {
    /// The HTTP status code.
    pub status: u16,
    /// What the response means.
    pub description: &'static str,
    /// The media type of a non-JSON ([`RawBody`]) response.
    pub raw_content_type: Option<&'static str>,
}

/// One documented operation, as a type.
///
/// Implemented by [`endpoint!`](crate::endpoint!); the associated types are what
/// travels on the wire ([`NoParams`] and [`NoBody`] where the operation has none).
pub trait Endpoint: 'static {
    /// Everything about the operation that is not a type.
    const METADATA: Metadata;
    /// The path parameters (one field per `{placeholder}`).
    type Path: Parameters;
    /// The query parameters.
    type Query: Parameters;
    /// The header parameters, besides credentials.
    type Headers: Parameters;
    /// The JSON request body.
    type Request: Payload;
    /// The body of the primary success response.
    type Response: Payload;

    /// Adds what the metadata does not hold: further documented responses (errors,
    /// a second success status) and servers of the operation's own.
    fn complete(operation: Operation) -> Operation {
        operation
    }

    /// The runtime description the OpenAPI assembly reads, derived from the type.
    /// Its tag and source are the section's ([`Section::operation`]).
    fn operation() -> Operation {
        let m = Self::METADATA;
        let mut op = Operation::new(m.operation_id, m.method, m.path);
        op.summary = m.summary;
        op.description = m.description;
        op.deprecated = m.deprecated;
        op.security = m.security;
        op.rpc_action = m.rpc_action;
        op.path_params = Self::Path::params();
        op.query = Self::Query::params();
        op.headers = Self::Headers::params();
        op.request = Self::Request::body();
        op.request_optional = m.request_optional;
        let response = Self::Response::response_body(m.response.raw_content_type);
        op.responses.push(Response {
            status: m.response.status,
            description: m.response.description,
            body: response,
        });
        op.rust = Some(RustTypes {
            endpoint: std::any::type_name::<Self>(),
            request: op.request.map(|body| body.type_name),
            response: match response {
                ResponseBody::Json(body) => Some(body.type_name),
                ResponseBody::Empty | ResponseBody::Raw { .. } => None,
            },
        });
        Self::complete(op)
    }
}

/// An RPC operation (CODING): `POST /open-api?Action=<ACTION>` with the Action
/// pinned in the body as [`Action<Self>`].
pub trait RpcEndpoint: Endpoint {
    /// The Action name.
    const ACTION: &'static str;
}

/// A set of parameters in one location: a struct whose fields are the parameters
/// (doc comment = description, `Option` = optional), or [`NoParams`].
pub trait Parameters {
    /// The parameters' description, or `None` for [`NoParams`].
    fn params() -> Option<Params>;

    /// The values to send, by wire name, as JSON (an absent optional parameter is
    /// left out), for a client to write into the path, query or headers.
    fn to_values(&self) -> Result<Vec<(String, serde_json::Value)>, serde_json::Error>;
}

impl<T> Parameters for T
where
    T: JsonSchema + Serialize + DeserializeOwned,
{
    fn params() -> Option<Params> {
        Some(Params::of::<T>())
    }

    fn to_values(&self) -> Result<Vec<(String, serde_json::Value)>, serde_json::Error> {
        match serde_json::to_value(self)? {
            serde_json::Value::Object(map) => {
                Ok(map.into_iter().filter(|(_, v)| !v.is_null()).collect())
            }
            serde_json::Value::Null => Ok(Vec::new()),
            other => Err(serde::ser::Error::custom(format!(
                "parameters serialize as an object of named values, not {other}"
            ))),
        }
    }
}

/// What a body carries: a JSON type, [`NoBody`] or [`RawBody`].
pub trait Payload: Sized {
    /// The JSON body, or `None` where there is none.
    fn body() -> Option<Body>;
    /// The body as a response (`raw_content_type` is the media type of a raw one).
    fn response_body(raw_content_type: Option<&'static str>) -> ResponseBody;

    /// The bytes to send, or `None` for no body.
    fn to_bytes(&self) -> Result<Option<Vec<u8>>, serde_json::Error>;

    /// Reads a received body.
    fn from_bytes(bytes: &[u8]) -> Result<Self, serde_json::Error>;
}

impl<T> Payload for T
where
    T: JsonSchema + Serialize + DeserializeOwned + Debug,
{
    fn body() -> Option<Body> {
        Some(body::<T>())
    }

    fn response_body(_: Option<&'static str>) -> ResponseBody {
        ResponseBody::Json(body::<T>())
    }

    fn to_bytes(&self) -> Result<Option<Vec<u8>>, serde_json::Error> {
        serde_json::to_vec(self).map(Some)
    }

    fn from_bytes(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice(bytes)
    }
}

/// The operation has no parameters in this location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NoParams;

impl Parameters for NoParams {
    fn params() -> Option<Params> {
        None
    }

    fn to_values(&self) -> Result<Vec<(String, serde_json::Value)>, serde_json::Error> {
        Ok(Vec::new())
    }
}

/// The operation has no body here (a bodiless request, a `204` reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NoBody;

impl Payload for NoBody {
    fn body() -> Option<Body> {
        None
    }

    fn response_body(_: Option<&'static str>) -> ResponseBody {
        ResponseBody::Empty
    }

    fn to_bytes(&self) -> Result<Option<Vec<u8>>, serde_json::Error> {
        Ok(None)
    }

    /// A reply documented without a body: whatever arrives is not read.
    fn from_bytes(_: &[u8]) -> Result<Self, serde_json::Error> {
        Ok(NoBody)
    }
}

/// A body that is not JSON (file contents, an image, an HTML page): its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct RawBody(pub Vec<u8>);

impl Payload for RawBody {
    fn body() -> Option<Body> {
        None
    }

    fn response_body(raw_content_type: Option<&'static str>) -> ResponseBody {
        ResponseBody::Raw {
            content_type: raw_content_type.unwrap_or("application/octet-stream"),
        }
    }

    fn to_bytes(&self) -> Result<Option<Vec<u8>>, serde_json::Error> {
        Ok(Some(self.0.clone()))
    }

    fn from_bytes(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        Ok(RawBody(bytes.to_vec()))
    }
}

/// An endpoint type, erased so a section can list it.
#[derive(Clone, Copy)]
pub struct EndpointRef {
    /// The operation's metadata.
    pub metadata: fn() -> Metadata,
    /// [`Endpoint::operation`] of the type.
    pub operation: fn() -> Operation,
    /// What the associated types are, read from the types themselves.
    pub types: fn() -> EndpointTypes,
    /// `std::any::type_name` of the endpoint type.
    pub type_name: fn() -> &'static str,
}

/// The wire parts an endpoint's associated types describe, for checks that compare
/// a document with the types.
#[derive(Debug, Clone, Copy)]
pub struct EndpointTypes {
    /// [`Endpoint::Path`].
    pub path: Option<Params>,
    /// [`Endpoint::Query`].
    pub query: Option<Params>,
    /// [`Endpoint::Headers`].
    pub headers: Option<Params>,
    /// [`Endpoint::Request`].
    pub request: Option<Body>,
    /// [`Endpoint::Response`], as the primary response's body.
    pub response: ResponseBody,
}

impl EndpointRef {
    /// The handle on `E`.
    pub const fn of<E: Endpoint>() -> EndpointRef {
        EndpointRef {
            metadata: metadata::<E>,
            operation: E::operation,
            types: types::<E>,
            type_name: std::any::type_name::<E>,
        }
    }
}

fn types<E: Endpoint>() -> EndpointTypes {
    EndpointTypes {
        path: E::Path::params(),
        query: E::Query::params(),
        headers: E::Headers::params(),
        request: E::Request::body(),
        response: E::Response::response_body(E::METADATA.response.raw_content_type),
    }
}

impl Debug for EndpointRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("EndpointRef")
            .field(&(self.type_name)())
            .finish()
    }
}

fn metadata<E: Endpoint>() -> Metadata {
    E::METADATA
}

/// One section of a source document: one OpenAPI tag, the place in the document,
/// and the operations it describes, in the document's order.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// The tag (the section's title in the document).
    pub tag: &'static str,
    /// What the section is about.
    pub description: &'static str,
    /// Where the section is in the document (`Chapter › Section`).
    pub source: &'static str,
    /// The section's operations, in the document's order (a section split into
    /// subsection modules lists theirs here too).
    pub endpoints: &'static [EndpointRef],
}

impl Section {
    /// The section's tag.
    pub fn tag(&self) -> Tag {
        Tag {
            name: self.tag,
            description: self.description,
        }
    }

    /// The runtime description of one endpoint, with this section's tag and source.
    pub fn operation(&self, endpoint: &EndpointRef) -> Operation {
        let mut op = (endpoint.operation)();
        op.tag = self.tag;
        op.source = match (endpoint.metadata)().source {
            Some(detail) if !self.source.is_empty() => format!("{} › {detail}", self.source),
            Some(detail) => detail.to_string(),
            None => self.source.to_string(),
        };
        op
    }

    /// The runtime descriptions of every operation of the section.
    pub fn operations(&self) -> impl Iterator<Item = Operation> + '_ {
        self.endpoints.iter().map(|e| self.operation(e))
    }
}

/// The pinned `Action` of an RPC request body: its only value is `E::ACTION`, so a
/// request built in Rust always carries its own Action, and its schema is the
/// constant (as the spec pins it).
pub struct Action<E>(PhantomData<fn() -> E>);

impl<E: RpcEndpoint> Action<E> {
    /// The Action name.
    pub const NAME: &'static str = E::ACTION;

    /// The Action (its only value).
    pub const fn new() -> Self {
        Action(PhantomData)
    }

    /// The Action name.
    pub fn name(&self) -> &'static str {
        E::ACTION
    }
}

impl<E: RpcEndpoint> Default for Action<E> {
    fn default() -> Self {
        Action::new()
    }
}

impl<E> Clone for Action<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Action<E> {}

impl<E> PartialEq for Action<E> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<E> Eq for Action<E> {}

impl<E> std::hash::Hash for Action<E> {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl<E: RpcEndpoint> Debug for Action<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", E::ACTION)
    }
}

impl<E: RpcEndpoint> Serialize for Action<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(E::ACTION)
    }
}

impl<'de, E: RpcEndpoint> serde::Deserialize<'de> for Action<E> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<E>(PhantomData<fn() -> E>);
        impl<E: RpcEndpoint> serde::de::Visitor<'_> for Visitor<E> {
            type Value = Action<E>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "the Action `{}`", E::ACTION)
            }
            fn visit_str<Er: serde::de::Error>(self, v: &str) -> Result<Action<E>, Er> {
                if v == E::ACTION {
                    Ok(Action::new())
                } else {
                    Err(Er::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_str(Visitor(PhantomData))
    }
}

impl<E: RpcEndpoint> JsonSchema for Action<E> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Action_{}", E::ACTION).into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // The description is the document's wording for the parameter; a doc comment
        // on the field replaces it in place, keeping the keys' order.
        schemars::json_schema!({
            "type": "string",
            "description": format!("公共参数,本接口取值:{}", E::ACTION),
            "const": E::ACTION,
            "default": E::ACTION,
        })
    }
}

/// The request body of an Action whose document lists no input parameter besides
/// `Action`: an object holding only the pinned Action.
// Every endpoint type derives the standard traits (`endpoint!`), so the derives'
// `E: …` bounds always hold.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(bound = "E: RpcEndpoint")]
pub struct ActionOnly<E> {
    /// 公共参数: the Action.
    #[serde(rename = "Action")]
    pub action: Action<E>,
}

impl<E: RpcEndpoint> ActionOnly<E> {
    /// The body (its only value).
    pub const fn new() -> Self {
        ActionOnly {
            action: Action::new(),
        }
    }
}

impl<E: RpcEndpoint> Debug for ActionOnly<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActionOnly")
            .field("action", &self.action)
            .finish()
    }
}

impl<E: RpcEndpoint> Default for ActionOnly<E> {
    fn default() -> Self {
        ActionOnly::new()
    }
}

impl<E: RpcEndpoint> JsonSchema for ActionOnly<E> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("ActionOnly_{}", E::ACTION).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "required": ["Action"],
            "properties": { "Action": Action::<E>::json_schema(generator) },
        })
    }
}

#[cfg(test)]
mod tests {
    use schemars::JsonSchema;
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use crate::{Action, Endpoint, New, Nullable, RpcEndpoint, endpoint};

    /// A request.
    #[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema, New)]
    #[serde(rename_all = "PascalCase")]
    struct DoThingRequest {
        /// 公共参数
        action: Action<DoThing>,
        /// Required.
        name: String,
        /// Required, may be null.
        parent: Nullable<i64>,
        /// Optional.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// Filled in by serde when absent.
        #[serde(default)]
        tags: Vec<String>,
    }

    /// Only optional fields.
    #[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema, New)]
    struct Filters {
        /// Optional.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        page: Option<i64>,
    }

    endpoint! {
        /// Do a thing.
        struct DoThing {
            POST "/open-api",
            action: "DoThing",
            summary: "Do a thing",
            request: DoThingRequest,
            response: (200, "Done.", Filters),
        }
    }

    #[test]
    fn new_takes_the_required_fields_and_pins_the_action() {
        let request = DoThingRequest::new("x", Nullable::Null);
        assert_eq!(
            serde_json::to_value(&request).expect("serializes"),
            json!({"Action": "DoThing", "Name": "x", "Parent": null, "Tags": []})
        );
        assert_eq!(request.action.name(), DoThing::ACTION);
    }

    #[test]
    fn a_struct_with_no_required_field_gets_default() {
        assert_eq!(Filters::default(), Filters::new());
        assert_eq!(Filters::default().page, None);
    }

    #[test]
    fn the_metadata_and_types_come_from_the_declaration() {
        let op = DoThing::operation();
        assert_eq!(op.id, "DoThing");
        assert_eq!(op.rpc_action, Some("DoThing"));
        assert!(
            op.request
                .is_some_and(|b| b.type_name.ends_with("DoThingRequest"))
        );
        assert_eq!(op.responses.len(), 1);
        assert_eq!(op.responses[0].status, 200);
        let rust = op.rust.expect("derived from a type");
        assert!(rust.endpoint.ends_with("DoThing"));
        assert!(rust.response.is_some_and(|r| r.ends_with("Filters")));
    }

    #[test]
    fn parameters_and_bodies_encode_for_the_wire() {
        use crate::{NoBody, NoParams, Parameters, Payload, RawBody};

        #[derive(Debug, Serialize, Deserialize, JsonSchema)]
        struct Query {
            page: u32,
            #[serde(skip_serializing_if = "Option::is_none")]
            state: Option<String>,
            labels: Vec<String>,
        }
        let query = Query {
            page: 2,
            state: None,
            labels: vec!["a".into()],
        };
        assert_eq!(
            query.to_values().ok(),
            Some(vec![
                ("page".to_string(), json!(2)),
                ("labels".to_string(), json!(["a"]))
            ])
        );
        assert_eq!(NoParams.to_values().ok(), Some(Vec::new()));
        assert!(7_u32.to_values().is_err(), "parameters are named");
        assert_eq!(NoBody.to_bytes().ok(), Some(None));
        assert_eq!(
            RawBody(b"raw".to_vec()).to_bytes().ok(),
            Some(Some(b"raw".to_vec()))
        );
        assert_eq!(
            <RawBody as Payload>::from_bytes(b"x").ok(),
            Some(RawBody(b"x".to_vec()))
        );
        assert_eq!(
            <Query as Payload>::from_bytes(b"{\"page\": 1, \"labels\": []}")
                .map(|q| q.page)
                .ok(),
            Some(1)
        );
        assert!(<Query as Payload>::from_bytes(b"{\"page\": ").is_err());
    }
}
