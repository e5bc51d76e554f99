//! 代码托管 › Git提交: commits of a branch, one commit, the files a commit changed, and the commits and differences between two commits.
//!
//! Required input parameters follow E1 (E1311); output fields E1105.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{IntegerOrString, actions};
use crate::git::content::{Committer, GitCommit};
/// 页码信息: the export's page, also of the depot lists of 代码托管.
pub use crate::git::depot::PageInfo;
use crate::merge_request::diff::DifferentLine;

/// 请求列表及文件差别列表
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DifferentOfCommitDetail {
    /// 请求列表
    pub commits: Vec<GitCommit>,
    /// 差异文件列表
    pub different_of_commits: Vec<DifferentOfCommit>,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
    /// 总文件修改数
    pub update_file_num: i64,
}

/// 代码仓库的提交信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CommitData {
    /// 提交信息
    pub commits: Nullable<Vec<Commit>>,
    /// 分页信息
    pub page: Nullable<PageInfo>,
}

/// git 提交中文件路径信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitCommitFilePath {
    /// 改动文件的路径
    pub path: Nullable<String>,
    /// 文件改动类型为 move 时，（移动、重命名），文件的新路径
    pub new_path: Nullable<String>,
    /// 文件改动类型 add update delete move
    pub r#type: Nullable<String>,
}

/// 文件差异信息汇总详情
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DiffFileInfo {
    /// 差异信息
    pub different_lines: Vec<DifferentLine>,
    /// 总删除行数
    pub deletions: i64,
    /// 总新增行数
    pub insertions: i64,
}

/// 请求之间的文件差别
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DifferentOfCommit {
    /// 文件路径
    pub path: String,
    /// 删除的行数
    pub deletions: i64,
    /// 新增的行数
    pub insertions: i64,
    /// 提交的名称
    pub name: String,
    /// 修改类型
    pub change_type: Nullable<String>,
}

/// 代码仓库的提交信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Commit {
    /// 作者信息
    pub author: Committer,
    /// 作者邮箱
    pub author_email: String,
    /// 作者姓名
    pub author_name: String,
    /// 提交时间的时间戳
    pub commit_date: i64,
    /// 提交者信息
    pub committer: Committer,
    /// 提交时间的时间戳
    pub created_at: i64,
    /// 提交附带的全部信息
    pub full_message: String,
    /// 父提交
    pub parents: Nullable<Vec<String>>,
    /// 提交的sha值(commitId)
    pub sha: String,
    /// 提交附带的message
    pub short_message: String,
}

// ---------------------------------------------------------------- DescribeCommitsBetweenCommitAndCommit

/// Git提交-查询两个请求之间的请求列表（source target顺序正常）：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitsBetweenCommitAndCommitRequest {
    /// 公共参数,本接口取值:DescribeCommitsBetweenCommitAndCommit
    pub action: Action<DescribeCommitsBetweenCommitAndCommit>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径，选择其一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 查询起点sha值
    pub source: String,
    /// 查询目标sha值
    pub target: String,
}

/// Git提交-查询两个请求之间的请求列表（source target顺序正常）：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCommitsBetweenCommitAndCommitResponse {
    /// 请求及文件修改列表
    pub different_of_commit_detail: DifferentOfCommitDetail,
}

// ---------------------------------------------------------------- DescribeGitCommitInfos

/// Git提交-查询仓库分支下提交列表：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitInfosRequest {
    /// 公共参数,本接口取值:DescribeGitCommitInfos
    pub action: Action<DescribeGitCommitInfos>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 查询截止日志
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 提交信息中的关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 分页页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页页距
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 查询起始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
}

/// Git提交-查询仓库分支下提交列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitInfosResponse {
    /// 请求集合
    pub commits: Vec<GitCommit>,
}

// ---------------------------------------------------------------- DescribeGitCommitsInPage

/// Git提交-查询仓库分支下提交列表：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitsInPageRequest {
    /// 公共参数,本接口取值:DescribeGitCommitsInPage
    pub action: Action<DescribeGitCommitsInPage>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 分支名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#ref: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
    /// 查询截止日志
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// 提交信息中的关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 分页页码
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 分页页距
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 文件路径
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 查询起始日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
}

/// Git提交-查询仓库分支下提交列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitsInPageResponse {
    /// 请求集合
    pub data: CommitData,
}

// ---------------------------------------------------------------- DescribeGitCommitFilePathList

/// Git提交-查询仓库某次提交改动的文件路径列表：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitFilePathListRequest {
    /// 公共参数,本接口取值:DescribeGitCommitFilePathList
    pub action: Action<DescribeGitCommitFilePathList>,
    /// 仓库路径，也可填写仓库ID的字符串形式
    pub depot_path: String,
    /// 提交的ID
    pub commit_sha: String,
}

/// Git提交-查询仓库某次提交改动的文件路径列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitFilePathListResponse {
    /// 文件路径列表
    pub file_paths: Nullable<Vec<GitCommitFilePath>>,
}

// ---------------------------------------------------------------- DescribeGitCommitInfo

/// Git提交-查询单个请求详情信息：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitInfoRequest {
    /// 公共参数,本接口取值:DescribeGitCommitInfo
    pub action: Action<DescribeGitCommitInfo>,
    /// 仓库id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 请求的sha值
    pub sha: String,
    /// 与DepotId二选一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// Git提交-查询单个请求详情信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitCommitInfoResponse {
    /// 请求详情信息
    pub git_commit: GitCommit,
}

// ---------------------------------------------------------------- DescribeDifferentBetweenTwoCommits

/// Git提交-获取两次commit之间的文件差异详情(废弃，source target顺序不一致)：输入参数。
// E1400: DepotId or DepotPath identifies the depot; either is enough, so both are optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDifferentBetweenTwoCommitsRequest {
    /// 公共参数,本接口取值:DescribeDifferentBetweenTwoCommits
    pub action: Action<DescribeDifferentBetweenTwoCommits>,
    /// 源请求 Sha 值,分支名称
    pub source: String,
    /// 仓库id
    // E1108: an integer the example sends as a string of digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<IntegerOrString>,
    /// 目标请求 Sha 值,分支名称
    pub target: String,
    /// 文件位置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// Git提交-获取两次commit之间的文件差异详情(废弃，source target顺序不一致)：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDifferentBetweenTwoCommitsResponse {
    /// 文件差异详情
    pub diff_file_info: DiffFileInfo,
}

actions! {
    /// Git提交-查询两个请求之间的请求列表（source target顺序正常）
    DescribeCommitsBetweenCommitAndCommit {
        summary: "Git提交-查询两个请求之间的请求列表（source target顺序正常）",
        description: "查询两个请求之间的请求列表（source target顺序正常）",
        request: DescribeCommitsBetweenCommitAndCommitRequest,
        response: DescribeCommitsBetweenCommitAndCommitResponse,
    }

    /// Git提交-查询仓库分支下提交列表
    DescribeGitCommitInfos {
        summary: "Git提交-查询仓库分支下提交列表",
        description: "查询仓库分支下提交列表",
        request: DescribeGitCommitInfosRequest,
        response: DescribeGitCommitInfosResponse,
    }

    /// Git提交-查询仓库分支下提交列表
    DescribeGitCommitsInPage {
        summary: "Git提交-查询仓库分支下提交列表",
        description: "查询仓库分支下提交列表",
        request: DescribeGitCommitsInPageRequest,
        response: DescribeGitCommitsInPageResponse,
    }

    /// Git提交-查询仓库某次提交改动的文件路径列表
    DescribeGitCommitFilePathList {
        summary: "Git提交-查询仓库某次提交改动的文件路径列表",
        description: "查询仓库某次提交改动的文件路径列表",
        request: DescribeGitCommitFilePathListRequest,
        response: DescribeGitCommitFilePathListResponse,
    }

    /// Git提交-查询单个请求详情信息
    DescribeGitCommitInfo {
        summary: "Git提交-查询单个请求详情信息",
        description: "查询单个请求详情信息",
        request: DescribeGitCommitInfoRequest,
        response: DescribeGitCommitInfoResponse,
    }

    // E1312: the export marks it 废弃 in its summary.
    /// Git提交-获取两次commit之间的文件差异详情(废弃，source target顺序不一致)
    DescribeDifferentBetweenTwoCommits {
        summary: "Git提交-获取两次commit之间的文件差异详情(废弃，source target顺序不一致)",
        description: "获取两次 commit 之间的文件 差异详情\n\nDeprecated: the export marks it 废弃 (source and target are taken in the opposite order); use DescribeDifferentBetween2Commits (E1312).",
        deprecated: true,
        request: DescribeDifferentBetweenTwoCommitsRequest,
        response: DescribeDifferentBetweenTwoCommitsResponse,
    }
}
