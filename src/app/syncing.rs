//! `s`: share the roadmap through git now. The sync runs in the background (the runtime's
//! business); the status bar says it started, then what it did.

use super::model::{Model, NoticeKind, SyncState};
use super::msg::{Cmd, SyncOutcome};

/// `s`: starts a sync unless one is running.
pub fn start(model: &mut Model) -> Cmd {
    let t = model.t();
    if model.sync == SyncState::Running {
        model.notify(NoticeKind::Info, t.sync_running.to_owned());
        return Cmd::None;
    }
    model.sync = SyncState::Running;
    model.notify(NoticeKind::Info, t.sync_started.to_owned());
    Cmd::Sync
}

/// A sync is over: what it did, and what it could not settle (to review with `C`).
pub fn over(model: &mut Model, outcome: Result<SyncOutcome, String>, at: &str) -> Cmd {
    model.sync = SyncState::Idle;
    let t = model.t();
    match outcome {
        Ok(done) => {
            let mut text = match done.offline {
                Some(waiting) => (t.sync_offline)(waiting),
                None => (t.synced)(at, done.received, done.sent),
            };
            if !done.conflicts.is_empty() {
                text = format!("{text} · {}", (t.conflicts)(done.conflicts.len()));
                model.conflicts.extend(done.conflicts);
            }
            let kind = if done.offline.is_some() {
                NoticeKind::Info
            } else {
                NoticeKind::Saved
            };
            model.notify(kind, text);
        }
        Err(reason) => model.notify(NoticeKind::Error, (t.sync_failed)(&reason)),
    }
    Cmd::None
}
