//! The loop: draw, wait for a key, turn it into a `Msg`, update, carry out the `Cmd`.
//! The only place where the interface touches the terminal, the store and the clock.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::app::{Cmd, Model, Msg, NoticeKind, SaveReport, msg_for, update};
use crate::store::Store;
use crate::ui::{self, view};

mod terminal;
mod watchdog;

/// How often an idle interface wakes to notice a signal or another instance's save.
const TICK: Duration = Duration::from_millis(250);
const WATCH_EVERY: Duration = Duration::from_secs(1);

pub fn run(mut model: Model, mut store: Store, mouse: bool) -> anyhow::Result<()> {
    let watchdog = watchdog::start()?;
    let mut terminal = terminal::enter(mouse)?;
    let mut io = Io {
        store: &mut store,
        saving: &watchdog.saving,
    };
    let result = event_loop(&mut terminal, &mut model, &mut io, &watchdog.stop);
    if !model.pending.is_empty() {
        // Stopped by a signal or an error with changes in hand: one last try to keep them.
        save(&mut model, &mut io);
    }
    terminal::leave();
    result
}

/// What the loop writes to: the store, and the flag that tells the watchdog a save is on.
struct Io<'a> {
    store: &'a mut Store,
    saving: &'a AtomicBool,
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    model: &mut Model,
    io: &mut Io,
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
                let new_day = model.follow_clock(chrono::Local::now().date_naive());
                if watch(model, io.store) || new_day {
                    terminal.draw(|frame| view(model, frame))?;
                }
            }
        };
        let msg = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                msg_for(&model.mode, model.screen, key)
            }
            Event::Paste(text) => Some(Msg::Paste(text)),
            Event::Mouse(mouse) => ui::hit(model, terminal.get_frame().area(), mouse),
            _ => None,
        };
        let Some(msg) = msg else { continue };
        let mut cmd = update(model, msg);
        loop {
            cmd = match cmd {
                Cmd::Save => {
                    // The change shows at once; the status bar says "Enregistré" once it
                    // is on disk, a frame later.
                    terminal.draw(|frame| view(model, frame))?;
                    save(model, io)
                }
                Cmd::Export(export) => write_export(model, io, &export),
                Cmd::Quit => return Ok(()),
                Cmd::None => break,
            };
        }
    }
}

fn save(model: &mut Model, io: &mut Io) -> Cmd {
    io.saving.store(true, Ordering::SeqCst);
    let outcome = io.store.save(&model.plan, &model.pending);
    io.saving.store(false, Ordering::SeqCst);
    let outcome = outcome
        .map(|saved| SaveReport {
            at: chrono::Local::now().format("%H:%M").to_string(),
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts,
        })
        .map_err(|e| e.to_string());
    update(model, Msg::Saved(outcome))
}

/// Renders an export and writes it in the folder jalons was started from.
fn write_export(model: &mut Model, io: &Io, export: &crate::export::Export) -> Cmd {
    let lang = model.lang;
    let path = std::path::PathBuf::from(export.file_name(model.today));
    let outcome = crate::export::render(&model.plan, model.today, lang, export)
        .and_then(|bytes| crate::export::write_file(&path, &bytes, io.store.path()))
        .map(|()| {
            let full = std::env::current_dir().map_or(path.clone(), |dir| dir.join(&path));
            crate::cli::display_path(&full)
        })
        .map_err(|e| crate::sanitize::inert(&e.message(lang)).into_owned());
    update(model, Msg::Exported(outcome))
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
