//! Pull request labels: the label object, and 12. 创建 Pull Request 标签,
//! 13. 删除 Pull Request 标签, 17. 获取某个 Pull Request 的所有标签.

use forgespec_core::{New, Nullable, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::pulls::{PageQuery, PullRequestPath};

/// 标签。
// E43: one shape for every label of the examples; only `id` and `name` are in all
// of them. E27: the text colour is `text_color` in some examples and `textColor` in
// others; both keys are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Label {
    /// 标签的id。
    pub id: i64,
    /// 标签的颜色，例如 `#008672`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// 标签的名称。
    pub name: String,
    /// 标签的标题。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 标签所属仓库的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_id: Option<i64>,
    /// 标签的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 标签的类型。
    // E55: only ever `null`; typed as a string.
    #[serde(
        default,
        rename = "type",
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub label_type: Option<Nullable<String>>,
    /// 标签的创建时间。
    // E31: a date (`2024-02-23`) or an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// 标签的更新时间。
    // E31: a date (`2024-02-23`) or an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// 标签文字的颜色。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub text_color: Option<Nullable<String>>,
    /// 标签文字的颜色（部分示例中的写法）。
    // E27
    #[serde(default, rename = "textColor", skip_serializing_if = "Option::is_none")]
    pub text_color_camel: Option<String>,
}

/// 创建 Pull Request 标签的请求参数。
// E68: the table lists one body parameter `labels` of type array, so the body is an
// object with a `labels` array, not a bare array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreatePullRequestLabelsRequest {
    /// 添加的标签 如: [“feat”, “bug”]
    // E20: the value example uses curly quotes; as JSON it is `["feat", "bug"]`.
    #[schemars(example = labels_example())]
    pub labels: Vec<String>,
}

fn labels_example() -> [&'static str; 2] {
    ["feat", "bug"]
}

/// 路径参数：Pull Request 的一个（或一批）标签。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct PullRequestLabelPath {
    /// 仓库所属空间地址(组织或个人的地址path)
    pub owner: String,
    /// 仓库路径(path)
    pub repo: String,
    /// 第几个PR,即本仓库PR的序数
    // E6: typed `string` in this table, `integer` elsewhere; an integer.
    pub number: i64,
    /// 标签名称(批量删除用英文逗号分隔,如: bug,feature)
    pub name: String,
}

endpoint! {
    /// 12. 创建 Pull Request 标签
    pub struct CreatePullRequestLabels {
        POST "/repos/{owner}/{repo}/pulls/{number}/labels",
        id: "createPullRequestLabels",
        summary: "创建 Pull Request 标签",
        source: "12. 创建 Pull Request 标签",
        path: PullRequestPath,
        request: CreatePullRequestLabelsRequest,
        // E21: "HTTP status 201 No Content", yet the example shows a body.
        response: (201, "Pull Request 的标签。", Vec<Label>),
    }
}

endpoint! {
    /// 13. 删除 Pull Request 标签
    pub struct DeletePullRequestLabels {
        DELETE "/repos/{owner}/{repo}/pulls/{number}/labels/{name}",
        id: "deletePullRequestLabels",
        summary: "删除 Pull Request 标签",
        source: "13. 删除 Pull Request 标签",
        path: PullRequestLabelPath,
        response: (204, "No Content"),
    }
}

endpoint! {
    /// 17. 获取某个 Pull Request 的所有标签
    pub struct ListPullRequestLabels {
        GET "/repos/{owner}/{repo}/pulls/{number}/labels",
        id: "listPullRequestLabels",
        summary: "获取某个 Pull Request 的所有标签",
        source: "17. 获取某个 Pull Request 的所有标签",
        path: PullRequestPath,
        query: PageQuery,
        response: (200, "Pull Request 的所有标签。", Vec<Label>),
    }
}
