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

use forgespec_core::{EndpointRef, Section};

/// The tag (document section) of these operations.
pub const TAG: &str = "历史 API";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "历史 API：仅供部分老用户参考的旧版接口，均已废弃（deprecated）。",
    source: "7 历史 API",
    endpoints: &[
        EndpointRef::of::<ssh_key::DeleteSshKey>(),
        EndpointRef::of::<repository::UpdateRepositoryTemplateStatusV1>(),
        EndpointRef::of::<repository::ListRepositoryTemplatesV1>(),
        EndpointRef::of::<repository::AddDeployKeyV1>(),
        EndpointRef::of::<repository::DeleteDeployKeyV1>(),
        EndpointRef::of::<repository::ShowRepositoryV1>(),
        EndpointRef::of::<repository::ShowCommitLinesV1>(),
        EndpointRef::of::<user::ValidateHttpsInfoV1>(),
        EndpointRef::of::<project::ListTemplateStatusRepositoriesV1>(),
        EndpointRef::of::<file::ShowFileV1>(),
    ],
};
