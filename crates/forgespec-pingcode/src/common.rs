//! Shapes shared by every PingCode resource: the list envelope and paging.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 列表响应：一页数据。
// E5: the document shows this envelope on every list but never describes its
// fields; their meaning here is read off the examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "{T}Page")]
pub struct Page<T> {
    /// 每页的数据条数。
    pub page_size: i64,
    /// 页码，从 0 开始。
    pub page_index: i64,
    /// 数据总条数。
    pub total: i64,
    /// 本页的数据。
    pub values: Vec<T>,
}

/// 分页查询参数。
// E6: no list operation documents paging parameters, yet every list answers with
// a page; the parameters are named after the envelope's own fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageQuery {
    /// 每页的数据条数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 页码，从 0 开始。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_index: Option<i64>,
}

/// PingCode 工作项（引用数据），出现在代码分支、提交、拉取请求、构建和部署的 `work_items` 中。
// E12: the document types `work_items` as `Object[]` and never describes the
// object; every field and its type here is read off the examples, all of which
// carry every key with a non-null value. The field descriptions are ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WorkItemRef {
    /// 工作项的id。
    pub id: String,
    /// 工作项的资源地址。
    pub url: String,
    /// 工作项的编号，例如 `PLM-001`。
    pub identifier: String,
    /// 工作项的标题。
    pub title: String,
    /// 工作项的类型，例如 `story`。
    // E12: no allowed values are documented; an open string.
    #[serde(rename = "type")]
    pub work_item_type: String,
    /// 工作项的开始时间。
    // E13: a 10-digit number with no stated unit: epoch seconds.
    pub start_at: i64,
    /// 工作项的截止时间。
    // E13: a 10-digit number with no stated unit: epoch seconds.
    pub end_at: i64,
    /// 父工作项的id。
    pub parent_id: String,
    /// 工作项的短id，用于 `html_url`。
    pub short_id: String,
    /// 工作项在PingCode中的页面地址。
    pub html_url: String,
    /// 工作项的属性：属性名到属性值。
    // E12: the examples show string values only.
    pub properties: BTreeMap<String, String>,
}
