//! 权限 › 权限组: policies (permission groups), their statements, and the resources a policy may be granted on.
//!
//! Required input parameters follow E1 (E1200); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{OrEmpty, RequestIdResponse, actions};

/// 权限组类型：IDENTITY | RESOURCE
// E1113: the values the description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PolicyType {
    /// IDENTITY
    Identity,
    /// RESOURCE
    Resource,
}

/// 作用范围：SYSTEM | CUSTOM
// E1113: the values the description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PolicyScope {
    /// SYSTEM
    System,
    /// CUSTOM
    Custom,
}

/// 可见范围（默认 true），all：全部；true：用户可见；false：界面不可见（逻辑权限组）
// E1113: the values the description lists; strings on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyVisibility {
    /// all：全部
    All,
    /// true：用户可见
    True,
    /// false：界面不可见（逻辑权限组）
    False,
}

/// 适用的资源类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyResourceType {
    /// team
    Team,
    /// project
    Project,
    /// depot
    Depot,
}

/// 资源类型：例如 project
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PolicyScopeResourceType {
    /// project
    Project,
}

/// 效能：ALLOW | DENY
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Effect {
    /// ALLOW
    Allow,
    /// DENY
    Deny,
}

/// 权限组 Document
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyDocument {
    /// 授权句柄
    pub statement: Vec<PolicyStatement>,
}

/// 获取指定资源类型对应的权限组列表的查询条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePoliciesOnResourceTypeRequestFilter {
    /// 资源类型，精确匹配
    pub resource_type: String,
    /// 可见范围（默认 true），all：全部；true：用户可见；false：界面不可见（逻辑权限组）
    // E1113: the values its description lists.
    // E1114: the example sends "" (the default, true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible: Option<OrEmpty<PolicyVisibility>>,
    /// 权限组显示名称，模糊匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_alias: Option<String>,
}

/// 获取指定资源类型对应的权限组列表的数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePoliciesOnResourceTypeResponsePageData {
    /// 总条数
    pub total_count: i64,
    /// 页码
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 权限组列表
    pub policy_list: Nullable<Vec<PolicyInfo>>,
}

/// 权限组可用资源范围的资源信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceInfoOfPolicyScope {
    /// 资源类型：例如 project
    pub resource_type: PolicyScopeResourceType,
    /// 资源 ID
    pub resource_id: String,
}

/// 查询指定资源可用的 policy 列表的查询条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAvailablePoliciesOnResourceRequestFilter {
    /// 可见范围（默认 true），all：全部；true：用户可见；false：界面不可见（逻辑权限组）
    // E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible: Option<PolicyVisibility>,
    /// 权限组显示名称，模糊匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_alias: Option<String>,
}

/// 查询指定资源可用的权限组列表的分页数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAvailablePoliciesOnResponsePageData {
    /// 总条数
    pub total_count: i64,
    /// 页码
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 权限组列表
    pub policy_list: Nullable<Vec<PolicyInfo>>,
}

/// 查询指定权限组的可用资源范围（分页）的查询条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceScopeListOnPolicyRequestFilter {
    /// 资源类型（精确匹配）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
}

/// 查询指定权限组的可用资源范围（分页）的列表数据
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceScopeListOnPolicyResponseData {
    /// 总条数
    pub total_count: i64,
    /// 页码
    pub page_number: i64,
    /// 每页条数
    pub page_size: i64,
    /// 权限组可用资源范围列表
    pub policy_resource_scope_list: Nullable<Vec<PolicyResourceScopeInfo>>,
}

/// 权限组详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyDetail {
    /// 权限组 ID
    pub policy_id: i64,
    /// 名称
    pub name: String,
    /// 显示名称
    pub alias: String,
    /// 作用范围： SYSTEM | CUSTOM
    // E1113: the values its description lists.
    pub scope: PolicyScope,
    /// 版本号
    pub current_version: String,
    /// 版本记录 ID
    pub current_version_id: i64,
    /// 描述
    pub description: Nullable<String>,
    /// 权限组类型：IDENTITY | RESOURCE
    // E1113: the values its description lists.
    pub policy_type: PolicyType,
    /// 权限语句
    pub policy_document: PolicyDocument,
}

/// 权限组授权句柄
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyStatement {
    /// 效能：ALLOW | DENY
    pub effect: Effect,
    /// 授权资源的三段式描述，一般填 * 即可
    pub resource: Vec<String>,
    /// 权限 action 的二段式描述
    pub action: Vec<String>,
}

/// 权限组信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyInfo {
    /// 权限组 ID
    pub policy_id: i64,
    /// 名称
    pub name: String,
    /// 显示名称
    pub alias: String,
    /// 作用范围：SYSTEM | CUSTOM
    // E1113: the values its description lists.
    pub scope: PolicyScope,
    /// 版本号
    pub current_version: String,
    /// 版本记录 ID
    pub current_version_id: i64,
    /// 描述
    pub description: Nullable<String>,
    /// 类型：IDENTITY | RESOURCE
    // E1113: the values its description lists.
    pub policy_type: PolicyType,
}

/// 权限组的可用资源范围信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyResourceScopeInfo {
    /// 权限组 ID
    pub policy_id: i64,
    /// 资源信息
    pub resource: ResourceInfoOfPolicyScope,
    /// 创建时间
    pub created_at: i64,
}

// ---------------------------------------------------------------- ModifyPolicy

/// 权限组修改：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPolicyRequest {
    /// 公共参数,本接口取值:ModifyPolicy
    pub action: Action<ModifyPolicy>,
    /// 权限组 ID
    pub id: i64,
    /// 名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 显示名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 适用的资源类型
    // E1201: the values CreatePolicy documents for the same field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<Vec<PolicyResourceType>>,
    /// 授权语句
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_document: Option<PolicyDocument>,
}

/// 权限组修改：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPolicyResponse {
    /// 权限组 ID
    pub policy_id: i64,
}

// ---------------------------------------------------------------- DescribePoliciesOnResourceType

/// 权限组列表查询（指定资源类型）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePoliciesOnResourceTypeRequest {
    /// 公共参数,本接口取值:DescribePoliciesOnResourceType
    pub action: Action<DescribePoliciesOnResourceType>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 查询条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DescribePoliciesOnResourceTypeRequestFilter>,
}

/// 权限组列表查询（指定资源类型）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePoliciesOnResourceTypeResponse {
    /// 分页列表信息
    pub data: DescribePoliciesOnResourceTypeResponsePageData,
}

// ---------------------------------------------------------------- DescribeAvailablePoliciesOnResource

/// 权限组列表查询（指定资源）：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAvailablePoliciesOnResourceRequest {
    /// 公共参数,本接口取值:DescribeAvailablePoliciesOnResource
    pub action: Action<DescribeAvailablePoliciesOnResource>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 资源信息
    pub resource: ResourceInfoOfPolicyScope,
    /// 查询条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DescribeAvailablePoliciesOnResourceRequestFilter>,
}

/// 权限组列表查询（指定资源）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAvailablePoliciesOnResourceResponse {
    /// 分页列表数据
    pub data: DescribeAvailablePoliciesOnResponsePageData,
}

// ---------------------------------------------------------------- CreatePolicy

/// 权限组创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePolicyRequest {
    /// 公共参数,本接口取值:CreatePolicy
    pub action: Action<CreatePolicy>,
    /// 名称
    pub name: String,
    /// 显示名称
    pub alias: String,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 权限组类型：IDENTITY | RESOURCE
    // E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<PolicyType>,
    /// 适用的资源类型
    // E1201: the export puts `enum` on the array instead of its items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<Vec<PolicyResourceType>>,
    /// 授权语句
    pub policy_document: PolicyDocument,
}

/// 权限组创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePolicyResponse {
    /// 权限组 ID
    pub policy_id: i64,
}

// ---------------------------------------------------------------- DetachResourceScopeOnPolicy

/// 权限组可用资源删除，只删除参数指定的资源，已有的其它资源不受影响：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DetachResourceScopeOnPolicyRequest {
    /// 公共参数,本接口取值:DetachResourceScopeOnPolicy
    pub action: Action<DetachResourceScopeOnPolicy>,
    /// 权限组 ID
    pub policy_id: i64,
    /// 删除的资源
    pub resource_infos: Vec<ResourceInfoOfPolicyScope>,
}

// ---------------------------------------------------------------- DescribeResourceScopeListOnPolicy

/// 权限组可用资源范围分页查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceScopeListOnPolicyRequest {
    /// 公共参数,本接口取值:DescribeResourceScopeListOnPolicy
    pub action: Action<DescribeResourceScopeListOnPolicy>,
    /// 请求页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 权限组 ID
    pub policy_id: i64,
    /// 查询条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DescribeResourceScopeListOnPolicyRequestFilter>,
}

/// 权限组可用资源范围分页查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeResourceScopeListOnPolicyResponse {
    /// 分页列表数据
    pub data: DescribeResourceScopeListOnPolicyResponseData,
}

// ---------------------------------------------------------------- DeletePoliciesById

/// 权限组批量删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePoliciesByIdRequest {
    /// 公共参数,本接口取值:DeletePoliciesById
    pub action: Action<DeletePoliciesById>,
    /// 权限组 ID
    pub id: Vec<i64>,
}

/// 权限组批量删除：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePoliciesByIdResponse {
    /// 成功删除的权限组 ID
    pub deleted_policy_id: Nullable<Vec<i64>>,
}

// ---------------------------------------------------------------- AttachResourceScopeToPolicy

/// 权限组添加可用的资源，原有其它资源不受影响，若已存在的资源不再进行追加：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct AttachResourceScopeToPolicyRequest {
    /// 公共参数,本接口取值:AttachResourceScopeToPolicy
    pub action: Action<AttachResourceScopeToPolicy>,
    /// 权限组 ID
    pub policy_id: i64,
    /// 添加的资源
    pub resource_infos: Vec<ResourceInfoOfPolicyScope>,
}

// ---------------------------------------------------------------- DescribePolicy

/// 权限组详情获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePolicyRequest {
    /// 公共参数,本接口取值:DescribePolicy
    pub action: Action<DescribePolicy>,
    /// 权限组 ID
    pub policy_id: i64,
    /// 针对模糊配置的 action 定义，是否转换成精确的 action 定义返回
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accurate_actions: Option<bool>,
}

/// 权限组详情获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePolicyResponse {
    /// 权限组详情
    pub policy_info: Nullable<PolicyDetail>,
}

actions! {
    /// 权限组修改
    ModifyPolicy {
        summary: "权限组修改",
        request: ModifyPolicyRequest,
        response: ModifyPolicyResponse,
    }

    /// 权限组列表查询（指定资源类型）
    DescribePoliciesOnResourceType {
        summary: "权限组列表查询（指定资源类型）",
        request: DescribePoliciesOnResourceTypeRequest,
        response: DescribePoliciesOnResourceTypeResponse,
    }

    /// 权限组列表查询（指定资源）
    DescribeAvailablePoliciesOnResource {
        summary: "权限组列表查询（指定资源）",
        request: DescribeAvailablePoliciesOnResourceRequest,
        response: DescribeAvailablePoliciesOnResourceResponse,
    }

    /// 权限组创建
    CreatePolicy {
        summary: "权限组创建",
        request: CreatePolicyRequest,
        response: CreatePolicyResponse,
    }

    /// 权限组可用资源删除，只删除参数指定的资源，已有的其它资源不受影响
    DetachResourceScopeOnPolicy {
        summary: "权限组可用资源删除，只删除参数指定的资源，已有的其它资源不受影响",
        request: DetachResourceScopeOnPolicyRequest,
        response: RequestIdResponse,
    }

    /// 权限组可用资源范围分页查询
    DescribeResourceScopeListOnPolicy {
        summary: "权限组可用资源范围分页查询",
        request: DescribeResourceScopeListOnPolicyRequest,
        response: DescribeResourceScopeListOnPolicyResponse,
    }

    /// 权限组批量删除
    DeletePoliciesById {
        summary: "权限组批量删除",
        request: DeletePoliciesByIdRequest,
        response: DeletePoliciesByIdResponse,
    }

    /// 权限组添加可用的资源，原有其它资源不受影响，若已存在的资源不再进行追加
    AttachResourceScopeToPolicy {
        summary: "权限组添加可用的资源，原有其它资源不受影响，若已存在的资源不再进行追加",
        description: "为指定权限组添加可用的资源，原有其它资源不受影响，若已存在的资源不再进行追加",
        request: AttachResourceScopeToPolicyRequest,
        response: RequestIdResponse,
    }

    /// 权限组详情获取
    DescribePolicy {
        summary: "权限组详情获取",
        request: DescribePolicyRequest,
        response: DescribePolicyResponse,
    }
}
