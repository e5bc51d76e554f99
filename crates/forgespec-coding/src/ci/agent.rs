//! 持续集成 › custom build agents ("自定义构建节点"): enable or disable a node.

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::action;
use crate::common::{Envelope, RequestIdResponse};

// ---------------------------------------------------------------- ModifyCodingCIAgentEnable

/// 自定义构建节点启用、禁用：输入参数。
// E700: PoolId, Id and Enable are required. E721: Enable is typed `Bool`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCodingCIAgentEnableRequest {
    /// 公共参数,本接口取值:ModifyCodingCIAgentEnable。
    pub action: String,
    /// 节点池 ID。
    pub pool_id: i64,
    /// 节点 ID
    pub id: i64,
    /// 启用 true,禁用 false。
    pub enable: bool,
}

/// The operations of this module, in the document's order.
pub fn operations() -> Vec<Operation> {
    vec![
        action(
            "ModifyCodingCIAgentEnable",
            "自定义构建节点启用、禁用",
            "API REFERENCE › 持续集成 › 自定义构建节点启用、禁用",
        )
        .request::<ModifyCodingCIAgentEnableRequest>()
        .response::<Envelope<RequestIdResponse>>(200, "成功"),
    ]
}
