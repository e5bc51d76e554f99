//! 版本管理: a project's releases (versions), the iterations they bundle and the issues
//! they ship.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;
use forgespec_coding_issue as issue;
use forgespec_coding_iteration as iteration;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IssueStatusType, IssueType, RequestIdResponse, actions};
use crate::issue::detail::IssueDetail;
use crate::issue::list::{IssueCondition, IssueConditionConstValue, IssueConditionKey};
use crate::iteration::IterationStatus;

/// The tag (document section) of these operations.
pub const TAG: &str = "版本管理";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Releases (versions), their iterations and issues.",
    source: "API REFERENCE › 版本管理",
    endpoints: &[
        EndpointRef::of::<CreateRelease>(),
        EndpointRef::of::<DeleteRelease>(),
        EndpointRef::of::<DescribeRelease>(),
        EndpointRef::of::<ModifyRelease>(),
        EndpointRef::of::<DescribeReleaseIssueList>(),
        EndpointRef::of::<DescribeIssueReleaseList>(),
        EndpointRef::of::<DescribeReleaseList>(),
    ],
};

/// 版本关联的迭代。
// E210: SimpleRelease types `Iterations` "List of Iteration", but every example
// carries only `Code`, `Name`, `Status` and `Id`, not the `Iteration` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIteration {
    /// 迭代编号,项目内唯一
    pub code: i64,
    /// 标题
    pub name: String,
    /// 迭代状态:WAIT_PROCESS,PROCESSING,COMPLETED
    pub status: IterationStatus,
    /// 迭代 ID（表格未列出，见于示例）。
    pub id: i64,
}

/// SimpleRelease：版本信息。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct SimpleRelease {
    /// 版本ID
    pub id: i64,
    /// 版本code(页面上显示的ID)
    pub code: i64,
    /// 版本名称
    pub name: String,
    /// 项目ID
    pub project_id: i64,
    /// 版本描述
    pub description: String,
    /// 处理人ID
    pub assignee: i64,
    /// 创建人ID
    pub creator: i64,
    /// 版本状态
    // E211: the document lists no values; the examples show 未开始 and 处理中.
    pub status: String,
    /// 创建时间戳
    pub created_at: i64,
    /// 更新时间戳
    pub updated_at: i64,
    /// 开始日期时间戳
    pub start_date: i64,
    /// 发布日期时间戳
    pub release_date: i64,
    /// 版本关联迭代列表
    pub iterations: Vec<ReleaseIteration>,
    /// 待处理事项数目
    pub wait_process_count: i64,
    /// 处理中事项数目
    pub processing_count: i64,
    /// 已完成事项数目
    pub completed_count: i64,
    /// 事项完成率
    // E212: typed Integer, written `0.0` in every example: a fraction.
    pub completed_percent: f64,
}

/// 事项（版本发布范围的一项）：IssueDetail 与事项类型 ID。
// E218: "List of Issue" names no defined schema; the example's items are 事项's
// IssueDetail plus `IssueTypeId`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIssue {
    /// 事项信息。
    #[serde(flatten)]
    pub issue: IssueDetail,
    /// 事项类型ID
    pub issue_type_id: i64,
}

// ---------------------------------------------------------------- CreateRelease

/// 创建版本：输入参数。
// E200: ProjectName and Name are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReleaseRequest {
    /// 公共参数,本接口取值:CreateRelease。
    pub action: Action<CreateRelease>,
    /// 项目名称
    pub project_name: String,
    /// 版本名称
    pub name: String,
    /// 版本描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 处理人ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<i64>,
    /// 开始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 发布日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// 关联迭代code列表,为一个整数列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_codes: Option<Vec<i64>>,
    /// 标签ID列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ids: Option<Vec<i64>>,
}

/// 创建版本：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReleaseResponse {
    /// 版本信息
    // E213: the table names this output `Relase`; every example sends `Release`.
    pub release: SimpleRelease,
}

// ---------------------------------------------------------------- DeleteRelease

/// 删除版本：输入参数。
// E200: ProjectName and ReleaseCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteReleaseRequest {
    /// 公共参数,本接口取值:DeleteRelease。
    pub action: Action<DeleteRelease>,
    /// 项目名称
    pub project_name: String,
    /// 页面上版本ID
    pub release_code: i64,
}

// ---------------------------------------------------------------- DescribeRelease

/// 查看版本详情：输入参数。
// E200: ProjectName and ReleaseCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseRequest {
    /// 公共参数,本接口取值:DescribeRelease。
    pub action: Action<DescribeRelease>,
    /// 项目名称
    pub project_name: String,
    /// 页面上版本ID
    pub release_code: i64,
}

/// 查看版本详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseResponse {
    /// 版本信息
    // E213: `Relase` in the table, `Release` on the wire.
    pub release: SimpleRelease,
}

// ---------------------------------------------------------------- ModifyRelease

/// 修改版本：输入参数。
// E200: ProjectName and ReleaseCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyReleaseRequest {
    /// 公共参数,本接口取值:ModifyRelease。
    pub action: Action<ModifyRelease>,
    /// 项目名称
    pub project_name: String,
    /// 页面上版本ID
    pub release_code: i64,
    /// 修改之后的版本名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 修改之后的版本描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 修改之后的处理人ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<i64>,
    /// 修改之后的版本开始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// 修改之后的版本发布日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// 修改之后的版本关联迭代
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iteration_codes: Option<Vec<i64>>,
    /// 需要删除的版本已关联的迭代的列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_iteration_codes: Option<Vec<i64>>,
    /// 需要删除的标签的ID列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub del_label_ids: Option<Vec<i64>>,
    /// 需要添加的标签的ID列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_ids: Option<Vec<i64>>,
    /// 修改之后的状态ID（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i64>,
}

/// 修改版本：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyReleaseResponse {
    /// 版本信息
    // E213: `Relase` in the table, `Release` on the wire.
    pub release: SimpleRelease,
}

// ---------------------------------------------------------------- DescribeReleaseIssueList

/// 版本发布范围：输入参数。
// E200: ProjectName and ReleaseCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseIssueListRequest {
    /// 公共参数,本接口取值:DescribeReleaseIssueList。
    pub action: Action<DescribeReleaseIssueList>,
    /// 项目名称
    pub project_name: String,
    /// 页面上版本ID
    pub release_code: i64,
    /// 事项类型数组
    // E249: the row lists no values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_types: Option<Vec<IssueType>>,
    /// 事项状态类型数组
    // E250: the row lists no values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_types: Option<Vec<IssueStatusType>>,
    /// 事项类型ID数组
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_ids: Option<Vec<i64>>,
    /// 处理人ID数组
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<i64>>,
    /// 关注人ID数组
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watchers: Option<Vec<i64>>,
    /// 关键字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<String>,
    /// 排序,取值如"ID:ASC"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<String>,
    /// 是否显示字事项,和页面开关对应
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_sub_issues: Option<bool>,
    /// 分页查询中的页数,page从1开始计数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 分页查询中每页的大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 是否展示描述中外部可访问的地址（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_image_out_url: Option<bool>,
}

/// 版本发布范围：一页事项。
// E214: the table lists these fields directly in the output; the example wraps
// them in `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIssuePage {
    /// 第几页
    pub page_number: i64,
    /// 每页大小
    pub page_size: i64,
    /// 总共几页
    pub total_page: i64,
    /// 总共几条事项
    pub total_count: i64,
    /// 事项列表
    pub list: Vec<ReleaseIssue>,
}

/// 版本发布范围：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseIssueListResponse {
    /// 一页事项。
    // E214: `Data` wraps the table's PageNumber, PageSize, TotalPage, TotalCount, List.
    pub data: ReleaseIssuePage,
}

// ---------------------------------------------------------------- DescribeIssueReleaseList

/// 获取某个事项加入的所有版本：输入参数。
// E200: ProjectName and IssueCode are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueReleaseListRequest {
    /// 公共参数,本接口取值:DescribeIssueReleaseList。
    pub action: Action<DescribeIssueReleaseList>,
    /// 项目名称
    pub project_name: String,
    /// 页面上事项ID
    pub issue_code: i64,
}

/// 获取某个事项加入的所有版本：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueReleaseListResponse {
    /// 事项加入的版本列表,是一个SimpleRelease列表
    pub release_list: Vec<SimpleRelease>,
}

// ---------------------------------------------------------------- DescribeReleaseList

/// 一个筛选值：一个字符串，或多选时的字符串数组。
// E216: IssueCondition types the value String ("多选值用逗号隔开"); this Action's
// example sends arrays for multi-select keys and a string for KEYWORD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ReleaseIssueConditionValue {
    /// 多选值。
    Many(Vec<String>),
    /// 单个值。
    One(String),
}

/// IssueCondition：版本列表的一个筛选条件。
// E215: this Action's example writes IssueCondition with camelCase keys (`key`,
// `value`, `constValue`), unlike the PascalCase IssueCondition of 事项; it is a
// schema of its own. `customFieldId` follows the same case rule (no example).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReleaseIssueCondition {
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
    // E216: a string or, as the example sends it, an array of strings.
    pub value: ReleaseIssueConditionValue,
    /// 常量值
    ///
    /// "UNSPECIFIC" 表示未指定,例如:处理人、需求类型、标签等字段,使用此值来筛选未指定处理人、需求类型或标签的事项。
    // E216: an array, as the example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub const_value: Option<Vec<IssueConditionConstValue>>,
    /// 自定义字段 Id,Key 为 "CUSTOM" 时需设置该值,常规字段无需设置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_id: Option<i64>,
}

/// 查询项目内版本列表：输入参数。
// E200: ProjectName is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseListRequest {
    /// 公共参数,本接口取值:DescribeReleaseList。
    // E217: the table writes DescribeIssueReleaseList (copied from the previous
    // Action); the endpoint and the example use DescribeReleaseList.
    pub action: Action<DescribeReleaseList>,
    /// 项目名称
    pub project_name: String,
    /// 排序KEY
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_key: Option<String>,
    /// 排序VALUE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_value: Option<String>,
    /// 分页查询中的页数,page从1开始计数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 分页查询中每页的大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 筛选条件列表,每一个值都是一个筛选条件,条件取值可以参考页面上的对应的HTTP接口
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_api_issue_condition: Option<Vec<ReleaseIssueCondition>>,
    /// 筛选条件列表，每一个值都是一个筛选条件，条件取值可以参考页面上的对应的HTTP接口（CODING OpenAPI export）
    // E1414: the export's name for the same filter, with 事项's PascalCase
    // IssueCondition; both are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<IssueCondition>>,
}

/// 查询项目内版本列表：一页版本。
// E214: the table lists these fields directly in the output; the example wraps
// them in `Data`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReleasePage {
    /// 第几页
    pub page_number: i64,
    /// 每页大小
    pub page_size: i64,
    /// 总共几页
    pub total_page: i64,
    /// 总共几条版本
    pub total_count: i64,
    /// 版本列表
    pub list: Vec<SimpleRelease>,
}

/// 查询项目内版本列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReleaseListResponse {
    /// 一页版本。
    // E214: `Data` wraps the table's PageNumber, PageSize, TotalPage, TotalCount, List.
    pub data: ReleasePage,
}

actions! {
    /// 创建版本
    CreateRelease {
        summary: "创建版本",
        source: "创建版本",
        request: CreateReleaseRequest,
        response: CreateReleaseResponse,
    }

    /// 删除版本
    DeleteRelease {
        summary: "删除版本",
        source: "删除版本",
        request: DeleteReleaseRequest,
        response: RequestIdResponse,
    }

    /// 查看版本详情
    DescribeRelease {
        summary: "查看版本详情",
        source: "查看版本详情",
        request: DescribeReleaseRequest,
        response: DescribeReleaseResponse,
    }

    /// 修改版本
    ModifyRelease {
        summary: "修改版本",
        source: "修改版本",
        request: ModifyReleaseRequest,
        response: ModifyReleaseResponse,
    }

    /// 版本发布范围
    DescribeReleaseIssueList {
        summary: "版本发布范围",
        source: "版本发布范围",
        request: DescribeReleaseIssueListRequest,
        response: DescribeReleaseIssueListResponse,
    }

    /// 获取某个事项加入的所有版本
    DescribeIssueReleaseList {
        summary: "获取某个事项加入的所有版本",
        source: "获取某个事项加入的所有版本",
        request: DescribeIssueReleaseListRequest,
        response: DescribeIssueReleaseListResponse,
    }

    /// 查询项目内版本列表
    DescribeReleaseList {
        summary: "查询项目内版本列表",
        source: "查询项目内版本列表",
        request: DescribeReleaseListRequest,
        response: DescribeReleaseListResponse,
    }
}
