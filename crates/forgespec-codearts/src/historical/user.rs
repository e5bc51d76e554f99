//! 7.3 User (historical): checking the HTTPS user name and password (v1).

use forgespec_core::endpoint;

use crate::common::Envelope;
use crate::user::{IamUserPath, ValidateHttpsInfoRequest};

endpoint! {
    /// https 账号密码校验
    pub struct ValidateHttpsInfoV1 {
        POST "/v1/user/{iam_user_uuid}/validateHttpsInfo",
        id: "validateHttpsInfoV1",
        summary: "https 账号密码校验",
        description: "判断用户使用 https 上传/下载代码时输入的用户名和密码是否合法。",
        source: "7.3 User › 7.3.1 https 账号密码校验",
        deprecated: true,
        path: IamUserPath,
        request: ValidateHttpsInfoRequest,
        response: (200, "OK", Envelope<String>),
    }
}
