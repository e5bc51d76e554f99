//! The fixture map: `fixtures/README*.md` tables whose first column names a fixture
//! (`` `dir/op.response.json` ``) and whose second says where in the document it is.
//!
//! The map is the record of what the document holds. A fixture missing from it is
//! undocumented; a mapped fixture missing from the disk is a documented example that
//! is no longer encoded. Both are problems, so deleting a fixture (with or without its
//! snapshot) fails the checks unless its map row and an erratum go with it.

use std::collections::BTreeSet;
use std::path::Path;

use crate::fixture::Fixture;

/// The fixture paths (relative to the fixtures directory) that the map files under
/// `fixture_dir` name, with the file and line of each row; or why they cannot be read.
pub fn mapped_paths(fixture_dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(fixture_dir)
        .map_err(|e| format!("{}: cannot list: {e}", fixture_dir.display()))?;
    let mut maps: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("README") && n.ends_with(".md"))
        })
        .collect();
    maps.sort();
    let mut rows = Vec::new();
    for map in maps {
        rows.extend(rows_of(&map)?);
    }
    Ok(rows)
}

/// The fixture paths one map file names, with the file and line of each row.
pub fn rows_of(map: &Path) -> Result<Vec<(String, String)>, String> {
    let text =
        std::fs::read_to_string(map).map_err(|e| format!("{}: cannot read: {e}", map.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(number, line)| {
            row_fixture(line).map(|path| {
                (
                    path.to_string(),
                    format!("{}:{}", map.display(), number + 1),
                )
            })
        })
        .collect())
}

/// The fixture a table row names in its first cell, if it names one.
fn row_fixture(line: &str) -> Option<&str> {
    let first_cell = line.strip_prefix('|')?.split('|').next()?.trim();
    let path = first_cell.strip_prefix('`')?.split('`').next()?;
    path.ends_with(".json").then_some(path)
}

/// Every fixture is mapped, and every mapped fixture exists.
pub fn check(fixture_dir: &Path, fixtures: &[Fixture]) -> Vec<String> {
    let rows = match mapped_paths(fixture_dir) {
        Ok(rows) => rows,
        Err(e) => return vec![e],
    };
    let on_disk: BTreeSet<&str> = fixtures.iter().map(|f| f.path.as_str()).collect();
    let mapped: BTreeSet<&str> = rows.iter().map(|(p, _)| p.as_str()).collect();
    let mut problems: Vec<String> = fixtures
        .iter()
        .filter(|f| !mapped.contains(f.path.as_str()))
        .map(|f| {
            format!(
                "{}: not mapped to its place in the document in fixtures/README.md",
                fixture_dir.join(&f.path).display()
            )
        })
        .collect();
    for (path, at) in &rows {
        if !on_disk.contains(path.as_str()) {
            problems.push(format!(
                "{at}: maps `{path}`, a documented example that is not in fixtures/ \
                 (every documented example is encoded, or an erratum says why not)"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_name_their_fixture_in_the_first_cell() {
        assert_eq!(
            row_fixture("| `a/b.response.json` (verbatim in `a/b.response.raw.txt`) | X |"),
            Some("a/b.response.json")
        );
        assert_eq!(row_fixture("| fixture | place |"), None);
        assert_eq!(row_fixture("|---|---|"), None);
        assert_eq!(row_fixture("text `a.json`"), None);
    }
}
