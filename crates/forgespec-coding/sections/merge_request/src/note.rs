//! 合并请求 › notes: 创建合并请求评论, 删除合并请求评论, 获取单个合并请求评论 and
//! 获取所有合并请求评论.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MergeRequestStatus, MergeRequestUser};
use crate::common::actions;

/// MergeRequestDiffNoteForm：创建Diff信息行评论表单
// E612: not defined; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestDiffNoteForm {
    /// 评论所在的提交 Id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_sha: Option<String>,
    /// 评论所在的 diff 信息行数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// 评论所在的改动文件路径。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// MergeRequestNote：参数详解
// E614.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNote {
    /// 行评论的Id
    pub id: i64,
    /// 行评论内容
    pub content: String,
    /// 行评论用户
    pub author: MergeRequestUser,
    /// 行评论创建时间
    pub created_at: i64,
    /// 行评论更新时间
    pub updated_at: i64,
    /// 合并请求的Iid
    pub merge_id: i64,
    /// 子评论的父Id
    pub parent_id: i64,
    /// 提交Id
    pub commit_sha: String,
    /// diff信息中的行数
    pub index: i64,
    /// 改动文件路径
    pub path: String,
}

/// MergeRequestNoteList：一组评论（一条评论及其回复）。
// E613: not defined; each example item is `{"Note": [MergeRequestNote…]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNoteList {
    /// 该组的评论。
    pub note: Vec<MergeRequestNote>,
}

/// 创建合并请求评论：输入参数。
// E600: DepotPath, Content and MergeId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateMergeRequestNoteRequest {
    /// 公共参数,本接口取值:CreateMergeRequestNote
    // E225.
    pub action: Action<CreateMergeRequestNote>,
    /// 仓库路径
    pub depot_path: String,
    /// 创建Diff信息行评论表单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<MergeRequestDiffNoteForm>,
    /// 行评论内容
    pub content: String,
    /// 合并请求 id
    pub merge_id: i64,
    /// 行评论的父亲Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
}

/// 合并请求评论 Actions 的输出参数：`Note` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNoteResponse {
    /// 合并请求评论
    pub note: MergeRequestNote,
    // RequestId (see `Output`): E226.
}

/// 删除合并请求评论：输入参数。
// E600: all three are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteMergeRequestNoteRequest {
    /// 公共参数,本接口取值:DeleteMergeRequestNote
    // E225.
    pub action: Action<DeleteMergeRequestNote>,
    /// 仓库路径
    pub depot_path: String,
    /// 行评论Id
    pub line_note_id: i64,
    /// 合并请求的Iid
    pub merge_id: i64,
}

/// 获取单个合并请求评论：输入参数。
// E600: both are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSingeMergeRequestNotesRequest {
    /// 公共参数,本接口取值:DescribeSingeMergeRequestNotes
    // E225.
    pub action: Action<DescribeSingeMergeRequestNotes>,
    /// 仓库路径
    pub depot_path: String,
    /// 合并请求的Iid
    pub merge_id: i64,
}

/// 合并请求评论列表 Actions 的输出参数：`Notes` 与 `RequestId`。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestNotesResponse {
    /// 合并请求评论列表
    // E613.
    pub notes: Vec<MergeRequestNoteList>,
    // RequestId (see `Output`): E226.
}

/// 获取所有合并请求评论：输入参数。
// E600: DepotPath is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAllMergeRequestNotesRequest {
    /// 公共参数,本接口取值:DescribeAllMergeRequestNotes
    // E225.
    pub action: Action<DescribeAllMergeRequestNotes>,
    /// 仓库路径
    pub depot_path: String,
    /// 合并请求的Iid列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge_ids: Option<Vec<i64>>,
    /// 合并请求的状态列表
    // The 合并状态值 table follows this Action's tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mr_statuses: Option<Vec<MergeRequestStatus>>,
    /// 合并请求的发起者列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter_ids: Option<Vec<i64>>,
    /// 开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_start_date: Option<String>,
    /// 结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at_end_date: Option<String>,
    /// 页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 页数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

actions! {
    /// 创建合并请求评论
    CreateMergeRequestNote {
        summary: "创建合并请求评论",
        source: "创建合并请求评论",
        request: CreateMergeRequestNoteRequest,
        response: MergeRequestNoteResponse,
    }

    /// 删除合并请求评论
    DeleteMergeRequestNote {
        summary: "删除合并请求评论",
        source: "删除合并请求评论",
        request: DeleteMergeRequestNoteRequest,
        response: MergeRequestNoteResponse,
    }

    // E615: the Action's name is misspelt in the document and on the wire.
    /// 获取单个合并请求评论
    DescribeSingeMergeRequestNotes {
        summary: "获取单个合并请求评论",
        source: "获取单个合并请求评论",
        request: DescribeSingeMergeRequestNotesRequest,
        response: MergeRequestNotesResponse,
    }

    /// 获取所有合并请求评论
    DescribeAllMergeRequestNotes {
        summary: "获取所有合并请求评论",
        source: "获取所有合并请求评论",
        request: DescribeAllMergeRequestNotesRequest,
        response: MergeRequestNotesResponse,
    }
}
