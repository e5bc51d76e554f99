//! 持续集成 › builds: trigger, stop and delete a build; its details, list, logs,
//! stages, steps and environment variables.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CIJobEnv, CiApiVersion};
use crate::common::{FlexibleNumber, RequestIdResponse, actions};

/// CodingCIBuild：构建详情。
// E701: the document names CodingCIBuild but never defines it; the fields are read
// off the examples (DescribeCodingCIBuild, TriggerCodingCIBuild,
// DescribeCodingCIBuilds), described in our words. E704: the second build of
// DescribeCodingCIBuilds carries `CciId` in place of `CodingCIId`, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIBuild {
    /// 构建 ID。
    pub id: i64,
    /// 构建计划 ID。
    pub job_id: i64,
    /// 构建计划在 CI 中的标识(如 cci-2-605077)。
    #[serde(
        rename = "CodingCIId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub coding_ci_id: Option<String>,
    /// 构建计划在 CI 中的标识(CodingCIId 的另一种写法,见于示例)。
    // E704
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cci_id: Option<String>,
    /// 构建序号。
    pub number: i64,
    /// 构建的提交 ID。
    pub commit_id: String,
    /// 触发原因。
    pub cause: String,
    /// 分支。
    pub branch: String,
    /// 失败信息。
    pub failed_message: String,
    /// 本次构建使用的 Jenkinsfile 内容。
    pub jenkins_file_content: String,
    /// 构建耗时(毫秒)。
    pub duration: i64,
    /// 构建状态,例如:QUEUED、SUCCEED、ABORTED。
    // E701: the examples show QUEUED, SUCCEED and ABORTED; no list of values is
    // documented, so this is a plain string.
    pub status: String,
    /// 当前状态所在节点。
    pub status_node: String,
    /// 测试结果。
    pub test_result: CiBuildTestResult,
    /// 创建时间。
    pub created_at: i64,
    /// 获取到执行机的时间，如果为负数表示还未获取到构建节点（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub node_obtained_at: Option<Nullable<i64>>,
    /// 开始构建时间，如果为负数就是默认值表示还未开始（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub started_at: Option<Nullable<i64>>,
    /// 构建使用的环境变量（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub env_list: Option<Nullable<Vec<CIJobEnv>>>,
}

/// 构建的测试结果(表格未定义,见于示例)。
// E701: read off the examples; described in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CiBuildTestResult {
    /// 是否没有测试结果。
    pub empty: bool,
    /// 失败的用例数。
    pub fail_count: i64,
    /// 通过的用例数。
    pub pass_count: i64,
    /// 跳过的用例数。
    pub skip_count: i64,
    /// 用例总数。
    pub total_count: i64,
    /// 测试耗时。
    // E722: a test duration is a fraction of seconds in JUnit reports; the example
    // writes 0.
    pub duration: FlexibleNumber,
}

/// DescribeCodingCIBuildLogData：日志详情。
// E701: not defined by the document; read off the examples. E706: the step log
// (DescribeCodingCIBuildStepLogData) has the same shape and uses this schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogData {
    /// 日志内容。
    pub log: String,
    /// 是否还有更多日志。
    pub more_data: bool,
    /// 已返回的日志长度。
    pub text_delivered: i64,
    /// 日志总长度。
    pub text_size: i64,
}

// ---------------------------------------------------------------- DescribeCodingCIBuild

/// 查询构建记录详情：输入参数。
// E700: BuildId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuild。
    pub action: Action<DescribeCodingCIBuild>,
    /// 构建 ID
    pub build_id: i64,
}

/// 查询构建记录详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildResponse {
    /// 构建详情
    pub build: CodingCIBuild,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildLogRaw

/// 查询构建完整日志(原始日志 Raw)：输入参数。
// E700: BuildId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogRawRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildLogRaw。
    pub action: Action<DescribeCodingCIBuildLogRaw>,
    /// 构建 ID
    pub build_id: i64,
    /// 日志开始位置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<i64>,
}

/// 构建完整的日志（CODING OpenAPI export）
// E705: the help document names DescribeCodingCIBuildLogRawData without defining it;
// the export defines it. No hand-written example shows it, so `Raw`, which its
// `x-tcapi-output-required` lists, is required (E1105).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogRawData {
    /// 日志
    pub raw: String,
}

/// 查询构建完整日志(原始日志 Raw)：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogRawResponse {
    /// 构建原始日志
    // E705: the examples of both sources have no `Data`: optional, of the export's
    // shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<DescribeCodingCIBuildLogRawData>,
}

// ---------------------------------------------------------------- TriggerCodingCIBuild

/// 触发构建：输入参数。
// E700: JobId is required; Revision may be omitted (its own text says when).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerCodingCIBuildRequest {
    /// 公共参数,本接口取值:TriggerCodingCIBuild。
    pub action: Action<TriggerCodingCIBuild>,
    /// 构建计划 Id
    pub job_id: i64,
    /// 分支名或 CommitId,当为构建计划的 DepotType 为 NONE 是可不传
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// 构建附加的环境变量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param_list: Option<Vec<CIJobEnv>>,
    /// 可重入字符串
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reentrant: Option<String>,
}

/// TriggerCodingCIBuildData：构建信息。
// E702: not defined by the document; the example holds the triggered build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerCodingCIBuildData {
    /// 触发的构建。
    pub build: CodingCIBuild,
}

/// 触发构建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TriggerCodingCIBuildResponse {
    /// 构建信息
    pub data: TriggerCodingCIBuildData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildStepLog

/// 获取构建步骤日志：输入参数。
// E700: BuildId, StageId and StepId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStepLogRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildStepLog。
    pub action: Action<DescribeCodingCIBuildStepLog>,
    /// 构建 ID
    pub build_id: i64,
    /// 阶段 ID
    pub stage_id: i64,
    /// 步骤 ID
    pub step_id: i64,
    /// 日志开始位置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<i64>,
}

/// 获取构建步骤日志：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStepLogResponse {
    /// 日志详情
    // E706: DescribeCodingCIBuildStepLogData has the shape of DescribeCodingCIBuildLogData.
    pub data: DescribeCodingCIBuildLogData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuilds

/// 获取构建计划的构建列表：输入参数。
// E700: JobId is required. E710: Version and Region are optional. E2: paged with
// PageNumber/PageSize.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuilds。
    pub action: Action<DescribeCodingCIBuilds>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 构建计划 ID
    pub job_id: i64,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// DescribeCodingCIBuildsData：构建列表。
// E702: not defined by the document; read off the example. E2: the list key is
// BuildList, answered with PageNumber, PageSize and TotalCount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildsData {
    /// 构建列表。
    pub build_list: Vec<CodingCIBuild>,
    /// 页码。
    pub page_number: i64,
    /// 每页条数。
    pub page_size: i64,
    /// 总条数。
    pub total_count: i64,
}

/// 获取构建计划的构建列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildsResponse {
    /// 构建列表
    pub data: DescribeCodingCIBuildsData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildEnvs

/// 环境变量类型
///
/// SYSTEM(系统内置环境变量) Param(触发构建输入环境变量) Env(构建计划填写环境变量)
// E707: the table writes SYSTEM, Param and Env; the example sends PARAM. The wire
// values are the upper-case ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiBuildEnvType {
    /// SYSTEM(系统内置环境变量)
    System,
    /// Param(触发构建输入环境变量)
    Param,
    /// Env(构建计划填写环境变量)
    Env,
}

/// 获取构建计划环境变量：输入参数。
// E700: BuildId is required; Type is a filter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildEnvsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildEnvs。
    pub action: Action<DescribeCodingCIBuildEnvs>,
    /// 构建ID
    pub build_id: i64,
    /// SYSTEM(系统内置环境变量) Param(触发构建输入环境变量) Env(构建计划填写环境变量)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CiBuildEnvType>,
}

/// 获取构建计划环境变量：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildEnvsResponse {
    /// 环境变量列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub env_list: Nullable<Vec<CIJobEnv>>,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildStage

/// 获取构建任务阶段：输入参数。
// E708: the table has no Action row; the example sends it. E700: BuildId is
// required. E710: Region is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStageRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildStage。
    pub action: Action<DescribeCodingCIBuildStage>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 构建 ID
    pub build_id: i64,
}

/// CodingCIBuildStageData：包含步骤返回信息。
// E702: not defined by the document; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIBuildStageData {
    /// 构建阶段列表,JSON 数组编码为字符串(Jenkins Blue Ocean 的阶段节点)。
    pub stage_json_string: String,
}

/// 获取构建任务阶段：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStageResponse {
    /// 包含步骤返回信息
    pub data: CodingCIBuildStageData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildStep

/// 获取构建任务指定阶段的步骤：输入参数。
// E700: BuildId and StageId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStepRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildStep。
    pub action: Action<DescribeCodingCIBuildStep>,
    /// 构建 ID
    pub build_id: i64,
    /// 阶段 ID
    pub stage_id: i64,
}

/// CodingCIBuildStepData：Step 信息。
// E702: not defined by the document; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIBuildStepData {
    /// 阶段的步骤列表,JSON 数组编码为字符串(Jenkins Blue Ocean 的步骤节点)。
    pub step_json_string: String,
}

/// 获取构建任务指定阶段的步骤：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildStepResponse {
    /// Step 信息
    pub data: CodingCIBuildStepData,
}

// ---------------------------------------------------------------- DescribeCodingCIBuildLog

/// 获取构建日志：输入参数。
// E700: BuildId is required. E709: the example also sends StageId and StepId
// (optional here) and writes `start` for `Start`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogRequest {
    /// 公共参数,本接口取值:DescribeCodingCIBuildLog。
    pub action: Action<DescribeCodingCIBuildLog>,
    /// 构建 ID
    pub build_id: i64,
    /// 阶段 ID(表格未列出,见于示例)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<i64>,
    /// 步骤 ID(表格未列出,见于示例)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_id: Option<i64>,
    /// 日志的开始位置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<i64>,
}

/// 获取构建日志：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIBuildLogResponse {
    /// 日志信息
    pub data: DescribeCodingCIBuildLogData,
}

// ---------------------------------------------------------------- DeleteCodingCIBuild

/// 删除构建：输入参数。
// E700: BuildId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCodingCIBuildRequest {
    /// 公共参数,本接口取值:DeleteCodingCIBuild。
    pub action: Action<DeleteCodingCIBuild>,
    /// 构建 ID
    pub build_id: i64,
}

// ---------------------------------------------------------------- StopCodingCIBuild

/// 停止构建：输入参数。
// E700: BuildId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct StopCodingCIBuildRequest {
    /// 公共参数,本接口取值:StopCodingCIBuild。
    pub action: Action<StopCodingCIBuild>,
    /// 构建 ID
    pub build_id: i64,
}

actions! {
    /// 查询构建记录详情
    DescribeCodingCIBuild {
        summary: "查询构建记录详情",
        source: "查询构建记录详情",
        request: DescribeCodingCIBuildRequest,
        response: DescribeCodingCIBuildResponse,
    }

    /// 查询构建完整日志(原始日志 Raw)
    DescribeCodingCIBuildLogRaw {
        summary: "查询构建完整日志(原始日志 Raw)",
        source: "查询构建完整日志(原始日志 Raw)",
        request: DescribeCodingCIBuildLogRawRequest,
        response: DescribeCodingCIBuildLogRawResponse,
    }

    /// 触发构建
    TriggerCodingCIBuild {
        summary: "触发构建",
        source: "触发构建",
        request: TriggerCodingCIBuildRequest,
        response: TriggerCodingCIBuildResponse,
    }

    /// 获取构建步骤日志
    DescribeCodingCIBuildStepLog {
        summary: "获取构建步骤日志",
        source: "获取构建步骤日志",
        request: DescribeCodingCIBuildStepLogRequest,
        response: DescribeCodingCIBuildStepLogResponse,
    }

    /// 获取构建计划的构建列表
    DescribeCodingCIBuilds {
        summary: "获取构建计划的构建列表",
        source: "获取构建计划的构建列表",
        request: DescribeCodingCIBuildsRequest,
        response: DescribeCodingCIBuildsResponse,
    }

    /// 获取构建计划环境变量
    DescribeCodingCIBuildEnvs {
        summary: "获取构建计划环境变量",
        source: "获取构建计划环境变量",
        request: DescribeCodingCIBuildEnvsRequest,
        response: DescribeCodingCIBuildEnvsResponse,
    }

    /// 获取构建任务阶段
    DescribeCodingCIBuildStage {
        summary: "获取构建任务阶段",
        source: "获取构建任务阶段",
        request: DescribeCodingCIBuildStageRequest,
        response: DescribeCodingCIBuildStageResponse,
    }

    /// 获取构建任务指定阶段的步骤
    DescribeCodingCIBuildStep {
        summary: "获取构建任务指定阶段的步骤",
        source: "获取构建任务指定阶段的步骤",
        request: DescribeCodingCIBuildStepRequest,
        response: DescribeCodingCIBuildStepResponse,
    }

    /// 获取构建日志
    DescribeCodingCIBuildLog {
        summary: "获取构建日志",
        source: "获取构建日志",
        request: DescribeCodingCIBuildLogRequest,
        response: DescribeCodingCIBuildLogResponse,
    }

    /// 删除构建
    DeleteCodingCIBuild {
        summary: "删除构建",
        source: "删除构建",
        request: DeleteCodingCIBuildRequest,
        response: RequestIdResponse,
    }

    /// 停止构建
    StopCodingCIBuild {
        summary: "停止构建",
        source: "停止构建",
        request: StopCodingCIBuildRequest,
        response: RequestIdResponse,
    }
}
