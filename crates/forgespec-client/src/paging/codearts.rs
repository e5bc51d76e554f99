//! CodeArts Repo's paged operations: where each takes its page and where its reply
//! carries the items and the total.

use forgespec_codearts as platform;

use super::{PageIn, Paging, Total, paged};

// Not here though its query pages: listMergeRequestDiscussions, whose reply the
// document gives as one discussion, not a list (E229).

paged! {
    platform::repository::content::ListBranchFiles =>
        Paging::offset(PageIn::Query, "offset").size("limit").items(&["/result/trees"]).total(Total::Items("/result/total"));
    platform::repository::templates::ListRepositoryTemplates =>
        Paging::number(PageIn::Query, "page_no", 1).size("page_size").items(&["/result/projects"]).total(Total::Items("/result/total"));
    platform::repository::commits::ListCommitsByRepositoryName =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/commits"]).total(Total::Items("/result/total"));
    platform::repository::commits::ListCommitsByRepositoryId =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/commits"]).total(Total::Items("/result/total"));
    platform::repository::branches::ListBranchesV2 =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&["/result/branches"]).total(Total::Items("/result/total"));
    platform::repository::merge_requests::ListMergeRequests =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&["/result/merge_requests"]).total(Total::Items("/result/total"));
    platform::v2_project::ListUserAllRepositories =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/repositories"]).total(Total::Items("/result/total"));
    platform::v2_project::ListProjectRepositoriesV2 =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/repositories"]).total(Total::Items("/result/total"));
    platform::repo_member::ListRepositoryMembers =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/users"]).total(Total::Items("/result/total"));
    platform::commit::ListCommits =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&["/result"]);
    platform::project::ListTemplateStatusRepositories =>
        Paging::number(PageIn::Query, "page_no", 1).size("page_size").items(&["/result/repos"]).total(Total::Items("/result/total_count"));
    platform::project::ListProjectRepositories =>
        Paging::number(PageIn::Query, "page_index", 1).size("page_size").items(&["/result/repositorys", "/result/repository", "/result/repositories"]).total(Total::Items("/result/total"));
    platform::historical::repository::ListRepositoryTemplatesV1 =>
        Paging::number(PageIn::Query, "page_no", 1).size("page_size").items(&["/result/projects"]).total(Total::Items("/result/total"));
    platform::historical::project::ListTemplateStatusRepositoriesV1 =>
        Paging::number(PageIn::Query, "page_no", 1).size("page_size").items(&["/result/repos"]).total(Total::Items("/result/total_count"));
}
