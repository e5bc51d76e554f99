//! 项目 › 项目标签: a project's labels.
//!
//! Required input parameters follow E1 (E1300); output fields E1105.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, actions};

/// ProjectLabelLabels
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectLabel {
    /// 标签id
    pub id: i64,
    /// 项目id
    pub project_id: i64,
    /// 标签名
    pub name: String,
    /// 颜色
    pub color: String,
    /// 创建人用户id
    pub creator_id: i64,
}

// ---------------------------------------------------------------- ModifyProjectLabel

/// 项目标签修改：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectLabelRequest {
    /// 公共参数,本接口取值:ModifyProjectLabel
    pub action: Action<ModifyProjectLabel>,
    /// 项目ID
    pub project_id: i64,
    /// 标签名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 颜色
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// 标签Id
    // E1301: an integer id the examples send as a string.
    pub label_id: IntegerOrString,
}

/// 项目标签修改：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectLabelResponse {
    /// 创建的标签
    pub label: ProjectLabel,
}

// ---------------------------------------------------------------- CreateProjectLabel

/// 项目标签创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectLabelRequest {
    /// 公共参数,本接口取值:CreateProjectLabel
    pub action: Action<CreateProjectLabel>,
    /// 项目ID
    pub project_id: i64,
    /// 标签名
    pub name: String,
    /// 颜色
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// 项目标签创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectLabelResponse {
    /// 创建的标签
    pub label: ProjectLabel,
}

// ---------------------------------------------------------------- DeleteProjectLabel

/// 项目标签删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProjectLabelRequest {
    /// 公共参数,本接口取值:DeleteProjectLabel
    pub action: Action<DeleteProjectLabel>,
    /// 项目ID
    pub project_id: i64,
    /// 标签Id
    // E1301: an integer id the examples send as a string.
    pub label_id: IntegerOrString,
}

/// 项目标签删除：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProjectLabelResponse {
    /// 是否操作成功
    pub succeed: bool,
}

// ---------------------------------------------------------------- DescribeAllProjectLabels

/// 项目标签查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllProjectLabelsRequest {
    /// 公共参数,本接口取值:DescribeAllProjectLabels
    pub action: Action<DescribeAllProjectLabels>,
    /// 项目ID
    pub project_id: i64,
}

/// 项目标签查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllProjectLabelsResponse {
    /// 标签列表
    pub labels: Vec<ProjectLabel>,
}

actions! {
    /// 项目标签修改
    ModifyProjectLabel {
        summary: "项目标签修改",
        request: ModifyProjectLabelRequest,
        response: ModifyProjectLabelResponse,
    }

    /// 项目标签创建
    CreateProjectLabel {
        summary: "项目标签创建",
        request: CreateProjectLabelRequest,
        response: CreateProjectLabelResponse,
    }

    /// 项目标签删除
    DeleteProjectLabel {
        summary: "项目标签删除",
        request: DeleteProjectLabelRequest,
        response: DeleteProjectLabelResponse,
    }

    /// 项目标签查询
    DescribeAllProjectLabels {
        summary: "项目标签查询",
        request: DescribeAllProjectLabelsRequest,
        response: DescribeAllProjectLabelsResponse,
    }
}
