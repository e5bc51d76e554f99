//! 代码托管 › 标签: create, describe, list and delete a depot's tags, and the
//! rules that protect them.
//!
//! Required input parameters follow E1/E200: besides `Action`, the depot (`DepotId`)
//! and what identifies or defines the tag or rule the Action acts on.

use forgespec_core::{Action, New, wire::AnyValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// GitTag：标签。
// E503: the document names GitTag in five Actions and defines it twice (查询含有某次提交
// 的标签列表 and 查询受保护的标签列表, with two wordings of `Message`); one shape, one
// schema. `Commit` is carried only by DescribeGitTags' example (E502).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitTag {
    /// 标签名
    pub tag_name: String,
    /// 标签描述信息(如果描述信息为空,默认显示最后一次提交的信息)
    pub message: String,
    /// 标签指向的提交（表格未列出，见于查询仓库所有标签的示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<GitTagCommit>,
}

/// 标签指向的提交（查询仓库所有标签）。
// E502: no table; read off DescribeGitTags' example, descriptions in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitTagCommit {
    /// 提交信息的第一行。
    pub short_message: String,
    /// 提交的 Sha 值。
    pub sha: String,
    /// 提交时间（毫秒时间戳）。
    pub commit_date: i64,
    /// 创建时间（毫秒时间戳）。
    pub created_at: i64,
    /// 作者名字。
    pub author_name: String,
    /// 作者邮箱。
    pub author_email: String,
    /// 提交者名字。
    pub committer_name: String,
    /// 提交者邮箱。
    pub committer_email: String,
    /// 父提交列表。
    // E504: every example sends an empty array, so the items' shape is unknown.
    pub parents: Vec<AnyValue>,
}

// ---------------------------------------------------------------- CreateGitTag

/// 创建标签：输入参数。
// E225: the table omits Action. E200: DepotId, TagName and StartPoint are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitTagRequest {
    /// 公共参数,本接口取值:CreateGitTag
    pub action: Action<CreateGitTag>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 创建来源
    pub start_point: String,
    /// tag 名称
    pub tag_name: String,
    /// 描述
    // E500: the example sends `message` (lower case); the table's `Message` is encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 仓库路径，DepotId与DepotPath二选一即可（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DeleteGitTag

/// 删除标签：输入参数。
// E225: the table omits Action. E200: DepotId and TagName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitTagRequest {
    /// 公共参数,本接口取值:DeleteGitTag
    pub action: Action<DeleteGitTag>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// tag 名称
    pub tag_name: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DescribeGitTag

/// 查询指定标签：输入参数。
// E225: the table omits Action. E200: DepotId and TagName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagRequest {
    /// 公共参数,本接口取值:DescribeGitTag
    pub action: Action<DescribeGitTag>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// tag 名称
    pub tag_name: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询指定标签：输出参数。
// E226: the table omits RequestId; the example carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagResponse {
    /// tag
    pub git_tag: GitTag,
}

// ---------------------------------------------------------------- DescribeGitTags

/// 查询仓库所有标签：输入参数。
// E225: the table omits Action. E200: DepotId is required. E501: the example sends
// Page, PageSize, KeyWord and DepotPath, which the table does not list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsRequest {
    /// 公共参数,本接口取值:DescribeGitTags
    pub action: Action<DescribeGitTags>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 页码（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// 每页数量（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 按标签名过滤的关键词（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_word: Option<String>,
    /// 仓库路径,例如 team-name/project-name/depot-name（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询仓库所有标签：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsResponse {
    /// tag 集合
    // E505: typed GitTag; the example sends an array.
    pub git_tags: Vec<GitTag>,
}

// ---------------------------------------------------------------- DescribeGitTagsByBranch

/// 根据分支获取标签列表：输入参数。
// E225: the table omits Action. E200: Branch and DepotId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsByBranchRequest {
    /// 公共参数,本接口取值:DescribeGitTagsByBranch
    pub action: Action<DescribeGitTagsByBranch>,
    /// 合并请求 id
    // E506: a copy-paste description (the example sends a branch name), kept
    // verbatim as E40 decides.
    pub branch: String,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 根据分支获取标签列表：输出参数。
// E226: the table omits RequestId.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsByBranchResponse {
    /// 标签列表
    // E505: typed String; the example sends an array of strings.
    pub tags: Vec<String>,
}

// ---------------------------------------------------------------- DescribeGitTagsBySha

/// 查询含有某次提交的标签列表：输入参数。
// E225: the table omits Action. E200: DepotId and Sha are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsByShaRequest {
    /// 公共参数,本接口取值:DescribeGitTagsBySha
    pub action: Action<DescribeGitTagsBySha>,
    /// 仓库 Id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 提交 Id
    pub sha: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询含有某次提交的标签列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitTagsByShaResponse {
    /// 标签列表
    pub git_tags: Vec<GitTag>,
}

// ---------------------------------------------------------------- DescribeGitProtectedTags

/// 查询受保护的标签列表：输入参数。
// E225: the table omits Action. E200: DepotId is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProtectedTagsRequest {
    /// 公共参数,本接口取值:DescribeGitProtectedTags
    pub action: Action<DescribeGitProtectedTags>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 查询受保护的标签列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProtectedTagsResponse {
    /// 标签列表
    pub git_tags: Vec<GitTag>,
}

// ---------------------------------------------------------------- DescribeGitProtectedTagsByRule

/// 根据标签保护规则查询受保护的标签列表：输入参数。
// E225: the table omits Action. E200: DepotId and Rule are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProtectedTagsByRuleRequest {
    /// 公共参数,本接口取值:DescribeGitProtectedTagsByRule
    pub action: Action<DescribeGitProtectedTagsByRule>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护规则
    pub rule: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 根据标签保护规则查询受保护的标签列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGitProtectedTagsByRuleResponse {
    /// 标签列表
    pub git_tags: Vec<GitTag>,
}

// ---------------------------------------------------------------- CreateGitProtectedTagRule

/// 创建标签保护规则：输入参数。
// E225: the table omits Action. E200: DepotId and Rule are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitProtectedTagRuleRequest {
    /// 公共参数,本接口取值:CreateGitProtectedTagRule
    pub action: Action<CreateGitProtectedTagRule>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护规则
    pub rule: String,
    /// 仓库路径，与仓库ID二选一（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- CreateGitProtectedTagRules

/// 批量创建标签保护规则：输入参数。
// E225: the table omits Action. E200: DepotId and Rule are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitProtectedTagRulesRequest {
    /// 公共参数,本接口取值:CreateGitProtectedTagRules
    pub action: Action<CreateGitProtectedTagRules>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护规则列表
    pub rule: Vec<String>,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

// ---------------------------------------------------------------- DeleteGitProtectedTagRule

/// 删除标签保护规则：输入参数。
// E225: the table omits Action. E200: DepotId and Rule are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGitProtectedTagRuleRequest {
    /// 公共参数,本接口取值:DeleteGitProtectedTagRule
    pub action: Action<DeleteGitProtectedTagRule>,
    /// 仓库 id
    // E1400: optional beside DepotPath.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 保护规则
    pub rule: String,
    /// 仓库路径（CODING OpenAPI export）
    // E1400: the depot by its path, the alternative to DepotId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_path: Option<String>,
}

/// 创建标签：输出参数（CODING OpenAPI export）。
// E1401: the help document's example answers only RequestId (E226); the export's
// schema and example add the tag created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGitTagResponse {
    /// tag的详细信息（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_tag: Option<GitTag>,
}

actions! {
    // E226: no output table; the example carries RequestId. E1401: the export
    // adds GitTag.
    /// 创建标签
    CreateGitTag {
        summary: "创建标签",
        source: "标签 › 创建标签",
        request: CreateGitTagRequest,
        response: CreateGitTagResponse,
    }

    // E226: no output table; the example carries RequestId.
    /// 删除标签
    DeleteGitTag {
        summary: "删除标签",
        source: "标签 › 删除标签",
        request: DeleteGitTagRequest,
        response: RequestIdResponse,
    }

    /// 查询指定标签
    DescribeGitTag {
        summary: "查询指定标签",
        source: "标签 › 查询指定标签",
        request: DescribeGitTagRequest,
        response: DescribeGitTagResponse,
    }

    /// 查询仓库所有标签
    DescribeGitTags {
        summary: "查询仓库所有标签",
        source: "标签 › 查询仓库所有标签",
        request: DescribeGitTagsRequest,
        response: DescribeGitTagsResponse,
    }

    /// 根据分支获取标签列表
    DescribeGitTagsByBranch {
        summary: "根据分支获取标签列表",
        source: "标签 › 根据分支获取标签列表",
        request: DescribeGitTagsByBranchRequest,
        response: DescribeGitTagsByBranchResponse,
    }

    /// 查询含有某次提交的标签列表
    DescribeGitTagsBySha {
        summary: "查询含有某次提交的标签列表",
        source: "标签 › 查询含有某次提交的标签列表",
        request: DescribeGitTagsByShaRequest,
        response: DescribeGitTagsByShaResponse,
    }

    /// 查询受保护的标签列表
    DescribeGitProtectedTags {
        summary: "查询受保护的标签列表",
        source: "标签 › 查询受保护的标签列表",
        request: DescribeGitProtectedTagsRequest,
        response: DescribeGitProtectedTagsResponse,
    }

    /// 根据标签保护规则查询受保护的标签列表
    DescribeGitProtectedTagsByRule {
        summary: "根据标签保护规则查询受保护的标签列表",
        source: "标签 › 根据标签保护规则查询受保护的标签列表",
        request: DescribeGitProtectedTagsByRuleRequest,
        response: DescribeGitProtectedTagsByRuleResponse,
    }

    /// 创建标签保护规则
    CreateGitProtectedTagRule {
        summary: "创建标签保护规则",
        source: "标签 › 创建标签保护规则",
        request: CreateGitProtectedTagRuleRequest,
        response: RequestIdResponse,
    }

    /// 批量创建标签保护规则
    CreateGitProtectedTagRules {
        summary: "批量创建标签保护规则",
        source: "标签 › 批量创建标签保护规则",
        request: CreateGitProtectedTagRulesRequest,
        response: RequestIdResponse,
    }

    /// 删除标签保护规则
    DeleteGitProtectedTagRule {
        summary: "删除标签保护规则",
        source: "标签 › 删除标签保护规则",
        request: DeleteGitProtectedTagRuleRequest,
        response: RequestIdResponse,
    }
}
