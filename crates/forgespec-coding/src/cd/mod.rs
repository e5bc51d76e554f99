//! 持续部署: CODING's continuous deployment (CD): deployment statistics, CD
//! applications, tasks, deployment pipelines and their executions, host server
//! groups, agent machines (堡垒机) and cloud accounts.
//!
//! The section is split by subject into small modules; [`operations`] lists their
//! Actions in the document's order.
//!
//! Decisions applied throughout (see `errata/cd.md`): required input parameters
//! follow E1's rule (E800); every `…ResponseData` type the output tables name is
//! undefined and is modelled from its example (E801); pages follow E2 (one page type
//! per Action, as each names its own list).

pub mod application;
pub mod cloud_account;
pub mod host;
pub mod pipeline;
pub mod stats;
pub mod task;

use forgespec_core::Operation;

/// The tag (document section) of these operations.
pub const TAG: &str = "持续部署";

/// The Actions of this section in the document's order.
const ORDER: &[&str] = &[
    "DescribeCdDeployCountByProject",
    "DescribeCdDeployTrendByProject",
    "DescribeCdDeployTimeByProject",
    "DescribeCdDeployCountByApplications",
    "DescribeCdDeployTrendByApplications",
    "DescribeCdDeployTimeByApplications",
    "BindCdApplicationToProject",
    "DescribeCdApplicationsByProject",
    "DescribeCdApplications",
    "DescribeCdApplication",
    "CreateCdTask",
    "DescribeCdTask",
    "CreateCdPipeline",
    "ModifyCdPipeline",
    "DeleteCdPipeline",
    "DescribeCdPipelineConfigs",
    "DescribeCdPipelineConfig",
    "TriggerCdPipeline",
    "DescribeCdPipeline",
    "DescribeAgentSecret",
    "ReorderCdPipelines",
    "DescribeExecutionsByConfigId",
    "DescribeHostServerInstance",
    "CancelCdPipeline",
    "DescribeCdHostServerGroups",
    "DescribeCdAgentMachines",
    "CreateCdHostServerGroup",
    "ModifyCdHostServerGroup",
    "DescribeCdHostServerGroup",
    "DeleteCdHostServerGroup",
    "CreateCdCloudAccount",
    "ModifyCdCloudAccount",
    "DeleteCdCloudAccount",
    "DescribeCdCloudAccounts",
];

/// One Action of this section: `POST /open-api` dispatched on `Action=<name>`.
pub(crate) fn action(name: &'static str, summary: &'static str, source: &'static str) -> Operation {
    crate::common::action(name)
        .tag(TAG)
        .summary(summary)
        .source(source)
}

/// The operations of this section, in the document's order.
pub fn operations() -> Vec<Operation> {
    let mut operations = Vec::new();
    operations.extend(stats::operations());
    operations.extend(application::operations());
    operations.extend(task::operations());
    operations.extend(pipeline::operations());
    operations.extend(host::operations());
    operations.extend(cloud_account::operations());
    operations.sort_by_key(|op| {
        ORDER
            .iter()
            .position(|id| *id == op.id)
            .unwrap_or(ORDER.len())
    });
    operations
}
