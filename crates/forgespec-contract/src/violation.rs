//! What a validation finds: violations that say where (request or response part and a
//! JSON pointer) and what (the failed keyword and a message).

use std::fmt;

use serde::Serialize;

/// The part of an exchange a violation is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// A path parameter; the pointer names it (`/project_id`).
    Path,
    /// A query parameter (`/PageSize`).
    Query,
    /// A request or response header (`/content-type`).
    Header,
    /// The credentials the operation's security requires.
    Security,
    /// The request body (the pointer is into the JSON body).
    RequestBody,
    /// The response status.
    Status,
    /// The response body (the pointer is into the JSON body).
    ResponseBody,
}

impl Part {
    /// The name used in reports (`request-body`, `query`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Path => "path",
            Part::Query => "query",
            Part::Header => "header",
            Part::Security => "security",
            Part::RequestBody => "request-body",
            Part::Status => "status",
            Part::ResponseBody => "response-body",
        }
    }
}

/// One way an exchange breaks its contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// Where: the part of the exchange.
    pub part: Part,
    /// Where inside it: a JSON pointer (`""` for the whole part). A missing required
    /// member is reported at the member's own pointer (`/Response/RequestId`).
    pub pointer: String,
    /// The failed rule: a JSON Schema keyword (`required`, `type`, `enum`, …) or one of
    /// `json` (the body is not JSON), `content-type`, `credentials`, `status`.
    pub keyword: String,
    /// What is wrong, in words.
    pub message: String,
}

impl Violation {
    pub(crate) fn new(
        part: Part,
        pointer: impl Into<String>,
        keyword: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Violation {
            part,
            pointer: pointer.into(),
            keyword: keyword.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{} {at}: {} ({})",
            self.part.as_str(),
            self.message,
            self.keyword
        )
    }
}

/// Appends a JSON-pointer token, escaped (`~` → `~0`, `/` → `~1`).
pub(crate) fn push_token(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}
