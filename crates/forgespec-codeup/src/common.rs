//! Shapes shared by Codeup resources: the user (用户信息) and the path parameters
//! that locate a repository in both deployment editions.

use forgespec_core::New;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// 用户状态:active - 激活可用;blocked - 阻塞暂不可用。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(example = &"active")]
pub enum UserState {
    /// 激活可用
    Active,
    /// 阻塞暂不可用
    Blocked,
}

/// 用户信息。
// The document describes this shape twice, under `author` and under
// `subscribers` (and a superset under `reviewers`, see `Reviewer`); one type
// serves both places.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// 用户头像地址。
    #[schemars(example = &"https://example/example/w/100/h/100")]
    pub avatar: String,
    /// 用户邮箱。
    // E17: the rows of this field have no name cell; the name comes from the example.
    #[schemars(example = &"username@example.com")]
    pub email: String,
    /// 用户名称。
    #[schemars(example = &"codeup-name")]
    pub name: String,
    /// 用户状态:active - 激活可用;blocked - 阻塞暂不可用。
    pub state: UserState,
    /// 云效用户 ID。
    #[schemars(example = &"62c795xxxb468af8")]
    pub user_id: String,
    /// 用户登录名。
    #[schemars(example = &"codeup-username")]
    pub username: String,
}

/// 路径参数（中心版）：组织下的一个代码库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationRepositoryPath {
    /// 组织 ID。
    #[schemars(example = &"60d54f3daccf2bbd6659f3ad")]
    pub organization_id: String,
    /// 代码库 ID 或者 URL-Encoder 编码的全路径。
    // E9: the document's example value is "2813489或者60de7a6852743a5162b5f957%2FDemoRepo",
    // two alternatives joined by 或者 ("or"); they are two examples.
    // E25: the examples are parameter values; the client percent-encodes the `/`.
    #[schemars(example = &"2813489", example = &"60de7a6852743a5162b5f957/DemoRepo")]
    pub repository_id: String,
}

/// 路径参数（Region版）：一个代码库。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "camelCase")]
pub struct RepositoryPath {
    /// 代码库 ID 或者 URL-Encoder 编码的全路径。
    // E9, E25: two alternative examples, as in `OrganizationRepositoryPath`.
    #[schemars(example = &"2813489", example = &"60de7a6852743a5162b5f957/DemoRepo")]
    pub repository_id: String,
}
