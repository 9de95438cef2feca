//! A program run in a pseudo-terminal the way a user runs it: its output is parsed into a
//! `vt100` screen on a reader thread, the terminal queries it sends (cursor position, device
//! attributes, window size, colours, DECRQM) are answered so nothing stalls, and a test waits
//! on the screen by polling it up to a deadline, never with a fixed sleep.
//!
//! When a test fails while a `Pty` is alive, its last screen and the tail of its raw output
//! are printed (see `Drop`).
#![allow(dead_code)] // shared by test crates that each use a part of it

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

#[path = "pty_queries.rs"]
mod queries;

use queries::answer_queries;

/// How long a test waits for something that normally takes milliseconds.
pub const PATIENCE: Duration = Duration::from_secs(5);

pub const ENTER_ALT_SCREEN: &[u8] = b"\x1b[?1049h";
pub const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
/// Ratatui hides the cursor at the end of every `draw`: one per frame.
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

struct State {
    raw: Vec<u8>,
    parser: vt100::Parser,
    /// Where the search for terminal queries resumes in `raw`.
    scanned: usize,
    eof: bool,
    /// What went wrong in `vt100` itself, which then starts again on a blank screen.
    parser_panics: Vec<String>,
    /// Set by `hang_up`: the reader lets go of the terminal after its next read.
    hanging_up: bool,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic on the reader thread must not hide the screen from the test.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

pub struct Pty {
    name: String,
    child: Box<dyn Child + Send + Sync>,
    /// `None` once the terminal is closed by `hang_up`.
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Writer,
    shared: Arc<Shared>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

impl Pty {
    /// Starts `cmd` on a new pseudo-terminal of `cols`×`rows`.
    pub fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Self {
        let name = cmd
            .get_argv()
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pseudo-terminal");
        let child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
        // Only the child keeps the terminal side open: its exit ends our reads.
        drop(pair.slave);
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let writer: Writer = Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                raw: Vec::new(),
                parser: vt100::Parser::new(rows, cols, 0),
                scanned: 0,
                eof: false,
                parser_panics: Vec::new(),
                hanging_up: false,
            }),
            changed: Condvar::new(),
        });
        let thread = {
            let (shared, writer) = (Arc::clone(&shared), Arc::clone(&writer));
            std::thread::spawn(move || read_loop(reader, &shared, &writer))
        };
        Self {
            name,
            child,
            master: Some(pair.master),
            writer,
            shared,
            reader: Some(thread),
            status: None,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }

    /// Types `keys` (raw bytes: `b"j"`, `b" "`, `b"\x1b[B"`).
    pub fn send(&self, keys: &[u8]) {
        let mut writer = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        writer.write_all(keys).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Resizes the terminal, as a user dragging the window does (the child gets SIGWINCH).
    pub fn resize(&self, cols: u16, rows: u16) {
        // The screen first, so that what the child draws for the new size is parsed at it.
        self.shared.lock().parser.screen_mut().set_size(rows, cols);
        self.master
            .as_ref()
            .expect("the terminal is open")
            .resize(size(cols, rows))
            .expect("resize the pty");
    }

    /// Closes the terminal as closing its window does: every descriptor of our side is
    /// closed, so the child's side hangs up (SIGHUP; reads end, writes fail). The reader
    /// thread holds one of them: `nudge` is typed so that the child draws, the reader wakes,
    /// and lets go. (portable-pty's writer types a newline and an end of file as it closes.)
    pub fn hang_up(&mut self, nudge: &[u8]) {
        self.shared.lock().hanging_up = true;
        self.send(nudge);
        if let Some(reader) = self.reader.take() {
            let deadline = Instant::now() + PATIENCE;
            while !reader.is_finished() {
                assert!(
                    Instant::now() < deadline,
                    "{}: nothing drawn after {nudge:?}",
                    self.name
                );
                std::thread::sleep(Duration::from_millis(5));
            }
            let _ = reader.join();
        }
        *self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Box::new(std::io::sink());
        self.master = None;
    }

    /// Whether the terminal is in cooked mode (canonical input and echo, as a shell leaves
    /// it), or raw; `None` once it is closed.
    pub fn cooked(&self) -> Option<bool> {
        // Linux's ICANON and ECHO: portable-pty does not name nix's flags for us.
        const ICANON: u32 = 0o2;
        const ECHO: u32 = 0o10;
        let termios = self.master.as_ref()?.get_termios()?;
        let flags = termios.local_flags.bits();
        Some(flags & (ICANON | ECHO) == ICANON | ECHO)
    }

    /// The screen as text, one line a row.
    pub fn screen(&self) -> String {
        self.with_screen(|s| s.rows(0, s.size().1).collect::<Vec<_>>().join("\n"))
    }

    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.shared.lock().parser.screen())
    }

    /// Everything the child wrote, escapes included.
    pub fn raw(&self) -> Vec<u8> {
        self.shared.lock().raw.clone()
    }

    /// How many frames ratatui has finished drawing so far.
    pub fn frames(&self) -> usize {
        count(&self.shared.lock().raw, HIDE_CURSOR)
    }

    /// Waits until `found` returns something for the screen and raw output so far; panics
    /// with `what` (and, through `Drop`, the screen) after `timeout`, or if the child exits
    /// first.
    pub fn wait_for<T>(
        &mut self,
        what: &str,
        timeout: Duration,
        mut found: impl FnMut(&vt100::Screen, &[u8]) -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        let shared = Arc::clone(&self.shared);
        let mut state = shared.lock();
        loop {
            if let Some(value) = found(state.parser.screen(), &state.raw) {
                return value;
            }
            let now = Instant::now();
            assert!(
                now < deadline,
                "{}: timed out after {timeout:?} waiting for {what}",
                self.name
            );
            if state.eof {
                drop(state);
                let status = self.wait_exit(PATIENCE);
                panic!(
                    "{}: exited ({status:?}) while waiting for {what}",
                    self.name
                );
            }
            // Woken by every chunk of output; the short cap only bounds a missed wake-up.
            let wait = (deadline - now).min(Duration::from_millis(50));
            state = shared
                .changed
                .wait_timeout(state, wait)
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
    }

    /// Waits until the screen shows every one of `texts`.
    pub fn wait_for_text(&mut self, texts: &[&str]) {
        self.wait_for(&format!("{texts:?} on screen"), PATIENCE, |screen, _| {
            let shown = screen.contents();
            texts.iter().all(|t| shown.contains(t)).then_some(())
        });
    }

    /// Waits until at least one more frame than `after` has been drawn.
    pub fn wait_for_frame(&mut self, after: usize) {
        self.wait_for(&format!("frame {}", after + 1), PATIENCE, |_, raw| {
            (count(raw, HIDE_CURSOR) > after).then_some(())
        });
    }

    /// The exit status if the child has exited.
    pub fn try_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("poll the child");
        }
        self.status.clone()
    }

    /// Waits for the child to exit (panicking after `timeout`), then for its last output.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.try_status() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "{}: still running {timeout:?} later",
                self.name
            );
            std::thread::sleep(Duration::from_millis(10));
        };
        // The terminal side is closed with the child: the reader reaches the end soon.
        let end = Instant::now() + Duration::from_secs(2);
        let mut state = self.shared.lock();
        while !state.eof && Instant::now() < end {
            state = self
                .shared
                .changed
                .wait_timeout(state, Duration::from_millis(20))
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .0;
        }
        status
    }

    /// The last screen and the end of the raw output, for failure messages.
    pub fn dump(&self) -> String {
        let state = self.shared.lock();
        let screen = state.parser.screen();
        let (rows, cols) = screen.size();
        let mut out = format!("--- {} — screen {cols}×{rows} ---\n", self.name);
        for row in screen.rows(0, cols) {
            let _ = writeln!(out, "|{row}");
        }
        for panic in &state.parser_panics {
            let _ = writeln!(out, "--- vt100 panicked {panic} ---");
        }
        let tail = &state.raw[state.raw.len().saturating_sub(600)..];
        let _ = writeln!(
            out,
            "--- last {} of {} raw bytes ---\n{}",
            tail.len(),
            state.raw.len(),
            tail.escape_ascii()
        );
        out
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("{}", self.dump());
        }
        if matches!(self.child.try_wait(), Ok(None)) {
            // SIGHUP, then SIGKILL if it lingers.
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // With the child gone, the reader sees the end of the terminal and stops.
        if let Some(reader) = self.reader.take()
            && self.shared.lock().eof
        {
            let _ = reader.join();
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: cols * 8,
        pixel_height: rows * 16,
    }
}

pub fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn read_loop(mut reader: Box<dyn Read + Send>, shared: &Shared, writer: &Writer) {
    let mut buf = [0u8; 8192];
    loop {
        // EIO once the child and its terminal side are gone.
        let n = match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let replies = {
            let mut state = shared.lock();
            let state = &mut *state;
            state.raw.extend_from_slice(&buf[..n]);
            // vt100 0.16 panics on a double-width character in a one-column screen, as
            // when output drawn for the old size is read after a resize to 1×1.
            let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                state.parser.process(&buf[..n]);
            }));
            if let Err(panic) = parsed {
                let (rows, cols) = state.parser.screen().size();
                state.parser = vt100::Parser::new(rows, cols, 0);
                let what = panic
                    .downcast_ref::<&str>()
                    .map(ToString::to_string)
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                state
                    .parser_panics
                    .push(format!("at byte {}: {what}", state.raw.len()));
            }
            let (rows, cols) = state.parser.screen().size();
            let (replies, scanned) = answer_queries(&state.raw, state.scanned, rows, cols);
            state.scanned = scanned;
            if state.hanging_up {
                break;
            }
            replies
        };
        if !replies.is_empty() {
            let mut writer = writer
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let _ = writer.write_all(&replies).and_then(|()| writer.flush());
        }
        shared.changed.notify_all();
    }
    shared.lock().eof = true;
    shared.changed.notify_all();
}

/// The row marked `▶` and the title of the column it is in: the column's left border is the
/// nearest `│` before the mark, and its top, `┌`, carries the title.
pub fn focused_row(screen: &vt100::Screen) -> Option<(String, String)> {
    let (rows, cols) = screen.size();
    let text = |row: u16, col: u16| screen.cell(row, col).map_or("", vt100::Cell::contents);
    let (row, col) = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .find(|&(r, c)| text(r, c) == "▶")?;
    let left = (0..col).rev().find(|&c| text(row, c) == "│")?;
    let top = (0..row).rev().find(|&r| text(r, left) == "┌")?;
    let title: String = (left + 1..cols)
        .map(|c| text(top, c))
        .take_while(|t| *t != "─" && *t != "┐")
        .collect();
    let line: String = (col + 1..cols)
        .map(|c| text(row, c))
        .take_while(|t| *t != "│")
        .map(|t| if t.is_empty() { " " } else { t })
        .collect();
    Some((title.trim().to_owned(), line.trim().to_owned()))
}
