//! Check-ins and health, in English.

use super::health::{HealthCliText, HealthNoteText, HealthText};
use crate::domain::HealthState;

pub static HEALTH_EN: HealthText = HealthText {
    state: |s| match s {
        HealthState::NotStarted => "not started",
        HealthState::OnTrack => "on track",
        HealthState::Stale => "no recent update",
        HealthState::AtRisk => "at risk",
        HealthState::OffTrack => "off track",
    },
    label: "Health",
    checked_on: |d| format!("update of {d}"),
    blocked: "blocked",
    last_checkin: |d| format!("last update {d}"),
    never_checked: "no update yet",
    nothing_expected: "nothing expected yet",
    worst_action: |t| format!("its worst action: “{t}”"),
    no_open_action: "no open action",
    declared: "Declared",
    rosier: "rosier than its actions",
    old: "old",
    checkins: "Check-ins",
    no_checkins: "No check-in yet (c to add one)",
    by: |who| format!("by {who}"),
    announced: |d| format!("announced due date: {d}"),
    counts: |counts| {
        const WORDS: [&str; 5] = [
            "not started",
            "on track",
            "no recent update",
            "at risk",
            "off track",
        ];
        let parts: Vec<String> = (0..5)
            .rev()
            .filter(|&i| counts[i] > 0)
            .map(|i| format!("{}\u{a0}{}", counts[i], WORDS[i]))
            .collect();
        parts.join(" · ")
    },
    form_title: |t| format!("Check-in on “{t}”"),
    text_required: "Say what is happening: required when the health is not “on track” or changes",
    not_checkable: "A check-in goes on an action or an objective",
    saved: |t, h| format!("Check-in on “{t}”: {h}"),
    key_checkin: "check in on the action or objective",
    key_to_update: "to update: actions with no recent update, by owner (again: the deadlines)",
    deadlines_hint: |n| format!("r: to update ({n})"),
    to_update: "To update",
    all_up_to_date: "Everyone is up to date: no expected action lacks a recent update",
    days_ago: |n| format!("last update {n}\u{a0}d ago"),
    never: "never updated",
    cli: &HealthCliText {
        first_needs_health: |t| {
            format!(
                "first check-in on “{t}”: say its health (--health on-track, at-risk or off-track)"
            )
        },
        text_needed: |h, was| match was {
            Some(was) => format!(
                "say what is happening: a text is required when the health changes (from “{was}” to “{h}”)"
            ),
            None => format!("say what is happening: a text is required when the health is “{h}”"),
        },
        in_future: |on, today| {
            format!("a check-in cannot be dated after today: {on} is after {today}")
        },
        saved: |on, t, h| format!("Check-in of {on} on “{t}”: {h}"),
        col_on: "Date",
        col_record: "On",
        col_by: "By",
        col_text: "Update",
        col_last: "Last update",
        no_checkins: "No check-in",
    },
    note: &HealthNoteText {
        share: |open, expected, fresh| {
            let percent = (fresh * 100 + expected / 2)
                .checked_div(expected)
                .unwrap_or(100);
            let actions = if open == 1 {
                "open action"
            } else {
                "open actions"
            };
            format!(
                "{open} {actions}; recent updates: {fresh} of the {expected} expected ({percent}%)"
            )
        },
        col_actions: "Actions",
        col_last: "Last update",
        since_note: |d| format!("Since the note of {d}"),
        since_day: |d| format!("Since {d}"),
        new_checkins: "New check-ins",
        no_new_checkins: "None.",
        worse: "Health got worse",
        slips: "Due dates moved",
        no_previous: "Known from the next note on: they are compared with the previous note, and none is kept yet for this roadmap.",
        col_from: "Before",
        col_to: "Now",
        not_kept: |why| {
            format!("the next note will not be able to say which due dates moved: {why}")
        },
    },
};
