//! Saves reach the disk on a thread of their own: flushing a large store to disk takes
//! longer than a key may wait. The loop stages a save (the lock, any merge, the text) and
//! goes on; this thread writes it and wakes the loop, which then takes the outcome. The
//! operations saved stay pending, and in the recovery file a signal would write, until then.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use mio::Waker;

use super::watchdog::Shared;
use crate::store::{Staged, StoreError, Written};

/// One save being written, at most.
#[derive(Default)]
pub struct Writer {
    running: Option<Running>,
}

struct Running {
    /// The store's path, for a failure of the thread itself.
    path: PathBuf,
    outcome: Receiver<Result<Written, StoreError>>,
    /// How many of the pending operations, from the first, the text holds.
    ops: usize,
}

/// A write that is over: how many pending operations it held, and how it went.
pub type Done = (usize, Result<Written, StoreError>);

impl Writer {
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// Writes `staged`, which holds the first `ops` pending operations, on another thread.
    pub fn start(&mut self, staged: Staged, ops: usize, shared: &Arc<Shared>, waker: &Arc<Waker>) {
        debug_assert!(self.running.is_none(), "one write at a time");
        let path = staged.path().to_path_buf();
        let (sender, outcome) = channel();
        let (shared, waker) = (Arc::clone(shared), Arc::clone(waker));
        let spawned = std::thread::Builder::new()
            .name("writer".to_owned())
            .spawn(move || {
                // The signal thread never ends the process halfway through a write.
                let writing = shared.writing();
                if let Some(delay) = slow_disk() {
                    std::thread::sleep(delay);
                }
                let _ = sender.send(staged.write());
                drop(writing);
                let _ = waker.wake();
            });
        if let Err(e) = spawned {
            // No thread to be had: the outcome is the failure, the save is tried again later.
            let (sender, receiver) = channel();
            let _ = sender.send(Err(StoreError::Write {
                path: path.clone(),
                cause: e,
            }));
            self.running = Some(Running {
                path,
                outcome: receiver,
                ops,
            });
            return;
        }
        self.running = Some(Running { path, outcome, ops });
    }

    /// The outcome, once the write is over.
    pub fn poll(&mut self) -> Option<Done> {
        let running = self.running.as_ref()?;
        let outcome = match running.outcome.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err(gone(&running.path)),
        };
        let ops = running.ops;
        self.running = None;
        Some((ops, outcome))
    }

    /// Waits for the write to be over (on the way out).
    pub fn wait(&mut self) -> Option<Done> {
        let running = self.running.take()?;
        let outcome = running
            .outcome
            .recv()
            .unwrap_or_else(|_| Err(gone(&running.path)));
        Some((running.ops, outcome))
    }
}

/// The writing thread ended without a word: it panicked.
fn gone(path: &std::path::Path) -> StoreError {
    StoreError::Write {
        path: path.to_path_buf(),
        cause: std::io::Error::other("the writing thread stopped"),
    }
}

/// A disk as slow as a network share's, for the tests of keys during a save
/// (`JALONS_WRITE_DELAY_MS`): each write waits that long, holding the lock, before it starts.
fn slow_disk() -> Option<std::time::Duration> {
    static DELAY: std::sync::OnceLock<Option<std::time::Duration>> = std::sync::OnceLock::new();
    *DELAY.get_or_init(|| {
        std::env::var("JALONS_WRITE_DELAY_MS")
            .ok()?
            .parse()
            .ok()
            .map(std::time::Duration::from_millis)
    })
}
