//! 7.3 User (historical): checking the HTTPS user name and password (v1).

use forgespec_core::Operation;

use super::TAG;
use crate::common::Envelope;
use crate::user::{IamUserPath, ValidateHttpsInfoRequest};

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post(
            "validateHttpsInfoV1",
            "/v1/user/{iam_user_uuid}/validateHttpsInfo",
        )
        .tag(TAG)
        .summary("https 账号密码校验")
        .description("判断用户使用 https 上传/下载代码时输入的用户名和密码是否合法。")
        .source("7 历史 API › 7.3 User › 7.3.1 https 账号密码校验")
        .deprecated()
        .path_params::<IamUserPath>()
        .request::<ValidateHttpsInfoRequest>()
        .response::<Envelope<String>>(200, "OK"),
    ]
}
