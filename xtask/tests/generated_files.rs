//! The checked-in specs, docs and README coverage table are what the models generate.

use serde_json::Value;

#[test]
fn checked_in_files_are_up_to_date() {
    let root = xtask::workspace_root();
    let outputs = xtask::generate_all(&root).expect("generation succeeds");
    let stale = xtask::stale_files(&root, &outputs);
    assert!(
        stale.is_empty(),
        "stale generated files (run `cargo xtask gen-specs`):\n{}",
        stale.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let root = xtask::workspace_root();
    let first = xtask::generate_all(&root).expect("generation succeeds");
    let second = xtask::generate_all(&root).expect("generation succeeds");
    assert_eq!(first, second);
}

#[test]
fn yaml_and_json_describe_the_same_document() {
    let root = xtask::workspace_root();
    let outputs = xtask::generate_all(&root).expect("generation succeeds");
    let mut compared = 0;
    for json_file in outputs.iter().filter(|o| o.path.ends_with("/openapi.json")) {
        let yaml_path = json_file.path.replace("openapi.json", "openapi.yaml");
        let yaml_file = outputs
            .iter()
            .find(|o| o.path == yaml_path)
            .expect("a YAML beside every JSON");
        let from_json: Value = serde_json::from_str(&json_file.contents).expect("valid JSON");
        let from_yaml: Value = yaml_serde::from_str(&yaml_file.contents).expect("valid YAML");
        assert!(
            from_json == from_yaml,
            "{yaml_path} and {} differ",
            json_file.path
        );
        compared += 1;
    }
    assert!(compared > 0, "no spec was generated");
}

#[test]
fn every_documented_example_and_operation_is_encoded_or_explained() {
    // The counts of the source documents are facts (platforms.rs); an encoded count
    // that differs must say why in the README's coverage note, so deleting a fixture
    // and its map row together cannot pass unnoticed.
    let root = xtask::workspace_root();
    let generation = xtask::generate(&root).expect("generation succeeds");
    for (platform, report) in xtask::platforms::all().iter().zip(&generation.platforms) {
        for (source, counted) in platform.sources.iter().zip(&report.sources) {
            let differs = counted.examples != source.documented_examples
                || counted.operations != source.documented_operations;
            assert!(
                !differs || !source.note.is_empty(),
                "{} {}: {} / {} operations and {} / {} examples encoded, with no note saying why",
                report.id,
                source.title,
                counted.operations,
                source.documented_operations,
                counted.examples,
                source.documented_examples
            );
        }
    }
}
