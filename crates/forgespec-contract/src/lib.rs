//! forgespec's contract engine: the five platforms' OpenAPI documents built in,
//! routing of recorded or live traffic to its operation (REST path templates, and
//! CODING's RPC Actions by `Action` in the query string, else in the JSON body),
//! validation of requests and responses with typed violations, and a mock server.
//!
//! In a user's integration test:
//!
//! ```
//! use forgespec_contract::{Contract, Part, Platform, Request};
//!
//! let coding = Contract::builtin(Platform::Coding);
//! let request = Request::new("POST", "https://e.coding.net/open-api?Action=DescribeOneProject")
//!     .header("Authorization", "token 0123abcd")
//!     .json(r#"{"Action": "DescribeOneProject", "ProjectId": 2}"#);
//! let check = coding.check_request(&request)?;
//! assert_eq!(check.route.operation.id, "DescribeOneProject");
//! assert!(check.violations.is_empty());
//!
//! // The same Action named only in the body routes too; a wrong type is reported
//! // where it is.
//! let bad = Request::new("POST", "/open-api")
//!     .header("Authorization", "token 0123abcd")
//!     .json(r#"{"Action": "DescribeOneProject", "ProjectId": "two"}"#);
//! let check = coding.check_request(&bad)?;
//! assert_eq!(check.violations[0].part, Part::RequestBody);
//! assert_eq!(check.violations[0].pointer, "/ProjectId");
//! assert_eq!(check.violations[0].keyword, "type");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod contract;
pub mod har;
mod message;
pub mod mock;
mod model;
mod params;
mod platform;
mod route;
pub mod sample;
mod schema;
mod violation;

pub use contract::{Contract, LoadError, RequestCheck};
pub use message::{Request, Response};
pub use model::{
    Content, Credential, Location, Operation, Parameter, RequestBody, ResponseSpec, resolve,
};
pub use platform::{ErrorStyle, Platform};
pub use route::{ActionSource, Route, RouteError};
pub use violation::{Part, Violation};
