//! 事项 › history: 获取事项的状态变更历史, 获取事项活动日志, 获取自定义属性变更历史.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::IssueStatus;

// ---------------------------------------------------------------- DescribeIssueStatusChangeLogList

/// 获取事项的状态变更历史：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueStatusChangeLogListRequest {
    /// 公共参数,本接口取值:DescribeIssueStatusChangeLogList
    pub action: Action<crate::DescribeIssueStatusChangeLogList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 code,支持多选
    pub issue_code: Vec<i64>,
}

/// Log：Log 的具体信息
// Named IssueStatusChangeLog: `Log` alone is too generic for a component name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueStatusChangeLog {
    /// 事项 code
    pub issue_code: i64,
    /// 状态对象 ID
    pub status_id: i64,
    /// 状态名称(当时的名称快照)
    pub status_name: String,
    /// 生成时间 (流转到改状态的时间)
    // E45: typed String; the examples send an epoch-millisecond integer.
    pub created_at: i64,
    /// 状态对象（最新）：IssueStatus.Id 状态对象 ID, IssueStatus.Name 状态对象名称(最新), IssueStatus.Type 状态类型,TODO、PROCESSING、COMPLETE, IssueStatus.IsSystem 是否是系统状态
    // E44: the table flattens IssueStatus into four dotted rows and writes the status
    // type COMPLETE; the examples carry the whole IssueStatus object (Index,
    // Description, CreatedAt, UpdatedAt too), whose type value is COMPLETED.
    pub issue_status: IssueStatus,
}

/// 具体的变更日志
// E46: the table types Logs as a list of Log; the example wraps the list in an
// object's `List`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueStatusChangeLogs {
    /// 变更日志列表。
    pub list: Vec<IssueStatusChangeLog>,
}

/// 获取事项的状态变更历史：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueStatusChangeLogListResponse {
    /// 具体的变更日志
    pub logs: IssueStatusChangeLogs,
}

// ---------------------------------------------------------------- DescribeIssueLogList

/// 动作类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueLogActionType {
    /// ADD
    Add,
    /// CHANGE_PARENT
    ChangeParent,
    /// CREATE
    Create,
    /// DELETE
    Delete,
    /// REMOVE
    Remove,
    /// UPDATE
    Update,
}

/// 操作对象
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueLogTarget {
    /// ASSIGNEE // 处理人
    Assignee,
    /// ATTACHMENT // 附件
    Attachment,
    /// CHILD_ISSUE // 子事项
    ChildIssue,
    /// CUSTOM_FIELD // 自定义属性
    CustomField,
    /// DEFECT_TYPE //缺陷类型
    DefectType,
    /// DESCRIPTION //描述
    Description,
    /// DUE_DATE //截止日期
    DueDate,
    /// EPIC_ISSUE //所属史诗
    EpicIssue,
    /// ISSUE_EPIC_CHANGED
    IssueEpicChanged,
    /// ISSUE_PROGRAM_RELATION
    IssueProgramRelation,
    /// ISSUE_RELATION
    IssueRelation,
    /// ITERATION //迭代
    Iteration,
    /// LABEL //标签
    Label,
    /// MODULE //模块
    Module,
    /// NAME //名字
    Name,
    /// PARENT_ISSUE //父事项
    ParentIssue,
    /// PRIORITY //优先级
    Priority,
    /// PROGRESS //进度
    Progress,
    /// RELATE_DEFECT
    RelateDefect,
    /// RELATE_REQUIREMENT
    RelateRequirement,
    /// REQUIREMENT_TYPE
    RequirementType,
    /// RESOURCE
    Resource,
    /// SELF
    #[serde(rename = "SELF")]
    SelfIssue,
    /// START_DATE
    StartDate,
    /// STATUS //状态
    Status,
    /// STORY_POINT //故事点
    StoryPoint,
    /// THIRD_LINK //第三方链接
    ThirdLink,
    /// WATCHER //关注人
    Watcher,
    /// WORKING_HOURS //工时
    WorkingHours,
}

/// 获取事项活动日志：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueLogListRequest {
    /// 公共参数,本接口取值:DescribeIssueLogList
    pub action: Action<crate::DescribeIssueLogList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 code,即页面上看到的事项ID
    pub issue_code: i64,
    /// 动作类型,取值包括如下:
    ///
    /// ADD
    ///
    /// CHANGE_PARENT
    ///
    /// CREATE
    ///
    /// DELETE
    ///
    /// REMOVE
    ///
    /// UPDATE
    ///
    /// 要获取更新处理人的日志,用UPDATE+ASSIGNEE,要获取更新迭代的日志,用UPDATE+ITERATION,要获取创建事项的日志,用CREATE+SELF,以此类推。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_type: Option<IssueLogActionType>,
    /// 操作对象,取值包括如下:
    ///
    /// ASSIGNEE // 处理人
    ///
    /// ATTACHMENT // 附件
    ///
    /// CHILD_ISSUE // 子事项
    ///
    /// CUSTOM_FIELD // 自定义属性
    ///
    /// DEFECT_TYPE //缺陷类型
    ///
    /// DESCRIPTION //描述
    ///
    /// DUE_DATE //截止日期
    ///
    /// EPIC_ISSUE //所属史诗
    ///
    /// ISSUE_EPIC_CHANGED
    ///
    /// ISSUE_PROGRAM_RELATION
    ///
    /// ISSUE_RELATION
    ///
    /// ITERATION //迭代
    ///
    /// LABEL //标签
    ///
    /// MODULE //模块
    ///
    /// NAME //名字
    ///
    /// PARENT_ISSUE //父事项
    ///
    /// PRIORITY //优先级
    ///
    /// PROGRESS //进度
    ///
    /// RELATE_DEFECT
    ///
    /// RELATE_REQUIREMENT
    ///
    /// REQUIREMENT_TYPE
    ///
    /// RESOURCE
    ///
    /// SELF
    ///
    /// START_DATE
    ///
    /// STATUS //状态
    ///
    /// STORY_POINT //故事点
    ///
    /// THIRD_LINK //第三方链接
    ///
    /// WATCHER //关注人
    ///
    /// WORKING_HOURS //工时
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<IssueLogTarget>,
}

/// IssueLog：事项活动日志。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueLog {
    /// 事项id(不是页面上的ID,是数据库中的唯一ID)
    pub issue_id: i64,
    /// 动作类型(和输入一致)
    pub action_type: IssueLogActionType,
    /// 操作对象(和输入一致)
    pub target: IssueLogTarget,
    /// 操作对象名
    pub target_name: String,
    /// 字符串内容,为转义后的JSON字符串
    pub content: String,
    /// 创建时间戳
    // E52: the wire name is CreateAt (sic), as in the table and the example.
    pub create_at: i64,
    /// 更新时间戳
    pub updated_at: i64,
    /// 创建人ID
    pub creator: i64,
}

/// 获取事项活动日志：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueLogListResponse {
    /// 事项活动日志列表。
    // E47: the table names the field IssueList; the example's key is issueLogList.
    // E1432: the export writes IssueLogList, with no example; the example decides.
    #[serde(rename = "issueLogList")]
    pub issue_log_list: Vec<IssueLog>,
}

// ---------------------------------------------------------------- DescribeIssueCustomFieldLogList

/// 获取自定义属性变更历史：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueCustomFieldLogListRequest {
    /// 公共参数,本接口取值:DescribeIssueCustomFieldLogList
    pub action: Action<crate::DescribeIssueCustomFieldLogList>,
    /// 项目名称
    pub project_name: String,
    /// 事项 code,即页面上看到的事项ID
    // E48: typed String; the example sends the integer 12, like every other IssueCode.
    pub issue_code: i64,
    /// 自定义属性名(和页面上看到的一样)
    pub field_name: String,
}

/// CustomFieldChangeLog：自定义属性变更日志。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CustomFieldChangeLog {
    /// 事项id(不是页面上的ID,是数据库中的唯一ID)
    pub issue_id: i64,
    /// 动作类型
    pub action_type: String,
    /// 自定义属性类型
    pub field_type: String,
    /// 自定义属性名字
    pub field_name: String,
    /// 自定义属性ID
    pub field_id: i64,
    /// 自定义属性的值
    pub field_value: String,
    /// 更新时间戳
    pub updated_at: i64,
    /// 创建人ID
    pub creator: i64,
}

/// 获取自定义属性变更历史：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueCustomFieldLogListResponse {
    /// 自定义属性日志列表。
    pub field_change_log_list: Vec<CustomFieldChangeLog>,
}
