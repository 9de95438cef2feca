//! What the adviser waits for, on generated plans of 1k, 10k and 100k actions (see
//! `docs/benchmarks.md`): loading a store, building the index, the first frame, a key's redraw,
//! and marking an action done until it is durably on disk.
//!
//! Each size's plan is generated once, outside the timed part. Sample counts are small and
//! every benchmark stops after `max_time` seconds (setup included), so the whole suite runs in
//! well under a minute on two busy cores: `cargo bench --bench jalons` (`DIVAN_SAMPLE_COUNT`
//! and `DIVAN_MAX_TIME` override the counts; a name filters: `cargo bench --bench jalons -- load`).

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::{Bencher, black_box};
use jalons::app::{Model, Msg, SaveReport, Screen, update};
use jalons::domain::PlanIndex;
use jalons::i18n::Lang;
use jalons::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan, slot};

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date")
}

/// The store text of the plan of `actions` actions, written on first use.
fn bytes(actions: usize) -> &'static [u8] {
    static CACHE: [OnceLock<Vec<u8>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    CACHE[slot(actions)].get_or_init(|| jalons::store::to_bytes(plan(actions)))
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 40)).expect("a test terminal")
}

fn model(actions: usize) -> Model {
    let plan = plan(actions).clone();
    Model::new(plan, today(), Lang::Fr, "bench.json".to_owned())
}

fn draw(terminal: &mut Terminal<TestBackend>, model: &Model) {
    terminal
        .draw(|frame| jalons::ui::view(model, frame))
        .expect("a frame");
}

/// (a) Reading a store: UTF-8 check, JSON, validation.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 4)]
fn load_and_validate(bencher: Bencher, actions: usize) {
    let bytes = bytes(actions);
    bencher.bench_local(|| {
        jalons::store::parse(Path::new("bench.json"), black_box(bytes)).expect("a valid store")
    });
}

/// (b) The derived figures, rebuilt after every change.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 2)]
fn index_build(bencher: Bencher, actions: usize) {
    let plan = plan(actions);
    bencher.bench_local(|| PlanIndex::build(black_box(plan), today()));
}

/// (c) From a parsed plan to the first frame: the model (with its index), then one draw.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 3)]
fn first_frame(bencher: Bencher, actions: usize) {
    bencher
        .with_inputs(|| (plan(actions).clone(), terminal()))
        .bench_local_values(|(plan, mut terminal)| {
            let model = Model::new(plan, today(), Lang::Fr, "bench.json".to_owned());
            draw(&mut terminal, &model);
            (model, terminal)
        });
}

/// Alternates Down and Up so that every press really moves the selection, as at the ends of a
/// list a press would change nothing.
fn key_redraw(bencher: Bencher, mut model: Model) {
    let mut terminal = terminal();
    draw(&mut terminal, &model);
    let mut down = true;
    bencher.bench_local(|| {
        let msg = if down { Msg::Down } else { Msg::Up };
        down = !down;
        update(&mut model, msg);
        draw(&mut terminal, &model);
    });
}

/// (d) A key, then the redrawn frame, focus on the horizons (the start-up screen).
#[divan::bench(args = SIZES, sample_count = 200, max_time = 1)]
fn key_redraw_horizons(bencher: Bencher, actions: usize) {
    key_redraw(bencher, model(actions));
}

/// (d') The same with the focus on the actions column (after Drill, Drill).
#[divan::bench(args = SIZES, sample_count = 200, max_time = 1)]
fn key_redraw_actions(bencher: Bencher, actions: usize) {
    let mut model = model(actions);
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    key_redraw(bencher, model);
}

/// Délégations: a key in the list (the busiest delegation's detail drawn beside it), then
/// in that detail, which lists every action and checklist item it owns.
#[divan::bench(args = SIZES, sample_count = 200, max_time = 1)]
fn key_redraw_delegations(bencher: Bencher, actions: usize) {
    key_redraw(bencher, on_busiest_delegation(actions, false));
}

#[divan::bench(args = SIZES, sample_count = 200, max_time = 1)]
fn key_redraw_delegation_detail(bencher: Bencher, actions: usize) {
    key_redraw(bencher, on_busiest_delegation(actions, true));
}

/// Switching from the roadmap to Délégations and back, drawn.
#[divan::bench(args = SIZES, sample_count = 200, max_time = 1)]
fn switch_to_delegations(bencher: Bencher, actions: usize) {
    let mut model = model(actions);
    let mut terminal = terminal();
    let mut there = false;
    bencher.bench_local(|| {
        there = !there;
        let screen = if there {
            Screen::Delegations
        } else {
            Screen::Roadmap
        };
        update(&mut model, Msg::Show(screen));
        draw(&mut terminal, &model);
    });
}

/// Délégations, the delegation that owns the most selected (its detail focused if `detail`).
fn on_busiest_delegation(actions: usize, detail: bool) -> Model {
    let mut model = model(actions);
    let busiest = (0..model.plan.delegations.len())
        .max_by_key(|&d| model.index.review.owned[d].len())
        .expect("delegations");
    update(&mut model, Msg::Show(Screen::Delegations));
    for _ in 0..busiest {
        update(&mut model, Msg::Down);
    }
    if detail {
        update(&mut model, Msg::Drill);
        // Away from the top, where the window must follow the selection.
        for _ in 0..40 {
            update(&mut model, Msg::Down);
        }
    }
    model
}

/// (e) Space on an action until the change is durably on disk: the update (which rebuilds
/// the index), the save (serialise, write, fsync, rename, fsync the folder), then the
/// runtime's `Saved` message, which clears the pending operations.
#[divan::bench(args = SIZES, sample_count = 20, max_time = 4)]
fn mark_done_saved(bencher: Bencher, actions: usize) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("roadmap.json");
    let mut store = Store::create(&path, plan(actions)).expect("a new store");
    let mut model = model(actions);
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    bencher.bench_local(|| {
        update(&mut model, Msg::ToggleDone);
        let saved = store.save(&model.plan, &model.pending).expect("a save");
        let report = SaveReport {
            at: "10:42".to_owned(),
            ops: usize::MAX,
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts,
        };
        update(&mut model, Msg::Saved(Ok(report)));
    });
    assert!(model.pending.is_empty());
}

/// What a save of the interface costs each side of its writer thread, for the same tick as
/// `mark_done_saved`: the key's side (`on_the_key`: the update, then the save staged under
/// the lock, its text laid out) and the writer's (`on_the_writer`: the text streamed to a new
/// file, fsynced, renamed over the store). The untimed part of each sample does the other
/// side, so that every sample saves one more tick on the file left by the previous one.
mod background_save {
    use std::cell::RefCell;

    use super::{Bencher, Model, Msg, SIZES, SaveReport, Store, model, plan, update};
    use jalons::store::Staged;

    struct Saving {
        store: Store,
        model: Model,
        staged: Option<Staged>,
        _dir: tempfile::TempDir,
    }

    impl Saving {
        fn new(actions: usize) -> RefCell<Self> {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let path = dir.path().join("roadmap.json");
            let store = Store::create(&path, plan(actions)).expect("a new store");
            let mut model = model(actions);
            update(&mut model, Msg::Drill);
            update(&mut model, Msg::Drill);
            RefCell::new(Self {
                store,
                model,
                staged: None,
                _dir: dir,
            })
        }

        fn stage(&mut self) {
            update(&mut self.model, Msg::ToggleDone);
            let staged = self.store.stage(&self.model.plan, &self.model.pending);
            self.staged = Some(staged.expect("a staged save"));
        }

        fn write(&mut self) {
            if let Some(staged) = self.staged.take() {
                let written = staged.write();
                self.took(written);
            }
        }

        fn took(&mut self, written: Result<jalons::store::Written, jalons::store::StoreError>) {
            let saved = self.store.took(written).expect("a save");
            let report = SaveReport {
                at: "10:42".to_owned(),
                ops: usize::MAX,
                merged: saved.merged.map(Box::new),
                conflicts: saved.conflicts,
            };
            update(&mut self.model, Msg::Saved(Ok(report)));
            assert!(self.model.pending.is_empty());
        }
    }

    #[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 4)]
    fn on_the_key(bencher: Bencher, actions: usize) {
        let saving = Saving::new(actions);
        bencher
            .with_inputs(|| saving.borrow_mut().write())
            .bench_local_values(|()| saving.borrow_mut().stage());
    }

    #[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 4)]
    fn on_the_writer(bencher: Bencher, actions: usize) {
        let saving = Saving::new(actions);
        let written = RefCell::new(None);
        bencher
            .with_inputs(|| {
                let mut saving = saving.borrow_mut();
                if let Some(written) = written.borrow_mut().take() {
                    saving.took(written);
                }
                saving.stage();
                saving.staged.take().expect("staged")
            })
            .bench_local_values(|staged| *written.borrow_mut() = Some(staged.write()));
    }
}
