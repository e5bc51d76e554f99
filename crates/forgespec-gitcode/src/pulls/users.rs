//! The people a pull request mentions: users, assignees (审查人员), approvers and the
//! fuller user object of merge-request payloads.
//!
//! The document has no field tables; every field here is read off its examples, and
//! the descriptions are ours (E43).

use forgespec_core::Nullable;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Id;

/// 用户（以 `login` 标识的用户对象）。
// E43: one shape for every login-keyed user of the examples: the pull request's
// `user`, the repository `owner`/`assigner`, testers, comment, issue, commit and
// operate-log users. Only `id` and `login` appear in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct User {
    /// 用户的id。
    // E26: integer or string.
    pub id: Id,
    /// 用户的登录名（个人空间地址）。
    pub login: String,
    /// 用户的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 用户的GitCode内部id（IAM id）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iam_id: Option<String>,
    /// 用户的昵称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    /// 用户的状态，例如 `active`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub state: Option<Nullable<String>>,
    /// 用户头像的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// 用户头像的路径。
    // E54: only ever `null` in the examples; typed as a string like `avatar_url`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub avatar_path: Option<Nullable<String>>,
    /// 用户的邮箱（可能为空字符串）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub email: Option<Nullable<String>>,
    /// 用户的中文名（显示名）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub name_cn: Option<Nullable<String>>,
    /// 用户主页的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
    /// 用户主页的地址（操作日志中的写法）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
    /// 用户所属租户的名称。
    // E54: only ever `null` in the examples; typed as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub tenant_name: Option<Nullable<String>>,
    /// 用户是否为成员。
    // E54: only ever `null` in the examples; typed as a boolean.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub is_member: Option<Nullable<bool>>,
}

/// 审查人员（Pull Request 的 `assignees` 中的一项）。
// E43: the user object plus the reviewer flags; `assignee` is spelled `assigness` in
// 获取单个Pull Request (E29), and both keys are accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assignee {
    /// 审查人员的id。
    // E26: a hex string in one example, an integer in another.
    pub id: Id,
    /// 审查人员的登录名。
    pub login: String,
    /// 审查人员的名称。
    pub name: String,
    /// 审查人员的审查状态，例如 `optional`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 审查人员头像的地址。
    pub avatar_url: String,
    /// 审查人员头像的路径。
    // E54: only ever `null`; typed as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub avatar_path: Option<Nullable<String>>,
    /// 审查人员的邮箱。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub email: Option<Nullable<String>>,
    /// 审查人员的中文名（显示名）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_cn: Option<String>,
    /// 审查人员主页的地址。
    pub html_url: String,
    /// 是否为指派的审查人员。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<bool>,
    /// 是否为指派的审查人员（获取单个Pull Request 的示例中的拼写）。
    // E29: the misspelling is kept as its own key so that the example round-trips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigness: Option<bool>,
    /// 是否为代码负责人（code owner）。
    pub code_owner: bool,
    /// 是否已通过审查。
    pub accept: bool,
}

/// 用户（以 `username` 标识的用户对象，见于创建 Pull Request 的响应）。
// E43: the merge-request payload of 创建Pull Request carries its `author` and the
// projects' `creator` in this shape (`username`, `web_url`, integer `id`), unlike
// the login-keyed `User`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UserBasic {
    /// 用户的id。
    pub id: i64,
    /// 用户的名称。
    pub name: String,
    /// 用户的登录名。
    pub username: String,
    /// 用户的GitCode内部id（IAM id）。
    pub iam_id: String,
    /// 用户的昵称。
    pub nick_name: String,
    /// 用户的状态，例如 `active`。
    pub state: String,
    /// 用户头像的地址。
    pub avatar_url: String,
    /// 用户头像的路径。
    // E54: only ever `null`; typed as a string.
    pub avatar_path: Nullable<String>,
    /// 用户的邮箱。
    pub email: String,
    /// 用户的中文名（显示名）。
    pub name_cn: String,
    /// 用户主页的地址。
    pub web_url: String,
    /// 用户所属租户的名称。
    // E54: only ever `null`; typed as a string.
    pub tenant_name: Nullable<String>,
    /// 用户是否为成员。
    // E54: only ever `null`; typed as a boolean.
    pub is_member: Nullable<bool>,
}

/// 审批人、审查人或测试人（`approval_merge_request_*` 列表中的一项）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApprovalUser {
    /// 用户的id。
    pub id: i64,
    /// 用户的登录名。
    pub username: String,
    /// 用户的名称。
    pub name: String,
    /// 用户的昵称。
    pub nick_name: Nullable<String>,
    /// 用户的中文名（显示名）。
    pub name_cn: String,
    /// 用户的邮箱。
    // E54: only ever `null`; typed as a string.
    pub email: Nullable<String>,
    /// 审批状态，例如 `approve`、`optional`。
    // E42: not documented; the examples show `approve` and `optional`, so it stays
    // an open string.
    pub state: String,
    /// 是否为代码负责人（code owner）。
    pub is_codeowner: bool,
    /// 审批状态的更新时间。
    pub updated_at: String,
    /// 用户头像的地址。
    pub avatar_url: Nullable<String>,
}
