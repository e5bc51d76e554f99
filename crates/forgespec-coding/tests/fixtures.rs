//! Every documented example of this platform: typed, lossless, valid against the
//! generated spec, snapshotted; plus the operationId list, the snapshot guard, the
//! fixture map and ERRATA.md (see `forgespec_testkit`).

#[test]
fn documented_examples_and_contracts_hold() {
    forgespec_testkit::check_platform(&forgespec_coding::api(), env!("CARGO_MANIFEST_DIR"));
}
