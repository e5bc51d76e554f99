//! 4.2.4, 4.2.5, 4.2.6: a repository's settings — its pipeline-reference status,
//! whether the user administers it, and whether it is a public template.

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::RepositoryUuidPath;
use crate::common::{Envelope, with_error_responses};

/// 设置仓库是公开状态还是私有状态的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct UpdateTemplateStatusRequest {
    /// 模板类型
    pub template_type: String,
    /// 代码模板名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_title: Option<String>,
    /// 创建者名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_name: Option<String>,
    /// 代码模板描述
    // E46: the table breaks the name as `code_descripti on`; the example sends
    // `code_description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_description: Option<String>,
    /// 模板语言
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// 模板平台
    // Spelled `plateform` by both the table and the example: that is the wire name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plateform: Option<Vec<String>>,
    /// 模板类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entertype: Option<Vec<String>>,
}

endpoint! {
    /// 4.2.4 修改被流水线引用的仓库状态
    pub struct UpdateRepositoryPipelineStatus {
        PUT "/v1/repositories/{repository_uuid}/pipeline",
        id: "updateRepositoryPipelineStatus",
        summary: "修改被流水线引用的仓库状态",
        description: "修改被流水线引用的仓库状态",
        source: "4.2.4 修改被流水线引用的仓库状态",
        path: RepositoryUuidPath,
        response: (200, "OK", Envelope<bool>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.5 判断用户是否有仓库的管理员权限
    pub struct CheckRepositoryAdmin {
        GET "/v1/repositories/{repository_uuid}/master",
        id: "checkRepositoryAdmin",
        summary: "判断用户是否有仓库的管理员权限",
        description: "判断用户是否有仓库的管理员权限",
        source: "4.2.5 判断用户是否有仓库的管理员权限",
        path: RepositoryUuidPath,
        response: (200, "OK", Envelope<bool>),
        extend: with_error_responses,
    }
}

endpoint! {
    /// 4.2.6 设置仓库是公开状态还是私有状态
    pub struct UpdateRepositoryTemplateStatus {
        PUT "/v2/repositories/{repository_uuid}/template-status",
        id: "updateRepositoryTemplateStatus",
        summary: "设置仓库是公开状态还是私有状态",
        description: "设置仓库是公开状态还是私有状态",
        source: "4.2.6 设置仓库是公开状态还是私有状态",
        path: RepositoryUuidPath,
        request: UpdateTemplateStatusRequest,
        response: (200, "OK", Envelope<String>),
        extend: with_error_responses,
    }
}
