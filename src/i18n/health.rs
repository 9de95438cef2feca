//! The words of check-ins and health, one set per language: the screens, the check-in form,
//! the command line's `checkin`, `checkins` and `stale`, and the status note's health block.

use super::Catalogue;
use crate::domain::{Health, HealthState, Plan, Why};

pub struct HealthText {
    /// A state as every screen and document says it: "en bonne voie", "pas de point récent"…
    pub state: fn(HealthState) -> &'static str,
    /// The heading of health: "Santé".
    pub label: &'static str,
    /// Why, in words: a check-in of that day ("point du 16 sept. 2014").
    pub checked_on: fn(&str) -> String,
    pub blocked: &'static str,
    /// An update is expected and none is fresh: the last one's day.
    pub last_checkin: fn(&str) -> String,
    pub never_checked: &'static str,
    pub nothing_expected: &'static str,
    /// An objective: the worst of its open actions (takes its title).
    pub worst_action: fn(&str) -> String,
    pub no_open_action: &'static str,
    /// What an objective says of itself, beside what its actions say.
    pub declared: &'static str,
    /// The declared health reads better than the actions: the flag.
    pub rosier: &'static str,
    /// A declared health older than the threshold.
    pub old: &'static str,
    /// The detail's list of check-ins.
    pub checkins: &'static str,
    pub no_checkins: &'static str,
    /// Who made a check-in.
    pub by: fn(&str) -> String,
    /// The date a check-in announces.
    pub announced: fn(&str) -> String,
    /// An objective's open actions by state: "2 en difficulté · 1 à risque".
    pub counts: fn(&[usize; 5]) -> String,
    // The check-in form.
    pub form_title: fn(&str) -> String,
    pub text_required: &'static str,
    pub not_checkable: &'static str,
    /// The status bar once saved: (title, health).
    pub saved: fn(&str, &str) -> String,
    // Keys.
    pub key_checkin: &'static str,
    pub key_to_update: &'static str,
    // The "to update" view of the weekly review.
    /// On the deadlines' title: the key to the view, and how many it holds.
    pub deadlines_hint: fn(usize) -> String,
    pub to_update: &'static str,
    pub all_up_to_date: &'static str,
    /// The last check-in so many days ago.
    pub days_ago: fn(i64) -> String,
    pub never: &'static str,
    pub cli: &'static HealthCliText,
    pub note: &'static HealthNoteText,
}

/// What `jalons checkin`, `checkins` and `stale` say.
pub struct HealthCliText {
    /// A first check-in on a record needs a health: takes the record's title.
    pub first_needs_health: fn(&str) -> String,
    /// A text is required: takes the health, and the previous one when it changed.
    pub text_needed: fn(&str, Option<&str>) -> String,
    /// A check-in dated after today: (its day, today).
    pub in_future: fn(&str, &str) -> String,
    /// Saved: (day, title, health).
    pub saved: fn(&str, &str, &str) -> String,
    pub col_on: &'static str,
    pub col_record: &'static str,
    pub col_by: &'static str,
    pub col_text: &'static str,
    pub col_last: &'static str,
    pub no_checkins: &'static str,
}

/// The status note's health block and its "since" section.
pub struct HealthNoteText {
    /// Open actions, then those expected to be updated and those that were (with a share).
    pub share: fn(usize, usize, usize) -> String,
    pub col_actions: &'static str,
    pub col_last: &'static str,
    /// The "since" section's heading: since the previous note of that day.
    pub since_note: fn(&str) -> String,
    /// With no previous note kept: since that day.
    pub since_day: fn(&str) -> String,
    pub new_checkins: &'static str,
    /// Under that heading when there is none (the French agrees with "points").
    pub no_new_checkins: &'static str,
    pub worse: &'static str,
    pub slips: &'static str,
    /// Due dates can only be compared with a previous note.
    pub no_previous: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    /// What the note saw could not be kept beside the store: takes why.
    pub not_kept: fn(&str) -> String,
}

impl HealthText {
    pub fn health(&self, health: Health) -> &'static str {
        (self.state)(HealthState::of(health))
    }
}

/// Why a record reads as it does, in words; dates and titles from the plan.
pub fn reason(c: &Catalogue, plan: &Plan, why: Why) -> String {
    let h = c.health;
    match why {
        Why::CheckIn(on) => (h.checked_on)(&c.date(on)),
        Why::Late(days) => (c.late_by)(days),
        Why::Blocked => h.blocked.to_owned(),
        Why::NoRecentCheckIn(Some(on)) => (h.last_checkin)(&c.date(on)),
        Why::NoRecentCheckIn(None) => h.never_checked.to_owned(),
        Why::NothingExpected => h.nothing_expected.to_owned(),
        Why::Worst(a) => plan
            .actions
            .get(a)
            .map_or_else(String::new, |a| (h.worst_action)(&a.title)),
        Why::NoOpenAction => h.no_open_action.to_owned(),
    }
}
