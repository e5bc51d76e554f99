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
    /// Why encoded and documented counts differ, if they do (for the README table).
    pub note: &'static str,
}

/// Every platform, in the order the README lists them.
pub fn all() -> Vec<Platform> {
    vec![
        Platform {
            api: forgespec_pingcode::api,
            crate_dir: "crates/forgespec-pingcode",
            documented_operations: 54,
            documented_examples: 93,
            note: "",
        },
        Platform {
            api: forgespec_coding::api,
            crate_dir: "crates/forgespec-coding",
            // 3 legacy REST endpoints and 313 Actions.
            documented_operations: 316,
            // JSON examples; the upload interface's file body and XML error are not
            // JSON (E940).
            documented_examples: 629,
            note: "",
        },
        Platform {
            api: forgespec_gitcode::api,
            crate_dir: "crates/forgespec-gitcode",
            documented_operations: 22,
            documented_examples: 17,
            note: "",
        },
        Platform {
            api: forgespec_codearts::api,
            crate_dir: "crates/forgespec-codearts",
            // 61 in chapter 4 and 11 historical ones in chapter 7.
            documented_operations: 72,
            // Including 4 examples of IAM's API that the reference reprints (ERRATA E9).
            documented_examples: 107,
            note: "4.9.2 and 7.4.2 are one method and path, encoded once (E224); the 4 IAM examples belong to IAM's API and are not encoded (E9)",
        },
        Platform {
            api: forgespec_codeup::api,
            crate_dir: "crates/forgespec-codeup",
            // One operation, documented in two path variants (中心版, Region版).
            documented_operations: 2,
            documented_examples: 3,
            note: "the one response example documents both path variants and is attached to each (E8)",
        },
    ]
}
