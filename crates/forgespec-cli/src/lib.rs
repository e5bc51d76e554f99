//! The `forgespec` command, as a library so that its tests run it in-process.
//!
//! Exit status: 0 when everything checked keeps the contract, 1 when something
//! breaks it, 2 when the input cannot be used (a missing file, a file that is not
//! JSON, an unknown operation), with a message that names the file and the position.

mod check_har;
mod mock;
mod report;
mod validate;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use forgespec_contract::{Contract, Platform};

pub use report::{Format, Item, Report};

/// Exit status: the input keeps the contract.
pub const VALID: u8 = 0;
/// Exit status: a violation was found.
pub const INVALID: u8 = 1;
/// Exit status: the input could not be used.
pub const UNUSABLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "forgespec",
    version,
    about = "Mock servers, payload validation and HAR checks for the contracts of PingCode, CODING, GitCode, CodeArts Repo and Codeup."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which platform, and where its contract comes from.
#[derive(Debug, clap::Args)]
struct Source {
    /// The platform: pingcode, coding, gitcode, codearts or codeup.
    #[arg(value_parser = parse_platform)]
    platform: Platform,
    /// Read the contract from this OpenAPI 3.1 JSON document instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    document: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve every documented operation of a platform: validate each request, answer with the documented example.
    Mock {
        #[command(flatten)]
        source: Source,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// The port (0: any free port; the one chosen is printed).
        #[arg(long, default_value_t = 4010)]
        port: u16,
        /// The largest request body read, in bytes; larger gets 413.
        #[arg(long, default_value_t = forgespec_contract::mock::DEFAULT_BODY_LIMIT)]
        body_limit: usize,
        /// No log line per request.
        #[arg(long)]
        quiet: bool,
    },
    /// Validate one request or response body (JSON) against an operation.
    Validate {
        #[command(flatten)]
        source: Source,
        /// The operationId (for CODING's Actions, the Action).
        #[arg(
            long,
            required_unless_present = "component",
            conflicts_with = "component"
        )]
        operation: Option<String>,
        /// A request body.
        #[arg(long, value_name = "FILE", conflicts_with = "response")]
        request: Option<PathBuf>,
        /// A component schema to validate `--value` against (`/components/schemas/<NAME>`),
        /// for documented examples of a shared shape.
        #[arg(long, value_name = "NAME", requires = "value")]
        component: Option<String>,
        /// The value for `--component`.
        #[arg(long, value_name = "FILE", requires = "component")]
        value: Option<PathBuf>,
        /// A response body.
        #[arg(long, value_name = "FILE")]
        response: Option<PathBuf>,
        /// The response's status (default: the operation's success status).
        #[arg(long, requires = "response")]
        status: Option<u16>,
        /// How to report.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
    },
    /// Route every exchange of a HAR file to its operation and validate both sides.
    CheckHar {
        /// The platform (pingcode, coding, gitcode, codearts, codeup), or `all`: each
        /// exchange is checked against the first platform with an operation at its path.
        #[arg(value_parser = parse_platforms)]
        platform: Platforms,
        /// Read the contract from this OpenAPI 3.1 JSON document instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        document: Option<PathBuf>,
        /// The HAR file.
        file: PathBuf,
        /// How to report.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Json,
    Junit,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Junit => Format::Junit,
        }
    }
}

fn parse_platform(text: &str) -> Result<Platform, String> {
    text.parse()
}

/// One platform, or the five for `all`.
#[derive(Debug, Clone)]
struct Platforms(Vec<Platform>);

fn parse_platforms(text: &str) -> Result<Platforms, String> {
    if text == "all" {
        Ok(Platforms(Platform::ALL.to_vec()))
    } else {
        text.parse().map(|p| Platforms(vec![p]))
    }
}

/// Runs the command line `args` (the program name first), writing reports to `out`
/// and messages to `err`; returns the exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { UNUSABLE } else { VALID };
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                write!(err, "{text}")
            } else {
                write!(out, "{text}")
            };
            return code;
        }
    };
    let outcome = match cli.command {
        Command::Mock {
            source,
            host,
            port,
            body_limit,
            quiet,
        } => load(&source)
            .and_then(|contract| mock::run(contract, &host, port, body_limit, quiet, err)),
        Command::Validate {
            source,
            operation,
            request,
            response,
            component,
            value,
            status,
            format,
        } => load(&source).and_then(|contract| {
            let target = match (operation, request, response, component, value) {
                (Some(op), Some(file), _, _, _) => validate::Target::Request(op, file),
                (Some(op), None, Some(file), _, _) => validate::Target::Response(op, file, status),
                (None, _, _, Some(name), Some(file)) => validate::Target::Component(name, file),
                _ => {
                    return Err(
                        "give --operation ID with --request FILE or --response FILE, \
                         or --component NAME with --value FILE"
                            .to_string(),
                    );
                }
            };
            validate::run(contract, &source.platform, &target, format.into(), out)
        }),
        Command::CheckHar {
            platform,
            document,
            file,
            format,
        } => {
            let contracts: Result<Vec<&'static Contract>, String> =
                match (&platform.0[..], document) {
                    ([one], document) => load(&Source {
                        platform: *one,
                        document,
                    })
                    .map(|c| vec![c]),
                    (_, None) => Ok(platform.0.iter().map(|p| Contract::builtin(*p)).collect()),
                    (_, Some(_)) => Err("--document needs one platform, not `all`".to_string()),
                };
            contracts
                .and_then(|contracts| check_har::run(&contracts, &file, format.into(), out, err))
        }
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(err, "forgespec: {message}");
            UNUSABLE
        }
    }
}

/// The contract a command works on: built in, or read from `--document`.
fn load(source: &Source) -> Result<&'static Contract, String> {
    let Some(path) = &source.document else {
        return Ok(Contract::builtin(source.platform));
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let contract = Contract::from_document(&text, &path.display().to_string())
        .map_err(|e| e.to_string())?
        .with_error_style(source.platform.error_style());
    // The command works on one contract until it exits.
    Ok(Box::leak(Box::new(contract)))
}

/// Reads a JSON file, with an error that names the file and the position.
fn read_json(path: &std::path::Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: line {}, column {}: not JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })
}
