//! 交付 › 环境: the deploy environments of an enterprise, shown in PingCode with
//! their deploys.

use forgespec_core::{Nullable, Operation};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{Page, PageQuery};

/// The tag (document section) of these operations.
pub const TAG: &str = "环境";

/// 环境：企业内实际的部署环境。（全量数据）
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironment {
    /// 环境的id。
    pub id: String,
    /// 环境的资源地址。
    pub url: String,
    /// 环境的名称。
    pub name: String,
    /// 环境的真实地址。
    // E62: optional when the environment is created or updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "forgespec_core::Nullable::present"
    )]
    pub html_url: Option<Nullable<String>>,
}

/// 环境（引用数据）。
///
/// 在部署的 `environment` 字段中出现。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironmentRef {
    /// 环境的id。
    pub id: String,
    /// 环境的资源地址。
    pub url: String,
    /// 环境的名称。
    pub name: String,
}

/// 路径参数：一个环境。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironmentPath {
    /// 环境的id。
    pub env_id: String,
}

/// 创建或全量更新一个环境的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironmentRequest {
    /// 环境的名称。同一团队内，环境的名称是唯一的。
    pub name: String,
    /// 环境的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 部分更新一个环境的请求参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReleaseEnvironmentPatch {
    /// 环境的名称。同一团队内，环境的名称是唯一的。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 环境的地址。如果为空，在PingCode中不显示相关跳转链接。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// 获取环境列表的查询参数。
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ListReleaseEnvironmentsQuery {
    /// 环境的名称。
    // E72: the table marks `name` required; a filter that must always be given
    // would make listing all environments impossible, so it is optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 分页。
    // E6
    #[serde(flatten)]
    pub page: PageQuery,
}

const SOURCE: &str = "交付 › 环境";

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("getReleaseEnvironment", "/release/environments/{env_id}")
            .tag(TAG)
            .summary("获取一个环境")
            .description("环境的资源地址：返回一个环境的全量数据。")
            .source(SOURCE)
            .path_params::<ReleaseEnvironmentPath>()
            .response::<ReleaseEnvironment>(200, "环境（全量数据）。"),
        Operation::post("createReleaseEnvironment", "/release/environments")
            .tag(TAG)
            .summary("创建一个环境")
            .source(SOURCE)
            .request::<ReleaseEnvironmentRequest>()
            .response::<ReleaseEnvironment>(200, "创建的环境。"),
        Operation::put("updateReleaseEnvironment", "/release/environments/{env_id}")
            .tag(TAG)
            .summary("全量更新一个环境")
            .source(SOURCE)
            .path_params::<ReleaseEnvironmentPath>()
            .request::<ReleaseEnvironmentRequest>()
            .response::<ReleaseEnvironment>(200, "更新后的环境。"),
        Operation::patch("patchReleaseEnvironment", "/release/environments/{env_id}")
            .tag(TAG)
            .summary("部分更新一个环境")
            .source(SOURCE)
            .path_params::<ReleaseEnvironmentPath>()
            .request::<ReleaseEnvironmentPatch>()
            .response::<ReleaseEnvironment>(200, "更新后的环境。"),
        Operation::get("listReleaseEnvironments", "/release/environments")
            .tag(TAG)
            .summary("获取环境列表")
            .source(SOURCE)
            .query::<ListReleaseEnvironmentsQuery>()
            .response::<Page<ReleaseEnvironment>>(200, "环境列表的一页。"),
        Operation::delete("deleteReleaseEnvironment", "/release/environments/{env_id}")
            .tag(TAG)
            .summary("删除一个环境")
            .description("删除环境之前，需要先删除与该环境关联的部署。")
            .source(SOURCE)
            .path_params::<ReleaseEnvironmentPath>()
            .response::<ReleaseEnvironment>(200, "删除的环境。"),
    ]
}
