//! 组织和成员: team members (lookup by id or email, locking, removal, the administrators) and departments (their tree, members and assignees).
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 组织和成员相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

pub mod department;
pub mod member;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "组织和成员相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Team members (lookup, locking, removal, administrators) and departments (their tree, members and assignees). Described only by CODING's OpenAPI export; its DescribeTeamMembers is the help document's (团队).",
    source: "CODING OpenAPI export › 组织和成员相关接口",
    endpoints: &[
        EndpointRef::of::<member::DescribeTeamMemberByEmail>(),
        EndpointRef::of::<member::DescribeTeamMember>(),
        EndpointRef::of::<member::DeleteTeamMember>(),
        EndpointRef::of::<member::ModifyTeamMemberUnlocked>(),
        EndpointRef::of::<member::ModifyTeamMemberLocked>(),
        EndpointRef::of::<member::DescribeTeamAdminMembers>(),
        EndpointRef::of::<department::ModifyDepartment>(),
        EndpointRef::of::<department::CreateDepartment>(),
        EndpointRef::of::<department::DeleteDepartment>(),
        EndpointRef::of::<department::DescribeDepartmentMembers>(),
        EndpointRef::of::<department::ModifyDepartmentMember>(),
        EndpointRef::of::<department::DescribeDepartment>(),
        EndpointRef::of::<department::ModifyDepartmentAssignee>(),
    ],
};
