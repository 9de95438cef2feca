//! The dashboard (screen 5) on generated plans of 1k, 10k and 100k actions, drawn on a
//! 120×40 `TestBackend` as the runtime draws it:
//!
//! - `draw`: one frame of the dashboard, its figures already built (what every key that does
//!   not change the plan costs): the timeline over the whole mandate, the window's deadlines,
//!   the gauges, bars, trips ahead and rhythm;
//! - `draw_each_zoom`: the same at the year, quarter and month zoom;
//! - `walk`: `j` (the next event, found by binary search) and the frame;
//! - `switch`: `5` from the weekly review and the frame, the figures kept from the last visit;
//! - `switch_after_a_change`: the same when the plan changed since (a tick, a save merged):
//!   the figures are built on that frame — the worst case of opening the screen.
//!
//! Floors at 10k: a frame ≤ 3 ms; switching to it ≤ 5 ms.
//!
//! `cargo bench --bench dashboard` (a name filters: `-- switch`).

use std::cell::RefCell;

use chrono::NaiveDate;
use divan::Bencher;
use jalons::app::{Model, Msg, Screen, update};
use jalons::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/plans.rs"]
mod plans;
use plans::{SIZES, plan};

fn main() {
    divan::main();
}

struct App {
    model: Model,
    terminal: Terminal<TestBackend>,
}

impl App {
    /// The plan of `actions` actions on `screen`, a first frame drawn.
    fn new(actions: usize, screen: Screen) -> Self {
        let today = NaiveDate::from_ymd_opt(2016, 1, 15).expect("a date");
        let mut model = Model::new(plan(actions).clone(), today, Lang::Fr, "bench.json".into());
        update(&mut model, Msg::Show(screen));
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

    fn step(&mut self, msg: Msg) {
        update(&mut self.model, msg);
        self.draw();
    }
}

#[divan::bench(args = SIZES, sample_count = 100, max_time = 3)]
fn draw(bencher: Bencher, actions: usize) {
    let mut app = App::new(actions, Screen::Dashboard);
    bencher.bench_local(|| app.draw());
}

#[divan::bench(args = SIZES, consts = [1, 2, 3], sample_count = 100, max_time = 3)]
fn draw_each_zoom<const STEPS: usize>(bencher: Bencher, actions: usize) {
    let mut app = App::new(actions, Screen::Dashboard);
    for _ in 0..STEPS {
        app.step(Msg::ZoomIn);
    }
    bencher.bench_local(|| app.draw());
}

/// `j` and `k` alternate so that every press moves the selection.
#[divan::bench(args = SIZES, sample_count = 100, max_time = 3)]
fn walk(bencher: Bencher, actions: usize) {
    let mut app = App::new(actions, Screen::Dashboard);
    let mut down = true;
    bencher.bench_local(|| {
        app.step(if down { Msg::Down } else { Msg::Up });
        down = !down;
    });
}

#[divan::bench(args = SIZES, sample_count = 50, sample_size = 1, max_time = 5)]
fn switch(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions, Screen::Dashboard));
    bencher
        .with_inputs(|| app.borrow_mut().step(Msg::Show(Screen::Deadlines)))
        .bench_local_values(|()| app.borrow_mut().step(Msg::Show(Screen::Dashboard)));
}

#[divan::bench(args = SIZES, sample_count = 50, sample_size = 1, max_time = 5)]
fn switch_after_a_change(bencher: Bencher, actions: usize) {
    let app = RefCell::new(App::new(actions, Screen::Dashboard));
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.step(Msg::Show(Screen::Deadlines));
            // What every change does to the figures: they go, to be built on the next frame.
            let App { model, .. } = &mut *app;
            model.review.clamp(&model.plan, &model.index);
            app.draw();
        })
        .bench_local_values(|()| app.borrow_mut().step(Msg::Show(Screen::Dashboard)));
}
