//! PingCode's paged operations: where each takes its page and where its reply
//! carries the items and the total.

use forgespec_pingcode as platform;

use super::{PageIn, Paging, Total, paged};

paged! {
    platform::scm::products::ListScmProducts =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::users::ListScmUsers =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::repositories::ListScmRepositories =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::branches::ListScmBranches =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::commits::ListScmCommits =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::refs::ListScmRefs =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::pull_requests::ListScmPullRequests =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::scm::reviews::ListScmReviews =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::build::builds::ListBuilds =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::release::environments::ListReleaseEnvironments =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
    platform::release::deploys::ListDeploys =>
        Paging::number(PageIn::Query, "page_index", 0).size("page_size").items(&["/values"]).total(Total::Items("/total"));
}
