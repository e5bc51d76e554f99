//! The five platforms and their generated documents, built into the crate so that
//! the contract works without this repository.

use std::fmt;
use std::str::FromStr;

/// A platform forgespec describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    /// PingCode (DevOps data integration).
    Pingcode,
    /// CODING (coding.net): RPC Actions and a few REST endpoints.
    Coding,
    /// GitCode (pull requests).
    Gitcode,
    /// Huawei Cloud CodeArts Repo.
    Codearts,
    /// Alibaba Cloud Codeup.
    Codeup,
}

impl Platform {
    /// Every platform, in the project's order.
    pub const ALL: [Platform; 5] = [
        Platform::Pingcode,
        Platform::Coding,
        Platform::Gitcode,
        Platform::Codearts,
        Platform::Codeup,
    ];

    /// The id used on the command line and in `specs/<id>/`.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Pingcode => "pingcode",
            Platform::Coding => "coding",
            Platform::Gitcode => "gitcode",
            Platform::Codearts => "codearts",
            Platform::Codeup => "codeup",
        }
    }

    /// The generated OpenAPI 3.1 document (`specs/<id>/openapi.json`), as built into
    /// this crate.
    pub fn document(self) -> &'static str {
        match self {
            Platform::Pingcode => include_str!("../../../specs/pingcode/openapi.json"),
            Platform::Coding => include_str!("../../../specs/coding/openapi.json"),
            Platform::Gitcode => include_str!("../../../specs/gitcode/openapi.json"),
            Platform::Codearts => include_str!("../../../specs/codearts/openapi.json"),
            Platform::Codeup => include_str!("../../../specs/codeup/openapi.json"),
        }
    }

    /// How the platform answers a request it refuses.
    pub fn error_style(self) -> ErrorStyle {
        match self {
            Platform::Coding => ErrorStyle::TencentCloud,
            Platform::Codearts => ErrorStyle::Documented,
            _ => ErrorStyle::Problem,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Platform {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Platform::ALL
            .into_iter()
            .find(|p| p.id() == s)
            .ok_or_else(|| {
                format!(
                    "unknown platform `{s}`; one of: {}",
                    Platform::ALL.map(Platform::id).join(", ")
                )
            })
    }
}

/// How a refused request is answered: the platform's own documented error form
/// where there is one, else RFC 9457 problem details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorStyle {
    /// `422 application/problem+json` listing every violation (`401` for missing
    /// credentials).
    Problem,
    /// CODING's Tencent Cloud API framework: status 200 and
    /// `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
    TencentCloud,
    /// The operation's own documented error response (400 for a bad request, 401 for
    /// missing credentials) with its documented example, else `Problem`.
    Documented,
}
