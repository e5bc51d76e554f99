//! 需求: the defects related to a requirement.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IssueSimple, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "需求";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Requirements and their related defects.",
    source: "API REFERENCE › 需求",
    endpoints: &[
        EndpointRef::of::<DescribeRequirementDefectRelation>(),
        EndpointRef::of::<ModifyDefectRelatedRequirement>(),
        EndpointRef::of::<CreateRequirementDefectRelation>(),
    ],
};

// ---------------------------------------------------------------- DescribeRequirementDefectRelation

/// 查询需求关联事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequirementDefectRelationRequest {
    /// 公共参数,本接口取值:DescribeRequirementDefectRelation。
    pub action: Action<DescribeRequirementDefectRelation>,
    /// 项目名称
    pub project_name: String,
    /// 需求 Code
    pub requirement_code: i64,
}

/// 查询需求关联事项列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequirementDefectRelationResponse {
    /// 缺陷列表
    // E10: `Array of IssueSimpleData`, a type the document never defines.
    pub issues: Vec<IssueSimple>,
}

// ---------------------------------------------------------------- ModifyDefectRelatedRequirement

/// 修改缺陷所属的需求：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDefectRelatedRequirementRequest {
    /// 公共参数,本接口取值:ModifyDefectRelatedRequirement。
    pub action: Action<ModifyDefectRelatedRequirement>,
    /// 项目名称
    pub project_name: String,
    /// 缺陷 Code
    pub defect_code: i64,
    /// 需求 Code
    pub requirement_code: i64,
}

// ---------------------------------------------------------------- CreateRequirementDefectRelation

/// 需求关联缺陷：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRequirementDefectRelationRequest {
    /// 公共参数,本接口取值:CreateRequirementDefectRelation。
    pub action: Action<CreateRequirementDefectRelation>,
    /// 项目名称
    pub project_name: String,
    /// 需求 Code
    pub requirement_code: i64,
    /// 缺陷 Code
    pub defect_code: i64,
}

actions! {
    /// 查询需求关联事项列表
    DescribeRequirementDefectRelation {
        summary: "查询需求关联事项列表",
        request: DescribeRequirementDefectRelationRequest,
        response: DescribeRequirementDefectRelationResponse,
    }

    /// 修改缺陷所属的需求
    ModifyDefectRelatedRequirement {
        summary: "修改缺陷所属的需求",
        request: ModifyDefectRelatedRequirementRequest,
        response: RequestIdResponse,
    }

    /// 需求关联缺陷
    CreateRequirementDefectRelation {
        summary: "需求关联缺陷",
        request: CreateRequirementDefectRelationRequest,
        response: RequestIdResponse,
    }
}
