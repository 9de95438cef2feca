//! Reading a store laid out as jalons writes it without ever holding its whole text: the
//! file is read a quarter of a MiB at a time, cut at its members and at its records as
//! [`super::parallel`] cuts a text held whole, and the records of the two long lists are
//! parsed by two threads while the file is still being read. At no moment are the text and
//! the plan both in memory: at 10,000 actions that was 8 MB of text beside the plan, at
//! 100,000, 80 MB.
//!
//! The cut is the same as [`super::parallel`]'s, so a plan read here is the one read whole;
//! anything else (another layout, a record that does not parse, a text that is not UTF-8)
//! gives `None`, and the caller reads the file whole, which names the position of a problem.

use std::io::{self, Read};
use std::ops::Range;
use std::sync::mpsc;

use serde::de::DeserializeOwned;

use crate::domain::{Action, DEFAULT_CHECKIN_WEEKS, Plan, Trip};

/// How much is read from the file at a time.
const CHUNK: usize = 1 << 18;
/// How much record text a thread is handed at a time: enough to cost little to hand over,
/// little enough that the text in flight stays a few of these.
const BATCH: usize = 1 << 18;

/// A window on a text read a chunk at a time; positions are offsets in the whole text.
struct Window<R> {
    source: R,
    buf: Vec<u8>,
    /// The offset of `buf[0]`.
    start: usize,
    ended: bool,
    chunk: usize,
}

/// The lines a cut is made at (a raw line break never occurs inside a JSON string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `\n  "`: a member of the plan.
    Member,
    /// `\n    {`: a record of a list.
    Record,
}

impl<R: Read> Window<R> {
    fn new(source: R, chunk: usize) -> Self {
        Self {
            source,
            buf: Vec::with_capacity(chunk),
            start: 0,
            ended: false,
            chunk,
        }
    }

    fn end(&self) -> usize {
        self.start + self.buf.len()
    }

    /// Reads until the text up to `upto` is in the window or the file ends; whether it is.
    fn fill(&mut self, upto: usize) -> io::Result<bool> {
        while self.end() < upto && !self.ended {
            let old = self.buf.len();
            self.buf.resize(old + self.chunk, 0);
            let n = loop {
                match self.source.read(&mut self.buf[old..]) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    other => break other,
                }
            };
            self.buf.truncate(old + n.as_ref().map_or(0, |n| *n));
            match n {
                Ok(0) => self.ended = true,
                Ok(_) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(self.end() >= upto)
    }

    /// The text of `range`, which must be in the window.
    fn bytes(&self, range: Range<usize>) -> &[u8] {
        &self.buf[range.start - self.start..range.end - self.start]
    }

    /// Lets go of the text before `at`. The rest moves down only once it is at most as long
    /// as what is let go, so that each byte moves a bounded number of times.
    fn forget_before(&mut self, at: usize) {
        let n = at.saturating_sub(self.start).min(self.buf.len());
        if n > 0 && n >= self.buf.len() - n {
            self.buf.drain(..n);
            self.start += n;
        }
    }

    /// The next line at or after `from` that a cut is made at, and its kind.
    fn next_mark(&mut self, from: usize) -> io::Result<Option<(usize, Mark)>> {
        let mut at = from;
        loop {
            if at >= self.end() && !self.fill(at + 1)? {
                return Ok(None);
            }
            let Some(i) = memchr::memchr(b'\n', &self.buf[at - self.start..]) else {
                at = self.end();
                continue;
            };
            let line = at + i;
            self.fill(line + 6)?;
            let head = self.bytes(line..self.end().min(line + 6));
            if head.starts_with(b"\n  \"") {
                return Ok(Some((line, Mark::Member)));
            }
            if head.starts_with(b"\n    {") {
                return Ok(Some((line, Mark::Record)));
            }
            at = line + 1;
        }
    }

    /// The position of the next `byte` at or after `from`.
    fn find(&mut self, byte: u8, from: usize) -> io::Result<Option<usize>> {
        let mut at = from;
        loop {
            if at >= self.end() && !self.fill(at + 1)? {
                return Ok(None);
            }
            if let Some(i) = memchr::memchr(byte, &self.buf[at - self.start..]) {
                return Ok(Some(at + i));
            }
            at = self.end();
        }
    }
}

fn is_json_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn trim_end(bytes: &[u8]) -> &[u8] {
    let end = bytes
        .iter()
        .rposition(|&b| !is_json_space(b))
        .map_or(0, |i| i + 1);
    &bytes[..end]
}

fn trim(bytes: &[u8]) -> &[u8] {
    let bytes = trim_end(bytes);
    let start = bytes
        .iter()
        .position(|&b| !is_json_space(b))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Records handed to a parsing thread: their texts one after the other.
#[derive(Default)]
struct Batch {
    text: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    fn add(&mut self, record: &[u8]) {
        self.text.extend_from_slice(record);
        self.ends.push(self.text.len());
    }
}

/// A batch of records parsed: actions or trips, with its number in the reading order.
enum Parsed {
    Actions(Vec<Action>),
    Trips(Vec<Trip>),
}

enum Job {
    Actions(usize, Batch),
    Trips(usize, Batch),
}

fn parse_batch<T: DeserializeOwned>(batch: &Batch) -> Option<Vec<T>> {
    let text = std::str::from_utf8(&batch.text).ok()?;
    let mut start = 0;
    let mut out = Vec::with_capacity(batch.ends.len());
    for &end in &batch.ends {
        out.push(serde_json::from_str(&text[start..end]).ok()?);
        start = end;
    }
    Some(out)
}

/// A parsing thread: every job it is handed, parsed, until the reader hangs up. After a
/// failure it goes on taking jobs (the reader waits on a full queue) but parses no more.
/// Each batch's text goes back to the reader once parsed, to be filled again: the text in
/// flight is a few batches' worth, and the allocator is not left with the whole store's
/// worth of freed pieces.
fn work(jobs: &mpsc::Receiver<Job>, back: &mpsc::Sender<Batch>) -> Option<Vec<(usize, Parsed)>> {
    let mut done = Some(Vec::new());
    for job in jobs {
        let (parsed, batch) = match job {
            Job::Actions(n, batch) => (
                done.is_some()
                    .then(|| parse_batch(&batch).map(|a| (n, Parsed::Actions(a))))
                    .flatten(),
                batch,
            ),
            Job::Trips(n, batch) => (
                done.is_some()
                    .then(|| parse_batch(&batch).map(|t| (n, Parsed::Trips(t))))
                    .flatten(),
                batch,
            ),
        };
        let _ = back.send(batch);
        match (parsed, done.as_mut()) {
            (Some(p), Some(out)) => out.push(p),
            _ => done = None,
        }
    }
    done
}

/// The members of a plan other than its two long lists, as they are met (schema version
/// and title are required: [`Reader::read`] checks that they were met).
struct Others {
    seen: Vec<&'static str>,
    plan: Plan,
    checkin_weeks: Option<u8>,
}

impl Default for Others {
    fn default() -> Self {
        Self {
            seen: Vec::new(),
            plan: Plan::empty(""),
            checkin_weeks: None,
        }
    }
}

const KEYS: [&str; 10] = [
    "schema_version",
    "title",
    "mandate_start",
    "checkin_weeks",
    "horizons",
    "objectives",
    "actions",
    "delegations",
    "trips",
    "templates",
];

impl Others {
    fn take(&mut self, key: &str, value: &[u8]) -> Option<()> {
        fn read<T: DeserializeOwned>(value: &[u8]) -> Option<T> {
            serde_json::from_str(std::str::from_utf8(value).ok()?).ok()
        }
        let plan = &mut self.plan;
        match key {
            "schema_version" => plan.schema_version = read(value)?,
            "title" => plan.title = read(value)?,
            "mandate_start" => plan.mandate_start = read(value)?,
            "checkin_weeks" => self.checkin_weeks = read(value)?,
            "horizons" => plan.horizons = read(value)?,
            "objectives" => plan.objectives = read(value)?,
            "delegations" => plan.delegations = read(value)?,
            "templates" => plan.templates = read(value)?,
            _ => return None,
        }
        Some(())
    }
}

/// Reads the plan from `source`, or `None` when it is not laid out as jalons writes it or
/// any part of it does not read (the caller then reads it whole).
pub fn parse(source: impl Read) -> Option<Plan> {
    parse_in(source, CHUNK, BATCH)
}

fn parse_in(source: impl Read, chunk: usize, batch: usize) -> Option<Plan> {
    let (to_first, first) = mpsc::sync_channel::<Job>(1);
    let (to_second, second) = mpsc::sync_channel::<Job>(1);
    let (back, spare) = mpsc::channel::<Batch>();
    let back_too = back.clone();
    let (read, first, second) = std::thread::scope(|scope| {
        let first = scope.spawn(move || work(&first, &back));
        let second = scope.spawn(move || work(&second, &back_too));
        let read = Reader {
            window: Window::new(source, chunk),
            batch,
            to: [to_first, to_second],
            spare,
            jobs: 0,
        }
        .read();
        (
            read,
            first.join().ok().flatten(),
            second.join().ok().flatten(),
        )
    });
    let mut others = read?;
    let mut parsed: Vec<(usize, Parsed)> = first?;
    parsed.extend(second?);
    parsed.sort_unstable_by_key(|(n, _)| *n);
    let plan = &mut others.plan;
    let (mut actions, mut trips) = (0, 0);
    for (_, p) in &parsed {
        match p {
            Parsed::Actions(a) => actions += a.len(),
            Parsed::Trips(t) => trips += t.len(),
        }
    }
    plan.actions.reserve_exact(actions);
    plan.trips.reserve_exact(trips);
    for (_, p) in parsed {
        match p {
            Parsed::Actions(a) => plan.actions.extend(a),
            Parsed::Trips(t) => plan.trips.extend(t),
        }
    }
    let has = |key| others.seen.contains(&key);
    if !(has("schema_version") && has("title")) {
        return None;
    }
    others.plan.checkin_weeks = others.checkin_weeks.unwrap_or(DEFAULT_CHECKIN_WEEKS);
    Some(others.plan)
}

/// Reads the text, cuts it, parses the short members itself and hands the records of the
/// long lists to the two threads in turn.
struct Reader<R> {
    window: Window<R>,
    batch: usize,
    to: [mpsc::SyncSender<Job>; 2],
    /// Batches parsed, their text to be filled again.
    spare: mpsc::Receiver<Batch>,
    jobs: usize,
}

impl<R: Read> Reader<R> {
    fn read(mut self) -> Option<Others> {
        let mut others = Others::default();
        let (mut line, mark) = self.window.next_mark(0).ok()??;
        if mark != Mark::Member || trim(self.window.bytes(0..line)) != b"{" {
            return None;
        }
        loop {
            let key_start = line + 4;
            let key_end = self.window.find(b'"', key_start).ok()??;
            let key = std::str::from_utf8(self.window.bytes(key_start..key_end)).ok()?;
            let key = *KEYS.iter().find(|k| **k == key)?;
            if others.seen.contains(&key) {
                return None;
            }
            others.seen.push(key);
            let value_start = key_end + 3;
            if !self.window.fill(value_start).ok()?
                || self.window.bytes(key_end + 1..value_start) != b": "
            {
                return None;
            }
            let next = match key {
                "actions" => Some(self.list(value_start, Job::Actions)?),
                "trips" => Some(self.list(value_start, Job::Trips)?),
                _ => {
                    let (end, next) = self.value(value_start)?;
                    others.take(key, self.window.bytes(value_start..end))?;
                    next
                }
            };
            self.window.forget_before(next.unwrap_or(usize::MAX));
            match next {
                Some(next) => line = next,
                None => return Some(others),
            }
        }
    }

    /// Where the value that starts at `start` ends, and the next member's line: a value
    /// followed by a member ends in a comma, the last one in the plan's closing brace.
    fn value(&mut self, start: usize) -> Option<(usize, Option<usize>)> {
        let mut at = start;
        // The window holds the text up to the next member, or to the end.
        let next = loop {
            match self.window.next_mark(at).ok()? {
                Some((line, Mark::Member)) => break Some(line),
                Some((line, Mark::Record)) => at = line + 1,
                None => break None,
            }
        };
        let stop = next.unwrap_or_else(|| self.window.end());
        if stop < start {
            return None;
        }
        let trimmed = trim_end(self.window.bytes(start..stop));
        let closing = if next.is_some() { b',' } else { b'}' };
        (trimmed.last() == Some(&closing)).then_some((start + trimmed.len() - 1, next))
    }

    /// Reads a long list's records and hands them to the threads; returns the next member's
    /// line. Laid out as jalons writes it: `[`, each record after a line of four spaces
    /// (records separated by commas), a line of two spaces and `]`; or `[]`.
    fn list(&mut self, start: usize, job: fn(usize, Batch) -> Job) -> Option<usize> {
        const RECORD: usize = 5; // "\n    " before a record's brace
        const CLOSING: &[u8] = b"\n  ]";
        let mut batch = Batch::default();
        // The start of the record being read (after its line's spaces).
        let mut record: Option<usize> = None;
        let mut at = start;
        loop {
            let mark = self.window.next_mark(at).ok()?;
            match mark {
                Some((line, Mark::Record)) => {
                    match record {
                        None if line == start + 1 && self.window.bytes(start..line) == b"[" => {}
                        None => return None,
                        Some(begin) => {
                            batch.add(self.window.bytes(begin..line).strip_suffix(b",")?);
                            self.flush_if_full(&mut batch, job)?;
                            self.window.forget_before(line);
                        }
                    }
                    record = Some(line + RECORD);
                    at = line + 1;
                }
                Some((line, Mark::Member)) => {
                    match record {
                        None => {
                            let value = trim_end(self.window.bytes(start..line));
                            if value != b"[]," {
                                return None;
                            }
                        }
                        // The last record, then the list's closing line and a comma.
                        Some(begin) => batch.add(
                            trim_end(self.window.bytes(begin..line))
                                .strip_suffix(b",")?
                                .strip_suffix(CLOSING)?,
                        ),
                    }
                    self.send(&mut batch, job)?;
                    return Some(line);
                }
                // A list as the last member is not laid out as jalons writes a plan.
                None => return None,
            }
        }
    }

    fn flush_if_full(&mut self, batch: &mut Batch, job: fn(usize, Batch) -> Job) -> Option<()> {
        if batch.text.len() >= self.batch {
            self.send(batch, job)?;
        }
        Some(())
    }

    fn send(&mut self, batch: &mut Batch, job: fn(usize, Batch) -> Job) -> Option<()> {
        if batch.ends.is_empty() {
            return Some(());
        }
        let n = self.jobs;
        self.jobs += 1;
        let next = match self.spare.try_recv() {
            Ok(mut spare) => {
                spare.text.clear();
                spare.ends.clear();
                spare
            }
            Err(_) => Batch {
                text: Vec::with_capacity(self.batch + self.batch / 4),
                ends: Vec::new(),
            },
        };
        self.to[n % 2]
            .send(job(n, std::mem::replace(batch, next)))
            .ok()
    }
}

#[cfg(test)]
mod tests;
