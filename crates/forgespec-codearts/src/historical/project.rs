//! 7.4 Project (historical): a project's repositories that can be made public (v1).
//!
//! 7.4.2 is encoded by the current 4.9.2 operation (see E224).

use forgespec_core::{New, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Envelope;
use crate::project::{TemplateListInfo, TemplateStatusQuery};

/// 路径参数：一个项目（历史 API）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct HistoricalProjectPath {
    /// 项目ID
    pub project_uuid: String,
}

endpoint! {
    /// 获取一个项目下可以设置为公开状态的仓库列表
    pub struct ListTemplateStatusRepositoriesV1 {
        GET "/v1/projects/{project_uuid}/repositories/template_status",
        id: "listTemplateStatusRepositoriesV1",
        summary: "获取一个项目下可以设置为公开状态的仓库列表",
        description: "获取一个项目下可以设置为公开状态的仓库列表。",
        source: "7.4 Project › 7.4.1 获取一个项目下可以设置为公开状态的仓库列表",
        deprecated: true,
        path: HistoricalProjectPath,
        query: TemplateStatusQuery,
        response: (200, "OK", Envelope<TemplateListInfo>),
    }
}
