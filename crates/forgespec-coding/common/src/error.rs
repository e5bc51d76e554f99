//! The error reply every Action can answer with instead of its output (E3): `Error`
//! (`Code`, `Message`) and `RequestId`, inside `Response`, with status 200.
//!
//! [`crate::Reply`] holds an Action's reply, its output or this error; this module
//! holds the error's shapes.

use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// 错误响应的输出参数：`Error` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ErrorResponse {
    /// 错误信息,包含 message 和 code
    pub error: ApiError,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

/// `<Code>: <Message> (RequestId <RequestId>)`, so that an error reply can be
/// reported or returned with `?` as it is.
impl fmt::Display for ErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (RequestId {})",
            self.error.code, self.error.message, self.request_id
        )
    }
}

impl std::error::Error for ErrorResponse {}

/// 错误信息,包含 message 和 code。
// E3: the document shows one error reply (InitProjectTemplate, `Error` with
// `Message` and `Code` inside `Response`, next to `RequestId`) and describes it only
// as "错误信息,包含 message 和 code"; the field names come from that example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ApiError {
    /// 错误码，例如 `InvalidParameterValue`。
    pub code: ErrorCode,
    /// 错误描述。
    pub message: String,
}

/// Declares [`ErrorCode`] from the list of documented codes, so that the variants,
/// their wire strings and the schema's list are written once.
macro_rules! error_codes {
    ($($code:ident),* $(,)?) => {
        /// An error reply's `Code`: one of the 18 common error codes that CODING's
        /// official OpenAPI export lists for its Actions, or any other string.
        ///
        /// The list is open (E1013): the server may send codes the export does not
        /// list, such as the sub-codes written `<code>.<detail>`
        /// (`InvalidParameterValue.EmailNotFoundAccount`); they read as
        /// [`ErrorCode::Other`] and are written back unchanged. The export gives the
        /// codes without meanings, so each variant is documented by its wire value only.
        ///
        /// On the wire a code is the plain string both ways. [`ErrorCode::from`] (and
        /// `parse`) turn a string into the documented variant when there is one, so
        /// build codes with it rather than with `Other` directly: `Other` holding a
        /// documented code's string writes the same wire value but does not compare
        /// equal to that variant.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $(
                #[doc = concat!("`", stringify!($code), "`")]
                $code,
            )*
            /// A code the export does not list, exactly as sent.
            Other(String),
        }

        impl ErrorCode {
            /// The documented codes' wire values, in the export's order.
            pub const DOCUMENTED: &'static [&'static str] = &[$(stringify!($code)),*];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$code => stringify!($code),)*
                    Self::Other(code) => code,
                }
            }

            /// The documented variant whose wire value is `code`, if there is one.
            fn documented(code: &str) -> Option<Self> {
                match code {
                    $(stringify!($code) => Some(Self::$code),)*
                    _ => None,
                }
            }
        }
    };
}

// The 18 codes of the export's `x-tcapi-errorcodes`, in its order (E1013).
error_codes! {
    InvalidParameter,
    UnsupportedOperation,
    UnauthorizedOperation,
    UnknownParameter,
    InternalError,
    MissingParameter,
    InvalidParameterValue,
    ResourceNotFound,
    ResourceInUse,
    AuthFailure,
    RequestLimitExceeded,
    ResourceInsufficient,
    LimitExceeded,
    ResourceUnavailable,
    DryRunOperation,
    OperationDenied,
    ResourcesSoldOut,
    FailedOperation,
}

impl ErrorCode {
    /// Whether this is one of the documented codes (not [`ErrorCode::Other`]).
    pub fn is_documented(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
}

impl From<&str> for ErrorCode {
    fn from(code: &str) -> Self {
        Self::documented(code).unwrap_or_else(|| Self::Other(code.to_string()))
    }
}

impl From<String> for ErrorCode {
    fn from(code: String) -> Self {
        Self::documented(&code).unwrap_or(Self::Other(code))
    }
}

impl FromStr for ErrorCode {
    type Err = Infallible;

    fn from_str(code: &str) -> Result<Self, Infallible> {
        Ok(Self::from(code))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

// E1013: a string with the documented codes as `examples`, not an `enum` (which
// would close it) nor `anyOf: [{enum}, {type: string}]` (which progenitor turns
// into a type that cannot read a string).
impl JsonSchema for ErrorCode {
    fn schema_name() -> Cow<'static, str> {
        "ErrorCode".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "forgespec_coding::ErrorCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // The description lists the codes too: the 3.0.3 document keeps only the
        // first of `examples`.
        let description = format!(
            "错误码。CODING's official OpenAPI export lists {} common codes for its \
             Actions: {}. The list is open: other codes, such as sub-codes written \
             `<code>.<detail>` (`InvalidParameterValue.EmailNotFoundAccount`), may be sent.",
            Self::DOCUMENTED.len(),
            Self::DOCUMENTED.join(", ")
        );
        json_schema!({
            "type": "string",
            "description": description,
            "examples": Self::DOCUMENTED,
        })
    }
}
