//! Every word the interface and the command line say, in French and in English.
//!
//! One `Catalogue` value per language: a struct literal, so the compiler refuses a language
//! that lacks a string. Strings that take values are plain functions.

mod en;
mod fr;

use chrono::{Datelike, NaiveDate};

use crate::domain::{DelegationKind, MemberCategory, Status, TripStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
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
    pub screen_roadmap: &'static str,
    pub col_horizons: &'static str,
    pub col_objectives: &'static str,
    pub col_actions: &'static str,
    pub col_detail: &'static str,
    pub no_objectives: &'static str,
    pub no_actions: &'static str,
    pub nothing_selected: &'static str,
    pub status: &'static str,
    pub due: &'static str,
    pub deadline: &'static str,
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
    pub not_an_action: &'static str,
    pub merged: &'static str,
    pub action_status: fn(Status) -> &'static str,
    pub trip_status: fn(TripStatus) -> &'static str,
    pub delegation_kind: fn(DelegationKind) -> &'static str,
    pub member_category: fn(MemberCategory) -> &'static str,
    /// "J-12", "aujourd'hui", "J+3" for a day `n` days ahead (negative: behind).
    pub countdown: fn(i64) -> String,
    /// "en retard de 3 j" for something `n` days overdue.
    pub late_by: fn(i64) -> String,
    pub open_late: fn(usize, usize) -> String,
    pub saved_at: fn(&str) -> String,
    pub not_saved: fn(&str) -> String,
    pub conflicts: fn(usize) -> String,
    pub marked_done: fn(&str) -> String,
    pub marked_open: fn(&str) -> String,
    pub key_labels: KeyLabels,
    pub cli: CliText,
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
    pub quit: &'static str,
    /// The space bar's name.
    pub space: &'static str,
    pub everywhere: &'static str,
    pub in_help: &'static str,
}

/// What the command line prints.
pub struct CliText {
    pub check_ok: fn(&CheckSummary) -> String,
    pub created: fn(&str) -> String,
    pub backed_up: fn(&str) -> String,
    pub first_run: fn(&str) -> String,
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
    /// "14 juil. 2014" / "14 Jul 2014".
    pub fn date(&self, day: NaiveDate) -> String {
        format!(
            "{} {} {}",
            day.day(),
            self.months[day.month0() as usize],
            day.year()
        )
    }

    /// "J-12 · 14 juil. 2014", or "en retard de 3 j · 11 juil. 2014" for what is late.
    pub fn due_date(&self, day: NaiveDate, today: NaiveDate, late: bool) -> String {
        let n = crate::domain::days_until(day, today);
        let relative = if late {
            (self.late_by)(-n)
        } else {
            (self.countdown)(n)
        };
        format!("{relative} · {}", self.date(day))
    }
}
