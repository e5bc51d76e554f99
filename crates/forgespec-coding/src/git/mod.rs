//! 代码托管: Git (and SVN) depots, their files, commits, SSH and deploy keys, and
//! file push rules.
//!
//! The section is split by subject into small modules; [`operations`] lists their
//! Actions in the document's order.

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

use forgespec_core::Operation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The tag (document section) of these operations.
pub const TAG: &str = "代码托管";

/// The Actions of this section in the document's order.
const ORDER: &[&str] = &[
    "CreateGitDepot",
    "DescribeGitDepot",
    "DeleteGitDepot",
    "ModifyDepotDescription",
    "ModifyDepotName",
    "CreateGitCommitNote",
    "DescribeProjectDepotInfoList",
    "DescribeTeamDepotInfoList",
    "ModifyDefaultBranch",
    "CreateDepotByTemplate",
    "DescribeGitFiles",
    "DescribeGitFile",
    "CreateSshKey",
    "DescribeSshKey",
    "DeleteSshKey",
    "CreateMemberSshKey",
    "DescribeMemberSshKey",
    "DeleteMemberSshKey",
    "CreateGitDeployKey",
    "DescribeGitDepotDeployKeys",
    "DescribeGitProjectDeployKeys",
    "DeleteGitDeployKey",
    "DescribeGitBlob",
    "DescribeGitBlobRaw",
    "DescribeGitContributors",
    "DescribeGitTree",
    "ModifyGitTransfer",
    "DeleteGitFiles",
    "ModifyGitDepotArchive",
    "ModifyGitDepotUnarchive",
    "CreateGitCommit",
    "DescribeDepotFilePushRules",
    "CreateDepotFilePushRule",
    "ModifyDepotFilePushRule",
];

/// 仅返回 RequestId 的输出参数(代码托管)。
// The output tables of DeleteMemberSshKey, CreateGitDeployKey, DeleteGitDeployKey,
// DeleteGitFiles, ModifyGitDepotArchive and ModifyGitDepotUnarchive word RequestId's
// description differently from the other sections (每次请求都返回, 需提供); their
// replies use this type so that the text stays verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct GitRequestIdResponse {
    /// 唯一请求 ID,每次请求都返回。定位问题时需提供该次请求的 RequestId。
    pub request_id: String,
}

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
    operations.extend(depot::operations());
    operations.extend(content::operations());
    operations.extend(ssh_key::operations());
    operations.extend(deploy_key::operations());
    operations.extend(push_rule::operations());
    operations.extend(push_rule_privilege::operations());
    operations.extend(depot_spec::operations());
    operations.extend(depot_setting::operations());
    operations.extend(commit::operations());
    operations.extend(tag::operations());
    operations.extend(branch::operations());
    operations.extend(protected_branch::operations());
    // Actions the document's later lines add to this section (after
    // ModifyDepotFilePushRule) keep the order in which they are listed above.
    operations.sort_by_key(|op| {
        ORDER
            .iter()
            .position(|id| *id == op.id)
            .unwrap_or(ORDER.len())
    });
    operations
}
