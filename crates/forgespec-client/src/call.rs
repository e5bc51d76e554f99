//! A call of one operation type: its parameters and body.

use forgespec_core::{Endpoint, Parameters, Payload};

use crate::error::Error;
use crate::transport::Parts;

/// The values of one call of `E`: path, query and header parameters, and the body.
pub struct Call<E: Endpoint> {
    /// The path parameters.
    pub path: E::Path,
    /// The query parameters.
    pub query: E::Query,
    /// The header parameters (credentials are the client's).
    pub headers: E::Headers,
    /// The request body.
    pub body: E::Request,
}

impl<E: Endpoint> Call<E> {
    /// A call with every part given.
    pub fn new(path: E::Path, query: E::Query, headers: E::Headers, body: E::Request) -> Self {
        Call {
            path,
            query,
            headers,
            body,
        }
    }

    pub(crate) fn into_parts(self, operation: &'static str) -> Result<Parts, Error> {
        let encode = |e: serde_json::Error| Error::Encode {
            operation,
            message: e.to_string(),
        };
        Ok(Parts {
            path: self.path.to_values().map_err(encode)?,
            query: self.query.to_values().map_err(encode)?,
            headers: self.headers.to_values().map_err(encode)?,
            body: self.body.to_bytes().map_err(encode)?,
        })
    }
}

impl<E: Endpoint> Call<E>
where
    E::Path: Default,
    E::Query: Default,
    E::Headers: Default,
{
    /// A call that has only a body (every CODING Action).
    pub fn body(body: E::Request) -> Self {
        Call::new(
            E::Path::default(),
            E::Query::default(),
            E::Headers::default(),
            body,
        )
    }
}

impl<E: Endpoint> Call<E>
where
    E::Query: Default,
    E::Headers: Default,
    E::Request: Default,
{
    /// A call that has only path parameters.
    pub fn path(path: E::Path) -> Self {
        Call::new(
            path,
            E::Query::default(),
            E::Headers::default(),
            E::Request::default(),
        )
    }
}

impl<E: Endpoint> std::fmt::Debug for Call<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("operation", &E::METADATA.operation_id)
            .finish_non_exhaustive()
    }
}
