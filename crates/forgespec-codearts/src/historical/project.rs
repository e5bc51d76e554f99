//! 7.4 Project (historical): a project's repositories that can be made public (v1).
//!
//! 7.4.2 is encoded by the current 4.9.2 operation (see E224).

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::TAG;
use crate::common::Envelope;
use crate::project::{TemplateListInfo, TemplateStatusQuery};

/// 路径参数：一个项目（历史 API）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct HistoricalProjectPath {
    /// 项目ID
    pub project_uuid: String,
}

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get(
            "listTemplateStatusRepositoriesV1",
            "/v1/projects/{project_uuid}/repositories/template_status",
        )
        .tag(TAG)
        .summary("获取一个项目下可以设置为公开状态的仓库列表")
        .description("获取一个项目下可以设置为公开状态的仓库列表。")
        .source("7 历史 API › 7.4 Project › 7.4.1 获取一个项目下可以设置为公开状态的仓库列表")
        .deprecated()
        .path_params::<HistoricalProjectPath>()
        .query::<TemplateStatusQuery>()
        .response::<Envelope<TemplateListInfo>>(200, "OK"),
    ]
}
