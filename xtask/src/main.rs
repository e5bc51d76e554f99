//! forgespec's build tasks.
//!
//! `cargo xtask gen-specs` writes every generated file (specs, docs, the README's
//! coverage table); `cargo xtask gen-specs --check` regenerates them in memory and
//! fails, naming each file, when anything checked in differs.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "forgespec build tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate specs/<platform>/openapi{.yaml,.json,-3.0.yaml}, docs/reference/<platform>.md and
    /// the README coverage table from the Rust models and fixtures.
    GenSpecs {
        /// Write nothing; fail if any generated file is stale.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = xtask::workspace_root();
    match cli.command {
        Command::GenSpecs { check } => match xtask::generate_all(&root) {
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
            Ok(outputs) if check => {
                let stale = xtask::stale_files(&root, &outputs);
                if stale.is_empty() {
                    println!(
                        "gen-specs --check: {} generated files are up to date",
                        outputs.len()
                    );
                    ExitCode::SUCCESS
                } else {
                    for s in &stale {
                        eprintln!("stale: {s}");
                    }
                    eprintln!(
                        "{} generated file(s) are stale: run `cargo xtask gen-specs`",
                        stale.len()
                    );
                    ExitCode::FAILURE
                }
            }
            Ok(outputs) => match xtask::write_all(&root, &outputs) {
                Ok(written) => {
                    println!("gen-specs: {} files, {written} changed", outputs.len());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e:#}");
                    ExitCode::FAILURE
                }
            },
        },
    }
}
