use chrono::NaiveDate;

use super::nav::RoadmapNav;
use crate::domain::{Op, Plan, PlanIndex};
use crate::i18n::{Catalogue, Lang};

/// What has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Browse,
    /// The key overlay, scrolled by so many lines.
    Help { scroll: u16 },
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
    pub lang: Lang,
    pub mode: Mode,
    pub roadmap: RoadmapNav,
    pub notice: Option<Notice>,
    /// Shown in the status bar: where the store lives.
    pub store_label: String,
    /// Operations applied here but not yet saved.
    pub pending: Vec<Op>,
    /// Set when quitting was refused once because changes are unsaved.
    pub quit_armed: bool,
}

impl Model {
    pub fn new(plan: Plan, today: NaiveDate, lang: Lang, store_label: String) -> Self {
        let index = PlanIndex::build(&plan, today);
        Self {
            plan,
            index,
            today,
            lang,
            mode: Mode::Browse,
            roadmap: RoadmapNav::default(),
            notice: None,
            store_label,
            pending: Vec::new(),
            quit_armed: false,
        }
    }

    pub const fn t(&self) -> &'static Catalogue {
        self.lang.catalogue()
    }

    /// Rebuilds the derived figures after the plan changed, keeping the selection on the same
    /// records where they still exist.
    pub fn replan(&mut self, plan: Option<Plan>) {
        let anchor = self.roadmap.anchor(&self.plan, &self.index);
        if let Some(plan) = plan {
            self.plan = plan;
        }
        self.index = PlanIndex::build(&self.plan, self.today);
        self.roadmap.restore(&anchor, &self.plan, &self.index);
    }

    pub fn notify(&mut self, kind: NoticeKind, text: String) {
        self.notice = Some(Notice { kind, text });
    }
}
