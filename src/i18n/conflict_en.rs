//! The words for conflicts, in English.

use super::ConflictText;

pub static CONFLICT_EN: ConflictText = ConflictText {
    field: |what, field, kept, mine| {
        format!("{what} · {field}: kept “{kept}”, yours set aside: “{mine}”")
    },
    deleted_here: |what| format!("{what}: deleted here, changed elsewhere: kept with the changes"),
    deleted_there: |what| {
        format!("{what}: deleted elsewhere, changed here: kept with your changes")
    },
    collision: |what, id, new| format!("{what}: created on both sides as {id}: yours is now {new}"),
    resurrected: |what| format!("{what}: deleted, but still in use: brought back"),
    invalid: |what| {
        format!("{what}: both changes do not hold together: theirs kept, yours set aside")
    },
    empty: "empty",
    quotes: ("“", "”"),
    plan: "the roadmap",
    field_name: |key| match key {
        "title" => "title",
        "label" => "label",
        "name" => "name",
        "due" | "deadline" => "due date",
        "status" => "status",
        "notes" => "notes",
        "owner" => "owner",
        "co_owners" => "co-owners",
        "objective" => "objective",
        "objectives" => "objectives",
        "trip" => "trip",
        "start" => "start",
        "end" => "end",
        "destination" => "destination",
        "country" => "country",
        "purpose" => "purpose",
        "themes" => "themes",
        "holder" => "holder",
        "role" => "role",
        "kind" => "kind",
        "category" => "category",
        "done_on" => "done on",
        "horizon" => "horizon",
        "items" => "items",
        "mandate_start" => "mandate start",
        "id" => "ID",
        _ => "field",
    },
    by: |who| format!(" · kept: written by {who}"),
};
