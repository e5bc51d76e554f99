//! 事项 › creating, reading, modifying and deleting one issue, and the issue detail.

use forgespec_core::{Action, New, Nullable, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{
    FlexibleNumber, IntegerOrString, IssuePriority, IssuePriorityLevel, IssueSimple,
    IssueStatusType, IssueType, IssueTypeDetail, OrEmpty, Project, UserSimple,
};
use crate::iteration::IterationStatus;

/// ProjectModule：项目模块。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectModule {
    /// 项目模块 Id
    // E24: the table describes Id as "用户 Id", a copy-paste slip.
    pub id: i64,
    /// 模块名称
    pub name: String,
}

/// Label：标签。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Label {
    /// 标签 Id
    // E24: the table describes Id as "用户 Id", a copy-paste slip.
    pub id: i64,
    /// 名称
    pub name: String,
    /// 颜色
    pub color: String,
}

int_enum! {
    /// 类型：0 - 文件夹, 1 - 文本, 2 - 图片, 3 - 二进制, 4 - SVG
    pub enum ProjectFileType {
        /// 0 - 文件夹
        Folder = 0,
        /// 1 - 文本
        Text = 1,
        /// 2 - 图片
        Image = 2,
        /// 3 - 二进制
        Binary = 3,
        /// 4 - SVG
        Svg = 4,
    }
}

/// ProjectFile：附件。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectFile {
    /// 文件 Id
    pub file_id: i64,
    /// 文件名称
    pub name: String,
    /// 类型
    ///
    /// 0 - 文件夹
    ///
    /// 1 - 文本
    ///
    /// 2 - 图片
    ///
    /// 3 - 二进制
    ///
    /// 4 - SVG
    pub r#type: ProjectFileType,
    /// 大小(比特)
    pub size: i64,
    /// 下载地址
    pub url: String,
}

/// CustomField：自定义字段。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CustomField {
    /// 自定义属性 Id
    pub id: i64,
    /// 自定义属性值,JSON 字符串
    ///
    /// 根据自定义属性的 ComponentType,返回不同类型的值,多选类型值为数组
    ///
    /// 另外:用户单选(SELECT_MEMBER_SINGLE)、用户多选(SELECT_MEMBER_MULTI)的自定义属性返回类型为 UserSimple 对象
    pub value_string: String,
    /// 自定义属性名称（CODING OpenAPI export）
    // E1361: the export's CustomFields and IssueCustomField add Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// 第三方链接类型,MODAO - 墨刀
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ThirdLinkType {
    /// MODAO - 墨刀
    Modao,
}

/// ThirdLink：第三方链接。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ThirdLink {
    /// 第三方链接 Id
    pub id: i64,
    /// 第三方链接类型,MODAO - 墨刀
    // E25: typed Integer; the text names the value MODAO and the example sends "MODAO".
    pub third_type: ThirdLinkType,
    /// 链接地址
    pub link: String,
    /// 名称
    pub title: String,
}

/// RequirementType：需求类型。
// E26: the IssueDetail table gives RequirementType no type and the document never
// defines it; its fields come from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct RequirementType {
    /// 需求类型 Id，0 表示未指定。
    pub id: i64,
    /// 需求类型名称。
    pub name: String,
}

/// DefectType：缺陷类型。
// E26: DefectType is never defined; its fields come from the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DefectType {
    /// 缺陷类型 Id，0 表示未指定。
    pub id: i64,
    /// 缺陷类型名称。
    pub name: String,
    /// 缺陷类型图标地址。
    pub icon_url: String,
}

/// IterationSimple：迭代的简要信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IterationSimple {
    /// 迭代代码
    pub code: i64,
    /// 迭代名称
    pub name: String,
    /// 迭代状态:WAIT_PROCESS,PROCESSING,COMPLETED
    // E8: a placeholder iteration (none set) carries "".
    pub status: OrEmpty<IterationStatus>,
    /// 迭代 Id（表格未列出，见于示例）。
    // E27: DescribeWorkbenchIssueList's examples add `Id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

/// IssueDetail：事项信息。
// E10: SubTasks, Parent and Epic share the IssueSimple shape.
// The tables of CreateIssue, DescribeIssue and ModifyIssue list the same fields
// (CreateIssue's puts IssueTypeDetail fourth; wire order is kept here).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueDetail {
    /// 父事项类型
    // E249: the row lists no values; the parent is an issue, so its type is an IssueType.
    pub parent_type: IssueType,
    /// 事项 Code
    pub code: i64,
    /// 事项类型:
    ///
    /// DEFECT - 缺陷,
    ///
    /// REQUIREMENT - 需求,
    ///
    /// MISSION - 任务,
    ///
    /// EPIC - 史诗,
    ///
    /// SUB_TASK - 子工作项
    // E249: the row lists five values; an issue created as STORY, RISK or WORK_ITEM
    // is answered with that type, so the reply takes all eight.
    pub r#type: IssueType,
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
    /// 处理人,Assignee.Id 等于 0 时表示未指定。
    pub assignee: UserSimple,
    /// 开始日期时间戳
    pub start_date: i64,
    /// 截止日期时间戳
    pub due_date: i64,
    /// 工时(小时)
    // E4: typed Double; the examples write whole hours as integers (`0`).
    pub working_hours: FlexibleNumber,
    /// 创建人
    pub creator: UserSimple,
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
    /// 项目模块,ProjectModule.Id 等于 0 时表示未指定。
    pub project_module: ProjectModule,
    /// 关注人
    pub watchers: Vec<UserSimple>,
    /// 标签列表
    pub labels: Vec<Label>,
    /// 附件列表
    pub files: Vec<ProjectFile>,
    /// 需求类型
    pub requirement_type: RequirementType,
    /// 缺陷类型
    pub defect_type: DefectType,
    /// 自定义字段列表
    pub custom_fields: Vec<CustomField>,
    /// 第三方链接列表
    pub third_links: Vec<ThirdLink>,
    /// 子工作项列表(敏捷模式,如需访问任何类型的子项,参考:DescribeSubIssueList)
    pub sub_tasks: Vec<IssueSimple>,
    /// 父事项
    pub parent: IssueSimple,
    /// 所属史诗
    pub epic: IssueSimple,
    /// 所属迭代
    // Only DescribeIssue's example carries Iteration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration: Option<IterationSimple>,
    /// 事项类型具体信息
    // E1010: last, as every example sends it (创建事项's table lists it after Type).
    pub issue_type_detail: IssueTypeDetail,
    /// 事项类型 ID（CODING OpenAPI export）
    // E1361: the export's IssueDetail adds IssueTypeId, Project and Assignees; its
    // examples of DescribeUserHandoverIssues add Progress, which it does not define.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_id: Option<i64>,
    /// 项目信息（CODING OpenAPI export）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub project: Option<Nullable<Project>>,
    /// 经办人列表（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<UserSimple>>,
    /// 进度（CODING OpenAPI export 的示例，未列出）
    // E1361: a fraction (the examples write 0.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<FlexibleNumber>,
}

/// IssueCustomFieldForm：自定义属性值。
// E29: IssueCustomFieldForm is never defined; CreateIssue's example sends `Id` and
// `Content`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueCustomFieldForm {
    /// 自定义属性 Id
    pub id: i64,
    /// 自定义属性值，多选值用逗号隔开，例如 "1,2,3"。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// CreateThirdLinkForm：第三方链接。
// E30: CreateThirdLinkForm is never defined and has no example; its fields are
// ThirdLink's without the Id a new link does not have yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateThirdLinkForm {
    /// 第三方链接类型,MODAO - 墨刀
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_type: Option<ThirdLinkType>,
    /// 链接地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// 名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 链接创建时间（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

// ---------------------------------------------------------------- CreateIssue

/// 创建事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueRequest {
    /// 公共参数,本接口取值:CreateIssue
    pub action: Action<crate::CreateIssue>,
    /// 项目名称
    pub project_name: String,
    /// 事项类型
    ///
    /// DEFECT - 缺陷
    ///
    /// STORY - 用户故事
    ///
    /// REQUIREMENT - 需求
    ///
    /// MISSION - 任务
    ///
    /// EPIC - 史诗
    ///
    /// SUB_TASK - 子工作项
    ///
    /// RISK - 风险
    ///
    /// WORK_ITEM - 工作项(项目集使用)
    pub r#type: IssueType,
    /// 具体事项类型 ID,参考 DescribeTeamIssueTypeList
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_id: Option<i64>,
    /// 所属事项 Code,Type 为 SUB_TASK 时需指定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_code: Option<i64>,
    /// 事项名称
    pub name: String,
    /// 事项状态 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i64>,
    /// 指派人 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 截止日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// 开始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 工时(小时)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_hours: Option<FlexibleNumber>,
    /// 项目模块 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_module_id: Option<i64>,
    /// 事项关注人 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watcher_ids: Option<Vec<i64>>,
    /// 项目缺陷类型 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect_type_id: Option<i64>,
    /// 项目需求类型 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement_type_id: Option<i64>,
    /// 紧急程度
    ///
    /// "0" - 低
    ///
    /// "1" - 中
    ///
    /// "2" - 高
    ///
    /// "3" - 紧急
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<IssuePriorityLevel>,
    /// 迭代 Code,Type 为 EPIC 或 SUB_TASK 时,忽略该值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_code: Option<i64>,
    /// 版本 Code 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_codes: Option<Vec<i64>>,
    /// 史诗 Code,Type 为 EPIC 或 SUB_TASK 时,不传该值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub epic_code: Option<i64>,
    /// 故事点,例如:0.5、1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_point: Option<String>,
    /// 标签 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ids: Option<Vec<i64>>,
    /// 文件 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<i64>>,
    /// 排序目标位置的事项 code
    ///
    /// 可不填,排在底位
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_sort_code: Option<i64>,
    /// 第三方链接列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_links: Option<Vec<CreateThirdLinkForm>>,
    /// 自定义属性值列表,具体见创建示例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_values: Option<Vec<IssueCustomFieldForm>>,
}

/// 创建事项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueResponse {
    /// 事项信息。
    pub issue: IssueDetail,
}

// ---------------------------------------------------------------- DeleteIssue

/// 删除事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIssueRequest {
    /// 公共参数,本接口取值:DeleteIssue
    pub action: Action<crate::DeleteIssue>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 事项类型,可不填
    // E249: the row lists no values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type: Option<IssueType>,
}

// ---------------------------------------------------------------- DescribeIssueFileUrl

/// 查询事项附件的下载地址：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueFileUrlRequest {
    /// 公共参数,本接口取值:DescribeIssueFileUrl
    pub action: Action<crate::DescribeIssueFileUrl>,
    /// 项目名称
    pub project_name: String,
    /// 文件 Id
    pub file_id: i64,
    /// 事项Code, 对应页面的ID字段, ProjectName + IssueCode 可以查询事项的附件和描述中图片的下载地址（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_code: Option<i64>,
    /// 是否查询事项评论中的图片路径， 可查询所有评论中的图片路径（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_comment: Option<bool>,
}

/// 查询事项附件的下载地址：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueFileUrlResponse {
    /// 文件下载地址
    pub url: String,
    /// 事项附件下载地址列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_file_url: Option<Vec<String>>,
    /// 事项描述中图片下载地址列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_image_url: Option<Vec<String>>,
    /// 事项评论中图片下载地址列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment_image_url: Option<Vec<String>>,
}

// ---------------------------------------------------------------- DescribeIssue

/// 查询事项详情：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueRequest {
    /// 公共参数,本接口取值:DescribeIssue
    pub action: Action<crate::DescribeIssue>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
}

/// 查询事项详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueResponse {
    /// 事项信息。
    pub issue: IssueDetail,
}

// ---------------------------------------------------------------- ModifyIssue

/// 修改事项：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueRequest {
    /// 公共参数,本接口取值:ModifyIssue
    pub action: Action<crate::ModifyIssue>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 事项类型（表格未列出，见于示例）。
    // E31: the example sends `Type`, which the table does not list. E249: IssueType.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IssueType>,
    /// 所属事项 Code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_code: Option<i64>,
    /// 事项名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 事项状态 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i64>,
    /// 指派人 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// 截止日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// 开始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 进度,示例:10 代表 10%
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<FlexibleNumber>,
    /// 工时(小时)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_hours: Option<FlexibleNumber>,
    /// 项目模块 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_module_id: Option<i64>,
    /// 添加的事项关注人 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watcher_ids: Option<Vec<i64>>,
    /// 删除的事项关注人 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_watcher_ids: Option<Vec<i64>>,
    /// 项目缺陷类型 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect_type_id: Option<i64>,
    /// 项目需求类型 Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement_type_id: Option<i64>,
    /// 优先级
    ///
    /// "0" - 低
    ///
    /// "1" - 中
    ///
    /// "2" - 高
    ///
    /// "3" - 紧急
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<IssuePriorityLevel>,
    /// 故事点,例如:0.5、1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_point: Option<String>,
    /// 添加的标签 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ids: Option<Vec<i64>>,
    /// 删除的标签 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_label_ids: Option<Vec<i64>>,
    /// 添加的文件 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<i64>>,
    /// 删除的文件 Id 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_file_ids: Option<Vec<i64>>,
    /// 自定义属性值列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_values: Option<Vec<IssueCustomFieldForm>>,
    /// 评论（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// 需要删除的版本jcode列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_release_codes: Option<Vec<i64>>,
    /// 迭代code（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_code: Option<i64>,
    /// 版本code列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_codes: Option<Vec<i64>>,
    /// 标签 Id 列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_label_ids: Option<Vec<i64>>,
    /// 关注人 Id 列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_watchers: Option<Vec<i64>>,
    /// 登记工时（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_hour: Option<IssueRecordHourForm>,
}

/// 事项登记工时表单（CODING OpenAPI export）
// E1401: the export's IssueRecordHourForm, ModifyIssue's `RecordHour`; no example sends
// it. Its four fields are the ones 工时 › 登记工时 takes besides the issue, and the
// export's `required` lists all four (E1105: a nested input schema's `required` as
// given); their types are 登记工时's (E204, E222).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueRecordHourForm {
    /// 使用工时
    pub spend_hour: FlexibleNumber,
    /// 剩余工时
    pub remaining_hour: FlexibleNumber,
    /// 开始时间
    pub start_at: IntegerOrString,
    /// 工作描述
    pub working_desc: String,
}

/// 修改事项：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueResponse {
    /// 事项信息。
    pub issue: IssueDetail,
}

// ---------------------------------------------------------------- ModifyIssueDescription

/// 修改事项描述：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueDescriptionRequest {
    /// 公共参数,本接口取值:ModifyIssueDescription
    pub action: Action<crate::ModifyIssueDescription>,
    /// 项目名称
    pub project_name: String,
    /// 事项 Code
    pub issue_code: i64,
    /// 事项描述,支持 MD 语法
    pub description: String,
}

/// 修改后的事项描述。
// E32: ModifyIssueDescription documents no output parameters; the reply's shape
// (`IssueDescription` with the rendered `Description`) comes from its example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueDescription {
    /// 渲染后的事项描述 (HTML)。
    pub description: String,
}

/// 修改事项描述：输出参数。
// E32: from the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueDescriptionResponse {
    /// 修改后的事项描述。
    // E1412: the export's example answers RequestId only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_description: Option<IssueDescription>,
}
