//! `forgespec validate`: one request or response body against one operation.

use std::io::Write;
use std::path::PathBuf;

use forgespec_contract::{Contract, Platform};

use crate::report::{Format, Item, Report, colour_for};
use crate::{INVALID, VALID, read_json};

/// What is validated.
pub(crate) enum Target {
    /// A request body.
    Request(PathBuf),
    /// A response body and its status.
    Response(PathBuf, Option<u16>),
}

pub(crate) fn run(
    contract: &Contract,
    platform: &Platform,
    operation: &str,
    target: &Target,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, String> {
    let Some(op) = contract.operation(operation) else {
        return Err(format!(
            "{platform} has no operation `{operation}`; closest: {}",
            contract.closest_operations(operation).join(", ")
        ));
    };
    let (name, violations) = match target {
        Target::Request(file) => {
            let body = read_json(file)?;
            (
                format!("{} (request of {operation})", file.display()),
                contract.check_request_body(op, &body),
            )
        }
        Target::Response(file, status) => {
            let body = read_json(file)?;
            let status = match status {
                Some(s) => *s,
                None => op
                    .primary_response()
                    .and_then(|r| r.status.parse().ok())
                    .ok_or_else(|| {
                        format!("{operation} documents no numeric success status: give --status")
                    })?,
            };
            (
                format!("{} (response {status} of {operation})", file.display()),
                contract.check_response_body(op, status, &body),
            )
        }
    };
    let report = Report {
        command: "validate".to_string(),
        platform: platform.to_string(),
        items: vec![Item {
            name,
            operation: Some(op.id.clone()),
            violations,
            error: None,
        }],
    };
    report
        .write(format, out, colour_for(&std::io::stdout()))
        .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(if report.passed() { VALID } else { INVALID })
}
