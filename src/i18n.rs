//! Every word the interface and the command line say, in French and in English.
//!
//! One `Catalogue` value per language: a struct literal, so the compiler refuses a language
//! that lacks a string. Strings that take values are plain functions.

mod clap_fr;
mod cli_help_fr;
mod command_line;
mod command_line_en;
mod command_line_fr;
mod conflict;
mod conflict_en;
mod conflict_fr;
mod en;
mod failure;
mod failure_en;
mod failure_fr;
mod fr;
mod glance;
mod glance_en;
mod glance_fr;
mod health;
mod health_en;
mod health_fr;
mod help;
mod help_en;
mod help_fr;
mod nav;
mod nav_en;
mod nav_fr;
mod script;
mod script_en;
mod script_fr;

use chrono::{Datelike, NaiveDate};

use crate::app::form::{FieldName, RecordKind};
use crate::domain::{DelegationKind, MemberCategory, Status, StatusFilter, TripStatus};

pub use clap_fr::{FrenchErrors, usage_in_french};
pub use command_line::{ClapText, CommandLineText, StoreText};
pub use conflict::{ConflictText, describe as describe_conflict};
pub use failure::{FailureText, op_error, os_error};
pub use glance::GlanceText;
pub use health::{HealthCliText, HealthNoteText, HealthText, reason};
pub use help::{HelpDeed, HelpPlace, HelpText, KeyNames};
pub use nav::NavText;
pub use script::{CalendarText, DossierText, FileKind, IdKind, NoteText, ScriptText};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const fn catalogue(self) -> &'static Catalogue {
        match self {
            Self::Fr => &fr::FR,
            Self::En => &en::EN,
        }
    }

    /// What the command line says around its commands (clap's words, its failures).
    pub const fn command_line(self) -> &'static CommandLineText {
        match self {
            Self::Fr => &command_line_fr::COMMAND_LINE_FR,
            Self::En => &command_line_en::COMMAND_LINE_EN,
        }
    }

    /// French for a `fr*` locale, English otherwise.
    pub fn from_locale(locale: Option<&str>) -> Self {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("fr") => Self::Fr,
            _ => Self::En,
        }
    }
}

#[allow(clippy::struct_field_names)]
pub struct Catalogue {
    pub months: [&'static str; 12],
    /// Monday first: "lun.", "Mon".
    pub weekdays: [&'static str; 7],
    /// Between a label and its value: French sets a space before the colon.
    pub colon: &'static str,
    pub confirm_title: &'static str,
    pub pick_title: &'static str,
    pub screen_roadmap: &'static str,
    pub screen_delegations: &'static str,
    pub screen_trips: &'static str,
    pub screen_deadlines: &'static str,
    pub col_horizons: &'static str,
    pub col_objectives: &'static str,
    pub col_actions: &'static str,
    pub col_detail: &'static str,
    pub no_horizons: &'static str,
    pub no_objectives: &'static str,
    pub no_actions: &'static str,
    pub nothing_selected: &'static str,
    pub status: &'static str,
    pub due: &'static str,
    pub start: &'static str,
    /// An action's start: "dès le 16 mai 2014".
    pub since: fn(&str) -> String,
    /// What the source document says of when; takes its words.
    pub source_when: fn(&str) -> String,
    /// Which values are example assumptions; takes the fields' labels.
    pub source_assumed: fn(&str) -> String,
    pub source_example: &'static str,
    /// The title above the document's own words.
    pub source_quote: &'static str,
    pub deadline: &'static str,
    pub horizon: &'static str,
    pub progress: &'static str,
    pub done_on: &'static str,
    pub checklist_item: &'static str,
    pub objective: &'static str,
    pub owner: &'static str,
    pub co_owners: &'static str,
    pub trip: &'static str,
    pub notes: &'static str,
    pub themes: &'static str,
    pub holder: &'static str,
    pub role: &'static str,
    pub load: &'static str,
    pub no_date: &'static str,
    pub unknown_owner: &'static str,
    pub today: &'static str,
    pub too_small: &'static str,
    /// Space where there is no action to tick.
    pub not_an_action: &'static str,
    /// `m` where there is no action to move to another objective.
    pub not_an_action_to_move: &'static str,
    pub merged: &'static str,
    pub to_schedule: &'static str,
    pub purpose: &'static str,
    pub linked_objectives: &'static str,
    pub travellers: &'static str,
    pub checklist: &'static str,
    pub dates: &'static str,
    pub no_trips: &'static str,
    pub no_delegations: &'static str,
    pub owns_nothing: &'static str,
    pub nothing_due: &'static str,
    pub late_group: &'static str,
    pub this_week: &'static str,
    pub this_month: &'static str,
    pub later: &'static str,
    pub all_owners: &'static str,
    pub filter_clear_hint: &'static str,
    pub no_owner: &'static str,
    pub no_members: &'static str,
    /// The actions a delegation carries, open ones: (owns, contributes to, brevity) — "porte
    /// 7 · contribue à 10", the second part only when there is one; brevity 1 abbreviates it
    /// where room is short.
    pub carry_line: fn(usize, usize, u8) -> String,
    /// What it answers for that is late (its actions and items), then its open checklist
    /// items: (items, late, brevity) — "3 en retard · 30 points de check-list", brevity 0 for
    /// the full words, 1 and 2 for shorter forms where room is short.
    pub items_line: fn(usize, usize, u8) -> String,
    /// The heading over the actions a delegation contributes to as a co-owner.
    pub contributes_heading: &'static str,
    pub owner_filter: fn(&str) -> String,
    pub trip_heading: fn(&str) -> String,
    // editing
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    /// A character a form refuses (a control, a bidi override, a tag character), named.
    pub form_refused: fn(char) -> String,
    pub form_required: &'static str,
    pub form_before_start: &'static str,
    pub form_record_gone: &'static str,
    /// A save put off because another instance holds the lock; takes who ("jalons done, pid
    /// 4242, since 10:42"), or `None` when unknown.
    pub save_waiting: fn(Option<&str>) -> String,
    pub no_conflicts: &'static str,
    pub sync_started: &'static str,
    pub sync_running: &'static str,
    /// Takes the local time, the commits received and sent.
    pub synced: fn(&str, usize, usize) -> String,
    /// Takes how many commits wait to be sent.
    pub sync_offline: fn(usize) -> String,
    pub sync_failed: fn(&str) -> String,
    pub conflict_nothing_to_reapply: &'static str,
    pub conflict_reapplied: fn(&str) -> String,
    /// The conflict review's title, with the count.
    pub conflicts_title: fn(usize) -> String,
    /// The history overlay (`H`): its title, with the record's ID.
    pub history_title: fn(&str) -> String,
    pub history_loading: &'static str,
    /// The store is not in a git repository.
    pub history_not_shared: &'static str,
    pub history_empty: &'static str,
    /// git failed; takes what it said.
    pub history_failed: fn(&str) -> String,
    pub history_nothing_selected: &'static str,
    /// Takes the length and the most accepted, in characters (bytes for notes).
    pub form_too_long: fn(usize, usize, bool) -> String,
    pub confirm_hint: &'static str,
    pub form_hint: &'static str,
    pub choice_hint: &'static str,
    pub many_hint: &'static str,
    pub date_hint: &'static str,
    pub due_hint: &'static str,
    pub none_choice: &'static str,
    pub undone: fn(&str) -> String,
    pub redone: fn(&str) -> String,
    pub ask_delete_horizon: fn(&str, usize, usize) -> String,
    pub ask_delete_objective: fn(&str, usize) -> String,
    pub ask_delete_trip: fn(&str, usize) -> String,
    pub ask_delete: fn(&str) -> String,
    /// Takes the record's name and kind (the French participle agrees with it).
    pub deleted: fn(&str, RecordKind) -> String,
    /// (name, actions it owns, actions it contributes to, checklist items it owns).
    pub ask_reassign: fn(&str, usize, usize, usize) -> String,
    pub template_applied: fn(&str) -> String,
    pub moved: fn(&str, RecordKind) -> String,
    pub saved_record: fn(&str, RecordKind) -> String,
    pub field_label: fn(FieldName) -> &'static str,
    pub form_title: fn(RecordKind, bool) -> &'static str,
    pub filter_applied: &'static str,
    pub filter_cleared: &'static str,
    pub filter_label: &'static str,
    pub status_filter: fn(StatusFilter) -> &'static str,
    pub no_search: &'static str,
    pub action_status: fn(Status) -> &'static str,
    pub trip_status: fn(TripStatus) -> &'static str,
    pub delegation_kind: fn(DelegationKind) -> &'static str,
    pub member_category: fn(MemberCategory) -> &'static str,
    /// The countdown from today, in words: "dans 12 j", "aujourd'hui", "il y a 3 j" for a day
    /// `n` days ahead (negative: behind). Never "J-n": that is [`Self::days_before`].
    pub countdown: fn(i64) -> String,
    /// "en retard de 3 j" for something `n` days overdue.
    pub late_by: fn(i64) -> String,
    /// "J-30": a checklist item due so many days before departure (J is departure day),
    /// whether or not the trip is dated.
    pub days_before: fn(u32) -> String,
    pub saved_at: fn(&str) -> String,
    pub not_saved: fn(&str) -> String,
    pub conflicts: fn(usize) -> String,
    /// What a merge or an edit could not settle, and what it kept.
    pub conflict: &'static ConflictText,
    /// The dashboard and the status note's pictures.
    pub glance: &'static GlanceText,
    /// Why a file could not be read or written.
    pub failure: &'static FailureText,
    /// An action or a checklist item ticked: "« … » faite" / "« … » fait".
    pub marked_done: fn(&str, RecordKind) -> String,
    pub marked_open: fn(&str) -> String,
    pub key_labels: KeyLabels,
    /// The help overlay: where, what the keys do there, their names, the glyphs.
    pub help: &'static HelpText,
    /// The scripting commands and the exports.
    pub script: &'static ScriptText,
    /// Getting around (the jump list, the owner picker) and preparing a trip.
    pub nav: &'static NavText,
    /// Check-ins and health.
    pub health: &'static HealthText,
    pub cli: CliText,
    // search and date input
    /// The date forms a date field accepts, as examples: "2014-07-14, 14/07/2014, +10…".
    pub date_forms: &'static str,
    /// The same plus the countdown form a checklist item accepts (`J-30`).
    pub due_forms: &'static str,
    /// Nothing typed; takes the accepted forms.
    pub date_empty: fn(&str) -> String,
    /// Takes what was typed and the accepted forms.
    pub date_unrecognised: fn(&str, &str) -> String,
    /// Takes what was typed and the length of the month typed, when that month exists.
    pub date_no_such_day: fn(&str, Option<u32>) -> String,
    /// Takes what was typed and the first and last years accepted.
    pub date_out_of_range: fn(&str, i32, i32) -> String,
    /// Takes the days typed after `J-` and the most accepted.
    pub due_too_long_before: fn(u32, u32) -> String,
    /// A search result's kind of record: "action", "déplacement"…
    pub search_kind: fn(crate::search::Kind) -> &'static str,
    /// Which text of the record matched: "titre", "notes"…
    pub search_field: fn(crate::search::Field) -> &'static str,
    pub search_prompt: &'static str,
    /// Nothing matched the query well enough to be shown (takes the query, made inert).
    pub search_no_results: fn(&str) -> String,
    pub leaving: LeavingText,
}

/// What each key does, for the help overlay and the footer.
pub struct KeyLabels {
    pub up: &'static str,
    pub down: &'static str,
    pub top: &'static str,
    pub bottom: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub drill: &'static str,
    pub back: &'static str,
    pub toggle_done: &'static str,
    pub help: &'static str,
    pub close: &'static str,
    pub conflicts: &'static str,
    pub sync: &'static str,
    pub history: &'static str,
    pub use_mine: &'static str,
    pub keep_theirs: &'static str,
    pub go_to_record: &'static str,
    pub quit: &'static str,
    pub export: &'static str,
    pub search: &'static str,
    pub search_next: &'static str,
    pub search_prev: &'static str,
    pub go_to: &'static str,
    pub filter: &'static str,
    pub clear_filter: &'static str,
    pub no: &'static str,
    pub add: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub move_to: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub apply_template: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub yes: &'static str,
    pub next_field: &'static str,
    pub prev_field: &'static str,
    pub submit: &'static str,
    pub cancel: &'static str,
    pub next_screen: &'static str,
    pub prev_screen: &'static str,
    pub filter_owner: &'static str,
    pub choose: &'static str,
    pub everywhere: &'static str,
    pub all_screens: &'static str,
    pub in_picker: &'static str,
    pub in_help: &'static str,
    pub suspend: &'static str,
    pub retry_save: &'static str,
    pub quit_keeping: &'static str,
    pub stay: &'static str,
    /// Headings of the keys that work in every mode, and of the quit confirmation.
    pub always: &'static str,
    pub when_leaving: &'static str,
}

/// What the command line prints.
pub struct CliText {
    pub config_defaults: &'static str,
    pub config_hint: &'static str,
    pub config_ask: &'static str,
    pub check_ok: fn(&CheckSummary) -> String,
    pub created: fn(&str) -> String,
    pub backed_up: fn(&str) -> String,
    pub first_run: fn(&str) -> String,
    /// `jalons restore`'s columns: backup, size, actions, check.
    pub restore_head: [&'static str; 4],
    /// Takes the store's path.
    pub restore_none: fn(&str) -> String,
    pub restore_valid: &'static str,
    /// Takes what `check` says of it.
    pub restore_invalid: fn(&str) -> String,
    /// Takes the backup's path.
    pub restore_refused: fn(&str) -> String,
    /// Takes the backup's path, the store's and its number of actions.
    pub restored: fn(&str, &str, usize) -> String,
}

/// Quitting with changes not saved, the recovery file that keeps them, and what is said when
/// the interface cannot run or ends on a signal.
pub struct LeavingText {
    pub unsaved_title: &'static str,
    /// "3 changes are not saved": the quit confirmation's first line.
    pub unsaved: fn(usize) -> String,
    /// Why, from the store's error.
    pub why: fn(&str) -> String,
    /// Under the choices: what becomes of a recovery file.
    pub keep_note: &'static str,
    pub keep_failed: fn(&str) -> String,
    pub offer_title: &'static str,
    /// Takes how many changes the recovery files hold and where they are.
    pub offer: fn(usize, &str) -> String,
    pub offer_hint: &'static str,
    /// Takes the changes applied and those that no longer apply.
    pub recovered: fn(usize, usize) -> String,
    /// What undo calls a recovered change.
    pub recovered_change: &'static str,
    pub offer_refused: fn(&str) -> String,
    /// Takes the file and what is wrong with it.
    pub unreadable: fn(&str, &str) -> String,
    pub not_removed: fn(&str, &str) -> String,
    /// On stderr once the terminal is given back: how many, where.
    pub kept: fn(usize, &str) -> String,
    /// Why the recovery file is not beside the store.
    pub not_beside: fn(&str) -> String,
    /// Between two reasons a file could not be written: "; ".
    pub and_then: &'static str,
    /// How many, why: followed by the changes themselves, as JSON.
    pub lost: fn(usize, &str) -> String,
    pub no_terminal: &'static str,
    /// `jalons check`: how many changes wait in a recovery file, and where.
    pub check_pending: fn(usize, &str) -> String,
}

/// The figures `jalons check` reports.
pub struct CheckSummary {
    pub path: String,
    pub horizons: usize,
    pub objectives: usize,
    pub actions: usize,
    pub done: usize,
    pub late: usize,
    pub delegations: usize,
    pub trips: usize,
    pub items: usize,
}

impl Catalogue {
    /// "14 juil. 2014" / "14 Jul 2014", its spaces non-breaking: a date is never split
    /// across two lines.
    pub fn date(&self, day: NaiveDate) -> String {
        format!(
            "{}\u{a0}{}\u{a0}{}",
            day.day(),
            self.months[day.month0() as usize],
            day.year()
        )
    }

    /// Text between the language's quotation marks: "«\u{a0}…\u{a0}»" / "“…”".
    pub fn quoted(&self, text: &str) -> String {
        let (open, close) = self.conflict.quotes;
        format!("{open}{text}{close}")
    }

    /// "lun. 14 juil. 2014" / "Mon 14 Jul 2014": how a typed date was read.
    pub fn long_date(&self, day: NaiveDate) -> String {
        let weekday = self.weekdays[day.weekday().num_days_from_monday() as usize];
        format!("{weekday}\u{a0}{}", self.date(day))
    }

    /// "14 juil." when in the same year as `today`, else the full date.
    pub fn short_date(&self, day: NaiveDate, today: NaiveDate) -> String {
        if day.year() == today.year() {
            format!("{}\u{a0}{}", day.day(), self.months[day.month0() as usize])
        } else {
            self.date(day)
        }
    }

    /// "22–25 sept. 2014", "30 sept. → 2 oct. 2014", or both dates in full.
    pub fn date_range(&self, start: NaiveDate, end: NaiveDate) -> String {
        if end <= start {
            self.date(start)
        } else if (start.year(), start.month()) == (end.year(), end.month()) {
            format!("{}–{}", start.day(), self.date(end))
        } else if start.year() == end.year() {
            let first = format!(
                "{}\u{a0}{}",
                start.day(),
                self.months[start.month0() as usize]
            );
            format!("{first} → {}", self.date(end))
        } else {
            format!("{} → {}", self.date(start), self.date(end))
        }
    }

    /// The countdown from today to `day`: "dans 12 j", "aujourd'hui", "il y a 2 j", or
    /// "en retard de 3 j" for what is late.
    pub fn from_today(&self, day: NaiveDate, today: NaiveDate, late: bool) -> String {
        let n = crate::domain::days_until(day, today);
        if late && n < 0 {
            (self.late_by)(-n)
        } else {
            (self.countdown)(n)
        }
    }

    /// When a checklist item falls, as a rule: "J-30 · 17 août 2014" (thirty days before
    /// departure, the day once the trip is dated), "J-30" while it is not, or the day it
    /// was given. `today` shortens the day to "17 août" within the current year. Never a
    /// countdown from today: that is [`Self::item_countdown`].
    pub fn item_rule(
        &self,
        trip: &crate::domain::Trip,
        item: &crate::domain::ChecklistItem,
        today: Option<NaiveDate>,
    ) -> String {
        let date = |day| today.map_or_else(|| self.date(day), |t| self.short_date(day, t));
        let day = crate::domain::item_due(trip, item);
        match (item.due, day) {
            (Some(crate::domain::Due::DaysBefore(n)), Some(day)) => {
                format!("{}\u{a0}· {}", (self.days_before)(n), date(day))
            }
            (Some(crate::domain::Due::DaysBefore(n)), None) => (self.days_before)(n),
            (_, Some(day)) => date(day),
            (_, None) => String::new(),
        }
    }

    /// The countdown from today to an open item's day ("dans 12 j", "en retard de 3 j"):
    /// `None` when it is done (done is never late), or has no day yet.
    pub fn item_countdown(
        &self,
        trip: &crate::domain::Trip,
        item: &crate::domain::ChecklistItem,
        today: NaiveDate,
    ) -> Option<String> {
        if item.done_on.is_some() {
            return None;
        }
        let day = crate::domain::item_due(trip, item)?;
        let late = crate::domain::item_late(trip, item, today);
        Some(self.from_today(day, today, late))
    }

    /// "dans 12 j · 14 juil. 2014", or "en retard de 3 j · 11 juil. 2014" for what is late.
    pub fn due_date(&self, day: NaiveDate, today: NaiveDate, late: bool) -> String {
        format!(
            "{}\u{a0}· {}",
            self.from_today(day, today, late),
            self.date(day)
        )
    }
}
