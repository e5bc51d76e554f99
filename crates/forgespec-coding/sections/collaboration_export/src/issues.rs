//! 项目协同 (CODING OpenAPI export): issues across projects, by status update and by handover, their breakdown, related depots and references, and attachment uploads.
//!
//! Required input parameters follow E1 (E1360); output fields E1105. The issues are the
//! help document's IssueDetail and IssueListData, with the export's fields (E1361).

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;
use crate::issue::detail::IssueDetail;
use crate::issue::list::IssueListData;

/// 筛选字段 KEY，可选值如下。ISSUE_TYPE_ID: 具体的事项类型, 可以调用https://coding.net/help/openapi#/operations/DescribeTeamIssueTypeList获取, 多选; PROJECT: 项目/项目集 多选; DEFECT_TYPE：缺陷类型，多选; REQUIREMENT_TYPE：需求类型，多选; MISSION_TYPE：任务类型，多选; PRIORITY;  优先级，多选;DUE_DATE：截止日期，日期范围; UPDATED_AT：更新时间，日期范围; CREATED_AT：创建时间，日期范围; START_DATE：开始日期，日期范围; ASSIGNEE：处理人ID，多选; CREATOR：创建者ID，多选;WATCHER：关注者ID，多选;MODULE：模块，多选; LABEL：标签，多选;STATUS：状态，多选;STATUS_TYPE：状态类型，多选;KEYWORD：事项名称、CODE 模糊搜索;  ISSUE_SUB_TYPE：事项的子项类型，多选; WORKING_HOURS：预估工时，数值范围; ITERATION：迭代，多选; PARTICIPANT 经办人 多选; ASSOCIATE_PROGRAM 关联项目集 多选; ASSOCIATE_RELEASE 版本 多选; PROGRESS 进度 数字范围(例如: {start: "1", end: "19"}); PARENT：父需求，多选;CUSTOM：自定义字段，同时需指定 CustomFieldId
// E1113: the values its description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TeamIssueConditionKey {
    /// ISSUE_TYPE_ID：具体的事项类型, 可以调用https://coding.net/help/openapi#/operations/DescribeTeamIssueTypeList获取, 多选
    IssueTypeId,
    /// PROJECT：项目/项目集 多选
    Project,
    /// DEFECT_TYPE：缺陷类型，多选
    DefectType,
    /// REQUIREMENT_TYPE：需求类型，多选
    RequirementType,
    /// MISSION_TYPE：任务类型，多选
    MissionType,
    /// PRIORITY：优先级，多选
    Priority,
    /// DUE_DATE：截止日期，日期范围
    DueDate,
    /// UPDATED_AT：更新时间，日期范围
    UpdatedAt,
    /// CREATED_AT：创建时间，日期范围
    CreatedAt,
    /// START_DATE：开始日期，日期范围
    StartDate,
    /// ASSIGNEE：处理人ID，多选
    Assignee,
    /// CREATOR：创建者ID，多选
    Creator,
    /// WATCHER：关注者ID，多选
    Watcher,
    /// MODULE：模块，多选
    Module,
    /// LABEL：标签，多选
    Label,
    /// STATUS：状态，多选
    Status,
    /// STATUS_TYPE：状态类型，多选
    StatusType,
    /// KEYWORD：事项名称、CODE 模糊搜索
    Keyword,
    /// ISSUE_SUB_TYPE：事项的子项类型，多选
    IssueSubType,
    /// WORKING_HOURS：预估工时，数值范围
    WorkingHours,
    /// ITERATION：迭代，多选
    Iteration,
    /// PARTICIPANT：经办人 多选
    Participant,
    /// ASSOCIATE_PROGRAM：关联项目集 多选
    AssociateProgram,
    /// ASSOCIATE_RELEASE：版本 多选
    AssociateRelease,
    /// PROGRESS：进度 数字范围(例如: {start: "1", end: "19"})
    Progress,
    /// PARENT：父需求，多选
    Parent,
    /// CUSTOM：自定义字段，同时需指定 CustomFieldId
    Custom,
}

/// 筛选字段 KEY，可选值如下。
/// DEFECT_TYPE：缺陷类型;
/// REQUIREMENT_TYPE：需求类型;
/// MISSION_TYPE：任务类型;
/// PRIORITY; 优先级;
/// DUE_DATE：截止日期;
/// UPDATED_AT：更新时间;
/// CREATED_AT：创建时间;
/// START_DATE：开始日期;
/// ASSIGNEE：处理人;
/// CREATOR：创建者;
/// WATCHER：关注者;
/// MODULE：模块
/// LABEL：标签;
/// STATUS：状态;
/// STATUS_TYPE：状态类型;
/// KEYWORD：事项名称、CODE 模糊搜索
/// ISSUE_TYPE：事项类型;
/// ISSUE_SUB_TYPE：事项的子项类型;
/// WORKING_HOURS：预估工时
/// ITERATION：迭代;
/// PARENT：父需求;
/// CUSTOM：自定义字段，同时需指定 CustomFieldId
// E1113: the values its description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TeamIssueSortKey {
    /// DEFECT_TYPE：缺陷类型
    DefectType,
    /// REQUIREMENT_TYPE：需求类型
    RequirementType,
    /// MISSION_TYPE：任务类型
    MissionType,
    /// PRIORITY：优先级
    Priority,
    /// DUE_DATE：截止日期
    DueDate,
    /// UPDATED_AT：更新时间
    UpdatedAt,
    /// CREATED_AT：创建时间
    CreatedAt,
    /// START_DATE：开始日期
    StartDate,
    /// ASSIGNEE：处理人
    Assignee,
    /// CREATOR：创建者
    Creator,
    /// WATCHER：关注者
    Watcher,
    /// MODULE：模块
    Module,
    /// LABEL：标签
    Label,
    /// STATUS：状态
    Status,
    /// STATUS_TYPE：状态类型
    StatusType,
    /// KEYWORD：事项名称、CODE 模糊搜索
    Keyword,
    /// ISSUE_TYPE：事项类型
    IssueType,
    /// ISSUE_SUB_TYPE：事项的子项类型
    IssueSubType,
    /// WORKING_HOURS：预估工时
    WorkingHours,
    /// ITERATION：迭代
    Iteration,
    /// PARENT：父需求
    Parent,
    /// CUSTOM：自定义字段，同时需指定 CustomFieldId
    Custom,
}

/// 排序值, DESC/ASC
// E1113: the values its description lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SortOrder {
    /// DESC
    Desc,
    /// ASC
    Asc,
}

/// 事项关联的代码仓库信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueRelatedDepot {
    /// 仓库ID
    pub depot_id: Nullable<i64>,
    /// 仓库名称
    pub name: Nullable<String>,
    /// 项目ID
    pub project_id: Nullable<i64>,
}

/// 协同事项引用资源
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceReference {
    /// 项目ID
    pub project_id: Nullable<i64>,
    /// 项目名称
    pub project_name: Nullable<String>,
    /// 资源code
    pub resource_code: Nullable<i64>,
    /// 资源类型
    pub resource_type: Nullable<String>,
    /// 资源ID
    pub resource_id: Nullable<i64>,
    /// 资源名称
    pub resource_name: Nullable<String>,
    /// 资源状态
    pub resource_status: Nullable<String>,
}

/// 事项筛选条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct TeamIssueCondition {
    /// 筛选字段 KEY，可选值如下。ISSUE_TYPE_ID: 具体的事项类型, 可以调用https://coding.net/help/openapi#/operations/DescribeTeamIssueTypeList获取, 多选; PROJECT: 项目/项目集 多选; DEFECT_TYPE：缺陷类型，多选; REQUIREMENT_TYPE：需求类型，多选; MISSION_TYPE：任务类型，多选; PRIORITY;  优先级，多选;DUE_DATE：截止日期，日期范围; UPDATED_AT：更新时间，日期范围; CREATED_AT：创建时间，日期范围; START_DATE：开始日期，日期范围; ASSIGNEE：处理人ID，多选; CREATOR：创建者ID，多选;WATCHER：关注者ID，多选;MODULE：模块，多选; LABEL：标签，多选;STATUS：状态，多选;STATUS_TYPE：状态类型，多选;KEYWORD：事项名称、CODE 模糊搜索;  ISSUE_SUB_TYPE：事项的子项类型，多选; WORKING_HOURS：预估工时，数值范围; ITERATION：迭代，多选; PARTICIPANT 经办人 多选; ASSOCIATE_PROGRAM 关联项目集 多选; ASSOCIATE_RELEASE 版本 多选; PROGRESS 进度 数字范围(例如: {start: "1", end: "19"}); PARENT：父需求，多选;CUSTOM：自定义字段，同时需指定 CustomFieldId
    // E1113: the values its description lists.
    pub key: TeamIssueConditionKey,
    /// 筛选值，多选值用逗号隔开。日期格式: 2020-08-01，日期时间格式: 2020-08-01 12:00:00整数、小数、日期、日期时间类型的字段值应为一个范围，前后闭区间，范围开始值与结束值之间使用_连接，例如：0.1_5.0、2020-08-01_2020-08-31。Key为ITERATION时, Value为数据库ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// 常量值
    /// "UNSPECIFIC" 表示未指定，例如：处理人、需求类型、标签等字段，使用此值来筛选未指定处理人、需求类型或标签的事项。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub const_value: Option<String>,
    /// 自定义字段 Id，Key 为 "CUSTOM" 时需设置该值，常规字段无需设置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_id: Option<i64>,
}

/// 事项筛选条件
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct TeamIssueSortCondition {
    /// 自定义字段 Id，Key 为 "CUSTOM" 时需设置该值，常规字段无需设置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_id: Option<i64>,
    /// 筛选字段 KEY，可选值如下。
    /// DEFECT_TYPE：缺陷类型;
    /// REQUIREMENT_TYPE：需求类型;
    /// MISSION_TYPE：任务类型;
    /// PRIORITY; 优先级;
    /// DUE_DATE：截止日期;
    /// UPDATED_AT：更新时间;
    /// CREATED_AT：创建时间;
    /// START_DATE：开始日期;
    /// ASSIGNEE：处理人;
    /// CREATOR：创建者;
    /// WATCHER：关注者;
    /// MODULE：模块
    /// LABEL：标签;
    /// STATUS：状态;
    /// STATUS_TYPE：状态类型;
    /// KEYWORD：事项名称、CODE 模糊搜索
    /// ISSUE_TYPE：事项类型;
    /// ISSUE_SUB_TYPE：事项的子项类型;
    /// WORKING_HOURS：预估工时
    /// ITERATION：迭代;
    /// PARENT：父需求;
    /// CUSTOM：自定义字段，同时需指定 CustomFieldId
    // E1113: the values its description lists.
    pub key: TeamIssueSortKey,
    /// 排序值, DESC/ASC
    // E1113: the values its description lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<SortOrder>,
}

/// ApiIssueIssueAttachmentPreSign
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueAttachmentPreSign {
    /// 认证凭据
    pub auth_token: String,
    /// cos的临时token
    pub cos_security_token: String,
    /// 文件名
    pub storage_key: String,
    /// 时间
    pub time: i64,
    /// 上传链接
    pub upload_link: String,
}

// ---------------------------------------------------------------- DescribeIssueRelatedRepos

/// 事项关联的代码仓库信息查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueRelatedReposRequest {
    /// 公共参数,本接口取值:DescribeIssueRelatedRepos
    pub action: Action<DescribeIssueRelatedRepos>,
    /// 项目名称
    pub project_name: String,
    /// 事项code
    pub issue_code: i64,
}

/// 事项关联的代码仓库信息查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueRelatedReposResponse {
    /// 事项关联的仓库信息
    pub issue_related_depot: Vec<IssueRelatedDepot>,
}

// ---------------------------------------------------------------- DescribeWorkItemSalvage

/// 事项分解信息查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWorkItemSalvageRequest {
    /// 公共参数,本接口取值:DescribeWorkItemSalvage
    pub action: Action<DescribeWorkItemSalvage>,
    /// 项目名称
    pub project_name: String,
    /// 事项code
    pub issue_code: i64,
    /// 事项展示图片对外路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_image_out_url: Option<bool>,
}

/// 事项分解信息查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeWorkItemSalvageResponse {
    /// 事项关联的项目集工作项列表
    pub open_api_issue_detail: Vec<IssueDetail>,
}

// ---------------------------------------------------------------- DescribeIssueReferenceResources

/// 事项的引用资源列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueReferenceResourcesRequest {
    /// 公共参数,本接口取值:DescribeIssueReferenceResources
    pub action: Action<DescribeIssueReferenceResources>,
    /// 查询的目标事项的code
    pub issue_code: i64,
    /// 查询的事项所在的项目ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 项目名称
    pub project_name: String,
}

/// 事项的引用资源列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueReferenceResourcesResponse {
    /// 事项引用的资源列表
    pub data: Vec<ResourceReference>,
}

// ---------------------------------------------------------------- DescribeTeamIssues

/// 查询团队事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamIssuesRequest {
    /// 公共参数,本接口取值:DescribeTeamIssues
    pub action: Action<DescribeTeamIssues>,
    /// 页码, 从1开始
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页大小， 最大500
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 筛选条件列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<TeamIssueCondition>>,
    /// 排序条件列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorts: Option<Vec<TeamIssueSortCondition>>,
    /// 是否展示子事项
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_sub_issues: Option<bool>,
    /// 是否显示描述中真实的图片路径(cos/minio)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_image_out_url: Option<bool>,
}

/// 查询团队事项列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTeamIssuesResponse {
    /// 事项列表
    pub issues: Vec<IssueListData>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页的大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 所有行数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// 全部页
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_page: Option<i64>,
}

// ---------------------------------------------------------------- DescribeUserHandoverIssues

/// 查询团队成员待交接事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserHandoverIssuesRequest {
    /// 公共参数,本接口取值:DescribeUserHandoverIssues
    pub action: Action<DescribeUserHandoverIssues>,
    /// 用户ID
    pub will_delete_user_id: i64,
}

/// 查询团队成员待交接事项列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUserHandoverIssuesResponse {
    /// 待交接事项
    pub issues: Vec<IssueDetail>,
}

// ---------------------------------------------------------------- DescribeIssueByStatusUpdate

/// 通过状态以及状态的更新时间查询事项列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueByStatusUpdateRequest {
    /// 公共参数,本接口取值:DescribeIssueByStatusUpdate
    pub action: Action<DescribeIssueByStatusUpdate>,
    /// 项目名称
    pub project_name: String,
    /// 状态更新时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 修改之后的状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// 是否展示事项描述中对外的路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_image_out_url: Option<bool>,
}

/// 通过状态以及状态的更新时间查询事项列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueByStatusUpdateResponse {
    /// 事项详情列表。
    // E1112: the export's description is an example reply, not a description.
    pub open_api_issue_detail: Vec<IssueDetail>,
}

// ---------------------------------------------------------------- DescribeIssueAttachmentPreSignedUrl

/// 预签名信息获取：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueAttachmentPreSignedUrlRequest {
    /// 公共参数,本接口取值:DescribeIssueAttachmentPreSignedUrl
    pub action: Action<DescribeIssueAttachmentPreSignedUrl>,
    /// 文件名
    pub file_name: String,
    /// 文件大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// 项目名
    pub project_name: String,
}

/// 预签名信息获取：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueAttachmentPreSignedUrlResponse {
    /// 预签名信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_sign: Option<IssueAttachmentPreSign>,
}

actions! {
    /// 事项关联的代码仓库信息查询
    DescribeIssueRelatedRepos {
        summary: "事项关联的代码仓库信息查询",
        description: "查询事项关联的代码仓库信息",
        request: DescribeIssueRelatedReposRequest,
        response: DescribeIssueRelatedReposResponse,
    }

    /// 事项分解信息查询
    DescribeWorkItemSalvage {
        summary: "事项分解信息查询",
        description: "查询 事项分解信息",
        request: DescribeWorkItemSalvageRequest,
        response: DescribeWorkItemSalvageResponse,
    }

    /// 事项的引用资源列表查询
    DescribeIssueReferenceResources {
        summary: "事项的引用资源列表查询",
        description: "查询事项的引用资源列表",
        request: DescribeIssueReferenceResourcesRequest,
        response: DescribeIssueReferenceResourcesResponse,
    }

    /// 查询团队事项列表
    DescribeTeamIssues {
        summary: "查询团队事项列表",
        request: DescribeTeamIssuesRequest,
        response: DescribeTeamIssuesResponse,
    }

    /// 查询团队成员待交接事项列表
    DescribeUserHandoverIssues {
        summary: "查询团队成员待交接事项列表",
        request: DescribeUserHandoverIssuesRequest,
        response: DescribeUserHandoverIssuesResponse,
    }

    /// 通过状态以及状态的更新时间查询事项列表
    DescribeIssueByStatusUpdate {
        summary: "通过状态以及状态的更新时间查询事项列表",
        request: DescribeIssueByStatusUpdateRequest,
        response: DescribeIssueByStatusUpdateResponse,
    }

    /// 预签名信息获取
    DescribeIssueAttachmentPreSignedUrl {
        summary: "预签名信息获取",
        description: "拿到预签名，上传文件",
        request: DescribeIssueAttachmentPreSignedUrlRequest,
        response: DescribeIssueAttachmentPreSignedUrlResponse,
    }
}
