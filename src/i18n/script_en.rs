use super::script::{CalendarText, DossierText, FileKind, IdKind, NoteText, ScriptText};
use crate::domain::Bucket;

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub static SCRIPT_EN: ScriptText = ScriptText {
    bucket: |b| match b {
        Bucket::Late => "Late",
        Bucket::ThisWeek => "This week",
        Bucket::ThisMonth => "This month",
        Bucket::Later => "Later",
    },
    col_id: "ID",
    col_title: "Title",
    col_horizon: "Horizon",
    col_progress: "Progress",
    col_late: "Late",
    col_dates: "Dates",
    col_checklist: "Checklist",
    col_destination: "Destination",
    col_kind: "Kind",
    col_owns: "Owns",
    col_contributes: "Contributes to",
    col_items: "Checklist",
    col_name: "Name",
    col_parent: "Under",
    col_done_on: "Done on",
    col_state: "State",
    col_item: "Item",
    col_readiness: "Readiness",
    nothing: "Nothing to show.",
    none: "None.",
    yes: "yes",
    no: "no",
    colon: ": ",
    to_schedule: "to schedule",
    page_of: ("page ", " of "),
    unknown_id: |kind, id| match kind {
        IdKind::Horizon => format!("no horizon has the ID “{id}”"),
        IdKind::Delegation => format!("no delegation has the ID “{id}”"),
        IdKind::Trip => format!("no trip has the ID “{id}”"),
        IdKind::Tickable => format!("no action or checklist item has the ID “{id}”"),
        IdKind::Checkable => format!("no action or objective has the ID “{id}”"),
    },
    not_a: |kind, id| match kind {
        IdKind::Horizon => format!("“{id}” is not a horizon"),
        IdKind::Delegation => format!("“{id}” is not a delegation"),
        IdKind::Trip => format!("“{id}” is not a trip"),
        IdKind::Tickable => format!("“{id}” is neither an action nor a checklist item"),
        IdKind::Checkable => format!(
            "“{id}” is neither an action nor an objective: a check-in goes on one or the other"
        ),
    },
    flag_not_for: |flag, list| format!("{flag} does not apply to the list of {list}"),
    bad_status: |value, choices| format!("unknown status “{value}” (one of: {choices})"),
    already_done: |title, day, _| format!("“{title}” was already done (on {day})"),
    already_open: |title, _| format!("“{title}” was not done"),
    into_store: |path| {
        format!("refusing to write over the roadmap store itself ({path}): choose another file")
    },
    not_a_file: |path, kind| match kind {
        FileKind::Folder => format!("{path} is a folder: give the name of a file"),
        FileKind::Link => format!(
            "{path} is a symbolic link: jalons does not write through links, give the path \
             of the file itself"
        ),
        FileKind::Device | FileKind::Fifo | FileKind::Socket => {
            let what = match kind {
                FileKind::Fifo => "a named pipe (FIFO)",
                FileKind::Socket => "a socket",
                _ => "a device",
            };
            format!(
                "{path} is {what}, not a regular file: jalons does not write there \
                 (\"-o -\" writes to standard output)"
            )
        }
    },
    write_failed: |path, cause| format!("{path}: cannot write: {cause}"),
    written: |path| format!("Written to {path}"),
    export_into: |dir| format!("Into {dir}"),
    note: NoteText {
        title: "Status note",
        date: "Date",
        scope: "Scope",
        whole_plan: "the whole roadmap",
        scope_horizon: |h| format!("horizon “{h}”"),
        scope_owner: |d| format!("delegation “{d}”"),
        progress: |p| {
            format!(
                "{} action{}: {} done, {} late",
                p.total,
                plural(p.total),
                p.done,
                p.late
            )
        },
        done_since: |day| format!("Done since {day}"),
        late_actions: "Late",
        upcoming_trips: "Upcoming trips",
        other_trips: "Trips serving no objective",
        late_count: |n| format!("{n} late"),
    },
    dossier: DossierText {
        title: |d| format!("Trip dossier: {d}"),
        country: "Country",
        departure: "Departure",
        purpose: "Purpose",
        linked_objectives: "Objectives served",
        linked_actions: "Linked actions",
        members: "Who travels",
        checklist: "Preparation checklist",
        item_done: |day| format!("done on {day}"),
        item_done_short: "done",
        item_open: "to do",
        item_late: "late",
        days_before: |n| format!("D-{n} before departure"),
    },
    calendar: CalendarText {
        trip_event: |d| format!("Trip: {d}"),
        item_todo: |trip, item| format!("{trip} — {item}"),
        action_done: |day| format!("Done on {day}"),
        item_done: |day| format!("Done on {day}"),
        ledger_unreadable: |why| {
            format!(
                "the calendar's ledger cannot be read ({why}): remove it to start anew \
                 (calendars that imported it will then see duplicates)"
            )
        },
        ledger_not_kept: |why| {
            format!(
                "calendar written, but its ledger could not be kept ({why}): the next export \
                 will not look newer to calendars"
            )
        },
        csv_actions: [
            "ID",
            "Title",
            "Horizon",
            "Objective",
            "Owner (ID)",
            "Owner",
            "Holder",
            "Co-owners (ID)",
            "Co-owners",
            "Due",
            "Status",
            "Done on",
            "Late",
            "Trip",
            "Notes",
        ],
        csv_checklist: [
            "Trip (ID)",
            "Trip",
            "Trip status",
            "Departure",
            "ID",
            "Item",
            "Owner (ID)",
            "Owner",
            "Rule",
            "Due",
            "State",
            "Done on",
            "Late",
        ],
    },
};
