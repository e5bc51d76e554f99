//! 测试管理 › 测试报告详情: a report with its overview and its lists of runs,
//! requirements, defects, cases and assignees.

use forgespec_core::{Action, New, Nullable, int_enum, wire::OrString};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Attachment, TestCasePriority, TestReportStatus, TestStatus};
use crate::common::{IntegerOrString, actions};

int_enum! {
    /// 优先级。0-低、1-中、2-高、3-紧急、null-未指定
    pub enum TestReportIssuePriority {
        /// 0-低
        Low = 0,
        /// 1-中
        Medium = 1,
        /// 2-高
        High = 2,
        /// 3-紧急
        Urgent = 3,
    }
}

/// Report
///
/// 测试报告信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    /// ID 主键
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 报告名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 报告总结
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub summary: Nullable<String>,
    /// 报告状态:CREATING 创建中,AVAILABLE 可用,UNAVAILABLE 不可用
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status: Nullable<TestReportStatus>,
    /// 数据统计开始时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub statistics_start_time: Nullable<String>,
    /// 数据统计结束时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub statistics_end_time: Nullable<String>,
    /// 模板 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub template_id: Nullable<i64>,
    /// 项目名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub project_name: Nullable<String>,
    /// 迭代 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E926: the table names it IterationId; the example sends IterationIds.
    pub iteration_ids: Nullable<String>,
    /// 迭代名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E926: the table names it IterationName; the example sends IterationNames.
    pub iteration_names: Nullable<String>,
    /// 测试计划 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub run_ids: Nullable<Vec<String>>,
    /// 测试计划名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub run_names: Nullable<Vec<String>>,
    /// 创建人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_by: Nullable<i64>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
    /// 报告概览
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E927: the table lists ReportOverview twice.
    pub report_overview: Nullable<TestReportOverview>,
    /// 附件列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // Absent from the example.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub attachments: Option<Nullable<Vec<Attachment>>>,
    /// 测试计划列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928: typed ReportRuns (one object); the example sends an array. E1412: the
    // export's example omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub runs: Option<Nullable<Vec<TestReportRun>>>,
    /// 需求列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    // E1412: the export's example omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub requirements: Option<Nullable<Vec<TestReportRequirement>>>,
    /// 缺陷列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    // E1412: the export's example omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub defects: Option<Nullable<Vec<TestReportDefect>>>,
    /// 用例列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    // E1412: the export's example omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub cases: Option<Nullable<Vec<TestReportCase>>>,
    /// 执行人列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928. E1412: the export's example omits it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub assigned: Option<Nullable<Vec<TestReportAssigned>>>,
    /// 迭代 ID（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub iteration_id: Option<Nullable<String>>,
    /// 迭代名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub iteration_name: Option<Nullable<String>>,
}

/// ReportOverview
///
/// 测试报告概览
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportOverview {
    /// 用例总数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case_sum: Nullable<i64>,
    /// 自动化覆盖率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub automation_percent: Nullable<i64>,
    /// 执行率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub exec_percent: Nullable<i64>,
    /// 通过率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub pass_percent: Nullable<i64>,
    /// 需求覆盖率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub requirement_cover_percent: Nullable<i64>,
    /// 需求总数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub issues_sum: Nullable<i64>,
    /// 已完成数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub completed_sum: Nullable<i64>,
    /// 处理中数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub processing_sum: Nullable<i64>,
    /// 未开始数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub todo_sum: Nullable<i64>,
    /// 缺陷总数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub defect_sum: Nullable<i64>,
    /// 缺陷修复率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub defect_fix_percent: Nullable<i64>,
    /// 重新激活率:百分比
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub defect_reopen_percent: Nullable<i64>,
    /// 平均关闭时长
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub avg_closed_seconds: Nullable<i64>,
    /// 85%解决时长
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub duration_fixed: Nullable<i64>,
}

/// ReportRuns
///
/// 测试计划列表
// An item of the document's ReportRuns (E928).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportRun {
    /// 用例编号
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E40: copied from ReportCases; this is the plan's id. Kept verbatim.
    pub id: Nullable<i64>,
    /// 用例名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E40: the plan's name. Kept verbatim.
    pub name: Nullable<String>,
    /// 用例数量
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case_sum: Nullable<i64>,
    /// 计划开始日期
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub begin_at: Nullable<String>,
    /// 计划结束日期
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub end_at: Nullable<String>,
    /// 执行率
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E929: the table names it ExecPercent; the example sends ExecutePercent.
    pub execute_percent: Nullable<i64>,
    /// 通过率
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub pass_percent: Nullable<i64>,
    /// 所属迭代/版本名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub iteration_name: Nullable<String>,
    /// 执行人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_name: Nullable<String>,
}

/// ReportRequirements
///
/// 需求列表
// An item of the document's ReportRequirements (E928).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportRequirement {
    /// 需求编号
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub code: Nullable<i64>,
    /// 需求名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 优先级。0-低、1-中、2-高、3-紧急、null-未指定
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub priority: Nullable<TestReportIssuePriority>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status_name: Nullable<String>,
    /// 所属迭代/版本名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub iteration_name: Nullable<String>,
    /// 执行人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_name: Nullable<String>,
    /// 关联用例数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub case_sum: Nullable<i64>,
    /// 执行率
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E929: the table names it ExecPercent; the example sends ExecutePercent.
    pub execute_percent: Nullable<i64>,
    /// 通过率
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub pass_percent: Nullable<i64>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
}

/// ReportDefects
///
/// 缺陷列表
// An item of the document's ReportDefects (E928).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportDefect {
    /// 需求编号
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E40: copied from ReportRequirements; this is the defect's code. Kept verbatim.
    pub code: Nullable<i64>,
    /// 需求名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E40: the defect's name. Kept verbatim.
    pub name: Nullable<String>,
    /// 优先级。0-低、1-中、2-高、3-紧急、null-未指定
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub priority: Nullable<TestReportIssuePriority>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status_name: Nullable<String>,
    /// 所属迭代/版本名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub iteration_name: Nullable<String>,
    /// 创建人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub author: Nullable<String>,
    /// 处理人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_name: Nullable<String>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E40: copied from CreatedAt; this is the completion time. Kept verbatim.
    pub completed_at: Nullable<String>,
    /// 用例列表:仅包含 用例编号 和 标题
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928/E930
    pub cases: Nullable<Vec<TestReportDefectCase>>,
}

/// 用例列表:仅包含 用例编号 和 标题
// E930: ReportDefects.Cases holds only the case's id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportDefectCase {
    /// 用例编号
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E930/E5: typed Integer; the example sends "102".
    pub id: Nullable<IntegerOrString>,
    /// 用例名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub title: Nullable<String>,
}

/// ReportCases
///
/// 用例列表
// An item of the document's ReportCases (E928).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportCase {
    /// 用例编号
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 用例名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub title: Nullable<String>,
    /// 优先级。0-紧急、1-高、2-中、3-低
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E931: typed Integer; the example sends "2".
    pub priority: Nullable<OrString<TestCasePriority>>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923
    pub status: Nullable<TestStatus>,
    /// 执行人ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_to_id: Nullable<i64>,
    /// 执行人名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_name: Nullable<String>,
    /// 测试次数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub test_count: Nullable<i64>,
    /// 需求code
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub requirement_code: Nullable<i64>,
    /// 需求名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub requirement_name: Nullable<String>,
}

/// ReportAssigned
///
/// 用例执行人列表
// An item of the document's ReportAssigned (E928).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportAssigned {
    /// 执行人ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 执行人名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 总数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub total: Nullable<i64>,
    /// 通过数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub passed: Nullable<i64>,
    /// 失败数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub failed: Nullable<i64>,
    /// 阻塞数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub blocked: Nullable<i64>,
    /// 重测数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub retest: Nullable<i64>,
}

/// Data：测试报告信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportData {
    /// 测试报告信息
    pub report: Report,
}

/// 测试报告详情：输入参数。
// E900: ProjectName and ReportId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReportRequest {
    /// 公共参数,本接口取值:DescribeReport。
    pub action: Action<DescribeReport>,
    /// 项目名称
    pub project_name: String,
    /// 测试报告 ID
    pub report_id: i64,
}

/// 测试报告详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReportResponse {
    /// 测试报告信息
    // E920
    pub data: TestReportData,
}

actions! {
    /// 测试报告详情
    DescribeReport {
        summary: "测试报告详情",
        source: "测试报告详情",
        request: DescribeReportRequest,
        response: DescribeReportResponse,
    }
}
