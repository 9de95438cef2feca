//! Waiting for keys without ever entering crossterm's reader once the terminal has gone.
//!
//! crossterm reads its descriptor until it has an event or the read would block; on a
//! terminal that was hung up every read returns 0 (or EIO) at once, so that loop never ends
//! and burns a core. The loop therefore waits here instead, on an epoll of its own over the
//! same descriptor and a waker for the signal thread, and asks crossterm for events only
//! while the terminal is there.

use std::io;
use std::os::fd::AsRawFd;
use std::time::Duration;

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token, Waker};

const TTY: Token = Token(0);
const WAKE: Token = Token(1);

/// Why a wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The terminal has bytes for crossterm.
    Input,
    /// The signal thread has news (or a signal interrupted the wait).
    Woken,
    Timeout,
    /// The terminal hung up: nothing more will come from it.
    Gone,
}

pub struct Input {
    poll: Poll,
    events: Events,
    gone: bool,
}

impl Input {
    /// Watches standard input, which the interface requires to be the terminal crossterm
    /// reads; returns the waker for the signal thread.
    pub fn new() -> io::Result<(Self, Waker)> {
        let poll = Poll::new()?;
        let fd = io::stdin().as_raw_fd();
        poll.registry()
            .register(&mut SourceFd(&fd), TTY, Interest::READABLE)?;
        let waker = Waker::new(poll.registry(), WAKE)?;
        let input = Self {
            poll,
            events: Events::with_capacity(8),
            gone: false,
        };
        Ok((input, waker))
    }

    /// Waits up to `timeout` for the terminal or the signal thread.
    pub fn wait(&mut self, timeout: Duration) -> io::Result<Wake> {
        if self.gone {
            return Ok(Wake::Gone);
        }
        match self.poll.poll(&mut self.events, Some(timeout)) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(Wake::Woken),
            result => result?,
        }
        let mut wake = Wake::Timeout;
        for event in &self.events {
            if event.token() == TTY {
                if event.is_read_closed() || event.is_error() {
                    self.gone = true;
                    return Ok(Wake::Gone);
                }
                wake = Wake::Input;
            } else if wake == Wake::Timeout {
                wake = Wake::Woken;
            }
        }
        Ok(wake)
    }

    /// Whether the terminal has hung up, looked at now, without waiting: checked right
    /// before each call into crossterm.
    pub fn gone(&mut self) -> io::Result<bool> {
        Ok(self.wait(Duration::ZERO)? == Wake::Gone)
    }
}
