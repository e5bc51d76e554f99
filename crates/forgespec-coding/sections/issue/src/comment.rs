//! 事项 › comments: 创建事项评论, 修改事项评论, 查询事项评论列表.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- CreateIssueComment

/// 创建事项评论：输入参数。
// E51: 创建事项评论 and 修改事项评论 show an input example but no output example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIssueCommentRequest {
    /// 公共参数,本接口取值:CreateIssueComment
    pub action: Action<crate::CreateIssueComment>,
    /// 项目名称,非 ID、displayname
    pub project_name: String,
    /// 事项 code
    pub issue_code: i64,
    /// 评论内容
    pub content: String,
    /// 如果回复评论传父评论ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

// ---------------------------------------------------------------- ModifyIssueComment

/// 修改事项评论：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIssueCommentRequest {
    /// 公共参数,本接口取值:ModifyIssueComment
    pub action: Action<crate::ModifyIssueComment>,
    /// 项目名称,非 ID、displayname
    pub project_name: String,
    /// 事项 code
    pub issue_code: i64,
    /// 评论内容
    pub content: String,
    /// 评论ID
    pub comment_id: i64,
}

// ---------------------------------------------------------------- DescribeIssueCommentList

/// 查询事项评论列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueCommentListRequest {
    /// 公共参数,本接口取值:DescribeIssueCommentList
    pub action: Action<crate::DescribeIssueCommentList>,
    /// 项目名称,非 ID、displayname
    pub project_name: String,
    /// 事项 code
    pub issue_code: i64,
    /// 是否查询评论中图片FileId（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_file_id: Option<bool>,
}

/// IssueComment：评论。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueComment {
    /// 评论ID
    pub comment_id: i64,
    /// 父级评论ID
    pub parent_id: i64,
    /// 渲染的评论内容
    pub content: String,
    /// 用户输入的原始评论内容
    pub raw_content: String,
    /// 创建人ID
    pub creator_id: i64,
    /// 创建时间戳
    pub created_at: i64,
    /// 修改时间戳
    pub updated_at: i64,
    /// 评论中图片的文件 Id 列表（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<Vec<i64>>,
}

/// 查询事项评论列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIssueCommentListResponse {
    // RequestId (see `Output`): E43: the table lists no RequestId and the example shows no envelope; every
    // RequestId (see `Output`): Action's reply carries both.
    /// 评论列表
    pub comment_list: Vec<IssueComment>,
}
