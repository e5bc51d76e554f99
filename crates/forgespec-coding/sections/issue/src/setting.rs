//! 事项 › settings: 查询属性设置, 查询状态设置 and the issue-type lists.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IssueStatus, IssueType, IssueTypeDetail};

// ---------------------------------------------------------------- DescribeProjectIssueFieldList

/// 查询属性设置的事项类型
///
/// DEFECT - 缺陷, REQUIREMENT - 需求, MISSION - 任务, EPIC - 史诗, SUB_TASK - 子任务, WORK_ITEM - 项目集工作项
// The six values 查询属性设置 lists for its `IssueType` parameter (IssueType has eight).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FieldSettingIssueType {
    /// DEFECT - 缺陷
    Defect,
    /// REQUIREMENT - 需求
    Requirement,
    /// MISSION - 任务
    Mission,
    /// EPIC - 史诗
    Epic,
    /// SUB_TASK - 子任务
    SubTask,
    /// WORK_ITEM - 项目集工作项
    WorkItem,
}

/// 查询属性设置：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueFieldListRequest {
    /// 公共参数,本接口取值:DescribeProjectIssueFieldList
    pub action: Action<crate::DescribeProjectIssueFieldList>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型ID(IssueTypeId 和 IssueType 必须提供一个 )
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_id: Option<i64>,
    /// 事项类型,没有设置 IssueTypeId 参数则查询默认该默认类型
    ///
    /// DEFECT - 缺陷
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    ///
    /// SUB_TASK - 子任务
    ///
    /// WORK_ITEM - 项目集工作项
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<FieldSettingIssueType>,
}

/// 字段空间类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueFieldComponentType {
    /// TEXT_SINGLE_LINE - 单行文本
    TextSingleLine,
    /// TEXT_MULTI_LINE - 多行文本
    TextMultiLine,
    /// SELECT_SINGLE - 单选列表
    SelectSingle,
    /// SELECT_MULTI - 多选列表
    SelectMulti,
    /// RADIO - 单选框
    Radio,
    /// CHECKBOX - 多选框
    Checkbox,
    /// SELECT_MEMBER_SINGLE - 用户单选列表
    SelectMemberSingle,
    /// SELECT_MEMBER_MULTI - 用户多选列表
    SelectMemberMulti,
    /// TEXT_DATETIME - 日期时间选择框
    TextDatetime,
    /// TEXT_DATE - 日期选择框
    TextDate,
    /// TEXT_INTEGER - 整数输入框
    TextInteger,
    /// TEXT_DECIMAL - 小数输入框
    TextDecimal,
}

/// IssueFieldOption：选项。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueFieldOption {
    /// 选项图标地址
    pub icon: String,
    /// 排序
    pub sort: String,
    /// 选项标题
    pub title: String,
    /// 选项值
    pub value: String,
}

/// IssueField：关联属性。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueField {
    /// 属性 Id
    pub id: i64,
    /// 团队 Id（表格未列出，见于示例）。
    // E39: every example carries TeamId, which the table does not list.
    pub team_id: i64,
    /// 名称
    pub name: String,
    /// 图标地址
    pub icon_url: String,
    /// 字段类型
    pub r#type: String,
    /// 字段空间类型
    ///
    /// TEXT_SINGLE_LINE - 单行文本
    ///
    /// TEXT_MULTI_LINE - 多行文本
    ///
    /// SELECT_SINGLE - 单选列表
    ///
    /// SELECT_MULTI - 多选列表
    ///
    /// RADIO - 单选框
    ///
    /// CHECKBOX - 多选框
    ///
    /// SELECT_MEMBER_SINGLE - 用户单选列表
    ///
    /// SELECT_MEMBER_MULTI - 用户多选列表
    ///
    /// TEXT_DATETIME - 日期时间选择框
    ///
    /// TEXT_DATE - 日期选择框
    ///
    /// TEXT_INTEGER - 整数输入框
    ///
    /// TEXT_DECIMAL - 小数输入框
    pub component_type: IssueFieldComponentType,
    /// 事项类型
    // E40: the table describes Description as "事项类型", a copy-paste slip; kept verbatim.
    pub description: String,
    /// 选项列表
    pub options: Vec<IssueFieldOption>,
    /// 单位
    pub unit: String,
    /// 项目中属性可选
    pub selectable: bool,
    /// 是否比天
    // E40: "是否比天" is a typo of "是否必填"; kept verbatim.
    pub required: bool,
    /// 是否可修改
    pub editable: bool,
    /// 是否可删除
    pub deletable: bool,
    /// 是否可排序
    pub sortable: bool,
    /// 创建者
    pub created_by: i64,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
}

/// ProjectIssueField：项目属性。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectIssueField {
    /// 关联属性 Id
    pub issue_field_id: i64,
    /// 是否有默认值
    // E41: typed String; every example sends a boolean.
    pub need_default: bool,
    /// 默认值, JSON 字符串。例如:{"type":"VARIABLE","value":"CREATOR"}
    ///
    /// type:默认值类型,VARIABLE - 变量值(如创建者为 CREATOR) | CONSTANT - 常量值
    ///
    /// value:默认值,根据 IssueField.ComponentType,可能为不同类型的值:数值、字符串、数组等
    pub value_string: String,
    /// 事项类型
    // E249: the row lists no values; the request's six are a subset of IssueType's eight.
    pub issue_type: IssueType,
    /// 是否必填
    // E41: typed String; every example sends a boolean.
    pub required: bool,
    /// 关联属性
    pub issue_field: IssueField,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
}

/// 查询属性设置：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueFieldListResponse {
    /// 项目属性列表
    pub project_issue_field_list: Vec<ProjectIssueField>,
}

// ---------------------------------------------------------------- DescribeProjectIssueStatusList

/// 查询状态设置的事项类型
///
/// DEFECT - 缺陷, REQUIREMENT - 需求, MISSION - 任务, EPIC - 史诗, SUB_TASK - 子任务, STORY - 用户故事
// The six values 查询状态设置 lists for its `IssueType` parameter (IssueType has eight).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatusSettingIssueType {
    /// DEFECT - 缺陷
    Defect,
    /// REQUIREMENT - 需求
    Requirement,
    /// MISSION - 任务
    Mission,
    /// EPIC - 史诗
    Epic,
    /// SUB_TASK - 子任务
    SubTask,
    /// STORY - 用户故事
    Story,
}

/// 查询状态设置：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueStatusListRequest {
    /// 公共参数,本接口取值:DescribeProjectIssueStatusList
    pub action: Action<crate::DescribeProjectIssueStatusList>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型ID(IssueTypeId 和 IssueType 必须设置一个)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_id: Option<i64>,
    /// 事项类型,如果未设置 IssueTypeId 则查询默认类型
    ///
    /// DEFECT - 缺陷
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    ///
    /// SUB_TASK - 子任务
    ///
    /// STORY - 用户故事
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<StatusSettingIssueType>,
}

/// ProjectIssueStatus：项目状态。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectIssueStatus {
    /// 事项类型
    // E249: the row lists no values; the request's six are a subset of IssueType's eight.
    pub issue_type: IssueType,
    /// 事项状态 Id
    pub issue_status_id: i64,
    /// 是否是默认值
    pub is_default: bool,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 排序
    pub sort: i64,
    /// 事项状态
    // E42: typed String; the IssueStatus table that follows and every example make it an object.
    pub issue_status: IssueStatus,
}

/// 查询状态设置：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueStatusListResponse {
    /// 项目状态列表
    pub project_issue_status_list: Vec<ProjectIssueStatus>,
}

// ---------------------------------------------------------------- DescribeTeamIssueTypeList

/// 查询企业所有事项类型列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamIssueTypeListRequest {
    /// 公共参数,本接口取值:DescribeTeamIssueTypeList。
    pub action: Action<crate::DescribeTeamIssueTypeList>,
}

/// 查询企业所有事项类型列表：输出参数。
// E43: the example shows the output without the Response envelope and RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamIssueTypeListResponse {
    /// 事项类型列表
    pub issue_types: Vec<IssueTypeDetail>,
}

// ---------------------------------------------------------------- DescribeProjectIssueTypeList

/// 查询项目的事项类型列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueTypeListRequest {
    /// 公共参数,本接口取值:DescribeProjectIssueTypeList
    pub action: Action<crate::DescribeProjectIssueTypeList>,
    /// 项目名称,非 ID、displayname
    pub project_name: String,
}

/// 分解类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueSplitType {
    /// UNSPLITTABLE-不允许分解
    Unsplittable,
    /// SPECIFIC_TYPE-指定类型
    SpecificType,
    /// ALL_REQUIREMENT-全部需求类型
    AllRequirement,
}

/// IssueTypeDetailWithSplit：项目内事项类型。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueTypeDetailWithSplit {
    /// 事项类型ID
    pub id: i64,
    /// 事项类型名称
    pub name: String,
    /// 事项类型基础类型,比如:REQUIREMENT、MISSION
    // E249: the row gives examples only.
    pub issue_type: IssueType,
    /// 类型描述
    pub description: String,
    /// 是否是系统内置
    pub is_system: bool,
    /// 分解类型, UNSPLITTABLE-不允许分解, SPECIFIC_TYPE-指定类型 , ALL_REQUIREMENT-全部需求类型
    pub split_type: IssueSplitType,
    /// 可以分解为哪些事项类型,值为类型 ID,SplitType=SPECIFIC_TYPE 时可用
    pub split_target_issue_type_id: Vec<i64>,
}

/// 查询项目的事项类型列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectIssueTypeListResponse {
    // RequestId (see `Output`): E43: the table lists no RequestId and the example shows no envelope; every
    // RequestId (see `Output`): Action's reply carries both.
    /// 项目内事项类型列表
    pub issue_types: Vec<IssueTypeDetailWithSplit>,
}
