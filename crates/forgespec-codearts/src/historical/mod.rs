//! 7 历史 API: the historical operations the document keeps "for some older users"
//! (仅供部分老用户参考). Every one is marked deprecated.
//!
//! 7.4.2 (GET /v1/projects/{project_uuid}/repositories) shares its method and path
//! with the current 4.9.2 and is encoded by [`crate::project`]'s
//! `listProjectRepositories` (see E224).

pub mod file;
pub mod project;
pub mod repository;
pub mod ssh_key;
pub mod user;

use forgespec_core::Operation;

/// The tag (document section) of these operations.
pub const TAG: &str = "历史 API";

/// The operations of this chapter, in the document's order.
pub fn operations() -> Vec<Operation> {
    let mut operations = Vec::new();
    operations.extend(ssh_key::operations());
    operations.extend(repository::operations());
    operations.extend(user::operations());
    operations.extend(project::operations());
    operations.extend(file::operations());
    operations
}
