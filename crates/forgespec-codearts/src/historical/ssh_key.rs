//! 7.1 SSHKey (historical): deleting a user's public key.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::TAG;
use crate::common::Envelope;

/// 路径参数：一个 SSH 公钥。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SshKeyIdPath {
    /// sshKey的id
    pub id: String,
}

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::delete("deleteSshKey", "/v1/users/sshkey/{id}")
            .tag(TAG)
            .summary("删除用户公钥")
            .description("删除用户公钥。")
            .source("7 历史 API › 7.1 SSHKey › 7.1.1 删除用户公钥")
            .deprecated()
            .path_params::<SshKeyIdPath>()
            .response::<Envelope<String>>(200, "OK"),
    ]
}
