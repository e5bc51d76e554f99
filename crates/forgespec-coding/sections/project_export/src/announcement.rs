//! 项目 › 项目公告: a project's announcements.
//!
//! Required input parameters follow E1 (E1300); output fields E1105.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// ProjectAnnouncementProjectAnnouncement
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProjectAnnouncement {
    /// 公告id
    pub id: i64,
    /// 公告内容
    pub content_html: String,
    /// markdown 源文本
    pub content_origin: String,
}

// ---------------------------------------------------------------- DescribeProjectAnnouncements

/// 项目公告列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectAnnouncementsRequest {
    /// 公共参数,本接口取值:DescribeProjectAnnouncements
    pub action: Action<DescribeProjectAnnouncements>,
    /// 项目名
    pub project_name: String,
    /// 每页数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
}

/// 项目公告列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectAnnouncementsResponse {
    /// 页数
    pub page_number: i64,
    /// 每页数量
    pub page_size: i64,
    /// 公告总数
    pub total_count: i64,
    /// 公告列表
    pub list: Vec<ProjectAnnouncement>,
}

// ---------------------------------------------------------------- CreateProjectAnnouncement

/// 项目公告创建：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectAnnouncementRequest {
    /// 公共参数,本接口取值:CreateProjectAnnouncement
    pub action: Action<CreateProjectAnnouncement>,
    /// 项目名
    pub project_name: String,
    /// 公告内容
    pub content: String,
}

/// 项目公告创建：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProjectAnnouncementResponse {
    /// 公告信息
    pub project_announcement: ProjectAnnouncement,
}

// ---------------------------------------------------------------- DeleteProjectAnnouncement

/// 项目公告删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProjectAnnouncementRequest {
    /// 公共参数,本接口取值:DeleteProjectAnnouncement
    pub action: Action<DeleteProjectAnnouncement>,
    /// 项目名
    pub project_name: String,
    /// 要删除的公告ID列表
    pub id: Vec<i64>,
}

// ---------------------------------------------------------------- ModifyProjectAnnouncement

/// 项目公告更新：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectAnnouncementRequest {
    /// 公共参数,本接口取值:ModifyProjectAnnouncement
    pub action: Action<ModifyProjectAnnouncement>,
    /// 项目名
    pub project_name: String,
    /// 公告内容
    pub content: String,
    /// 公告id
    pub id: i64,
}

/// 项目公告更新：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyProjectAnnouncementResponse {
    /// 公告信息
    pub project_announcement: ProjectAnnouncement,
}

// ---------------------------------------------------------------- DescribeProjectAnnouncement

/// 项目公告查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectAnnouncementRequest {
    /// 公共参数,本接口取值:DescribeProjectAnnouncement
    pub action: Action<DescribeProjectAnnouncement>,
    /// 项目名
    pub project_name: String,
    /// 公告ID
    pub id: i64,
}

/// 项目公告查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProjectAnnouncementResponse {
    /// 公告信息
    pub project_announcement: ProjectAnnouncement,
}

actions! {
    /// 项目公告列表查询
    DescribeProjectAnnouncements {
        summary: "项目公告列表查询",
        request: DescribeProjectAnnouncementsRequest,
        response: DescribeProjectAnnouncementsResponse,
    }

    /// 项目公告创建
    CreateProjectAnnouncement {
        summary: "项目公告创建",
        request: CreateProjectAnnouncementRequest,
        response: CreateProjectAnnouncementResponse,
    }

    /// 项目公告删除
    DeleteProjectAnnouncement {
        summary: "项目公告删除",
        request: DeleteProjectAnnouncementRequest,
        response: RequestIdResponse,
    }

    /// 项目公告更新
    ModifyProjectAnnouncement {
        summary: "项目公告更新",
        request: ModifyProjectAnnouncementRequest,
        response: ModifyProjectAnnouncementResponse,
    }

    /// 项目公告查询
    DescribeProjectAnnouncement {
        summary: "项目公告查询",
        request: DescribeProjectAnnouncementRequest,
        response: DescribeProjectAnnouncementResponse,
    }
}
