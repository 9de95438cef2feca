//! What the adviser waits for while editing and finding, on generated plans of 1k, 10k and
//! 100k actions, each measured through the app as the runtime drives it (`update`, then a
//! frame drawn on a 120×40 `TestBackend`):
//!
//! - a search keystroke, incremental: the 1st, 3rd and 6th letter of `madrid` typed into the
//!   search overlay (the first tries every text, the later ones narrow what the one before
//!   matched);
//! - opening the new-action form (`a`);
//! - a keystroke in a form: a letter of the title, and a letter filtering the objective
//!   choice (one of `actions / 10` objectives);
//! - undo until it is durably on disk: `Undo`, then `store.save` (serialise, write, fsync,
//!   rename, fsync the folder) on a store under `target/`, then `Saved`.
//!
//! Floors at 10k: search keystroke ≤ 10 ms median; form open and form keystroke ≤ 5 ms; undo
//! ≤ 30 ms to disk. Each sample is one iteration (`sample_size = 1`) so that the untimed
//! setup can bring the model back to the state the step starts from.
//!
//! `cargo bench --bench interaction` (a name filters: `-- search`).

use std::cell::RefCell;

use chrono::NaiveDate;
use divan::Bencher;
use jalons::app::form::FieldName;
use jalons::app::{Mode, Model, Msg, SaveReport, update};
use jalons::i18n::Lang;
use jalons::store::Store;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

// A city the generated plans hold (they have no Bucarest: `bucare` used to find only letters
// scattered over unrelated titles, which search no longer shows).
const QUERY: &str = "madrid";

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan};

fn main() {
    divan::main();
}

/// A model on the actions column of the first objective, and the terminal it is drawn on.
struct App {
    model: Model,
    terminal: Terminal<TestBackend>,
}

impl App {
    fn new(actions: usize) -> Self {
        let today = NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date");
        let mut model = Model::new(plan(actions).clone(), today, Lang::Fr, "bench.json".into());
        update(&mut model, Msg::Drill);
        update(&mut model, Msg::Drill);
        let terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
        let mut app = Self { model, terminal };
        app.draw();
        app
    }

    fn draw(&mut self) {
        let model = &self.model;
        self.terminal
            .draw(|frame| jalons::ui::view(model, frame))
            .expect("a frame");
    }

    /// One message and the frame drawn after it, as the runtime does.
    fn step(&mut self, msg: Msg) {
        update(&mut self.model, msg);
        self.draw();
    }

    fn send(&mut self, msgs: &[Msg]) {
        for msg in msgs {
            update(&mut self.model, msg.clone());
        }
    }
}

fn letter(c: char) -> Msg {
    Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// The `nth` letter (from 1) of `QUERY` typed into the search, the ones before it typed in
/// the setup; the search reopened each time, as the adviser does, so the first letter tries
/// every text again.
#[divan::bench(args = SIZES, consts = [1, 3, 6], sample_count = 30, sample_size = 1, max_time = 10)]
fn search_keystroke<const NTH: usize>(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    // The index is built once, when the search first opens (not a keystroke's cost).
    app.borrow_mut()
        .send(&[Msg::Search, letter('x'), Msg::Close]);
    let letters: Vec<char> = QUERY.chars().collect();
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.send(&[Msg::Close, Msg::Search]);
            let typed: Vec<Msg> = letters[..NTH - 1].iter().map(|&c| letter(c)).collect();
            app.send(&typed);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(letter(letters[NTH - 1])));
    let app = app.borrow();
    let Mode::Search(search) = &app.model.mode else {
        panic!("not searching");
    };
    assert!(!search.hits.is_empty(), "nothing found for {QUERY:?}");
}

/// `/` right after a tick (which once dropped the index): the search drawn open. Then the
/// worst case of a first letter: typed before any idle moment built the index, so it builds
/// the whole index first (in the interface, 2 ms slices build it while the adviser types).
#[divan::bench(args = SIZES, sample_count = 30, sample_size = 1, max_time = 10)]
fn search_open_after_a_tick(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    app.borrow_mut()
        .send(&[Msg::Search, letter('x'), Msg::Close]);
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.send(&[Msg::Close, Msg::ToggleDone]);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(Msg::Search));
}

#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 10)]
fn search_first_letter_with_no_index_yet(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.model.search_index = None;
            app.send(&[Msg::Close, Msg::Search]);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(letter('m')));
}

/// `a` on the actions column: the new-action form built and drawn.
#[divan::bench(args = SIZES, sample_count = 50, sample_size = 1, max_time = 5)]
fn form_open(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.send(&[Msg::Close]);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(Msg::Add));
    assert!(matches!(app.borrow().model.mode, Mode::Form(_)));
}

/// A letter typed into the title of the new-action form, drawn.
#[divan::bench(args = SIZES, sample_count = 100, sample_size = 1, max_time = 5)]
fn form_keystroke_title(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    app.borrow_mut().send(&[Msg::Add]);
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            let long = matches!(&app.model.mode, Mode::Form(form)
                if form.field(FieldName::Title).is_some_and(|f| f.as_text().len() > 60));
            if long {
                app.send(&[Msg::Input(KeyEvent::new(
                    KeyCode::Char('u'),
                    KeyModifiers::CONTROL,
                ))]);
            }
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(letter('e')));
}

/// A letter typed into the objective choice of the form (`m` on an action), narrowing the
/// plan's objectives: the costliest choice to filter.
#[divan::bench(args = SIZES, consts = [1, 3], sample_count = 50, sample_size = 1, max_time = 5)]
fn form_keystroke_choice<const NTH: usize>(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions));
    let letters: Vec<char> = "pro".chars().collect();
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.send(&[Msg::Close, Msg::MoveTo]);
            let typed: Vec<Msg> = letters[..NTH - 1].iter().map(|&c| letter(c)).collect();
            app.send(&typed);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(letter(letters[NTH - 1])));
    let app = app.borrow();
    let Mode::Form(form) = &app.model.mode else {
        panic!("no form");
    };
    assert_eq!(form.fields[form.focus].name, FieldName::Objective);
}

/// `u` until it is on disk: the undo applied (index rebuilt), the store saved with fsync, the
/// runtime's `Saved`. The setup ticks an action and saves it, so there is always one to undo.
#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1, max_time = 10)]
fn undo_to_disk(bencher: Bencher, actions: usize) {
    // On the disk the store would be on, not in a tmpfs where fsync costs nothing.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a folder");
    let path = dir.path().join("roadmap.json");
    let store = RefCell::new(Store::create(&path, plan(actions)).expect("a new store"));
    let app = RefCell::new(App::new(actions));
    let save = |app: &mut App| {
        let saved = store
            .borrow_mut()
            .save(&app.model.plan, &app.model.pending)
            .expect("a save");
        let report = SaveReport {
            at: "10:42".to_owned(),
            ops: usize::MAX,
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts,
        };
        update(&mut app.model, Msg::Saved(Ok(report)));
    };
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            update(&mut app.model, Msg::ToggleDone);
            save(&mut app);
        })
        .bench_local_values(|()| {
            let mut app = app.borrow_mut();
            update(&mut app.model, Msg::Undo);
            save(&mut app);
        });
    let app = app.borrow();
    assert!(app.model.pending.is_empty());
    assert_eq!(&app.model.plan, plan(actions), "every tick undone");
}
