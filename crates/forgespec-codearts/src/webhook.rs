//! 4.8 WebHook: a repository's hooks, adding one and deleting one.

use forgespec_core::{EndpointRef, New, Nullable, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{EmptyObject, Envelope, IntegerOrString};

/// The tag (document section) of these operations.
pub const TAG: &str = "WebHook";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "仓库钩子：查询、添加、删除仓库的 webhook。",
    source: "4 API › 4.8 WebHook",
    endpoints: &[
        EndpointRef::of::<ListHooks>(),
        EndpointRef::of::<AddHook>(),
        EndpointRef::of::<DeleteHook>(),
    ],
};

/// 路径参数：一个仓库（组名和仓库名）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoHooksPath {
    /// 组名(克隆地址中域名后面仓库名前的一段示例: git@repo.alpha.devcloud.test.com:Demo00228/testword.git 组名: Demo00228)
    pub group_name: String,
    /// 仓库名
    pub repository_name: String,
}

/// 路径参数：仓库的一个 hook。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct RepoHookPath {
    /// 组名(克隆地址中域名后面仓库名前的一段示例: git@repo.alpha.devcloud.test.com:Demo00228/testword.git 组名: Demo00228)
    pub group_name: String,
    /// 通过id删除指定仓库的hook
    pub hook_id: i64,
    /// 仓库名
    pub repository_name: String,
}

/// 查询指定仓库的 webhook 的查询参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ListHooksQuery {
    /// hook id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
}

/// RepoListHook：hook列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoListHook {
    /// hook列表
    pub hooks: Vec<RepoHook>,
}

/// RepoHook：仓库的一个 hook。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RepoHook {
    /// 是否触发build_events事件
    // Absent from 4.8.1's example, `null` in 4.8.2's.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub build_events: Option<Nullable<bool>>,
    /// 仓库统计创建的时间
    // E259: the description is copied from another table; this is the hook's
    // creation time.
    pub created_at: String,
    /// 是否使用ssl验证
    pub enable_ssl_verification: bool,
    /// hook id
    pub id: i64,
    /// 是否触发issues_events事件
    pub issues_events: bool,
    /// 是否触发merge_requests_events事件
    pub merge_requests_events: bool,
    /// 是否触发note_events事件
    pub note_events: bool,
    /// 是否触发pipeline_events事件
    pub pipeline_events: bool,
    /// 仓库id
    pub project_id: i64,
    /// 是否触发push_events事件
    pub push_events: bool,
    /// 是否触发repository_update_events事件
    pub repository_update_events: bool,
    /// 是否触发tag_push_events事件
    pub tag_push_events: bool,
    /// 是否触发wiki_page_events事件
    pub wiki_page_events: bool,
}

/// 为指定仓库添加 hook 的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct AddHookRequest {
    /// 触发url
    pub hook_url: String,
    /// 事件来源
    // E219: String in the table, `11` in the example.
    pub service: IntegerOrString,
    /// 安全令牌
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// 触发事件
    pub hook_events: Vec<String>,
}

/// 删除 hook 的响应结果：文档写 Object，示例是空字符串。
// E220: `Object` in the table, `""` in the example; both are accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum DeleteHookResult {
    /// 表格给出的对象形式。
    Object(EmptyObject),
    /// 示例给出的字符串形式。
    String(String),
}

endpoint! {
    /// 查询指定仓库的 webhook
    pub struct ListHooks {
        GET "/v1/repositories/{group_name}/{repository_name}/hooks",
        id: "listHooks",
        summary: "查询指定仓库的 webhook",
        description: "获取仓库webhook",
        source: "4.8.1 查询指定仓库的 webhook",
        path: RepoHooksPath,
        query: ListHooksQuery,
        response: (200, "OK", Envelope<RepoListHook>),
    }
}

endpoint! {
    /// 为指定仓库添加 hook
    pub struct AddHook {
        POST "/v1/repositories/{group_name}/{repository_name}/hooks",
        id: "addHook",
        summary: "为指定仓库添加 hook",
        description: "提交代码自动触发编译构建，添加仓库钩子",
        source: "4.8.2 为指定仓库添加 hook",
        path: RepoHooksPath,
        request: AddHookRequest,
        response: (200, "OK", Envelope<RepoHook>),
    }
}

// E221: the request example starts with a stray `null` line; DELETE takes no
// body.
endpoint! {
    /// 删除指定仓库的 hook
    pub struct DeleteHook {
        DELETE "/v1/repositories/{group_name}/{repository_name}/hooks/{hook_id}",
        id: "deleteHook",
        summary: "删除指定仓库的 hook",
        description: "提交代码自动触发编译构建，删除仓库钩子",
        source: "4.8.3 删除指定仓库的 hook",
        path: RepoHookPath,
        response: (200, "OK", Envelope<DeleteHookResult>),
    }
}
