//! 代码托管: Git (and SVN) depots, their files, commits, SSH and deploy keys, and
//! file push rules.
//!
//! The section is split by subject into small modules; [`SECTION`] lists their
//! Actions in the document's order.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

pub mod branch;
pub mod commit;
pub mod content;
pub mod deploy_key;
pub mod depot;
pub mod depot_setting;
pub mod depot_spec;
pub mod protected_branch;
pub mod push_rule;
pub mod push_rule_privilege;
pub mod ssh_key;
pub mod tag;

use forgespec_core::{EndpointRef, Section};

/// The tag (document section) of these operations.
pub const TAG: &str = "代码托管";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Git and SVN depots: files, commits, SSH and deploy keys, \
                    file push rules.",
    source: "API REFERENCE › 代码托管",
    endpoints: &[
        EndpointRef::of::<depot::CreateGitDepot>(),
        EndpointRef::of::<depot::DescribeGitDepot>(),
        EndpointRef::of::<depot::DeleteGitDepot>(),
        EndpointRef::of::<depot::ModifyDepotDescription>(),
        EndpointRef::of::<depot::ModifyDepotName>(),
        EndpointRef::of::<content::CreateGitCommitNote>(),
        EndpointRef::of::<depot::DescribeProjectDepotInfoList>(),
        EndpointRef::of::<depot::DescribeTeamDepotInfoList>(),
        EndpointRef::of::<depot::ModifyDefaultBranch>(),
        EndpointRef::of::<depot::CreateDepotByTemplate>(),
        EndpointRef::of::<content::DescribeGitFiles>(),
        EndpointRef::of::<content::DescribeGitFile>(),
        EndpointRef::of::<ssh_key::CreateSshKey>(),
        EndpointRef::of::<ssh_key::DescribeSshKey>(),
        EndpointRef::of::<ssh_key::DeleteSshKey>(),
        EndpointRef::of::<ssh_key::CreateMemberSshKey>(),
        EndpointRef::of::<ssh_key::DescribeMemberSshKey>(),
        EndpointRef::of::<ssh_key::DeleteMemberSshKey>(),
        EndpointRef::of::<deploy_key::CreateGitDeployKey>(),
        EndpointRef::of::<deploy_key::DescribeGitDepotDeployKeys>(),
        EndpointRef::of::<deploy_key::DescribeGitProjectDeployKeys>(),
        EndpointRef::of::<deploy_key::DeleteGitDeployKey>(),
        EndpointRef::of::<content::DescribeGitBlob>(),
        EndpointRef::of::<content::DescribeGitBlobRaw>(),
        EndpointRef::of::<content::DescribeGitContributors>(),
        EndpointRef::of::<content::DescribeGitTree>(),
        EndpointRef::of::<depot::ModifyGitTransfer>(),
        EndpointRef::of::<content::DeleteGitFiles>(),
        EndpointRef::of::<depot::ModifyGitDepotArchive>(),
        EndpointRef::of::<depot::ModifyGitDepotUnarchive>(),
        EndpointRef::of::<content::CreateGitCommit>(),
        EndpointRef::of::<push_rule::DescribeDepotFilePushRules>(),
        EndpointRef::of::<push_rule::CreateDepotFilePushRule>(),
        EndpointRef::of::<push_rule::ModifyDepotFilePushRule>(),
        EndpointRef::of::<push_rule_privilege::DeleteDepotFilePushRule>(),
        EndpointRef::of::<push_rule_privilege::CreateDepotFilePushRulePrivilege>(),
        EndpointRef::of::<push_rule_privilege::ModifyDepotFilePushRuleDenyPrivilege>(),
        EndpointRef::of::<push_rule_privilege::DeleteDepotFilePushRuleDenyPrivilege>(),
        EndpointRef::of::<depot_spec::DescribeDepotSpecs>(),
        EndpointRef::of::<depot_spec::DescribeDepotSpecDetail>(),
        EndpointRef::of::<depot_spec::ModifyTeamLevelDepotSpec>(),
        EndpointRef::of::<depot_spec::DeleteTeamLevelDepotSpec>(),
        EndpointRef::of::<depot_spec::ModifyChooseDepotSpec>(),
        EndpointRef::of::<depot_spec::ModifyDepotLevelDepotSpec>(),
        EndpointRef::of::<depot_setting::DescribeDepotPushSetting>(),
        EndpointRef::of::<depot_setting::ModifyDepotPushSetting>(),
        EndpointRef::of::<depot_setting::DescribeDepotByNameInfo>(),
        EndpointRef::of::<depot_setting::ModifyDepotSettings>(),
        EndpointRef::of::<depot_setting::DescribeGitFileStat>(),
        EndpointRef::of::<depot_setting::DescribeMyDepots>(),
        EndpointRef::of::<depot_setting::ModifyMergeRequestBasicSettings>(),
        EndpointRef::of::<depot_setting::ModifyDepotSharedSetting>(),
        EndpointRef::of::<depot_setting::DescribeCodeSearch>(),
        EndpointRef::of::<depot_setting::DescribeCommitRefs>(),
        EndpointRef::of::<depot_setting::DescribeGitCommitComments>(),
        EndpointRef::of::<depot_setting::ModifyDepotQuota>(),
        EndpointRef::of::<depot_setting::ModifyMergeRequestMergeCommitMessageTemplate>(),
        EndpointRef::of::<depot_setting::ModifyMergeRequestSquashCommitMessageTemplate>(),
        EndpointRef::of::<depot_setting::DescribeGitBlameInfo>(),
        EndpointRef::of::<commit::DescribeGitCommitNote>(),
        EndpointRef::of::<commit::DescribeGitCommit>(),
        EndpointRef::of::<commit::DescribeGitCommits>(),
        EndpointRef::of::<commit::DescribeCommitsBetween2Commit>(),
        EndpointRef::of::<commit::DescribeDifferentBetween2Commits>(),
        EndpointRef::of::<commit::DescribeNotesByCommits>(),
        EndpointRef::of::<commit::DescribeGitFileContent>(),
        EndpointRef::of::<commit::CreateGitFiles>(),
        EndpointRef::of::<commit::ModifyGitFiles>(),
        EndpointRef::of::<commit::CreateBinaryFiles>(),
        EndpointRef::of::<commit::CreateGitCommitComment>(),
        EndpointRef::of::<commit::DescribeGitCommitDiff>(),
        EndpointRef::of::<commit::ModifyGitCommitRevert>(),
        EndpointRef::of::<commit::ModifyGitCommitStatus>(),
        EndpointRef::of::<commit::DescribeGitCommitStatus>(),
        EndpointRef::of::<tag::CreateGitTag>(),
        EndpointRef::of::<tag::DeleteGitTag>(),
        EndpointRef::of::<tag::DescribeGitTag>(),
        EndpointRef::of::<tag::DescribeGitTags>(),
        EndpointRef::of::<tag::DescribeGitTagsByBranch>(),
        EndpointRef::of::<tag::DescribeGitTagsBySha>(),
        EndpointRef::of::<tag::DescribeGitProtectedTags>(),
        EndpointRef::of::<tag::DescribeGitProtectedTagsByRule>(),
        EndpointRef::of::<tag::CreateGitProtectedTagRule>(),
        EndpointRef::of::<tag::CreateGitProtectedTagRules>(),
        EndpointRef::of::<tag::DeleteGitProtectedTagRule>(),
        EndpointRef::of::<branch::CreateGitBranch>(),
        EndpointRef::of::<branch::DeleteGitBranch>(),
        EndpointRef::of::<branch::DescribeGitBranch>(),
        EndpointRef::of::<branch::DescribeGitBranches>(),
        EndpointRef::of::<branch::DescribeGitBranchesBySha>(),
        EndpointRef::of::<branch::DescribeGitRef>(),
        EndpointRef::of::<branch::DescribeGitRefsBySha>(),
        EndpointRef::of::<branch::ModifyGitCherryPick>(),
        EndpointRef::of::<branch::DescribeGitMergeBase>(),
        EndpointRef::of::<branch::DeleteGitMergedBranches>(),
        EndpointRef::of::<branch::DescribeDepotDefaultBranch>(),
        EndpointRef::of::<branch::CreateReadOnlyRef>(),
        EndpointRef::of::<branch::ModifyBranchProtectionMemberPermission>(),
        EndpointRef::of::<protected_branch::CreateProtectedBranchMember>(),
        EndpointRef::of::<protected_branch::CreateProtectedBranch>(),
        EndpointRef::of::<protected_branch::DescribeProtectedBranchs>(),
        EndpointRef::of::<protected_branch::DescribeProtectedBranchMembers>(),
        EndpointRef::of::<protected_branch::DescribeProtectedBranch>(),
        EndpointRef::of::<protected_branch::ModifyGitRebase>(),
        EndpointRef::of::<protected_branch::DescribeBranchProtections>(),
        EndpointRef::of::<protected_branch::DescribeBranchProtection>(),
        EndpointRef::of::<protected_branch::DescribeBranchProtectionMembers>(),
        EndpointRef::of::<protected_branch::CreateBranchProtection>(),
        EndpointRef::of::<protected_branch::CreateBranchProtectionMember>(),
        EndpointRef::of::<protected_branch::ModifyBranchProtection>(),
        EndpointRef::of::<protected_branch::DeleteBranchProtection>(),
        EndpointRef::of::<protected_branch::DeleteBranchProtectionMember>(),
    ],
};
