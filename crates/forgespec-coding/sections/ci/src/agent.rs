//! 持续集成 › custom build agents ("自定义构建节点"): enable or disable a node.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

// ---------------------------------------------------------------- ModifyCodingCIAgentEnable

/// 自定义构建节点启用、禁用：输入参数。
// E700: PoolId, Id and Enable are required. E721: Enable is typed `Bool`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCodingCIAgentEnableRequest {
    /// 公共参数,本接口取值:ModifyCodingCIAgentEnable。
    pub action: Action<ModifyCodingCIAgentEnable>,
    /// 节点池 ID。
    pub pool_id: i64,
    /// 节点 ID
    pub id: i64,
    /// 启用 true,禁用 false。
    pub enable: bool,
}

actions! {
    /// 自定义构建节点启用、禁用
    ModifyCodingCIAgentEnable {
        summary: "自定义构建节点启用、禁用",
        source: "自定义构建节点启用、禁用",
        request: ModifyCodingCIAgentEnableRequest,
        response: RequestIdResponse,
    }
}
