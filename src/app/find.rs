//! `/`: finding any record by a few letters; `n` / `N`: the next and previous of the last
//! search's results once the search is closed.

use tui_input::Input;

use super::jump;
use super::model::{Mode, Model, NoticeKind};
use super::msg::{Cmd, Msg};
use crate::search::{Hit, SearchIndex, Target};

/// How many results a search lists.
pub const LIMIT: usize = 50;

#[derive(Debug, Clone)]
pub struct Search {
    pub input: Input,
    pub hits: Vec<Hit>,
    pub row: usize,
}

impl PartialEq for Search {
    fn eq(&self, other: &Self) -> bool {
        self.input.value() == other.input.value()
            && self.hits == other.hits
            && self.row == other.row
    }
}

impl Eq for Search {}

/// The results of the last search, for `n` and `N`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastSearch {
    pub query: String,
    pub targets: Vec<Target>,
    pub at: usize,
}

/// Opens the search at once: the index, if a change made it stale, is built again in the
/// interface's idle moments ([`index_a_little`]) while the adviser types, and finished, if
/// need be, by the first letter.
pub fn open(model: &mut Model) -> Cmd {
    if model.search_index.is_none() {
        model.search_index = Some(SearchIndex::default());
    }
    model.mode = Mode::Search(Box::new(Search {
        input: Input::default(),
        hits: Vec::new(),
        row: 0,
    }));
    Cmd::None
}

pub fn search_msg(model: &mut Model, msg: Msg) -> Cmd {
    let Mode::Search(mut search) = std::mem::take(&mut model.mode) else {
        return Cmd::None;
    };
    match msg {
        Msg::Close => return Cmd::None,
        Msg::Up | Msg::FormPrev => search.row = search.row.saturating_sub(1),
        Msg::Down | Msg::FormNext => {
            search.row = (search.row + 1).min(search.hits.len().saturating_sub(1));
        }
        Msg::Submit => {
            let Some(hit) = search.hits.get(search.row) else {
                return Cmd::None;
            };
            model.last_search = Some(LastSearch {
                query: search.input.value().to_owned(),
                targets: search.hits.iter().map(|h| h.target).collect(),
                at: search.row,
            });
            go(model, hit.target);
            return Cmd::None;
        }
        Msg::Input(key) => {
            if let Some(request) = super::form::input_request(key) {
                search.input.handle(request);
                refresh(model, &mut search);
            }
        }
        Msg::Paste(text) => {
            for c in text.chars().filter(|c| !c.is_control()) {
                search.input.handle(tui_input::InputRequest::InsertChar(c));
            }
            refresh(model, &mut search);
        }
        _ => {}
    }
    model.mode = Mode::Search(search);
    Cmd::None
}

fn refresh(model: &mut Model, search: &mut Search) {
    let index = model.search_index.get_or_insert_with(SearchIndex::default);
    index.build(&model.plan, None);
    search.hits = index.search_incremental(search.input.value(), LIMIT);
    search.row = 0;
}

/// `n` (`forward`) or `N`: the next or previous result of the last search.
pub fn step(model: &mut Model, forward: bool) -> Cmd {
    let Some(last) = model.last_search.as_mut() else {
        model.notify(NoticeKind::Info, model.t().no_search.to_owned());
        return Cmd::None;
    };
    let n = last.targets.len();
    if n == 0 {
        return Cmd::None;
    }
    last.at = if forward {
        (last.at + 1) % n
    } else {
        (last.at + n - 1) % n
    };
    let (target, text) = (
        last.targets[last.at],
        format!("/{} · {}/{n}", last.query, last.at + 1),
    );
    go(model, target);
    model.notify(NoticeKind::Info, text);
    Cmd::None
}

/// Shows the record a result names, where it lives.
fn go(model: &mut Model, target: Target) {
    let plan = &model.plan;
    let id = match target {
        Target::Horizon(i) => plan.horizons.get(i).map(|r| r.id.clone()),
        Target::Objective(i) => plan.objectives.get(i).map(|r| r.id.clone()),
        Target::Action(i) => plan.actions.get(i).map(|r| r.id.clone()),
        Target::Delegation(i) => plan.delegations.get(i).map(|r| r.id.clone()),
        Target::Trip(i) => plan.trips.get(i).map(|r| r.id.clone()),
        Target::Member { trip, member } => plan
            .trips
            .get(trip)
            .and_then(|t| t.members.get(member))
            .map(|r| r.id.clone()),
        Target::Item { trip, item } => plan
            .trips
            .get(trip)
            .and_then(|t| t.checklist.get(item))
            .map(|r| r.id.clone()),
        Target::Template(_) => None,
    };
    if let Some(id) = id {
        jump::to_id(model, &id);
    }
}

/// Whether the search index is being built, a little at a time.
pub fn indexing(model: &Model) -> bool {
    model
        .search_index
        .as_ref()
        .is_some_and(|index| !index.is_complete(&model.plan))
}

/// Indexes more records until `until`, when the interface has nothing else to do.
pub fn index_a_little(model: &mut Model, until: std::time::Instant) {
    if let Some(index) = model.search_index.as_mut() {
        index.build(&model.plan, Some(until));
    }
}

/// The lengths of the plan's lists: while they hold, each search result still names the
/// record it named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape([usize; 6]);

impl Shape {
    pub fn of(plan: &crate::domain::Plan) -> Self {
        Self([
            plan.horizons.len(),
            plan.objectives.len(),
            plan.actions.len(),
            plan.delegations.len(),
            plan.trips.len(),
            plan.templates.len(),
        ])
    }
}

/// After `op` changed the plan (whose lists had the shape `before`): a tick or a check-in
/// changes no searchable text and the index stays; a record edited in place has its texts indexed again; any other
/// change makes the index and the last results stale.
pub fn follow_change(model: &mut Model, op: &crate::domain::Op, before: Shape) {
    use crate::domain::{Op, Place, Record};
    if Shape::of(&model.plan) == before {
        let record = match op {
            // Ticks and check-ins change no searchable text and move no record.
            Op::SetActionStatus { .. }
            | Op::SetItemDone { .. }
            | Op::AddCheckIn { .. }
            | Op::DeleteCheckIn { .. } => return,
            Op::Edit { after: record, .. } | Op::Put { record, .. } => Some(record),
            _ => None,
        };
        let target = record
            .filter(|r| {
                matches!(
                    r,
                    Record::Horizon(_)
                        | Record::Objective(_)
                        | Record::Action(_)
                        | Record::Delegation(_)
                        | Record::Template(_)
                )
            })
            .and_then(|r| crate::domain::locate(&model.plan, r.id()))
            .and_then(|place| match place {
                Place::Horizon(i) => Some(Target::Horizon(i)),
                Place::Objective(i) => Some(Target::Objective(i)),
                Place::Action(i) => Some(Target::Action(i)),
                Place::Delegation(i) => Some(Target::Delegation(i)),
                Place::Template(i) => Some(Target::Template(i)),
                _ => None,
            });
        if let Some(target) = target {
            let plan = &model.plan;
            if model
                .search_index
                .as_mut()
                .is_none_or(|index| index.refresh(plan, target))
            {
                return;
            }
        }
    }
    model.forget_search();
}
