//! What went wrong with a file, in English.

use super::failure::FailureText;

pub static FAILURE_EN: FailureText = FailureText {
    permission_denied: "permission denied",
    not_found: "file not found",
    disk_full: "disk full",
    quota: "disk quota exceeded",
    read_only: "read-only disk",
    is_a_directory: "it is a folder",
    not_a_directory: "part of the path is not a folder",
    already_exists: "the file exists already",
    too_large: "file too large",
    busy: "file busy",
    input_output: "disk input/output error",
    invalid_name: "invalid file name",
    timed_out: "timed out",
    interrupted: "interrupted",
    stale: "network file no longer reachable",
    other: |code| match code {
        Some(n) => format!("system error (no. {n})"),
        None => "system error".to_owned(),
    },
    at: |path, what| format!("{what} ({path})"),
    not_a_file: "it is a folder, not a file",
    empty: "the file is empty",
    not_utf8: "the text is not UTF-8",
    newer_schema: |found, supported| {
        format!("schema_version {found}, newer than this jalons reads ({supported}): update jalons")
    },
    problems: |n| match n {
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    },
    locked: |lock, holder| {
        format!("another jalons holds the lock {lock} and did not release it: {holder}")
    },
    unsound: "the result would not be a valid store",
    exists: "the file exists already (--force replaces it; a backup is kept)",
    writable: |path, group, others, mode| {
        let who = match (group, others) {
            (true, true) => "its group and everyone else",
            (true, false) => "its group",
            _ => "everyone else",
        };
        format!(
            "warning: {path} can be written by {who} (mode {mode:04o}): \
             chmod go-w (or 600) it unless that is meant"
        )
    },
    op_gone: |id| format!("{id} no longer exists: another instance deleted it"),
    op_wrong_kind: |id| format!("{id} is not the kind of record this change is for"),
    op_in_use: |id| format!("{id} still owns actions or checklist items"),
    op_dangling: |id, other| format!("{id} refers to a record that no longer exists: {other}"),
    op_taken: |id| format!("{id} is already the ID of another record"),
    op_incoherent: |id| {
        format!("{id}: its dates, changed meanwhile, would no longer hold together")
    },
};
