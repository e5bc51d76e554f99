//! 代码托管 › depot specifications ("仓库规范"): the branch types a depot allows and the
//! directions in which merge requests may go, at system, team or depot level.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{OrEmpty, RequestIdResponse, actions};

/// 仓库规范类型 system:系统级别,team:团队级别
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DepotSpecType {
    /// system:系统级别
    System,
    /// team:团队级别
    Team,
}

/// DepotSpec 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotSpec {
    /// 仓库规范类型 system:系统级别,team:团队级别
    pub r#type: DepotSpecType,
    /// 仓库规范名字
    pub name: String,
    /// 仓库规范描述信息
    pub description: String,
}

/// DepotBranchType 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotBranchType {
    /// 分支类型名字
    pub name: String,
    /// 分支类型规则
    pub rule: String,
    /// 分支类型描述信息
    pub description: String,
}

/// DepotMergeRequestRule 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotMergeRequestRule {
    /// 源分支类型名字
    pub source_branch_type_name: String,
    /// 源分支类型规则
    pub source_branch_type_rule: String,
    /// 目标分支类型名字
    pub target_branch_type_name: String,
    /// 目标分支类型规则
    pub target_branch_type_rule: String,
}

/// DepotSpecDetail 详情
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotSpecDetail {
    /// system:系统级别的规范;team:团队级别的规范
    // E1428: "" in the export's examples of a depot's own specification.
    pub r#type: OrEmpty<DepotSpecType>,
    /// 仓库规范名字
    pub name: String,
    /// 仓库规范描述信息
    pub description: String,
    /// 使用的是系统/团队级别的仓库规范(这个字段只在使用仓库路径查询时有用)
    pub use_existing_solution: bool,
    /// 允许创建规定分支类型以外的分支
    pub allow_push_wild_ref: bool,
    /// 分支类型列表
    pub depot_branch_type_list: Vec<DepotBranchType>,
    /// 合并方向规则列表
    pub depot_merge_request_rule_list: Vec<DepotMergeRequestRule>,
}

/// DepotBranchTypeParam 参数
// E400: Name and Rule define a branch type and are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotBranchTypeParam {
    /// 分支类型名字
    pub name: String,
    /// 分支类型规则
    // E401: typed Boolean; the examples send branch patterns such as "dev/*".
    pub rule: String,
    /// 分支类型描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// DepotMergeRequestRuleParam 参数
// E400: both branch type names define the rule and are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotMergeRequestRuleParam {
    /// 源分支类型名称
    pub source_branch_type_name: String,
    /// 目标分支类型名称
    pub target_branch_type_name: String,
}

/// DepotSpecTeamLevelParam 参数
// E400: Name (which names the specification to create or change) is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotSpecTeamLevelParam {
    /// 规范的名字唯一,当名字是已有规范的名字时,为修改;当名字不是已有规范名字时为新增
    pub name: String,
    /// 允许创建规定分支类型以外的分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_push_wild_ref: Option<bool>,
    /// 当需要修改已有规范的名字时,需要填写新名字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_name: Option<String>,
    /// 仓库规范描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 分支类型列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_branch_type_list: Option<Vec<DepotBranchTypeParam>>,
    /// 合并方向规则列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_merge_request_rule_list: Option<Vec<DepotMergeRequestRuleParam>>,
}

/// DepotSpecDepotLevelParam 参数
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotSpecDepotLevelParam {
    /// 允许创建规定分支类型以外的分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_push_wild_ref: Option<bool>,
    /// 分支类型列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_branch_type_list: Option<Vec<DepotBranchTypeParam>>,
    /// 合并方向规则列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_merge_request_rule_list: Option<Vec<DepotMergeRequestRuleParam>>,
}

// ---------------------------------------------------------------- DescribeDepotSpecs

/// 查询仓库规范列表：输入参数。
// E225: the (empty) table omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotSpecsRequest {
    /// 公共参数,本接口取值:DescribeDepotSpecs
    pub action: Action<DescribeDepotSpecs>,
}

/// 查询仓库规范列表：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotSpecsResponse {
    /// 仓库规范列表
    pub depot_specs: Vec<DepotSpec>,
}

// ---------------------------------------------------------------- DescribeDepotSpecDetail

/// 查询仓库规范详情：输入参数。
// E225: the table omits Action. E400: DepotSpecName and DepotPath are an either-or
// pair, so both stay optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotSpecDetailRequest {
    /// 公共参数,本接口取值:DescribeDepotSpecDetail
    pub action: Action<DescribeDepotSpecDetail>,
    /// 仓库规范名字(和仓库路径二选一选填)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_spec_name: Option<String>,
    /// 仓库路径(和仓库规范名字二选一选填)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询仓库规范详情：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDepotSpecDetailResponse {
    /// 仓库规范详细信息
    pub detail: DepotSpecDetail,
}

// ---------------------------------------------------------------- ModifyTeamLevelDepotSpec

/// 修改、新增团队级别的仓库规范：输入参数。
// E225: the table omits Action. E400: Param is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTeamLevelDepotSpecRequest {
    /// 公共参数,本接口取值:ModifyTeamLevelDepotSpec
    pub action: Action<ModifyTeamLevelDepotSpec>,
    /// 修改、新增团队级别的仓库规范参数
    pub param: DepotSpecTeamLevelParam,
}

/// 修改、新增团队级别的仓库规范：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTeamLevelDepotSpecResponse {
    /// 仓库规范详细信息
    pub detail: DepotSpecDetail,
}

// ---------------------------------------------------------------- DeleteTeamLevelDepotSpec

/// 删除团队级别的分支规范：输入参数。
// E225: the table omits Action. E400: DepotSpecName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTeamLevelDepotSpecRequest {
    /// 公共参数,本接口取值:DeleteTeamLevelDepotSpec
    pub action: Action<DeleteTeamLevelDepotSpec>,
    /// 仓库规范名字
    pub depot_spec_name: String,
}

// ---------------------------------------------------------------- ModifyChooseDepotSpec

/// 使用、取消使用仓库规范：输入参数。
// E225: the table omits Action. E400: DepotPath and DepotSpecName (the empty string
// cancels) are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyChooseDepotSpecRequest {
    /// 公共参数,本接口取值:ModifyChooseDepotSpec
    pub action: Action<ModifyChooseDepotSpec>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 选择的仓库规范名字(不使用仓库规范时,填空字符串)
    pub depot_spec_name: String,
}

/// 使用、取消使用仓库规范：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyChooseDepotSpecResponse {
    /// 仓库规范详细信息
    pub detail: DepotSpecDetail,
}

// ---------------------------------------------------------------- ModifyDepotLevelDepotSpec

/// 修改、新增仓库级别的仓库规范：输入参数。
// E225: the table omits Action. E400: DepotPath and Param are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotLevelDepotSpecRequest {
    /// 公共参数,本接口取值:ModifyDepotLevelDepotSpec
    pub action: Action<ModifyDepotLevelDepotSpec>,
    /// 仓库路径 team-name/project-name/depot-name 或 填写仓库 id 的字符串类型
    pub depot_path: String,
    /// 修改、新增仓库级别的仓库规范参数
    pub param: DepotSpecDepotLevelParam,
}

/// 修改、新增仓库级别的仓库规范：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDepotLevelDepotSpecResponse {
    /// 仓库规范详细信息
    pub detail: DepotSpecDetail,
}

actions! {
    /// 查询仓库规范列表
    DescribeDepotSpecs {
        summary: "查询仓库规范列表",
        source: "查询仓库规范列表",
        request: DescribeDepotSpecsRequest,
        response: DescribeDepotSpecsResponse,
    }

    /// 查询仓库规范详情
    DescribeDepotSpecDetail {
        summary: "查询仓库规范详情",
        source: "查询仓库规范详情",
        request: DescribeDepotSpecDetailRequest,
        response: DescribeDepotSpecDetailResponse,
    }

    /// 修改、新增团队级别的仓库规范
    ModifyTeamLevelDepotSpec {
        summary: "修改、新增团队级别的仓库规范",
        source: "修改、新增团队级别的仓库规范",
        request: ModifyTeamLevelDepotSpecRequest,
        response: ModifyTeamLevelDepotSpecResponse,
    }

    // E226: the output table is empty; the example carries RequestId.
    /// 删除团队级别的分支规范
    DeleteTeamLevelDepotSpec {
        summary: "删除团队级别的分支规范",
        source: "删除团队级别的分支规范",
        request: DeleteTeamLevelDepotSpecRequest,
        response: RequestIdResponse,
    }

    /// 使用、取消使用仓库规范
    ModifyChooseDepotSpec {
        summary: "使用、取消使用仓库规范",
        source: "使用、取消使用仓库规范",
        request: ModifyChooseDepotSpecRequest,
        response: ModifyChooseDepotSpecResponse,
    }

    /// 修改、新增仓库级别的仓库规范
    ModifyDepotLevelDepotSpec {
        summary: "修改、新增仓库级别的仓库规范",
        source: "修改、新增仓库级别的仓库规范",
        request: ModifyDepotLevelDepotSpecRequest,
        response: ModifyDepotLevelDepotSpecResponse,
    }
}
