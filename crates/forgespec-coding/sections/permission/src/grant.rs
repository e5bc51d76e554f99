//! 权限 › 授权: grants of policies to users, user groups and departments on a resource, and the predicate that decides which grants apply.
//!
//! Required input parameters follow E1 (E1200); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{OrEmpty, RequestIdResponse, UserData, actions};

///   SELF_PARENT  // 同时使用父级资源+当前资源
///   SELF_NONE  // 只使用当前资源
///   NONE_PARENT  // 只使用父级资源
// Its description (verbatim above) pairs each value with its meaning in `//` comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResourcePredicatePolicy {
    /// SELF_PARENT：同时使用父级资源+当前资源
    SelfParent,
    /// SELF_NONE：只使用当前资源
    SelfNone,
    /// NONE_PARENT：只使用父级资源
    NoneParent,
}

/// 资源类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ResourceType {
    /// team
    #[serde(rename = "team")]
    Team,
    /// project
    #[serde(rename = "project")]
    Project,
    /// program
    #[serde(rename = "program")]
    Program,
    /// depot
    #[serde(rename = "depot")]
    Depot,
    /// artifact
    #[serde(rename = "artifact")]
    Artifact,
    /// cd_agentServer
    #[serde(rename = "cd_agentServer")]
    CdAgentServer,
    /// cd_hostServerGroup
    #[serde(rename = "cd_hostServerGroup")]
    CdHostServerGroup,
    /// cd_cloudAccount
    #[serde(rename = "cd_cloudAccount")]
    CdCloudAccount,
    /// cd_application
    #[serde(rename = "cd_application")]
    CdApplication,
    /// cd_pipeline
    #[serde(rename = "cd_pipeline")]
    CdPipeline,
    /// orbit_cluster
    #[serde(rename = "orbit_cluster")]
    OrbitCluster,
    /// orbit_dbInstance
    #[serde(rename = "orbit_dbInstance")]
    OrbitDbInstance,
    /// orbit_agentServer
    #[serde(rename = "orbit_agentServer")]
    OrbitAgentServer,
    /// orbit_hostServerGroup
    #[serde(rename = "orbit_hostServerGroup")]
    OrbitHostServerGroup,
    /// credential_group
    #[serde(rename = "credential_group")]
    CredentialGroup,
    /// ecology_application
    #[serde(rename = "ecology_application")]
    EcologyApplication,
    /// ecology_installation
    #[serde(rename = "ecology_installation")]
    EcologyInstallation,
    /// agent-pools
    #[serde(rename = "agent-pools")]
    AgentPools,
    /// ci-job
    #[serde(rename = "ci-job")]
    CiJob,
}

/// 资源三段式描述的 scope，目前固定 coding
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResourceScope {
    /// coding
    Coding,
}

/// 授权对象类型：USER,USER_GROUP,DEPARTMENT
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GrantScope {
    /// USER
    User,
    /// USER_GROUP
    UserGroup,
    /// DEPARTMENT
    Department,
}

/// 授权的资源信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceInfo {
    /// 资源 ID
    pub resource_id: String,
    /// 资源类型：例如 project
    pub resource_type: ResourceType,
    /// 资源三段式描述的 scope，目前固定 coding
    // E1114: every example sends "" for the one documented value, coding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_scope: Option<OrEmpty<ResourceScope>>,
    /// 资源三段式描述的 serviceName 部分，表示业务模块
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// 资源三段式描述的资源定位描述，支持 path 形式及模糊表达匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_resource: Option<String>,
}

/// 资源下授权体列表分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantObjectsOnResourcePageData {
    /// 总条数
    pub total_count: Nullable<i64>,
    /// 请求页数
    pub page_number: Nullable<i64>,
    /// 请求条数
    pub page_size: Nullable<i64>,
    /// 授权资源列表
    pub grant_object_list: Nullable<Vec<GrantObjectInfo>>,
}

/// 授权信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct GrantInfo {
    /// 授权对象类型：USER,USER_GROUP,DEPARTMENT
    pub grant_scope: GrantScope,
    /// 授权对象 ID
    pub grant_object_id: String,
    /// 权限组 ID
    pub policy_id: i64,
    /// 身份 key，后期扩展场景使用，暂时留空即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_key: Option<String>,
    /// 身份 value，后期扩展场景使用，暂时留空即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal_value: Option<String>,
}

/// 授权的资源：资源类型与资源 ID。
// E1112: the export gives the schema no description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct RamGrantResourceInfoRequest {
    /// 资源 ID
    pub resource_id: String,
    /// 资源类型
    pub resource_type: ResourceType,
}

/// 指定资源下授权的用户列表分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantUsersOnResourcePageData {
    /// 总条数
    pub total_count: i64,
    /// 请求页数
    pub page_number: i64,
    /// 请求条数
    pub page_size: i64,
    /// 用户列表。
    // E1112: the export gives no description.
    pub user_data_list: Vec<UserData>,
}

/// 资源下的授权对象中的用户信息请求参数
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersOnResourceAndGrantObjectGrantInfo {
    /// 授权对象 ID
    pub grant_object_id: String,
    /// 授权对象类型：USER,USER_GROUP,DEPARTMENT
    pub grant_scope: GrantScope,
}

/// 指定资源下某个授权体中用户列表分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersOnResourceAndGrantObjectPageData {
    /// 总条数
    pub total_count: Nullable<i64>,
    /// 请求页数
    pub page_number: Nullable<i64>,
    /// 请求条数
    pub page_size: Nullable<i64>,
    /// 用户信息列表
    pub user_data_list: Nullable<Vec<UserData>>,
}

/// 资源权限判定策略信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PredicatePolicy {
    /// SELF_PARENT  // 同时使用父级资源+当前资源
    ///   SELF_NONE  // 只使用当前资源
    ///   NONE_PARENT  // 只使用父级资源
    pub resource_predicate_policy: ResourcePredicatePolicy,
    /// 是否存在admin授权
    pub has_administrator: bool,
}

/// 授权对象信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GrantObjectInfo {
    /// 授权对象类型：USER,USER_GROUP,DEPARTMENT
    pub grant_scope: GrantScope,
    /// 授权对象 ID
    pub grant_object_id: String,
    /// 授权对象名称
    pub grant_object_name: String,
    /// 创建时间
    pub created_at: i64,
}

// ---------------------------------------------------------------- DescribeGrantObjectsOnResource

/// 授权对象列表分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantObjectsOnResourceRequest {
    /// 公共参数,本接口取值:DescribeGrantObjectsOnResource
    pub action: Action<DescribeGrantObjectsOnResource>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 资源信息
    pub resource: ResourceInfo,
}

/// 授权对象列表分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantObjectsOnResourceResponse {
    /// 授权资源列表分页数据
    pub data: DescribeGrantObjectsOnResourcePageData,
}

// ---------------------------------------------------------------- DetachFromResource

/// 授权收回，只收回参数指定的授权，已有其它授权不受影响：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DetachFromResourceRequest {
    /// 公共参数,本接口取值:DetachFromResource
    pub action: Action<DetachFromResource>,
    /// 授权的资源
    pub resource: ResourceInfo,
    /// 授权信息
    pub grants: Vec<GrantInfo>,
}

// ---------------------------------------------------------------- DescribeGrantUsersOnResource

/// 授权用户列表分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantUsersOnResourceRequest {
    /// 公共参数,本接口取值:DescribeGrantUsersOnResource
    pub action: Action<DescribeGrantUsersOnResource>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 限定查询范围的权限组 ID 列表。
    // E1112: the export gives no description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_id_scope: Option<Vec<i64>>,
    /// 资源信息
    pub resource: RamGrantResourceInfoRequest,
    /// 限定查询范围的用户 ID 列表。
    // E1112: the export gives no description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_scope: Option<Vec<i64>>,
}

/// 授权用户列表分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGrantUsersOnResourceResponse {
    /// 指定资源下授权的用户列表
    pub data: DescribeGrantUsersOnResourcePageData,
}

// ---------------------------------------------------------------- DescribeUsersOnResourceAndGrantObject

/// 授权用户列表分页查询（指定资源）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersOnResourceAndGrantObjectRequest {
    /// 公共参数,本接口取值:DescribeUsersOnResourceAndGrantObject
    pub action: Action<DescribeUsersOnResourceAndGrantObject>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 资源信息
    pub resource: ResourceInfo,
    /// 授权对象信息
    pub grant: DescribeUsersOnResourceAndGrantObjectGrantInfo,
}

/// 授权用户列表分页查询（指定资源）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsersOnResourceAndGrantObjectResponse {
    /// 指定资源下的授权体用户列表
    pub data: DescribeUsersOnResourceAndGrantObjectPageData,
}

// ---------------------------------------------------------------- SetGrantToResource

/// 授权设置，收回授权体在资源中的所有授权，重新设置为参数指定的授权：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct SetGrantToResourceRequest {
    /// 公共参数,本接口取值:SetGrantToResource
    pub action: Action<SetGrantToResource>,
    /// 授权信息
    pub grants: Vec<GrantInfo>,
    /// 授权的资源
    pub resource: ResourceInfo,
}

// ---------------------------------------------------------------- AttachToResource

/// 授权追加，原有其它授权不受影响，若授权已存在不再进行追加：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct AttachToResourceRequest {
    /// 公共参数,本接口取值:AttachToResource
    pub action: Action<AttachToResource>,
    /// 授权的资源
    pub resource: ResourceInfo,
    /// 授权信息
    pub grants: Vec<GrantInfo>,
}

// ---------------------------------------------------------------- DescribePredicatePolicyOnResource

/// 资源权限判定模式获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePredicatePolicyOnResourceRequest {
    /// 公共参数,本接口取值:DescribePredicatePolicyOnResource
    pub action: Action<DescribePredicatePolicyOnResource>,
    /// 资源信息
    pub resource: ResourceInfo,
}

/// 资源权限判定模式获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePredicatePolicyOnResourceResponse {
    /// 资源权限判定策略
    pub predicate_policy_on_resource_info: PredicatePolicy,
}

// ---------------------------------------------------------------- SetPredicatePolicyOnResource

/// 资源权限判定策略设置：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct SetPredicatePolicyOnResourceRequest {
    /// 公共参数,本接口取值:SetPredicatePolicyOnResource
    pub action: Action<SetPredicatePolicyOnResource>,
    /// 资源信息
    pub resource: ResourceInfo,
    /// SELF_PARENT // 同时使用父级资源+当前资源
    ///   SELF_NONE  // 只使用当前消息
    ///   NONE_PARENT  // 只使用父级资源
    pub resource_predicate_policy: ResourcePredicatePolicy,
}

actions! {
    /// 授权对象列表分页查询
    DescribeGrantObjectsOnResource {
        summary: "授权对象列表分页查询",
        request: DescribeGrantObjectsOnResourceRequest,
        response: DescribeGrantObjectsOnResourceResponse,
    }

    /// 授权收回，只收回参数指定的授权，已有其它授权不受影响
    DetachFromResource {
        summary: "授权收回，只收回参数指定的授权，已有其它授权不受影响",
        request: DetachFromResourceRequest,
        response: RequestIdResponse,
    }

    /// 授权用户列表分页查询
    DescribeGrantUsersOnResource {
        summary: "授权用户列表分页查询",
        description: "查询指定资源下授权的用户列表，包括容器内的用户",
        request: DescribeGrantUsersOnResourceRequest,
        response: DescribeGrantUsersOnResourceResponse,
    }

    /// 授权用户列表分页查询（指定资源）
    DescribeUsersOnResourceAndGrantObject {
        summary: "授权用户列表分页查询（指定资源）",
        request: DescribeUsersOnResourceAndGrantObjectRequest,
        response: DescribeUsersOnResourceAndGrantObjectResponse,
    }

    /// 授权设置，收回授权体在资源中的所有授权，重新设置为参数指定的授权
    SetGrantToResource {
        summary: "授权设置，收回授权体在资源中的所有授权，重新设置为参数指定的授权",
        request: SetGrantToResourceRequest,
        response: RequestIdResponse,
    }

    /// 授权追加，原有其它授权不受影响，若授权已存在不再进行追加
    AttachToResource {
        summary: "授权追加，原有其它授权不受影响，若授权已存在不再进行追加",
        request: AttachToResourceRequest,
        response: RequestIdResponse,
    }

    /// 资源权限判定模式获取
    DescribePredicatePolicyOnResource {
        summary: "资源权限判定模式获取",
        request: DescribePredicatePolicyOnResourceRequest,
        response: DescribePredicatePolicyOnResourceResponse,
    }

    /// 资源权限判定策略设置
    SetPredicatePolicyOnResource {
        summary: "资源权限判定策略设置",
        request: SetPredicatePolicyOnResourceRequest,
        response: RequestIdResponse,
    }
}
