//! 项目 (CODING OpenAPI export): a project created from a template, projects found by label or by feature, a project's credentials, announcements (项目公告), labels (项目标签) and member principals (users, user groups and departments).
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 项目相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;
use forgespec_coding_project as project;

pub mod announcement;
pub mod label;
pub mod principal;
pub mod projects;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "项目相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Projects from a template, projects by label or feature, a project's credentials, announcements, labels and member principals: the Actions of the export's 项目相关接口 that the help document (项目) lacks.",
    source: "CODING OpenAPI export › 项目相关接口",
    endpoints: &[
        EndpointRef::of::<projects::CreateProjectWithTemplate>(),
        EndpointRef::of::<announcement::DescribeProjectAnnouncements>(),
        EndpointRef::of::<announcement::CreateProjectAnnouncement>(),
        EndpointRef::of::<announcement::DeleteProjectAnnouncement>(),
        EndpointRef::of::<announcement::ModifyProjectAnnouncement>(),
        EndpointRef::of::<announcement::DescribeProjectAnnouncement>(),
        EndpointRef::of::<projects::DescribeProjectCredentials>(),
        EndpointRef::of::<projects::DescribeProjectLabels>(),
        EndpointRef::of::<principal::DeleteProjectMemberPrincipal>(),
        EndpointRef::of::<principal::CreateProjectMemberPrincipal>(),
        EndpointRef::of::<principal::DescribeProjectMemberPrincipals>(),
        EndpointRef::of::<projects::DescribeProjectsByFeature>(),
        EndpointRef::of::<label::ModifyProjectLabel>(),
        EndpointRef::of::<label::CreateProjectLabel>(),
        EndpointRef::of::<label::DeleteProjectLabel>(),
        EndpointRef::of::<label::DescribeAllProjectLabels>(),
    ],
};
