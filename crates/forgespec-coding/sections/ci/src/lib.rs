//! 持续集成: CODING CI builds (trigger, stop, delete, describe, logs, stages,
//! steps and environment variables), build jobs ("构建计划") and custom build agents.
//!
//! The section is split by subject into small modules; [`SECTION`] lists their
//! Actions in the document's order.
//!
//! Required input parameters follow E1 (E700 lists them for this section). Most output
//! types the tables name (`CodingCIBuild`, `CodingCIJob`, the `…Data` wrappers) have no
//! table in the document and are read off the examples (E701–E703).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

pub mod agent;
pub mod build;
pub mod job;

use forgespec_core::{EndpointRef, Section};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of these operations.
pub const TAG: &str = "持续集成";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "CODING CI: build jobs, their builds, logs, stages, steps and \
                    environment variables, and custom build agents.",
    source: "API REFERENCE › 持续集成",
    endpoints: &[
        EndpointRef::of::<build::DescribeCodingCIBuild>(),
        EndpointRef::of::<build::DescribeCodingCIBuildLogRaw>(),
        EndpointRef::of::<build::TriggerCodingCIBuild>(),
        EndpointRef::of::<build::DescribeCodingCIBuildStepLog>(),
        EndpointRef::of::<build::DescribeCodingCIBuilds>(),
        EndpointRef::of::<build::DescribeCodingCIBuildEnvs>(),
        EndpointRef::of::<build::DescribeCodingCIBuildStage>(),
        EndpointRef::of::<build::DescribeCodingCIBuildStep>(),
        EndpointRef::of::<build::DescribeCodingCIBuildLog>(),
        EndpointRef::of::<build::DeleteCodingCIBuild>(),
        EndpointRef::of::<build::StopCodingCIBuild>(),
        EndpointRef::of::<job::CreateCodingCIJob>(),
        EndpointRef::of::<job::DeleteCodingCIJob>(),
        EndpointRef::of::<job::ModifyCodingCIJob>(),
        EndpointRef::of::<job::DescribeCodingCIJob>(),
        EndpointRef::of::<job::DescribeCodingCIJobs>(),
        EndpointRef::of::<job::ClearCodingCIJobCache>(),
        EndpointRef::of::<job::CreateCodingCIJobByTeamTemplate>(),
        EndpointRef::of::<agent::ModifyCodingCIAgentEnable>(),
    ],
};

/// 公共参数,本接口取值:2019-10-21。
// E710: the 公共参数 `Version` appears only in some 持续集成 tables and no example
// sends it; its one documented value is a closed set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum CiApiVersion {
    /// `2019-10-21`
    #[serde(rename = "2019-10-21")]
    V20191021,
}

/// 环境变量配置
// E700: the 必选 column is empty; a variable is its name and value, so `Name` and
// `Value` are required and `Sensitive` optional. Every output example carries all three.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CIJobEnv {
    /// 环境变量名称
    pub name: String,
    /// 环境变量值
    pub value: String,
    /// 是否保密
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<bool>,
}
