//! forgespec's build tasks.
//!
//! `cargo xtask gen-specs` writes every generated file (specs, docs, the README's
//! coverage table); `cargo xtask gen-specs --check` regenerates them in memory and
//! fails, naming each file, when anything checked in differs.

use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "forgespec build tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate specs/<platform>/openapi{.yaml,.json,-3.0.yaml}, docs/reference/<platform>/*.md and
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
        Command::GenSpecs { check } => match gen_specs(&root, check) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Generates everything, reports per platform, then writes (or, with `check`,
/// compares) the files.
fn gen_specs(root: &std::path::Path, check: bool) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let generation = xtask::generate(root)?;
    let stale = xtask::stale_files(root, &generation.outputs);
    let changed: Vec<String> = if check {
        stale.clone()
    } else {
        xtask::write_all(root, &generation.outputs)?
    };
    for p in &generation.platforms {
        let touched = p
            .files
            .iter()
            .filter(|f| changed.iter().any(|c| c.starts_with(f.as_str())))
            .count();
        println!(
            "  {:<9} {:>4} operations {:>4} examples  {} files, {} {}  {:>6.2} s",
            p.id,
            p.operations,
            p.examples,
            p.files.len(),
            touched,
            if check { "stale" } else { "changed" },
            p.elapsed.as_secs_f64()
        );
    }
    let seconds = started.elapsed().as_secs_f64();
    if !check {
        println!(
            "gen-specs: {} files, {} changed ({seconds:.2} s)",
            generation.outputs.len(),
            changed.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if stale.is_empty() {
        println!(
            "gen-specs --check: {} generated files are up to date ({seconds:.2} s)",
            generation.outputs.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for s in &stale {
        eprintln!("stale: {s}");
    }
    eprintln!(
        "{} generated file(s) are stale: run `cargo xtask gen-specs`",
        stale.len()
    );
    Ok(ExitCode::FAILURE)
}
