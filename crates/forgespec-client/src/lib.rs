//! A typed async client for the operation types of forgespec's platform crates.
//!
//! Every operation of PingCode, CODING, GitCode, CodeArts Repo and Codeup is a type
//! implementing [`Endpoint`] (in `forgespec-<platform>`, re-exported here behind
//! features of the same names). [`Client::send`] takes a [`Call`] of such a type (its
//! path, query and header parameters and its body), builds the request as the
//! generated spec describes it (the operation's own server where it has one; CODING's
//! `POST /open-api?Action=<Name>` with the Action in the body too), authenticates as
//! the platform documents ([`Auth`]), and returns the operation's typed reply or an
//! [`Error`]: the platform's documented error replies as values, other statuses,
//! undecodable bodies, timeouts and transport failures, each naming the operation.
//!
//! ```no_run
//! use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
//! use forgespec_client::{Auth, Call, Client, Error};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::coding(Auth::CodingToken("your-token".into())).build()?;
//! let call = Call::<DescribeOneProject>::body(DescribeOneProjectRequest::new(2));
//! match client.send(call).await {
//!     Ok(reply) => {
//!         let output = reply.response.into_result()?;
//!         println!("{:?}", output.project);
//!     }
//!     // CODING answers a refused call with status 200 and `Response.Error`.
//!     Err(Error::Platform { code, message, .. }) => eprintln!("CODING says {code}: {message}"),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(())
//! # }
//! ```

//! # One call per platform
//!
//! Each example runs against `forgespec mock` (started here in-process; against
//! the real service, leave out `base_url`). They show the credentials each platform
//! documents and how its errors arrive.
//!
//! PingCode, with its enterprise token:
//!
//! ```
//! use forgespec_client::pingcode::scm::products::{GetScmProduct, ScmProductPath};
//! use forgespec_client::{Call, Client, Error};
//! # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
//! # let mock = BackgroundMock::start(Contract::builtin(Platform::Pingcode))?;
//! # let runtime = tokio::runtime::Runtime::new()?;
//!
//! let client = Client::pingcode("enterprise-token").base_url(format!("{}/v1", mock.url())).build()?;
//! let call = Call::<GetScmProduct>::path(ScmProductPath::new("5e1dc0e0ad8e4a2e9a31c0e2"));
//! match runtime.block_on(client.send(call)) {
//!     Ok(product) => println!("{}", product.name),
//!     Err(Error::Status { status, body, .. }) => eprintln!("PingCode answered {status}: {body:?}"),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! CODING, with a personal access token; a refused Action is [`Error::Platform`]:
//!
//! ```
//! use forgespec_client::coding::project::{DescribeOneProject, DescribeOneProjectRequest};
//! use forgespec_client::{Auth, Call, Client, Error};
//! # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
//! # let mock = BackgroundMock::start(Contract::builtin(Platform::Coding))?;
//! # let runtime = tokio::runtime::Runtime::new()?;
//!
//! let client = Client::coding(Auth::CodingToken("personal-token".into())).base_url(mock.url()).build()?;
//! let call = Call::<DescribeOneProject>::body(DescribeOneProjectRequest::new(2));
//! let reply = runtime.block_on(client.send(call))?;
//! assert_eq!(reply.response.request_id(), "ae8e2d5f-569b-443e-8c61-440ea3a7562a");
//!
//! // Without credentials CODING answers 200 with `Response.Error`.
//! let anonymous = Client::coding(Auth::None).base_url(mock.url()).build()?;
//! let call = Call::<DescribeOneProject>::body(DescribeOneProjectRequest::new(2));
//! match runtime.block_on(anonymous.send(call)) {
//!     Err(Error::Platform { code, .. }) => assert_eq!(code, "AuthFailure"),
//!     other => panic!("{other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! GitCode, with its `access_token` query parameter:
//!
//! ```
//! use forgespec_client::gitcode::pulls::PullRequestPath;
//! use forgespec_client::gitcode::pulls::pull_requests::get::GetPullRequest;
//! use forgespec_client::{Call, Client};
//! # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
//! # let mock = BackgroundMock::start(Contract::builtin(Platform::Gitcode))?;
//! # let runtime = tokio::runtime::Runtime::new()?;
//!
//! let client = Client::gitcode("access-token").base_url(format!("{}/api/v5", mock.url())).build()?;
//! let call = Call::<GetPullRequest>::path(PullRequestPath::new("owner", "repo", 1));
//! let pull = runtime.block_on(client.send(call))?;
//! println!("#{} {:?}", pull.number, pull.title);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! CodeArts Repo in a region, with an IAM token (`X-Auth-Token`); its documented
//! error bodies (`error_code`, `error_msg`) are [`Error::Platform`]:
//!
//! ```
//! use forgespec_client::codearts::ssh_key::ListSshKeys;
//! use forgespec_client::{Call, Client, Error};
//! # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
//! # let mock = BackgroundMock::start(Contract::builtin(Platform::Codearts))?;
//! # let runtime = tokio::runtime::Runtime::new()?;
//!
//! let client = Client::codearts("cn-north-4", "iam-token").base_url(mock.url()).build()?;
//! match runtime.block_on(client.send(Call::<ListSshKeys>::body(Default::default()))) {
//!     Ok(keys) => println!("{:?}", keys.result),
//!     Err(Error::Platform { code, message, .. }) => eprintln!("CodeArts says {code}: {message}"),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Codeup through 云效 OpenAPI, with a personal access token (`x-yunxiao-token`):
//!
//! ```
//! use forgespec_client::codeup::change_requests::{CreateChangeRequest, CreateChangeRequestRequest};
//! use forgespec_client::codeup::common::OrganizationRepositoryPath;
//! use forgespec_client::{Call, Client};
//! # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
//! # let mock = BackgroundMock::start(Contract::builtin(Platform::Codeup))?;
//! # let runtime = tokio::runtime::Runtime::new()?;
//!
//! let client = Client::codeup("openapi-rdc.aliyuncs.com", "pt-token").base_url(mock.url()).build()?;
//! let path = OrganizationRepositoryPath::new("org-id", "repo-id");
//! let body = CreateChangeRequestRequest::new("feature", 2813489, "master", 2813489, "Add a feature");
//! let call = Call::<CreateChangeRequest>::new(path, Default::default(), Default::default(), body);
//! let created = runtime.block_on(client.send(call))?;
//! println!("{:?}", created);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod auth;
mod call;
mod error;
pub mod paging;
mod transport;

use std::sync::Arc;
use std::time::Duration;

pub use auth::Auth;
pub use call::Call;
pub use error::Error;
pub use forgespec_core::{Endpoint, Operation};
pub use paging::{Paged, Paging};
pub use transport::{Parts, Reply};

#[cfg(feature = "codearts")]
pub use forgespec_codearts as codearts;
#[cfg(feature = "codeup")]
pub use forgespec_codeup as codeup;
#[cfg(feature = "coding")]
pub use forgespec_coding as coding;
#[cfg(feature = "gitcode")]
pub use forgespec_gitcode as gitcode;
#[cfg(feature = "pingcode")]
pub use forgespec_pingcode as pingcode;

/// When a call is sent again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0: none, the default).
    pub max_retries: u32,
    /// The wait before the first retry; doubled for each further one.
    pub backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 0,
            backoff: Duration::from_millis(200),
        }
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    servers: Vec<(String, String)>,
    variables: Vec<(String, String)>,
    auth: Auth,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
}

impl ClientBuilder {
    /// Credentials for every request.
    #[must_use]
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// The URL of the platform's API (its spec's server, variables filled), e.g. a
    /// mock's `http://127.0.0.1:4010`.
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Sends the operations that have a server of their own (`server_url` as the spec
    /// writes it, e.g. GitCode's `https://raw.gitcode.com`) to `url` instead.
    #[must_use]
    pub fn server(mut self, server_url: impl Into<String>, url: impl Into<String>) -> Self {
        self.servers.push((server_url.into(), url.into()));
        self
    }

    /// A value for a `{variable}` of an operation's own server (CODING's `team`).
    #[must_use]
    pub fn server_variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.variables.push((name.into(), value.into()));
        self
    }

    /// The whole time a request may take (default 30 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The time connecting may take (default 10 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// When to retry (default: never). Retried: idempotent requests (GET, HEAD, PUT,
    /// DELETE, OPTIONS) that failed to connect, timed out or got 429, 502, 503 or 504;
    /// and any call CODING refused with `RequestLimitExceeded` (it was not carried out).
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The `User-Agent` (default `forgespec-client/<version>`).
    #[must_use]
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .user_agent(self.user_agent.clone())
            .build()
            .map_err(|e| Error::Transport {
                operation: "",
                message: format!("cannot build the HTTP client: {e}"),
            })?;
        Ok(Client {
            inner: Arc::new(transport::Inner {
                http,
                base_url: self.base_url.trim_end_matches('/').to_string(),
                servers: self.servers,
                variables: self.variables,
                auth: self.auth,
                retry: self.retry,
            }),
        })
    }
}

/// A client for one platform's API. Cheap to clone; share one.
#[derive(Debug, Clone)]
pub struct Client {
    inner: Arc<transport::Inner>,
}

impl Client {
    /// A client for the API at `base_url`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            servers: Vec::new(),
            variables: Vec::new(),
            auth: Auth::None,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: concat!("forgespec-client/", env!("CARGO_PKG_VERSION")).to_string(),
        }
    }

    /// PingCode's public cloud (`https://open.pingcode.com/v1`) with its enterprise
    /// token (`Authorization: Bearer …`); `base_url` for a private deployment.
    pub fn pingcode(token: impl Into<String>) -> ClientBuilder {
        Client::builder("https://open.pingcode.com/v1").auth(Auth::Bearer(token.into()))
    }

    /// CODING (`https://e.coding.net`): [`Auth::CodingToken`] for a personal access
    /// token, [`Auth::Bearer`] for OAuth, [`Auth::Basic`] for a project token. The
    /// legacy REST operations live on the team's domain: set
    /// `server_variable("team", …)`.
    pub fn coding(auth: Auth) -> ClientBuilder {
        Client::builder("https://e.coding.net").auth(auth)
    }

    /// GitCode API v5 (`https://api.gitcode.com/api/v5`) with the `access_token`
    /// query parameter; the raw-file operation goes to its own host.
    pub fn gitcode(access_token: impl Into<String>) -> ClientBuilder {
        Client::builder("https://api.gitcode.com/api/v5").auth(Auth::Query {
            name: "access_token".into(),
            value: access_token.into(),
        })
    }

    /// CodeArts Repo in a region (`cn-north-4`, …) with an IAM user token
    /// (`X-Auth-Token`).
    pub fn codearts(region: &str, token: impl Into<String>) -> ClientBuilder {
        Client::builder(format!("https://codehub-ext.{region}.myhuaweicloud.com")).auth(
            Auth::Header {
                name: "X-Auth-Token".into(),
                value: token.into(),
            },
        )
    }

    /// Codeup through 云效 OpenAPI at `domain` (`openapi-rdc.aliyuncs.com` for the
    /// central edition) with a personal access token (`x-yunxiao-token`).
    pub fn codeup(domain: &str, token: impl Into<String>) -> ClientBuilder {
        Client::builder(format!("https://{domain}")).auth(Auth::Header {
            name: "x-yunxiao-token".into(),
            value: token.into(),
        })
    }

    /// Sends a call and reads the operation's typed reply.
    pub async fn send<E: Endpoint>(&self, call: Call<E>) -> Result<E::Response, Error> {
        let operation = E::operation();
        let parts = call.into_parts(operation.id)?;
        let reply = self.send_parts(&operation, parts).await?;
        decode::<E>(operation.id, &reply)
    }

    /// Sends an operation described at run time (its parameters as JSON values, its
    /// body as bytes) and returns the successful reply's bytes; the same request
    /// building and error handling as [`Client::send`], for tools that work from
    /// [`Operation`]s rather than types.
    pub async fn send_parts(&self, operation: &Operation, parts: Parts) -> Result<Reply, Error> {
        self.inner.execute(operation, parts).await
    }
}

/// A successful reply read as `E`'s response type.
pub(crate) fn decode<E: Endpoint>(
    operation: &'static str,
    reply: &Reply,
) -> Result<E::Response, Error> {
    <E::Response as forgespec_core::Payload>::from_bytes(&reply.body).map_err(|e| Error::Decode {
        operation,
        status: reply.status,
        message: e.to_string(),
        body_start: error::body_start(&reply.body),
    })
}
