//! 9. 获取项目下所有pr: review data of a list of pull requests.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::AnyObject;

/// 路径参数：一个空间（组织或个人）。
// E7: the URL has `{owner}` but the table does not list it; the description is the
// one the other tables give `owner`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct OwnerPath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
}

/// 获取项目下所有pr的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListRelatedReviewDataQuery {
    /// pr id
    pub pr_ids: String,
}

/// Pull Request 的检视数据。
// E43: fields read off the one example; the descriptions are ours. The wire names
// are camelCase with two oddities kept as they are (E39).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RelatedReviewData {
    /// 提交者的名称。
    pub committer_name: String,
    /// 提交者的邮箱。
    // E39: the wire name starts with a capital letter.
    #[serde(rename = "CommitterEmail")]
    pub committer_email: String,
    /// 子系统（仓库的完整路径）。
    // E39: the wire name is `sUbSystem`.
    #[serde(rename = "sUbSystem")]
    pub sub_system: String,
    /// 提交者是否为华为员工。
    #[serde(rename = "isHWEmployee")]
    pub is_hw_employee: bool,
    /// Pull Request 的id。
    pub pr_id: i64,
    /// Pull Request 的序数。
    pub pr: i64,
    /// Pull Request 的状态，例如 `merged`。
    pub pr_state: String,
    /// Pull Request 页面的地址。
    pub pr_link: String,
    /// 新增的行数。
    pub changed_additions: i64,
    /// 删除的行数。
    pub changed_deletions: i64,
    /// 关联的 Issue 编号。
    pub issue_no: String,
    /// 检视时间。
    pub review_time: String,
    /// Pull Request 的缺陷数。
    pub pr_bug_count: i64,
    /// 缺陷总数。
    pub sum_pr_bug_count: i64,
    /// Pull Request 的缺陷列表。
    // E40: only ever `{}`; an object of unknown shape.
    pub pr_bug_list: AnyObject,
    /// 检视用时。
    // E41: a fraction (`0.5`).
    pub pr_review_time: f64,
    /// 评论数。
    pub note_count: i64,
}

endpoint! {
    /// 9. 获取项目下所有pr
    pub struct ListRelatedReviewData {
        GET "/repos/{owner}/pulls/related_review_data",
        id: "listRelatedReviewData",
        // E8: the title says "all PRs of a project"; the operation returns review
        // data of the PRs named by `pr_ids`.
        summary: "获取项目下所有pr",
        source: "9. 获取项目下所有pr",
        path: OwnerPath,
        query: ListRelatedReviewDataQuery,
        response: (200, "Pull Request 的检视数据。", Vec<RelatedReviewData>),
    }
}
