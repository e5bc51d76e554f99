//! 4.1 SSHKey: the current user's SSH public keys, and checking whether a private key
//! may pull a repository's code.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, with_error_responses};

/// The tag (document section) of these operations.
pub const TAG: &str = "SSHKey";

/// PublicKeyList：密钥列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublicKeyList {
    /// 密钥列表
    pub sshkey: Vec<PublicKey>,
    /// 密钥总数
    pub total: i64,
}

/// PublicKey：一个 SSH 公钥。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublicKey {
    /// 密钥id
    #[schemars(length(min = 1, max = 40))]
    pub id: String,
    /// 密钥
    #[schemars(length(max = 2048))]
    pub key: String,
    /// 密钥名称
    pub title: String,
}

/// 添加 ssh key 的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AddSshKeyRequest {
    /// 密钥
    #[schemars(length(max = 2048))]
    pub key: String,
    /// 密钥名称
    pub title: String,
}

/// 检验私钥是否有拉取代码的权限的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct VerifyPrivateKeyRequest {
    /// 仓库UUID(由CreateRepository接口返回)
    #[schemars(length(min = 32, max = 32))]
    pub repository_uuid: String,
    /// 私钥
    #[schemars(length(max = 2048))]
    pub private_key: String,
}

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        with_error_responses(
            Operation::get("listSshKeys", "/v1/users/sshkey")
                .tag(TAG)
                .summary("获取 ssh key 列表")
                .description("获取ssh key列表。")
                .source("4 API › 4.1 SSHKey › 4.1.1 获取 ssh key 列表")
                .response::<Envelope<PublicKeyList>>(200, "OK"),
        ),
        with_error_responses(
            Operation::post("addSshKey", "/v1/users/sshkey")
                .tag(TAG)
                .summary("添加 ssh key")
                .description("添加ssh key")
                .source("4 API › 4.1 SSHKey › 4.1.2 添加 ssh key")
                .request::<AddSshKeyRequest>()
                .response::<Envelope<PublicKey>>(200, "OK"),
        ),
        with_error_responses(
            Operation::post("verifyPrivateKey", "/v1/users/sshkey/privatekey/verify")
                .tag(TAG)
                .summary("检验私钥是否有拉取代码的权限")
                .description("检验私钥是否有拉取代码的权限")
                .source("4 API › 4.1 SSHKey › 4.1.3 检验私钥是否有拉取代码的权限")
                .request::<VerifyPrivateKeyRequest>()
                .response::<Envelope<String>>(200, "OK"),
        ),
    ]
}
