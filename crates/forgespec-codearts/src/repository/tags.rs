//! 4.2.20, 4.2.21, 4.2.28, 4.2.29: tags and protected tags.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CommitRepoV2, RepositoryIdPath, RepositoryPrimaryIdPath};
use crate::common::{BooleanOrString, Envelope, with_error_responses};

/// TagList：指定仓库的标签列表。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagList {
    /// 指定仓库的标签列表
    pub tags: Vec<Tag>,
    /// 指定仓库的标签总数
    pub total: i64,
}

/// Tag：一个标签。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Tag {
    /// 是否与分支重名
    // E59: Boolean in the table, `"false"` in the example; both forms are accepted.
    pub is_double_name: BooleanOrString,
    /// 标签名
    #[schemars(length(min = 1, max = 260))]
    pub name: String,
}

/// 新建标签的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateTagRequest {
    /// 标签名称
    pub tag_name: String,
    /// 分支名称
    #[serde(rename = "ref")]
    pub git_ref: String,
    /// 备注
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// AddTagsResponse：新建的标签。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AddTagsResponse {
    /// 标签名称
    pub name: String,
    /// 备注
    pub message: String,
    /// 提交信息
    pub commit: CommitRepoV2,
}

/// 新建保护 tag 的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateProtectedTagRequest {
    /// 保护tag名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 保护tag创建权限
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_access_level: Option<i64>,
}

/// AddProtectTagResponse：新建的保护 tag。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AddProtectTagResponse {
    /// 保护tag名称
    pub name: String,
    /// 保护tag创建权限
    pub create_access_levels: CreateAccessLevels,
}

/// CreateAccessLevels：保护tag创建权限。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CreateAccessLevels {
    /// 权限
    pub access_level: i64,
    /// 权限描述
    pub access_level_description: String,
}

/// 路径参数：仓库的一个保护 tag。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct ProtectedTagPath {
    /// 仓库主键id
    pub repository_id: i64,
    /// 保护tag名称
    pub name: String,
}

// E39: the URI line writes the parameter `{{repository_id}}`.
endpoint! {
    /// 4.2.20 查询某仓库的标签列表
    pub struct ListTags {
        GET "/v2/repositories/{repository_id}/tags",
        id: "listTags",
        summary: "查询某仓库的标签列表",
        description: "查询指定仓库对应的标签列表。",
        source: "4.2.20 查询某仓库的标签列表",
        path: RepositoryPrimaryIdPath,
        response: (200, "OK", Envelope<TagList>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.21 新建标签
    pub struct CreateTag {
        POST "/v2/repositories/{repository_id}/tags",
        id: "createTag",
        summary: "新建标签",
        description: "新建标签",
        source: "4.2.21 新建标签",
        path: RepositoryIdPath,
        request: CreateTagRequest,
        response: (200, "OK", Envelope<AddTagsResponse>),
        extend: with_error_responses,
    }
}

// E39: the URI line writes the parameter `{{repository_id}}`. E56: the
// request example says `protected_tags`; the URI line is followed.
endpoint! {
    /// 4.2.28 新建保护 tag
    pub struct CreateProtectedTag {
        POST "/v2/repositories/{repository_id}/protected-tags",
        id: "createProtectedTag",
        summary: "新建保护 tag",
        description: "新建保护分tag",
        source: "4.2.28 新建保护 tag",
        path: RepositoryIdPath,
        request: CreateProtectedTagRequest,
        response: (200, "OK", Envelope<AddProtectTagResponse>),
        extend: with_error_responses,
    }
}

// E56
endpoint! {
    /// 4.2.29 删除保护 tag
    pub struct DeleteProtectedTag {
        DELETE "/v2/repositories/{repository_id}/protected-tags/{name}",
        id: "deleteProtectedTag",
        summary: "删除保护 tag",
        description: "删除保护tag",
        source: "4.2.29 删除保护 tag",
        path: ProtectedTagPath,
        response: (200, "OK", Envelope<String>),
        extend: with_error_responses,
    }
}
