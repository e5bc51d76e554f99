//! 代码托管 › deploy keys: SSH keys that give a machine access to one depot.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// DeployKeyInfo：部署公钥。
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeployKeyInfo {
    /// SSH Key Id
    pub key_id: i64,
    /// 仓库 Id
    pub depot_id: i64,
    /// 所属者名字
    pub owner_name: String,
    /// key 标题
    pub title: String,
    /// key 指纹
    pub finger_print: String,
    /// 创建时间
    pub created_at: i64,
    /// 过期时间
    pub expiration_date: String,
    /// 是否过期
    pub has_expired: bool,
    /// 是否授予写入权限
    pub allow_write: bool,
}

// ---------------------------------------------------------------- CreateGitDeployKey

/// 新建部署公钥：输入参数。
// E225: the table omits Action. E200: DepotId, Title and Content are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitDeployKeyRequest {
    /// 公共参数,本接口取值:CreateGitDeployKey
    pub action: Action<CreateGitDeployKey>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 部署公钥标题
    pub title: String,
    /// SSH key
    pub content: String,
    /// 过期时间,不填则为永不过期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<String>,
    /// 是否授予写入权限
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_write: Option<bool>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitDepotDeployKeys

/// 查询某仓库下的部署公钥列表：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitDepotDeployKeysRequest {
    /// 公共参数,本接口取值:DescribeGitDepotDeployKeys
    pub action: Action<DescribeGitDepotDeployKeys>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询某仓库下的部署公钥列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitDepotDeployKeysResponse {
    /// 部署公钥列表
    pub keys: Vec<DeployKeyInfo>,
}

// ---------------------------------------------------------------- DescribeGitProjectDeployKeys

/// 查询某项目下的部署公钥列表：输入参数。
// E225: the table omits Action. E200: ProjectId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProjectDeployKeysRequest {
    /// 公共参数,本接口取值:DescribeGitProjectDeployKeys
    pub action: Action<DescribeGitProjectDeployKeys>,
    /// 项目 Id
    pub project_id: i64,
}

/// 查询某项目下的部署公钥列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProjectDeployKeysResponse {
    /// 部署公钥列表
    pub keys: Vec<DeployKeyInfo>,
}

// ---------------------------------------------------------------- DeleteGitDeployKey

/// 删除部署公钥：输入参数。
// E225: the table omits Action. E200: DepotId and DeployKeyId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitDeployKeyRequest {
    /// 公共参数,本接口取值:DeleteGitDeployKey
    pub action: Action<DeleteGitDeployKey>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// SSH Key Id
    pub deploy_key_id: i64,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

actions! {
    /// 新建部署公钥
    CreateGitDeployKey {
        summary: "新建部署公钥",
        source: "新建部署公钥",
        request: CreateGitDeployKeyRequest,
        response: RequestIdResponse,
    }

    /// 查询某仓库下的部署公钥列表
    DescribeGitDepotDeployKeys {
        summary: "查询某仓库下的部署公钥列表",
        source: "查询某仓库下的部署公钥列表",
        request: DescribeGitDepotDeployKeysRequest,
        response: DescribeGitDepotDeployKeysResponse,
    }

    /// 查询某项目下的部署公钥列表
    DescribeGitProjectDeployKeys {
        summary: "查询某项目下的部署公钥列表",
        source: "查询某项目下的部署公钥列表",
        request: DescribeGitProjectDeployKeysRequest,
        response: DescribeGitProjectDeployKeysResponse,
    }

    /// 删除部署公钥
    DeleteGitDeployKey {
        summary: "删除部署公钥",
        source: "删除部署公钥",
        request: DeleteGitDeployKeyRequest,
        response: RequestIdResponse,
    }
}
