//! 测试管理 › 测试任务: 测试任务详情 and 测试任务列表.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{TestCase, TestCasePriority, TestStatus};
use crate::common::actions;

/// TestFull
///
/// 测试任务详细信息
// E932: Test's ten rows and three more; kept apart from Test, not shared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestFull {
    /// 测试任务 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 标题
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub title: Nullable<String>,
    /// 优先级
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923
    pub priority: Nullable<TestCasePriority>,
    /// 用例 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case_id: Nullable<i64>,
    /// 分组 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub section_id: Nullable<i64>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923
    pub status: Nullable<TestStatus>,
    /// 是否归档
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub is_completed: Nullable<bool>,
    /// 处理人 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_to_id: Nullable<i64>,
    /// 测试时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub tested_at: Nullable<String>,
    /// 排序
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub sort: Nullable<i64>,
    /// 测试人 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub tested_by: Nullable<i64>,
    /// 用例所属分组(按层级由上到下排序)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub section_path: Nullable<Vec<String>>,
    /// 用例详细信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case: Nullable<TestCase>,
}

/// Test
///
/// 测试任务信息
// E932: TestFull's first ten rows, written out again: the two tables are two
// shapes (TestFull's last three are always answered, Test's items never carry them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Test {
    /// 测试任务 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 标题
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub title: Nullable<String>,
    /// 优先级
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923
    pub priority: Nullable<TestCasePriority>,
    /// 用例 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case_id: Nullable<i64>,
    /// 分组 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub section_id: Nullable<i64>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923
    pub status: Nullable<TestStatus>,
    /// 是否归档
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub is_completed: Nullable<bool>,
    /// 处理人 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_to_id: Nullable<i64>,
    /// 测试时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub tested_at: Nullable<String>,
    /// 排序
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub sort: Nullable<i64>,
}

/// Data：测试任务详情
// E920/E921: Data[TestFull] holds the TestFull under the key `Test`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestFullData {
    /// 测试任务详情
    pub test: TestFull,
}

/// Data：测试任务列表
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestsData {
    /// 测试任务列表
    pub tests: Vec<Test>,
}

/// 测试任务详情：输入参数。
// E900: ProjectName and TestId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestRequest {
    /// 公共参数,本接口取值:DescribeTest。
    pub action: Action<DescribeTest>,
    /// 项目名称
    pub project_name: String,
    /// 测试任务 ID
    pub test_id: i64,
}

/// 测试任务详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestResponse {
    /// 测试任务详情
    // E920/E921
    pub data: TestFullData,
}

/// 测试任务列表：输入参数。
// E900: ProjectName and RunId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestListRequest {
    /// 公共参数,本接口取值:DescribeTestList。
    pub action: Action<DescribeTestList>,
    /// 项目名称
    pub project_name: String,
    /// 优先级
    // E923
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<TestCasePriority>,
    /// 测试状态,UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
    // E924: the example sends the placeholder "xx".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TestStatus>,
    /// 测试计划 ID
    pub run_id: i64,
}

/// 测试任务列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestListResponse {
    /// 测试任务列表
    // E920
    pub data: TestsData,
}

actions! {
    /// 测试任务详情
    DescribeTest {
        summary: "测试任务详情",
        source: "测试任务详情",
        request: DescribeTestRequest,
        response: DescribeTestResponse,
    }

    /// 测试任务列表
    DescribeTestList {
        summary: "测试任务列表",
        source: "测试任务列表",
        request: DescribeTestListRequest,
        response: DescribeTestListResponse,
    }
}
