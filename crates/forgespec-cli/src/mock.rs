//! `forgespec mock`: the contract's mock server until SIGINT or SIGTERM.

use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};

use forgespec_contract::Contract;
use forgespec_contract::mock::{MockOptions, MockServer};

use crate::VALID;

pub(crate) fn run(
    contract: &'static Contract,
    host: &str,
    port: u16,
    body_limit: usize,
    quiet: bool,
    err: &mut dyn Write,
) -> Result<u8, String> {
    let address: SocketAddr = (host, port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot listen on {host}:{port}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host} resolves to no address"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async {
        let options = MockOptions {
            body_limit,
            log: !quiet,
        };
        let server = MockServer::start(contract, address, options)
            .await
            .map_err(|e| format!("cannot listen on {address}: {e}"))?;
        let _ = writeln!(err, "listening on http://{}", server.address());
        let _ = writeln!(
            err,
            "{}: {} operations; stop with Ctrl-C",
            contract.title(),
            contract.operations().len()
        );
        let _ = err.flush();
        stop_signal().await;
        let _ = writeln!(err, "shutting down");
        server.shutdown().await;
        Ok(VALID)
    })
}

/// Waits for SIGINT (Ctrl-C) or, on Unix, SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
