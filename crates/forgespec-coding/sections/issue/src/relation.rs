//! 事项 › relations: blocking (前置/后置) issues, sub-issues, the parent requirement
//! and related test cases.

use forgespec_core::{Action, New, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::IssueSimple;
use crate::list::IssueListData;

// ---------------------------------------------------------------- DescribeBlockIssueList

/// 查询后置事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBlockIssueListRequest {
    /// 公共参数,本接口取值:DescribeBlockIssueList。
    pub action: Action<crate::DescribeBlockIssueList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
}

/// 查询后置事项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBlockIssueListResponse {
    /// 后置事项列表
    // E10: `Array of IssueSimpleData`, a type the document never defines.
    pub issues: Vec<IssueSimple>,
}

// ---------------------------------------------------------------- DescribeBlockedByIssueList

/// 查询前置事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBlockedByIssueListRequest {
    /// 公共参数,本接口取值:DescribeBlockedByIssueList。
    pub action: Action<crate::DescribeBlockedByIssueList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
}

/// 查询前置事项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBlockedByIssueListResponse {
    /// 前置事项列表
    // E10: `Array of IssueSimpleData`, a type the document never defines.
    pub issues: Vec<IssueSimple>,
}

// ---------------------------------------------------------------- DescribeSubIssueList

/// 查询子事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubIssueListRequest {
    /// 公共参数,本接口取值:DescribeSubIssueList。
    pub action: Action<crate::DescribeSubIssueList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
}

/// 查询子事项列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubIssueListResponse {
    /// 子事项列表
    pub sub_issue_list: Vec<IssueListData>,
}

// ---------------------------------------------------------------- DeleteIssueBlock

/// 删除前置事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIssueBlockRequest {
    /// 公共参数,本接口取值:DeleteIssueBlock。
    pub action: Action<crate::DeleteIssueBlock>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 前置事项 Code
    pub block_issue_code: i64,
}

// ---------------------------------------------------------------- CreateIssueBlock

/// 添加前置事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueBlockRequest {
    /// 公共参数,本接口取值:CreateIssueBlock。
    pub action: Action<crate::CreateIssueBlock>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 前置事项 Code
    pub block_issue_code: i64,
}

// ---------------------------------------------------------------- ModifyIssueParentRequirement

/// 修改事项父需求：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueParentRequirementRequest {
    /// 公共参数,本接口取值:ModifyIssueParentRequirement。
    pub action: Action<crate::ModifyIssueParentRequirement>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 父事项 Code
    pub parent_issue_code: i64,
}

// ---------------------------------------------------------------- DescribeRelatedCaseList

/// 事项关联的测试用例：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRelatedCaseListRequest {
    /// 公共参数,本接口取值:DescribeRelatedCaseList
    pub action: Action<crate::DescribeRelatedCaseList>,
    /// 项目名称
    pub project_name: String,
    /// 事项标示code
    pub issue_code: i64,
}

int_enum! {
    /// 优先级, 0 => '紧急', 1 => '高', 2 => '中', 3 => '低'
    pub enum RelatedCasePriority {
        /// 0 => '紧急'
        Urgent = 0,
        /// 1 => '高'
        High = 1,
        /// 2 => '中'
        Medium = 2,
        /// 3 => '低'
        Low = 3,
    }
}

/// Case：事项关联的测试用例。
// Named RelatedCase: the 测试管理 sections define richer `Case` tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct RelatedCase {
    /// 用例ID
    pub id: i64,
    /// 标题
    pub name: String,
    /// 优先级, 0 => '紧急', 1 => '高', 2 => '中', 3 => '低'
    pub priority: RelatedCasePriority,
}

/// 事项关联的测试用例：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRelatedCaseListResponse {
    /// 用例列表。
    pub cases: Vec<RelatedCase>,
}
