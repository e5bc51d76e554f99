//! 权限: policies (权限组), their grants to users, user groups and departments on a
//! resource (授权), and user groups (用户组).
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 权限相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs E1 (E1200), outputs E1105, integer formats E1106. The section is split by
//! subject into modules; [`SECTION`] lists their Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;

pub mod grant;
pub mod policy;
pub mod user_group;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "权限相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Policies (权限组) and their statements, grants of policies to users, user \
                  groups and departments on a resource, and user groups. Described only by \
                  CODING's OpenAPI export.",
    source: "CODING OpenAPI export › 权限相关接口",
    endpoints: &[
        EndpointRef::of::<grant::DescribeGrantObjectsOnResource>(),
        EndpointRef::of::<grant::DetachFromResource>(),
        EndpointRef::of::<grant::DescribeGrantUsersOnResource>(),
        EndpointRef::of::<grant::DescribeUsersOnResourceAndGrantObject>(),
        EndpointRef::of::<grant::SetGrantToResource>(),
        EndpointRef::of::<grant::AttachToResource>(),
        EndpointRef::of::<policy::ModifyPolicy>(),
        EndpointRef::of::<policy::DescribePoliciesOnResourceType>(),
        EndpointRef::of::<policy::DescribeAvailablePoliciesOnResource>(),
        EndpointRef::of::<policy::CreatePolicy>(),
        EndpointRef::of::<policy::DetachResourceScopeOnPolicy>(),
        EndpointRef::of::<policy::DescribeResourceScopeListOnPolicy>(),
        EndpointRef::of::<policy::DeletePoliciesById>(),
        EndpointRef::of::<policy::AttachResourceScopeToPolicy>(),
        EndpointRef::of::<policy::DescribePolicy>(),
        EndpointRef::of::<user_group::DescribeUsersByGroupId>(),
        EndpointRef::of::<user_group::DescribeUserGroups>(),
        EndpointRef::of::<user_group::CreateUserGroup>(),
        EndpointRef::of::<user_group::DeleteUserGroupByIds>(),
        EndpointRef::of::<user_group::DeleteUserGroupUsers>(),
        EndpointRef::of::<user_group::UpdateUserGroupById>(),
        EndpointRef::of::<user_group::CreateUserGroupUsers>(),
        EndpointRef::of::<user_group::DeleteAllUsersOnGroup>(),
        EndpointRef::of::<grant::DescribePredicatePolicyOnResource>(),
        EndpointRef::of::<grant::SetPredicatePolicyOnResource>(),
    ],
};
