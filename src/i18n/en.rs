use super::{Catalogue, CheckSummary, CliText, KeyLabels, LeavingText};
use crate::app::form::{FieldName, RecordKind};
use crate::domain::{DelegationKind, MemberCategory, Status, StatusFilter, TripStatus};

pub static EN: Catalogue = Catalogue {
    colon: ": ",
    confirm_title: "Confirm",
    pick_title: "Choose",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    screen_roadmap: "Roadmap",
    screen_delegations: "Delegations",
    screen_trips: "Trips",
    screen_deadlines: "Deadlines",
    col_horizons: "Horizons",
    col_objectives: "Objectives",
    col_actions: "Actions",
    col_detail: "Detail",
    no_horizons: "No horizons",
    no_objectives: "No objectives",
    no_actions: "No actions",
    nothing_selected: "Nothing selected",
    status: "Status",
    due: "Due",
    start: "Start",
    since: |d| format!("from {d}"),
    source_when: |w| format!("The note says: “{w}”"),
    source_assumed: |f| format!("An example, not the note's decision: {f}"),
    source_example: "An example: the note does not mention it",
    source_quote: "The note",
    deadline: "Deadline",
    horizon: "Horizon",
    progress: "Progress",
    done_on: "Done on",
    checklist_item: "Checklist item",
    objective: "Objective",
    owner: "Owner",
    co_owners: "Co-owners",
    trip: "Trip",
    notes: "Notes",
    themes: "Themes",
    holder: "Holder",
    role: "Role",
    load: "Load",
    no_date: "no date",
    unknown_owner: "unknown owner",
    today: "Today",
    too_small: "Terminal too small",
    not_an_action: "Select an action to tick it",
    not_an_action_to_move: "Select an action to move it to another objective",
    merged: "merged with changes from another instance",
    to_schedule: "to schedule",
    purpose: "Purpose",
    linked_objectives: "Linked objectives",
    travellers: "Travellers",
    checklist: "Checklist",
    dates: "Dates",
    no_trips: "No trips",
    no_delegations: "No delegations",
    owns_nothing: "No action, owned or contributed to, and no checklist item",
    nothing_due: "Nothing open with a due date",
    late_group: "Late",
    this_week: "This week",
    this_month: "This month",
    later: "Later",
    all_owners: "All owners",
    filter_clear_hint: "o: show all",
    no_owner: "no owner",
    no_members: "Nobody listed yet",
    carry_line: |owns, helps, brevity| match (helps, brevity) {
        (0, _) => format!("owns {owns}"),
        (_, 0) => format!("owns {owns} · contributes to {helps}"),
        _ => format!("owns {owns} · contrib. {helps}"),
    },
    items_line: |items, late, brevity| {
        let s = if items == 1 { "" } else { "s" };
        let items = match (items, brevity) {
            (0, 0) => "no checklist item".to_owned(),
            (0, _) => "no item".to_owned(),
            (_, 0) => format!("{items} checklist item{s}"),
            _ => format!("{items} item{s}"),
        };
        if late == 0 {
            items
        } else {
            format!("{late} late · {items}")
        }
    },
    contributes_heading: "Contributes to",
    owner_filter: |who| format!("Owner: {who}"),
    trip_heading: |dest| format!("Trip: {dest}"),
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    form_refused: |c| {
        let what = match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "it changes the text's direction",
            '\u{e0000}'..='\u{e007f}' => "invisible character",
            '\n' => "one paragraph only here",
            _ => "control character",
        };
        format!("U+{:04X} refused: {what}", u32::from(c))
    },
    form_required: "Required",
    form_before_start: "This date comes before the start",
    form_record_gone: "Deleted meanwhile by another instance: nothing was saved",
    save_waiting: |who| {
        match who {
        Some(who) => format!("Waiting: {who} is saving the roadmap; your change follows as soon as it is done"),
        None => "Waiting: another instance is saving the roadmap; your change follows as soon as it is done".to_owned(),
    }
    },
    no_conflicts: "No conflict to review",
    sync_started: "Syncing…",
    sync_running: "A sync is already running",
    synced: |at, r, s| format!("Synced {at} · {r} received · {s} sent"),
    sync_offline: |n| format!("Offline · {n} to send (kept here)"),
    sync_failed: |e| format!("Cannot sync: {e}"),
    conflict_nothing_to_reapply: "Nothing to take back: the record is gone or already holds your value",
    conflict_reapplied: |t| format!("Your value taken back for “{t}”"),
    conflicts_title: |n| format!("Conflicts ({n}) — theirs kept, yours set aside"),
    history_title: |id| format!("History — {id}"),
    history_loading: "Reading the history…",
    history_not_shared: "No history: the roadmap is not shared through git",
    history_empty: "No change recorded by jalons sync for this record",
    history_failed: |e| format!("History unreadable: {e}"),
    history_nothing_selected: "No record selected",
    form_too_long: |len, most, bytes| {
        let unit = if bytes { "bytes" } else { "characters" };
        format!("Too long: {len} {unit}, at most {most}")
    },
    confirm_hint: "y / Enter: yes    n / Esc: no",
    form_hint: "Tab: next field · Enter: save · Esc: cancel",
    choice_hint: "type to filter · ←/→: choose",
    many_hint: "type to filter · ←/→: browse · Space: tick",
    date_hint: "14/07/2014, 2014-07-14, +10",
    due_hint: "D-30, 14/07/2014, +10",
    none_choice: "— none —",
    undone: |l| format!("Undone: {l}"),
    redone: |l| format!("Redone: {l}"),
    ask_delete_horizon: |n, o, a| match o {
        0 => format!("Delete the horizon “{n}”?"),
        1 => format!(
            "Delete the horizon “{n}”, its objective and {}?",
            its(a, "action")
        ),
        o => format!(
            "Delete the horizon “{n}”, its {o} objectives and their {}?",
            count(a, "action")
        ),
    },
    ask_delete_objective: |n, a| match a {
        0 => format!("Delete the objective “{n}”?"),
        a => format!("Delete the objective “{n}” and {}?", its(a, "action")),
    },
    ask_delete_trip: |n, i| match i {
        0 => format!("Delete the trip “{n}”?"),
        i => format!(
            "Delete the trip “{n}” and its checklist of {}?",
            count(i, "item")
        ),
    },
    ask_delete: |n| format!("Delete “{n}”?"),
    deleted: |n, _| format!("“{n}” deleted"),
    ask_reassign: |n, owns, helps, items| {
        let items = match items {
            0 => "no checklist item".to_owned(),
            1 => "1 checklist item".to_owned(),
            k => format!("{k} checklist items"),
        };
        format!(
            "“{n}” owns {owns}, contributes to {helps}, {items}: who takes them over before it is deleted?"
        )
    },
    template_applied: |n| format!("Template “{n}” added to the checklist"),
    moved: |n, _| format!("“{n}” moved"),
    saved_record: |n, _| format!("“{n}” saved"),
    field_label: |f| match f {
        FieldName::Title => "Title",
        FieldName::Label => "Label",
        FieldName::Name => "Name",
        FieldName::Holder => "Holder",
        FieldName::Role => "Role",
        FieldName::Kind => "Kind",
        FieldName::Horizon => "Horizon",
        FieldName::Objective => "Objective",
        FieldName::Owner => "Owner",
        FieldName::CoOwners => "Co-owners",
        FieldName::Due => "Due",
        FieldName::Start => "Start",
        FieldName::Deadline => "Deadline",
        FieldName::End => "End",
        FieldName::Status => "Status",
        FieldName::Notes => "Notes",
        FieldName::Themes => "Themes (comma-separated)",
        FieldName::Trip => "Trip",
        FieldName::Destination => "Destination",
        FieldName::Country => "Country",
        FieldName::Purpose => "Purpose",
        FieldName::Category => "Category",
        FieldName::Template => "Checklist template",
        FieldName::Objectives => "Linked objectives",
        FieldName::Theme => "Theme",
        FieldName::LateOnly => "Late only",
        FieldName::Health => "Health",
        FieldName::Update => "Update",
        FieldName::NextDue => "Announced date",
    },
    form_title: |kind, new| match (kind, new) {
        (RecordKind::Horizon, true) => "New horizon",
        (RecordKind::Horizon, false) => "Edit horizon",
        (RecordKind::Objective, true) => "New objective",
        (RecordKind::Objective, false) => "Edit objective",
        (RecordKind::Action, true) => "New action",
        (RecordKind::Action, false) => "Edit action",
        (RecordKind::Delegation, true) => "New delegation",
        (RecordKind::Delegation, false) => "Edit delegation",
        (RecordKind::Trip, true) => "New trip",
        (RecordKind::Trip, false) => "Edit trip",
        (RecordKind::Member, true) => "New traveller",
        (RecordKind::Member, false) => "Edit traveller",
        (RecordKind::Item, true) => "New checklist item",
        (RecordKind::Item, false) => "Edit checklist item",
        (RecordKind::CheckIn, _) => "Check-in",
        (RecordKind::Filter, _) => "Filter the lists",
    },
    filter_applied: "Filter applied (F to see everything)",
    filter_cleared: "Filter cleared",
    filter_label: "Filter",
    status_filter: |s| match s {
        StatusFilter::Open => "open",
        StatusFilter::Todo => "to do",
        StatusFilter::InProgress => "in progress",
        StatusFilter::Blocked => "blocked",
        StatusFilter::Done => "done",
    },
    no_search: "No search yet: / to search",
    action_status: |s| match s {
        Status::Todo => "to do",
        Status::InProgress => "in progress",
        Status::Blocked => "blocked",
        Status::Done { .. } => "done",
    },
    trip_status: |s| match s {
        TripStatus::Considered => "considered",
        TripStatus::ToCreate => "to create",
        TripStatus::Preparing => "in preparation",
        TripStatus::Confirmed => "confirmed",
        TripStatus::Done => "done",
        TripStatus::Cancelled => "cancelled",
    },
    delegation_kind: |k| match k {
        DelegationKind::Portfolio => "elected official's portfolio",
        DelegationKind::Partner => "partner",
        DelegationKind::Service => "service",
        DelegationKind::Group => "Conseil de Paris group",
    },
    member_category: |c| match c {
        MemberCategory::Elected => "Elected officials",
        MemberCategory::CouncilGroup => "Conseil de Paris groups",
        MemberCategory::CivilSociety => "Civil society",
        MemberCategory::Staff => "Staff",
    },
    countdown: |n| match n {
        0 => "today".to_owned(),
        n if n > 0 => format!("in {n} d"),
        n => format!("{} d ago", -n),
    },
    late_by: |n| format!("{n} d late"),
    days_before: |n| format!("D-{n}"),
    saved_at: |t| format!("Saved {t}"),
    not_saved: |e| format!("Not saved: {e}"),
    conflicts: |n| {
        let s = if n > 1 { "s" } else { "" };
        format!("{n} conflict{s}: theirs kept, yours set aside (C to review)")
    },
    conflict: &super::conflict_en::CONFLICT_EN,
    glance: &super::glance_en::GLANCE_EN,
    failure: &super::failure_en::FAILURE_EN,
    marked_done: |t, _| format!("“{t}” done"),
    marked_open: |t| format!("“{t}” to do"),
    help: &super::help_en::HELP_EN,
    key_labels: KeyLabels {
        up: "up",
        down: "down",
        top: "first",
        bottom: "last",
        page_up: "page up",
        page_down: "page down",
        drill: "open",
        back: "back",
        toggle_done: "done / to do",
        help: "help",
        close: "close",
        conflicts: "review conflicts",
        sync: "sync (git)",
        history: "record history",
        use_mine: "use mine",
        keep_theirs: "keep theirs",
        go_to_record: "go to the record",
        quit: "quit",
        export: "export (note, dossier, calendar, spreadsheet)",
        search: "search",
        search_next: "next result",
        search_prev: "previous result",
        go_to: "go there",
        filter: "filter the lists",
        clear_filter: "clear the filter",
        no: "no",
        add: "add",
        edit: "edit",
        delete: "delete",
        move_to: "move to an objective",
        move_up: "move up the list",
        move_down: "move down the list",
        apply_template: "apply a checklist template",
        undo: "undo",
        redo: "redo",
        yes: "yes",
        next_field: "next field",
        prev_field: "previous field",
        submit: "save",
        cancel: "cancel",
        next_screen: "next view",
        prev_screen: "previous view",
        filter_owner: "filter by owner",
        choose: "choose",
        everywhere: "Everywhere",
        all_screens: "Every view",
        in_picker: "In the export menu",
        in_help: "In help",
        suspend: "suspend (fg to come back)",
        retry_save: "try saving again",
        quit_keeping: "quit, keep them in a recovery file",
        stay: "cancel, stay in jalons",
        always: "Anywhere, even while typing",
        when_leaving: "Quitting with changes not saved",
    },
    script: &super::script_en::SCRIPT_EN,
    nav: &super::nav_en::NAV_EN,
    health: &super::health_en::HEALTH_EN,
    cli: CliText {
        config_defaults: "Using the default settings.",
        config_hint: "Fix the file, or run jalons --default-config to start with the default settings.",
        config_ask: "Start with the default settings? [y/N]",
        check_ok: |s: &CheckSummary| {
            let n = |count: usize, one: &str, many: &str| {
                format!("{count} {}", if count == 1 { one } else { many })
            };
            format!(
                "{}: valid — {}, {}, {} ({} done, {} late), {}, {}, {}",
                s.path,
                n(s.horizons, "horizon", "horizons"),
                n(s.objectives, "objective", "objectives"),
                n(s.actions, "action", "actions"),
                s.done,
                s.late,
                n(s.delegations, "delegation", "delegations"),
                n(s.trips, "trip", "trips"),
                n(s.items, "checklist item", "checklist items"),
            )
        },
        created: |p| format!("Roadmap written to {p}"),
        backed_up: |p| format!("The previous one is kept in {p}"),
        first_run: |p| {
            format!(
                "First run: the example roadmap, from the Mayor's note of 16 May 2014, written to {p} (jalons init --empty --force to start from nothing)"
            )
        },
        restore_head: ["backup", "size", "actions", "check"],
        restore_none: |p| format!("No backup beside {p}"),
        restore_valid: "valid",
        restore_invalid: |why| format!("invalid: {why}"),
        restore_refused: |p| format!("{p} is not a valid roadmap: nothing was restored or changed"),
        restored: |from, into, n| {
            let s = if n == 1 { "" } else { "s" };
            format!("{from} restored into {into} ({n} action{s})")
        },
    },
    // search and date input
    date_forms: "2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2w, today, tomorrow",
    due_forms: "2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2w, today, tomorrow, D-30",
    date_empty: |forms| format!("No date typed — accepted forms: {forms}"),
    date_unrecognised: |input, forms| format!("“{input}” is not a date — accepted forms: {forms}"),
    date_no_such_day: |input, days| match days {
        Some(n) => format!("{input} does not exist: that month has {n} days"),
        None => format!("{input} does not exist: months go from 1 to 12"),
    },
    date_out_of_range: |input, first, last| {
        format!("{input}: the year must be between {first} and {last}")
    },
    due_too_long_before: |days, most| {
        format!("D-{days}: at most D-{most}, ten years before departure")
    },
    search_kind: |kind| {
        use crate::search::Kind;
        match kind {
            Kind::Action => "action",
            Kind::Objective => "objective",
            Kind::Trip => "trip",
            Kind::Item => "checklist",
            Kind::Delegation => "delegation",
            Kind::Member => "traveller",
            Kind::Horizon => "horizon",
            Kind::Template => "template",
        }
    },
    search_field: |field| {
        use crate::search::Field;
        match field {
            Field::Title => "title",
            Field::Label => "label",
            Field::Notes => "notes",
            Field::Theme(_) => "theme",
            Field::Name => "name",
            Field::Holder => "holder",
            Field::Role => "role",
            Field::Destination => "destination",
            Field::Country => "country",
            Field::Purpose => "purpose",
        }
    },
    search_prompt: "Search",
    search_no_results: |q| format!("No result for “{q}”"),
    leaving: LeavingText {
        unsaved_title: "Changes not saved",
        unsaved: |n| match n {
            1 => "1 change is not saved: the store cannot be written.".to_owned(),
            n => format!("{n} changes are not saved: the store cannot be written."),
        },
        why: |e| format!("Why: {e}"),
        keep_note: "A recovery file is offered again at the next start.",
        keep_failed: |e| format!("The recovery file could not be written either: {e}"),
        offer_title: "Changes not saved last time",
        offer: |n, p| {
            format!(
                "{} could not be saved last time and {} kept in {p}. Apply {} to the store now?",
                changes(n),
                if n == 1 { "was" } else { "were" },
                if n == 1 { "it" } else { "them" }
            )
        },
        offer_hint: "y / Enter: apply    n / Esc: not now (the file is kept)",
        recovered: |applied, skipped| {
            let done = format!("{} recovered", changes(applied));
            match skipped {
                0 => done,
                1 => format!("{done}, 1 no longer applies"),
                n => format!("{done}, {n} no longer apply"),
            }
        },
        recovered_change: "recovered change",
        offer_refused: |p| format!("Recovery file kept for later: {p}"),
        unreadable: |p, e| format!("Recovery file {p} cannot be read: {e}"),
        not_removed: |p, e| format!("Applied, but the recovery file {p} is still there: {e}"),
        kept: |n, p| {
            format!(
                "jalons: {} not saved, kept in {p}; the next start offers to apply {}.",
                changes(n),
                if n == 1 { "it" } else { "them" }
            )
        },
        not_beside: |e| format!("jalons: (not beside the store, which cannot be written: {e})"),
        and_then: "; ",
        lost: |n, e| {
            format!(
                "jalons: {} could be neither saved nor kept ({e}). As JSON:",
                changes(n)
            )
        },
        no_terminal: "jalons: the interface needs a terminal, and standard input or output is \
                      not one; the subcommands (jalons check, list, export…) work without.",
        check_pending: |n, p| {
            let (wait, them) = if n == 1 {
                ("waits", "it")
            } else {
                ("wait", "them")
            };
            format!(
                "{p}: {} not saved in an earlier session {wait} here; \
                 start jalons to apply {them}.",
                changes(n)
            )
        },
    },
};

/// "1 change", "3 changes".
/// "1 action", "3 actions".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "its only action", "its 3 actions".
fn its(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("its only {noun}")
    } else {
        format!("its {}", count(n, noun))
    }
}

fn changes(n: usize) -> String {
    if n == 1 {
        "1 change".to_owned()
    } else {
        format!("{n} changes")
    }
}
