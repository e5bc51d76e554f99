//! ERRATA.md consistency: cited ids exist, ids are unique, repairs are recorded.

use std::collections::BTreeSet;
use std::path::Path;

use crate::fixture::Fixture;

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

/// The erratum ids cited as `E12` in `//` comments of the Rust sources under `src`,
/// or the first file that cannot be read.
pub fn cited_errata(src: &Path) -> Result<BTreeSet<String>, String> {
    let mut cited = BTreeSet::new();
    for entry in walkdir::WalkDir::new(src).sort_by_file_name() {
        let entry = entry.map_err(|e| format!("{}: {e}", src.display()))?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
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
    Ok(cited)
}

/// The text of a crate's ERRATA.md followed by its drafts (`errata/*.md`), which
/// work split across people may keep until they are merged.
pub fn read(crate_dir: &Path) -> Result<String, String> {
    let path = crate_dir.join("ERRATA.md");
    let mut errata = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let drafts_dir = crate_dir.join("errata");
    if drafts_dir.is_dir() {
        let entries = std::fs::read_dir(&drafts_dir)
            .map_err(|e| format!("{}: cannot list: {e}", drafts_dir.display()))?;
        let mut drafts: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        drafts.sort();
        for draft in drafts {
            let text = std::fs::read_to_string(&draft)
                .map_err(|e| format!("{}: cannot read: {e}", draft.display()))?;
            errata.push_str(&text);
        }
    }
    Ok(errata)
}

/// ERRATA.md consistency for one crate: ids unique, every cited id defined, every
/// repaired fixture recorded.
pub fn check(crate_dir: &Path, fixtures: &[Fixture]) -> Vec<String> {
    let path = crate_dir.join("ERRATA.md");
    let errata = match read(crate_dir) {
        Ok(text) => text,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    let ids = errata_ids(&errata);
    let mut seen = BTreeSet::new();
    for id in &ids {
        if !seen.insert(id.clone()) {
            problems.push(format!("{}: {id} is defined twice", path.display()));
        }
    }
    let cited = match cited_errata(&crate_dir.join("src")) {
        Ok(cited) => cited,
        Err(e) => {
            problems.push(e);
            BTreeSet::new()
        }
    };
    for id in cited {
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
