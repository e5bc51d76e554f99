//! What the client's wire tests share: a runtime, clients pointed at a local server,
//! and a documented request's parameters as the client's parts.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::OnceLock;

use forgespec_client::{Auth, Client, Parts};
use forgespec_contract::{Contract, Platform, Request};
use forgespec_core::Section;
use serde_json::Value;

/// One runtime for the test binary, so servers outlive each test's calls.
pub fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime")
    })
}

/// The sections (and so the operation types) of `platform`.
pub fn sections(platform: Platform) -> &'static [&'static Section] {
    match platform {
        Platform::Pingcode => forgespec_client::pingcode::SECTIONS,
        Platform::Coding => forgespec_client::coding::SECTIONS,
        Platform::Gitcode => forgespec_client::gitcode::SECTIONS,
        Platform::Codearts => forgespec_client::codearts::SECTIONS,
        Platform::Codeup => forgespec_client::codeup::SECTIONS,
    }
}

/// A client of `platform` pointed at `base`; GitCode's raw-file host at `own_server`.
pub fn client(platform: Platform, base: &str, own_server: Option<&str>) -> Client {
    let builder = match platform {
        Platform::Pingcode => Client::pingcode("token").base_url(format!("{base}/v1")),
        Platform::Coding => Client::coding(Auth::CodingToken("token".into()))
            .base_url(base)
            .server("https://{team}.coding.net", base),
        Platform::Gitcode => Client::gitcode("token")
            .base_url(format!("{base}/api/v5"))
            .server("https://raw.gitcode.com", own_server.unwrap_or(base)),
        Platform::Codearts => Client::codearts("cn-north-4", "token").base_url(base),
        Platform::Codeup => Client::codeup("openapi-rdc.aliyuncs.com", "token").base_url(base),
    };
    builder.build().expect("a client")
}

/// The path, query and header parameters of `request` (the contract's made-up
/// request for `op`, with the documented values), as the client's parts.
pub fn param_values(
    contract: &Contract,
    op: &forgespec_contract::Operation,
    request: &Request,
) -> Parts {
    let route = contract.route(request).expect("the sample request routes");
    let query = request.query_pairs();
    let mut parts = Parts::default();
    for p in &op.parameters {
        match p.location {
            forgespec_contract::Location::Path => {
                if let Some((_, v)) = route.path_params.iter().find(|(n, _)| *n == p.name) {
                    parts.path.push((p.name.clone(), Value::String(v.clone())));
                }
            }
            forgespec_contract::Location::Query
                if p.name != "Action" && p.name != "access_token" =>
            {
                if let Some((_, v)) = query.iter().find(|(n, _)| *n == p.name) {
                    parts.query.push((p.name.clone(), Value::String(v.clone())));
                }
            }
            forgespec_contract::Location::Header => {
                if let Some(v) = request.header_value(&p.name) {
                    parts
                        .headers
                        .push((p.name.clone(), Value::String(v.to_string())));
                }
            }
            _ => {}
        }
    }
    parts
}

/// A server on an ephemeral local port: each connection goes to `handle` (on a task
/// of its own), until the test binary exits.
pub fn listen<F, Fut>(handle: F) -> SocketAddr
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    runtime().block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(handle(stream));
            }
        });
        address
    })
}
