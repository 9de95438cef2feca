//! What the scripting commands (`list`, `done`, `agenda`) and the exports (status note, trip
//! dossier, calendar, spreadsheet) say: one `ScriptText` per language, held by the catalogue.

use crate::app::form::RecordKind;
use crate::domain::{Bucket, Progress};

/// The kinds of record a command line names by ID, for "no such …" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Horizon,
    Delegation,
    Trip,
    /// What `jalons done` ticks: an action or a checklist item.
    Tickable,
    /// What `jalons checkin` checks in on: an action or an objective.
    Checkable,
}

/// What stands at a path an export will not write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    /// A character or block device (`/dev/null`, a disk).
    Device,
    /// A named pipe.
    Fifo,
    Socket,
    /// A symbolic link: exports are not written through links.
    Link,
}

#[allow(clippy::struct_field_names)]
pub struct ScriptText {
    pub bucket: fn(Bucket) -> &'static str,
    pub col_id: &'static str,
    pub col_title: &'static str,
    pub col_horizon: &'static str,
    pub col_progress: &'static str,
    pub col_late: &'static str,
    pub col_dates: &'static str,
    pub col_checklist: &'static str,
    pub col_destination: &'static str,
    pub col_kind: &'static str,
    /// Open actions a delegation owns.
    pub col_owns: &'static str,
    /// Open actions it contributes to as a co-owner.
    pub col_contributes: &'static str,
    /// Open checklist items it owns.
    pub col_items: &'static str,
    pub col_name: &'static str,
    pub col_parent: &'static str,
    pub col_done_on: &'static str,
    pub col_state: &'static str,
    pub col_item: &'static str,
    pub col_readiness: &'static str,
    /// Said on stderr when a list or the agenda has nothing to show.
    pub nothing: &'static str,
    /// "Aucune." under a heading of a note with nothing to list.
    pub none: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// Between a label and its value: " : " in French, ": " in English.
    pub colon: &'static str,
    pub to_schedule: &'static str,
    /// A printed page's number: "page " 2 " / " 5.
    pub page_of: (&'static str, &'static str),
    pub unknown_id: fn(IdKind, &str) -> String,
    pub not_a: fn(IdKind, &str) -> String,
    /// `--flag` does not apply to this list.
    pub flag_not_for: fn(&str, &str) -> String,
    /// A status that is not one of `choices`.
    pub bad_status: fn(&str, &str) -> String,
    /// Takes the title, the day it was done, and its kind (the French participle agrees).
    pub already_done: fn(&str, &str, RecordKind) -> String,
    pub already_open: fn(&str, RecordKind) -> String,
    pub into_store: fn(&str) -> String,
    /// `-o` names something else than a regular file.
    pub not_a_file: fn(&str, FileKind) -> String,
    pub write_failed: fn(&str, &str) -> String,
    pub written: fn(&str) -> String,
    /// The export menu's first line: the folder it writes into.
    pub export_into: fn(&str) -> String,
    pub note: NoteText,
    pub dossier: DossierText,
    pub calendar: CalendarText,
}

/// The status note.
pub struct NoteText {
    pub title: &'static str,
    pub date: &'static str,
    pub scope: &'static str,
    pub whole_plan: &'static str,
    pub scope_horizon: fn(&str) -> String,
    pub scope_owner: fn(&str) -> String,
    /// "12 actions : 3 faites, 4 en retard".
    pub progress: fn(Progress) -> String,
    pub done_since: fn(&str) -> String,
    pub late_actions: &'static str,
    pub upcoming_trips: &'static str,
    pub other_trips: &'static str,
    pub late_count: fn(usize) -> String,
}

/// The trip dossier.
pub struct DossierText {
    pub title: fn(&str) -> String,
    pub country: &'static str,
    pub departure: &'static str,
    pub purpose: &'static str,
    pub linked_objectives: &'static str,
    pub linked_actions: &'static str,
    pub members: &'static str,
    pub checklist: &'static str,
    pub item_done: fn(&str) -> String,
    /// "fait": the state of a done item, without its date.
    pub item_done_short: &'static str,
    pub item_open: &'static str,
    pub item_late: &'static str,
    /// "J-30 avant le départ", for an item of a trip not yet scheduled.
    pub days_before: fn(u32) -> String,
}

/// The calendar and the spreadsheets.
pub struct CalendarText {
    /// An event's summary: "Déplacement : Madrid".
    pub trip_event: fn(&str) -> String,
    /// A checklist item's summary: "Madrid — Programme du déplacement".
    pub item_todo: fn(&str, &str) -> String,
    /// A deadline event's first line once done: "Faite le 12 sept. 2014".
    pub action_done: fn(&str) -> String,
    pub item_done: fn(&str) -> String,
    /// The ledger beside the store cannot be read; takes why.
    pub ledger_unreadable: fn(&str) -> String,
    /// The ledger could not be written; takes why.
    pub ledger_not_kept: fn(&str) -> String,
    pub csv_actions: [&'static str; 15],
    pub csv_checklist: [&'static str; 13],
}
