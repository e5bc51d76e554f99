//! 持续部署 › cloud accounts: the Kubernetes clusters and Tencent Cloud accounts
//! that CD deploys to, and their credentials.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// 云账号类型(可选值:KUBERNETES、TENCENT)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CdCloudProvider {
    /// `KUBERNETES`: Kubernetes 集群。
    Kubernetes,
    /// `TENCENT`: 腾讯云账号。
    Tencent,
}

/// KUBERNETES 类型云账号认证方式(可选值:KUBE_CONFIG、SERVICE_ACCOUNT、TKE),TENCENT 类型云账号可不填
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CdKubernetesType {
    /// `KUBE_CONFIG`: Kubeconfig 认证方式。
    KubeConfig,
    /// `SERVICE_ACCOUNT`: ServiceAccount 认证方式。
    ServiceAccount,
    /// `TKE`: TKE 集群。
    Tke,
}

/// 云账号的认证方式：KUBERNETES 类型云账号为 KUBE_CONFIG、SERVICE_ACCOUNT 或 TKE,TENCENT 类型云账号为 DEFAULT。
// E812: replies send `DEFAULT` for a TENCENT account, which the request's list
// (KUBE_CONFIG, SERVICE_ACCOUNT, TKE) does not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CdCloudAccountKubernetesType {
    /// `KUBE_CONFIG`: Kubeconfig 认证方式。
    KubeConfig,
    /// `SERVICE_ACCOUNT`: ServiceAccount 认证方式。
    ServiceAccount,
    /// `TKE`: TKE 集群。
    Tke,
    /// `DEFAULT`: 非 KUBERNETES 类型的云账号（示例中的 TENCENT 云账号）。
    Default,
}

/// KubeConfigForm 参数详解：Kubeconfig 认证方式的凭据。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdKubeConfigForm {
    /// 访问集群的 KubeConfig 文件(YAML 格式,Base64 编码),添加时必填,修改时可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<String>,
    /// 指定访问集群 KubeConfig 文件的上下文
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_context: Option<String>,
    /// 是否接受非认证证书(是:true;否:false)
    #[serde(
        rename = "InsecureSkipTLSVerify",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_skip_tls_verify: Option<bool>,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_spinnaker_managed: Option<bool>,
}

/// ServiceAccountForm 参数详解：ServiceAccount 认证方式的凭据。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdServiceAccountForm {
    /// ServiceAccount 关联的 Secret(YAML 格式,Base64 编码),添加时必填,修改时可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// API Server URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// 是否接受非认证证书(是:true;否:false)
    #[serde(
        rename = "InsecureSkipTLSVerify",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_skip_tls_verify: Option<bool>,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_spinnaker_managed: Option<bool>,
}

/// TKEConfigForm 参数详解：TKE 集群的配置。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTkeConfigForm {
    /// TKE 地域
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// TKE 集群 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// 将为选择的每个命名空间自动生成用于访问 CODING Docker 仓库的凭据(ImagePullSecrets)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespaces: Option<Vec<String>>,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_spinnaker_managed: Option<bool>,
}

/// TencentCloudAccountForm 参数详解：腾讯云账号的凭据。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTencentCloudAccountForm {
    /// 腾讯云 API 密钥 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_id: Option<String>,
    /// 腾讯云 API 密钥 Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
    /// CVM 地域
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<String>>,
}

/// CloudAccountCredential 参数详解：云账号凭据。
// E800: every field is
// optional (which one applies depends on CloudProvider and KubernetesType).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CloudAccountCredential {
    /// KUBERNETES 类型云账号认证方式(可选值:KUBE_CONFIG、SERVICE_ACCOUNT、TKE),TENCENT 类型云账号可不填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes_type: Option<CdKubernetesType>,
    /// Kubeconfig 认证方式的凭据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<CdKubeConfigForm>,
    /// ServiceAccount 认证方式的凭据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account: Option<CdServiceAccountForm>,
    /// TKE 集群的配置
    // E811: the table names it `TkeConfig`, the replies `TKEConfig`; we send the
    // table's name and also accept the replies' when reading.
    // E1432: the export writes TKEConfig too; no request example of either.
    #[serde(alias = "TKEConfig", default, skip_serializing_if = "Option::is_none")]
    pub tke_config: Option<CdTkeConfigForm>,
    /// 腾讯云账号的凭据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tencent_cloud_account: Option<CdTencentCloudAccountForm>,
}

/// Kubeconfig 认证方式的凭据（应答中的形式，KubeConfig 返回为空字符串）。
// E801: the replies' credential is not defined; its fields are KubeConfigForm's,
// all present in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdKubeConfig {
    /// 访问集群的 KubeConfig 文件(YAML 格式,Base64 编码),添加时必填,修改时可不填
    pub kube_config: String,
    /// 指定访问集群 KubeConfig 文件的上下文
    pub cluster_context: String,
    /// 是否接受非认证证书(是:true;否:false)
    #[serde(rename = "InsecureSkipTLSVerify")]
    pub insecure_skip_tls_verify: bool,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    pub only_spinnaker_managed: bool,
}

/// ServiceAccount 认证方式的凭据（应答中的形式，Secret 返回为空字符串）。
// E801: ServiceAccountForm's fields, all present in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdServiceAccount {
    /// ServiceAccount 关联的 Secret(YAML 格式,Base64 编码),添加时必填,修改时可不填
    pub secret: String,
    /// API Server URL
    pub server: String,
    /// 是否接受非认证证书(是:true;否:false)
    #[serde(rename = "InsecureSkipTLSVerify")]
    pub insecure_skip_tls_verify: bool,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    pub only_spinnaker_managed: bool,
}

/// TKE 集群的配置（应答中的形式）。
// E801: TKEConfigForm's fields, all present in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTkeConfig {
    /// TKE 地域
    pub region: String,
    /// TKE 集群 ID
    pub cluster_id: String,
    /// 将为选择的每个命名空间自动生成用于访问 CODING Docker 仓库的凭据(ImagePullSecrets)
    pub namespaces: Vec<String>,
    /// 是否允许持续部署管理集群已有资源(是:false;否:true)
    pub only_spinnaker_managed: bool,
}

/// 腾讯云账号的凭据（应答中的形式，SecretKey 返回为空字符串）。
// E801: TencentCloudAccountForm's fields, all present in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTencentCloudAccount {
    /// 腾讯云 API 密钥 ID
    pub secret_id: String,
    /// 腾讯云 API 密钥 Key
    pub secret_key: String,
    /// CVM 地域
    pub regions: Vec<String>,
}

/// 云账号凭据（应答中的形式：每种认证方式的凭据都返回，未使用的为空值）。
// E801: undefined for replies; CloudAccountCredential's fields, all present in
// every example. E811: the replies send `TKEConfig`. E812: KubernetesType may be
// DEFAULT.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdCloudAccountCredentialInfo {
    /// 云账号认证方式
    pub kubernetes_type: CdCloudAccountKubernetesType,
    /// Kubeconfig 认证方式的凭据
    pub kube_config: CdKubeConfig,
    /// ServiceAccount 认证方式的凭据
    pub service_account: CdServiceAccount,
    /// TKE 集群的配置
    #[serde(rename = "TKEConfig")]
    pub tke_config: CdTkeConfig,
    /// 腾讯云账号的凭据
    pub tencent_cloud_account: CdTencentCloudAccount,
}

/// 云账号。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdCloudAccount {
    /// 云账号 ID
    pub id: i64,
    /// 云账号名称
    pub name: String,
    /// 云账号类型(可选值:KUBERNETES、TENCENT)
    pub cloud_provider: CdCloudProvider,
    /// 云账号凭据
    pub credential: CdCloudAccountCredentialInfo,
    /// 云账号状态，例如 SUCCESS。
    pub status: String,
    /// 错误信息（无错误时为空字符串）。
    pub error_message: String,
}

/// 云账号数据（CreateCdCloudAccountResponseData、ModifyCdCloudAccountResponseData）。
// E801: the two undefined Data types are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdCloudAccountData {
    /// 云账号。
    pub cloud_account: CdCloudAccount,
}

/// 云账号列表数据（DescribeCdCloudAccountsResponseData）。
// E801: undefined in the document; modelled from the example. E2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdCloudAccountPage {
    /// 本页的云账号。
    pub cloud_accounts: Vec<CdCloudAccount>,
    /// 页码。
    pub page_number: i64,
    /// 每页条数。
    pub page_size: i64,
    /// 总页数。
    pub total_page: i64,
    /// 总条数。
    pub total_row: i64,
}

// ---------------------------------------------------------------- CreateCdCloudAccount

/// 添加 CD 云账号：输入参数。
// E800: CloudProvider, Name and Credential are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdCloudAccountRequest {
    /// 公共参数,本接口取值:CreateCdCloudAccount。
    pub action: Action<CreateCdCloudAccount>,
    /// 云账号类型(可选值:KUBERNETES、TENCENT)
    pub cloud_provider: CdCloudProvider,
    /// 云账号名称
    pub name: String,
    /// 云账号凭据
    pub credential: CloudAccountCredential,
}

/// 添加 CD 云账号：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdCloudAccountResponse {
    /// 云账号数据
    pub data: CdCloudAccountData,
}

// ---------------------------------------------------------------- ModifyCdCloudAccount

/// 更新 CD 云账号：输入参数。
// E800: Id is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdCloudAccountRequest {
    /// 公共参数,本接口取值:ModifyCdCloudAccount。
    pub action: Action<ModifyCdCloudAccount>,
    /// 云账号 ID
    pub id: i64,
    /// 云账号名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 云账号凭据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<CloudAccountCredential>,
}

/// 更新 CD 云账号：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdCloudAccountResponse {
    /// 云账号数据
    pub data: CdCloudAccountData,
}

// ---------------------------------------------------------------- DeleteCdCloudAccount

/// 删除 CD 云账号：输入参数。
// E800: Id is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdCloudAccountRequest {
    /// 公共参数,本接口取值:DeleteCdCloudAccount。
    pub action: Action<DeleteCdCloudAccount>,
    /// 云账号 ID
    pub id: i64,
}

// ---------------------------------------------------------------- DescribeCdCloudAccounts

/// 获取 CD 云账号列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdCloudAccountsRequest {
    /// 公共参数,本接口取值:DescribeCdCloudAccounts。
    pub action: Action<DescribeCdCloudAccounts>,
    /// 页码(默认为 1)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数(默认为 10,最大值为 500)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 检索关键字(按云账号名称搜索)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

/// 获取 CD 云账号列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdCloudAccountsResponse {
    /// 云账号列表数据
    pub data: CdCloudAccountPage,
}

actions! {
    /// 添加 CD 云账号
    CreateCdCloudAccount {
        summary: "添加 CD 云账号",
        source: "添加 CD 云账号",
        request: CreateCdCloudAccountRequest,
        response: CreateCdCloudAccountResponse,
    }

    /// 更新 CD 云账号
    ModifyCdCloudAccount {
        summary: "更新 CD 云账号",
        source: "更新 CD 云账号",
        request: ModifyCdCloudAccountRequest,
        response: ModifyCdCloudAccountResponse,
    }

    /// 删除 CD 云账号
    DeleteCdCloudAccount {
        summary: "删除 CD 云账号",
        source: "删除 CD 云账号",
        request: DeleteCdCloudAccountRequest,
        response: RequestIdResponse,
    }

    /// 获取 CD 云账号列表
    DescribeCdCloudAccounts {
        summary: "获取 CD 云账号列表",
        source: "获取 CD 云账号列表",
        request: DescribeCdCloudAccountsRequest,
        response: DescribeCdCloudAccountsResponse,
    }
}
