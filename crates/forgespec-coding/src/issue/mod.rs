//! 事项: issues (requirements, defects, missions, epics, sub-tasks): creating, reading,
//! modifying and deleting them, their lists and filters, settings, relations, comments
//! and history.

pub mod comment;
pub mod detail;
pub mod list;
pub mod log;
pub mod relation;
pub mod setting;

use forgespec_core::Operation;

use crate::common::{Envelope, RequestIdResponse, action};

/// The tag (document section) of these operations.
pub const TAG: &str = "事项";

const SOURCE: &str = "API REFERENCE › 事项";

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        action("CreateIssue")
            .tag(TAG)
            .summary("创建事项")
            .source(SOURCE)
            .request::<detail::CreateIssueRequest>()
            .response::<Envelope<detail::CreateIssueResponse>>(200, "成功"),
        action("DeleteIssue")
            .tag(TAG)
            .summary("删除事项")
            .source(SOURCE)
            .request::<detail::DeleteIssueRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("DescribeIssueFileUrl")
            .tag(TAG)
            .summary("查询事项附件的下载地址")
            .source(SOURCE)
            .request::<detail::DescribeIssueFileUrlRequest>()
            .response::<Envelope<detail::DescribeIssueFileUrlResponse>>(200, "成功"),
        action("DescribeIssueFilterList")
            .tag(TAG)
            .summary("查询筛选器列表")
            .source(SOURCE)
            .request::<list::DescribeIssueFilterListRequest>()
            .response::<Envelope<list::DescribeIssueFilterListResponse>>(200, "成功"),
        action("DescribeIssueList")
            .tag(TAG)
            .summary("查询事项列表(旧)")
            .source(SOURCE)
            .request::<list::DescribeIssueListRequest>()
            .response::<Envelope<list::DescribeIssueListResponse>>(200, "成功"),
        action("DescribeIssue")
            .tag(TAG)
            .summary("查询事项详情")
            .source(SOURCE)
            .request::<detail::DescribeIssueRequest>()
            .response::<Envelope<detail::DescribeIssueResponse>>(200, "成功"),
        action("DescribeProjectIssueFieldList")
            .tag(TAG)
            .summary("查询属性设置")
            .source(SOURCE)
            .request::<setting::DescribeProjectIssueFieldListRequest>()
            .response::<Envelope<setting::DescribeProjectIssueFieldListResponse>>(200, "成功"),
        action("DescribeProjectIssueStatusList")
            .tag(TAG)
            .summary("查询状态设置")
            .source(SOURCE)
            .request::<setting::DescribeProjectIssueStatusListRequest>()
            .response::<Envelope<setting::DescribeProjectIssueStatusListResponse>>(200, "成功"),
        action("ModifyIssue")
            .tag(TAG)
            .summary("修改事项")
            .source(SOURCE)
            .request::<detail::ModifyIssueRequest>()
            .response::<Envelope<detail::ModifyIssueResponse>>(200, "成功"),
        action("ModifyIssueDescription")
            .tag(TAG)
            .summary("修改事项描述")
            .source(SOURCE)
            .request::<detail::ModifyIssueDescriptionRequest>()
            .response::<Envelope<detail::ModifyIssueDescriptionResponse>>(200, "成功"),
        action("DescribeBlockIssueList")
            .tag(TAG)
            .summary("查询后置事项")
            .source(SOURCE)
            .request::<relation::DescribeBlockIssueListRequest>()
            .response::<Envelope<relation::DescribeBlockIssueListResponse>>(200, "成功"),
        action("DescribeBlockedByIssueList")
            .tag(TAG)
            .summary("查询前置事项")
            .source(SOURCE)
            .request::<relation::DescribeBlockedByIssueListRequest>()
            .response::<Envelope<relation::DescribeBlockedByIssueListResponse>>(200, "成功"),
        action("DescribeSubIssueList")
            .tag(TAG)
            .summary("查询子事项列表")
            .source(SOURCE)
            .request::<relation::DescribeSubIssueListRequest>()
            .response::<Envelope<relation::DescribeSubIssueListResponse>>(200, "成功"),
        action("DeleteIssueBlock")
            .tag(TAG)
            .summary("删除前置事项")
            .source(SOURCE)
            .request::<relation::DeleteIssueBlockRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("CreateIssueBlock")
            .tag(TAG)
            .summary("添加前置事项")
            .source(SOURCE)
            .request::<relation::CreateIssueBlockRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("ModifyIssueParentRequirement")
            .tag(TAG)
            .summary("修改事项父需求")
            .source(SOURCE)
            .request::<relation::ModifyIssueParentRequirementRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("DescribeTeamIssueTypeList")
            .tag(TAG)
            .summary("查询企业所有事项类型列表")
            .source(SOURCE)
            .request::<setting::DescribeTeamIssueTypeListRequest>()
            .response::<Envelope<setting::DescribeTeamIssueTypeListResponse>>(200, "成功"),
        action("DescribeProjectIssueTypeList")
            .tag(TAG)
            .summary("查询项目的事项类型列表")
            .source(SOURCE)
            .request::<setting::DescribeProjectIssueTypeListRequest>()
            .response::<Envelope<setting::DescribeProjectIssueTypeListResponse>>(200, "成功"),
        action("DescribeIssueListWithPage")
            .tag(TAG)
            .summary("事项列表(新)")
            .source(SOURCE)
            .request::<list::DescribeIssueListWithPageRequest>()
            .response::<Envelope<list::DescribeIssueListWithPageResponse>>(200, "成功"),
        action("DescribeRelatedCaseList")
            .tag(TAG)
            .summary("事项关联的测试用例")
            .source(SOURCE)
            .request::<relation::DescribeRelatedCaseListRequest>()
            .response::<Envelope<relation::DescribeRelatedCaseListResponse>>(200, "成功"),
        action("CreateIssueComment")
            .tag(TAG)
            .summary("创建事项评论")
            .source(SOURCE)
            .request::<comment::CreateIssueCommentRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("ModifyIssueComment")
            .tag(TAG)
            .summary("修改事项评论")
            .source(SOURCE)
            .request::<comment::ModifyIssueCommentRequest>()
            .response::<Envelope<RequestIdResponse>>(200, "成功"),
        action("DescribeIssueCommentList")
            .tag(TAG)
            .summary("查询事项评论列表")
            .source(SOURCE)
            .request::<comment::DescribeIssueCommentListRequest>()
            .response::<Envelope<comment::DescribeIssueCommentListResponse>>(200, "成功"),
        action("DescribeIssueStatusChangeLogList")
            .tag(TAG)
            .summary("获取事项的状态变更历史")
            .source(SOURCE)
            .request::<log::DescribeIssueStatusChangeLogListRequest>()
            .response::<Envelope<log::DescribeIssueStatusChangeLogListResponse>>(200, "成功"),
        action("DescribeWorkbenchIssueList")
            .tag(TAG)
            .summary("获取工作台个人代办事项")
            .source(SOURCE)
            .request::<list::DescribeWorkbenchIssueListRequest>()
            .response::<Envelope<list::DescribeWorkbenchIssueListResponse>>(200, "成功"),
        action("DescribeIssueLogList")
            .tag(TAG)
            .summary("获取事项活动日志")
            .source(SOURCE)
            .request::<log::DescribeIssueLogListRequest>()
            .response::<Envelope<log::DescribeIssueLogListResponse>>(200, "成功"),
        action("DescribeIssueCustomFieldLogList")
            .tag(TAG)
            .summary("获取自定义属性变更历史")
            .source(SOURCE)
            .request::<log::DescribeIssueCustomFieldLogListRequest>()
            .response::<Envelope<log::DescribeIssueCustomFieldLogListResponse>>(200, "成功"),
    ]
}
