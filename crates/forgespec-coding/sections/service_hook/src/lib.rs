//! Service Hook: hooks that send a project's events to a web hook, WeCom, DingDing, Jenkins or FeiShu, the events they can send, and their send log.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! Service Hook 相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

pub mod hook;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "Service Hook 相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Service Hooks: sending a project's events to a web hook, WeCom, DingDing, Jenkins or FeiShu; the events; the send log. Described only by CODING's OpenAPI export.",
    source: "CODING OpenAPI export › Service Hook 相关接口",
    endpoints: &[
        EndpointRef::of::<hook::DescribeEvents>(),
        EndpointRef::of::<hook::EnabledServiceHook>(),
        EndpointRef::of::<hook::ModifyServiceHook>(),
        EndpointRef::of::<hook::DescribeServiceHooks>(),
        EndpointRef::of::<hook::CreateServiceHook>(),
        EndpointRef::of::<hook::DeleteServiceHook>(),
        EndpointRef::of::<hook::DescribeServiceHookLogs>(),
        EndpointRef::of::<hook::DescribeServiceHook>(),
        EndpointRef::of::<hook::PingServiceHook>(),
        EndpointRef::of::<hook::ResendServiceHookLog>(),
    ],
};
