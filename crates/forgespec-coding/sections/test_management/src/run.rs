//! 测试管理 › 测试计划: 创建测试计划, 修改测试计划, 删除测试计划, 归档测试计划,
//! 测试计划详情 and 测试计划列表.

use std::collections::BTreeMap;

use forgespec_core::{Action, New, Nullable, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};
use crate::iteration::IterationStatus;

int_enum! {
    /// 执行类型:1-手动执行 2-自动化流水线执行
    pub enum TestRunExecuteType {
        /// 1-手动执行
        Manual = 1,
        /// 2-自动化流水线执行
        Pipeline = 2,
    }
}

int_enum! {
    /// 状态: 0-未开始 1-进行中 2-已测完
    pub enum TestRunState {
        /// 0-未开始
        NotStarted = 0,
        /// 1-进行中
        InProgress = 1,
        /// 2-已测完
        Finished = 2,
    }
}

int_enum! {
    /// 发布版本状态:0-未发布 1-已发布
    pub enum TestGitReleaseState {
        /// 0-未发布
        Unreleased = 0,
        /// 1-已发布
        Released = 1,
    }
}

/// Run
///
/// 测试计划详情
// ArchiveTestRun's example carries fewer
// fields than the others; those fields are optional (E1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Run {
    /// ID 主键
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 所属迭代 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub iteration_id: Nullable<i64>,
    /// 名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 是否包含全部用例
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub include_all: Nullable<bool>,
    /// 是否归档
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub is_completed: Nullable<bool>,
    /// 归档时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub completed_at: Nullable<String>,
    /// 计划内通过测试数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub passed_count: Nullable<i64>,
    /// 计划内重新测试数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub retest_count: Nullable<i64>,
    /// 计划内失败测试数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub failed_count: Nullable<i64>,
    /// 计划内未测试数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub untested_count: Nullable<i64>,
    /// 计划内阻塞测试数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub blocked_count: Nullable<i64>,
    /// 处理人ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_to_id: Nullable<i64>,
    /// 描述
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub description: Nullable<String>,
    /// 创建人ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_by: Nullable<i64>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
    /// 分组 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub section_id: Option<Nullable<i64>>,
    /// 分组名
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub section_name: Option<Nullable<String>>,
    /// 状态: 0-未开始 1-进行中 2-已测完
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub state: Option<Nullable<TestRunState>>,
    /// 持续天数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub days: Option<Nullable<i64>>,
    /// 环境标识
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub config_environment_id: Option<Nullable<i64>>,
    /// 代码仓库 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub git_depot_id: Option<Nullable<i64>>,
    /// 代码仓库名名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub git_depot_name: Option<Nullable<String>>,
    /// 发布版本 ID(资源 ID)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub git_release_id: Option<Nullable<i64>>,
    /// 发布版本名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub git_release_name: Option<Nullable<String>>,
    /// 发布版本名称状态:0-未发布 1-已发布
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub git_release_state: Option<Nullable<TestGitReleaseState>>,
    /// 执行方式: 1-手动执行 2-自动化流水线执行
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub execute_type: Option<Nullable<TestRunExecuteType>>,
    /// 迭代名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub iteration_name: Option<Nullable<String>>,
}

/// Data：测试计划信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestRunData {
    /// 测试计划信息
    pub run: Run,
}

/// Data：测试计划列表
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestRunsData {
    /// 测试计划列表
    pub runs: Vec<Run>,
}

/// 创建测试计划：输入参数。
// E900: ProjectName and Name are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestRunRequest {
    /// 公共参数,本接口取值:CreateTestRun。
    pub action: Action<CreateTestRun>,
    /// 项目名称
    pub project_name: String,
    /// 标题
    pub name: String,
    /// 是否包含全部用例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_all: Option<bool>,
    /// 包含的用例 ID 列表(非共享用例库使用,共享用例库请使用 CasesMap 参数)
    // E14: the table writes `Cases.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cases: Option<Vec<i64>>,
    /// 键为用例库 ID,值为用例 ID 列表。Cases.N 存在则此参数失效。默认用例库 ID 为 0。例如:{"0":[10,11],"1":[13]}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cases_map: Option<BTreeMap<String, Vec<i64>>>,
    /// 处理人 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to_id: Option<i64>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 执行类型:1-手动执行 2-自动化流水线执行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_type: Option<TestRunExecuteType>,
    /// 分组 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
    /// 环境标识
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_environment_id: Option<i64>,
    /// 项目代码库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_depot_id: Option<i64>,
    /// 发布版本 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_release_id: Option<i64>,
}

/// 创建测试计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestRunResponse {
    /// 测试计划信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestRunData>,
}

/// 修改测试计划：输入参数。
// E900: ProjectName and RunId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestRunRequest {
    /// 公共参数,本接口取值:ModifyTestRun。
    pub action: Action<ModifyTestRun>,
    /// 项目名称
    pub project_name: String,
    /// 计划 ID
    pub run_id: i64,
    /// 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 是否包含全部用例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_all: Option<bool>,
    /// 包含的用例 ID 列表(非共享用例库使用,共享用例库请使用 CasesMap 参数)
    // E14: the table writes `Cases.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cases: Option<Vec<i64>>,
    /// 键为用例库 ID,值为用例 ID 列表。Cases.N 存在则此参数失效。默认用例库 ID 为 0。例如:{"0":[10,11],"1":[13]}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cases_map: Option<BTreeMap<String, Vec<i64>>>,
    /// 处理人 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to_id: Option<i64>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 执行类型:1-手动执行 2-自动化流水线执行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_type: Option<TestRunExecuteType>,
    /// 分组 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
    /// 环境标识
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_environment_id: Option<i64>,
    /// 项目代码库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_depot_id: Option<i64>,
    /// 发布版本 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_release_id: Option<i64>,
}

/// 修改测试计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestRunResponse {
    /// 测试计划信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestRunData>,
}

/// 删除测试计划：输入参数。
// E900: ProjectName and RunId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTestRunRequest {
    /// 公共参数,本接口取值:DeleteTestRun。
    pub action: Action<DeleteTestRun>,
    /// 项目名称
    pub project_name: String,
    /// 计划 ID
    pub run_id: i64,
}

/// 归档测试计划：输入参数。
// E900: ProjectName and RunId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ArchiveTestRunRequest {
    /// 公共参数,本接口取值:ArchiveTestRun。
    pub action: Action<ArchiveTestRun>,
    /// 项目名称
    pub project_name: String,
    /// 计划 ID
    pub run_id: i64,
}

/// 归档测试计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArchiveTestRunResponse {
    /// 测试计划信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestRunData>,
}

/// 测试计划详情：输入参数。
// E900: ProjectName and RunId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestRunRequest {
    /// 公共参数,本接口取值:DescribeTestRun。
    pub action: Action<DescribeTestRun>,
    /// 项目名称
    pub project_name: String,
    /// 计划 ID
    pub run_id: i64,
}

/// 测试计划详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestRunResponse {
    /// 测试计划信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestRunData>,
}

/// 测试计划列表：输入参数。
// E900: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestRunListRequest {
    /// 公共参数,本接口取值:DescribeTestRunList。
    pub action: Action<DescribeTestRunList>,
    /// 项目名称
    pub project_name: String,
    /// 是否已经归档
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_completed: Option<bool>,
    /// 迭代 ID(与参数IterationStatus、GitReleaseState、SectionId互斥)
    // E14: the table writes `IterationId.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_id: Option<Vec<i64>>,
    /// 状态: 0-未开始 1-进行中 2-已测完
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<TestRunState>,
    /// 执行方式: 1-手动执行 2-自动化流水线执行
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_type: Option<TestRunExecuteType>,
    /// 计划名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// 迭代状态: WAIT_PROCESS、PROCESSING、COMPLETED(与参数IterationId、GitReleaseState、SectionId互斥)
    // E14: the table writes `IterationStatus.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_status: Option<Vec<IterationStatus>>,
    /// 发布版本状态:0-未发布 1-已发布(与参数IterationId、IterationStatus、SectionId互斥)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_release_state: Option<TestGitReleaseState>,
    /// 分组 ID(与参数IterationId、IterationStatus、GitReleaseState互斥)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
}

/// 测试计划列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestRunListResponse {
    /// 测试计划列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestRunsData>,
}

actions! {
    /// 创建测试计划
    CreateTestRun {
        summary: "创建测试计划",
        source: "创建测试计划",
        request: CreateTestRunRequest,
        response: CreateTestRunResponse,
    }

    /// 修改测试计划
    ModifyTestRun {
        summary: "修改测试计划",
        source: "修改测试计划",
        request: ModifyTestRunRequest,
        response: ModifyTestRunResponse,
    }

    /// 删除测试计划
    DeleteTestRun {
        summary: "删除测试计划",
        source: "删除测试计划",
        request: DeleteTestRunRequest,
        response: RequestIdResponse,
    }

    /// 归档测试计划
    ArchiveTestRun {
        summary: "归档测试计划",
        source: "归档测试计划",
        request: ArchiveTestRunRequest,
        response: ArchiveTestRunResponse,
    }

    /// 测试计划详情
    DescribeTestRun {
        summary: "测试计划详情",
        source: "测试计划详情",
        request: DescribeTestRunRequest,
        response: DescribeTestRunResponse,
    }

    /// 测试计划列表
    DescribeTestRunList {
        summary: "测试计划列表",
        source: "测试计划列表",
        request: DescribeTestRunListRequest,
        response: DescribeTestRunListResponse,
    }
}
