//! The plan: every record a cabinet keeps, as it is stored.
//!
//! Empty and absent values are left out of the file (an empty note, no due date): the
//! store stays short and readable, and reads them back as empty.
//!
//! Records refer to each other by stable string IDs, unique across the whole plan, so that a
//! command line (`jalons done ID`), an operation log and a merge can name any record without
//! saying what kind it is. The order of each list is the order the adviser chose.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date_serde::{date, optional};

/// The schema this build reads and writes. Version 3 adds check-ins on actions and
/// objectives and the plan's `checkin_weeks`.
pub const SCHEMA_VERSION: u32 = 3;
/// The oldest schema this build reads (and migrates in memory; a save writes the current).
pub const OLDEST_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub schema_version: u32,
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub mandate_start: Option<NaiveDate>,
    /// How many weeks a check-in stays fresh: one threshold for the whole cabinet, kept in
    /// the shared plan so that every adviser reads the same health (see `health.rs`).
    #[serde(default = "default_checkin_weeks")]
    pub checkin_weeks: u8,
    #[serde(default)]
    pub horizons: Vec<Horizon>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub delegations: Vec<Delegation>,
    #[serde(default)]
    pub trips: Vec<Trip>,
    #[serde(default)]
    pub templates: Vec<ChecklistTemplate>,
}

/// A check-in is fresh this many weeks unless the plan says otherwise.
pub const DEFAULT_CHECKIN_WEEKS: u8 = 4;
/// The thresholds a plan may set: a week to half a year.
pub const CHECKIN_WEEKS: std::ops::RangeInclusive<u8> = 1..=26;

const fn default_checkin_weeks() -> u8 {
    DEFAULT_CHECKIN_WEEKS
}

impl Plan {
    pub fn empty(title: impl Into<String>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            title: title.into(),
            mandate_start: None,
            checkin_weeks: DEFAULT_CHECKIN_WEEKS,
            horizons: Vec::new(),
            objectives: Vec::new(),
            actions: Vec::new(),
            delegations: Vec::new(),
            trips: Vec::new(),
            templates: Vec::new(),
        }
    }
}

/// A time frame with a deadline: *100 premiers jours*, *mi-mandat*, *fin de mandature*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Horizon {
    pub id: String,
    pub label: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub deadline: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Horizon {
    /// Whether its deadline, if any, is not before its start.
    pub fn dates_hold(&self) -> bool {
        !matches!((self.start, self.deadline), (Some(a), Some(b)) if b < a)
    }
}

/// A goal under one horizon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    pub horizon: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Dated updates, sorted by day then ID (see [`CheckIn`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckIn>,
}

/// A concrete step under one objective, owned by one delegation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub objective: String,
    pub title: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_owners: Vec<String>,
    /// From when the work runs, where the note says so ("dès à présent").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub due: Option<NaiveDate>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Dated updates, sorted by day then ID (see [`CheckIn`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckIn>,
}

/// A dated update on an action or an objective: "met the UCUE secretariat; proposal due
/// 30 Oct". Added or deleted, never edited (a correction is a new one), so that merging two
/// advisers' check-ins is a union by ID. A record keeps them sorted by day, then ID: equal
/// sets are equal bytes in the store, whatever order they were added in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub id: String,
    #[serde(deserialize_with = "date")]
    pub on: NaiveDate,
    /// Who made it (their git name, else their login), as they were known then.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    pub health: Health,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// A date the update announces ("proposal due 30 Oct").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub due: Option<NaiveDate>,
}

impl CheckIn {
    /// The order a record keeps its check-ins in.
    pub fn key(&self) -> (NaiveDate, &str) {
        (self.on, &self.id)
    }
}

/// Where the adviser says the work stands, least severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Health {
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Health {
    /// Every health with its name in the store and on the command line.
    pub const NAMED: [(&'static str, Self); 3] = [
        ("on-track", Self::OnTrack),
        ("at-risk", Self::AtRisk),
        ("off-track", Self::OffTrack),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMED
            .iter()
            .find(|(_, h)| *h == self)
            .map_or("", |(n, _)| n)
    }
}

/// Puts `checkin` among `list` in the order records keep (day, then ID).
pub fn insert_sorted(list: &mut Vec<CheckIn>, checkin: CheckIn) {
    let at = list.partition_point(|c| c.key() < checkin.key());
    list.insert(at, checkin);
}

/// Whether `list` is in the order records keep.
pub fn is_sorted(list: &[CheckIn]) -> bool {
    list.windows(2).all(|w| w[0].key() <= w[1].key())
}

/// Where an action stands. "Done" carries the day it was done, so a status note can say what
/// was achieved since a date, and so that "done" can never lose its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Status {
    Todo,
    InProgress,
    Blocked,
    Done { on: NaiveDate },
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::status_serde::deserialize(deserializer)
    }
}

impl Status {
    pub const fn is_done(self) -> bool {
        matches!(self, Self::Done { .. })
    }

    pub const fn is_open(self) -> bool {
        !self.is_done()
    }
}

/// An owner of actions and checklist items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub holder: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    pub kind: DelegationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegationKind {
    /// An elected official's portfolio.
    Portfolio,
    /// A partner outside the City (a ministry, a network of cities).
    Partner,
    /// A service of the City.
    Service,
    /// A political group of the Conseil de Paris.
    Group,
}

/// An official trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trip {
    pub id: String,
    pub destination: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// Departure; `None` while the trip is still to be scheduled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub start: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub end: Option<NaiveDate>,
    pub status: TripStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// IDs of the objectives this trip serves.
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<ChecklistItem>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Trip {
    /// Whether its return, if any, follows a departure and is not before it.
    pub fn dates_hold(&self) -> bool {
        match (self.start, self.end) {
            (Some(a), Some(b)) => a <= b,
            (None, Some(_)) => false,
            _ => true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TripStatus {
    /// *envisagé*
    Considered,
    /// *à créer*
    ToCreate,
    /// *en préparation*
    Preparing,
    /// *confirmé*
    Confirmed,
    /// *effectué*
    Done,
    /// *annulé*
    Cancelled,
}

impl TripStatus {
    /// Every status, with the name the store gives it, in the order of a trip's life.
    pub const NAMED: [(&'static str, Self); 6] = [
        ("considered", Self::Considered),
        ("to_create", Self::ToCreate),
        ("preparing", Self::Preparing),
        ("confirmed", Self::Confirmed),
        ("done", Self::Done),
        ("cancelled", Self::Cancelled),
    ];

    /// A trip that has taken place or will not take place has nothing left to prepare.
    pub const fn is_closed(self) -> bool {
        matches!(self, Self::Done | Self::Cancelled)
    }
}

/// Someone who travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub category: MemberCategory,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberCategory {
    Elected,
    CouncilGroup,
    CivilSociety,
    Staff,
}

/// A preparation step of a trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional"
    )]
    pub done_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// When a checklist item is due: relative to departure (J-30), or on a fixed day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Due {
    DaysBefore(u32),
    On(#[serde(deserialize_with = "date")] NaiveDate),
}

/// A reusable preparation checklist (bilateral visit, network summit, memorial trip).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistTemplate {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<TemplateItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateItem {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_before: Option<u32>,
}

/// Where a record comes from, for a roadmap built from a source document (the built-in one
/// is the Mayor's note of 16 May 2014): the document's own words, and which values are
/// example assumptions rather than its decisions. A value the adviser changes is theirs:
/// it leaves `assumed` (see `ops::put`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The sentence the record comes from, quoted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// The document's own words about when ("à l'automne prochain"), where a date was chosen
    /// from them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// The fields whose value is an example assumption ("due", "owner", "start"…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assumed: Vec<String>,
    /// The whole record is an example: the document does not name it (a checklist item from
    /// a template, a trip it does not mention).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

impl Source {
    /// Whether the value of `field` is an example assumption.
    pub fn assumes(&self, field: &str) -> bool {
        self.example || self.assumed.iter().any(|f| f == field)
    }

    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}
