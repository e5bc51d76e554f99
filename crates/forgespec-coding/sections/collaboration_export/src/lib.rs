//! 项目协同 (CODING OpenAPI export): issues across the team's projects, by status update and by a leaving member, an issue's breakdown, related depots and references, attachment uploads, issue modules, defect types, unlinking a defect from a requirement, and work logs across projects.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 项目协同相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions); some write JSON in prose or a URL in running text.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;
use forgespec_coding_issue as issue;
use forgespec_coding_work_hour as work_hour;

pub mod issues;
pub mod setting;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "项目协同相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Issues across projects, by status update or by a leaving member, an issue's breakdown, depots and references, attachment uploads, issue modules, defect types, requirement-defect unlinking and work logs: the Actions of the export's 项目协同相关接口 that the help document lacks.",
    source: "CODING OpenAPI export › 项目协同相关接口",
    endpoints: &[
        EndpointRef::of::<issues::DescribeIssueRelatedRepos>(),
        EndpointRef::of::<issues::DescribeWorkItemSalvage>(),
        EndpointRef::of::<setting::DescribeIssueModuleList>(),
        EndpointRef::of::<setting::CreateIssueModule>(),
        EndpointRef::of::<setting::DeleteIssueModule>(),
        EndpointRef::of::<issues::DescribeIssueReferenceResources>(),
        EndpointRef::of::<setting::DescribeAllProjectsIssueWorkLogList>(),
        EndpointRef::of::<issues::DescribeTeamIssues>(),
        EndpointRef::of::<issues::DescribeUserHandoverIssues>(),
        EndpointRef::of::<setting::DescribeDefectTypes>(),
        EndpointRef::of::<issues::DescribeIssueByStatusUpdate>(),
        EndpointRef::of::<setting::DeleteRequirementDefectRelation>(),
        EndpointRef::of::<issues::DescribeIssueAttachmentPreSignedUrl>(),
    ],
};
