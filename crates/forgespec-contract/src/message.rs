//! HTTP messages as the contract sees them: independent of any HTTP library, so that
//! a test, a HAR file and the mock server hand over the same thing.

/// An HTTP request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Request {
    /// The method, upper case (`GET`, `POST`).
    pub method: String,
    /// The path and query (`/open-api?Action=DescribeOneProject`); an absolute URL is
    /// accepted too (its scheme and host are ignored).
    pub target: String,
    /// The headers in order; names compare case-insensitively.
    pub headers: Vec<(String, String)>,
    /// The body (empty when there is none).
    pub body: Vec<u8>,
}

/// An HTTP response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The headers in order; names compare case-insensitively.
    pub headers: Vec<(String, String)>,
    /// The body (empty when there is none).
    pub body: Vec<u8>,
}

impl Request {
    /// A request with no headers and no body.
    pub fn new(method: &str, target: &str) -> Self {
        Request {
            method: method.to_ascii_uppercase(),
            target: target.to_string(),
            ..Request::default()
        }
    }

    /// Adds a header.
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Sets a JSON body and `Content-Type: application/json`.
    #[must_use]
    pub fn json(mut self, body: &str) -> Self {
        self.headers
            .push(("Content-Type".to_string(), "application/json".to_string()));
        self.body = body.as_bytes().to_vec();
        self
    }

    /// The first value of a header, by case-insensitive name.
    pub fn header_value(&self, name: &str) -> Option<&str> {
        header_value(&self.headers, name)
    }

    /// The path, percent-encoded as sent, without scheme, host or query.
    pub fn path(&self) -> &str {
        let target = strip_origin(&self.target);
        let end = target.find(['?', '#']).unwrap_or(target.len());
        &target[..end]
    }

    /// The raw query string (after `?`, before any `#`), if any.
    pub fn query(&self) -> Option<&str> {
        let target = strip_origin(&self.target);
        let start = target.find('?')? + 1;
        let end = target[start..]
            .find('#')
            .map_or(target.len(), |i| start + i);
        Some(&target[start..end])
    }

    /// The query's name/value pairs, percent-decoded (`+` is a space), in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query().map(parse_query).unwrap_or_default()
    }
}

impl Response {
    /// The first value of a header, by case-insensitive name.
    pub fn header_value(&self, name: &str) -> Option<&str> {
        header_value(&self.headers, name)
    }
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// `https://host/a?b` → `/a?b`.
fn strip_origin(target: &str) -> &str {
    for scheme in ["http://", "https://"] {
        if let Some(rest) = target.strip_prefix(scheme) {
            return rest.find('/').map_or("/", |i| &rest[i..]);
        }
    }
    target
}

/// Decodes `application/x-www-form-urlencoded` pairs.
pub(crate) fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// Percent-decodes a query component or path segment (`+` is a space in a query).
pub(crate) fn decode(text: &str) -> String {
    let spaced = text.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8_lossy()
        .into_owned()
}

/// The media type of a `Content-Type` value, lower case, without parameters.
pub(crate) fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether `media` (from a message) is one a document's content key accepts:
/// equal, or a `type/*` or `*/*` range, or a `+json` suffix of a JSON key.
pub(crate) fn media_matches(key: &str, media: &str) -> bool {
    let key = key.to_ascii_lowercase();
    if key == media || key == "*/*" {
        return true;
    }
    if let Some(prefix) = key.strip_suffix("/*") {
        return media.split('/').next() == Some(prefix);
    }
    false
}

/// Whether a media type carries JSON.
pub(crate) fn is_json(media: &str) -> bool {
    media == "application/json" || media.ends_with("+json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_and_query_of_relative_and_absolute_targets() {
        let r = Request::new(
            "post",
            "https://e.coding.net/open-api?Action=A&x=a%20b+c#frag",
        );
        assert_eq!(r.method, "POST");
        assert_eq!(r.path(), "/open-api");
        assert_eq!(r.query(), Some("Action=A&x=a%20b+c"));
        assert_eq!(
            r.query_pairs(),
            vec![
                ("Action".to_string(), "A".to_string()),
                ("x".to_string(), "a b c".to_string())
            ]
        );
        assert_eq!(Request::new("GET", "/a/b").query(), None);
        assert_eq!(Request::new("GET", "https://host").path(), "/");
    }

    #[test]
    fn media_types_match_ranges() {
        assert_eq!(
            media_type("Application/JSON; charset=utf-8"),
            "application/json"
        );
        assert!(media_matches("image/*", "image/png"));
        assert!(media_matches("*/*", "text/plain"));
        assert!(!media_matches("application/json", "text/plain"));
    }
}
