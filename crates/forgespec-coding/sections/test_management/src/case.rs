//! 测试管理 › 测试用例: 创建测试用例, 修改测试用例, 删除测试用例, 测试用例详情,
//! 测试用例列表 and 需求关联的测试用例列表.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CustomStep, TestCase, TestCasePriority, TestCaseTemplateType};
use crate::common::{RequestIdResponse, actions};

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
    /// 页码（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 分页的大小（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 所有行数（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// 全部页（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_page: Option<i64>,
}

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
}

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
}

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
}

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
    /// 页码（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 分页大小（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
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
}

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
}

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

    /// 需求关联的测试用例列表
    DescribeRequirementTestCaseList {
        summary: "需求关联的测试用例列表",
        source: "需求关联的测试用例列表",
        request: DescribeRequirementTestCaseListRequest,
        response: DescribeRequirementTestCaseListResponse,
    }
}
