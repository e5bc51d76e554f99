//! Assembles OpenAPI documents from a forgespec [`forgespec_core::Api`] and its
//! documented examples.
//!
//! - [`assemble`] builds the canonical OpenAPI 3.1.0 document as JSON;
//! - [`to_openapi_30`] derives the 3.0.3 variant from it;
//! - [`to_yaml`] writes YAML that YAML 1.1 readers read as the same document.
//!
//! It reads no files: the documented examples come in as `forgespec_fixtures` values.

mod assemble;
mod downgrade;
mod problem;
mod schema;
mod yaml;

pub use assemble::{
    GENERATED_NOTE, assemble, component_key, operation_pointer, path_key, pointer_segment,
};
pub use downgrade::to_openapi_30;
pub use problem::Problem;
pub use yaml::to_yaml;

use forgespec_core::Api;
use serde_json::Value;

/// One generated file: its path relative to `specs/` and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecFile {
    /// For example `pingcode/openapi.yaml`.
    pub path: String,
    /// The file's text.
    pub contents: String,
}

/// The three spec files of one platform, from its canonical 3.1 document.
pub fn spec_files(api: &Api, doc31: &Value) -> Result<Vec<SpecFile>, serde_json::Error> {
    // The header is built per version: a title is text, never a template.
    let yaml = |version: &str, doc: &Value| {
        format!(
            "# {GENERATED_NOTE}\n# OpenAPI {version} description of {}.\n{}",
            api.title,
            to_yaml(doc)
        )
    };
    let json = serde_json::to_string_pretty(doc31)? + "\n";
    Ok(vec![
        SpecFile {
            path: format!("{}/openapi.yaml", api.id),
            contents: yaml("3.1.0", doc31),
        },
        SpecFile {
            path: format!("{}/openapi.json", api.id),
            contents: json,
        },
        SpecFile {
            path: format!("{}/openapi-3.0.yaml", api.id),
            contents: yaml("3.0.3", &to_openapi_30(doc31)),
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_braces_stays_text_in_the_header() {
        let api = Api {
            id: "t",
            title: "Weird {} title",
            version: "1",
            description: "",
            source_document: "",
            servers: Vec::new(),
            security_schemes: Vec::new(),
            default_security: Vec::new(),
            tags: Vec::new(),
            operations: Vec::new(),
            example_types: Vec::new(),
        };
        let files = spec_files(&api, &serde_json::json!({"openapi": "3.1.0"})).expect("writes");
        assert!(
            files[0].contents.starts_with(&format!(
                "# {GENERATED_NOTE}\n# OpenAPI 3.1.0 description of Weird {{}} title.\n"
            )),
            "{}",
            files[0].contents
        );
        assert!(
            files[2]
                .contents
                .contains("# OpenAPI 3.0.3 description of Weird {} title.\n")
        );
    }
}
