//! 事项: issues (requirements, defects, missions, epics, sub-tasks): creating, reading,
//! modifying and deleting them, their lists and filters, settings, relations, comments
//! and history.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;
use forgespec_coding_iteration as iteration;

pub mod comment;
pub mod detail;
pub mod list;
pub mod log;
pub mod relation;
pub mod setting;

use forgespec_core::{EndpointRef, Section};

use crate::common::{RequestIdResponse, actions};

/// The tag (document section) of these operations.
pub const TAG: &str = "事项";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Issues (requirements, defects, missions, epics, sub-tasks): \
                    create, read, modify, delete, list and filter them; field and status \
                    settings; relations, comments and history.",
    source: "API REFERENCE › 事项",
    endpoints: &[
        EndpointRef::of::<CreateIssue>(),
        EndpointRef::of::<DeleteIssue>(),
        EndpointRef::of::<DescribeIssueFileUrl>(),
        EndpointRef::of::<DescribeIssueFilterList>(),
        EndpointRef::of::<DescribeIssueList>(),
        EndpointRef::of::<DescribeIssue>(),
        EndpointRef::of::<DescribeProjectIssueFieldList>(),
        EndpointRef::of::<DescribeProjectIssueStatusList>(),
        EndpointRef::of::<ModifyIssue>(),
        EndpointRef::of::<ModifyIssueDescription>(),
        EndpointRef::of::<DescribeBlockIssueList>(),
        EndpointRef::of::<DescribeBlockedByIssueList>(),
        EndpointRef::of::<DescribeSubIssueList>(),
        EndpointRef::of::<DeleteIssueBlock>(),
        EndpointRef::of::<CreateIssueBlock>(),
        EndpointRef::of::<ModifyIssueParentRequirement>(),
        EndpointRef::of::<DescribeTeamIssueTypeList>(),
        EndpointRef::of::<DescribeProjectIssueTypeList>(),
        EndpointRef::of::<DescribeIssueListWithPage>(),
        EndpointRef::of::<DescribeRelatedCaseList>(),
        EndpointRef::of::<CreateIssueComment>(),
        EndpointRef::of::<ModifyIssueComment>(),
        EndpointRef::of::<DescribeIssueCommentList>(),
        EndpointRef::of::<DescribeIssueStatusChangeLogList>(),
        EndpointRef::of::<DescribeWorkbenchIssueList>(),
        EndpointRef::of::<DescribeIssueLogList>(),
        EndpointRef::of::<DescribeIssueCustomFieldLogList>(),
    ],
};

actions! {
    /// 创建事项
    CreateIssue {
        summary: "创建事项",
        request: detail::CreateIssueRequest,
        response: detail::CreateIssueResponse,
    }

    /// 删除事项
    DeleteIssue {
        summary: "删除事项",
        request: detail::DeleteIssueRequest,
        response: RequestIdResponse,
    }

    /// 查询事项附件的下载地址
    DescribeIssueFileUrl {
        summary: "查询事项附件的下载地址",
        request: detail::DescribeIssueFileUrlRequest,
        response: detail::DescribeIssueFileUrlResponse,
    }

    /// 查询筛选器列表
    DescribeIssueFilterList {
        summary: "查询筛选器列表",
        request: list::DescribeIssueFilterListRequest,
        response: list::DescribeIssueFilterListResponse,
    }

    /// 查询事项列表(旧)
    DescribeIssueList {
        summary: "查询事项列表(旧)",
        request: list::DescribeIssueListRequest,
        response: list::DescribeIssueListResponse,
    }

    /// 查询事项详情
    DescribeIssue {
        summary: "查询事项详情",
        request: detail::DescribeIssueRequest,
        response: detail::DescribeIssueResponse,
    }

    /// 查询属性设置
    DescribeProjectIssueFieldList {
        summary: "查询属性设置",
        request: setting::DescribeProjectIssueFieldListRequest,
        response: setting::DescribeProjectIssueFieldListResponse,
    }

    /// 查询状态设置
    DescribeProjectIssueStatusList {
        summary: "查询状态设置",
        request: setting::DescribeProjectIssueStatusListRequest,
        response: setting::DescribeProjectIssueStatusListResponse,
    }

    /// 修改事项
    ModifyIssue {
        summary: "修改事项",
        request: detail::ModifyIssueRequest,
        response: detail::ModifyIssueResponse,
    }

    /// 修改事项描述
    ModifyIssueDescription {
        summary: "修改事项描述",
        request: detail::ModifyIssueDescriptionRequest,
        response: detail::ModifyIssueDescriptionResponse,
    }

    /// 查询后置事项
    DescribeBlockIssueList {
        summary: "查询后置事项",
        request: relation::DescribeBlockIssueListRequest,
        response: relation::DescribeBlockIssueListResponse,
    }

    /// 查询前置事项
    DescribeBlockedByIssueList {
        summary: "查询前置事项",
        request: relation::DescribeBlockedByIssueListRequest,
        response: relation::DescribeBlockedByIssueListResponse,
    }

    /// 查询子事项列表
    DescribeSubIssueList {
        summary: "查询子事项列表",
        request: relation::DescribeSubIssueListRequest,
        response: relation::DescribeSubIssueListResponse,
    }

    /// 删除前置事项
    DeleteIssueBlock {
        summary: "删除前置事项",
        request: relation::DeleteIssueBlockRequest,
        response: RequestIdResponse,
    }

    /// 添加前置事项
    CreateIssueBlock {
        summary: "添加前置事项",
        request: relation::CreateIssueBlockRequest,
        response: RequestIdResponse,
    }

    /// 修改事项父需求
    ModifyIssueParentRequirement {
        summary: "修改事项父需求",
        request: relation::ModifyIssueParentRequirementRequest,
        response: RequestIdResponse,
    }

    /// 查询企业所有事项类型列表
    DescribeTeamIssueTypeList {
        summary: "查询企业所有事项类型列表",
        request: setting::DescribeTeamIssueTypeListRequest,
        response: setting::DescribeTeamIssueTypeListResponse,
    }

    /// 查询项目的事项类型列表
    DescribeProjectIssueTypeList {
        summary: "查询项目的事项类型列表",
        request: setting::DescribeProjectIssueTypeListRequest,
        response: setting::DescribeProjectIssueTypeListResponse,
    }

    /// 事项列表(新)
    DescribeIssueListWithPage {
        summary: "事项列表(新)",
        request: list::DescribeIssueListWithPageRequest,
        response: list::DescribeIssueListWithPageResponse,
    }

    /// 事项关联的测试用例
    DescribeRelatedCaseList {
        summary: "事项关联的测试用例",
        request: relation::DescribeRelatedCaseListRequest,
        response: relation::DescribeRelatedCaseListResponse,
    }

    /// 创建事项评论
    CreateIssueComment {
        summary: "创建事项评论",
        request: comment::CreateIssueCommentRequest,
        response: RequestIdResponse,
    }

    /// 修改事项评论
    ModifyIssueComment {
        summary: "修改事项评论",
        request: comment::ModifyIssueCommentRequest,
        response: RequestIdResponse,
    }

    /// 查询事项评论列表
    DescribeIssueCommentList {
        summary: "查询事项评论列表",
        request: comment::DescribeIssueCommentListRequest,
        response: comment::DescribeIssueCommentListResponse,
    }

    /// 获取事项的状态变更历史
    DescribeIssueStatusChangeLogList {
        summary: "获取事项的状态变更历史",
        request: log::DescribeIssueStatusChangeLogListRequest,
        response: log::DescribeIssueStatusChangeLogListResponse,
    }

    /// 获取工作台个人代办事项
    DescribeWorkbenchIssueList {
        summary: "获取工作台个人代办事项",
        request: list::DescribeWorkbenchIssueListRequest,
        response: list::DescribeWorkbenchIssueListResponse,
    }

    /// 获取事项活动日志
    DescribeIssueLogList {
        summary: "获取事项活动日志",
        request: log::DescribeIssueLogListRequest,
        response: log::DescribeIssueLogListResponse,
    }

    /// 获取自定义属性变更历史
    DescribeIssueCustomFieldLogList {
        summary: "获取自定义属性变更历史",
        request: log::DescribeIssueCustomFieldLogListRequest,
        response: log::DescribeIssueCustomFieldLogListResponse,
    }
}
