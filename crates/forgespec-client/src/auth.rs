//! Credentials, as each platform documents them.

use std::fmt;

/// How requests authenticate.
#[derive(Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Auth {
    /// No credentials (OAuth token exchange, public pages).
    #[default]
    None,
    /// CODING's personal access token: `Authorization: token <token>`.
    CodingToken(String),
    /// A bearer token: `Authorization: Bearer <token>` (CODING OAuth, PingCode's
    /// enterprise token).
    Bearer(String),
    /// HTTP Basic: `Authorization: Basic base64(user:password)` (CODING's project
    /// token).
    Basic {
        /// The user name.
        user: String,
        /// The password (the token).
        password: String,
    },
    /// A header of its own: CodeArts' `X-Auth-Token`, Codeup's `x-yunxiao-token`.
    Header {
        /// The header name.
        name: String,
        /// The value.
        value: String,
    },
    /// A query parameter: GitCode's `access_token`.
    Query {
        /// The parameter name.
        name: String,
        /// The value.
        value: String,
    },
}

impl Auth {
    /// The `Authorization` or other header this sends, if any.
    pub(crate) fn header(&self) -> Option<(String, String)> {
        match self {
            Auth::CodingToken(token) => Some(("Authorization".into(), format!("token {token}"))),
            Auth::Bearer(token) => Some(("Authorization".into(), format!("Bearer {token}"))),
            Auth::Basic { user, password } => Some((
                "Authorization".into(),
                format!("Basic {}", base64(format!("{user}:{password}").as_bytes())),
            )),
            Auth::Header { name, value } => Some((name.clone(), value.clone())),
            Auth::None | Auth::Query { .. } => None,
        }
    }

    /// The query parameter this sends, if any.
    pub(crate) fn query(&self) -> Option<(&str, &str)> {
        match self {
            Auth::Query { name, value } => Some((name, value)),
            _ => None,
        }
    }
}

/// Secrets stay out of logs and panics.
impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("Auth::None"),
            Auth::CodingToken(_) => f.write_str("Auth::CodingToken(…)"),
            Auth::Bearer(_) => f.write_str("Auth::Bearer(…)"),
            Auth::Basic { user, .. } => write!(f, "Auth::Basic {{ user: {user:?}, password: … }}"),
            Auth::Header { name, .. } => write!(f, "Auth::Header {{ name: {name:?}, value: … }}"),
            Auth::Query { name, .. } => write!(f, "Auth::Query {{ name: {name:?}, value: … }}"),
        }
    }
}

/// Standard base64 with padding (RFC 4648), for HTTP Basic.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Auth, base64};

    #[test]
    fn base64_matches_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn secrets_are_not_printed() {
        let auth = Auth::Basic {
            user: "u".into(),
            password: "secret".into(),
        };
        assert!(!format!("{auth:?}").contains("secret"));
        assert_eq!(
            auth.header().map(|h| h.1),
            Some("Basic dTpzZWNyZXQ=".to_string())
        );
    }
}
