//! The status note's health, from the same domain function as the screens and the JSON
//! (`domain::health`): a block first — the open actions by health, and how many of those an
//! update is expected of have a recent one — then what changed since the previous note: new
//! check-ins, health that got worse, due dates that moved. Words beside every glyph: the
//! note reads in black and white.

use chrono::NaiveDate;

use super::doc::{Block, Cell, Table, late, text};
use super::note_ledger::Snapshot;
use super::typo::glue;
use crate::domain::{Action, HealthState, Plan, PlanHealth, Tally, of_action};
use crate::i18n::Lang;

/// The glyph of each state, as on screen.
const fn glyph(state: HealthState) -> &'static str {
    match state {
        HealthState::NotStarted => "◦",
        HealthState::OnTrack => "◉",
        HealthState::Stale => "⧖",
        HealthState::AtRisk => "△",
        HealthState::OffTrack => "✖",
    }
}

/// "✖ en difficulté".
pub fn said(state: HealthState, lang: Lang) -> String {
    format!(
        "{} {}",
        glyph(state),
        (lang.catalogue().health.state)(state)
    )
}

/// A state as a cell. Its glyph says it in black and white; red stays for the one cell of a
/// row that says why it is late (the documents' rule), so a health is never red on its own.
fn cell(state: HealthState, lang: Lang) -> Cell {
    Cell::Text(glue(&said(state, lang)))
}

/// How much a state is cause for concern: what "got worse" compares. Not started, on track
/// and stale are none (the share of recent updates says the stale); at risk, off track are.
const fn concern(state: HealthState) -> u8 {
    match state {
        HealthState::NotStarted | HealthState::OnTrack | HealthState::Stale => 0,
        HealthState::AtRisk => 1,
        HealthState::OffTrack => 2,
    }
}

/// The health of the actions a note covers.
pub struct NoteHealth<'a> {
    pub plan: &'a Plan,
    pub health: PlanHealth,
    /// By action position: whether the note covers it (its horizon, its owner).
    pub covered: Vec<bool>,
    pub lang: Lang,
    pub today: NaiveDate,
}

impl<'a> NoteHealth<'a> {
    pub fn new(plan: &'a Plan, covered: Vec<bool>, lang: Lang, today: NaiveDate) -> Self {
        Self {
            plan,
            health: PlanHealth::of(plan, today),
            covered,
            lang,
            today,
        }
    }

    fn actions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.plan.actions.len()).filter(|&a| self.covered[a])
    }

    /// The figures of the block: the same tally `list`'s JSON gives, over what is covered.
    pub fn tally(&self) -> Tally {
        self.health.tally(self.actions())
    }

    /// The block that opens the note.
    pub fn block(&self) -> Vec<Block> {
        let c = self.lang.catalogue();
        let tally = self.tally();
        let mut table = Table::new(&[c.health.label, c.health.note.col_actions]);
        for state in HealthState::ALL.into_iter().rev() {
            let n = tally.of(state);
            if n == 0 {
                continue;
            }
            let alarm = state >= HealthState::AtRisk;
            let count = if alarm {
                late(&n.to_string())
            } else {
                text(n.to_string())
            };
            table.push(vec![cell(state, self.lang), count], alarm);
        }
        let share = (c.health.note.share)(tally.open, tally.expected, tally.fresh);
        vec![
            Block::Heading(2, c.health.label.to_owned()),
            if table.rows.is_empty() {
                Block::Empty(c.script.none.to_owned())
            } else {
                Block::Table(table)
            },
            Block::Text(glue(&share)),
        ]
    }

    /// The health of objective `o` and its latest check-in, for its row of the note: "✖ en
    /// difficulté", and "◉ 12 sept. 2014 · Tout avance" (flagged when rosier).
    pub fn objective_cells(&self, o: usize) -> [Cell; 2] {
        let c = self.lang.catalogue();
        let health = &self.health.objectives[o];
        let state = health
            .state
            .map_or_else(|| text(c.health.no_open_action), |s| cell(s, self.lang));
        let objective = &self.plan.objectives[o];
        let last = objective.checkins.last().map_or_else(
            || text("—"),
            |checkin| {
                let mut words = format!(
                    "{} {} · {}",
                    glyph(HealthState::of(checkin.health)),
                    c.date(checkin.on),
                    checkin.text
                );
                if health.rosier() {
                    words = format!("{words} ({} {})", super::doc::LATE, c.health.rosier);
                }
                text(glue(&words))
            },
        );
        [state, last]
    }

    /// What changed since the previous note (`previous`), or since `since` when none is kept.
    pub fn since(&self, previous: Option<&Snapshot>, since: NaiveDate) -> Vec<Block> {
        let c = self.lang.catalogue();
        let n = c.health.note;
        let (heading, from) = match previous {
            Some(p) => ((n.since_note)(&c.date(p.date)), p.date.succ_opt()),
            None => ((n.since_day)(&c.date(since)), Some(since)),
        };
        let from = from.unwrap_or(since);
        let mut out = vec![Block::Heading(2, glue(&heading))];
        out.push(Block::Heading(3, n.new_checkins.to_owned()));
        out.push(self.new_checkins(from));
        out.push(Block::Heading(3, n.worse.to_owned()));
        out.push(self.worse(previous, since));
        out.push(Block::Heading(3, n.slips.to_owned()));
        out.push(match previous {
            Some(p) => self.slips(p),
            None => Block::Text(glue(n.no_previous)),
        });
        out
    }

    fn new_checkins(&self, from: NaiveDate) -> Block {
        let c = self.lang.catalogue();
        let words = c.health.cli;
        let covered_objectives: Vec<usize> = (0..self.plan.objectives.len())
            .filter(|&o| {
                let id = &self.plan.objectives[o].id;
                self.actions()
                    .any(|a| self.plan.actions[a].objective == *id)
            })
            .collect();
        let mut rows: Vec<(NaiveDate, &str, &crate::domain::CheckIn)> = self
            .actions()
            .map(|a| {
                let a = &self.plan.actions[a];
                (a.title.as_str(), &a.checkins)
            })
            .chain(covered_objectives.iter().map(|&o| {
                let o = &self.plan.objectives[o];
                (o.title.as_str(), &o.checkins)
            }))
            .flat_map(|(title, checkins)| {
                checkins
                    .iter()
                    .filter(|ch| ch.on >= from && ch.on <= self.today)
                    .map(move |ch| (ch.on, title, ch))
            })
            .collect();
        if rows.is_empty() {
            return Block::Empty(c.health.note.no_new_checkins.to_owned());
        }
        rows.sort_by_key(|&(on, _, _)| std::cmp::Reverse(on));
        let mut table = Table::new(&[
            words.col_on,
            words.col_record,
            c.health.label,
            words.col_text,
            words.col_by,
        ]);
        for (on, title, ch) in rows {
            let state = HealthState::of(ch.health);
            table.push(
                vec![
                    text(glue(&c.date(on))),
                    text(title),
                    cell(state, self.lang),
                    text(ch.text.clone()),
                    text(ch.by.clone()),
                ],
                false,
            );
        }
        Block::Table(table)
    }

    /// Open actions whose health is more cause for concern than it was: than the previous
    /// note recorded, or than it would have read on `since` (its check-ins of then).
    fn worse(&self, previous: Option<&Snapshot>, since: NaiveDate) -> Block {
        let c = self.lang.catalogue();
        let n = c.health.note;
        let mut table = Table::new(&[c.col_actions, c.owner, n.col_from, n.col_to]);
        for a in self.actions() {
            let Some(now) = self.health.actions[a] else {
                continue;
            };
            let action = &self.plan.actions[a];
            let then = match previous {
                Some(p) => p
                    .actions
                    .get(&action.id)
                    .and_then(|(_, h)| h.as_deref())
                    .and_then(|name| HealthState::ALL.into_iter().find(|s| s.name() == name)),
                None => as_of(action, since, self.health.weeks),
            };
            let Some(then) = then else { continue };
            if concern(now.state) <= concern(then) {
                continue;
            }
            table.push(
                vec![
                    text(&action.title),
                    text(self.owner(action)),
                    cell(then, self.lang),
                    cell(now.state, self.lang),
                ],
                false,
            );
        }
        if table.rows.is_empty() {
            Block::Empty(c.script.none.to_owned())
        } else {
            Block::Table(table)
        }
    }

    /// Actions whose due date is not the one the previous note saw: later is a slip (marked),
    /// earlier or newly dated is said too.
    fn slips(&self, previous: &Snapshot) -> Block {
        let c = self.lang.catalogue();
        let n = c.health.note;
        let mut table = Table::new(&[c.col_actions, c.owner, n.col_from, n.col_to]);
        let day = |d: Option<NaiveDate>| d.map_or_else(|| c.no_date.to_owned(), |d| c.date(d));
        for a in self.actions() {
            let action = &self.plan.actions[a];
            let Some((was, _)) = previous.actions.get(&action.id) else {
                continue;
            };
            if *was == action.due {
                continue;
            }
            let slipped = match (*was, action.due) {
                (Some(was), Some(now)) => now > was,
                (Some(_), None) => true,
                _ => false,
            };
            let now = glue(&day(action.due));
            table.push(
                vec![
                    text(&action.title),
                    text(self.owner(action)),
                    text(glue(&day(*was))),
                    if slipped { late(&now) } else { text(now) },
                ],
                slipped,
            );
        }
        if table.rows.is_empty() {
            Block::Empty(c.script.none.to_owned())
        } else {
            Block::Table(table)
        }
    }

    fn owner(&self, action: &Action) -> String {
        self.plan
            .delegations
            .iter()
            .find(|d| d.id == action.owner)
            .map_or_else(|| action.owner.clone(), |d| d.name.clone())
    }
}

/// How the open `action` would have read on `day`: with the check-ins made by then and its
/// due date and status as they are now (the store keeps no older ones).
fn as_of(action: &Action, day: NaiveDate, weeks: u8) -> Option<HealthState> {
    let mut then = action.clone();
    then.checkins.retain(|c| c.on <= day);
    of_action(&then, day, weeks).map(|h| h.state)
}
