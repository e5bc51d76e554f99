//! 4.10 v2 仓库管理: creating a branch.

use forgespec_core::{EndpointRef, New, Section, endpoint};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::Envelope;
use crate::repository::AddProtectResponse;

/// The tag (document section) of these operations.
pub const TAG: &str = "v2 仓库管理";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "仓库管理：创建分支。",
    source: "4 API › 4.10 v2 仓库管理 › 4.10.1 创建分支",
    endpoints: &[EndpointRef::of::<CreateBranch>()],
};

/// 路径参数：一个仓库（仓库的主键id）。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateBranchPath {
    /// 仓库的主键id
    // E225: String in this table, Integer (仓库主键id / 仓库短id) in most others on
    // the same resource, including GET of this very path (4.2.30); an integer.
    pub repository_id: i64,
}

/// 创建分支的请求 Body。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
pub struct CreateBranchRequest {
    /// 分支名称
    pub branch_name: String,
    /// 源分支名称
    #[serde(rename = "ref")]
    pub ref_name: String,
}

endpoint! {
    /// 创建分支
    pub struct CreateBranch {
        POST "/v2/repositories/{repository_id}/branches",
        id: "createBranch",
        summary: "创建分支",
        description: "根据仓库id在指定仓库中创建分支",
        path: CreateBranchPath,
        request: CreateBranchRequest,
        response: (200, "ok", Envelope<AddProtectResponse>),
    }
}
