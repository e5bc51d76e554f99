//! Repositories as pull requests show them: the short repository of a branch ref,
//! the full project of a merge request, and their namespace.
//!
//! The document has no field tables; every field here is read off its examples, and
//! the descriptions are ours (E43).

use forgespec_core::Nullable;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{AnyObject, AnyValue};
use crate::pulls::users::{User, UserBasic};

/// 命名空间：仓库所属的组织或个人空间。
// E37: 企业 Pull Request 列表 writes it as `name_space` with only `path`; the other
// examples carry the full object under `namespace`. Only `path` is in every example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Namespace {
    /// 命名空间的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// 命名空间的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 命名空间的路径。
    pub path: String,
    /// 研发模式，例如 `normal`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub develop_mode: Option<String>,
    /// 区域。
    // E56: only ever `null`; typed as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub region: Option<Nullable<String>>,
    /// 单元，例如 `default`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// 命名空间的类型，例如 `group`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// 命名空间的完整路径。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_path: Option<String>,
    /// 命名空间的完整名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// 上级命名空间的id。
    // E56: only ever `null`; typed as an integer id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub parent_id: Option<Nullable<i64>>,
    /// 可见级别，例如 `20`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility_level: Option<i64>,
    /// 是否启用文件管控。
    // E56: only ever `null`; typed as a boolean.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub enable_file_control: Option<Nullable<bool>>,
    /// 所有者的id。
    // E56: only ever `null`; typed as an integer id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub owner_id: Option<Nullable<i64>>,
}

/// 仓库（Pull Request 源分支或目标分支所在的仓库）。
// E43: one shape for the `repo` of every branch ref; the three examples that show it
// carry very different key sets, and only `path` is in all of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Repository {
    /// 仓库的id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// 仓库的完整路径。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_path: Option<String>,
    /// 仓库的完整名称（含命名空间）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_name: Option<String>,
    /// 仓库的名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 仓库的路径。
    pub path: String,
    /// 仓库的描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 仓库所属的命名空间。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<Namespace>,
    /// 仓库所属的命名空间（企业 Pull Request 列表中的写法）。
    // E37: kept as its own key so that the example round-trips.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_space: Option<Namespace>,
    /// 仓库的所有者。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<User>,
    /// 仓库的负责人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigner: Option<User>,
    /// 是否为私有仓库。
    // E57: only ever `null`; typed as a boolean like `internal`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub private: Option<Nullable<bool>>,
    /// 是否为公开仓库。
    // E57: only ever `null`; typed as a boolean like `internal`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub public: Option<Nullable<bool>>,
    /// 是否为内部仓库。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
}

/// 仓库的开源许可证。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct License {
    /// 许可证的标识，例如 `Apache_License_v2.0`。
    pub key: String,
    /// 许可证的名称。
    // E60: only ever `null`; typed as a string.
    pub name: Nullable<String>,
    /// 许可证的简称。
    // E60: only ever `null`; typed as a string.
    pub nickname: Nullable<String>,
    /// 许可证页面的地址。
    // E60: only ever `null`; typed as a string.
    pub html_url: Nullable<String>,
    /// 许可证原文的地址。
    // E60: only ever `null`; typed as a string.
    pub source_url: Nullable<String>,
}

/// 项目（仓库的完整数据，见于创建 Pull Request 的响应）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Project {
    /// 项目的id。
    pub id: i64,
    /// 项目的描述。
    pub description: String,
    /// 项目的名称。
    pub name: String,
    /// 项目的完整名称（含命名空间）。
    pub name_with_namespace: String,
    /// 项目的路径。
    pub path: String,
    /// 项目的完整路径（含命名空间）。
    pub path_with_namespace: String,
    /// 研发模式，例如 `normal`。
    pub develop_mode: String,
    /// 项目的创建时间。
    pub created_at: String,
    /// 项目的更新时间。
    pub updated_at: String,
    /// 项目是否已归档。
    pub archived: bool,
    /// 是否为关键信息资产（KIA）。
    pub is_kia: bool,
    /// SSH 克隆地址。
    pub ssh_url_to_repo: String,
    /// HTTPS 克隆地址。
    pub http_url_to_repo: String,
    /// 项目主页的地址。
    pub web_url: String,
    /// README 文件的地址。
    pub readme_url: String,
    /// 所属产品的id。
    pub product_id: String,
    /// 所属产品的名称。
    // E63: only ever `null`; typed as a string.
    pub product_name: Nullable<String>,
    /// 成员管理模式，例如 `3`。
    pub member_mgnt_mode: i64,
    /// 默认分支。
    pub default_branch: String,
    /// 项目的标签列表。
    // E53: only ever empty; typed as a list of strings.
    pub tag_list: Vec<String>,
    /// 许可证文件的地址。
    // E63: only ever `null`; typed as a string.
    pub license_url: Nullable<String>,
    /// 项目的开源许可证。
    pub license: License,
    /// 项目头像的地址。
    // E63: only ever `null`; typed as a string.
    pub avatar_url: Nullable<String>,
    /// 星标数。
    pub star_count: i64,
    /// 派生（fork）数。
    pub forks_count: i64,
    /// 打开的 Issue 数。
    pub open_issues_count: i64,
    /// 打开的合并请求数。
    pub open_merge_requests_count: i64,
    /// 打开的变更请求数。
    // E63: only ever `null`; typed as a count.
    pub open_change_requests_count: Nullable<i64>,
    /// 关注（watch）数。
    pub watch_count: i64,
    /// 最近一次活动的时间。
    pub last_activity_at: String,
    /// 项目所属的命名空间。
    pub namespace: Namespace,
    /// 项目是否为空仓库。
    pub empty_repo: bool,
    /// 当前用户是否已星标。
    pub starred: bool,
    /// 可见性，例如 `public`。
    pub visibility: String,
    /// 安全级别，例如 `internal`。
    pub security: String,
    /// 是否更新过关键信息资产（KIA）标记。
    pub has_updated_kia: bool,
    /// 网络类型，例如 `green`。
    pub network_type: String,
    /// 项目的所有者。
    // E52: only ever `null`; typed as the user shape of this payload.
    pub owner: Nullable<UserBasic>,
    /// 项目的创建者。
    pub creator: UserBasic,
    /// 创建者的id。
    pub creator_id: i64,
    /// 派生来源的项目。
    // E51: only ever `null`; an object of unknown shape.
    pub forked_from_project: Nullable<AnyObject>,
    /// 条目类型，例如 `Project`。
    pub item_type: String,
    /// 主要语言：语言名称和显示颜色。
    // E66: a two-element array `[name, color]`, typed as a list of strings.
    pub main_repository_language: Vec<String>,
    /// 镜像项目的数据。
    // E51: only ever `null`; an object of unknown shape.
    pub mirror_project_data: Nullable<AnyObject>,
    /// 项目的统计数据。
    // E51: only ever `null`; an object of unknown shape.
    pub statistics: Nullable<AnyObject>,
    /// 分支数。
    // E63: only ever `null`; typed as a count.
    pub branch_count: Nullable<i64>,
    /// 标签（tag）数。
    // E63: only ever `null`; typed as a count.
    pub tag_count: Nullable<i64>,
    /// 成员数。
    // E63: only ever `null`; typed as a count.
    pub member_count: Nullable<i64>,
    /// 仓库副本的地址。
    // E51: only ever `null`; any JSON value.
    pub repo_replica_urls: AnyValue,
    /// 是否开启外部 Wiki。
    pub open_external_wiki: bool,
    /// 发行版数。
    // E63: only ever `null`; typed as a count.
    pub release_count: Nullable<i64>,
}
