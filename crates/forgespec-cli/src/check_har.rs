//! `forgespec check-har`: every recorded exchange routed and validated.

use std::io::{IsTerminal, Write};
use std::path::Path;

use forgespec_contract::har::{self, Outcome};
use forgespec_contract::{Contract, Platform};

use crate::report::{Format, Item, Report, colour_for};
use crate::{INVALID, VALID};

/// HAR files longer than this show a progress line on a terminal.
const PROGRESS_FROM: usize = 500;

pub(crate) fn run(
    contracts: &[&Contract],
    file: &Path,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let exchanges = har::read(&text, &file.display().to_string()).map_err(|e| e.to_string())?;
    let progress = exchanges.len() >= PROGRESS_FROM && std::io::stderr().is_terminal();
    let mut items = Vec::with_capacity(exchanges.len());
    for (n, exchange) in exchanges.iter().enumerate() {
        let name = format!(
            "entry {}: {} {}",
            exchange.index, exchange.request.method, exchange.request.target
        );
        items.push(match har::check_any(contracts, exchange) {
            Outcome::Checked {
                operation,
                violations,
            } => Item {
                name,
                operation: Some(operation),
                violations,
                error: None,
            },
            Outcome::Unmatched(e) => Item {
                name,
                operation: None,
                violations: Vec::new(),
                error: Some(e.to_string()),
            },
        });
        if progress && (n + 1) % 100 == 0 {
            let _ = write!(err, "\rchecked {}/{}", n + 1, exchanges.len());
        }
    }
    if progress {
        let _ = writeln!(err, "\rchecked {0}/{0}", exchanges.len());
    }
    let platforms: Vec<String> = contracts
        .iter()
        .map(|c| {
            c.platform()
                .map_or_else(|| c.title().to_string(), |p| p.to_string())
        })
        .collect();
    let report = Report {
        command: "check-har".to_string(),
        platform: if platforms.len() == Platform::ALL.len() {
            "all".to_string()
        } else {
            platforms.join(", ")
        },
        items,
    };
    report
        .write(format, out, colour_for(&std::io::stdout()))
        .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(if report.passed() { VALID } else { INVALID })
}
