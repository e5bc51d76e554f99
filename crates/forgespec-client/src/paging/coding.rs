//! CODING's paged operations: where each takes its page and where its reply
//! carries the items and the total.

use forgespec_coding as platform;

use super::{PageIn, Paging, Total, paged};

// DescribeProjectDepotInfoList: the export types its PageNumber and PageSize as
// strings (E1401), so its cursor is sent as text.

paged! {
    platform::team::DescribeCodingProjects =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/ProjectList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::team::DescribeTeamMembers =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/TeamMembers"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::project::DescribeProjectMembers =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/ProjectMembers"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::issue::DescribeIssueList =>
        Paging::offset(PageIn::Body, "Offset").size("Limit").items(&["/Response/IssueList"]);
    platform::issue::DescribeIssueListWithPage =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::issue::DescribeWorkbenchIssueList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/IssueList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::iteration::DescribeIterationList =>
        Paging::offset(PageIn::Body, "Offset").size("Limit").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::release::DescribeReleaseIssueList =>
        Paging::number(PageIn::Body, "Page", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::release::DescribeReleaseList =>
        Paging::number(PageIn::Body, "Page", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::git::depot::DescribeProjectDepotInfoList =>
        Paging::number(PageIn::Body, "PageNumber", 1)
            .text().size("PageSize").items(&["/Response/DepotData/Depots"]);
    platform::git::depot::DescribeTeamDepotInfoList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/DepotData/Depots"]);
    platform::git::depot_setting::DescribeMyDepots =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Payload/Depots"]);
    platform::git::depot_setting::DescribeCodeSearch =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/GrepLines"]).total(Total::Items("/Response/Data/Page/TotalRow"));
    platform::git::depot_setting::DescribeGitCommitComments =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/GitCommitComments/CommitComments"]).total(Total::Items("/Response/GitCommitComments/Page/TotalRow"));
    platform::git::commit::DescribeGitCommits =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Commits"]);
    platform::git::tag::DescribeGitTags =>
        Paging::number(PageIn::Body, "Page", 1).size("PageSize").items(&["/Response/GitTags"]);
    platform::git::branch::DescribeGitBranches =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Branches"]).total(Total::Items("/Response/TotalCount"));
    platform::merge_request::list::DescribeDepotMergeRequests =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::merge_request::list::DescribeProjectMergeRequests =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::merge_request::list::DescribeSelfMergeRequests =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/List"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::merge_request::note::DescribeAllMergeRequestNotes =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Notes"]);
    platform::ci::build::DescribeCodingCIBuilds =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/BuildList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::cd::host::DescribeCdHostServerGroups =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/HostServerGroups"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::cd::host::DescribeCdAgentMachines =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/AgentMachines"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::cd::cloud_account::DescribeCdCloudAccounts =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/CloudAccounts"]).total(Total::Items("/Response/Data/TotalRow"));
    platform::artifact::repository::DescribeArtifactRepositoryList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/InstanceSet"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::artifact::repository::DescribeArtifactRepositoryFileList =>
        Paging::token(PageIn::Body, "ContinuationToken", "/Response/Data/ContinuationToken").size("PageSize").items(&["/Response/Data/InstanceSet"]);
    platform::artifact::package::DescribeArtifactPackageList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/InstanceSet"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::artifact::version::DescribeArtifactVersionList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/InstanceSet"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::artifact::property::DescribeArtifactProperties =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/InstanceSet"]);
    platform::artifact::team::DescribeTeamArtifacts =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/InstanceSet"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::test_management::case::DescribeTestCaseList =>
        Paging::number(PageIn::Body, "Page", 1).size("PageSize").items(&["/Response/Data/Cases"]).total(Total::Items("/Response/Data/Total"));
    platform::collaboration::DescribeConfigTemplateList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/ConfigTemplateList"]);
    platform::depot_release::DescribeGitReleases =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/ReleasePageList/Releases"]).total(Total::Items("/Response/ReleasePageList/TotalCount"));
    platform::organization::member::DescribeTeamAdminMembers =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/Members"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::organization::department::DescribeDepartmentMembers =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/DepartmentMembers"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::grant::DescribeGrantObjectsOnResource =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/GrantObjectList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::grant::DescribeGrantUsersOnResource =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/UserDataList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::grant::DescribeUsersOnResourceAndGrantObject =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/UserDataList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::policy::DescribePoliciesOnResourceType =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/PolicyList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::policy::DescribeAvailablePoliciesOnResource =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/PolicyList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::policy::DescribeResourceScopeListOnPolicy =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/PolicyResourceScopeList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::user_group::DescribeUsersByGroupId =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/UserDataList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::permission::user_group::DescribeUserGroups =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/UserGroupList"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::project_export::announcement::DescribeProjectAnnouncements =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/List"]).total(Total::Items("/Response/TotalCount"));
    platform::project_export::principal::DescribeProjectMemberPrincipals =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/Principals"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::program_export::DescribePrograms =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/Programs"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::service_hook::DescribeServiceHooks =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/ServiceHook"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::service_hook::DescribeServiceHookLogs =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/Log"]).total(Total::Items("/Response/Data/TotalCount"));
    platform::collaboration_export::setting::DescribeAllProjectsIssueWorkLogList =>
        Paging::offset(PageIn::Body, "Offset").size("Limit").items(&["/Response/WorkLogs"]);
    platform::collaboration_export::issues::DescribeTeamIssues =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Issues"]).total(Total::Items("/Response/TotalCount"));
    platform::git_export::commit::DescribeGitCommitInfos =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Commits"]);
    platform::git_export::commit::DescribeGitCommitsInPage =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/Data/Commits"]).total(Total::Items("/Response/Data/Page/TotalRow"));
    platform::git_export::branch::DescribeGitBranchList =>
        Paging::number(PageIn::Body, "PageNumber", 1).size("PageSize").items(&["/Response/GitBranchesData/Branches"]).total(Total::Items("/Response/GitBranchesData/TotalCount"));
}
