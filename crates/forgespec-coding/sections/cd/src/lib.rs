//! 持续部署: CODING's continuous deployment (CD): deployment statistics, CD
//! applications, tasks, deployment pipelines and their executions, host server
//! groups, agent machines (堡垒机) and cloud accounts.
//!
//! The section is split by subject into small modules; [`SECTION`] lists their
//! Actions in the document's order.
//!
//! Decisions applied throughout (see `errata/cd.md`): required input parameters
//! follow E1's rule (E800); every `…ResponseData` type the output tables name is
//! undefined and is modelled from its example (E801); pages follow E2 (one page type
//! per Action, as each names its own list).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

pub mod application;
pub mod cloud_account;
pub mod host;
pub mod pipeline;
pub mod stats;
pub mod task;

use forgespec_core::{EndpointRef, Section};

/// The tag (document section) of these operations.
pub const TAG: &str = "持续部署";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Continuous deployment: deployment statistics, CD applications, \
                    tasks, deployment pipelines and their executions, host server groups, \
                    agent machines and cloud accounts.",
    source: "API REFERENCE › 持续部署",
    endpoints: &[
        EndpointRef::of::<stats::DescribeCdDeployCountByProject>(),
        EndpointRef::of::<stats::DescribeCdDeployTrendByProject>(),
        EndpointRef::of::<stats::DescribeCdDeployTimeByProject>(),
        EndpointRef::of::<stats::DescribeCdDeployCountByApplications>(),
        EndpointRef::of::<stats::DescribeCdDeployTrendByApplications>(),
        EndpointRef::of::<stats::DescribeCdDeployTimeByApplications>(),
        EndpointRef::of::<application::BindCdApplicationToProject>(),
        EndpointRef::of::<application::DescribeCdApplicationsByProject>(),
        EndpointRef::of::<application::DescribeCdApplications>(),
        EndpointRef::of::<application::DescribeCdApplication>(),
        EndpointRef::of::<task::CreateCdTask>(),
        EndpointRef::of::<task::DescribeCdTask>(),
        EndpointRef::of::<pipeline::CreateCdPipeline>(),
        EndpointRef::of::<pipeline::ModifyCdPipeline>(),
        EndpointRef::of::<pipeline::DeleteCdPipeline>(),
        EndpointRef::of::<pipeline::DescribeCdPipelineConfigs>(),
        EndpointRef::of::<pipeline::DescribeCdPipelineConfig>(),
        EndpointRef::of::<pipeline::TriggerCdPipeline>(),
        EndpointRef::of::<pipeline::DescribeCdPipeline>(),
        EndpointRef::of::<host::DescribeAgentSecret>(),
        EndpointRef::of::<pipeline::ReorderCdPipelines>(),
        EndpointRef::of::<pipeline::DescribeExecutionsByConfigId>(),
        EndpointRef::of::<host::DescribeHostServerInstance>(),
        EndpointRef::of::<pipeline::CancelCdPipeline>(),
        EndpointRef::of::<host::DescribeCdHostServerGroups>(),
        EndpointRef::of::<host::DescribeCdAgentMachines>(),
        EndpointRef::of::<host::CreateCdHostServerGroup>(),
        EndpointRef::of::<host::ModifyCdHostServerGroup>(),
        EndpointRef::of::<host::DescribeCdHostServerGroup>(),
        EndpointRef::of::<host::DeleteCdHostServerGroup>(),
        EndpointRef::of::<cloud_account::CreateCdCloudAccount>(),
        EndpointRef::of::<cloud_account::ModifyCdCloudAccount>(),
        EndpointRef::of::<cloud_account::DeleteCdCloudAccount>(),
        EndpointRef::of::<cloud_account::DescribeCdCloudAccounts>(),
    ],
};
