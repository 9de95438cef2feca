use super::{Catalogue, CheckSummary, CliText, KeyLabels};
use crate::domain::{DelegationKind, MemberCategory, Status, TripStatus};

pub static EN: Catalogue = Catalogue {
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    screen_roadmap: "Roadmap",
    col_horizons: "Horizons",
    col_objectives: "Objectives",
    col_actions: "Actions",
    col_detail: "Detail",
    no_objectives: "No objectives",
    no_actions: "No actions",
    nothing_selected: "Nothing selected",
    status: "Status",
    due: "Due",
    deadline: "Deadline",
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
    merged: "merged with changes from another instance",
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
        n if n > 0 => format!("D-{n}"),
        n => format!("D+{}", -n),
    },
    late_by: |n| format!("{n} d late"),
    open_late: |open, late| format!("{open} open, {late} late"),
    saved_at: |t| format!("Saved {t}"),
    not_saved: |e| format!("Not saved: {e}"),
    conflicts: |n| {
        let s = if n > 1 { "s" } else { "" };
        format!("{n} change{s} no longer applied")
    },
    marked_done: |t| format!("“{t}” done"),
    marked_open: |t| format!("“{t}” to do"),
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
        quit: "quit",
    },
    cli: CliText {
        check_ok: |s: &CheckSummary| {
            format!(
                "{}: valid — {} horizons, {} objectives, {} actions ({} done, {} late), \
                 {} delegations, {} trips, {} checklist items",
                s.path,
                s.horizons,
                s.objectives,
                s.actions,
                s.done,
                s.late,
                s.delegations,
                s.trips,
                s.items
            )
        },
        created: |p| format!("Roadmap written to {p}"),
        backed_up: |p| format!("The previous one is kept in {p}"),
        first_run: |p| format!("First run: built-in roadmap written to {p}"),
    },
};
