//! 测试管理 › 测试用例分组: 创建测试用例分组, 修改测试用例分组, 删除测试用例分组 and
//! 测试用例分组列表.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

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
}

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
}

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
}

actions! {
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
}
