//! The loop: draw, wait for a key, turn it into a `Msg`, update, carry out the `Cmd`.
//! The only place where the interface touches the terminal, the store and the clock.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use mio::Waker;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::app::{Cmd, Mode, Model, Msg, NoticeKind, RecoveryOffer, SaveReport, msg_for, update};
use crate::store::Store;
use crate::ui::{self, view};

mod editor;
mod ending;
mod exports;
mod input;
pub mod recovery;
mod syncing;
mod terminal;
mod watchdog;
mod writer;

pub use ending::Ending;
use ending::Stop;
use input::{Input, Wake};
use recovery::{Kept, Unsaved};
use watchdog::Shared;

/// How often an idle interface wakes to look for another instance's save.
const TICK: Duration = Duration::from_millis(250);
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// How long the search index is built at a time: a key typed meanwhile waits no longer.
const INDEX_SLICE: Duration = Duration::from_millis(2);

/// Runs the interface; `sync_every`, when set, syncs a shared roadmap that often.
pub fn run(
    mut model: Model,
    mut store: Store,
    mouse: bool,
    sync_every: Option<Duration>,
) -> anyhow::Result<Ending> {
    let (input, waker) = Input::new()?;
    let waker = Arc::new(waker);
    let unsaved = Unsaved {
        store: store.path().to_path_buf(),
        lang: model.lang,
        ..Unsaved::default()
    };
    let shared = watchdog::start(unsaved, model.lang, Arc::clone(&waker))?;
    let mut terminal = terminal::enter(mouse)?;
    offer_recovery(&mut model, &shared, store.path());
    // Conflicts a sync reported and nobody settled yet are still to review.
    let kept_conflicts = crate::sync::conflicts::load(store.path());
    model.conflicts.extend(kept_conflicts.iter().cloned());
    // Only a roadmap shared through git syncs by itself.
    let sync_every = sync_every.filter(|_| crate::sync::conflicts::file(store.path()).is_some());
    let mut io = Io {
        store: &mut store,
        shared: &shared,
        waker,
        writer: writer::Writer::default(),
        input,
        mouse,
        kept: None,
        locked: false,
        syncing: syncing::Syncing::default(),
        sync_every,
        last_sync: Instant::now(),
    };
    let stop = match event_loop(&mut terminal, &mut model, &mut io) {
        Err(_) if io.input.gone().unwrap_or(true) => Stop::HungUp,
        Err(e) => Stop::Failed(e),
        Ok(stop) => stop,
    };
    let outcome = settle(&mut model, &mut io);
    keep_conflicts(&model, io.store.path(), &kept_conflicts);
    // Shown before leaving: ratatui would show it when dropped, and report a failure with
    // eprintln!, which panics when the terminal has gone.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    terminal::leave();
    if let Some(outcome) = outcome {
        ending::tell(model.lang, &model.pending, &outcome);
    }
    let signal = stop.signal();
    if let Stop::Failed(e) = stop {
        return Err(e.into());
    }
    Ok(Ending {
        signal,
        unsaved: model.pending.len(),
    })
}

/// What the loop writes to and reads from besides the model.
struct Io<'a> {
    store: &'a mut Store,
    shared: &'a Arc<Shared>,
    /// Wakes the loop from another thread (the writer's, when a save is on disk).
    waker: Arc<Waker>,
    /// The save being written, if one is.
    writer: writer::Writer,
    input: Input,
    mouse: bool,
    /// Where the changes went when the adviser chose to quit keeping them.
    kept: Option<Kept>,
    /// The last save found another instance holding the lock: the watch tries again.
    locked: bool,
    /// A sync through git running in the background (`s`).
    syncing: syncing::Syncing,
    /// How often a shared roadmap syncs by itself, and when it last started to.
    sync_every: Option<Duration>,
    last_sync: Instant,
}

impl Io<'_> {
    /// Lets the signal thread see the pending operations, in case it must keep them.
    fn sync(&self, model: &Model) {
        self.shared.unsaved().pending.clone_from(&model.pending);
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    model: &mut Model,
    io: &mut Io,
) -> std::io::Result<Stop> {
    let mut last_watch = Instant::now();
    // Starts crossterm's event reader, which catches SIGWINCH, before the first frame: a
    // resize between that frame and the first poll would otherwise be lost (SIGWINCH is
    // ignored by default) and the screen left at the old size until the next key.
    event::poll(Duration::ZERO)?;
    // Whether crossterm may have an event: keys typed before the start, or several read at
    // once, are in its queue, not on the descriptor.
    let mut ready = true;
    loop {
        terminal.draw(|frame| view(model, frame))?;
        let next = loop {
            if let Some(signal) = io.shared.stop() {
                return Ok(Stop::Signal(signal));
            }
            if io.shared.take_suspend() {
                terminal::suspend(terminal, io.mouse)?;
                break Next::Redraw;
            }
            if io.shared.take_resumed() {
                // Stopped by someone else's SIGSTOP: the shell had the terminal meanwhile.
                terminal::resume(terminal, io.mouse)?;
                break Next::Redraw;
            }
            if let Some(done) = io.writer.poll() {
                break Next::Cmd(written(model, io, done));
            }
            if ready {
                if io.input.gone()? {
                    return Ok(Stop::HungUp);
                }
                if event::poll(Duration::ZERO)? {
                    break Next::Event(event::read()?);
                }
                ready = false;
            }
            // The search index, when a search needs it, is built while nothing else happens.
            let indexing = crate::app::indexing(model);
            match io
                .input
                .wait(if indexing { Duration::ZERO } else { TICK })?
            {
                Wake::Gone => return Ok(Stop::HungUp),
                // A signal may be SIGWINCH, whose resize event crossterm holds.
                Wake::Input | Wake::Woken => ready = true,
                Wake::Timeout if indexing => {
                    crate::app::index_a_little(model, Instant::now() + INDEX_SLICE);
                }
                Wake::Timeout if last_watch.elapsed() >= WATCH_EVERY => {
                    last_watch = Instant::now();
                    if tick(model, io) {
                        terminal.draw(|frame| view(model, frame))?;
                    }
                }
                Wake::Timeout => {}
            }
        };
        // After a suspension too: keys typed while stopped wait in crossterm's way.
        ready = true;
        let cmd = match next {
            Next::Redraw => continue,
            Next::Cmd(cmd) => cmd,
            Next::Event(event) => {
                let msg = match event {
                    Event::Key(key) if key.kind != KeyEventKind::Release => {
                        msg_for(&model.mode, model.screen, key)
                    }
                    Event::Paste(text) => Some(Msg::Paste(text)),
                    Event::Mouse(mouse) => ui::hit(model, terminal.get_frame().area(), mouse),
                    _ => None,
                };
                let Some(msg) = msg else { continue };
                let cmd = update(model, msg);
                io.sync(model);
                cmd
            }
        };
        if let Some(stop) = carry_out(terminal, model, io, cmd)? {
            return Ok(stop);
        }
    }
}

/// Carries out what `update` asked for, and what follows from it, until there is nothing
/// left to do; returns why to stop, if it is time to.
fn carry_out(
    terminal: &mut DefaultTerminal,
    model: &mut Model,
    io: &mut Io,
    mut cmd: Cmd,
) -> std::io::Result<Option<Stop>> {
    loop {
        cmd = match cmd {
            Cmd::Save => {
                // The change shows at once; the status bar says "Enregistré" once it
                // is on disk, when the writer is done.
                terminal.draw(|frame| view(model, frame))?;
                save(model, io, In::Background)
            }
            Cmd::SaveRecovered => {
                io.shared.unsaved().absorb();
                terminal.draw(|frame| view(model, frame))?;
                save(model, io, In::Background)
            }
            Cmd::LookUpExportNames => exports::look_up_names(model),
            Cmd::Export(export) => exports::write(model, io.store.path(), &export),
            Cmd::Keep => {
                let outcome = keep(model, io).map(|kept| {
                    let shown = crate::sanitize::display_path(&kept.path);
                    io.kept = Some(kept);
                    shown
                });
                update(model, Msg::Kept(outcome))
            }
            Cmd::Suspend => {
                terminal::suspend(terminal, io.mouse)?;
                Cmd::None
            }
            Cmd::ExternalEditor { field, text } => {
                let words = model.t().help;
                let editing = &io.shared.editing;
                let outcome = editor::edit(terminal, io.mouse, &text, words, editing)?;
                update(model, Msg::ExternalEdited(field, outcome))
            }
            Cmd::Sync => {
                io.syncing.start(io.store.path(), model.lang);
                Cmd::None
            }
            Cmd::History(id) => {
                let outcome = crate::sync::history::for_store(io.store.path(), &id);
                update(model, Msg::HistoryLoaded(id, outcome))
            }
            Cmd::Quit => return Ok(Some(Stop::Quit)),
            Cmd::None => return Ok(None),
        };
    }
}

/// What ended a wait.
enum Next {
    /// Something to show (a suspension ended).
    Redraw,
    Event(Event),
    /// Something to do (a save is on disk: what follows from it).
    Cmd(Cmd),
}

/// Where a save is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    /// On the writer's thread: the loop goes on meanwhile.
    Background,
    /// Here, the loop waiting for it (on the way out).
    Foreground,
}

/// The one-second tick of an idle interface: the day past midnight, a save the lock put
/// off, a sync due or over, another instance's save. Returns whether to redraw.
fn tick(model: &mut Model, io: &mut Io) -> bool {
    let new_day = model.follow_clock(chrono::Local::now().date_naive());
    // A change kept because another instance held the lock is saved as soon as it is free,
    // keys never having waited for it.
    let retried =
        io.locked && !io.writer.busy() && !model.quit_armed && !model.pending.is_empty() && {
            save(model, io, In::Background);
            true
        };
    if io
        .sync_every
        .is_some_and(|every| io.last_sync.elapsed() >= every)
        && model.sync == crate::app::SyncState::Idle
        && model.mode == Mode::Browse
    {
        io.last_sync = Instant::now();
        if update(model, Msg::Sync) == Cmd::Sync {
            io.syncing.start(io.store.path(), model.lang);
        }
    }
    // A sync that is over: what it did, and what it brought in.
    let synced = io.syncing.poll().is_some_and(|outcome| {
        let at = chrono::Local::now().format("%H:%M").to_string();
        update(model, Msg::Synced(outcome, at));
        true
    });
    let watched = !io.writer.busy() && watch(model, io.store);
    watched || new_day || retried || synced
}

/// Keeps the conflicts still to settle in the shared roadmap's repository: those shown here,
/// and those a `jalons sync` run elsewhere added meanwhile (the ones settled here stay
/// settled).
fn keep_conflicts(model: &Model, store: &Path, at_start: &[crate::merge::Conflict]) {
    let mut keep = model.conflicts.clone();
    for c in crate::sync::conflicts::load(store) {
        if !at_start.contains(&c) && !keep.contains(&c) {
            keep.push(c);
        }
    }
    let _ = crate::sync::conflicts::save(store, &keep);
}

/// Saves the pending operations: staged here, written in the background unless `place`
/// says to wait. A save asked for while one is being written follows it, with whatever is
/// pending then. The signal thread waits while a save is staged or written: the process is
/// never ended halfway through a write.
fn save(model: &mut Model, io: &mut Io, place: In) -> Cmd {
    if io.writer.busy() {
        return Cmd::None;
    }
    let unsaved = io.shared.unsaved();
    let staged = io.store.stage(&model.plan, &model.pending);
    io.locked = matches!(staged, Err(crate::store::StoreError::Locked { .. }));
    if io.locked && !model.quit_armed {
        // Not a failure: said as a wait, in the adviser's words, with who is saving.
        let who = crate::store::holder(io.store.path()).map(|h| {
            let since = h
                .since
                .map(|t| t.format(" %H:%M").to_string())
                .unwrap_or_default();
            crate::sanitize::inert(&format!("{} (pid {}{since})", h.program, h.pid)).into_owned()
        });
        let text = (model.t().save_waiting)(who.as_deref());
        model.notify(NoticeKind::Info, text);
        return Cmd::None;
    }
    let ops = model.pending.len();
    match staged {
        // A merge changes what the screen shows: shown once written, before any other key.
        Ok(staged) if place == In::Background && !staged.merges() => {
            drop(unsaved);
            io.writer.start(staged, ops, io.shared, &io.waker);
            Cmd::None
        }
        staged => {
            let outcome = staged.and_then(crate::store::Staged::write);
            let outcome = io.store.took(outcome);
            drop(unsaved);
            report(model, io, ops, outcome)
        }
    }
}

/// A save the writer finished: what follows from it. What was changed while it was being
/// written is saved next.
fn written(model: &mut Model, io: &mut Io, (ops, outcome): writer::Done) -> Cmd {
    let outcome = io.store.took(outcome);
    let ok = outcome.is_ok();
    let cmd = report(model, io, ops, outcome);
    if ok && cmd == Cmd::None && !model.pending.is_empty() {
        return Cmd::Save;
    }
    cmd
}

/// Tells the model how a save of its first `ops` pending operations went.
fn report(
    model: &mut Model,
    io: &mut Io,
    ops: usize,
    outcome: Result<crate::store::Saved, crate::store::StoreError>,
) -> Cmd {
    let outcome = outcome
        .map(|saved| SaveReport {
            at: chrono::Local::now().format("%H:%M").to_string(),
            ops,
            merged: saved.merged.map(Box::new),
            conflicts: saved.conflicts,
        })
        .map_err(|e| e.message(model.lang));
    let mut unsaved = io.shared.unsaved();
    let cmd = update(model, Msg::Saved(outcome));
    if model.pending.is_empty() {
        if let Err((path, e)) = unsaved.saved() {
            let path = crate::sanitize::display_path(&path);
            let why = crate::i18n::os_error(model.lang, &e);
            let text = (model.t().leaving.not_removed)(&path, &why);
            model.notify(NoticeKind::Error, text);
        }
    } else {
        unsaved.pending.clone_from(&model.pending);
    }
    cmd
}

/// Writes everything not saved to a recovery file.
fn keep(model: &Model, io: &Io) -> Result<Kept, String> {
    let mut unsaved = io.shared.unsaved();
    unsaved.pending.clone_from(&model.pending);
    unsaved.keep()
}

/// On the way out: one last save of what is pending, unless the adviser already chose to
/// keep it; what the store still refuses goes to a recovery file. Returns where, if
/// anywhere, for stderr.
fn settle(model: &mut Model, io: &mut Io) -> Option<Result<Kept, String>> {
    if let Some(done) = io.writer.wait() {
        written(model, io, done);
    }
    let outcome = if model.pending.is_empty() || io.kept.is_some() {
        io.kept.take().map(Ok)
    } else {
        save(model, io, In::Foreground);
        (!model.pending.is_empty()).then(|| keep(model, io))
    };
    io.shared.unsaved().settled = true;
    outcome
}

/// Offers the changes an earlier session left in recovery files, and says which files
/// cannot be read (they are left alone).
fn offer_recovery(model: &mut Model, shared: &Shared, store: &Path) {
    let t = model.t();
    let fallback = recovery::fallback_dir();
    let mut unsaved = shared.unsaved();
    let mut places = Vec::new();
    for found in recovery::find(store, fallback.as_deref()) {
        let shown = crate::sanitize::display_path(&found.path);
        match found.ops {
            Ok(ops) => {
                unsaved.earlier.extend(ops);
                unsaved.files.push(found.path);
                places.push(shown);
            }
            Err(e) => {
                let e = crate::sanitize::inert(&e).into_owned();
                model.notify(NoticeKind::Error, (t.leaving.unreadable)(&shown, &e));
            }
        }
    }
    if !unsaved.earlier.is_empty() {
        model.mode = Mode::Recovery(Box::new(RecoveryOffer {
            ops: unsaved.earlier.clone(),
            place: places.join(", "),
        }));
    }
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
            model.notify(NoticeKind::Error, e.message(model.lang));
            true
        }
    }
}
