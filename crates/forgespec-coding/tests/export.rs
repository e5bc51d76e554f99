//! The export's table of shared Actions (`export::SHARED_ACTIONS`) names Actions of
//! the help document's sections, once each, and the export-only sections name the
//! export as their source.

use forgespec_coding::{SECTIONS, api, export};

#[test]
fn shared_actions_are_help_document_actions_named_once() {
    let api = api();
    let mut names: Vec<&str> = export::SHARED_ACTIONS.iter().map(|(a, _)| *a).collect();
    assert!(
        names.windows(2).all(|w| w[0] < w[1]),
        "SHARED_ACTIONS is sorted and names each Action once"
    );
    for (action, group) in export::SHARED_ACTIONS {
        let op = api
            .operations
            .iter()
            .find(|o| o.rpc_action == Some(*action))
            .unwrap_or_else(|| panic!("{action}: no such Action"));
        assert!(
            !op.source.starts_with(export::EXPORT),
            "{action}: an export-only Action is not a shared one"
        );
        assert!(
            op.source
                .ends_with(&format!("; {} › {group}", export::EXPORT)),
            "{action}: its source names the export's group: {}",
            op.source
        );
    }
    names.sort_unstable();
    let export_only = SECTIONS
        .iter()
        .filter(|s| s.source.starts_with(export::EXPORT))
        .flat_map(|s| s.endpoints)
        .filter(|e| names.contains(&(e.metadata)().operation_id))
        .count();
    assert_eq!(export_only, 0, "an Action is either shared or export-only");
}
