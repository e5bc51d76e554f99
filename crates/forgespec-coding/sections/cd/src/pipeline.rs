//! 持续部署 › pipelines: create, change, delete, read, trigger, reorder and cancel
//! deployment pipelines (部署流程), and read their executions.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::task::CdTaskExecutionRef;
use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// CD 部署流程配置。
// E801: undefined in the document; modelled from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineConfig {
    /// 部署流程 ID。
    pub id: String,
    /// 部署流程名称。
    pub name: String,
    /// 部署流程配置，JSON 文本（一个字符串）。
    pub json_content: String,
}

/// CD 部署流程配置列表（DescribeCdPipelineConfigsResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineConfigList {
    /// CD 应用下的所有部署流程配置。
    pub pipeline_configs: Vec<CdPipelineConfig>,
}

/// CD 部署流程配置数据（DescribeCdPipelineConfigResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineConfigData {
    /// 部署流程配置。
    pub pipeline_config: CdPipelineConfig,
}

/// 部署流程执行记录的引用（TriggerCdPipelineResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineExecutionRef {
    /// 执行记录的路径，例如 `/pipelines/<PipelineExecutionId>`。
    pub pipeline_execution_ref: String,
    /// 部署流程执行记录 ID。
    pub pipeline_execution_id: String,
}

/// 部署流程执行记录数据（DescribeCdPipelineResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineExecutionDetail {
    /// 部署流程执行记录，JSON 文本（一个字符串）。
    pub pipeline_execution_json_content: String,
    /// 执行状态，例如 SUCCEEDED。
    pub pipeline_execution_status: String,
    /// 部署流程 ID。
    pub pipeline_config_id: String,
    /// 部署流程名称。
    pub pipeline_name: String,
    /// CD 应用名。
    pub application: String,
}

/// 部署流程 ID 与其序号。
// E807: the table lists `PipelineIdIndex.PipelineId` and `PipelineIdIndex.Index`;
// the example sends one object `PipelineIdIndex`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineIdIndex {
    /// 流水线id
    pub pipeline_id: String,
    /// 流水线序号
    // E807: typed String, sent as an integer: both accepted (as E5).
    pub index: IntegerOrString,
}

/// 流水线详情（ReorderCdPipelinesResponse）：调整顺序的任务执行记录。
// E808: the table types Data as `ReorderCdPipelinesResponse`, the name of the reply
// itself, and never defines it; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdReorderTaskExecution {
    /// 任务执行记录，JSON 文本（一个字符串）。
    pub task_execution_json_content: String,
    /// 任务执行状态，例如 SUCCEEDED。
    pub task_execution_status: String,
}

/// 一次部署流程执行。
// E801: undefined in the document; modelled from the example. Several fields are
// JSON texts inside a string, as sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineExecution {
    /// CD 应用名。
    pub application: String,
    /// 执行者的认证信息，JSON 文本（一个字符串）。
    pub authentication: String,
    /// 构建时间（毫秒时间戳）。
    pub build_time: i64,
    /// 是否已取消。
    pub canceled: bool,
    /// 执行的自定义名称。
    pub custom_name: String,
    /// 部署流程执行记录 ID。
    pub id: String,
    /// 初始配置，JSON 文本（一个字符串）。
    pub initial_config: String,
    /// 是否让等待中的执行继续等待。
    pub keep_waiting_pipelines: bool,
    /// 是否限制并发执行。
    pub limit_concurrent: bool,
    /// 部署流程名称。
    pub name: String,
    /// 触发来源，例如 api。
    pub origin: String,
    /// 部署流程 ID（configId）。
    pub pipeline_config_id: String,
    /// 各阶段的执行记录，JSON 文本（一个字符串）。
    pub stages: String,
    /// 开始时间（毫秒时间戳）。
    pub start_time: i64,
    /// 执行状态，例如 SUCCEEDED。
    pub status: String,
    /// 系统通知，JSON 文本（一个字符串）。
    pub system_notifications: String,
    /// 执行类型，例如 PIPELINE。
    pub r#type: String,
}

/// 部署执行历史（DescribeExecutionsByConfigIdResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdPipelineExecutionList {
    /// 部署流程的执行记录。
    pub executions: Vec<CdPipelineExecution>,
}

// ---------------------------------------------------------------- CreateCdPipeline

/// 创建 CD 部署流程：输入参数。
// E800: PipelineJsonContent is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdPipelineRequest {
    /// 公共参数,本接口取值:CreateCdPipeline。
    pub action: Action<CreateCdPipeline>,
    /// 部署流程 JSON 配置
    pub pipeline_json_content: String,
}

/// 创建 CD 部署流程：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdPipelineResponse {
    /// CD 部署流程数据
    pub data: CdTaskExecutionRef,
}

// ---------------------------------------------------------------- ModifyCdPipeline

/// 修改 CD 部署流程：输入参数。
// E800: PipelineConfigId and PipelineJsonContent are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdPipelineRequest {
    /// 公共参数,本接口取值:ModifyCdPipeline。
    pub action: Action<ModifyCdPipeline>,
    /// 部署流程 ID
    pub pipeline_config_id: String,
    /// 部署流程 JSON 配置
    pub pipeline_json_content: String,
}

/// 修改 CD 部署流程：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdPipelineResponse {
    /// 修改部署流程响应数据
    pub data: CdTaskExecutionRef,
}

// ---------------------------------------------------------------- DeleteCdPipeline

/// 删除 CD 部署流程：输入参数。
// E800: Application and PipelineName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdPipelineRequest {
    /// 公共参数,本接口取值:DeleteCdPipeline。
    pub action: Action<DeleteCdPipeline>,
    /// CD 应用名
    pub application: String,
    /// 部署流程名称
    pub pipeline_name: String,
}

// ---------------------------------------------------------------- DescribeCdPipelineConfigs

/// 获取 CD 应用下的所有部署流程配置：输入参数。
// E800: Application is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineConfigsRequest {
    /// 公共参数,本接口取值:DescribeCdPipelineConfigs。
    pub action: Action<DescribeCdPipelineConfigs>,
    /// CD 应用名
    pub application: String,
}

/// 获取 CD 应用下的所有部署流程配置：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineConfigsResponse {
    /// CD 部署流程配置数据
    pub data: CdPipelineConfigList,
}

// ---------------------------------------------------------------- DescribeCdPipelineConfig

/// 根据名称获取 CD 部署流程配置：输入参数。
// E800: Application and PipelineName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineConfigRequest {
    /// 公共参数,本接口取值:DescribeCdPipelineConfig。
    pub action: Action<DescribeCdPipelineConfig>,
    /// CD 应用名
    pub application: String,
    /// 部署流程名称
    pub pipeline_name: String,
}

/// 根据名称获取 CD 部署流程配置：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineConfigResponse {
    /// CD 部署流程配置数据
    pub data: CdPipelineConfigData,
}

// ---------------------------------------------------------------- TriggerCdPipeline

/// 触发部署流程：输入参数。
// E800: Application and PipelineNameOrId are required; TriggerJsonContent (the
// trigger's parameters) is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerCdPipelineRequest {
    /// 公共参数,本接口取值:TriggerCdPipeline。
    pub action: Action<TriggerCdPipeline>,
    /// CD 应用名
    pub application: String,
    /// 部署流程名称或 ID
    pub pipeline_name_or_id: String,
    /// 触发参数 JSON 配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_json_content: Option<String>,
}

/// 触发部署流程：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerCdPipelineResponse {
    /// 部署流程执行记录数据
    pub data: CdPipelineExecutionRef,
}

// ---------------------------------------------------------------- DescribeCdPipeline

/// 获取 CD 部署流程执行记录：输入参数。
// E800: PipelineExecutionId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineRequest {
    /// 公共参数,本接口取值:DescribeCdPipeline。
    pub action: Action<DescribeCdPipeline>,
    /// 部署流程执行记录 ID
    pub pipeline_execution_id: String,
}

/// 获取 CD 部署流程执行记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdPipelineResponse {
    /// 部署流程执行记录数据
    pub data: CdPipelineExecutionDetail,
}

// ---------------------------------------------------------------- ReorderCdPipelines

/// 查询指定序号部署流水线详情：输入参数。
// E805: the title does not describe the Action (it reorders pipelines). E806: the
// second `Action` row is `Application`. E800: Application and PipelineIdIndex are
// required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ReorderCdPipelinesRequest {
    /// 公共参数,本接口取值:ReorderCdPipelines。
    pub action: Action<ReorderCdPipelines>,
    /// 应用名称
    pub application: String,
    /// 部署流程排序列表
    // E1410: the export's PipelineIdsIndices, a list, where the help document's
    // table and example give one PipelineIdIndex (E807); the list is what the wire
    // takes today.
    pub pipeline_ids_indices: Vec<CdPipelineIdIndex>,
}

/// 查询指定序号部署流水线详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReorderCdPipelinesResponse {
    /// 流水线详情
    // E808.
    pub data: CdReorderTaskExecution,
}

// ---------------------------------------------------------------- DescribeExecutionsByConfigId

/// 获取 CD 部署执行历史：输入参数。
// E800: ConfigId is required. E809: the example sends `Limit`, which the table
// does not list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeExecutionsByConfigIdRequest {
    /// 公共参数,本接口取值:DescribeExecutionsByConfigId。
    pub action: Action<DescribeExecutionsByConfigId>,
    /// 流水线 configId
    pub config_id: String,
    /// 返回的执行记录条数上限（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// 获取 CD 部署执行历史：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeExecutionsByConfigIdResponse {
    /// 部署执行历史
    pub data: CdPipelineExecutionList,
}

// ---------------------------------------------------------------- CancelCdPipeline

/// 取消执行中的 CD 部署流程：输入参数。
// E800: PipelineExecutionId is required; Reason is optional (the example omits it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CancelCdPipelineRequest {
    /// 公共参数,本接口取值:CancelCdPipeline。
    pub action: Action<CancelCdPipeline>,
    /// 部署流程执行记录 ID
    pub pipeline_execution_id: String,
    /// 取消原因
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

actions! {
    /// 创建 CD 部署流程
    CreateCdPipeline {
        summary: "创建 CD 部署流程",
        source: "创建 CD 部署流程",
        request: CreateCdPipelineRequest,
        response: CreateCdPipelineResponse,
    }

    /// 修改 CD 部署流程
    ModifyCdPipeline {
        summary: "修改 CD 部署流程",
        source: "修改 CD 部署流程",
        request: ModifyCdPipelineRequest,
        response: ModifyCdPipelineResponse,
    }

    /// 删除 CD 部署流程
    DeleteCdPipeline {
        summary: "删除 CD 部署流程",
        source: "删除 CD 部署流程",
        request: DeleteCdPipelineRequest,
        response: RequestIdResponse,
    }

    /// 获取 CD 应用下的所有部署流程配置
    DescribeCdPipelineConfigs {
        summary: "获取 CD 应用下的所有部署流程配置",
        source: "获取 CD 应用下的所有部署流程配置",
        request: DescribeCdPipelineConfigsRequest,
        response: DescribeCdPipelineConfigsResponse,
    }

    /// 根据名称获取 CD 部署流程配置
    DescribeCdPipelineConfig {
        summary: "根据名称获取 CD 部署流程配置",
        source: "根据名称获取 CD 部署流程配置",
        request: DescribeCdPipelineConfigRequest,
        response: DescribeCdPipelineConfigResponse,
    }

    /// 触发部署流程
    TriggerCdPipeline {
        summary: "触发部署流程",
        source: "触发部署流程",
        request: TriggerCdPipelineRequest,
        response: TriggerCdPipelineResponse,
    }

    /// 获取 CD 部署流程执行记录
    DescribeCdPipeline {
        summary: "获取 CD 部署流程执行记录",
        source: "获取 CD 部署流程执行记录",
        request: DescribeCdPipelineRequest,
        response: DescribeCdPipelineResponse,
    }

    // E805: the summary is the document's title, which names another operation.
    /// 查询指定序号部署流水线详情
    ReorderCdPipelines {
        summary: "查询指定序号部署流水线详情",
        source: "查询指定序号部署流水线详情",
        request: ReorderCdPipelinesRequest,
        response: ReorderCdPipelinesResponse,
    }

    /// 获取 CD 部署执行历史
    DescribeExecutionsByConfigId {
        summary: "获取 CD 部署执行历史",
        source: "获取 CD 部署执行历史",
        request: DescribeExecutionsByConfigIdRequest,
        response: DescribeExecutionsByConfigIdResponse,
    }

    /// 取消执行中的 CD 部署流程
    CancelCdPipeline {
        summary: "取消执行中的 CD 部署流程",
        source: "取消执行中的 CD 部署流程",
        request: CancelCdPipelineRequest,
        response: RequestIdResponse,
    }
}
