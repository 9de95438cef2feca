//! Dates as an adviser types them in a form: ISO `2014-07-14`, French `14/07/2014`,
//! `14/7/2014`, `14/07/14` (two-digit years are 20xx), `14.07.2014`, `14/07` (the next
//! 14 July from today on), relative `+10` / `-3`
//! days or `+2s` / `+2w` weeks from today, `aujourd'hui` / `today`, `demain` / `tomorrow`;
//! and, for a checklist item, `J-30` / `D-30` days before departure.
//!
//! Both languages' forms are always accepted, whatever language the interface speaks: an
//! adviser who types `+2w` in the French interface means two weeks. Pure: `today` is given.

use std::ops::RangeInclusive;

use chrono::{Datelike, Days, NaiveDate};

use crate::domain::Due;
use crate::i18n::Catalogue;
use crate::sanitize;

/// The years a date may carry, as the store's validation requires (`domain::validate`).
pub const YEARS: RangeInclusive<i32> = 1950..=2150;
/// The furthest a checklist item may fall before departure, as the validation requires.
pub const MAX_DAYS_BEFORE: u32 = 3650;

/// Which forms the field accepts, so that an error lists exactly those.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forms {
    /// A day: [`parse_date`].
    Date,
    /// A day or a count of days before departure: [`parse_due`].
    Due,
}

/// Why what was typed is not a date. The input is kept as typed (trimmed) to be quoted back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but spaces.
    Empty(Forms),
    /// No accepted form: `14 juillet`, `14/07`, `+x`.
    Unrecognised { input: String, forms: Forms },
    /// The right shape, but no such day: `31/02/2014`, `14/13/2014`. `days_in_month` is the
    /// length of the month typed when the month exists.
    NoSuchDay {
        input: String,
        days_in_month: Option<u32>,
    },
    /// A year outside [`YEARS`] (`14/07/20014`), or `+N` landing outside.
    OutOfRange(String),
    /// `J-N` with N over [`MAX_DAYS_BEFORE`].
    TooLongBefore(u32),
}

impl DateError {
    /// What to tell the adviser, in the catalogue's language, naming the accepted forms.
    pub fn message(&self, text: &Catalogue) -> String {
        let forms = |f: &Forms| match f {
            Forms::Date => text.date_forms,
            Forms::Due => text.due_forms,
        };
        match self {
            Self::Empty(f) => (text.date_empty)(forms(f)),
            Self::Unrecognised { input, forms: f } => {
                (text.date_unrecognised)(&sanitize::inert(input), forms(f))
            }
            Self::NoSuchDay {
                input,
                days_in_month,
            } => (text.date_no_such_day)(&sanitize::inert(input), *days_in_month),
            Self::OutOfRange(input) => {
                (text.date_out_of_range)(&sanitize::inert(input), *YEARS.start(), *YEARS.end())
            }
            Self::TooLongBefore(days) => (text.due_too_long_before)(*days, MAX_DAYS_BEFORE),
        }
    }
}

impl std::fmt::Display for DateError {
    /// The English message, for logs and the command line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En.catalogue()))
    }
}

impl std::error::Error for DateError {}

/// A day typed in any accepted form (see the module's documentation), relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse(input.trim(), today, Forms::Date)
}

/// A checklist item's due: `J-30`, `j-30`, `D-30` (days before departure) or any form
/// [`parse_date`] accepts, as a fixed day.
pub fn parse_due(input: &str, today: NaiveDate) -> Result<Due, DateError> {
    let input = input.trim();
    if let Some(days) = days_before(input) {
        return match days {
            Count::Fits(n) if n <= MAX_DAYS_BEFORE => Ok(Due::DaysBefore(n)),
            Count::Fits(n) => Err(DateError::TooLongBefore(n)),
            Count::TooLarge => Err(DateError::OutOfRange(input.to_owned())),
        };
    }
    parse(input, today, Forms::Due).map(Due::On)
}

/// A number typed: small enough to compute with, or not.
enum Count<T> {
    Fits(T),
    TooLarge,
}

/// `J-30` → 30 days; `None` when the input is not of that form.
fn days_before(input: &str) -> Option<Count<u32>> {
    let rest = input.strip_prefix(['J', 'j', 'D', 'd'])?.trim_start();
    let digits = rest.strip_prefix(is_minus)?.trim_start();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().map_or(Count::TooLarge, Count::Fits))
}

/// A hyphen, the minus sign or an en dash (what a word processor or a French keyboard gives).
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{2212}' | '\u{2013}')
}

fn parse(input: &str, today: NaiveDate, forms: Forms) -> Result<NaiveDate, DateError> {
    if input.is_empty() {
        return Err(DateError::Empty(forms));
    }
    let unrecognised = || DateError::Unrecognised {
        input: input.to_owned(),
        forms,
    };
    let word = input.to_lowercase().replace('\u{2019}', "'");
    match word.as_str() {
        "aujourd'hui" | "today" => return Ok(today),
        "demain" | "tomorrow" => return shift(input, today, 1),
        _ => {}
    }
    let signed = match input.strip_prefix('+') {
        Some(rest) => Some((rest, 1)),
        None => input.strip_prefix(is_minus).map(|rest| (rest, -1)),
    };
    if let Some((rest, sign)) = signed {
        return match relative(rest).ok_or_else(unrecognised)? {
            Count::Fits(days) => shift(input, today, sign * days),
            Count::TooLarge => Err(out_of_range(input)),
        };
    }
    if let Some((day, month)) = day_and_month(input) {
        return next_day_and_month(input, today, day, month);
    }
    let (year, month, day) = numeric(input).ok_or_else(unrecognised)?;
    let Some(year) = year.filter(|y| YEARS.contains(y)) else {
        return Err(out_of_range(input));
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| DateError::NoSuchDay {
        input: input.to_owned(),
        days_in_month: days_in_month(year, month),
    })
}

fn out_of_range(input: &str) -> DateError {
    DateError::OutOfRange(input.to_owned())
}

/// `10`, `10j`, `10d` days, `2s`, `2w` weeks (after the sign) → the days; `None` when the
/// input is not of that form.
fn relative(rest: &str) -> Option<Count<i64>> {
    let rest = rest.trim();
    let split = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, unit) = rest.split_at(split);
    if digits.is_empty() {
        return None;
    }
    let per = match unit.trim() {
        "" | "j" | "J" | "d" | "D" => 1,
        "s" | "S" | "w" | "W" => 7,
        _ => return None,
    };
    // More than six digits of days is beyond any accepted year anyway.
    if digits.len() > 6 {
        return Some(Count::TooLarge);
    }
    Some(
        digits
            .parse::<i64>()
            .map_or(Count::TooLarge, |n| Count::Fits(n * per)),
    )
}

/// `today` moved by `days`, within [`YEARS`].
fn shift(input: &str, today: NaiveDate, days: i64) -> Result<NaiveDate, DateError> {
    let magnitude = Days::new(days.unsigned_abs());
    let day = if days >= 0 {
        today.checked_add_days(magnitude)
    } else {
        today.checked_sub_days(magnitude)
    };
    day.filter(|d| YEARS.contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| out_of_range(input))
}

/// `14/07` or `14.07`: a day and a month without a year, as an adviser writes a date in a
/// note; `None` for any other form.
fn day_and_month(input: &str) -> Option<(u32, u32)> {
    let sep = input.chars().find(|c| matches!(c, '/' | '.'))?;
    let parts: Vec<&str> = input.split(sep).collect();
    let [day, month] = parts[..] else { return None };
    [day, month]
        .iter()
        .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|x| x.is_ascii_digit()))
        .then(|| Some((day.parse().ok()?, month.parse().ok()?)))
        .flatten()
}

/// A day and month without a year is the next such day from `today` on: `14/07` typed on
/// 16 September 2014 is 14 July 2015, `14/01` typed in December is next January, and
/// today's own day and month is today. `29/02` waits for the next leap year.
fn next_day_and_month(
    input: &str,
    today: NaiveDate,
    day: u32,
    month: u32,
) -> Result<NaiveDate, DateError> {
    let this_year = today.year();
    // Eight years always hold a 29 February.
    (this_year..=this_year + 8)
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|d| *d >= today)
        .filter(|d| YEARS.contains(&d.year()))
        .ok_or_else(|| {
            let days_in_month = days_in_month(this_year, month);
            if days_in_month.is_some_and(|n| day >= 1 && day <= n.max(29)) {
                out_of_range(input)
            } else {
                DateError::NoSuchDay {
                    input: input.to_owned(),
                    days_in_month,
                }
            }
        })
}

/// Three numbers split by one separator (`-`, `/` or `.`, the same twice): year first when
/// it has four digits or more (ISO), else day, month, year. A two-digit year is 20xx. The
/// year is `None` when it has too many digits to hold (out of range anyway).
fn numeric(input: &str) -> Option<(Option<i32>, u32, u32)> {
    let sep = input.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = input.split(sep).collect();
    let [a, b, c] = parts[..] else { return None };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let small = |p: &str| (p.len() <= 2).then(|| p.parse::<u32>().ok()).flatten();
    let year = |p: &str| match p.len() {
        2 => p.parse::<i32>().ok().map(|y| Some(2000 + y)),
        n if n >= 4 => Some(p.trim_start_matches('0').parse::<i32>().ok()),
        _ => None,
    };
    if a.len() >= 4 {
        // ISO: a two-digit first part would be a day, so only four digits or more here.
        Some((year(a)?, small(b)?, small(c)?))
    } else {
        Some((year(c)?, small(b)?, small(a)?))
    }
}

/// The length of `month` in `year`, when there is such a month.
fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    u32::try_from((next - first).num_days()).ok()
}
