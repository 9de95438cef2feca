//! Leaving on SIGTERM, SIGHUP and SIGINT. The loop notices the stop flag within a tick and
//! quits cleanly, saving what is pending. But when the terminal has gone (a closed window
//! sends SIGHUP), crossterm's reader can spin without ever returning to the loop; then, after
//! a grace period and never during a save, this thread ends the process itself.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// How long the loop has to leave on its own.
const GRACE: Duration = Duration::from_secs(2);

pub struct Watchdog {
    /// Set when a signal asks the interface to stop.
    pub stop: Arc<AtomicBool>,
    /// Set by the loop while it writes the store: the process is never ended then.
    pub saving: Arc<AtomicBool>,
}

pub fn start() -> std::io::Result<Watchdog> {
    let stop = Arc::new(AtomicBool::new(false));
    let saving = Arc::new(AtomicBool::new(false));
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let (flag, busy) = (Arc::clone(&stop), Arc::clone(&saving));
    thread::Builder::new()
        .name("signals".to_owned())
        .spawn(move || {
            let Some(signal) = signals.forever().next() else {
                return;
            };
            flag.store(true, Ordering::SeqCst);
            let deadline = Instant::now() + GRACE;
            loop {
                thread::sleep(Duration::from_millis(50));
                if Instant::now() >= deadline && !busy.load(Ordering::SeqCst) {
                    super::terminal::leave();
                    std::process::exit(128 + signal);
                }
            }
        })?;
    Ok(Watchdog { stop, saving })
}
