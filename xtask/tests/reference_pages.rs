//! The generated references are usable: no page over 500 KB, no heading twice on a
//! page, plain-text `<summary>` labels, every operation and schema anchored exactly
//! once, and every link between generated files landing on a generated page and an
//! anchor that page has. Checked on the generated outputs in memory, as written, and
//! as split with a small page budget.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;
use xtask::Output;

/// No generated reference page may be larger (bytes).
const MAX_PAGE_BYTES: usize = 500_000;

// gen-specs splits pages before they reach the limit.
const _: () = assert!(xtask::PAGE_BUDGET <= MAX_PAGE_BYTES);

/// What one Markdown page says, outside fenced code blocks.
#[derive(Default)]
struct Parsed {
    headings: Vec<(usize, String)>,
    ids: Vec<String>,
    /// (line, link target) of every Markdown link and `href`.
    links: Vec<(usize, String)>,
    summaries: Vec<(usize, String)>,
}

fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut fenced = false;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            parsed.headings.push((n, line.trim_end().to_string()));
        }
        for value in attribute_values(line, "id=\"") {
            parsed.ids.push(value);
        }
        for value in attribute_values(line, "href=\"") {
            parsed.links.push((n, value));
        }
        if let Some(start) = line.find("<summary>") {
            let rest = &line[start + "<summary>".len()..];
            let label = rest.split("</summary>").next().unwrap_or(rest);
            parsed.summaries.push((n, label.to_string()));
        }
        // Markdown links, outside code spans (the even pieces between backticks).
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let mut rest = prose.as_str();
        while let Some(at) = rest.find("](") {
            let target = &rest[at + 2..];
            let end = target.find([')', ' ']).unwrap_or(target.len());
            parsed.links.push((n, target[..end].to_string()));
            rest = &target[end..];
        }
    }
    parsed
}

fn attribute_values(line: &str, prefix: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find(prefix) {
        let value = &rest[at + prefix.len()..];
        let end = value.find('"').unwrap_or(value.len());
        values.push(value[..end].to_string());
        rest = &value[end..];
    }
    values
}

/// `a/b/../c` → `a/c`; `None` when it climbs out of the repository.
fn normalize(dir: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

fn is_reference(path: &str) -> bool {
    path.starts_with("docs/reference/") && path.ends_with(".md")
}

/// Everything wrong with the references among `outputs`, and how many links were
/// followed to an anchor.
fn problems(root: &Path, outputs: &[Output], max_bytes: usize) -> (Vec<String>, usize) {
    let mut problems = Vec::new();
    let pages: HashMap<&str, Parsed> = outputs
        .iter()
        .filter(|o| o.path.ends_with(".md"))
        .map(|o| (o.path.as_str(), parse(&o.contents)))
        .collect();
    let generated: HashSet<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    let mut anchored_links = 0;
    for output in outputs.iter().filter(|o| is_reference(&o.path)) {
        let path = output.path.as_str();
        if output.contents.len() > max_bytes {
            problems.push(format!(
                "{path} is {} bytes, over {max_bytes}",
                output.contents.len()
            ));
        }
        let page = &pages[path];
        let mut headings = HashMap::new();
        for (line, heading) in &page.headings {
            if let Some(first) = headings.insert(heading.as_str(), *line) {
                problems.push(format!(
                    "{path}:{line}: heading `{heading}` repeats the one on line {first}"
                ));
            }
        }
        let mut ids = HashSet::new();
        for id in &page.ids {
            if !ids.insert(id.as_str()) {
                problems.push(format!("{path}: id `{id}` is given twice"));
            }
        }
        for (line, label) in &page.summaries {
            if label.contains('`') {
                problems.push(format!(
                    "{path}:{line}: a <summary> is HTML, where backticks stay literal: {label}"
                ));
            }
        }
    }
    for output in outputs.iter().filter(|o| o.path.ends_with(".md")) {
        let path = output.path.as_str();
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for (line, link) in &pages[path].links {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = link.split_once('#').unwrap_or((link.as_str(), ""));
            let Some(target) = (if file.is_empty() {
                Some(path.to_string())
            } else {
                normalize(dir, file)
            }) else {
                problems.push(format!("{path}:{line}: {link} leaves the repository"));
                continue;
            };
            // Hand-written pages (the README) are checked for their links into the
            // references only.
            if !is_reference(path) && !target.starts_with("docs/reference") {
                continue;
            }
            if generated.contains(target.as_str()) {
                if !anchor.is_empty() {
                    anchored_links += 1;
                    if !pages
                        .get(target.as_str())
                        .is_some_and(|p| p.ids.iter().any(|id| id == anchor))
                    {
                        problems.push(format!(
                            "{path}:{line}: {link}: {target} has no anchor `{anchor}`"
                        ));
                    }
                }
            } else if target.starts_with("docs/reference") || !root.join(&target).exists() {
                problems.push(format!(
                    "{path}:{line}: {link}: {target} is neither generated nor in the repository"
                ));
            }
        }
    }
    problems.extend(anchors_exactly_once(outputs, &pages));
    (problems, anchored_links)
}

/// Every operation and every component schema of each platform's spec has its anchor
/// on exactly one page of the platform's reference.
fn anchors_exactly_once(outputs: &[Output], pages: &HashMap<&str, Parsed>) -> Vec<String> {
    let mut problems = Vec::new();
    for spec in outputs.iter().filter(|o| o.path.ends_with("/openapi.json")) {
        let platform = spec
            .path
            .split('/')
            .nth(1)
            .expect("specs/<platform>/openapi.json");
        let doc: Value = serde_json::from_str(&spec.contents).expect("valid JSON");
        let prefix = format!("docs/reference/{platform}/");
        let mut count: HashMap<&str, usize> = HashMap::new();
        for (path, page) in pages.iter().filter(|(p, _)| p.starts_with(&prefix)) {
            assert!(is_reference(path));
            for id in &page.ids {
                *count.entry(id.as_str()).or_default() += 1;
            }
        }
        let operations = doc["paths"]
            .as_object()
            .into_iter()
            .flat_map(|paths| paths.values())
            .filter_map(Value::as_object)
            .flat_map(|item| item.values())
            .filter_map(|op| op["operationId"].as_str())
            .map(|id| format!("op-{}", id.to_lowercase()));
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|s| s.keys())
            .map(|name| format!("schema-{}", name.to_lowercase()));
        for anchor in operations.chain(schemas) {
            let n = count.get(anchor.as_str()).copied().unwrap_or(0);
            if n != 1 {
                problems.push(format!("{prefix}: anchor `{anchor}` is on {n} pages"));
            }
        }
        if !pages.contains_key(format!("{prefix}README.md").as_str()) {
            problems.push(format!("{prefix}README.md is not generated"));
        }
    }
    problems
}

fn assert_usable(outputs: &[Output], max_bytes: usize) {
    let root = xtask::workspace_root();
    let (problems, anchored_links) = problems(&root, outputs, max_bytes);
    assert!(
        problems.is_empty(),
        "{} problem(s) in the generated references:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let pages: Vec<&Output> = outputs.iter().filter(|o| is_reference(&o.path)).collect();
    println!(
        "{} reference pages, largest {} bytes ({}), {anchored_links} links to anchors resolved",
        pages.len(),
        pages.iter().map(|o| o.contents.len()).max().unwrap_or(0),
        pages
            .iter()
            .max_by_key(|o| o.contents.len())
            .map_or("", |o| o.path.as_str()),
    );
    assert!(
        anchored_links > 1000,
        "only {anchored_links} links to anchors were found: is the link parser broken?"
    );
}

#[test]
fn references_are_small_with_unique_headings_and_working_links() {
    let outputs = xtask::generate_all(&xtask::workspace_root()).expect("generation succeeds");
    assert_usable(&outputs, MAX_PAGE_BYTES);
}

#[test]
fn pages_split_for_a_small_budget_keep_their_links() {
    // Above the largest page of operations alone (CODING's 代码托管, about 364 KB
    // with the export's examples), below that page with its schemas (about 557 KB).
    let budget = 400_000;
    let outputs = xtask::generate_with_page_budget(&xtask::workspace_root(), budget)
        .expect("generation succeeds")
        .outputs;
    assert!(
        outputs
            .iter()
            .any(|o| is_reference(&o.path) && o.path.ends_with("-schemas.md")),
        "a budget of {budget} bytes should move some section's schemas to a page of their own"
    );
    assert_usable(&outputs, budget);
}

#[test]
fn the_checks_catch_what_they_are_for() {
    let root = xtask::workspace_root();
    let page = |path: &str, contents: &str| Output {
        path: path.into(),
        contents: contents.into(),
    };
    let outputs = vec![
        page(
            "docs/reference/p/README.md",
            "# P\n\n## A\n\n## A\n\n[x](01-a.md#op-x) [y](01-a.md#op-y) [z](02-b.md#op-z) [w](#nowhere)\n",
        ),
        page(
            "docs/reference/p/01-a.md",
            "<a id=\"op-x\"></a>\n### X\n\n<details><summary>Request `r`</summary>\n\n```json\n# not a heading\n[not](a-link.md)\n```\n",
        ),
        page("docs/reference/p/big.md", &"x".repeat(MAX_PAGE_BYTES + 1)),
    ];
    let (problems, _) = problems(&root, &outputs, MAX_PAGE_BYTES);
    let expect = [
        "big.md is 500001 bytes",
        "heading `## A` repeats",
        "01-a.md has no anchor `op-y`",
        "02-b.md is neither generated",
        "README.md has no anchor `nowhere`",
        "backticks stay literal",
    ];
    for e in expect {
        assert!(
            problems.iter().any(|p| p.contains(e)),
            "no problem says `{e}`:\n{}",
            problems.join("\n")
        );
    }
    assert_eq!(problems.len(), expect.len(), "{}", problems.join("\n"));
}
