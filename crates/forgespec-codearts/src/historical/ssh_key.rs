//! 7.1 SSHKey (historical): deleting a user's public key.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Envelope;

/// 路径参数：一个 SSH 公钥。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct SshKeyIdPath {
    /// sshKey的id
    pub id: String,
}

endpoint! {
    /// 删除用户公钥
    pub struct DeleteSshKey {
        DELETE "/v1/users/sshkey/{id}",
        id: "deleteSshKey",
        summary: "删除用户公钥",
        description: "删除用户公钥。",
        source: "7.1 SSHKey › 7.1.1 删除用户公钥",
        deprecated: true,
        path: SshKeyIdPath,
        response: (200, "OK", Envelope<String>),
    }
}
