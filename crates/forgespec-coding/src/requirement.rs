//! 需求: the defects related to a requirement.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Envelope, IssueSimple, RequestIdResponse, action};

/// The tag (document section) of these operations.
pub const TAG: &str = "需求";

// ---------------------------------------------------------------- DescribeRequirementDefectRelation

/// 查询需求关联事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRequirementDefectRelationRequest {
    /// 公共参数,本接口取值:DescribeRequirementDefectRelation。
    pub action: String,
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
    /// 唯一请求 ID,每次请求都会返回。定位问题时需要提供该次请求的 RequestId。
    pub request_id: String,
}

// ---------------------------------------------------------------- ModifyDefectRelatedRequirement

/// 修改缺陷所属的需求：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDefectRelatedRequirementRequest {
    /// 公共参数,本接口取值:ModifyDefectRelatedRequirement。
    pub action: String,
    /// 项目名称
    pub project_name: String,
    /// 缺陷 Code
    pub defect_code: i64,
    /// 需求 Code
    pub requirement_code: i64,
}

// ---------------------------------------------------------------- CreateRequirementDefectRelation

/// 需求关联缺陷：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRequirementDefectRelationRequest {
    /// 公共参数,本接口取值:CreateRequirementDefectRelation。
    pub action: String,
    /// 项目名称
    pub project_name: String,
    /// 需求 Code
    pub requirement_code: i64,
    /// 缺陷 Code
    pub defect_code: i64,
}

const SOURCE: &str = "API REFERENCE › 需求";

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        action("DescribeRequirementDefectRelation")
            .tag(TAG)
            .summary("查询需求关联事项列表")
            .source(SOURCE)
            .request::<DescribeRequirementDefectRelationRequest>()
            .response::<Envelope<DescribeRequirementDefectRelationResponse>>(200, "成功"),
        action("ModifyDefectRelatedRequirement")
            .tag(TAG)
            .summary("修改缺陷所属的需求")
            .source(SOURCE)
            .request::<ModifyDefectRelatedRequirementRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("CreateRequirementDefectRelation")
            .tag(TAG)
            .summary("需求关联缺陷")
            .source(SOURCE)
            .request::<CreateRequirementDefectRelationRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
    ]
}
