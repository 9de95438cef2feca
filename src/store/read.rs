//! Reading a store: every way a file can fail to be one is a distinct, positioned error.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::error::{Position, StoreError};
use crate::domain::{OLDEST_SCHEMA, Plan, SCHEMA_VERSION, is_sorted, validate};

/// Parses and validates the text of a store. `path` only names the file in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Plan, StoreError> {
    parse_then(path, bytes, |_| ()).map(|(plan, ())| plan)
}

/// [`parse`], running `also` on the parsed plan on one core while it is validated on the
/// other (the interface builds its index there); `also`'s result is dropped if the plan is
/// refused.
pub fn parse_then<R: Send>(
    path: &Path,
    bytes: &[u8],
    also: impl FnOnce(&Plan) -> R + Send,
) -> Result<(Plan, R), StoreError> {
    let path_buf = || path.to_path_buf();
    let text = std::str::from_utf8(bytes).map_err(|e| StoreError::NotUtf8 {
        path: path_buf(),
        at: position_of(bytes, e.valid_up_to()),
    })?;
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path_buf() });
    }
    // Tracking the JSON path of every value doubles the cost of reading a large store, and the
    // path only matters for a message: read plainly, and again with the path only on failure.
    let plan = match super::parallel::parse(text) {
        Ok(plan) => plan,
        Err(plain) => return Err(syntax_error(path, text, plain)),
    };
    checked_then(path, plan, || text.to_owned(), also)
}

/// Reads and validates the store at `path`, keeping a handle on the version read (the
/// merge's base), with [`parse_then`]'s `also`. A store laid out as jalons writes it is read
/// a piece at a time, never whole ([`super::streamed`]); any other, or one with a problem, is
/// read whole, which names the problem's position.
pub fn open_then<R: Send>(
    path: &Path,
    also: impl FnOnce(&Plan) -> R + Send,
) -> Result<(super::base::Base, Plan, R), StoreError> {
    let io = |cause| StoreError::Io {
        path: path.to_path_buf(),
        cause,
    };
    refuse_folder(path)?;
    let base = super::base::Base::open(path).map_err(io)?;
    let (plan, extra) = match super::streamed::parse(base.reader()) {
        Some(plan) => checked_then(
            path,
            plan,
            || String::from_utf8_lossy(&base.text().unwrap_or_default()).into_owned(),
            also,
        )?,
        None => parse_then(path, &base.text().map_err(io)?, also)?,
    };
    Ok((base, plan, extra))
}

/// The checks and the migration of a plan just read, then `also` on it while it is
/// validated; `text` gives the store's text, wanted only to place a problem in it.
fn checked_then<R: Send>(
    path: &Path,
    plan: Plan,
    text: impl FnOnce() -> String,
    also: impl FnOnce(&Plan) -> R + Send,
) -> Result<(Plan, R), StoreError> {
    let path_buf = || path.to_path_buf();
    let mut plan = plan;
    if u64::from(plan.schema_version) > u64::from(SCHEMA_VERSION) {
        return Err(newer(path, u64::from(plan.schema_version)));
    }
    if (OLDEST_SCHEMA..SCHEMA_VERSION).contains(&plan.schema_version) {
        // Version 1 is version 2 without starts and sources, and version 2 is version 3
        // without check-ins and their threshold (read as the default): nothing to convert but
        // the number, which the next save writes.
        plan.schema_version = SCHEMA_VERSION;
    }
    sort_checkins(&mut plan);
    let (problems, extra) = std::thread::scope(|scope| {
        let checking = scope.spawn(|| validate(&plan));
        let extra = also(&plan);
        (checking.join().expect("validation does not panic"), extra)
    });
    if problems.is_empty() {
        Ok((plan, extra))
    } else {
        let text = text();
        let text = text.as_str();
        // Which record carrying an id a problem is about, when several carry it: the n-th
        // problem on a duplicate id is about its (n+1)-th record (the first one is fine); the
        // n-th on an empty id, about its n-th record. Records are in the order validation and
        // the file list them.
        let mut nth: HashMap<String, usize> = HashMap::new();
        let problems = problems
            .into_iter()
            .map(|p| {
                let (line, column) = p.id.as_deref().map_or_else(
                    || line_of_key(text, &p.path),
                    |id| {
                        let skip = if p.path.ends_with("].id") {
                            let n = nth
                                .entry(id.to_owned())
                                .or_insert(usize::from(!id.trim().is_empty()));
                            *n += 1;
                            *n - 1
                        } else {
                            0
                        };
                        line_of_id(text, id, skip)
                    },
                );
                let at = Position {
                    line,
                    column,
                    path: p.path,
                };
                (at, p.message)
            })
            .collect::<Vec<_>>();
        let mut problems = problems;
        problems.sort_by_key(|(at, _)| (at.line, at.column));
        Err(StoreError::Invalid {
            path: path_buf(),
            problems,
        })
    }
}

/// Check-ins in the order jalons keeps them (day, then ID), whatever order a hand edit left:
/// the next save writes them so, and equal sets are equal bytes.
fn sort_checkins(plan: &mut Plan) {
    let lists = plan
        .actions
        .iter_mut()
        .map(|a| &mut a.checkins)
        .chain(plan.objectives.iter_mut().map(|o| &mut o.checkins));
    for list in lists.filter(|l| !is_sorted(l)) {
        list.sort_by(|a, b| a.key().cmp(&b.key()));
    }
}

/// Why `text`, which failed to read as a plan with `plain`, is not one: read again, this
/// time tracking the JSON path of the offending value.
fn syntax_error(path: &Path, text: &str, plain: serde_json::Error) -> StoreError {
    let mut de = serde_json::Deserializer::from_str(text);
    let typed: Result<Plan, _> = serde_path_to_error::deserialize(&mut de);
    let (inner, json_path) = match typed {
        // Trailing garbage after the plan (half of a second copy, say) is no store either.
        Ok(_) => (de.end().err().unwrap_or(plain), String::new()),
        Err(err) => {
            // A newer jalons may have written fields this one does not know: say so rather
            // than blaming the field.
            if let Some(found) = newer_version(text) {
                return newer(path, found);
            }
            let json_path = err.path().to_string();
            let json_path = if json_path == "." {
                String::new()
            } else {
                json_path
            };
            (err.into_inner(), json_path)
        }
    };
    StoreError::Syntax {
        path: path.to_path_buf(),
        at: Position {
            line: inner.line(),
            column: inner.column(),
            path: json_path,
        },
        message: strip_position(&inner.to_string()),
    }
}

fn refuse_folder(path: &Path) -> Result<(), StoreError> {
    let meta = fs::metadata(path).map_err(|cause| StoreError::Io {
        path: path.to_path_buf(),
        cause,
    })?;
    if meta.is_dir() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// The file's text, read through a handle that keeps that version (the merge's base),
/// refusing a folder.
pub fn version(path: &Path) -> Result<super::base::Version, StoreError> {
    refuse_folder(path)?;
    super::base::Base::read(path).map_err(|cause| StoreError::Io {
        path: path.to_path_buf(),
        cause,
    })
}

fn newer(path: &Path, found: u64) -> StoreError {
    StoreError::NewerSchema {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA_VERSION,
    }
}

fn newer_version(text: &str) -> Option<u64> {
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u64>,
    }
    let v: Version = serde_json::from_str(text).ok()?;
    v.schema_version.filter(|&v| v > u64::from(SCHEMA_VERSION))
}

/// `serde_json` appends " at line L column C" to its messages; the position is reported apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn position_of(bytes: &[u8], offset: usize) -> Position {
    let before = &bytes[..offset];
    #[allow(clippy::naive_bytecount)] // only on the error path
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Position {
        line,
        column,
        path: String::new(),
    }
}

/// Line and column of the plan's own member `key` (`"title": …`), met at the top level of the
/// file; `(0, 0)` when it is not there. Only on the error path: a scan of the whole text.
fn line_of_key(text: &str, key: &str) -> (usize, usize) {
    let quoted = format!("\"{key}\"");
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (at, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let after = text[at..].strip_prefix(&quoted).map(str::trim_start);
                if depth == 1 && after.is_some_and(|rest| rest.starts_with(':')) {
                    let p = position_of(bytes, at);
                    return (p.line, p.column);
                }
                in_string = true;
            }
            _ => {}
        }
    }
    (0, 0)
}

/// Line and column of the record with that id, found by its `"id": "…"` member; `skip`
/// records carrying the same id are passed over first.
fn line_of_id(text: &str, id: &str, mut skip: usize) -> (usize, usize) {
    let Ok(quoted) = serde_json::to_string(id) else {
        return (0, 0);
    };
    let mut from = 0;
    while let Some(found) = text[from..].find(&quoted) {
        let at = from + found;
        let before = text[..at].trim_end();
        if let Some(key) = before.strip_suffix(':')
            && key.trim_end().ends_with("\"id\"")
        {
            if skip == 0 {
                let p = position_of(text.as_bytes(), at);
                return (p.line, p.column);
            }
            skip -= 1;
        }
        from = at + quoted.len();
    }
    (0, 0)
}
