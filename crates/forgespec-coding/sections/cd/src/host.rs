//! 持续部署 › hosts: the agent machines (堡垒机) and their secret, host server
//! groups (主机组), and the instances a deployment placed on a host server group.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// SSH 认证方式(可选值:PUBLIC_KEY、PASSWORD)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CdSshAuthMethod {
    /// `PUBLIC_KEY`: 公钥认证。
    PublicKey,
    /// `PASSWORD`: 密码认证。
    Password,
}

/// HostServerGroupLabel 参数：主机组标签。
// E800: Key and Value are
// required (a label is the pair).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct HostServerGroupLabel {
    /// 主机组标签键
    pub key: String,
    /// 主机组标签值
    pub value: String,
}

/// 堡垒机秘钥（DescribeAgentSecret 的 Data）。
// E36: the table lists `Secret` beside RequestId; the example wraps it in `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdAgentSecret {
    /// 秘钥
    pub secret: String,
}

/// 部署状态 succeed:成功 failed:失败 running:运行中
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CdHostServerInstanceStatus {
    /// succeed:成功
    Succeed,
    /// failed:失败
    Failed,
    /// running:运行中
    Running,
}

/// 主机组中一台主机的部署详情。
// E810: the table lists these fields beside RequestId; the example answers them as
// the items of a `Data` array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerInstance {
    /// 部署账号
    pub account: String,
    /// 云主机类型 主机组部署默认为 hostserver
    pub cloud_provider: String,
    /// 部署时间
    pub deployed_time: i64,
    /// 主机ip
    pub human_readable_name: String,
    /// 主机ip
    pub ip: String,
    /// 该主机部署主键
    pub name: String,
    /// 云主机类型 主机组部署默认为 hostserver
    pub provider_type: String,
    /// 主机组名称
    pub region: String,
    /// 部署状态 succeed:成功 failed:失败 running:运行中
    pub status: CdHostServerInstanceStatus,
    /// 主机组名称
    pub zone: String,
}

/// 堡垒机。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdAgentMachine {
    /// 堡垒机 ID。
    pub id: i64,
    /// 堡垒机名称。
    pub name: String,
    /// 堡垒机状态，例如 SUCCESS。
    pub status: String,
}

/// 主机组。
// E801: undefined in the document; modelled from the examples (list, create and
// modify answer these four fields; DescribeCdHostServerGroup answers
// CdHostServerGroupDetail).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerGroup {
    /// 主机组所用的堡垒机。
    pub agent_machine: CdAgentMachine,
    /// 主机组 ID
    pub id: i64,
    /// 主机组名称
    pub display_name: String,
    /// 部署账号（部署时使用的主机组账号）。
    pub account: String,
}

/// 主机组详情。
// E801: undefined in the document; modelled from the DescribeCdHostServerGroup
// example. Descriptions of the fields that are also input parameters are the
// document's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerGroupDetail {
    /// 主机组所用的堡垒机。
    pub agent_machine: CdAgentMachine,
    /// 主机组 ID
    pub id: i64,
    /// 主机组名称
    pub display_name: String,
    /// 部署账号（部署时使用的主机组账号）。
    pub account: String,
    /// SSH 认证方式(可选值:PUBLIC_KEY、PASSWORD)
    pub auth_method: CdSshAuthMethod,
    /// SSH 用户名
    pub user_name: String,
    /// SSH 端口
    pub port: i64,
    /// 主机组标签
    pub labels: Vec<HostServerGroupLabel>,
    /// 实例 IP 列表
    pub ips: Vec<String>,
}

/// 主机组列表数据（DescribeCdHostServerGroupsResponseData）。
// E801: undefined in the document; modelled from the example. E2: one page type
// per Action (PageNumber/PageSize in, TotalPage/TotalRow out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerGroupPage {
    /// 本页的主机组。
    pub host_server_groups: Vec<CdHostServerGroup>,
    /// 页码。
    pub page_number: i64,
    /// 每页条数。
    pub page_size: i64,
    /// 总页数。
    pub total_page: i64,
    /// 总条数。
    pub total_row: i64,
}

/// 堡垒机列表数据（DescribeCdAgentMachinesResponseData）。
// E801: undefined in the document; modelled from the example. E2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdAgentMachinePage {
    /// 本页的堡垒机。
    pub agent_machines: Vec<CdAgentMachine>,
    /// 页码。
    pub page_number: i64,
    /// 每页条数。
    pub page_size: i64,
    /// 总页数。
    pub total_page: i64,
    /// 总条数。
    pub total_row: i64,
}

/// 主机组数据（CreateCdHostServerGroupResponseData、ModifyCdHostServerGroupResponseData）。
// E801: the two undefined Data types are one shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerGroupData {
    /// 主机组。
    pub host_server_group: CdHostServerGroup,
}

/// 主机组详情数据（DescribeCdHostServerGroupResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdHostServerGroupDetailData {
    /// 主机组详情。
    pub host_server_group: CdHostServerGroupDetail,
}

// ---------------------------------------------------------------- DescribeAgentSecret

/// 查询堡垒机秘钥：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAgentSecretRequest {
    /// 公共参数,本接口取值:DescribeAgentSecret。
    pub action: Action<DescribeAgentSecret>,
}

/// 查询堡垒机秘钥：输出参数。
// E36: the table's `Secret` is answered inside `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAgentSecretResponse {
    /// 堡垒机秘钥（表格把 Secret 与 RequestId 并列，示例放在 Data 中）。
    pub data: CdAgentSecret,
}

// ---------------------------------------------------------------- DescribeHostServerInstance

/// 获取 CD 主机组部署详情：输入参数。
// E800: Account and ServerGroupName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHostServerInstanceRequest {
    /// 公共参数,本接口取值:DescribeHostServerInstance。
    pub action: Action<DescribeHostServerInstance>,
    /// 部署账号 从 DescribeCdPipeline 获取
    pub account: String,
    /// 主机组名称 从 DescribeCdPipeline 获取
    pub server_group_name: String,
}

/// 获取 CD 主机组部署详情：输出参数。
// E810: the table's fields are answered as the items of a `Data` array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHostServerInstanceResponse {
    /// 主机组中各主机的部署详情（表格把这些字段与 RequestId 并列，示例放在 Data 数组中）。
    pub data: Vec<CdHostServerInstance>,
}

// ---------------------------------------------------------------- DescribeCdHostServerGroups

/// 获取 CD 主机组列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdHostServerGroupsRequest {
    /// 公共参数,本接口取值:DescribeCdHostServerGroups。
    pub action: Action<DescribeCdHostServerGroups>,
    /// 页码(默认为 1)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数(默认为 10,最大值为 500)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 检索关键字(按主机组名称搜索)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

/// 获取 CD 主机组列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdHostServerGroupsResponse {
    /// 主机组列表数据
    pub data: CdHostServerGroupPage,
}

// ---------------------------------------------------------------- DescribeCdAgentMachines

/// 获取 CD 堡垒机列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdAgentMachinesRequest {
    /// 公共参数,本接口取值:DescribeCdAgentMachines。
    pub action: Action<DescribeCdAgentMachines>,
    /// 页码(默认为 1)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数(默认为 10,最大值为 500)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 检索关键字(按堡垒机名称搜索)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

/// 获取 CD 堡垒机列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdAgentMachinesResponse {
    /// 堡垒机列表数据
    pub data: CdAgentMachinePage,
}

// ---------------------------------------------------------------- CreateCdHostServerGroup

/// 添加 CD 主机组：输入参数。
// E800: AgentMachineId, DisplayName and Ips are required; the SSH settings,
// password and labels are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdHostServerGroupRequest {
    /// 公共参数,本接口取值:CreateCdHostServerGroup。
    pub action: Action<CreateCdHostServerGroup>,
    /// 堡垒机 ID
    pub agent_machine_id: i64,
    /// 主机组名称
    pub display_name: String,
    /// SSH 认证方式(可选值:PUBLIC_KEY、PASSWORD)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<CdSshAuthMethod>,
    /// SSH 用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// SSH 端口
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// 实例 IP 列表
    pub ips: Vec<String>,
    /// SSH 密码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// 主机组标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<HostServerGroupLabel>>,
}

/// 添加 CD 主机组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdHostServerGroupResponse {
    /// 主机组数据
    pub data: CdHostServerGroupData,
}

// ---------------------------------------------------------------- ModifyCdHostServerGroup

/// 修改 CD 主机组：输入参数。
// E800: Id is required; everything else is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdHostServerGroupRequest {
    /// 公共参数,本接口取值:ModifyCdHostServerGroup。
    pub action: Action<ModifyCdHostServerGroup>,
    /// 堡垒机 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_machine_id: Option<i64>,
    /// 主机组名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// SSH 认证方式(可选值:PUBLIC_KEY、PASSWORD)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<CdSshAuthMethod>,
    /// SSH 用户名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// SSH 端口
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// 实例 IP 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ips: Option<Vec<String>>,
    /// 主机组 ID
    pub id: i64,
    /// SSH 密码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// 主机组标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<HostServerGroupLabel>>,
}

/// 修改 CD 主机组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdHostServerGroupResponse {
    /// 主机组数据
    pub data: CdHostServerGroupData,
}

// ---------------------------------------------------------------- DescribeCdHostServerGroup

/// 获取 CD 主机组：输入参数。
// E800: Id is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdHostServerGroupRequest {
    /// 公共参数,本接口取值:DescribeCdHostServerGroup。
    pub action: Action<DescribeCdHostServerGroup>,
    /// 主机组 ID
    pub id: i64,
}

/// 获取 CD 主机组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdHostServerGroupResponse {
    /// 主机组详情数据
    pub data: CdHostServerGroupDetailData,
}

// ---------------------------------------------------------------- DeleteCdHostServerGroup

/// 删除 CD 主机组：输入参数。
// E800: Id is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdHostServerGroupRequest {
    /// 公共参数,本接口取值:DeleteCdHostServerGroup。
    pub action: Action<DeleteCdHostServerGroup>,
    /// 主机组 ID
    pub id: i64,
}

actions! {
    /// 查询堡垒机秘钥
    DescribeAgentSecret {
        summary: "查询堡垒机秘钥",
        source: "查询堡垒机秘钥",
        request: DescribeAgentSecretRequest,
        response: DescribeAgentSecretResponse,
    }

    /// 获取 CD 主机组部署详情
    DescribeHostServerInstance {
        summary: "获取 CD 主机组部署详情",
        source: "获取 CD 主机组部署详情",
        request: DescribeHostServerInstanceRequest,
        response: DescribeHostServerInstanceResponse,
    }

    /// 获取 CD 主机组列表
    DescribeCdHostServerGroups {
        summary: "获取 CD 主机组列表",
        source: "获取 CD 主机组列表",
        request: DescribeCdHostServerGroupsRequest,
        response: DescribeCdHostServerGroupsResponse,
    }

    /// 获取 CD 堡垒机列表
    DescribeCdAgentMachines {
        summary: "获取 CD 堡垒机列表",
        source: "获取 CD 堡垒机列表",
        request: DescribeCdAgentMachinesRequest,
        response: DescribeCdAgentMachinesResponse,
    }

    /// 添加 CD 主机组
    CreateCdHostServerGroup {
        summary: "添加 CD 主机组",
        source: "添加 CD 主机组",
        request: CreateCdHostServerGroupRequest,
        response: CreateCdHostServerGroupResponse,
    }

    /// 修改 CD 主机组
    ModifyCdHostServerGroup {
        summary: "修改 CD 主机组",
        source: "修改 CD 主机组",
        request: ModifyCdHostServerGroupRequest,
        response: ModifyCdHostServerGroupResponse,
    }

    /// 获取 CD 主机组
    DescribeCdHostServerGroup {
        summary: "获取 CD 主机组",
        source: "获取 CD 主机组",
        request: DescribeCdHostServerGroupRequest,
        response: DescribeCdHostServerGroupResponse,
    }

    /// 删除 CD 主机组
    DeleteCdHostServerGroup {
        summary: "删除 CD 主机组",
        source: "删除 CD 主机组",
        request: DeleteCdHostServerGroupRequest,
        response: RequestIdResponse,
    }
}
