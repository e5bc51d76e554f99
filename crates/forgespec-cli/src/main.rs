//! `forgespec`: mock, validate and check recorded traffic against the contracts of
//! PingCode, CODING, GitCode, CodeArts Repo and Codeup.

use std::process::ExitCode;

fn main() -> ExitCode {
    let code = forgespec_cli::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    );
    ExitCode::from(code)
}
