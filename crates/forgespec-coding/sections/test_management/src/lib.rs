//! 测试管理: test cases and their sections, test runs (plans) and the tests (tasks)
//! in them, test results, defects linked to tests, test reports, and attachment
//! pre-upload.
//!
//! The document's 附件上传 is not an operation of this API: it is an HTTP `PUT` of the
//! file to the pre-signed URL `Data.AttachmentPrepare.PrepareSignUrl` that
//! CreateAttachmentPrepareSignUrl answers with; the spec says so in that Action's
//! description and in the tag's (E940).
//!
//! The section is split by subject into small modules, each holding a run of the
//! document's subsections; [`SECTION`] lists their Actions in the document's order.
//! The shapes several of them use (the case, its priority and status sets, the
//! attachment and the report status) are here.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;
use forgespec_coding_iteration as iteration;

pub mod attachment;
pub mod case;
pub mod case_section;
pub mod defect;
pub mod report;
pub mod report_detail;
pub mod result;
pub mod run;
pub mod task;

use forgespec_core::{EndpointRef, Nullable, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::IntegerOrString;

/// The tag (document section) of these operations.
pub const TAG: &str = "测试管理";

/// The document section these operations belong to, with its operations in the
/// document's order.
// E940: the 附件上传 upload is explained in the tag's description.
pub static SECTION: forgespec_core::Section = forgespec_core::Section {
    tag: TAG,
    description: "Test cases and sections, test runs and their tests, results, linked defects, reports and attachment pre-upload. \
                    The document's 附件上传 is not an Action of this API: the file itself is uploaded with an HTTP PUT \
                    of its raw bytes to the pre-signed URL `Data.AttachmentPrepare.PrepareSignUrl` that \
                    CreateAttachmentPrepareSignUrl answers with (valid 30 seconds, no credentials of this API; \
                    a failure answers an XML error with Code and Message).",
    source: "API REFERENCE › 测试管理",
    endpoints: &[
        EndpointRef::of::<case::CreateTestCase>(),
        EndpointRef::of::<case::ModifyTestCase>(),
        EndpointRef::of::<case::DeleteTestCase>(),
        EndpointRef::of::<case::DescribeTestCase>(),
        EndpointRef::of::<case::DescribeTestCaseList>(),
        EndpointRef::of::<case_section::CreateTestCaseSection>(),
        EndpointRef::of::<case_section::ModifyTestCaseSection>(),
        EndpointRef::of::<case_section::DeleteTestCaseSection>(),
        EndpointRef::of::<case_section::DescribeTestCaseSectionList>(),
        EndpointRef::of::<run::CreateTestRun>(),
        EndpointRef::of::<run::ModifyTestRun>(),
        EndpointRef::of::<run::DeleteTestRun>(),
        EndpointRef::of::<run::ArchiveTestRun>(),
        EndpointRef::of::<run::DescribeTestRun>(),
        EndpointRef::of::<run::DescribeTestRunList>(),
        EndpointRef::of::<task::DescribeTest>(),
        EndpointRef::of::<task::DescribeTestList>(),
        EndpointRef::of::<defect::CreateTestDefect>(),
        EndpointRef::of::<result::CreateCaseResult>(),
        EndpointRef::of::<result::CreateTestResult>(),
        EndpointRef::of::<result::CreateTestResults>(),
        EndpointRef::of::<result::CreateTestStepResult>(),
        EndpointRef::of::<case::DescribeRequirementTestCaseList>(),
        EndpointRef::of::<defect::DescribeTestDefectList>(),
        EndpointRef::of::<report::CreateReport>(),
        EndpointRef::of::<report::DeleteReport>(),
        EndpointRef::of::<report_detail::DescribeReport>(),
        EndpointRef::of::<report::DescribeReportList>(),
        EndpointRef::of::<attachment::CreateAttachmentPrepareSignUrl>(),
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
