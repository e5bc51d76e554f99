//! 代码: source-code hosting data (托管平台, users, repositories, branches, commits,
//! refs, pull requests, reviews).

pub mod branches;
pub mod commits;
pub mod products;
pub mod pull_requests;
pub mod refs;
pub mod repositories;
pub mod reviews;
pub mod users;
