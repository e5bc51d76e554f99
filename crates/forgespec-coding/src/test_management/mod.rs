//! 测试管理: test cases and their sections, test runs (plans) and the tests (tasks)
//! in them, test results, defects linked to tests, test reports, and attachment
//! pre-upload.
//!
//! The document's 附件上传 is not an operation of this API: it is an HTTP `PUT` of the
//! file to the pre-signed URL `Data.AttachmentPrepare.PrepareSignUrl` that
//! CreateAttachmentPrepareSignUrl answers with; the spec says so in that Action's
//! description and in the tag's (E940).

use forgespec_core::{Action, EndpointRef, New, Nullable, int_enum, wire::OrString};
use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};
use crate::iteration::IterationStatus;

/// The tag (document section) of these operations.
pub const TAG: &str = "测试管理";

/// The document section these operations belong to, with its operations in the
/// document's order.
// E940: the 附件上传 upload is explained in the tag's description.
pub const SECTION: forgespec_core::Section = forgespec_core::Section {
    tag: TAG,
    description: "Test cases and sections, test runs and their tests, results, linked defects, reports and attachment pre-upload. \
                    The document's 附件上传 is not an Action of this API: the file itself is uploaded with an HTTP PUT \
                    of its raw bytes to the pre-signed URL `Data.AttachmentPrepare.PrepareSignUrl` that \
                    CreateAttachmentPrepareSignUrl answers with (valid 30 seconds, no credentials of this API; \
                    a failure answers an XML error with Code and Message).",
    source: "API REFERENCE › 测试管理",
    endpoints: &[
        EndpointRef::of::<CreateTestCase>(),
        EndpointRef::of::<ModifyTestCase>(),
        EndpointRef::of::<DeleteTestCase>(),
        EndpointRef::of::<DescribeTestCase>(),
        EndpointRef::of::<DescribeTestCaseList>(),
        EndpointRef::of::<CreateTestCaseSection>(),
        EndpointRef::of::<ModifyTestCaseSection>(),
        EndpointRef::of::<DeleteTestCaseSection>(),
        EndpointRef::of::<DescribeTestCaseSectionList>(),
        EndpointRef::of::<CreateTestRun>(),
        EndpointRef::of::<ModifyTestRun>(),
        EndpointRef::of::<DeleteTestRun>(),
        EndpointRef::of::<ArchiveTestRun>(),
        EndpointRef::of::<DescribeTestRun>(),
        EndpointRef::of::<DescribeTestRunList>(),
        EndpointRef::of::<DescribeTest>(),
        EndpointRef::of::<DescribeTestList>(),
        EndpointRef::of::<CreateTestDefect>(),
        EndpointRef::of::<CreateCaseResult>(),
        EndpointRef::of::<CreateTestResult>(),
        EndpointRef::of::<CreateTestResults>(),
        EndpointRef::of::<CreateTestStepResult>(),
        EndpointRef::of::<DescribeRequirementTestCaseList>(),
        EndpointRef::of::<DescribeTestDefectList>(),
        EndpointRef::of::<CreateReport>(),
        EndpointRef::of::<DeleteReport>(),
        EndpointRef::of::<DescribeReport>(),
        EndpointRef::of::<DescribeReportList>(),
        EndpointRef::of::<CreateAttachmentPrepareSignUrl>(),
    ],
};

/// 用例类型,可选值:STEPS(步骤用例),TEXT(文本用例)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestCaseTemplateType {
    /// STEPS(步骤用例)
    Steps,
    /// TEXT(文本用例)
    Text,
}

int_enum! {
    /// 优先级,默认2(中),可选值:0(紧急),1(高),2(中),3(低)
    pub enum TestCasePriority {
        /// 0(紧急)
        Urgent = 0,
        /// 1(高)
        High = 1,
        /// 2(中)
        Medium = 2,
        /// 3(低)
        Low = 3,
    }
}

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

/// 测试状态,UNTESTED:未测试,PASSED:通过,BLOCKED:阻塞,RETEST:重测,FAILED:失败
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestStatus {
    /// UNTESTED:未测试
    Untested,
    /// PASSED:通过
    Passed,
    /// BLOCKED:阻塞
    Blocked,
    /// RETEST:重测
    Retest,
    /// FAILED:失败
    Failed,
}

/// 该步骤的测试结果,可选值:PASSED:通过,FAILED:失败
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestStepStatus {
    /// PASSED:通过
    Passed,
    /// FAILED:失败
    Failed,
}

/// 报告状态:CREATING 创建中,AVAILABLE 可用,UNAVAILABLE 不可用
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TestReportStatus {
    /// CREATING 创建中
    Creating,
    /// AVAILABLE 可用
    Available,
    /// UNAVAILABLE 不可用
    Unavailable,
}

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

/// Case
///
/// 测试用例
// The document's Case; 事项's DescribeRelatedCaseList also names a different table Case, so this one is TestCase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestCase {
    /// ID 主键
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 分组 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub section_id: Nullable<i64>,
    /// 优先级
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E923: no values here; the values of the 优先级 input parameter.
    pub priority: Nullable<TestCasePriority>,
    /// 标题
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub title: Nullable<String>,
    /// 用例类型,可选值:STEPS,TEXT
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub template_type: Nullable<TestCaseTemplateType>,
    /// 前置步骤
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub preconds: Nullable<String>,
    /// 文本描述(适用于文本用例)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub steps: Nullable<String>,
    /// 预期结果 (适用于文本用例)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub expected: Nullable<String>,
    /// 排序值
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub sort: Nullable<i64>,
    /// 创建人ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E922: CreateTestCase's example sends "1".
    pub created_by: Nullable<IntegerOrString>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
    /// 更新时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub updated_at: Nullable<String>,
    /// 自定义步骤
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub custom_steps: Nullable<Vec<CustomStep>>,
    /// 附件列表(非用例详情时本值为null)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // Only DescribeTest's example carries it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub attachments: Option<Nullable<Vec<Attachment>>>,
}

/// CustomStep
///
/// 自定义步骤(步骤用例必填)
// E900: Content and Expected are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CustomStep {
    /// 步骤
    pub content: String,
    /// 预期
    pub expected: String,
}

/// Attachment
///
/// 附件信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Attachment {
    /// 附件 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 附件文件名
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 文件访问路径(有效期10分钟)
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub url: Nullable<String>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
}

/// Section
///
/// 分组信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Section {
    /// 分组ID
    pub id: i64,
    /// 名称
    pub name: String,
    /// 父级 ID
    pub parent_id: i64,
    /// 排序值
    pub sort: i64,
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

/// TestFull
///
/// 测试任务详细信息
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

/// TestDefect
///
/// 测试任务的缺陷信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestDefect {
    /// 缺陷 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub id: Nullable<i64>,
    /// 标题
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 状态名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status_name: Nullable<String>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub status: Nullable<String>,
    /// 描述
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub description: Nullable<String>,
    /// 处理人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub assigned_to: Nullable<String>,
    /// 创建人
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub author: Nullable<String>,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub created_at: Nullable<String>,
}

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
    // E928: typed ReportRuns (one object); the example sends an array.
    pub runs: Nullable<Vec<TestReportRun>>,
    /// 需求列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    pub requirements: Nullable<Vec<TestReportRequirement>>,
    /// 缺陷列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    pub defects: Nullable<Vec<TestReportDefect>>,
    /// 用例列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    pub cases: Nullable<Vec<TestReportCase>>,
    /// 执行人列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E928
    pub assigned: Nullable<Vec<TestReportAssigned>>,
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

/// AttachmentPrepare
///
/// 附件预上传信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct AttachmentPrepare {
    /// 附件 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub attachment_id: Nullable<i64>,
    /// 用于附件上传的URL。有效期30秒。
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E940: the file is uploaded with an HTTP PUT to this URL (附件上传).
    pub prepare_sign_url: Nullable<String>,
}

/// Data：测试用例
// E920: Data[Case] is an object whose `Case` holds the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestCaseData {
    /// 测试用例
    pub case: TestCase,
}

/// Data：测试用例列表
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestCasesData {
    /// 测试用例列表
    pub cases: Vec<TestCase>,
}

/// Data：分组信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestCaseSectionData {
    /// 分组信息
    pub section: Section,
}

/// Data：分组信息列表
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestCaseSectionsData {
    /// 分组信息列表
    pub sections: Vec<Section>,
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

/// Data：测试任务关联的缺陷列表
// E920/E921: Data[TestDefects] holds the list under the key `Defects`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestDefectsData {
    /// 测试任务关联的缺陷列表
    pub defects: Vec<TestDefect>,
}

/// Data：测试报告信息
// E920/E921: Data[ReportLittle] holds it under the key `Report`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportLittleData {
    /// 测试报告信息
    pub report: ReportLittle,
}

/// Data：测试报告信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportData {
    /// 测试报告信息
    pub report: Report,
}

/// Data：测试报告信息列表
// E920/E921: Data[ReportsLittle] holds the list under the key `Reports`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestReportsLittleData {
    /// 测试报告信息列表
    pub reports: Vec<ReportLittle>,
}

/// Data：附件预上传信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestAttachmentPrepareData {
    /// 附件预上传信息
    pub attachment_prepare: AttachmentPrepare,
}

// ---------------------------------------------------------------- CreateTestCase

/// 创建测试用例：输入参数。
// E900: ProjectName, TemplateType and Title are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestCaseRequest {
    /// 公共参数,本接口取值:CreateTestCase。
    pub action: Action<CreateTestCase>,
    /// 项目名称
    pub project_name: String,
    /// 用例类型,可选值:STEPS(步骤用例),TEXT(文本用例)
    pub template_type: TestCaseTemplateType,
    /// 分组ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
    /// 用例标题
    pub title: String,
    /// 优先级,默认2(中),可选值:0(紧急),1(高),2(中),3(低)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 2))]
    pub priority: Option<TestCasePriority>,
    /// 前置步骤
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preconds: Option<String>,
    /// 文本描述(适用于文本用例)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<String>,
    /// 预期结果 (适用于文本用例)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// 自定义步骤(步骤用例必填)
    // E14: the table writes `CustomSteps.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_steps: Option<Vec<CustomStep>>,
    /// 附件 ID 数组:来自“生成附件预上传信息”接口
    // E14: the table writes `AttachmentIds.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_ids: Option<Vec<i64>>,
}

/// 创建测试用例：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestCaseResponse {
    /// 测试用例信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920: typed Case; the example holds it under `Case`.
    pub data: Nullable<TestCaseData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyTestCase

/// 修改测试用例：输入参数。
// E900: CaseId and ProjectName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestCaseRequest {
    /// 公共参数,本接口取值:ModifyTestCase。
    pub action: Action<ModifyTestCase>,
    /// 用例 ID
    pub case_id: i64,
    /// 项目名称
    pub project_name: String,
    /// 用例类型,可选值:STEPS(步骤用例),TEXT(文本用例)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<TestCaseTemplateType>,
    /// 分组ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
    /// 用例标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 优先级,默认2(中),可选值:0(紧急),1(高),2(中),3(低)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<TestCasePriority>,
    /// 前置步骤
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preconds: Option<String>,
    /// 文本描述(适用于文本用例)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<String>,
    /// 预期结果(适用于文本用例)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// 自定义步骤(步骤用例必填)
    // E14: the table writes `CustomSteps.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_steps: Option<Vec<CustomStep>>,
    /// 附件 ID 数组:来自“生成附件预上传信息”接口
    // E14: the table writes `AttachmentIds.N`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_ids: Option<Vec<i64>>,
}

/// 修改测试用例：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestCaseResponse {
    /// 测试用例信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCaseData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DeleteTestCase

/// 删除测试用例：输入参数。
// E900: CaseId and ProjectName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTestCaseRequest {
    /// 公共参数,本接口取值:DeleteTestCase。
    pub action: Action<DeleteTestCase>,
    /// 用例 ID
    pub case_id: i64,
    /// 项目名称
    pub project_name: String,
}

// ---------------------------------------------------------------- DescribeTestCase

/// 测试用例详情：输入参数。
// E900: CaseId and ProjectName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseRequest {
    /// 公共参数,本接口取值:DescribeTestCase。
    pub action: Action<DescribeTestCase>,
    /// 用例 ID
    pub case_id: i64,
    /// 项目名称
    pub project_name: String,
}

/// 测试用例详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseResponse {
    /// 测试用例信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCaseData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTestCaseList

/// 测试用例列表：输入参数。
// E900: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseListRequest {
    /// 公共参数,本接口取值:DescribeTestCaseList。
    pub action: Action<DescribeTestCaseList>,
    /// 项目名称
    pub project_name: String,
    /// 关键字搜索
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// 分组 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<i64>,
    /// 用例类型,可选值:STEPS(步骤用例),TEXT(文本用例)
    // E924: the example sends the placeholder "xx".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<TestCaseTemplateType>,
    /// 优先级,默认2(中),可选值:0(紧急),1(高),2(中),3(低)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<TestCasePriority>,
}

/// 测试用例列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseListResponse {
    /// 测试用例列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCasesData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateTestCaseSection

/// 创建测试用例分组：输入参数。
// E900: ProjectName and Name are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestCaseSectionRequest {
    /// 公共参数,本接口取值:CreateTestCaseSection。
    pub action: Action<CreateTestCaseSection>,
    /// 项目名称
    pub project_name: String,
    /// 分组名称
    pub name: String,
    /// 父级 ID,默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub parent_id: Option<i64>,
}

/// 创建测试用例分组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestCaseSectionResponse {
    /// 分组信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCaseSectionData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyTestCaseSection

/// 修改测试用例分组：输入参数。
// E900: ProjectName and SectionId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestCaseSectionRequest {
    /// 公共参数,本接口取值:ModifyTestCaseSection。
    pub action: Action<ModifyTestCaseSection>,
    /// 项目名称
    pub project_name: String,
    /// 分组 ID
    pub section_id: i64,
    /// 分组名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 父级 ID,默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

/// 修改测试用例分组：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTestCaseSectionResponse {
    /// 分组信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCaseSectionData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DeleteTestCaseSection

/// 删除测试用例分组：输入参数。
// E900: ProjectName and SectionId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTestCaseSectionRequest {
    /// 公共参数,本接口取值:DeleteTestCaseSection。
    pub action: Action<DeleteTestCaseSection>,
    /// 项目名称
    pub project_name: String,
    /// 分组 ID
    pub section_id: i64,
}

// ---------------------------------------------------------------- DescribeTestCaseSectionList

/// 测试用例分组列表：输入参数。
// E900: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseSectionListRequest {
    /// 公共参数,本接口取值:DescribeTestCaseSectionList。
    pub action: Action<DescribeTestCaseSectionList>,
    /// 项目名称
    pub project_name: String,
    /// 父级 ID,默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub parent_id: Option<i64>,
}

/// 测试用例分组列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestCaseSectionListResponse {
    /// 分组信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCaseSectionsData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateTestRun

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyTestRun

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DeleteTestRun

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

// ---------------------------------------------------------------- ArchiveTestRun

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTestRun

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTestRunList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTest

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTestList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateTestDefect

/// 测试任务关联缺陷：输入参数。
// E900: ProjectName, TestId and DefectId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTestDefectRequest {
    /// 公共参数,本接口取值:CreateTestDefect。
    pub action: Action<CreateTestDefect>,
    /// 项目名称
    pub project_name: String,
    /// 测试任务 ID
    pub test_id: i64,
    /// 缺陷 ID
    pub defect_id: i64,
}

// ---------------------------------------------------------------- CreateCaseResult

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

// ---------------------------------------------------------------- CreateTestResult

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

// ---------------------------------------------------------------- CreateTestResults

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

// ---------------------------------------------------------------- CreateTestStepResult

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

// ---------------------------------------------------------------- DescribeRequirementTestCaseList

/// 需求关联的测试用例列表：输入参数。
// E900: ProjectName and IssueId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequirementTestCaseListRequest {
    /// 公共参数,本接口取值:DescribeRequirementTestCaseList。
    pub action: Action<DescribeRequirementTestCaseList>,
    /// 项目名称
    pub project_name: String,
    /// 需求 ID
    pub issue_id: i64,
}

/// 需求关联的测试用例列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequirementTestCaseListResponse {
    /// 测试用例列表
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestCasesData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeTestDefectList

/// 测试任务关联的缺陷列表：输入参数。
// E900: ProjectName and TestId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestDefectListRequest {
    /// 公共参数,本接口取值:DescribeTestDefectList。
    pub action: Action<DescribeTestDefectList>,
    /// 项目名称
    pub project_name: String,
    /// 测试任务 ID
    pub test_id: i64,
}

/// 测试任务关联的缺陷列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTestDefectListResponse {
    /// 测试任务关联的缺陷列表
    // E920/E921
    pub data: TestDefectsData,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateReport

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DeleteReport

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

// ---------------------------------------------------------------- DescribeReport

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- DescribeReportList

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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- CreateAttachmentPrepareSignUrl

/// 生成附件预上传信息：输入参数。
// E900: ProjectName and FileName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAttachmentPrepareSignUrlRequest {
    /// 公共参数,本接口取值:CreateAttachmentPrepareSignUrl。
    pub action: Action<CreateAttachmentPrepareSignUrl>,
    /// 项目名称
    pub project_name: String,
    /// 带文件后缀的文件名
    pub file_name: String,
}

/// 生成附件预上传信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAttachmentPrepareSignUrlResponse {
    /// 附件预上传信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestAttachmentPrepareData>,
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

/// 附件上传 (the document's section after 生成附件预上传信息): its 重要介绍 verbatim, then the
/// upload in our words.
// E940
const ATTACHMENT_UPLOAD: &str = "附件上传:本接口和文档中的其他接口不一样。本接口使用“生成附件预上传信息”接口返回的Data.AttachmentPrepare.PrepareSignUrl参数值来作为接口地址,用户需要调用该接口来完成文件上传。\n\n\
上传方式:以 HTTP PUT 将文件内容直接作为请求体提交到 PrepareSignUrl(有效期 30 秒),无需本 API 的认证信息。上传成功时无返回值;失败时返回 XML 格式的错误数据(Code 错误码、Message 错误信息)。";

actions! {
    /// 创建测试用例
    CreateTestCase {
        summary: "创建测试用例",
        source: "创建测试用例",
        request: CreateTestCaseRequest,
        response: CreateTestCaseResponse,
    }

    /// 修改测试用例
    ModifyTestCase {
        summary: "修改测试用例",
        source: "修改测试用例",
        request: ModifyTestCaseRequest,
        response: ModifyTestCaseResponse,
    }

    /// 删除测试用例
    DeleteTestCase {
        summary: "删除测试用例",
        source: "删除测试用例",
        request: DeleteTestCaseRequest,
        response: RequestIdResponse,
    }

    /// 测试用例详情
    DescribeTestCase {
        summary: "测试用例详情",
        source: "测试用例详情",
        request: DescribeTestCaseRequest,
        response: DescribeTestCaseResponse,
    }

    /// 测试用例列表
    DescribeTestCaseList {
        summary: "测试用例列表",
        source: "测试用例列表",
        request: DescribeTestCaseListRequest,
        response: DescribeTestCaseListResponse,
    }

    /// 创建测试用例分组
    CreateTestCaseSection {
        summary: "创建测试用例分组",
        source: "创建测试用例分组",
        request: CreateTestCaseSectionRequest,
        response: CreateTestCaseSectionResponse,
    }

    /// 修改测试用例分组
    ModifyTestCaseSection {
        summary: "修改测试用例分组",
        source: "修改测试用例分组",
        request: ModifyTestCaseSectionRequest,
        response: ModifyTestCaseSectionResponse,
    }

    /// 删除测试用例分组
    DeleteTestCaseSection {
        summary: "删除测试用例分组",
        source: "删除测试用例分组",
        request: DeleteTestCaseSectionRequest,
        response: RequestIdResponse,
    }

    /// 测试用例分组列表
    DescribeTestCaseSectionList {
        summary: "测试用例分组列表",
        source: "测试用例分组列表",
        request: DescribeTestCaseSectionListRequest,
        response: DescribeTestCaseSectionListResponse,
    }

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

    /// 测试任务关联缺陷
    CreateTestDefect {
        summary: "测试任务关联缺陷",
        source: "测试任务关联缺陷",
        request: CreateTestDefectRequest,
        response: RequestIdResponse,
    }

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

    /// 需求关联的测试用例列表
    DescribeRequirementTestCaseList {
        summary: "需求关联的测试用例列表",
        source: "需求关联的测试用例列表",
        request: DescribeRequirementTestCaseListRequest,
        response: DescribeRequirementTestCaseListResponse,
    }

    /// 测试任务关联的缺陷列表
    DescribeTestDefectList {
        summary: "测试任务关联的缺陷列表",
        source: "测试任务关联的缺陷列表",
        request: DescribeTestDefectListRequest,
        response: DescribeTestDefectListResponse,
    }

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

    /// 测试报告详情
    DescribeReport {
        summary: "测试报告详情",
        source: "测试报告详情",
        request: DescribeReportRequest,
        response: DescribeReportResponse,
    }

    /// 测试报告列表
    DescribeReportList {
        summary: "测试报告列表",
        source: "测试报告列表",
        request: DescribeReportListRequest,
        response: DescribeReportListResponse,
    }

    /// 生成附件预上传信息
    CreateAttachmentPrepareSignUrl {
        summary: "生成附件预上传信息",
        // E940: the document's 附件上传 is described here, on the Action whose reply holds the URL.
        description: ATTACHMENT_UPLOAD,
        source: "生成附件预上传信息",
        request: CreateAttachmentPrepareSignUrlRequest,
        response: CreateAttachmentPrepareSignUrlResponse,
    }
}
