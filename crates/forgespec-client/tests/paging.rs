//! Paging on the wire. Every paged operation of the tables is walked through the
//! client against a server that holds a list of five items and answers pages of the
//! two the client asks for: the server checks each request against the spec (so a
//! page number in the wrong place or of the wrong type fails) and answers the
//! operation's documented reply with the page's items and total put in, itself
//! checked against the spec. The walk must ask for exactly the three pages, in order,
//! and read each as the operation's type. The tables must name every operation whose
//! documented parameters page.

mod common;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use common::{client, listen, param_values, runtime, sections};
use forgespec_client::paging::{Cursor, PageIn, PagedOperation, Total, paged_operations};
use forgespec_client::{Call, Client};
use forgespec_contract::{Contract, Operation, Platform, Request, resolve as resolve_ref, sample};
use forgespec_core::ResponseBody;
use futures_util::{StreamExt, TryStreamExt};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The list the server holds and the page size the client asks for.
const ITEMS: usize = 5;
const PAGE_SIZE: usize = 2;
const PAGES: usize = ITEMS.div_ceil(PAGE_SIZE);

/// What the server saw: each request's cursor (`-` where it had none), and every
/// problem with a request or a reply.
#[derive(Default)]
struct Seen {
    cursors: Vec<String>,
    problems: Vec<String>,
}

/// Reads one HTTP/1.1 request (headers, then `Content-Length` bytes of body).
async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Request> {
    let mut data = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        let n = stream.read(&mut buffer).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buffer[..n]);
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let mut request = Request::new(request_line.next()?, request_line.next()?);
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':')?;
        request = request.header(name.trim(), value.trim());
    }
    let length: usize = request
        .header_value("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        let n = stream.read(&mut buffer).await.ok()?;
        if n == 0 {
            break;
        }
        data.extend_from_slice(&buffer[..n]);
    }
    request.body = data[head_end..].to_vec();
    Some(request)
}

/// The page the request asks for (0-based) and its cursor as text.
fn requested_page(entry: &PagedOperation, request: &Request) -> Result<(usize, String), String> {
    let paging = entry.paging;
    let name = paging.cursor.name();
    let value = match paging.location {
        PageIn::Query => request
            .query_pairs()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| Value::String(v)),
        PageIn::Body => serde_json::from_slice::<Value>(&request.body)
            .ok()
            .and_then(|b| b.get(name).cloned()),
    };
    let text = match &value {
        None => "-".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    let count = || {
        text.parse::<usize>()
            .map_err(|e| format!("cursor {text}: {e}"))
    };
    let page = match paging.cursor {
        Cursor::Number { first, .. } => count()? - first as usize,
        Cursor::Offset { .. } => count()? / PAGE_SIZE,
        Cursor::Token { .. } => match text.as_str() {
            "-" => 0,
            token => token
                .strip_prefix('t')
                .and_then(|n| n.parse().ok())
                .ok_or(format!("unknown token {token}"))?,
        },
    };
    Ok((page, text))
}

/// The documented reply of `op` holding page `page` of the list.
fn page_reply(
    contract: &Contract,
    entry: &PagedOperation,
    op: &Operation,
    page: usize,
) -> Result<(u16, Value), String> {
    let primary = op.primary_response().ok_or("no documented reply")?;
    let mut reply = primary
        .content
        .first()
        .and_then(|c| c.examples.first())
        .map(|(_, v)| v.clone())
        .ok_or("no documented example reply")?;
    let paging = entry.paging;
    let pointer = paging
        .items
        .iter()
        .find(|p| reply.pointer(p).is_some_and(Value::is_array))
        .ok_or("the example has no list at the table's pointer")?;
    let example_item = reply
        .pointer(pointer)
        .and_then(Value::as_array)
        .and_then(|list| list.first().cloned());
    // An example with an empty list: an item made up from the list's schema.
    let item = match example_item {
        Some(item) => item,
        None => {
            let document = contract.document();
            let root = primary
                .content
                .first()
                .and_then(|c| c.schema.as_deref())
                .and_then(|p| resolve(document, p))
                .ok_or("no reply schema")?;
            let items = schema_at(document, root, pointer)
                .and_then(|list| list.get("items"))
                .ok_or("no schema of the list's items")?;
            sample::synthesize(document, items)
        }
    };
    let count = ITEMS.saturating_sub(page * PAGE_SIZE).min(PAGE_SIZE);
    set(&mut reply, pointer, Value::Array(vec![item; count]))?;
    match paging.total {
        Total::Items(p) => set(&mut reply, p, ITEMS.into())?,
        Total::Pages(p) => set(&mut reply, p, PAGES.into())?,
        Total::Unknown => {}
    }
    if let Cursor::Token { reply: p, .. } = paging.cursor {
        let next = if page + 1 < PAGES {
            format!("t{}", page + 1)
        } else {
            String::new()
        };
        set(&mut reply, p, Value::String(next))?;
    }
    let status = primary.status.parse().map_err(|_| "a status range")?;
    Ok((status, reply))
}

/// Puts `value` at `pointer`, adding the last member where the example lacks it.
fn set(value: &mut Value, pointer: &str, new: Value) -> Result<(), String> {
    if pointer.is_empty() {
        *value = new;
        return Ok(());
    }
    let (parent, member) = pointer.rsplit_once('/').ok_or("not a JSON pointer")?;
    let Some(Value::Object(members)) = value.pointer_mut(parent) else {
        return Err(format!("the example has no object at {parent}"));
    };
    members.insert(member.to_string(), new);
    Ok(())
}

/// The schema of the value at `pointer` inside values of `schema`: `$ref`s followed,
/// of an `anyOf`/`oneOf` the branch that has the member.
fn schema_at<'d>(document: &'d Value, schema: &'d Value, pointer: &str) -> Option<&'d Value> {
    let mut schema = resolve_ref(document, schema);
    for token in pointer.split('/').skip(1) {
        let branches = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array);
        let holder = match branches {
            Some(branches) => branches
                .iter()
                .map(|b| resolve_ref(document, b))
                .find(|b| b.pointer(&format!("/properties/{token}")).is_some())?,
            None => schema,
        };
        schema = resolve_ref(document, holder.pointer(&format!("/properties/{token}"))?);
    }
    // A nullable list: its array branch.
    match schema.get("anyOf").and_then(Value::as_array) {
        Some(branches) => branches
            .iter()
            .map(|b| resolve_ref(document, b))
            .find(|b| b.get("items").is_some()),
        None => Some(schema),
    }
}

/// Whether the schema of `op`'s paging member `name` is a string.
fn typed_as_text(contract: &Contract, op: &Operation, location: PageIn, name: &str) -> bool {
    let document = contract.document();
    let schema = match location {
        PageIn::Query => op
            .parameters
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.schema.as_deref())
            .and_then(|p| resolve(document, p)),
        PageIn::Body => op
            .body
            .as_ref()
            .and_then(|b| b.content.first())
            .and_then(|c| c.schema.as_deref())
            .and_then(|p| resolve(document, p))
            .and_then(|s| schema_at(document, s, &format!("/{name}"))),
    };
    schema.is_some_and(|s| s.get("type").and_then(Value::as_str) == Some("string"))
}

/// A server of `entry`'s pages, checking what arrives and what it answers.
fn serve(contract: &'static Contract, entry: PagedOperation) -> (SocketAddr, Arc<Mutex<Seen>>) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let record = Arc::clone(&seen);
    let address = listen(move |mut stream| {
        let record = Arc::clone(&record);
        async move {
            let Some(request) = read_request(&mut stream).await else {
                return;
            };
            let (status, body) = {
                let mut seen = record.lock().expect("not poisoned");
                match answer(contract, &entry, &request) {
                    Ok((cursor, status, body)) => {
                        seen.cursors.push(cursor);
                        (status, body)
                    }
                    Err(problem) => {
                        seen.problems.push(problem);
                        (500, Value::Null)
                    }
                }
            };
            let body = serde_json::to_vec(&body).expect("JSON");
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body).await;
            let _ = stream.shutdown().await;
        }
    });
    (address, seen)
}

/// Checks a request and makes its page: (the cursor, the status, the reply).
fn answer(
    contract: &Contract,
    entry: &PagedOperation,
    request: &Request,
) -> Result<(String, u16, Value), String> {
    let check = contract
        .check_request(request)
        .map_err(|e| format!("the request does not route: {e}"))?;
    let op = check.route.operation;
    if op.id != entry.operation_id {
        return Err(format!("routed to {}", op.id));
    }
    if let Some(v) = check.violations.first() {
        return Err(format!("the request breaks the contract: {v}"));
    }
    let (page, cursor) = requested_page(entry, request)?;
    let (status, reply) = page_reply(contract, entry, op, page)?;
    if let Some(v) = contract.check_response_body(op, status, &reply).first() {
        return Err(format!(
            "the page made of the example breaks the contract: {v}"
        ));
    }
    Ok((cursor, status, reply))
}

/// The cursors a walk from the first page must send.
fn expected_cursors(entry: &PagedOperation) -> Vec<String> {
    (0..PAGES)
        .map(|page| match entry.paging.cursor {
            Cursor::Number { first, .. } => (first as usize + page).to_string(),
            Cursor::Offset { .. } => (page * PAGE_SIZE).to_string(),
            Cursor::Token { .. } if page == 0 => "-".to_string(),
            Cursor::Token { .. } => format!("t{page}"),
        })
        .collect()
}

/// Puts `value` at the member `name` of the parts (query or body); `None` removes it.
fn set_member(
    parts: &mut forgespec_client::Parts,
    location: PageIn,
    name: &str,
    value: Option<Value>,
) {
    match location {
        PageIn::Query => {
            parts.query.retain(|(n, _)| n != name);
            if let Some(value) = value {
                parts.query.push((name.to_string(), value));
            }
        }
        PageIn::Body => {
            let mut body: Value = parts
                .body
                .as_deref()
                .and_then(|b| serde_json::from_slice(b).ok())
                .unwrap_or_else(|| Value::Object(Default::default()));
            if let Value::Object(members) = &mut body {
                members.remove(name);
                if let Some(value) = value {
                    members.insert(name.to_string(), value);
                }
            }
            parts.body = Some(serde_json::to_vec(&body).expect("JSON"));
        }
    }
}

#[test]
fn every_paged_operation_walks_its_pages_on_the_wire() {
    let table = paged_operations();
    let mut problems = Vec::new();
    let mut walked = HashSet::new();
    for platform in Platform::ALL {
        let contract = Contract::builtin(platform);
        let mut count = 0;
        for section in sections(platform) {
            for endpoint in section.endpoints {
                let core = section.operation(endpoint);
                let Some(entry) = table.iter().find(|e| e.operation_id == core.id) else {
                    continue;
                };
                walked.insert(core.id);
                let op = contract.operation(core.id).expect("in the spec");
                let (address, seen) = serve(contract, *entry);
                let base = format!("http://{address}");
                let client = client(platform, &base, None);
                // The documented request, from its first page, two items a page.
                let mut parts = param_values(contract, op, &sample::request(contract, op, None));
                if let Some((_, example)) = op
                    .body
                    .as_ref()
                    .and_then(|b| b.content.first())
                    .and_then(|c| c.examples.first())
                {
                    parts.body = Some(serde_json::to_vec(example).expect("JSON"));
                }
                let paging = entry.paging;
                let cursor = paging.cursor.name();
                set_member(&mut parts, paging.location, cursor, None);
                let size = paging.size.expect("every table entry names its page size");
                let size_value = if typed_as_text(contract, op, paging.location, size) {
                    Value::String(PAGE_SIZE.to_string())
                } else {
                    PAGE_SIZE.into()
                };
                set_member(&mut parts, paging.location, size, Some(size_value));
                let pages: Result<Vec<_>, _> = runtime().block_on(
                    client
                        .pages_parts(core.clone(), paging, parts)
                        .try_collect(),
                );
                let seen = seen.lock().expect("not poisoned");
                problems.extend(
                    seen.problems
                        .iter()
                        .map(|p| format!("{platform} {}: {p}", core.id)),
                );
                match pages {
                    Ok(pages) => {
                        if seen.cursors != expected_cursors(entry) {
                            problems.push(format!(
                                "{platform} {}: asked for {:?}, not {:?}",
                                core.id,
                                seen.cursors,
                                expected_cursors(entry)
                            ));
                        }
                        let ResponseBody::Json(body) = (endpoint.types)().response else {
                            problems.push(format!("{platform} {}: not a JSON reply", core.id));
                            continue;
                        };
                        for page in &pages {
                            let value: Value =
                                serde_json::from_slice(&page.body).unwrap_or(Value::Null);
                            if let Err(e) = (body.check)(&value) {
                                problems.push(format!(
                                    "{platform} {}: a page does not read as its type: {e}",
                                    core.id
                                ));
                            }
                        }
                        count += 1;
                    }
                    Err(e) => problems.push(format!("{platform} {}: {e}", core.id)),
                }
            }
        }
        println!("{platform}: {count} paged operations walked through {PAGES} pages each");
    }
    let stale: Vec<_> = table
        .iter()
        .filter(|e| !walked.contains(e.operation_id))
        .map(|e| e.operation_id)
        .collect();
    assert!(
        stale.is_empty(),
        "table entries with no operation: {stale:?}"
    );
    assert_eq!(
        walked.len(),
        table.len(),
        "an operation is in the table twice"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The parameter names with which the documents ask for a page (a page number, an
/// offset or a token). A size alone (`Limit`) bounds a list but does not page it.
const CURSOR_NAMES: &[&str] = &[
    "page",
    "page_index",
    "page_no",
    "offset",
    "PageNumber",
    "Page",
    "Offset",
    "ContinuationToken",
];

#[test]
fn every_operation_whose_parameters_page_is_in_the_tables() {
    let table: HashSet<_> = paged_operations().iter().map(|e| e.operation_id).collect();
    let (mut missing, mut found) = (Vec::new(), 0);
    for platform in Platform::ALL {
        let contract = Contract::builtin(platform);
        for op in contract.operations() {
            let mut names: Vec<String> = op.parameters.iter().map(|p| p.name.clone()).collect();
            if let Some(request) = op
                .body
                .as_ref()
                .and_then(|b| b.content.first())
                .and_then(|c| c.schema.as_deref())
                .and_then(|pointer| resolve(contract.document(), pointer))
                .and_then(|schema| schema.get("properties"))
                .and_then(Value::as_object)
            {
                names.extend(request.keys().cloned());
            }
            if names.iter().any(|n| CURSOR_NAMES.contains(&n.as_str())) {
                found += 1;
                if !table.contains(op.id.as_str()) {
                    missing.push(format!("{platform} {}", op.id));
                }
            }
        }
    }
    // listMergeRequestDiscussions takes `page` and `per_page`, but the document gives
    // its reply as one discussion, not a list (CodeArts E229): nothing to page.
    assert_eq!(
        missing,
        ["codearts listMergeRequestDiscussions"],
        "paged but not in the tables"
    );
    assert_eq!(
        found,
        table.len() + missing.len(),
        "a table entry the documents do not page"
    );
}

/// The schema at `pointer` (a JSON pointer into the document), its `$ref`s followed.
fn resolve<'d>(document: &'d Value, pointer: &str) -> Option<&'d Value> {
    Some(resolve_ref(document, document.pointer(pointer)?))
}

#[test]
fn typed_pages_per_platform() {
    use forgespec_client::coding::artifact::repository::{
        DescribeArtifactRepositoryFileList, DescribeArtifactRepositoryFileListRequest,
    };
    use forgespec_client::pingcode::common::PageQuery;
    use forgespec_client::pingcode::scm::products::{ListScmProducts, ListScmProductsQuery};
    let first_pages = |page_index: Option<i64>| ListScmProductsQuery {
        page: PageQuery {
            page_size: Some(PAGE_SIZE as i64),
            page_index,
        },
        ..Default::default()
    };

    let walk = |platform: Platform, id: &str| -> (Client, Arc<Mutex<Seen>>) {
        let entry = *paged_operations()
            .iter()
            .find(|e| e.operation_id == id)
            .expect("in the table");
        let (address, seen) = serve(Contract::builtin(platform), entry);
        (client(platform, &format!("http://{address}"), None), seen)
    };

    // PingCode: page numbers from 0 in the query, a total of items.
    let (client, seen) = walk(Platform::Pingcode, "listScmProducts");
    let call = Call::<ListScmProducts>::new(
        Default::default(),
        first_pages(None),
        Default::default(),
        Default::default(),
    );
    let pages: Vec<_> = runtime()
        .block_on(client.pages(call).try_collect())
        .expect("every page");
    let items: usize = pages.iter().map(|p| p.values.len()).sum();
    assert_eq!((pages.len(), items), (PAGES, ITEMS));
    assert_eq!(seen.lock().expect("not poisoned").cursors, ["0", "1", "2"]);

    // CODING: a continuation token in the body.
    let (client, seen) = walk(Platform::Coding, "DescribeArtifactRepositoryFileList");
    let mut request = DescribeArtifactRepositoryFileListRequest::new("project", "maven");
    request.page_size = Some(PAGE_SIZE as i64);
    let pages: Vec<_> = runtime()
        .block_on(
            client
                .pages(Call::<DescribeArtifactRepositoryFileList>::body(request))
                .try_collect(),
        )
        .expect("every page");
    assert_eq!(pages.len(), PAGES);
    assert_eq!(
        seen.lock().expect("not poisoned").cursors,
        ["-", "t1", "t2"]
    );

    // Asked for a page past the end: that empty page, then the end.
    let (client, seen) = walk(Platform::Pingcode, "listScmProducts");
    let call = Call::<ListScmProducts>::new(
        Default::default(),
        first_pages(Some(9)),
        Default::default(),
        Default::default(),
    );
    let results: Vec<_> = runtime().block_on(client.pages(call).collect());
    assert_eq!(results.len(), 1, "{results:?}");
    assert!(results[0].as_ref().is_ok_and(|page| page.values.is_empty()));
    assert_eq!(seen.lock().expect("not poisoned").cursors, ["9"]);

    // A failure ends the stream with the error: this server serves another
    // operation's pages and answers 500.
    let (client, seen) = walk(Platform::Pingcode, "listScmUsers");
    let call = Call::<ListScmProducts>::new(
        Default::default(),
        first_pages(None),
        Default::default(),
        Default::default(),
    );
    let results: Vec<_> = runtime().block_on(client.pages(call).collect());
    assert_eq!(results.len(), 1, "{results:?}");
    assert!(
        matches!(
            results[0],
            Err(forgespec_client::Error::Status { status: 500, .. })
        ),
        "{results:?}"
    );
    assert_eq!(seen.lock().expect("not poisoned").problems.len(), 1);
}

#[test]
fn first_page_numbers_follow_the_documents() {
    // Where a page number's description says where counting starts ("页码，从 0
    // 开始", "分页索引，从1开始计数", "页码,默认:1"), the table's first page agrees.
    let (mut checked, mut wrong) = (0, Vec::new());
    for platform in Platform::ALL {
        let contract = Contract::builtin(platform);
        for entry in paged_operations() {
            let Cursor::Number { name, first } = entry.paging.cursor else {
                continue;
            };
            let Some(op) = contract.operation(entry.operation_id) else {
                continue;
            };
            let document = contract.document();
            let parameter = op.parameters.iter().find(|p| p.name == name);
            let description = match parameter {
                Some(p) => document
                    .pointer(&op.pointer)
                    .and_then(|o| o.get("parameters"))
                    .and_then(Value::as_array)
                    .and_then(|ps| ps.iter().find(|q| q["name"] == p.name.as_str()))
                    .and_then(|q| q.get("description")),
                None => op
                    .body
                    .as_ref()
                    .and_then(|b| b.content.first())
                    .and_then(|c| c.schema.as_deref())
                    .and_then(|p| resolve(document, p))
                    .and_then(|s| schema_at(document, s, &format!("/{name}")))
                    .and_then(|s| s.get("description")),
            };
            let text: String = description
                .and_then(Value::as_str)
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            let documented = if text.contains("从0开始") {
                Some(0)
            } else if text.contains("从1开始")
                || ["默认:1", "默认为1", "默认1"]
                    .iter()
                    .any(|t| text.contains(t))
            {
                Some(1)
            } else {
                None
            };
            if let Some(documented) = documented {
                checked += 1;
                if documented != first {
                    wrong.push(format!("{platform} {}: {text}", entry.operation_id));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
    println!("{checked} first pages stated by the documents, all as in the tables");
    assert!(
        checked > 20,
        "only {checked} descriptions state the first page"
    );
}
