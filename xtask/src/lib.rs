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

/// What generation produced for one platform, for the progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformReport {
    /// The platform id (`coding`).
    pub id: &'static str,
    /// Operations encoded.
    pub operations: usize,
    /// Documented examples (fixtures) attached.
    pub examples: usize,
    /// The outputs this platform produced (paths relative to the workspace root).
    pub files: Vec<String>,
    /// How long assembling and rendering it took.
    pub elapsed: std::time::Duration,
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
        let errata_text = errata::read(&crate_dir).map_err(anyhow::Error::msg)?;
        let errata_count = errata::errata_ids(&errata_text).len();
        outputs.push(Output {
            path: format!("docs/reference/{}.md", api.id),
            contents: docs::platform_page(&api, &doc, platform.crate_dir, errata_count)?,
        });
        reports.push(PlatformReport {
            id: api.id,
            operations: api.operations.len(),
            examples: fixtures.len(),
            files: outputs[first_output..]
                .iter()
                .map(|o: &Output| o.path.clone())
                .collect(),
            elapsed: started.elapsed(),
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
    Ok(Generation {
        outputs,
        platforms: reports,
    })
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
        std::fs::remove_file(root.join(&leftover))
            .with_context(|| format!("removing {leftover}"))?;
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
}
