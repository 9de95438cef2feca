//! How the interface ends: what is left unsaved goes to a recovery file, the terminal is
//! given back, and stderr says where the changes are; the exit status says how it ended.

use std::io::Write as _;
use std::process::ExitCode;

use signal_hook::consts::SIGHUP;

use super::recovery::Kept;
use crate::domain::Op;
use crate::i18n::Lang;

/// Why the loop stopped.
#[derive(Debug)]
pub enum Stop {
    /// The adviser quit.
    Quit,
    Signal(i32),
    /// The terminal went away without a signal (or before it).
    HungUp,
    /// The terminal failed otherwise.
    Failed(std::io::Error),
}

/// What the command line needs to choose the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ending {
    /// The signal that ended the interface; a terminal that went away counts as SIGHUP.
    pub signal: Option<i32>,
    /// Changes the store does not have (kept in a recovery file, or printed on stderr).
    pub unsaved: usize,
}

impl Ending {
    /// 0 for a quit with everything saved; 128 + the signal's number when one ended it; 1
    /// when changes were left out of the store.
    pub fn exit_code(self) -> ExitCode {
        match (self.signal, self.unsaved) {
            (Some(signal), _) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
            (None, 0) => ExitCode::SUCCESS,
            (None, _) => ExitCode::FAILURE,
        }
    }
}

impl Stop {
    pub fn signal(&self) -> Option<i32> {
        match self {
            Self::Signal(signal) => Some(*signal),
            Self::HungUp => Some(SIGHUP),
            Self::Quit | Self::Failed(_) => None,
        }
    }
}

/// Says on stderr where the changes not saved went, or, if nowhere, prints them.
pub fn tell(lang: Lang, ops: &[Op], outcome: &Result<Kept, String>) {
    let t = &lang.catalogue().leaving;
    let mut err = std::io::stderr().lock();
    // The terminal may be gone: nothing can be done about a message that cannot be written.
    let _ = match outcome {
        Ok(kept) => {
            let path = crate::sanitize::display_path(&kept.path);
            writeln!(err, "{}", (t.kept)(ops.len(), &path)).and_then(|()| match &kept.not_beside {
                Some(why) => writeln!(err, "{}", (t.not_beside)(&inert(why))),
                None => Ok(()),
            })
        }
        Err(why) => {
            let json = serde_json::to_string_pretty(ops).unwrap_or_default();
            writeln!(err, "{}", (t.lost)(ops.len(), &inert(why)))
                .and_then(|()| writeln!(err, "{json}"))
        }
    };
    let _ = err.flush();
}

fn inert(text: &str) -> String {
    crate::sanitize::inert(text).into_owned()
}
