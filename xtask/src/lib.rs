//! The library behind `cargo xtask`: generation of every checked-in artefact, and
//! the file IO (atomic writes, staleness checks) around it.

mod docs;
pub mod platforms;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use forgespec_fixtures::{errata, fixture};
use forgespec_openapi::{assemble, spec_files};

/// One generated file, relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the workspace root, `/`-separated.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// The workspace root (the parent of the `xtask` crate).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

/// Everything `gen-specs` writes, generated in memory.
pub fn generate_all(root: &Path) -> Result<Vec<Output>> {
    let mut outputs = Vec::new();
    let mut coverage = Vec::new();
    for platform in platforms::all() {
        let api = (platform.api)();
        let crate_dir = root.join(platform.crate_dir);
        let fixtures = fixture::load(&crate_dir.join("fixtures"))
            .with_context(|| format!("loading the {} fixtures", api.id))?;
        let doc = match assemble(&api, &fixtures) {
            Ok(doc) => doc,
            Err(problems) => bail!(
                "{} problem(s) assembling {}:\n  - {}",
                problems.len(),
                api.id,
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n  - ")
            ),
        };
        for file in spec_files(&api, &doc).context("serializing the document")? {
            outputs.push(Output {
                path: format!("specs/{}", file.path),
                contents: file.contents,
            });
        }
        let errata_text = errata::read(&crate_dir).map_err(anyhow::Error::msg)?;
        let errata_count = errata::errata_ids(&errata_text).len();
        outputs.push(Output {
            path: format!("docs/reference/{}.md", api.id),
            contents: docs::platform_page(&api, &doc, platform.crate_dir, errata_count)?,
        });
        coverage.push(docs::CoverageRow {
            id: api.id.to_string(),
            title: api.title.to_string(),
            documented_operations: platform.documented_operations,
            operations: api.operations.len(),
            documented_examples: platform.documented_examples,
            examples: fixtures.len(),
            errata: errata_count,
            note: platform.note.to_string(),
        });
    }
    let readme_path = root.join("README.md");
    let readme = read_text(&readme_path).context("reading README.md")?;
    outputs.push(Output {
        path: "README.md".into(),
        contents: docs::readme_with_coverage(&readme, &coverage)?,
    });
    Ok(outputs)
}

/// A text file with its line endings as generated (`\n`): a checkout that turned
/// them into `\r\n` holds the same text, not a stale file.
fn read_text(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path).map(|text| text.replace("\r\n", "\n"))
}

/// The outputs whose checked-in file differs or is missing, and generated-looking
/// files under `specs/` that nothing generates any more.
pub fn stale_files(root: &Path, outputs: &[Output]) -> Vec<String> {
    let mut stale: Vec<String> = outputs
        .iter()
        .filter(|o| read_text(&root.join(&o.path)).ok().as_deref() != Some(o.contents.as_str()))
        .map(|o| format!("{} (differs from what gen-specs generates)", o.path))
        .collect();
    for leftover in leftovers(root, outputs) {
        stale.push(format!("{leftover} (no longer generated)"));
    }
    stale
}

fn leftovers(root: &Path, outputs: &[Output]) -> Vec<String> {
    let mut found = Vec::new();
    let specs = root.join("specs");
    let Ok(platform_dirs) = std::fs::read_dir(&specs) else {
        return found;
    };
    for dir in platform_dirs.flatten().filter(|d| d.path().is_dir()) {
        for file in std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let rel = format!(
                "specs/{}/{}",
                dir.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            if !outputs.iter().any(|o| o.path == rel) {
                found.push(rel);
            }
        }
    }
    found.sort();
    found
}

/// Writes every output whose contents changed, each atomically (a temporary file in
/// the same directory, then a rename), after everything was generated without error.
/// Returns how many files changed.
pub fn write_all(root: &Path, outputs: &[Output]) -> Result<usize> {
    let mut changed = 0;
    for output in outputs {
        let path = root.join(&output.path);
        if read_text(&path).ok().as_deref() == Some(output.contents.as_str()) {
            continue;
        }
        let dir = path.parent().context("output has no parent directory")?;
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let tmp = dir.join(format!(
            ".{}.tmp",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        std::fs::write(&tmp, &output.contents)
            .with_context(|| format!("writing {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("replacing {}", path.display()))?;
        changed += 1;
    }
    for leftover in leftovers(root, outputs) {
        std::fs::remove_file(root.join(&leftover))
            .with_context(|| format!("removing {leftover}"))?;
        changed += 1;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crlf_checkout_is_not_stale_but_changed_text_is() {
        let root =
            std::env::temp_dir().join(format!("forgespec-xtask-crlf-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("specs/p")).expect("temp dir");
        let outputs = vec![Output {
            path: "specs/p/openapi.yaml".into(),
            contents: "a: 1\nb: 2\n".into(),
        }];
        std::fs::write(root.join("specs/p/openapi.yaml"), "a: 1\r\nb: 2\r\n").expect("write");
        assert!(stale_files(&root, &outputs).is_empty());
        std::fs::write(root.join("specs/p/openapi.yaml"), "a: 1\r\nb: 3\r\n").expect("write");
        assert_eq!(stale_files(&root, &outputs).len(), 1);
        let _ = std::fs::remove_dir_all(&root);
    }
}
