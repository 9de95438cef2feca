//! The jump list: where the adviser stood before each jump (`l` on the owner box, `Enter` on
//! a deadline or an owned item, a search result, a conflict's record, a record just added),
//! so that `Ctrl-o` goes back there, selection included, and `Ctrl-n` forward again. Moving
//! within a list or switching screens is no jump: each screen keeps its selection anyway.

use super::follow::Anchors;
use super::model::{Model, NoticeKind};
use super::msg::Cmd;
use super::nav::RoadmapNav;
use super::screen::{Pane, Screen};
use super::selection::selected;

/// How many places each way are remembered.
const DEPTH: usize = 100;

/// A place to come back to: a screen, how it was navigated, and its records by ID (found
/// again, or their nearest neighbours, if the plan changed since).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    screen: Screen,
    roadmap: RoadmapNav,
    delegations: Pane,
    trips: Pane,
    deadline: usize,
    anchors: Anchors,
    /// The selected record, to tell a place from another.
    record: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jumps {
    back: Vec<Spot>,
    forward: Vec<Spot>,
}

impl Jumps {
    fn push(list: &mut Vec<Spot>, spot: Spot) {
        if list.len() == DEPTH {
            list.remove(0);
        }
        list.push(spot);
    }
}

impl Spot {
    pub fn here(model: &Model) -> Self {
        Self {
            screen: model.screen,
            roadmap: model.roadmap.clone(),
            delegations: model.review.delegations.clone(),
            trips: model.review.trips.clone(),
            deadline: model.review.deadlines.row,
            anchors: model.anchors(),
            record: selected(model).map(|s| s.id),
        }
    }

    /// The same screen, the same record under the selection, the same column or pane.
    fn same_place(&self, other: &Self) -> bool {
        self.screen == other.screen
            && self.record == other.record
            && self.roadmap.focus == other.roadmap.focus
            && self.delegations.detail == other.delegations.detail
            && self.trips.detail == other.trips.detail
    }

    /// Shows this place again: its screen as it was navigated, its records found again.
    fn show(&self, model: &mut Model) {
        let (plan, index) = (&model.plan, &model.index);
        let review = &self.anchors.review;
        model.screen = self.screen;
        match self.screen {
            Screen::Roadmap => {
                model.roadmap = self.roadmap.clone();
                model.roadmap.restore(&self.anchors.roadmap, plan, index);
            }
            Screen::Delegations => {
                model.review.delegations = self.delegations.clone();
                model.review.restore_delegations(review, plan, index);
            }
            Screen::Trips => {
                model.review.trips = self.trips.clone();
                model.review.restore_trips(review, plan, index);
            }
            Screen::Deadlines => {
                model.review.deadlines.row = self.deadline;
                model.review.restore_deadlines(review, plan, index);
            }
            // The dashboard keeps its own place in time; coming back shows it as it is.
            Screen::Dashboard => {}
        }
    }
}

/// Runs `go` (a jump) and, if it led somewhere else, remembers where it started.
pub fn jumping(model: &mut Model, go: impl FnOnce(&mut Model)) {
    let from = Spot::here(model);
    go(model);
    if !from.same_place(&Spot::here(model)) {
        Jumps::push(&mut model.jumps.back, from);
        model.jumps.forward.clear();
    }
}

/// `Ctrl-o` (`forward` false) or `Ctrl-n`: the previous (or next) place of the jump list,
/// skipping those that are where the adviser stands already.
pub fn step(model: &mut Model, forward: bool) -> Cmd {
    let here = Spot::here(model);
    loop {
        let (from, to) = if forward {
            (&mut model.jumps.forward, &mut model.jumps.back)
        } else {
            (&mut model.jumps.back, &mut model.jumps.forward)
        };
        let Some(spot) = from.pop() else {
            let t = model.t();
            let text = if forward {
                t.nav.no_jump_forward
            } else {
                t.nav.no_jump_back
            };
            model.notify(NoticeKind::Info, text.to_owned());
            return Cmd::None;
        };
        if spot.same_place(&here) {
            continue;
        }
        Jumps::push(to, here);
        spot.show(model);
        return Cmd::None;
    }
}
