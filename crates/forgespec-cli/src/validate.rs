//! `forgespec validate`: one request or response body against one operation, or a
//! value against a component schema.

use std::io::Write;
use std::path::PathBuf;

use forgespec_contract::{Contract, Operation, Platform};

use crate::report::{Format, Item, Report, colour_for};
use crate::{INVALID, VALID, read_json};

/// What is validated.
pub(crate) enum Target {
    /// A request body of an operation.
    Request(String, PathBuf),
    /// A response body of an operation, and its status.
    Response(String, PathBuf, Option<u16>),
    /// A value of a component schema.
    Component(String, PathBuf),
}

pub(crate) fn run(
    contract: &Contract,
    platform: &Platform,
    target: &Target,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, String> {
    let item = match target {
        Target::Request(operation, file) => {
            let op = operation_named(contract, platform, operation)?;
            let body = read_json(file)?;
            Item {
                name: format!("{} (request of {operation})", file.display()),
                operation: Some(op.id.clone()),
                violations: contract.check_request_body(op, &body),
                error: None,
            }
        }
        Target::Response(operation, file, status) => {
            let op = operation_named(contract, platform, operation)?;
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
            Item {
                name: format!("{} (response {status} of {operation})", file.display()),
                operation: Some(op.id.clone()),
                violations: contract.check_response_body(op, status, &body),
                error: None,
            }
        }
        Target::Component(name, file) => {
            let pointer = format!(
                "/components/schemas/{}",
                name.replace('~', "~0").replace('/', "~1")
            );
            if contract.document().pointer(&pointer).is_none() {
                return Err(format!("{platform} has no component schema `{name}`"));
            }
            let value = read_json(file)?;
            Item {
                name: format!("{} (a {name})", file.display()),
                operation: None,
                violations: contract.check_component(name, &value),
                error: None,
            }
        }
    };
    let report = Report {
        command: "validate".to_string(),
        platform: platform.to_string(),
        items: vec![item],
    };
    report
        .write(format, out, colour_for(&std::io::stdout()))
        .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(if report.passed() { VALID } else { INVALID })
}

fn operation_named<'c>(
    contract: &'c Contract,
    platform: &Platform,
    id: &str,
) -> Result<&'c Operation, String> {
    contract.operation(id).ok_or_else(|| {
        format!(
            "{platform} has no operation `{id}`; closest: {}",
            contract.closest_operations(id).join(", ")
        )
    })
}
