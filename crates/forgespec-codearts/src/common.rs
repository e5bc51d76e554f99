//! Shapes shared by every CodeArts Repo operation: the `{error, result, status}`
//! envelope, its `Error` object, the error bodies of the appendix (6.2 错误码), the
//! documented error responses, the empty `Object` result, and the wire-shape helpers
//! of `forgespec_core::wire` that the sections use.

use forgespec_core::{Nullable, Operation};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

// E201: tables and examples disagree on whether a value is a number or a string:
// `IntegerOrString` for plain values, `OrString<T>` for integer enums; both forms are
// accepted and kept as sent.
// E202: a Boolean the examples send as a string: `BooleanOrString`.
// E203: `Array of …` results the examples show as one object: `OneOrMany<T>`; a client
// reading one object gets a one-element list's worth of data.
pub use forgespec_core::wire::{BooleanOrString, IntegerOrString, OneOrMany, OrString};

/// 响应 Body：每个接口的响应都包在 `{error, result, status}` 中。
// Every response table of the document lists the same three rows (error / result /
// status); `T` is the table's `result` type. `error` and `result` are absent from some
// examples and `null` in others (4.2.6), so both are optional and nullable; every
// example carries `status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
#[schemars(rename = "{T}Envelope")]
pub struct Envelope<T> {
    /// 响应错误
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub error: Option<Nullable<Error>>,
    /// 响应结果
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub result: Option<Nullable<T>>,
    /// 响应状态
    // E3: the tables type it as a bare String; the examples show `success` and the
    // error body of 6.2 shows `failed`. No closed list is given, so it stays a string.
    pub status: String,
}

/// Declares a response envelope with the same three fields as [`Envelope`], whose
/// `result` carries the operation's own description instead of the generic 响应结果.
///
/// `described_envelope!(Name, ResultType, "描述")` declares `pub struct Name`; the
/// component keeps the name the generic envelope would have had.
// E262: 62 response tables describe `result` as 响应结果, seven with their own text
// (4.2.23, 4.5.1, 4.5.2, 4.5.4, 4.6.1, 7.2.6, 7.5.1). A field's doc comment is fixed
// per type, so those seven get a concrete envelope each; `Envelope<T>` serves the rest.
macro_rules! described_envelope {
    ($name:ident, $result:ty, $description:literal) => {
        /// 响应 Body：每个接口的响应都包在 `{error, result, status}` 中。
        #[derive(
            Debug,
            Clone,
            PartialEq,
            ::serde::Serialize,
            ::serde::Deserialize,
            ::schemars::JsonSchema,
        )]
        pub struct $name {
            /// 响应错误
            #[serde(
                default,
                skip_serializing_if = "Option::is_none",
                deserialize_with = "forgespec_core::Nullable::present"
            )]
            pub error: Option<::forgespec_core::Nullable<$crate::common::Error>>,
            #[doc = $description]
            #[serde(
                default,
                skip_serializing_if = "Option::is_none",
                deserialize_with = "forgespec_core::Nullable::present"
            )]
            pub result: Option<::forgespec_core::Nullable<$result>>,
            /// 响应状态
            // E3: a string; see `Envelope::status`.
            pub status: String,
        }
    };
}
pub(crate) use described_envelope;

/// 响应结果（Object）：文档没有给出字段，示例是空对象 `{}`。
// E204: `Object` with no table; every example is `{}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EmptyObject {}

/// Error：响应错误。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Error {
    /// 错误码
    // E4: the codes of 6.2 (CH.010001, CH.080401, CH.080403, CH.000404, CH.000001,
    // CH.080504) are not a closed list: the document's own example carries
    // `DEV.CH.10001`, and gateway codes start with `APIGW`. A string.
    pub code: String,
    /// 错误信息
    pub message: String,
}

/// 错误响应 Body：接口调用出错时返回的错误码及错误信息（6.2 错误码）。
// E7: 6.2 explains this body with 3.3's words ("error_code表示错误码，error_msg表示错误
// 描述信息"); its keys are `error.code` and `error.message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ServiceError {
    /// 响应错误
    pub error: Error,
    /// 响应状态
    pub status: String,
}

/// 错误响应 Body：API 网关返回的错误（3.3 返回结果；错误码以 `APIGW` 开头）。
// E5: 3.3 shows this body (`error_msg` / `error_code`), 6.2 a different one; the
// 3.3 body is the API gateway's format, referred to in 6.2 for `APIGW` codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GatewayError {
    /// 错误描述信息
    pub error_msg: String,
    /// 错误码
    pub error_code: String,
}

/// 错误响应 Body：服务返回的错误（`{error, status}`），或 API 网关返回的错误（`{error_code, error_msg}`）。
// E5: both documented error bodies are accepted on every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ErrorBody {
    /// 服务返回的错误。
    Service(ServiceError),
    /// API 网关返回的错误。
    Gateway(GatewayError),
}

/// The error responses of 6.2 错误码, one per documented status.
///
/// Every operation of the document ends with "错误码 请参见错误码", which points to
/// this table; [`with_error_responses`] puts them on an operation.
// E6: only 6.2's statuses become responses; 6.1 is a generic HTTP status list.
// E8: 6.2's own example carries `DEV.CH.10001`, a code the table does not list.
// E12: the table's 错误信息 column holds Chinese text and its 描述 column the English
// text the example's `message` carries; both are given.
pub const ERROR_RESPONSES: [(u16, &str); 6] = [
    (
        400,
        "CH.010001 参数非法 (Param invalid)。处理措施：检查参数",
    ),
    (
        401,
        "CH.080401 访问的资源没有权限 (No Permission)。处理措施：检查用户的仓库角色和权限",
    ),
    (
        403,
        "CH.080403 禁止访问 (Forbidden)。处理措施：检查请求路径",
    ),
    (
        404,
        "CH.000404 资源不存在 (Not Found)。处理措施：检查资源id或资源名称是否正确",
    ),
    (
        500,
        "CH.000001 未知错误 (Unknown error)。处理措施：系统错误，请等待",
    ),
    (
        504,
        "CH.080504 请求超时 (Gateway Timeout)。处理措施：检查网络",
    ),
];

/// Adds the documented error responses ([`ERROR_RESPONSES`]) to an operation.
pub fn with_error_responses(mut operation: Operation) -> Operation {
    for (status, description) in ERROR_RESPONSES {
        operation = operation.response::<ErrorBody>(status, description);
    }
    operation
}
