//! The platforms forgespec encodes: adding one is one entry here plus its crate.

use forgespec_core::Api;

/// One platform crate.
pub struct Platform {
    /// Builds the platform's [`Api`].
    pub api: fn() -> Api,
    /// The crate's directory, relative to the workspace root.
    pub crate_dir: &'static str,
    /// The documents the crate encodes, each counted on its own (a row each in the
    /// README's coverage table), the base document first.
    pub sources: Vec<Source>,
}

/// One source document of a platform, with its counts.
pub struct Source {
    /// Its title in the README table; empty for the API's own title.
    pub title: &'static str,
    /// The operations it describes: those with a place in their `x-source` (places
    /// are separated by `; `) that begins with one of these; empty for every operation.
    pub places: &'static [&'static str],
    /// The file of `fixtures/` that maps its examples; empty for every fixture.
    pub fixture_map: &'static str,
    /// The operations the document describes, counted by hand from it.
    pub documented_operations: usize,
    /// The JSON examples the document contains, counted by hand from it.
    pub documented_examples: usize,
    /// Why encoded and documented counts differ, if they do (for the README table).
    pub note: &'static str,
}

impl Source {
    /// The only source of a platform: every operation and every fixture.
    const fn whole(documented_operations: usize, documented_examples: usize) -> Source {
        Source {
            title: "",
            places: &[],
            fixture_map: "",
            documented_operations,
            documented_examples,
            note: "",
        }
    }

    /// Whether an operation whose `x-source` is `source` is this document's.
    pub fn describes(&self, source: &str) -> bool {
        self.places.is_empty()
            || source
                .split("; ")
                .any(|place| self.places.iter().any(|p| place.starts_with(p)))
    }
}

/// Every platform, in the order the README lists them.
pub fn all() -> Vec<Platform> {
    vec![
        Platform {
            api: forgespec_pingcode::api,
            crate_dir: "crates/forgespec-pingcode",
            sources: vec![Source::whole(54, 93)],
        },
        Platform {
            api: forgespec_coding::api,
            crate_dir: "crates/forgespec-coding",
            sources: vec![
                Source {
                    title: "CODING OPEN API (help document)",
                    places: &["API REFERENCE", "OAuth 认证"],
                    fixture_map: "README.md",
                    // 3 legacy REST endpoints and 313 Actions.
                    documented_operations: 316,
                    // JSON examples; the upload interface's file body and XML error
                    // are not JSON (E940).
                    documented_examples: 629,
                    note: "",
                },
                Source {
                    title: "CODING OpenAPI export",
                    places: &["CODING OpenAPI export"],
                    fixture_map: "README-export.md",
                    // 420 Actions: 303 the help document describes too, 117 only here.
                    documented_operations: 420,
                    // The input and the output of each of the 485 hand-written
                    // example pairs (`x-tcapi-examples`, on 409 Actions).
                    documented_examples: 970,
                    note: "complete: every hand-written example pair is a fixture; where the two sources disagree, the decision is an erratum (E1400–E1432)",
                },
            ],
        },
        Platform {
            api: forgespec_gitcode::api,
            crate_dir: "crates/forgespec-gitcode",
            sources: vec![Source::whole(22, 17)],
        },
        Platform {
            api: forgespec_codearts::api,
            crate_dir: "crates/forgespec-codearts",
            sources: vec![Source {
                // 61 in chapter 4 and 11 historical ones in chapter 7.
                documented_operations: 72,
                // Including 4 examples of IAM's API that the reference reprints (ERRATA E9).
                documented_examples: 107,
                note: "4.9.2 and 7.4.2 are one method and path, encoded once (E224); the 4 IAM examples belong to IAM's API and are not encoded (E9)",
                ..Source::whole(0, 0)
            }],
        },
        Platform {
            api: forgespec_codeup::api,
            crate_dir: "crates/forgespec-codeup",
            sources: vec![Source {
                // One operation, documented in two path variants (中心版, Region版).
                documented_operations: 2,
                documented_examples: 3,
                note: "the one response example documents both path variants and is attached to each (E8)",
                ..Source::whole(0, 0)
            }],
        },
    ]
}
