use chrono::NaiveDate;

use super::find::{LastSearch, Search};
use super::form::{Field, Form};
use super::history::History;
use super::jumps::Jumps;
use super::nav::RoadmapNav;
use super::screen::{ReviewNav, Screen};
use crate::domain::{Filter, Op, OpError, Plan, PlanIndex, apply_noting, locate};
use crate::i18n::{Catalogue, Lang};
use crate::merge::Conflict;
use crate::search::SearchIndex;

/// What has the keyboard.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Browse,
    /// The key overlay, scrolled by so many lines.
    Help { scroll: u16 },
    /// Adding or editing a record.
    Form(Box<Form>),
    /// A change that needs a yes first (deleting).
    Confirm(Box<Confirm>),
    /// Choosing one record for a purpose (reassigning, applying a template, narrowing the
    /// weekly review to one owner).
    Pick(Box<Pick>),
    /// Choosing what the lists show.
    Filter(Box<Form>),
    /// Finding a record by a few letters.
    Search(Box<Search>),
    /// Choosing an export; `row` among `Export::menu`.
    Export { row: usize },
    /// Reviewing what merges and edits could not settle; `row` among `Model::conflicts`.
    Conflicts { row: usize },
    /// A record's history (`H`): the changes git's log holds, newest first, scrolled by so
    /// many lines; `note` says it is being read, or why there is none.
    History {
        id: String,
        entries: Vec<crate::sync::history::Entry>,
        scroll: u16,
        note: Option<String>,
    },
    /// Quitting while changes cannot be saved: retry, keep them in a recovery file, or stay.
    Leaving(Box<Leaving>),
    /// Changes a previous session could not save, offered at start.
    Recovery(Box<RecoveryOffer>),
}

/// Why the quit confirmation is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaving {
    /// The store's error on the last try.
    pub reason: String,
    /// Set when keeping the changes in a recovery file failed too.
    pub keep_failed: Option<String>,
}

/// What the recovery files found at start hold, and where they are (for the adviser).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryOffer {
    pub ops: Vec<Op>,
    pub place: String,
}

/// A question before a change: the change, and what to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub op: Op,
    pub question: String,
    /// What the status bar says once it is done.
    pub done: String,
}

/// What a pick is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickFor {
    /// Move what a delegation owns to the one picked, then delete it.
    Reassign { from: String },
    /// Add a template's items to a trip's checklist.
    Template { trip: String },
    /// Narrow the weekly review to one owner (the choice with an empty ID: everyone).
    Owner,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub purpose: PickFor,
    pub title: String,
    /// A single choice: typing filters it, ←/→ or ↑/↓ move through the matches.
    pub field: Field,
    /// What choosing an option would do beyond its label, shown under the choices while
    /// it is selected (by option position; none when empty).
    pub about: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Saved,
    Error,
}

/// The status bar's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Debug)]
pub struct Model {
    pub plan: Plan,
    /// Derived from `plan` and `today`; rebuilt by [`Model::replan`] after every change.
    pub index: PlanIndex,
    /// The clock, set once by the runtime (`--today` or the system date).
    pub today: NaiveDate,
    /// `today` is the system date (no `--today`): it moves on at midnight.
    pub follows_clock: bool,
    pub lang: Lang,
    pub mode: Mode,
    pub screen: Screen,
    pub roadmap: RoadmapNav,
    /// Selections on the Délégations, Déplacements and Échéances screens.
    pub review: ReviewNav,
    pub notice: Option<Notice>,
    /// Shown in the status bar: where the store lives.
    pub store_label: String,
    /// Operations applied here but not yet saved.
    pub pending: Vec<Op>,
    /// Set by a quit with changes unsaved: once they are saved, the interface leaves; if they
    /// cannot be, it asks what to do with them.
    pub quit_armed: bool,
    pub history: History,
    /// Where the adviser jumped from, for `Ctrl-o`, and back to, for `Ctrl-n`.
    pub jumps: Jumps,
    /// What the lists show; the index is built through it.
    pub filter: Filter,
    /// No colour at all: every state is still shown by its glyph.
    pub monochrome: bool,
    /// Built when a search starts, dropped when the plan changes.
    pub search_index: Option<SearchIndex>,
    pub last_search: Option<LastSearch>,
    /// What merges and edits could not settle, until the adviser settles it (`C`).
    pub conflicts: Vec<Conflict>,
    /// Whether a sync through git runs in the background.
    pub sync: SyncState,
    /// Where the `E` menu writes, and the names it will use there.
    pub exports: super::export_menu::ExportPlace,
    /// Who the adviser is, as their check-ins say (their git name, else their login).
    pub adviser: String,
}

/// Whether a sync through git runs in the background (`s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncState {
    #[default]
    Idle,
    Running,
}

impl Model {
    pub fn new(plan: Plan, today: NaiveDate, lang: Lang, store_label: String) -> Self {
        let index = PlanIndex::build(&plan, today);
        Self::with_index(plan, index, today, lang, store_label)
    }

    /// A model on a plan whose index was built already (`PlanIndex::build(&plan, today)`).
    pub fn with_index(
        plan: Plan,
        index: PlanIndex,
        today: NaiveDate,
        lang: Lang,
        store_label: String,
    ) -> Self {
        let mut review = ReviewNav::default();
        review.clamp(&plan, &index);
        Self {
            plan,
            index,
            today,
            follows_clock: false,
            lang,
            mode: Mode::Browse,
            screen: Screen::Roadmap,
            roadmap: RoadmapNav::default(),
            review,
            notice: None,
            store_label,
            pending: Vec::new(),
            quit_armed: false,
            history: History::default(),
            jumps: Jumps::default(),
            filter: Filter::default(),
            monochrome: false,
            search_index: None,
            last_search: None,
            conflicts: Vec::new(),
            sync: SyncState::Idle,
            exports: super::export_menu::ExportPlace::default(),
            adviser: String::new(),
        }
    }

    pub const fn t(&self) -> &'static Catalogue {
        self.lang.catalogue()
    }

    /// Rebuilds the derived figures after the plan changed (a merge, a reload, a filter, a
    /// new day), the selection of every screen following its record (`follow.rs`).
    pub fn replan(&mut self, plan: Option<Plan>) {
        let anchors = self.anchors();
        if let Some(plan) = plan {
            self.plan = plan;
        }
        self.index = PlanIndex::build_filtered(&self.plan, self.today, &self.filter);
        self.restore(&anchors);
        self.forget_search();
    }

    /// Applies an operation to the plan and rebuilds what derives from it, the selection of
    /// every screen following its record (found by ID before the change), or its nearest
    /// neighbour when it is gone.
    pub fn apply(&mut self, op: &Op) -> Result<Op, OpError> {
        let anchors = self.anchors();
        let shape = super::find::Shape::of(&self.plan);
        // A tick changes counters, not the plan's shape: the index is updated in place
        // (unless a filter depends on the state ticked).
        let ticked = match op {
            Op::SetActionStatus { id, .. } | Op::SetItemDone { id, .. }
                if !self.filter.is_active() =>
            {
                locate(&self.plan, id)
            }
            _ => None,
        };
        let before = ticked.and_then(|place| PlanIndex::share(&self.plan, place, self.today));
        // A check-in changes one record's health and nothing else the index holds.
        let checked_in = match op {
            Op::AddCheckIn { record, .. } | Op::DeleteCheckIn { record, .. } => {
                locate(&self.plan, record)
            }
            _ => None,
        };
        let mut kept = Vec::new();
        let inverse = apply_noting(&mut self.plan, op, &mut kept)?;
        for k in kept {
            let conflict = crate::merge::kept_conflict(&self.plan, k);
            self.conflicts.push(conflict);
        }
        if let (Some(place), Some(before)) = (ticked, before) {
            self.index
                .state_changed(&self.plan, place, before, self.today);
        } else if let Some(place) = checked_in {
            self.index.checked_in(&self.plan, place);
        } else {
            self.index = PlanIndex::build_filtered(&self.plan, self.today, &self.filter);
        }
        self.restore(&anchors);
        super::find::follow_change(self, op, shape);
        Ok(inverse)
    }

    /// Search results name records by position: a changed plan makes them stale.
    pub(super) fn forget_search(&mut self) {
        self.search_index = None;
        self.last_search = None;
    }

    pub fn notify(&mut self, kind: NoticeKind, text: String) {
        self.notice = Some(Notice { kind, text });
    }
}
