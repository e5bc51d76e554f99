//! 版本: the releases (版本) of a Git depot, each tied to a tag: list, read, create,
//! modify and delete them. (Not to be confused with 版本管理, the project releases of
//! `release.rs`.)
//!
//! The section's input tables list no `Action` row (E225) and its output tables no
//! `RequestId` row, or are missing (E226); required input parameters follow E200
//! (E1000).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

use forgespec_core::wire::OneOrMany;
use forgespec_core::{Action, EndpointRef, New, Nullable, Section, int_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "版本";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Releases of a Git depot, each tied to a tag.",
    source: "API REFERENCE › 版本",
    endpoints: &[
        EndpointRef::of::<DescribeGitReleases>(),
        EndpointRef::of::<DescribeGitReleaseDetail>(),
        EndpointRef::of::<CreateGitRelease>(),
        EndpointRef::of::<ModifyGitRelease>(),
        EndpointRef::of::<DeleteGitRelease>(),
    ],
};

/// Release 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotRelease {
    /// 仓库 Id
    pub depot_id: i64,
    /// 版本 Id
    pub id: i64,
    /// 版本序号Id
    // E1011: 查询仓库的版本详情 describes it as 页面显示的版本序号. E1421: the
    // export's replies carry ReleaseId instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iid: Option<i64>,
    /// html内容
    pub html: String,
    /// 标题
    pub title: String,
    /// 内容
    pub body: String,
    /// 标签名字
    pub tag_name: String,
    /// commit Sha 值
    pub commit_sha: String,
    /// 数据创建时间
    pub created_at: i64,
    /// 数据更新时间
    pub updated_at: i64,
    /// 数据由谁创建
    pub creator_id: i64,
    /// 项目 Id
    pub project_id: i64,
    /// 目标 commit Sha 值
    // E1421: the export's releases carry TargetCommitBranch instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_commitish: Option<String>,
    /// 是否预发布
    pub pre: bool,
    /// 版本序号Id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub release_id: Option<Nullable<i64>>,
    /// 目标 commit Sha 值（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub target_commit_branch: Option<Nullable<String>>,
    /// 附件信息（CODING OpenAPI export）
    // E1401: a field only the export has. E1431: the schema says one object, the
    // export's example replies a list; both are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_attachment: Option<OneOrMany<ReleaseAttachment>>,
}

/// 附件信息（CODING OpenAPI export）
// E1401: the export's ReleaseAttachment. No hand-written example shows it, so the
// fields its `x-tcapi-output-required` lists are required (E1105). E1431: the size is
// a string in the schema and a number in the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseAttachment {
    /// 附件名
    pub attachment_name: String,
    /// 附件下载地址
    pub attachment_download_url: String,
    /// 附件大小
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_size: Option<IntegerOrString>,
}

// ---------------------------------------------------------------- DescribeGitReleases

int_enum! {
    /// 搜索条件:版本状态(0:全部 1:已发布 2:预发布)
    pub enum DepotReleaseStatusFilter {
        /// 0:全部
        All = 0,
        /// 1:已发布
        Released = 1,
        /// 2:预发布
        PreRelease = 2,
    }
}

/// 查询仓库的版本列表：输入参数。
// E1000: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitReleasesRequest {
    /// 公共参数,本接口取值:DescribeGitReleases
    // E225: the table has no Action row.
    pub action: Action<DescribeGitReleases>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 搜索条件:起始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_date: Option<String>,
    /// 搜索条件:终止日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_date: Option<String>,
    /// 搜索条件:标签名字
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// 搜索条件:版本状态(0:全部 1:已发布 2:预发布)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DepotReleaseStatusFilter>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 是否展示资源地址（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_resource_url: Option<bool>,
}

/// ReleasePageList 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DepotReleasePageList {
    /// 共计
    pub total_count: i64,
    /// 版本列表
    pub releases: Vec<DepotRelease>,
}

/// 查询仓库的版本列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitReleasesResponse {
    /// 版本列表
    pub release_page_list: DepotReleasePageList,
    // RequestId (see `Output`): E226.
}

// ---------------------------------------------------------------- DescribeGitReleaseDetail

/// 查询仓库的版本详情：输入参数。
// E1000: DepotId and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitReleaseDetailRequest {
    /// 公共参数,本接口取值:DescribeGitReleaseDetail
    // E225.
    pub action: Action<DescribeGitReleaseDetail>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 版本序号Id
    // E1421: Iid or the export's ReleaseId identifies the release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iid: Option<i64>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 版本序号Id（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<i64>,
    /// 标签名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// 是否展示资源地址（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_resource_url: Option<bool>,
}

/// 查询仓库的版本详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitReleaseDetailResponse {
    /// 版本
    pub release: DepotRelease,
    // RequestId (see `Output`): E226.
}

// ---------------------------------------------------------------- CreateGitRelease

/// 创建仓库版本：输入参数。
// E1000: DepotId and TagName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitReleaseRequest {
    /// 公共参数,本接口取值:CreateGitRelease
    // E225.
    pub action: Action<CreateGitRelease>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 标签名称
    pub tag_name: String,
    /// Commit 的 Sha 值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_sha: Option<String>,
    /// 创建来源分支名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_commitish: Option<String>,
    /// 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 是否预发布
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre: Option<bool>,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 目标提交 Sha 值（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_commit_branch: Option<String>,
}

// ---------------------------------------------------------------- ModifyGitRelease

/// 修改仓库的版本信息：输入参数。
// E1000: DepotId and Iid are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGitReleaseRequest {
    /// 公共参数,本接口取值:ModifyGitRelease
    // E225.
    pub action: Action<ModifyGitRelease>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 版本序号Id
    // E1421: Iid or the export's ReleaseId identifies the release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iid: Option<i64>,
    /// 标题
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 是否预发布
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre: Option<bool>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 项目下仓库版本唯一标识符（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<i64>,
    /// 标签名称（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
}

// ---------------------------------------------------------------- DeleteGitRelease

/// 删除仓库的版本息：输入参数。
// E1000: DepotId and TagName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitReleaseRequest {
    /// 公共参数,本接口取值:DeleteGitRelease
    // E225.
    pub action: Action<DeleteGitRelease>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 标签名称
    pub tag_name: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- operations

actions! {
    /// 查询仓库的版本列表
    DescribeGitReleases {
        summary: "查询仓库的版本列表",
        source: "查询仓库的版本列表",
        request: DescribeGitReleasesRequest,
        response: DescribeGitReleasesResponse,
    }

    /// 查询仓库的版本详情
    DescribeGitReleaseDetail {
        summary: "查询仓库的版本详情",
        source: "查询仓库的版本详情",
        request: DescribeGitReleaseDetailRequest,
        response: DescribeGitReleaseDetailResponse,
    }

    /// 创建仓库版本
    CreateGitRelease {
        summary: "创建仓库版本",
        source: "创建仓库版本",
        request: CreateGitReleaseRequest,
        // E226: no output table.
        response: RequestIdResponse,
    }

    /// 修改仓库的版本信息
    ModifyGitRelease {
        summary: "修改仓库的版本信息",
        source: "修改仓库的版本信息",
        request: ModifyGitReleaseRequest,
        // E226: no output table.
        response: RequestIdResponse,
    }

    // E1011: the title's 版本息 is a typo of 版本信息, kept verbatim.
    /// 删除仓库的版本息
    DeleteGitRelease {
        summary: "删除仓库的版本息",
        source: "删除仓库的版本息",
        request: DeleteGitReleaseRequest,
        // E226: no output table.
        response: RequestIdResponse,
    }
}
