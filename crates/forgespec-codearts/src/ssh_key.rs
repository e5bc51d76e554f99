//! 4.1 SSHKey: the current user's SSH public keys, and checking whether a private key
//! may pull a repository's code.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, with_error_responses};

/// The tag (document section) of these operations.
pub const TAG: &str = "SSHKey";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "SSH 公钥：获取、添加 ssh key，检验私钥是否有拉取代码的权限。",
    source: "4 API › 4.1 SSHKey",
    endpoints: &[
        EndpointRef::of::<ListSshKeys>(),
        EndpointRef::of::<AddSshKey>(),
        EndpointRef::of::<VerifyPrivateKey>(),
    ],
};

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AddSshKeyRequest {
    /// 密钥
    #[schemars(length(max = 2048))]
    pub key: String,
    /// 密钥名称
    pub title: String,
}

/// 检验私钥是否有拉取代码的权限的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct VerifyPrivateKeyRequest {
    /// 仓库UUID(由CreateRepository接口返回)
    #[schemars(length(min = 32, max = 32))]
    pub repository_uuid: String,
    /// 私钥
    #[schemars(length(max = 2048))]
    pub private_key: String,
}

endpoint! {
    /// 获取 ssh key 列表
    pub struct ListSshKeys {
        GET "/v1/users/sshkey",
        id: "listSshKeys",
        summary: "获取 ssh key 列表",
        description: "获取ssh key列表。",
        source: "4.1.1 获取 ssh key 列表",
        response: (200, "OK", Envelope<PublicKeyList>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 添加 ssh key
    pub struct AddSshKey {
        POST "/v1/users/sshkey",
        id: "addSshKey",
        summary: "添加 ssh key",
        description: "添加ssh key",
        source: "4.1.2 添加 ssh key",
        request: AddSshKeyRequest,
        response: (200, "OK", Envelope<PublicKey>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 检验私钥是否有拉取代码的权限
    pub struct VerifyPrivateKey {
        POST "/v1/users/sshkey/privatekey/verify",
        id: "verifyPrivateKey",
        summary: "检验私钥是否有拉取代码的权限",
        description: "检验私钥是否有拉取代码的权限",
        source: "4.1.3 检验私钥是否有拉取代码的权限",
        request: VerifyPrivateKeyRequest,
        response: (200, "OK", Envelope<String>),
        extend: with_error_responses,
    }
}
