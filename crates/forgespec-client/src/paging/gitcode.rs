//! GitCode's paged operations: where each takes its page and where its reply
//! carries the items and the total.

use forgespec_gitcode as platform;

use super::{PageIn, Paging, paged};

paged! {
    platform::pulls::pull_requests::list::ListPullRequests =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&[""]);
    platform::pulls::issues::ListPullRequestIssues =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&[""]);
    platform::pulls::comments::ListPullRequestComments =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&[""]);
    platform::pulls::labels::ListPullRequestLabels =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&[""]);
    platform::pulls::enterprises::ListEnterprisePullRequests =>
        Paging::number(PageIn::Query, "page", 1).size("per_page").items(&[""]);
}
