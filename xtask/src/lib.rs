//! The library behind `cargo xtask`: generation of every checked-in artefact, and
//! the file IO (atomic writes, staleness checks) around it.

mod docs;
pub mod platforms;

pub use docs::PAGE_BUDGET;

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

/// What generation produced for one platform, for the progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformReport {
    /// The platform id (`coding`).
    pub id: &'static str,
    /// Operations encoded.
    pub operations: usize,
    /// Documented examples (fixtures) attached.
    pub examples: usize,
    /// Operations and examples encoded from each source document, in the order of
    /// [`platforms::Platform::sources`].
    pub sources: Vec<SourceCounts>,
    /// The outputs this platform produced (paths relative to the workspace root).
    pub files: Vec<String>,
    /// How long assembling and rendering it took.
    pub elapsed: std::time::Duration,
}

/// What was encoded from one source document of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceCounts {
    /// Its operations that are encoded.
    pub operations: usize,
    /// Its examples that are fixtures.
    pub examples: usize,
}

/// Everything `gen-specs` writes, generated in memory, with a report per platform.
#[derive(Debug, Clone)]
pub struct Generation {
    /// Every generated file.
    pub outputs: Vec<Output>,
    /// One entry per platform, in the README's order.
    pub platforms: Vec<PlatformReport>,
}

/// Everything `gen-specs` writes, generated in memory.
pub fn generate_all(root: &Path) -> Result<Vec<Output>> {
    generate(root).map(|g| g.outputs)
}

/// Everything `gen-specs` writes, generated in memory, with what each platform
/// produced and how long it took.
pub fn generate(root: &Path) -> Result<Generation> {
    generate_with_page_budget(root, PAGE_BUDGET)
}

/// [`generate`], with reference pages split at `page_budget` bytes instead of
/// [`PAGE_BUDGET`] (for tests of the splitting).
pub fn generate_with_page_budget(root: &Path, page_budget: usize) -> Result<Generation> {
    let mut outputs = Vec::new();
    let mut coverage = Vec::new();
    let mut reports = Vec::new();
    for platform in platforms::all() {
        let started = std::time::Instant::now();
        let first_output = outputs.len();
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
        let mut counts = Vec::new();
        for source in &platform.sources {
            counts.push(source_counts(&api, &crate_dir, source, fixtures.len())?);
        }
        let errata_text = errata::read(&crate_dir).map_err(anyhow::Error::msg)?;
        let errata_count = errata::errata_ids(&errata_text).len();
        for page in docs::platform_pages(&api, &doc, platform.crate_dir, errata_count, page_budget)?
        {
            outputs.push(Output {
                path: format!("docs/reference/{}/{}", api.id, page.name),
                contents: page.contents,
            });
        }
        reports.push(PlatformReport {
            id: api.id,
            operations: api.operations.len(),
            examples: fixtures.len(),
            sources: counts.clone(),
            files: outputs[first_output..]
                .iter()
                .map(|o: &Output| o.path.clone())
                .collect(),
            elapsed: started.elapsed(),
        });
        for (index, (source, counted)) in platform.sources.iter().zip(&counts).enumerate() {
            coverage.push(docs::CoverageRow {
                id: api.id.to_string(),
                title: if source.title.is_empty() {
                    api.title.to_string()
                } else {
                    source.title.to_string()
                },
                first: index == 0,
                documented_operations: source.documented_operations,
                operations: counted.operations,
                documented_examples: source.documented_examples,
                examples: counted.examples,
                errata: errata_count,
                note: source.note.to_string(),
            });
        }
    }
    let readme_path = root.join("README.md");
    let readme = read_text(&readme_path).context("reading README.md")?;
    outputs.push(Output {
        path: "README.md".into(),
        contents: docs::readme_with_coverage(&readme, &coverage)?,
    });
    Ok(Generation {
        outputs,
        platforms: reports,
    })
}

/// The operations and examples of `source` that a platform encodes: operations by
/// their `x-source`, examples by the fixture map that names them (`all_fixtures`
/// when the source has no map of its own).
fn source_counts(
    api: &forgespec_core::Api,
    crate_dir: &Path,
    source: &platforms::Source,
    all_fixtures: usize,
) -> Result<SourceCounts> {
    let operations = api
        .operations
        .iter()
        .filter(|op| source.describes(&op.source))
        .count();
    let examples = if source.fixture_map.is_empty() {
        all_fixtures
    } else {
        let map = crate_dir.join("fixtures").join(source.fixture_map);
        let mut paths: Vec<String> = forgespec_fixtures::map::rows_of(&map)
            .map_err(anyhow::Error::msg)?
            .into_iter()
            .map(|(path, _)| path)
            .collect();
        paths.sort();
        paths.dedup();
        paths.len()
    };
    Ok(SourceCounts {
        operations,
        examples,
    })
}

/// A text file with its line endings as generated (`\n`): a checkout that turned
/// them into `\r\n` holds the same text, not a stale file.
fn read_text(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path).map(|text| text.replace("\r\n", "\n"))
}

/// The outputs whose checked-in file differs or is missing, and generated-looking
/// files under `specs/` and `docs/reference/` that nothing generates any more.
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

/// Files in generated places that no output is: `specs/<platform>/*` (`specs/` itself
/// holds a hand-written README), and every file in `docs/reference/` and its platform
/// directories, which are generated as a whole.
fn leftovers(root: &Path, outputs: &[Output]) -> Vec<String> {
    let mut found = Vec::new();
    for (dir, top_level_too) in [("specs", false), ("docs/reference", true)] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() {
                for file in std::fs::read_dir(entry.path())
                    .into_iter()
                    .flatten()
                    .flatten()
                    .filter(|f| f.path().is_file())
                {
                    found.push(format!(
                        "{dir}/{name}/{}",
                        file.file_name().to_string_lossy()
                    ));
                }
            } else if top_level_too {
                found.push(format!("{dir}/{name}"));
            }
        }
    }
    found.retain(|rel| !outputs.iter().any(|o| &o.path == rel));
    found.sort();
    found
}

/// Writes every output whose contents changed, each atomically (a temporary file in
/// the same directory, then a rename), after everything was generated without error.
/// Returns the paths it changed or removed.
pub fn write_all(root: &Path, outputs: &[Output]) -> Result<Vec<String>> {
    let mut changed = Vec::new();
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
        changed.push(output.path.clone());
    }
    for leftover in leftovers(root, outputs) {
        let path = root.join(&leftover);
        std::fs::remove_file(&path).with_context(|| format!("removing {leftover}"))?;
        // A platform directory nothing is generated into any more goes too.
        if let Some(dir) = path.parent() {
            let _ = std::fs::remove_dir(dir);
        }
        changed.push(leftover);
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

    #[test]
    fn reference_pages_nothing_generates_are_stale_and_removed() {
        let root =
            std::env::temp_dir().join(format!("forgespec-xtask-leftovers-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["specs/p", "docs/reference/p", "docs/reference/gone"] {
            std::fs::create_dir_all(root.join(dir)).expect("temp dir");
        }
        for file in [
            "specs/README.md",
            "docs/reference/p.md",
            "docs/reference/p/README.md",
            "docs/reference/p/01-old.md",
            "docs/reference/gone/README.md",
        ] {
            std::fs::write(root.join(file), "old\n").expect("write");
        }
        let outputs = vec![Output {
            path: "docs/reference/p/README.md".into(),
            contents: "new\n".into(),
        }];
        assert_eq!(
            stale_files(&root, &outputs),
            [
                "docs/reference/p/README.md (differs from what gen-specs generates)",
                "docs/reference/gone/README.md (no longer generated)",
                "docs/reference/p.md (no longer generated)",
                "docs/reference/p/01-old.md (no longer generated)",
            ]
        );
        write_all(&root, &outputs).expect("write_all");
        assert!(stale_files(&root, &outputs).is_empty());
        assert!(
            root.join("specs/README.md").exists(),
            "specs/ keeps its own README"
        );
        assert!(!root.join("docs/reference/gone").exists());
        let _ = std::fs::remove_dir_all(&root);
    }
}
