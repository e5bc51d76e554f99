//! 4.7 User: checking the user name and password a user types for HTTPS git access.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Envelope;

/// The tag (document section) of these operations.
pub const TAG: &str = "User";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "用户：https 账号密码校验。",
    source: "4 API › 4.7 User › 4.7.1 https 账号密码校验",
    endpoints: &[EndpointRef::of::<ValidateHttpsInfo>()],
};

/// 路径参数：一个 IAM 用户。
// Shared with the historical 7.3.1, whose table is identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct IamUserPath {
    /// 用户iam_user_uuid
    pub iam_user_uuid: String,
}

/// https 账号密码校验的请求 Body。
// Shared with the historical 7.3.1, whose table is identical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ValidateHttpsInfoRequest {
    /// https密码
    pub pwd: String,
}

endpoint! {
    /// https 账号密码校验
    pub struct ValidateHttpsInfo {
        POST "/v2/user/{iam_user_uuid}/validate-https-info",
        id: "validateHttpsInfo",
        summary: "https 账号密码校验",
        description: "判断用户使用 https 上传/下载代码时输入的用户名和密码是否合法。",
        path: IamUserPath,
        request: ValidateHttpsInfoRequest,
        response: (200, "OK", Envelope<String>),
    }
}
