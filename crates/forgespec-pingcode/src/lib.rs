//! Typed models and operations of PingCode's Open API, "DevOps 数据集成" (DevOps data
//! integration): the code-hosting, build and release data an enterprise pushes into
//! PingCode.
//!
//! Every resource, request and response of the reference is a serde + schemars type;
//! [`api`] lists every operation in the document's order. Defects of the document and
//! how they are decided are in `ERRATA.md` (cited in the code as `E<n>`).

pub mod build;
pub mod common;
pub mod release;
pub mod scm;

use forgespec_core::{Api, SecurityScheme, SecuritySchemeKind, Server, ServerVariable, Tag, body};

/// The name of the enterprise-token security scheme.
pub const ENTERPRISE_TOKEN: &str = "enterpriseToken";

/// PingCode's DevOps data-integration API.
pub fn api() -> Api {
    let mut operations = Vec::new();
    operations.extend(scm::products::operations());
    operations.extend(scm::users::operations());
    operations.extend(scm::repositories::operations());
    operations.extend(scm::branches::operations());
    operations.extend(scm::commits::operations());
    operations.extend(scm::refs::operations());
    operations.extend(scm::pull_requests::operations());
    operations.extend(scm::reviews::operations());
    operations.extend(build::builds::operations());
    operations.extend(release::environments::operations());
    operations.extend(release::deploys::operations());
    Api {
        id: "pingcode",
        title: "PingCode Open API: DevOps 数据集成",
        version: "v1",
        description: "PingCode's Open API for DevOps data integration: code-hosting products, \
            their users, repositories, branches, commits, refs, pull requests and reviews; \
            builds; release environments and deploys. Every operation needs an enterprise token.",
        source_document: "PingCode Open API reference, section DevOps 数据集成",
        servers: vec![
            Server::new("https://{rest_api_root}/v1", "PingCode REST API root of the enterprise.")
                .variable(ServerVariable {
                    name: "rest_api_root",
                    // E2: the document writes the host as a placeholder and never gives
                    // its value; the public cloud's is the default.
                    default: "open.pingcode.com",
                    allowed: Vec::new(),
                    description: "REST API 根地址 (`rest_api_root`)：公有云为 `open.pingcode.com`，私有部署为企业自己的地址。",
                }),
        ],
        // E3: how the token travels is decided, not documented.
        security_schemes: vec![SecurityScheme {
            name: ENTERPRISE_TOKEN,
            description: "企业令牌: an enterprise-level access token. \
                The document names the token but not how it travels; PingCode's Open API \
                takes it as a bearer token in the `Authorization` header (see ERRATA E3).",
            kind: SecuritySchemeKind::Http { scheme: "bearer", bearer_format: None },
        }],
        default_security: vec![ENTERPRISE_TOKEN],
        tags: vec![Tag {
            name: scm::products::TAG,
            description: "企业内实际的代码托管平台，例如Github或私有部署的Gitlab。",
        },
        Tag {
            name: scm::users::TAG,
            description: "代码托管平台内实际的用户，用于在PingCode中显示该用户在代码托管平台上的名称、头像以及主页的信息。如果没有手动创建用户，在操作代码仓库、分支、拉取请求时，将自动创建仅包含该用户名的用户。",
        },
        Tag {
            name: scm::repositories::TAG,
            description: "代码托管平台内实际的代码仓库，用于在PingCode中显示代码仓库的详细信息。",
        },
        Tag {
            name: scm::branches::TAG,
            description: "代码仓库内实际的分支，用于在PingCode中显示分支的详细信息。",
        },
        Tag {
            name: scm::commits::TAG,
            description: "实际的代码提交记录，用于在PingCode中显示提交的详细信息。提交并不会自动和代码仓库关联，需要通过提交引用与之关联。",
        },
        Tag {
            name: scm::refs::TAG,
            description: "提交引用是提交与分支的一种关联关系，一个提交可以与多个分支关联，一个分支也可以与多个提交关联。 当提交与分支关联后，提交会自动与由此分支发起的拉取请求关联，当拉取请求合并后，这些关联的提交将自动被标记为“已合并”状态。",
        },
        Tag {
            name: scm::pull_requests::TAG,
            description: "代码仓库内实际的拉取请求，用于在PingCode中显示拉取请求的详细信息。",
        },
        Tag {
            name: scm::reviews::TAG,
            description: "拉取请求实际的代码评审记录，用于在PingCode中显示代码评审的详细信息。",
        },
        Tag {
            name: build::builds::TAG,
            description: "企业内实际的构建记录，用于在PingCode中显示构建的详细信息。",
        },
        Tag {
            name: release::environments::TAG,
            description: "企业内实际的部署环境，用于在PingCode中显示各个环境的部署信息。",
        },
        Tag {
            name: release::deploys::TAG,
            description: "企业内实际的部署记录，用于在PingCode中显示部署的详细信息。",
        }],
        operations,
        example_types: vec![
            body::<scm::products::ScmProductRef>(),
            body::<scm::users::ScmUserRef>(),
            body::<scm::repositories::ScmRepositoryRef>(),
            body::<scm::branches::ScmBranchRef>(),
            body::<scm::commits::ScmCommitRef>(),
            body::<scm::refs::ScmRefRef>(),
            body::<scm::pull_requests::ScmPullRequestRef>(),
            body::<scm::reviews::ScmReviewRef>(),
            body::<build::builds::BuildRef>(),
            body::<release::environments::ReleaseEnvironmentRef>(),
            body::<release::deploys::DeployRef>()],
    }
}
