//! 4.2.14, 4.2.15: a repository's deploy keys.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RepositoryIdPath;
use crate::common::{BooleanOrString, Envelope, with_error_responses};

/// 添加部署密钥的请求 Body。
// The historical 7.2.3 has the same fields in other words:
// `crate::historical::repository::HistoricalAddDeployKeyRequest`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AddDeployKeyRequest {
    /// 部署使用的SSH密钥的来源
    pub application: String,
    /// 部署使用的SSH密钥是否可以推送代码
    pub can_push: bool,
    /// 部署使用的SSH密钥
    pub key: String,
    /// 部署使用的SSH密钥名称
    pub key_title: String,
}

/// Key：部署密钥。
// Shared with the historical 7.2.3. Neither example carries `can_push` or
// `created_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Key {
    /// 是否允许推送
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_push: Option<bool>,
    /// 部署密钥新建时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 部署密钥
    pub key: String,
    /// 部署密钥id
    // E73: a String here (`"1034546"`), an Integer as 4.2.15's path parameter.
    #[schemars(length(min = 1, max = 40))]
    pub key_id: String,
    /// 部署密钥名称
    pub key_title: String,
}

/// 路径参数：仓库的一个部署密钥。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct DeployKeyPath {
    /// 部署密钥id
    pub key_id: i64,
    /// 仓库主键id
    pub repository_id: i64,
}

endpoint! {
    /// 4.2.14 添加部署密钥
    pub struct AddDeployKey {
        POST "/v2/repositories/{repository_id}/deploy-keys",
        id: "addDeployKey",
        summary: "添加部署密钥",
        description: "添加部署密钥",
        source: "4.2.14 添加部署密钥",
        path: RepositoryIdPath,
        request: AddDeployKeyRequest,
        response: (200, "OK", Envelope<Key>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.15 删除仓库部署密钥
    pub struct DeleteDeployKey {
        DELETE "/v2/repositories/{repository_id}/deploy-keys/{key_id}",
        id: "deleteDeployKey",
        summary: "删除仓库部署密钥",
        description: "删除仓库部署密钥",
        source: "4.2.15 删除仓库部署密钥",
        path: DeployKeyPath,
        // E54: Boolean in the table, `"false"` in the example; both forms are
        // accepted.
        response: (200, "OK", Envelope<BooleanOrString>),
        extend: with_error_responses,
    }
}
