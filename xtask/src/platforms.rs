//! The platforms forgespec encodes: adding one is one entry here plus its crate.

use forgespec_core::Api;

/// One platform crate.
pub struct Platform {
    /// Builds the platform's [`Api`].
    pub api: fn() -> Api,
    /// The crate's directory, relative to the workspace root.
    pub crate_dir: &'static str,
    /// The operations the source document describes, counted by hand from it.
    pub documented_operations: usize,
    /// The JSON examples the source document contains, counted by hand from it.
    pub documented_examples: usize,
}

/// Every platform, in the order the README lists them.
pub fn all() -> Vec<Platform> {
    vec![
        Platform {
            api: forgespec_pingcode::api,
            crate_dir: "crates/forgespec-pingcode",
            documented_operations: 54,
            documented_examples: 93,
        },
        Platform {
            api: forgespec_gitcode::api,
            crate_dir: "crates/forgespec-gitcode",
            documented_operations: 22,
            documented_examples: 17,
        },
        Platform {
            api: forgespec_codeup::api,
            crate_dir: "crates/forgespec-codeup",
            // One operation, documented in two path variants (中心版, Region版).
            documented_operations: 2,
            documented_examples: 3,
        },
    ]
}
