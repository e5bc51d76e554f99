//! 制品仓库: artifact repositories, their packages, versions, files and properties,
//! and the team-wide artifact list.
//!
//! The section is split by subject into small modules; [`SECTION`] lists their
//! Actions in the document's order. The repository type, which several of them use,
//! is here.

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

// The sibling crates this section uses, under the module names forgespec_coding
// gives them, so that paths read as they do there (`crate::common::Project`).
use forgespec_coding_common as common;

pub mod package;
pub mod property;
pub mod repository;
pub mod team;
pub mod version;

use forgespec_core::{EndpointRef, Section, int_enum};

/// The tag (document section) of these operations.
pub const TAG: &str = "制品仓库";

/// The document section these operations belong to, with its operations in the
/// document's order.
pub static SECTION: Section = Section {
    tag: TAG,
    description: "Artifact repositories: their packages, versions, downloadable files and properties.",
    source: "API REFERENCE › 制品仓库",
    endpoints: &[
        EndpointRef::of::<repository::CreateArtifactRepository>(),
        EndpointRef::of::<repository::DescribeArtifactRepositoryList>(),
        EndpointRef::of::<repository::DescribeArtifactRepositoryFileList>(),
        EndpointRef::of::<package::DescribeArtifactPackageList>(),
        EndpointRef::of::<version::DescribeArtifactVersionList>(),
        EndpointRef::of::<version::ReleaseArtifactVersion>(),
        EndpointRef::of::<version::ForbiddenArtifactVersion>(),
        EndpointRef::of::<version::DescribeArtifactVersionFileList>(),
        EndpointRef::of::<version::DescribeArtifactFileDownloadUrl>(),
        EndpointRef::of::<property::DescribeArtifactProperties>(),
        EndpointRef::of::<property::CreateArtifactProperties>(),
        EndpointRef::of::<property::ModifyArtifactProperties>(),
        EndpointRef::of::<property::DeleteArtifactProperties>(),
        EndpointRef::of::<team::DescribeTeamArtifacts>(),
    ],
};

int_enum! {
    /// 仓库类型:1-generic;2-docker;3-maven;4-npm;5-pypi;6-helm;7-composer;8-nuget;9-conan;10-cocoapods;11-rpm
    pub enum ArtifactType {
        /// 1-generic
        Generic = 1,
        /// 2-docker
        Docker = 2,
        /// 3-maven
        Maven = 3,
        /// 4-npm
        Npm = 4,
        /// 5-pypi
        Pypi = 5,
        /// 6-helm
        Helm = 6,
        /// 7-composer
        Composer = 7,
        /// 8-nuget
        Nuget = 8,
        /// 9-conan
        Conan = 9,
        /// 10-cocoapods
        Cocoapods = 10,
        /// 11-rpm
        Rpm = 11,
        /// 12-Go（CODING OpenAPI export）
        // E1320: a type only the export lists (its 授信清单 schemas).
        Go = 12,
    }
}
