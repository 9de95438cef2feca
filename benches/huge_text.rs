//! Drawing cost bounded whatever a text's length: the roadmap's detail pane on an action whose
//! notes are 199 KB (just under the 200 KB a store may hold) and 100 MB (refused at load, so
//! set on an in-memory plan that bypasses validation), written as lines of 150 bytes
//! (`ONE_LINE = false`) or as one line without a break (`true`, the worst case for wrapping).
//! Built-in roadmap, 120×40 `TestBackend`, focus on the actions column of the first objective:
//!
//! - `first_frame`: the model built (index included), moved to the action, drawn;
//! - `key_redraw`: `Up` onto the action from the one below it (moved there untimed), drawn.
//!
//! Floors: both within a few milliseconds, and the same for 199 KB and 100 MB.
//!
//! `cargo bench --bench huge_text`.

use std::cell::RefCell;
use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::Bencher;
use jalons::app::{Model, Msg, update};
use jalons::domain::Plan;
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

// The binary's allocator, as in the other benchmarks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZES: [usize; 2] = [199_000, 100_000_000];

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 6, 2).expect("a date")
}

/// The built-in roadmap, drilled to the first objective's actions.
fn drilled(plan: Plan) -> Model {
    let mut model = Model::new(plan, today(), Lang::Fr, "bench.json".into());
    update(&mut model, Msg::Drill);
    update(&mut model, Msg::Drill);
    model
}

/// Notes of `bytes` bytes: lines of words, as a pasted document would be, or one line.
fn notes(bytes: usize, one_line: bool) -> String {
    const LINE: &str = "Compte rendu de la réunion avec la délégation : points d'accord, suites à \
                        donner, calendrier des visites et contacts utiles pour la préparation.\n";
    let line = if one_line {
        LINE.replace('\n', " ")
    } else {
        LINE.to_owned()
    };
    let mut text = line.repeat(bytes / line.len() + 1);
    let mut cut = bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// The built-in roadmap with the notes of `bytes` (one line or many) on the action first selected in the first
/// objective (which has another action below it).
fn plan(bytes: usize, one_line: bool) -> &'static Plan {
    static CACHE: [OnceLock<Plan>; 4] = [const { OnceLock::new() }; 4];
    let slot = SIZES
        .iter()
        .position(|&n| n == bytes)
        .expect("a known size");
    CACHE[slot * 2 + usize::from(one_line)].get_or_init(|| {
        let mut model = drilled(jalons::builtin::roadmap());
        let a = model
            .roadmap
            .action_index(&model.plan, &model.index)
            .expect("an action selected");
        model.plan.actions[a].notes = notes(bytes, one_line);
        update(&mut model, Msg::Down);
        assert_ne!(
            model.roadmap.action_index(&model.plan, &model.index),
            Some(a),
            "no action below the first"
        );
        model.plan
    })
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 40)).expect("a test terminal")
}

fn draw(terminal: &mut Terminal<TestBackend>, model: &Model) {
    terminal
        .draw(|frame| jalons::ui::view(model, frame))
        .expect("a frame");
}

#[divan::bench(args = SIZES, consts = [false, true], sample_count = 10, sample_size = 1, max_time = 20)]
fn first_frame<const ONE_LINE: bool>(bencher: Bencher, bytes: usize) {
    bencher
        .with_inputs(|| (plan(bytes, ONE_LINE).clone(), terminal()))
        .bench_local_values(|(plan, mut terminal)| {
            let model = drilled(plan);
            draw(&mut terminal, &model);
            (model, terminal)
        });
}

#[divan::bench(args = SIZES, consts = [false, true], sample_count = 20, sample_size = 1, max_time = 20)]
fn key_redraw<const ONE_LINE: bool>(bencher: Bencher, bytes: usize) {
    let state = RefCell::new((drilled(plan(bytes, ONE_LINE).clone()), terminal()));
    bencher
        .with_inputs(|| {
            let (model, terminal) = &mut *state.borrow_mut();
            update(model, Msg::Down);
            draw(terminal, model);
        })
        .bench_local_values(|()| {
            let (model, terminal) = &mut *state.borrow_mut();
            update(model, Msg::Up);
            draw(terminal, model);
        });
    let (model, _) = &*state.borrow();
    let a = model.roadmap.action_index(&model.plan, &model.index);
    assert_eq!(
        a.map(|a| model.plan.actions[a].notes.len()),
        Some(bytes),
        "the detail pane is not on the long notes"
    );
}
