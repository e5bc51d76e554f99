//! 合并请求 › commits and diffs: 获取合并请求提交记录, 获取合并请求文件修改记录,
//! 查询合并请求 diff 信息的文件列表 and 查询合并请求文件的 diff 详情.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::merge_request_input;
use crate::common::actions;

merge_request_input!(
    /// 获取合并请求提交记录：输入参数。
    DescribeMergeRequestCommitsRequest for DescribeMergeRequestCommits,
    "公共参数,本接口取值:DescribeMergeRequestCommits",
    merge_first,
    "仓库 id",
    "合并请求 id"
);

/// Commiter 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestCommiter {
    /// email 地址
    pub email: String,
    /// 姓名
    pub name: String,
}

/// Commit：参数详解
// E614: the table is headed 参数详解 only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestCommit {
    /// 提交消息
    pub short_message: String,
    /// 提交 sha 值
    pub sha: String,
    /// 提交时间戳
    pub commit_date: i64,
    /// 提交者
    pub commiter: MergeRequestCommiter,
}

/// 获取合并请求提交记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestCommitsResponse {
    /// 请求提交列表
    // E601: typed Commit; the example sends an array.
    pub commits: Vec<MergeRequestCommit>,
    // RequestId (see `Output`): E226.
}

merge_request_input!(
    /// 获取合并请求文件修改记录：输入参数。
    DescribeMergeRequestFileDiffRequest for DescribeMergeRequestFileDiff,
    "公共参数,本接口取值:DescribeMergeRequestFileDiff",
    merge_first,
    "仓库 id",
    "合并请求 id",
    depot_path: "仓库路径，与仓库Id选其一就可以（CODING OpenAPI export）"
);

/// ChangeType 参数详情
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MrFileChangeType {
    /// ADD 添加
    Add,
    /// MODIFY 修改
    Modify,
    /// DELETE 删除
    Delete,
    /// REPLACE 替换
    Replace,
}

/// DifferentLine 参数详情
// E604: the table repeats its header row; `Prefix` is typed Integer but sent as a
// string. E607: also the undefined `Line` of GitDiff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DifferentLine {
    /// 排序号,由小到大递增
    pub index: i64,
    /// 操作起始行号
    pub left_no: i64,
    /// 操作方式:"+"表示新增,"-"表示删除," "表示不变
    // E604: a string.
    pub prefix: String,
    /// 操作结束行号
    pub right_no: i64,
    /// 文本
    pub text: String,
}

/// FileDiff 参数详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct FileDiff {
    /// 操作类型
    pub change_type: MrFileChangeType,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
    /// objectId
    pub object_id: String,
    /// 文件路径
    pub path: String,
    /// 文件差异
    pub diff_lines: Vec<DifferentLine>,
}

/// MergeRequestFileDiff 参数详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MergeRequestFileDiff {
    /// 文件差别列表
    // E601: typed FileDiff; the example sends an array.
    pub file_diffs: Vec<FileDiff>,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
    /// 旧请求的 sha 值
    pub old_sha: String,
    /// 新请求的 sha 值
    pub new_sha: String,
}

/// 获取合并请求文件修改记录：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeMergeRequestFileDiffResponse {
    /// 文件修改记录
    pub merge_request_file_diff: MergeRequestFileDiff,
    // RequestId (see `Output`): E226.
}

merge_request_input!(
    /// 查询合并请求 diff 信息的文件列表：输入参数。
    DescribeGitMergeRequestDiffsRequest for DescribeGitMergeRequestDiffs,
    "公共参数,本接口取值:DescribeGitMergeRequestDiffs",
    depot_first,
    "仓库 Id",
    "合并请求 IId",
    depot_path: "仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）"
);

/// MrDiffFile 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrDiffFile {
    /// 文件路径
    pub path: String,
    /// 文件对应的 blob Id
    pub blob_sha: String,
    /// 文件大小(字节)
    pub size: i64,
    /// 文件改动类型
    // No values listed here (and GitDiff's example writes `add`): a plain string.
    pub change_type: String,
    /// 文件删除的行数
    pub deletions: i64,
    /// 文件新增的行数
    pub insertions: i64,
}

/// MrDiff 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrDiff {
    /// diff 信息是否过多,不宜于展示
    pub is_large: bool,
    /// 一共新增行数
    pub insertions: i64,
    /// 一共减少行数
    pub deletions: i64,
    /// 目标分支对应的Sha值
    pub old_sha: String,
    /// 源分支对应的Sha值
    pub new_sha: String,
    /// 标签信息
    // E608: a description copied from elsewhere, kept verbatim: these are the
    // changed files.
    pub paths: Vec<MrDiffFile>,
}

/// 查询合并请求 diff 信息的文件列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffsResponse {
    /// diff 信息概览
    pub diff: MrDiff,
}

/// 查询合并请求文件的 diff 详情：输入参数。
// E600: DepotId, MergeId and Path are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffDetailRequest {
    /// 公共参数,本接口取值:DescribeGitMergeRequestDiffDetail
    // E225.
    pub action: Action<DescribeGitMergeRequestDiffDetail>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 合并请求 IId
    pub merge_id: i64,
    /// 文件路径
    pub path: String,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// GitDiff 参数详解
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct MrGitDiff {
    /// 文件路径
    pub path: String,
    /// diff内容
    pub content: String,
    /// 页面展示diff信息的集合
    // E607: `Line` is not defined; its example is DifferentLine's shape.
    pub lines: Vec<DifferentLine>,
    /// 修改后文件权限
    pub new_mode: String,
    /// 修改前文件权限
    pub old_mode: String,
    /// 文件修改类型
    pub change_type: String,
    /// 文件新增行数
    pub insertions: i64,
    /// 文件删除行数
    pub deletions: i64,
}

/// 查询合并请求文件的 diff 详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitMergeRequestDiffDetailResponse {
    /// 合并请求某文件的diff信息
    pub detail: MrGitDiff,
}

actions! {
    // E1430: the export describes DescribeMergeReqCommits in its place.
    /// 获取合并请求提交记录
    DescribeMergeRequestCommits {
        summary: "获取合并请求提交记录",
        description: "Deprecated: CODING's OpenAPI export does not describe this Action; it describes DescribeMergeReqCommits for the same query, with the newer commit shape (E1430).",
        source: "获取合并请求提交记录",
        deprecated: true,
        request: DescribeMergeRequestCommitsRequest,
        response: DescribeMergeRequestCommitsResponse,
    }

    /// 获取合并请求文件修改记录
    DescribeMergeRequestFileDiff {
        summary: "获取合并请求文件修改记录",
        source: "获取合并请求文件修改记录",
        request: DescribeMergeRequestFileDiffRequest,
        response: DescribeMergeRequestFileDiffResponse,
    }

    /// 查询合并请求 diff 信息的文件列表
    DescribeGitMergeRequestDiffs {
        summary: "查询合并请求 diff 信息的文件列表",
        source: "查询合并请求 diff 信息的文件列表",
        request: DescribeGitMergeRequestDiffsRequest,
        response: DescribeGitMergeRequestDiffsResponse,
    }

    /// 查询合并请求文件的 diff 详情
    DescribeGitMergeRequestDiffDetail {
        summary: "查询合并请求文件的 diff 详情",
        source: "查询合并请求文件的 diff 详情",
        request: DescribeGitMergeRequestDiffDetailRequest,
        response: DescribeGitMergeRequestDiffDetailResponse,
    }
}
