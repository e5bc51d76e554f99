//! 持续部署 › tasks: run a CD task (described by a JSON configuration) and read
//! its execution record.

use crate::common::actions;
use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// CD 任务执行记录的引用（CreateCdTaskResponseData、CreateCdPipelineResponseData、ModifyCdPipelineResponseData）。
// E801: the three undefined Data types of the Actions that start a task are one
// shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTaskExecutionRef {
    /// 任务执行记录的路径，例如 `/tasks/<TaskExecutionId>`。
    pub task_execution_ref: String,
    /// 任务执行记录 ID。
    pub task_execution_id: String,
}

/// CD 任务执行记录数据（DescribeCdTaskResponseData）。
// E801: undefined in the document; modelled from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CdTaskExecution {
    /// 任务执行记录，JSON 文本（一个字符串）。
    pub task_execution_json_content: String,
    /// 任务执行状态，例如 SUCCEEDED。
    pub task_execution_status: String,
    /// CD 应用名。
    pub application: String,
}

// ---------------------------------------------------------------- CreateCdTask

/// 执行 CD 任务：输入参数。
// E800: TaskJsonContent is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdTaskRequest {
    /// 公共参数,本接口取值:CreateCdTask。
    pub action: Action<CreateCdTask>,
    /// 任务 JSON 配置
    pub task_json_content: String,
}

/// 执行 CD 任务：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdTaskResponse {
    /// CD 任务执行记录数据
    pub data: CdTaskExecutionRef,
}

// ---------------------------------------------------------------- DescribeCdTask

/// 获取 CD 任务执行记录：输入参数。
// E800: TaskExecutionId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdTaskRequest {
    /// 公共参数,本接口取值:DescribeCdTask。
    pub action: Action<DescribeCdTask>,
    /// 任务执行记录 ID
    pub task_execution_id: String,
}

/// 获取 CD 任务执行记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdTaskResponse {
    /// CD 任务执行记录数据
    pub data: CdTaskExecution,
}

actions! {
    /// 执行 CD 任务
    CreateCdTask {
        summary: "执行 CD 任务",
        source: "执行 CD 任务",
        request: CreateCdTaskRequest,
        response: CreateCdTaskResponse,
    }

    /// 获取 CD 任务执行记录
    DescribeCdTask {
        summary: "获取 CD 任务执行记录",
        source: "获取 CD 任务执行记录",
        request: DescribeCdTaskRequest,
        response: DescribeCdTaskResponse,
    }
}
