//! 事项 › filters and issue lists: 查询筛选器列表, 查询事项列表(旧), 事项列表(新) and
//! 获取工作台个人代办事项.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{
    FlexibleNumber, IssuePriority, IssueSimple, IssueStatus, IssueStatusType, IssueType,
    IssueTypeDetail, Project, UserSimple,
};
use crate::detail::{CustomField, IterationSimple, Label};

/// 事项类型
///
/// ALL - 全部事项, DEFECT - 缺陷, REQUIREMENT - 需求, MISSION - 任务, EPIC - 史诗
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueFilterType {
    /// ALL - 全部事项
    All,
    /// DEFECT - 缺陷
    Defect,
    /// REQUIREMENT - 需求
    Requirement,
    /// MISSION - 任务
    Mission,
    /// EPIC - 史诗
    Epic,
}

// ---------------------------------------------------------------- DescribeIssueFilterList

/// 查询筛选器列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueFilterListRequest {
    /// 公共参数,本接口取值:DescribeIssueFilterList
    pub action: Action<crate::DescribeIssueFilterList>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型
    ///
    /// ALL - 全部事项
    ///
    /// DEFECT - 缺陷
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<IssueFilterType>,
}

/// IssueFilter：筛选器。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueFilter {
    /// 过滤器 ID
    pub id: i64,
    /// 事项类型
    pub issue_type: IssueFilterType,
    /// 创建人 ID
    pub creator_id: i64,
    /// 名称
    pub name: String,
    /// 是否是系统自带
    // E33: the table swaps the descriptions of IsSystem ("是否是团队筛选器") and
    // SharedTeam ("是否是系统自带"); the system filters of the example are IsSystem.
    pub is_system: bool,
    /// 是否是团队筛选器
    pub shared_team: bool,
    /// 默认筛选器
    pub is_default: bool,
    /// 筛选组合,JSON 字符串
    ///
    /// 例如:{"filterIssueType":"ALL","sort":{"key":"PRIORITY","value":"DESC"},"conditions":[{"value":["TODO","PROCESSING"],"key":"STATUS_TYPE","fixed":true,"filterIssueType":"ALL","projectId":1},{"value":[],"key":"ASSIGNEE","fixed":true,"constValue":["UNSPECIFIC"],"filterIssueType":"ALL","projectId":1}
    pub content: String,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 筛选组合，JSON 字符串<br />例如：`{"filterIssueType":"ALL","sort":{"key":"PRIORITY","value":"DESC"},"conditions":[{"value":["TODO","PROCESSING"],"key":"STATUS_TYPE","fixed":true,"filterIssueType":"ALL","projectId":1},{"value":[],"key":"ASSIGNEE","fixed":true,"constValue":["UNSPECIFIC"],"filterIssueType":"ALL","projectId":1}]}`（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_string: Option<String>,
}

/// IssueFilterListData：过滤器列表,包含系统过滤器和自定义过滤器。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueFilterListData {
    /// 系统过滤器列表
    pub system_filter_list: Vec<IssueFilter>,
    /// 自定义过滤器列表
    // E34: the table names this row SystemFilterList a second time; the example's key
    // is CustomFilterList.
    pub custom_filter_list: Vec<IssueFilter>,
}

/// 查询筛选器列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueFilterListResponse {
    /// 过滤器列表,包含系统过滤器和自定义过滤器。
    pub data: IssueFilterListData,
}

// ---------------------------------------------------------------- IssueCondition

/// 筛选字段 KEY
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueConditionKey {
    /// ISSUE_TYPE_ID:事项类型,可以参考 DescribeTeamIssueTypeList,多选
    IssueTypeId,
    /// DEFECT_TYPE:缺陷类型,多选
    DefectType,
    /// REQUIREMENT_TYPE:需求类型,多选
    RequirementType,
    /// MISSION_TYPE:任务类型,多选
    MissionType,
    /// PRIORITY:优先级,多选
    Priority,
    /// DUE_DATE:截止日期,日期范围
    DueDate,
    /// UPDATED_AT:更新时间,日期范围
    UpdatedAt,
    /// CREATED_AT:创建时间,日期范围
    CreatedAt,
    /// START_DATE:开始日期,日期范围
    StartDate,
    /// ASSIGNEE:处理人ID,多选
    Assignee,
    /// CREATOR:创建者ID,多选
    Creator,
    /// WATCHER:关注者ID,多选
    Watcher,
    /// MODULE:模块,多选
    Module,
    /// LABEL:标签,多选
    Label,
    /// STATUS:状态,多选
    Status,
    /// STATUS_TYPE:状态类型,多选
    StatusType,
    /// KEYWORD:事项名称、CODE 模糊搜索
    Keyword,
    /// ISSUE_TYPE:事项类型,多选
    IssueType,
    /// ISSUE_SUB_TYPE:事项的子项类型,多选
    IssueSubType,
    /// WORKING_HOURS:预估工时,数值范围
    WorkingHours,
    /// ITERATION:迭代,多选
    Iteration,
    /// PARENT:父需求,多选
    Parent,
    /// CUSTOM:自定义字段,同时需指定 CustomFieldId
    Custom,
}

/// 常量值："UNSPECIFIC" 表示未指定
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueConditionConstValue {
    /// "UNSPECIFIC" 表示未指定,例如:处理人、需求类型、标签等字段,使用此值来筛选未指定处理人、需求类型或标签的事项。
    Unspecific,
}

/// IssueCondition：筛选条件。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueCondition {
    /// 筛选字段 KEY,可选值如下。
    ///
    /// ISSUE_TYPE_ID:事项类型,可以参考 DescribeTeamIssueTypeList,多选
    ///
    /// DEFECT_TYPE:缺陷类型,多选
    ///
    /// REQUIREMENT_TYPE:需求类型,多选
    ///
    /// MISSION_TYPE:任务类型,多选
    ///
    /// PRIORITY:优先级,多选
    ///
    /// DUE_DATE:截止日期,日期范围
    ///
    /// UPDATED_AT:更新时间,日期范围
    ///
    /// CREATED_AT:创建时间,日期范围
    ///
    /// START_DATE:开始日期,日期范围
    ///
    /// ASSIGNEE:处理人ID,多选
    ///
    /// CREATOR:创建者ID,多选
    ///
    /// WATCHER:关注者ID,多选
    ///
    /// MODULE:模块,多选
    ///
    /// LABEL:标签,多选
    ///
    /// STATUS:状态,多选
    ///
    /// STATUS_TYPE:状态类型,多选
    ///
    /// KEYWORD:事项名称、CODE 模糊搜索
    ///
    /// ISSUE_TYPE:事项类型,多选
    ///
    /// ISSUE_SUB_TYPE:事项的子项类型,多选
    ///
    /// WORKING_HOURS:预估工时,数值范围
    ///
    /// ITERATION:迭代,多选
    ///
    /// PARENT:父需求,多选
    ///
    /// CUSTOM:自定义字段,同时需指定 CustomFieldId
    pub key: IssueConditionKey,
    /// 筛选值,多选值用逗号隔开。
    ///
    /// 日期格式: 2020-08-01,日期时间格式: 2020-08-01 12:00:00
    ///
    /// 整数、小数、日期、日期时间类型的字段值应为一个范围,前后闭区间,范围开始值与结束值之间使用"_"连接,例如:"0.1_5.0"、"2020-08-01_2020-08-31"。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// 常量值
    ///
    /// "UNSPECIFIC" 表示未指定,例如:处理人、需求类型、标签等字段,使用此值来筛选未指定处理人、需求类型或标签的事项。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub const_value: Option<IssueConditionConstValue>,
    /// 自定义字段 Id,Key 为 "CUSTOM" 时需设置该值,常规字段无需设置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_id: Option<i64>,
    /// 自定义字段名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_name: Option<String>,
}

/// 排序字段,默认:CODE
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueSortKey {
    /// STATUS
    Status,
    /// CREATED_AT
    CreatedAt,
    /// PRIORITY
    Priority,
    /// UPDATED_AT
    UpdatedAt,
    /// DUE_DATE
    DueDate,
    /// CODE（默认）
    Code,
    /// JOIN_ITERATION_AT
    JoinIterationAt,
    /// STATUS_TYPE
    StatusType,
    /// ASSIGNEE
    Assignee,
    /// PROJECT_ID
    ProjectId,
    /// ISSUE_STATUS_ID
    IssueStatusId,
    /// ISSUE_ITERATION_SORT
    IssueIterationSort,
    /// ISSUE_ROADMAP_SORT
    IssueRoadmapSort,
    /// PARENT_ID
    ParentId,
    /// COMPLETED_AT
    CompletedAt,
}

/// 排序方式
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum IssueSortValue {
    /// DESC - 倒序(默认值)
    Desc,
    /// ASC - 正序
    Asc,
}

// ---------------------------------------------------------------- IssueListData

/// IssueListData：事项列表中的事项。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueListData {
    /// 父事项类型
    // E249: the row lists no values.
    pub parent_type: IssueType,
    /// 事项 Code
    pub code: i64,
    /// 事项类型
    // E249: the row lists no values.
    pub r#type: IssueType,
    /// 事项类型ID
    // No example carries IssueTypeId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_id: Option<i64>,
    /// 名称
    pub name: String,
    /// 描述
    pub description: String,
    /// 迭代 Id
    pub iteration_id: i64,
    /// 事项状态 Id
    pub issue_status_id: i64,
    /// 事项状态名称
    pub issue_status_name: String,
    /// 事项状态类型,例如:TODO
    // E250: the row gives an example; the set comes from the status-change log table.
    pub issue_status_type: IssueStatusType,
    /// 优先级
    ///
    /// "0" - 低
    ///
    /// "1" - 中
    ///
    /// "2" - 高
    ///
    /// "3" - 紧急
    ///
    /// "" - 未指定
    pub priority: IssuePriority,
    /// 处理人 Id
    pub assignee_id: i64,
    /// 开始日期时间戳
    pub start_date: i64,
    /// 截止日期时间戳
    pub due_date: i64,
    /// 工时(小时)
    // E4: typed Double; the examples write whole hours as integers (`0`).
    pub working_hours: FlexibleNumber,
    /// 创建人 Id
    pub creator_id: i64,
    /// 故事点,例如:"0.5"、"0"
    ///
    /// 空字符串 "" 表示未指定。
    pub story_point: String,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 完成时间
    pub completed_at: i64,
    /// 迭代信息
    // DescribeSubIssueList's example carries neither Iteration nor IssueTypeDetail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration: Option<IterationSimple>,
    /// 事项类型具体信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_detail: Option<IssueTypeDetail>,
    /// 经办人列表（CODING OpenAPI export）
    // E1361: the export's IssueListData adds Assignees, CustomFields, Labels,
    // ParentCode and ParentId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<UserSimple>>,
    /// 自定义属性（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub custom_fields: Option<Nullable<Vec<CustomField>>>,
    /// 事项标签（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub labels: Option<Nullable<Vec<Label>>>,
    /// 父事项code（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub parent_code: Option<Nullable<i64>>,
    /// 父事项ID（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub parent_id: Option<Nullable<i64>>,
}

// ---------------------------------------------------------------- DescribeIssueList

/// 查询事项列表(旧)：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueListRequest {
    /// 公共参数,本接口取值:DescribeIssueList
    pub action: Action<crate::DescribeIssueList>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型
    ///
    /// ALL - 全部事项
    ///
    /// DEFECT - 缺陷
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // E35: typed Integer; the values listed (ALL, DEFECT, …) and the example ("ALL") are strings.
    pub issue_type: Option<IssueFilterType>,
    /// 偏移量,默认 0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub offset: Option<i64>,
    /// 限制数目,默认 20
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 20))]
    pub limit: Option<i64>,
    /// 筛选条件列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<IssueCondition>>,
    /// 排序字段,默认:CODE
    ///
    /// 可选值:STATUS, CREATED_AT, PRIORITY, UPDATED_AT, DUE_DATE, CODE, JOIN_ITERATION_AT, STATUS_TYPE, ASSIGNEE, PROJECT_ID, ISSUE_STATUS_ID, ISSUE_ITERATION_SORT, ISSUE_ROADMAP_SORT, PARENT_ID, COMPLETED_AT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "CODE"))]
    pub sort_key: Option<IssueSortKey>,
    /// 排序方式
    ///
    /// DESC - 倒序(默认值)
    ///
    /// ASC - 正序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "DESC"))]
    pub sort_value: Option<IssueSortValue>,
}

/// 查询事项列表(旧)：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueListResponse {
    /// 事项列表。
    pub issue_list: Vec<IssueListData>,
}

// ---------------------------------------------------------------- DescribeIssueListWithPage

/// 事项列表(新)：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueListWithPageRequest {
    /// 公共参数,本接口取值:DescribeIssueListWithPage
    pub action: Action<crate::DescribeIssueListWithPage>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型
    ///
    /// ALL - 全部事项
    ///
    /// DEFECT - 缺陷
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // E35: typed Integer; the values listed (ALL, DEFECT, …) and the example ("ALL") are strings.
    pub issue_type: Option<IssueFilterType>,
    /// 分页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页展示数,默认 20 ,最大值 500
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 20), range(max = 500))]
    pub page_size: Option<i64>,
    /// 筛选条件列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<IssueCondition>>,
    /// 排序字段,默认:CODE
    ///
    /// 可选值:STATUS, CREATED_AT, PRIORITY, UPDATED_AT, DUE_DATE, CODE, JOIN_ITERATION_AT, STATUS_TYPE, ASSIGNEE, PROJECT_ID, ISSUE_STATUS_ID, ISSUE_ITERATION_SORT, ISSUE_ROADMAP_SORT, PARENT_ID, COMPLETED_AT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "CODE"))]
    pub sort_key: Option<IssueSortKey>,
    /// 排序方式
    ///
    /// DESC - 倒序(默认值)
    ///
    /// ASC - 正序
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "DESC"))]
    pub sort_value: Option<IssueSortValue>,
    /// 是否显示子事项,对应页面上平铺视图“显示子事项”开关,取值 true 或者 false,不填为 false。true 表示显示,false 表示不显示
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_sub_issues: Option<bool>,
    /// 是否排除子工作项(subtask),只有当 ShowSubIssues=true 时这个参数才有效,取值 true 或者 false,不填为 false。true 表示排除子工作项,false 表示不排除
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_sub_task: Option<bool>,
}

/// 事项列表(新)：一页事项。
// E36: the table lists `IssueList` flat in the output; the example wraps a page
// (PageNumber, PageSize, TotalPage, TotalCount, List) in `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueListPage {
    /// 第几页
    pub page_number: i64,
    /// 每页大小
    pub page_size: i64,
    /// 总共几页
    pub total_page: i64,
    /// 总共几条事项
    pub total_count: i64,
    /// 事项列表。
    pub list: Vec<IssueListData>,
}

/// 事项列表(新)：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueListWithPageResponse {
    /// 一页事项。
    // E36: the example's `Data` page replaces the table's flat `IssueList`.
    pub data: IssueListPage,
}

// ---------------------------------------------------------------- DescribeWorkbenchIssueList

/// 获取工作台个人代办事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWorkbenchIssueListRequest {
    /// 公共参数,本接口取值:DescribeWorkbenchIssueList
    pub action: Action<crate::DescribeWorkbenchIssueList>,
    /// 项目id,不填或者填0则查询团队内参与的所有项目
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 事项类型,取值如“REQUIREMENT”、“DEFECT”等
    // E249: the row gives examples only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IssueType>,
    /// 关键字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// 分页查询的分页数,不填的话从第一页开始查询
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页展示数,默认 20 ,最大值 500
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 20), range(max = 500))]
    pub page_size: Option<i64>,
}

/// 工作台事项的描述。
// E37: the examples send `"Description": false` where an issue's description (a
// string) is expected; both forms are accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum WorkbenchIssueDescription {
    /// 描述文本。
    Text(String),
    /// 示例中出现的布尔值。
    Flag(bool),
}

/// 工作台个人代办事项。
// E38: the table types IssueList as a bare `List`; every field here comes from the
// examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WorkbenchIssue {
    /// 事项 Code
    pub code: i64,
    /// 事项类型
    // E249.
    pub r#type: IssueType,
    /// 事项类型具体信息
    pub issue_type: IssueTypeDetail,
    /// 名称
    pub name: String,
    /// 父事项 Code，0 表示无父事项。
    pub parent_code: i64,
    /// 描述
    pub description: WorkbenchIssueDescription,
    /// 优先级
    pub priority: IssuePriority,
    /// 截止日期时间戳
    pub due_date: i64,
    /// 项目 Id
    pub project_id: i64,
    /// 父事项
    pub parent_issue: IssueSimple,
    /// 所属项目
    pub project: Project,
    /// 事项状态
    pub issue_status: IssueStatus,
    /// 所属史诗
    pub epic: IssueSimple,
    /// 子工作项列表
    pub sub_tasks: Vec<IssueSimple>,
    /// 处理人
    pub assignee: UserSimple,
    /// 子事项数
    pub child_count: i64,
    /// 已完成的子事项数
    pub child_completed_count: i64,
    /// 创建人
    pub creator: UserSimple,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
    /// 所属迭代
    pub iteration: IterationSimple,
}

/// 获取工作台个人代办事项：一页事项。
// E36: the table lists `IssueList` flat in the output; the example wraps a page in `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct WorkbenchIssuePage {
    /// 第几页
    pub page_number: i64,
    /// 每页大小
    pub page_size: i64,
    /// 总共几页
    pub total_page: i64,
    /// 总共几条事项
    pub total_count: i64,
    /// 事项列表。
    pub issue_list: Vec<WorkbenchIssue>,
}

/// 获取工作台个人代办事项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWorkbenchIssueListResponse {
    /// 一页事项。
    // E36: the example's `Data` page replaces the table's flat `IssueList`.
    pub data: WorkbenchIssuePage,
}
