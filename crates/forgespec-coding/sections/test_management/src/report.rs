//! 测试管理 › 测试报告: 创建测试报告, 删除测试报告 and 测试报告列表 (测试报告详情 is in
//! [`super::report_detail`]).

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::TestReportStatus;
use crate::common::{RequestIdResponse, actions};

/// ReportLittle
///
/// 测试报告信息-简单
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReportLittle {
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
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
    /// 创建人（表格未列出，见于示例）。
    // E925: DescribeReportList's example carries it, CreateReport's does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<i64>,
}

/// Data：测试报告信息
// E920/E921: Data[ReportLittle] holds it under the key `Report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportLittleData {
    /// 测试报告信息
    pub report: ReportLittle,
}

/// Data：测试报告信息列表
// E920/E921: Data[ReportsLittle] holds the list under the key `Reports`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportsLittleData {
    /// 测试报告信息列表
    pub reports: Vec<ReportLittle>,
}

/// 创建测试报告：输入参数。
// E900: ProjectName, Name and RunIds are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReportRequest {
    /// 公共参数,本接口取值:CreateReport。
    pub action: Action<CreateReport>,
    /// 项目名称
    pub project_name: String,
    /// 测试报告标题
    pub name: String,
    /// 测试计划 ID 数组
    // E14: the table writes `RunIds.N`.
    pub run_ids: Vec<i64>,
    /// 附件 ID 数组:来自“生成附件预上传信息”接口
    // E14: the table writes `AttachmentIds.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_ids: Option<Vec<i64>>,
}

/// 创建测试报告：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReportResponse {
    /// 测试报告信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920/E921
    pub data: Nullable<TestReportLittleData>,
}

/// 删除测试报告：输入参数。
// E900: ProjectName and ReportId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteReportRequest {
    /// 公共参数,本接口取值:DeleteReport。
    pub action: Action<DeleteReport>,
    /// 项目名称
    pub project_name: String,
    /// 测试报告 ID
    pub report_id: i64,
}

/// 测试报告列表：输入参数。
// E900: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReportListRequest {
    /// 公共参数,本接口取值:DescribeReportList。
    pub action: Action<DescribeReportList>,
    /// 项目名称
    pub project_name: String,
    /// 创建时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_at: Option<String>,
    /// 创建时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_at: Option<String>,
    /// 报告名称关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// 报告状态:CREATING 创建中,AVAILABLE 可用,UNAVAILABLE 不可用
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TestReportStatus>,
}

/// 测试报告列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReportListResponse {
    /// 测试报告信息
    // E920/E921
    pub data: TestReportsLittleData,
}

actions! {
    /// 创建测试报告
    CreateReport {
        summary: "创建测试报告",
        source: "创建测试报告",
        request: CreateReportRequest,
        response: CreateReportResponse,
    }

    /// 删除测试报告
    DeleteReport {
        summary: "删除测试报告",
        source: "删除测试报告",
        request: DeleteReportRequest,
        response: RequestIdResponse,
    }

    /// 测试报告列表
    DescribeReportList {
        summary: "测试报告列表",
        source: "测试报告列表",
        request: DescribeReportListRequest,
        response: DescribeReportListResponse,
    }
}
