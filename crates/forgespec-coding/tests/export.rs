//! The export's table of shared Actions (`export::SHARED_ACTIONS`) names Actions of
//! the help document's sections, once each, and the export-only sections name the
//! export as their source; the fields only the export has on shared Actions, where
//! no hand-written example shows them, read and write what its schema examples show.

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

/// The export-only fields of shared Actions that have no hand-written example (so no
/// fixture): what the export's schema examples show is read and written back unchanged.
#[test]
fn export_only_fields_without_a_fixture_round_trip() {
    use forgespec_coding::ci::build::{CodingCIBuild, DescribeCodingCIBuildLogRawResponse};
    use forgespec_coding::depot_release::DepotRelease;
    use forgespec_coding::issue::detail::ModifyIssueRequest;
    use serde_json::{Value, json};

    fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(wire: &Value) -> T {
        let value: T = serde_json::from_value(wire.clone()).expect("reads");
        assert_eq!(&serde_json::to_value(&value).expect("writes"), wire);
        value
    }

    // E1431: a release's attachments, as a list (the schema examples) or one object
    // (the schema), the size a number or a string.
    let mut release = json!({
        "DepotId": 30, "Id": 7, "Html": "<p>1</p>", "Title": "t", "Body": "1",
        "TagName": "v1", "CommitSha": "7e942a9a", "CreatedAt": 1702979614000_i64,
        "UpdatedAt": 1702979615000_i64, "CreatorId": 2, "ProjectId": 84, "Pre": true,
        "ReleaseAttachment": [{
            "AttachmentName": "30f76e4bbf.png",
            "AttachmentDownloadUrl": "https://example.com/a",
            "AttachmentSize": 71702
        }]
    });
    round_trip::<DepotRelease>(&release);
    release["ReleaseAttachment"] = json!({
        "AttachmentName": "1", "AttachmentDownloadUrl": "https://example.com/a",
        "AttachmentSize": "1"
    });
    round_trip::<DepotRelease>(&release);
    release["ReleaseAttachment"] = json!({"AttachmentName": "1"});
    assert!(serde_json::from_value::<DepotRelease>(release).is_err());

    // E1401: a build's environment variables, or null.
    let mut build = json!({
        "Id": 1, "JobId": 2, "Number": 3, "CommitId": "", "Cause": "", "Branch": "",
        "FailedMessage": "", "JenkinsFileContent": "", "Duration": 0, "Status": "QUEUED",
        "StatusNode": "", "CreatedAt": 0,
        "TestResult": {"Empty": true, "FailCount": 0, "PassCount": 0, "SkipCount": 0,
                       "TotalCount": 0, "Duration": 0},
        "EnvList": [{"Name": "A", "Value": "1", "Sensitive": false}]
    });
    round_trip::<CodingCIBuild>(&build);
    build["EnvList"] = Value::Null;
    round_trip::<CodingCIBuild>(&build);

    // E705: the raw log in Data, as the export defines it.
    round_trip::<DescribeCodingCIBuildLogRawResponse>(&json!({"Data": {"Raw": "xxxx"}}));
    round_trip::<DescribeCodingCIBuildLogRawResponse>(&json!({}));
    assert!(
        serde_json::from_value::<DescribeCodingCIBuildLogRawResponse>(json!({"Data": {}})).is_err()
    );

    // E1401, E1105: ModifyIssue's RecordHour, its four fields required.
    let mut modify = json!({
        "Action": "ModifyIssue", "ProjectName": "demo-project", "IssueCode": 1,
        "RecordHour": {"SpendHour": 1.5, "RemainingHour": 2, "StartAt": 1625537926451_i64,
                       "WorkingDesc": "描述"}
    });
    round_trip::<ModifyIssueRequest>(&modify);
    modify["RecordHour"] = json!({"SpendHour": 1});
    assert!(serde_json::from_value::<ModifyIssueRequest>(modify).is_err());
}
