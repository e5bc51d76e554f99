//! 测试管理 › test results: 测试用例添加测试结果, 测试任务添加测试结果,
//! 测试任务状态批量更新 and 测试任务单独添加某步骤的测试结果.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::TestStatus;
use crate::common::{RequestIdResponse, actions};

/// 该步骤的测试结果,可选值:PASSED:通过,FAILED:失败
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestStepStatus {
    /// PASSED:通过
    Passed,
    /// FAILED:失败
    Failed,
}

/// 测试用例添加测试结果：输入参数。
// E900: ProjectName, RunId, CaseId and Status are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCaseResultRequest {
    /// 公共参数,本接口取值:CreateCaseResult。
    pub action: Action<CreateCaseResult>,
    /// 项目名称
    pub project_name: String,
    /// 测试计划 ID
    pub run_id: i64,
    /// 测试用例 ID
    pub case_id: i64,
    /// 测试用例库 ID,不填默认为默认用例库
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_depot_id: Option<i64>,
    /// 该任务的测试结果,可选值:UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
    pub status: TestStatus,
    /// 每一步的测试结果(步骤用例时需要本参数)
    // E14: the table writes `CustomStepStatus.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_step_status: Option<Vec<String>>,
}

/// 测试任务添加测试结果：输入参数。
// E900: ProjectName, TestId and Status are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestResultRequest {
    /// 公共参数,本接口取值:CreateTestResult。
    pub action: Action<CreateTestResult>,
    /// 项目名称
    pub project_name: String,
    /// 测试任务 ID
    pub test_id: i64,
    /// 该任务的测试结果,可选值:UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
    pub status: TestStatus,
    /// 每一步的测试结果(步骤用例时需要本参数)
    // E14: the table writes `CustomStepStatus.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_step_status: Option<Vec<String>>,
}

/// 测试任务状态批量更新：输入参数。
// E900: ProjectName, RunId, CaseIds and Status are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestResultsRequest {
    /// 公共参数,本接口取值:CreateTestResults。
    pub action: Action<CreateTestResults>,
    /// 项目名称
    pub project_name: String,
    /// 测试计划 ID
    pub run_id: i64,
    /// 测试用例 ID 数组
    // E14: the table writes `CaseIds.N`.
    pub case_ids: Vec<i64>,
    /// 测试状态:UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
    // E924: the example sends the placeholder "xx".
    pub status: TestStatus,
}

/// 测试任务单独添加某步骤的测试结果：输入参数。
// E900: ProjectName, TestId, StepIndex and StepStatus are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestStepResultRequest {
    /// 公共参数,本接口取值:CreateTestStepResult。
    pub action: Action<CreateTestStepResult>,
    /// 项目名称
    pub project_name: String,
    /// 测试任务 ID
    pub test_id: i64,
    /// 步骤的索引顺序,起始值为 1
    pub step_index: i64,
    /// 该步骤的测试结果,可选值:PASSED:通过,FAILED:失败
    pub step_status: TestStepStatus,
    /// 该步骤的实际测试结果
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    /// 该任务的测试结果,可选值:UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TestStatus>,
}

actions! {
    /// 测试用例添加测试结果
    CreateCaseResult {
        summary: "测试用例添加测试结果",
        source: "测试用例添加测试结果",
        request: CreateCaseResultRequest,
        response: RequestIdResponse,
    }

    /// 测试任务添加测试结果
    CreateTestResult {
        summary: "测试任务添加测试结果",
        source: "测试任务添加测试结果",
        request: CreateTestResultRequest,
        response: RequestIdResponse,
    }

    /// 测试任务状态批量更新
    CreateTestResults {
        summary: "测试任务状态批量更新",
        source: "测试任务状态批量更新",
        request: CreateTestResultsRequest,
        response: RequestIdResponse,
    }

    /// 测试任务单独添加某步骤的测试结果
    CreateTestStepResult {
        summary: "测试任务单独添加某步骤的测试结果",
        source: "测试任务单独添加某步骤的测试结果",
        request: CreateTestStepResultRequest,
        response: RequestIdResponse,
    }
}
