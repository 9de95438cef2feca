//! `s` in the interface: a sync runs on a thread of its own, so a key never waits for the
//! network; the loop's one-second tick picks its outcome up. git runs there as everywhere
//! in jalons: no prompt, no stdin, ssh in batch mode.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::app::SyncOutcome;
use crate::i18n::Lang;
use crate::sync::{self, Synced};

#[derive(Default)]
pub struct Syncing {
    running: Option<Receiver<Result<SyncOutcome, String>>>,
    lang: Lang,
}

impl Syncing {
    /// Starts a sync of the store at `store`, unless one is running.
    pub fn start(&mut self, store: &Path, lang: Lang) {
        if self.running.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let store = store.to_path_buf();
        std::thread::spawn(move || {
            yield_to_keys();
            let _ = sender.send(run(&store, lang));
        });
        self.running = Some(receiver);
        self.lang = lang;
    }

    /// The outcome, once the sync is over.
    pub fn poll(&mut self) -> Option<Result<SyncOutcome, String>> {
        let receiver = self.running.as_ref()?;
        match receiver.try_recv() {
            Ok(outcome) => {
                self.running = None;
                Some(outcome)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                Some(Err(match self.lang {
                    Lang::Fr => "la synchronisation s'est arrêtée".to_owned(),
                    Lang::En => "the sync stopped".to_owned(),
                }))
            }
        }
    }
}

fn run(store: &Path, lang: Lang) -> Result<SyncOutcome, String> {
    let jalons = std::env::current_exe().map_err(|e| e.to_string())?;
    let report = report_path(store);
    let outcome = sync::sync(store, &jalons, &report);
    let conflicts = sync::conflicts::read_report(&report);
    let _ = std::fs::remove_file(&report);
    let _ = sync::conflicts::add(store, &conflicts);
    match outcome.map_err(|r| r.message(lang))? {
        Synced::Done { received, sent } => Ok(SyncOutcome {
            received,
            sent,
            offline: None,
            conflicts,
        }),
        Synced::Offline { to_send } => Ok(SyncOutcome {
            received: 0,
            sent: 0,
            offline: Some(to_send),
            conflicts,
        }),
    }
}

fn report_path(store: &Path) -> PathBuf {
    let folder = store
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    folder
        .join(".git")
        .join(format!("jalons-sync-report-{}.jsonl", std::process::id()))
}

/// The sync thread, and the git and merge-driver processes it starts (they inherit it), run
/// at a lower priority than the interface: on a two-core laptop a merge then takes the cores
/// the keys leave, not those they need. Linux's nice value is per thread; elsewhere the sync
/// keeps the normal priority.
fn yield_to_keys() {
    #[cfg(target_os = "linux")]
    {
        let me = rustix::thread::gettid();
        let _ = rustix::process::setpriority_process(Some(me), 10);
    }
}
