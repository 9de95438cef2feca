//! Signals, on a thread of their own. SIGTERM, SIGHUP, SIGINT and SIGQUIT ask the loop to
//! save and leave; SIGTSTP to suspend; SIGCONT to take the terminal again after a stop;
//! SIGWINCH to read the new size. Each one wakes the loop at once.
//!
//! When the loop has not left within a grace period after a stop signal (stuck writing to a
//! terminal nobody reads, or inside the event reader), this thread keeps the unsaved changes
//! in a recovery file itself, gives the terminal back and ends the process; never while the
//! loop is writing the store or a recovery file, since the loop holds `unsaved` then.

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use mio::Waker;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;

use super::recovery::Unsaved;
use crate::i18n::Lang;

/// How long the loop has to leave on its own: a closed terminal must not keep the process
/// more than about a second.
const GRACE: Duration = Duration::from_millis(900);

pub struct Shared {
    /// The signal that asks the interface to stop; 0 while none has.
    stop: AtomicI32,
    suspend: AtomicBool,
    resumed: AtomicBool,
    /// An external editor has the terminal: the keyboard's interrupt and quit are its own
    /// (as git leaves them to the editor it runs), and a stop stops us with it.
    pub editing: AtomicBool,
    unsaved: Mutex<Unsaved>,
    /// Held by the writer thread while it writes the store.
    writing: Mutex<()>,
}

impl Shared {
    pub fn stop(&self) -> Option<i32> {
        Some(self.stop.load(Ordering::SeqCst)).filter(|&s| s != 0)
    }

    /// Whether a SIGTSTP came since the last call.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Whether a SIGCONT came since the last call.
    pub fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::SeqCst)
    }

    pub fn unsaved(&self) -> MutexGuard<'_, Unsaved> {
        // A panic elsewhere must not stop the changes from being kept.
        self.unsaved.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Held while the store is being written: the process is not ended meanwhile.
    pub fn writing(&self) -> MutexGuard<'_, ()> {
        self.writing.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

pub fn start(unsaved: Unsaved, lang: Lang, waker: Arc<Waker>) -> std::io::Result<Arc<Shared>> {
    let shared = Arc::new(Shared {
        stop: AtomicI32::new(0),
        suspend: AtomicBool::new(false),
        resumed: AtomicBool::new(false),
        editing: AtomicBool::new(false),
        unsaved: Mutex::new(unsaved),
        writing: Mutex::new(()),
    });
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH])?;
    let here = Arc::clone(&shared);
    thread::Builder::new()
        .name("signals".to_owned())
        .spawn(move || {
            for signal in signals.forever() {
                let editing = here.editing.load(Ordering::SeqCst);
                match signal {
                    SIGINT | SIGQUIT if editing => {}
                    // The editor stopped itself and its process group with it: so do we,
                    // or the shell would never get the terminal back.
                    SIGTSTP if editing => {
                        let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    }
                    SIGTSTP => here.suspend.store(true, Ordering::SeqCst),
                    SIGCONT => here.resumed.store(true, Ordering::SeqCst),
                    SIGWINCH => {}
                    stop => {
                        here.stop.store(stop, Ordering::SeqCst);
                        let _ = waker.wake();
                        thread::sleep(GRACE);
                        end(&here, stop, lang);
                    }
                }
                let _ = waker.wake();
            }
        })?;
    Ok(shared)
}

/// The loop did not leave in time: keep what it could not save, and end the process.
fn end(shared: &Shared, signal: i32, lang: Lang) -> ! {
    // A write under way ends first (its operations, still pending, are kept all the same:
    // applied again, as target values, they change nothing).
    let _writing = shared.writing();
    let mut unsaved = shared.unsaved();
    if unsaved.settled {
        // The loop is past saving and keeping, giving the terminal back: let it finish.
        drop(unsaved);
        thread::sleep(GRACE);
        unsaved = shared.unsaved();
    }
    let ops = unsaved.pending.clone();
    let outcome = (!unsaved.settled && !ops.is_empty()).then(|| unsaved.keep());
    super::terminal::leave();
    if let Some(outcome) = outcome {
        super::ending::tell(lang, &ops, &outcome);
    }
    let _ = std::io::stderr().flush();
    std::process::exit(128 + signal)
}
