//! Every documented example of this platform: typed, lossless, valid against the
//! generated spec, snapshotted; plus every endpoint type against its operation, the
//! operationId list, the snapshot guard, the fixture map and ERRATA.md (see
//! `forgespec_testkit`).

#[test]
fn documented_examples_and_contracts_hold() {
    forgespec_testkit::check_platform(
        &forgespec_codeup::api(),
        forgespec_codeup::SECTIONS,
        env!("CARGO_MANIFEST_DIR"),
    );
}
