//! 测试管理 › defects of a test: 测试任务关联缺陷 and 测试任务关联的缺陷列表.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

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

/// Data：测试任务关联的缺陷列表
// E920/E921: Data[TestDefects] holds the list under the key `Defects`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestDefectsData {
    /// 测试任务关联的缺陷列表
    pub defects: Vec<TestDefect>,
}

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
}

actions! {
    /// 测试任务关联缺陷
    CreateTestDefect {
        summary: "测试任务关联缺陷",
        source: "测试任务关联缺陷",
        request: CreateTestDefectRequest,
        response: RequestIdResponse,
    }

    /// 测试任务关联的缺陷列表
    DescribeTestDefectList {
        summary: "测试任务关联的缺陷列表",
        source: "测试任务关联的缺陷列表",
        request: DescribeTestDefectListRequest,
        response: DescribeTestDefectListResponse,
    }
}
