//! 代码托管 (CODING OpenAPI export): commits (a branch's, one, the files one changed, the commits and differences between two), branches and protected branches, a project's depots with their branches, tags and commits, a user's external depots, and creating, merging and reading merge requests.
//!
//! These Actions are described only by CODING's OpenAPI export (its group
//! 代码托管相关接口), not by the help document; the section's `source` says so. Their
//! types follow the export's schemas, decided as the help document's are: required
//! inputs by E1's rule, outputs E1105, integer formats E1106. [`SECTION`] lists the
//! Actions in the export's order.

// Field doc comments are the export's own descriptions, verbatim (they become the
// schema descriptions).
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::UserData`).
use forgespec_coding_common as common;
use forgespec_coding_git as git;
use forgespec_coding_merge_request as merge_request;

pub mod branch;
pub mod commit;
pub mod depot;
pub mod merge;

use forgespec_core::{EndpointRef, Section};

/// The tag (the export's group) of these operations.
pub const TAG: &str = "代码托管相关接口";

/// The export's group these operations belong to, with its operations in the
/// export's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Commits, branches, protected branches, a project's depots (CODING and external) and merge requests: the Actions of the export's 代码托管相关接口 that the help document (代码托管, 合并请求, 版本) lacks.",
    source: "CODING OpenAPI export › 代码托管相关接口",
    endpoints: &[
        EndpointRef::of::<commit::DescribeCommitsBetweenCommitAndCommit>(),
        EndpointRef::of::<commit::DescribeGitCommitInfos>(),
        EndpointRef::of::<commit::DescribeGitCommitsInPage>(),
        EndpointRef::of::<commit::DescribeGitCommitFilePathList>(),
        EndpointRef::of::<commit::DescribeGitCommitInfo>(),
        EndpointRef::of::<commit::DescribeDifferentBetweenTwoCommits>(),
        EndpointRef::of::<depot::DescribePersonalExternalDepots>(),
        EndpointRef::of::<branch::DescribeGitBranchList>(),
        EndpointRef::of::<depot::DescribeProjectDepotBranches>(),
        EndpointRef::of::<depot::DescribeProjectDepotTags>(),
        EndpointRef::of::<branch::DescribeProtectedBranches>(),
        EndpointRef::of::<depot::DescribeProjectDepotCommits>(),
        EndpointRef::of::<merge::CreateGitMergeRequest>(),
        EndpointRef::of::<merge::ModifyGitMergeBranch>(),
        EndpointRef::of::<merge::DescribeMergeReqCommits>(),
        EndpointRef::of::<merge::DescribeMergeReqInfo>(),
        EndpointRef::of::<depot::DescribeProjectDepots>(),
    ],
};
