//! The loop: draw, wait for a key, turn it into a `Msg`, update, carry out the `Cmd`.
//! The only place where the interface touches the terminal, the store and the clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::app::{Cmd, Model, Msg, NoticeKind, SaveReport, msg_for, update};
use crate::store::Store;
use crate::ui::view;

/// How often an idle interface wakes to notice a signal or another instance's save.
const TICK: Duration = Duration::from_millis(250);
const WATCH_EVERY: Duration = Duration::from_secs(1);

pub fn run(mut model: Model, mut store: Store) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    // Installs a panic hook that restores the terminal before the message is printed.
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut model, &mut store, &stop);
    if !model.pending.is_empty() {
        // Stopped by a signal or an error with changes in hand: one last try to keep them.
        save(&mut model, &mut store);
    }
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    model: &mut Model,
    store: &mut Store,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let mut last_watch = Instant::now();
    // Starts crossterm's event reader, which catches SIGWINCH, before the first frame: a
    // resize between that frame and the first poll would otherwise be lost (SIGWINCH is
    // ignored by default) and the screen left at the old size until the next key.
    event::poll(Duration::ZERO)?;
    loop {
        terminal.draw(|frame| view(model, frame))?;
        let event = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if event::poll(TICK)? {
                break event::read()?;
            }
            if last_watch.elapsed() >= WATCH_EVERY {
                last_watch = Instant::now();
                if watch(model, store) {
                    terminal.draw(|frame| view(model, frame))?;
                }
            }
        };
        let msg = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => msg_for(model.mode, key),
            _ => None,
        };
        let Some(msg) = msg else { continue };
        let mut cmd = update(model, msg);
        while cmd == Cmd::Save {
            cmd = save(model, store);
        }
        if cmd == Cmd::Quit {
            return Ok(());
        }
    }
}

fn save(model: &mut Model, store: &mut Store) -> Cmd {
    let outcome = store
        .save(&model.plan, &model.pending)
        .map(|saved| SaveReport {
            at: chrono::Local::now().format("%H:%M").to_string(),
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts.len(),
        })
        .map_err(|e| e.to_string());
    update(model, Msg::Saved(outcome))
}

/// Shows what another instance saved, when nothing of ours is waiting to be saved (if
/// something is, the next save merges both). Returns whether the screen must be redrawn.
fn watch(model: &mut Model, store: &mut Store) -> bool {
    if !model.pending.is_empty() {
        return false;
    }
    match store.reload_if_changed() {
        Ok(Some(plan)) => {
            model.replan(Some(plan));
            true
        }
        Ok(None) => false,
        Err(e) => {
            model.notify(NoticeKind::Error, e.to_string());
            true
        }
    }
}
