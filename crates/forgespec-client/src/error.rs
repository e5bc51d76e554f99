//! What can go wrong with a call, as values.

use std::fmt;

use serde_json::Value;

/// How many bytes of an unexpected body an error keeps.
pub(crate) const BODY_START: usize = 512;

/// Why a call did not return the operation's typed reply.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The platform's documented error reply: CODING's `Response.Error` (status 200),
    /// CodeArts' `error_code`/`error_msg`.
    Platform {
        /// The operationId.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The platform's error code (`InvalidParameterValue`, `CH.004403`).
        code: String,
        /// Its message.
        message: String,
        /// CODING's RequestId, for support.
        request_id: Option<String>,
    },
    /// Any other status than the documented success.
    Status {
        /// The operationId.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// The body, when it is JSON.
        body: Option<Value>,
        /// The first bytes of the body, as text.
        body_start: String,
    },
    /// The reply is not the operation's documented body.
    Decode {
        /// The operationId.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// What did not fit, and where.
        message: String,
        /// The first bytes of the body, as text.
        body_start: String,
    },
    /// No reply within the timeout.
    Timeout {
        /// The operationId.
        operation: &'static str,
    },
    /// The request could not be sent or the reply not read (connection, TLS, URL).
    Transport {
        /// The operationId.
        operation: &'static str,
        /// The cause.
        message: String,
    },
    /// The call's parameters or body could not be encoded.
    Encode {
        /// The operationId.
        operation: &'static str,
        /// The cause.
        message: String,
    },
}

impl Error {
    /// The operation the call was for.
    pub fn operation(&self) -> &'static str {
        match self {
            Error::Platform { operation, .. }
            | Error::Status { operation, .. }
            | Error::Decode { operation, .. }
            | Error::Timeout { operation }
            | Error::Transport { operation, .. }
            | Error::Encode { operation, .. } => operation,
        }
    }

    /// The platform's error code, for a documented error reply.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Platform { code, .. } => Some(code),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Platform {
                operation,
                status,
                code,
                message,
                request_id,
            } => {
                write!(
                    f,
                    "{operation}: the platform answered {status} with error {code}: {message}"
                )?;
                if let Some(id) = request_id {
                    write!(f, " (RequestId {id})")?;
                }
                Ok(())
            }
            Error::Status {
                operation,
                status,
                body_start,
                ..
            } => {
                write!(f, "{operation}: unexpected status {status}: {body_start}")
            }
            Error::Decode {
                operation,
                status,
                message,
                body_start,
            } => write!(
                f,
                "{operation}: the {status} reply is not the documented body ({message}): {body_start}"
            ),
            Error::Timeout { operation } => write!(f, "{operation}: no reply within the timeout"),
            Error::Transport { operation, message } => write!(f, "{operation}: {message}"),
            Error::Encode { operation, message } => {
                write!(f, "{operation}: cannot encode the call: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// The first bytes of a body, as text, cut on a character boundary.
pub(crate) fn body_start(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(BODY_START)]).into_owned();
    text.trim_end_matches('\u{fffd}').to_string()
}
