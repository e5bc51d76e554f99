//! Finding the operation a request is for: REST path templates, and RPC Actions
//! (`x-rpc-action`) told apart by `Action` in the query string, else in the JSON body.

use std::fmt;

use serde_json::Value;

use crate::message::{Request, decode};
use crate::model::Operation;

/// A routed request: its operation and the path parameters it carries.
#[derive(Debug, Clone)]
pub struct Route<'c> {
    /// The operation.
    pub operation: &'c Operation,
    /// The path parameters, percent-decoded, by name.
    pub path_params: Vec<(String, String)>,
    /// Where the RPC Action was found, for an RPC operation.
    pub action_in: Option<ActionSource>,
}

/// Where a request named its RPC Action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionSource {
    /// `?Action=…`.
    Query,
    /// `"Action": "…"` in the JSON body only.
    Body,
}

/// Why a request matches no operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteError {
    /// No path template matches; the closest operations (`METHOD path (id)`).
    NotFound {
        /// Up to three operations whose method and path come closest.
        closest: Vec<String>,
    },
    /// The path exists, not with this method.
    MethodNotAllowed {
        /// The methods the path has.
        allowed: Vec<String>,
    },
    /// An RPC path without an `Action` in the query or the body.
    MissingAction {
        /// The path.
        path: String,
    },
    /// An `Action` no operation has.
    UnknownAction {
        /// The Action sent.
        action: String,
        /// Up to three documented Actions spelt most like it.
        closest: Vec<String>,
    },
    /// `Action` in the query and a different one in the body.
    ActionConflict {
        /// The query's.
        query: String,
        /// The body's.
        body: String,
    },
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteError::NotFound { closest } if closest.is_empty() => {
                write!(f, "no operation matches this method and path")
            }
            RouteError::NotFound { closest } => write!(
                f,
                "no operation matches this method and path; closest: {}",
                closest.join(", ")
            ),
            RouteError::MethodNotAllowed { allowed } => write!(
                f,
                "the path exists, but not with this method; allowed: {}",
                allowed.join(", ")
            ),
            RouteError::MissingAction { path } => write!(
                f,
                "{path} is an RPC endpoint: name the Action in the query (`?Action=<Name>`) or in the JSON body (`\"Action\": \"<Name>\"`)"
            ),
            RouteError::UnknownAction { action, closest } => {
                write!(f, "no operation has the Action `{action}`")?;
                if !closest.is_empty() {
                    write!(f, "; closest: {}", closest.join(", "))?;
                }
                Ok(())
            }
            RouteError::ActionConflict { query, body } => write!(
                f,
                "the query names the Action `{query}` and the body names `{body}`"
            ),
        }
    }
}

impl std::error::Error for RouteError {}

/// A template a path matches: its operation, its literal segments, its parameters.
type Match = (usize, usize, Vec<(String, String)>);

/// One segment of a path template.
#[derive(Debug, Clone)]
enum Segment {
    Literal(String),
    /// `{name}`, possibly with literal text around it (`{file}.json`).
    Param {
        prefix: String,
        name: String,
        suffix: String,
    },
}

/// The routing table of a document.
#[derive(Debug)]
pub(crate) struct Router {
    templates: Vec<(usize, Vec<Segment>)>,
    /// The path prefixes of the document's servers (`/v1`, `/api/v5`), which a
    /// request may or may not carry.
    prefixes: Vec<String>,
}

impl Router {
    pub(crate) fn new(operations: &[Operation], prefixes: Vec<String>) -> Self {
        Router {
            templates: operations
                .iter()
                .enumerate()
                .map(|(i, op)| (i, segments(&op.path)))
                .collect(),
            prefixes,
        }
    }

    pub(crate) fn route<'c>(
        &self,
        operations: &'c [Operation],
        request: &Request,
    ) -> Result<Route<'c>, RouteError> {
        let path = request.path();
        let mut candidates = vec![path.to_string()];
        for prefix in &self.prefixes {
            if let Some(rest) = path.strip_prefix(prefix.as_str())
                && rest.starts_with('/')
            {
                candidates.push(rest.to_string());
            }
        }
        let mut allowed = Vec::new();
        for candidate in &candidates {
            let parts: Vec<&str> = split(candidate);
            // Every template this path matches, the most literal first, so that
            // `/pulls/comments` wins over `/pulls/{number}`.
            let mut matches: Vec<Match> = self
                .templates
                .iter()
                .filter_map(|(i, template)| {
                    let params = matches(template, &parts)?;
                    let literals = template
                        .iter()
                        .filter(|s| matches!(s, Segment::Literal(_)))
                        .count();
                    Some((*i, literals, params))
                })
                .collect();
            matches.sort_by_key(|(_, literals, _)| std::cmp::Reverse(*literals));
            let same_method: Vec<_> = matches
                .iter()
                .filter(|(i, _, _)| operations[*i].method == request.method)
                .collect();
            if same_method.is_empty() {
                allowed.extend(
                    matches
                        .iter()
                        .map(|(i, _, _)| operations[*i].method.clone()),
                );
                continue;
            }
            let best = same_method[0].1;
            let tied: Vec<_> = same_method.iter().filter(|m| m.1 == best).collect();
            if tied
                .iter()
                .any(|(i, _, _)| operations[*i].rpc_action.is_some())
            {
                return rpc(
                    operations,
                    &tied.iter().map(|m| m.0).collect::<Vec<_>>(),
                    request,
                    &tied[0].2,
                );
            }
            let (i, _, params) = tied[0];
            return Ok(Route {
                operation: &operations[*i],
                path_params: params.clone(),
                action_in: None,
            });
        }
        if !allowed.is_empty() {
            allowed.sort();
            allowed.dedup();
            return Err(RouteError::MethodNotAllowed { allowed });
        }
        Err(RouteError::NotFound {
            closest: closest_paths(operations, &request.method, path),
        })
    }
}

/// Picks among operations sharing one RPC path by the request's Action.
fn rpc<'c>(
    operations: &'c [Operation],
    candidates: &[usize],
    request: &Request,
    params: &[(String, String)],
) -> Result<Route<'c>, RouteError> {
    let in_query = request
        .query_pairs()
        .into_iter()
        .find(|(name, _)| name == "Action")
        .map(|(_, v)| v);
    let in_body = serde_json::from_slice::<Value>(&request.body)
        .ok()
        .and_then(|v| v.get("Action").and_then(Value::as_str).map(str::to_string));
    let (action, source) = match (in_query, in_body) {
        (Some(q), Some(b)) if q != b => {
            return Err(RouteError::ActionConflict { query: q, body: b });
        }
        (Some(q), _) => (q, ActionSource::Query),
        (None, Some(b)) => (b, ActionSource::Body),
        (None, None) => {
            return Err(RouteError::MissingAction {
                path: request.path().to_string(),
            });
        }
    };
    match candidates
        .iter()
        .find(|i| operations[**i].rpc_action.as_deref() == Some(action.as_str()))
    {
        Some(i) => Ok(Route {
            operation: &operations[*i],
            path_params: params.to_vec(),
            action_in: Some(source),
        }),
        None => {
            let names: Vec<&str> = candidates
                .iter()
                .filter_map(|i| operations[*i].rpc_action.as_deref())
                .collect();
            Err(RouteError::UnknownAction {
                closest: closest(&action, names.iter().copied(), 3),
                action,
            })
        }
    }
}

fn split(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn segments(template: &str) -> Vec<Segment> {
    split(template)
        .into_iter()
        .map(|s| match (s.find('{'), s.find('}')) {
            (Some(open), Some(close)) if open < close => Segment::Param {
                prefix: s[..open].to_string(),
                name: s[open + 1..close].to_string(),
                suffix: s[close + 1..].to_string(),
            },
            _ => Segment::Literal(s.to_string()),
        })
        .collect()
}

fn matches(template: &[Segment], parts: &[&str]) -> Option<Vec<(String, String)>> {
    if template.len() != parts.len() {
        return None;
    }
    let mut params = Vec::new();
    for (segment, part) in template.iter().zip(parts) {
        match segment {
            Segment::Literal(literal) => {
                if decode_segment(part) != *literal {
                    return None;
                }
            }
            Segment::Param {
                prefix,
                name,
                suffix,
            } => {
                let value = part
                    .strip_prefix(prefix.as_str())?
                    .strip_suffix(suffix.as_str())?;
                if value.is_empty() {
                    return None;
                }
                params.push((name.clone(), decode_segment(value)));
            }
        }
    }
    Some(params)
}

/// A path segment is percent-decoded; `+` is literal in a path.
fn decode_segment(segment: &str) -> String {
    decode(&segment.replace('+', "%2B"))
}

fn closest_paths(operations: &[Operation], method: &str, path: &str) -> Vec<String> {
    let mut scored: Vec<(usize, String)> = operations
        .iter()
        .map(|op| {
            let penalty = usize::from(op.method != method) * 2;
            let label = match &op.rpc_action {
                Some(action) => format!("{} {}?Action={action} ({})", op.method, op.path, op.id),
                None => format!("{} {} ({})", op.method, op.path, op.id),
            };
            (distance(&op.path, path) + penalty, label)
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, label)| label).collect()
}

/// The `n` names spelt most like `wanted`.
pub(crate) fn closest<'a>(
    wanted: &str,
    names: impl Iterator<Item = &'a str>,
    n: usize,
) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = names
        .map(|name| (distance(&wanted.to_lowercase(), &name.to_lowercase()), name))
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(n)
        .map(|(_, name)| name.to_string())
        .collect()
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("DescribeProject", "DescribeProjects"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
