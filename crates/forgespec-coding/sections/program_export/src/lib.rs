//! 项目集 (CODING OpenAPI export): the programs, the projects of a program, and the policies of a program's members.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 项目集相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

use forgespec_core::{Action, EndpointRef, New, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;
use crate::program::ProgramData;
use crate::project_export::principal::PrincipalType;
use forgespec_coding_program as program;
use forgespec_coding_project_export as project_export;

/// The tag (the export's group) of these operations.
pub const TAG: &str = "项目集相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Programs, a program's projects and its members' policies: the Actions of the export's 项目集相关接口 that the help document (项目集) lacks.",
    source: "CODING OpenAPI export › 项目集相关接口",
    endpoints: &[
        EndpointRef::of::<DescribeProgramProjects>(),
        EndpointRef::of::<CreateProgramProjects>(),
        EndpointRef::of::<DescribePrograms>(),
        EndpointRef::of::<DeleteProgramMemberPolicy>(),
        EndpointRef::of::<CreateProgramMemberPolicy>(),
    ],
};

/// 项目集分页参数
// E1341: the export names it ProgramData, the name of the help document's program shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProgramPage {
    /// 请求页数
    pub page_number: i64,
    /// 请求条数
    pub page_size: i64,
    /// 总条数
    pub total_count: i64,
    /// 项目集列表
    pub programs: Vec<ProgramData>,
}

/// ProgramProgramMemberPolicy
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ProgramMemberPolicy {
    /// 策略 ID
    pub policy_id: String,
    /// 策略名
    pub policy_name: String,
    /// 策略别名
    pub policy_alias: String,
}

// ---------------------------------------------------------------- DescribeProgramProjects

/// 项目集下项目列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProgramProjectsRequest {
    /// 公共参数,本接口取值:DescribeProgramProjects
    pub action: Action<DescribeProgramProjects>,
    /// 项目集 ID
    pub program_id: i64,
}

/// 项目集下项目列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProgramProjectsResponse {
    /// 项目集下项目列表数据
    pub data: Vec<ProgramData>,
}

// ---------------------------------------------------------------- CreateProgramProjects

/// 项目集中添加项目：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramProjectsRequest {
    /// 公共参数,本接口取值:CreateProgramProjects
    pub action: Action<CreateProgramProjects>,
    /// 项目集 ID
    pub program_id: i64,
    /// 项目 ID
    pub project_id: Vec<i64>,
}

/// 项目集中添加项目：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramProjectsResponse {
    /// 项目集中的项目（添加后）。
    // E1112: the export gives no description.
    pub data: Vec<ProgramData>,
}

// ---------------------------------------------------------------- DescribePrograms

/// 项目集列表查询：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProgramsRequest {
    /// 公共参数,本接口取值:DescribePrograms
    pub action: Action<DescribePrograms>,
    /// 请求页数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 请求条数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// 关键字搜索：项目名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

/// 项目集列表查询：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProgramsResponse {
    /// 项目集数据
    pub data: ProgramPage,
}

// ---------------------------------------------------------------- DeleteProgramMemberPolicy

/// 项目集成员权限组删除：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProgramMemberPolicyRequest {
    /// 公共参数,本接口取值:DeleteProgramMemberPolicy
    pub action: Action<DeleteProgramMemberPolicy>,
    /// 项目集 ID
    pub program_id: i64,
    /// 身份类型
    pub principal_type: PrincipalType,
    /// 身份 ID
    pub principal_id: String,
    /// 权限策略，默认策略名或者策略 ID
    pub policies: Vec<String>,
}

/// 项目集成员权限组删除：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteProgramMemberPolicyResponse {
    /// 成员在项目集中的权限组（删除后）。
    // E1112: the export gives no description.
    pub data: Vec<ProgramMemberPolicy>,
}

// ---------------------------------------------------------------- CreateProgramMemberPolicy

/// 项目集成员权限组添加：输入参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramMemberPolicyRequest {
    /// 公共参数,本接口取值:CreateProgramMemberPolicy
    pub action: Action<CreateProgramMemberPolicy>,
    /// 项目集 ID
    pub program_id: i64,
    /// 身份类型
    pub principal_type: PrincipalType,
    /// 身份 ID
    pub principal_id: String,
    /// 权限策略，默认策略名或者策略 ID
    pub policies: Vec<String>,
}

/// 项目集成员权限组添加：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProgramMemberPolicyResponse {
    /// 成员在项目集中的权限组（添加后）。
    // E1112: the export gives no description.
    pub data: Vec<ProgramMemberPolicy>,
}

actions! {
    /// 项目集下项目列表查询
    DescribeProgramProjects {
        summary: "项目集下项目列表查询",
        request: DescribeProgramProjectsRequest,
        response: DescribeProgramProjectsResponse,
    }

    /// 项目集中添加项目
    CreateProgramProjects {
        summary: "项目集中添加项目",
        request: CreateProgramProjectsRequest,
        response: CreateProgramProjectsResponse,
    }

    /// 项目集列表查询
    DescribePrograms {
        summary: "项目集列表查询",
        request: DescribeProgramsRequest,
        response: DescribeProgramsResponse,
    }

    /// 项目集成员权限组删除
    DeleteProgramMemberPolicy {
        summary: "项目集成员权限组删除",
        request: DeleteProgramMemberPolicyRequest,
        response: DeleteProgramMemberPolicyResponse,
    }

    /// 项目集成员权限组添加
    CreateProgramMemberPolicy {
        summary: "项目集成员权限组添加",
        request: CreateProgramMemberPolicyRequest,
        response: CreateProgramMemberPolicyResponse,
    }
}
