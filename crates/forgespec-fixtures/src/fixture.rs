//! Documented examples ("fixtures"): file naming, loading and errors.
//!
//! Fixtures live in `crates/forgespec-<platform>/fixtures/`, in sub-directories that
//! mirror the crate's modules. A file's name says what it is an example of:
//!
//! | file name                               | example of |
//! |-----------------------------------------|------------|
//! | `<operationId>.request[.N].json`        | the operation's request body |
//! | `<operationId>.response[.N].json`       | its primary (first 2xx) response |
//! | `<operationId>.response-<status>[.N].json` | its response with that status |
//! | `<Component>.example[.N].json`          | a schema listed in `Api::example_types` |
//! | `<stem>.raw.txt`                        | the verbatim text of `<stem>.json`, which is a repair (an erratum) |
//!
//! `README*.md` files are documentation; anything else is an error.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// What a fixture is an example of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// An operation's request body.
    Request {
        /// The operationId.
        operation: String,
    },
    /// An operation's response body.
    Response {
        /// The operationId.
        operation: String,
        /// The status, or `None` for the primary success response.
        status: Option<u16>,
    },
    /// A component schema.
    Schema {
        /// The component name.
        component: String,
    },
}

/// One documented example.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// The path relative to the fixtures directory, with `/` separators.
    pub path: String,
    /// What it is an example of.
    pub subject: Subject,
    /// The parsed JSON.
    pub value: Value,
    /// The path of the verbatim `.raw.txt` this file repairs, if any.
    pub raw: Option<String>,
}

impl Fixture {
    /// The example's name inside the OpenAPI document: the file name after the
    /// subject (`request`, `response`, `response-400`, `response.2`, `example`).
    pub fn example_name(&self) -> String {
        let file = self.path.rsplit('/').next().unwrap_or(&self.path);
        let stem = file.strip_suffix(".json").unwrap_or(file);
        match stem.split_once('.') {
            Some((_, role)) => role.to_string(),
            None => stem.to_string(),
        }
    }

    /// The snapshot name: the path with separators replaced.
    pub fn snapshot_name(&self) -> String {
        self.path.trim_end_matches(".json").replace('/', "__")
    }
}

/// Why fixtures could not be loaded.
#[derive(Debug)]
pub struct FixtureError {
    /// The file concerned.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FixtureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for FixtureError {}

/// Parses a fixture file name into its subject and index.
pub fn parse_name(file_name: &str) -> Result<(Subject, u32), String> {
    let stem = file_name
        .strip_suffix(".json")
        .ok_or_else(|| "a fixture must end in .json (or .raw.txt beside its .json)".to_string())?;
    let mut parts: Vec<&str> = stem.split('.').collect();
    let index = match parts.last().map(|p| p.parse::<u32>()) {
        Some(Ok(n)) if parts.len() > 2 => {
            parts.pop();
            if n < 2 {
                return Err(format!(
                    "example index {n}: the first example has no index, the second is .2"
                ));
            }
            n
        }
        _ => 1,
    };
    let [name, role] = parts[..] else {
        return Err(format!("`{file_name}` is not `<name>.<role>[.N].json`"));
    };
    if name.is_empty() {
        return Err(format!("`{file_name}` has an empty name"));
    }
    let subject = match role {
        "request" => Subject::Request {
            operation: name.into(),
        },
        "response" => Subject::Response {
            operation: name.into(),
            status: None,
        },
        "example" => Subject::Schema {
            component: name.into(),
        },
        _ => match role.strip_prefix("response-").map(str::parse::<u16>) {
            Some(Ok(status)) if (100..600).contains(&status) => Subject::Response {
                operation: name.into(),
                status: Some(status),
            },
            _ => {
                return Err(format!(
                    "unknown role `{role}` in `{file_name}` (request, response, response-<status>, example)"
                ));
            }
        },
    };
    Ok((subject, index))
}

/// Loads every fixture under `dir`, sorted by path. A missing directory holds none.
pub fn load(dir: &Path) -> Result<Vec<Fixture>, FixtureError> {
    let mut files = Vec::new();
    if dir.exists() {
        collect(dir, &mut files)?;
    }
    files.sort();
    let mut fixtures = Vec::new();
    let err = |path: &Path, message: String| FixtureError {
        path: path.to_path_buf(),
        message,
    };
    for rel in &files {
        let full = dir.join(rel);
        let file_name = rel.rsplit('/').next().unwrap_or(rel);
        if file_name.starts_with("README") && file_name.ends_with(".md") {
            continue;
        }
        if let Some(stem) = rel.strip_suffix(".raw.txt") {
            if !files.iter().any(|f| f == &format!("{stem}.json")) {
                return Err(err(
                    &full,
                    format!("verbatim text with no repaired `{stem}.json` beside it"),
                ));
            }
            continue;
        }
        let (subject, _index) = parse_name(file_name).map_err(|m| err(&full, m))?;
        let text = std::fs::read_to_string(&full).map_err(|e| err(&full, e.to_string()))?;
        let value: Value = serde_json::from_str(&text).map_err(|e| {
            err(
                &full,
                format!(
                    "not valid JSON at line {}, column {}: {e}",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        let stem = rel.strip_suffix(".json").unwrap_or(rel);
        let raw = format!("{stem}.raw.txt");
        let raw = files.contains(&raw).then_some(raw);
        fixtures.push(Fixture {
            path: rel.clone(),
            subject,
            value,
            raw,
        });
    }
    Ok(fixtures)
}

fn collect(root: &Path, out: &mut Vec<String>) -> Result<(), FixtureError> {
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.map_err(|e| FixtureError {
            path: e.path().unwrap_or(root).to_path_buf(),
            message: e.to_string(),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        if let Ok(rel) = entry.path().strip_prefix(root) {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(rel.join("/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_into_subjects() {
        assert_eq!(
            parse_name("listX.response.2.json"),
            Ok((
                Subject::Response {
                    operation: "listX".into(),
                    status: None
                },
                2
            ))
        );
        assert_eq!(
            parse_name("getX.response-404.json"),
            Ok((
                Subject::Response {
                    operation: "getX".into(),
                    status: Some(404)
                },
                1
            ))
        );
        assert_eq!(
            parse_name("XRef.example.json"),
            Ok((
                Subject::Schema {
                    component: "XRef".into()
                },
                1
            ))
        );
        assert!(parse_name("getX.reply.json").is_err());
        assert!(parse_name("getX.json").is_err());
        assert!(parse_name("getX.response.1.json").is_err());
        assert!(parse_name("getX.response-999.json").is_err());
    }
}
