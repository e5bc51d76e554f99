//! ERRATA.md consistency: cited ids exist, ids are unique, repairs are recorded.

use std::collections::BTreeSet;
use std::path::Path;

use forgespec_openapi::fixtures::Fixture;

/// The erratum ids (`E12`) that `## E12: …` headings in an ERRATA.md define, in order.
pub fn errata_ids(errata: &str) -> Vec<String> {
    errata
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter_map(|l| l.split(':').next())
        .filter(|id| is_erratum_id(id))
        .map(str::to_string)
        .collect()
}

fn is_erratum_id(s: &str) -> bool {
    s.len() > 1 && s.starts_with('E') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The erratum ids cited as `E12` in `//` comments of the Rust sources under `src`.
pub fn cited_errata(src: &Path) -> BTreeSet<String> {
    let mut cited = BTreeSet::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for line in text.lines() {
                    let Some((_, comment)) = line.split_once("//") else {
                        continue;
                    };
                    for word in comment.split(|c: char| !c.is_ascii_alphanumeric()) {
                        if is_erratum_id(word) {
                            cited.insert(word.to_string());
                        }
                    }
                }
            }
        }
    }
    cited
}

pub(crate) fn check(crate_dir: &Path, fixtures: &[Fixture]) -> Vec<String> {
    let path = crate_dir.join("ERRATA.md");
    let Ok(mut errata) = std::fs::read_to_string(&path) else {
        return vec![format!("{}: missing", path.display())];
    };
    // Work split across people may keep drafts in `errata/*.md` until merged.
    if let Ok(entries) = std::fs::read_dir(crate_dir.join("errata")) {
        let mut drafts: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        drafts.sort();
        for draft in drafts
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            errata.push_str(&std::fs::read_to_string(draft).unwrap_or_default());
        }
    }
    let mut problems = Vec::new();
    let ids = errata_ids(&errata);
    let mut seen = BTreeSet::new();
    for id in &ids {
        if !seen.insert(id.clone()) {
            problems.push(format!("{}: {id} is defined twice", path.display()));
        }
    }
    for id in cited_errata(&crate_dir.join("src")) {
        if !seen.contains(&id) {
            problems.push(format!(
                "{}: the code cites {id}, which it does not define",
                path.display()
            ));
        }
    }
    for f in fixtures {
        if let Some(raw) = &f.raw {
            let name = raw.rsplit('/').next().unwrap_or(raw);
            if !errata.contains(name) {
                problems.push(format!(
                    "{}: the repair of `{raw}` is not recorded",
                    path.display()
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_level_two_headings() {
        let text = "# Errata\n## E1: a\n- x\n## E20: b\n### E3: not an erratum\n## Notes\n";
        assert_eq!(errata_ids(text), ["E1", "E20"]);
    }
}
