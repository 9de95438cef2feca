//! Reading dates without chrono's general format parser, which is a tenth of the time spent
//! reading a large store: a store holds tens of thousands of dates, all `YYYY-MM-DD`. Any
//! other text goes to chrono, so the same dates are accepted with the same messages.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, Visitor};

/// A date as read from a store.
pub struct Day(pub NaiveDate);

/// `YYYY-MM-DD`, four, two and two ASCII digits, naming a day that exists.
fn iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

struct DayVisitor;

impl Visitor<'_> for DayVisitor {
    type Value = Day;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // chrono's words, so that a wrong value reads the same as before.
        f.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Day, E> {
        iso(text)
            .map_or_else(|| text.parse().map_err(E::custom), Ok)
            .map(Day)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DayVisitor)
    }
}

/// For `#[serde(deserialize_with)]` on a date.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    Day::deserialize(deserializer).map(|Day(date)| date)
}

/// For `#[serde(deserialize_with)]` on an optional date.
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Day>::deserialize(deserializer).map(|day| day.map(|Day(date)| date))
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    fn ours(json: &str) -> Result<NaiveDate, String> {
        serde_json::from_str::<Day>(json)
            .map(|Day(d)| d)
            .map_err(|e| e.to_string())
    }

    fn chrono(json: &str) -> Result<NaiveDate, String> {
        serde_json::from_str::<NaiveDate>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_what_chrono_reads_and_refuses_what_it_refuses() {
        for json in [
            r#""2014-05-16""#,
            r#""2016-02-29""#,
            r#""2015-02-29""#,
            r#""2014-13-01""#,
            r#""2014-00-10""#,
            r#""2014-5-6""#,
            r#""+2014-05-16""#,
            r#""20140516""#,
            r#""2014-05-1a""#,
            r#""2014/05/16""#,
            r#""0000-01-01""#,
            r#""9999-12-31""#,
            r#"" 2014-05-16""#,
            r#""""#,
            "12",
            "null",
            "[]",
        ] {
            assert_eq!(ours(json), chrono(json), "{json}");
        }
        assert_eq!(
            ours(r#""2014-05-16""#),
            Ok(NaiveDate::from_ymd_opt(2014, 5, 16).unwrap())
        );
        assert!(ours(r#""2015-02-29""#).is_err());
    }

    #[test]
    fn every_day_of_a_leap_and_a_common_year_reads_as_chrono_reads_it() {
        let mut day = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
        while day.year() < 2017 {
            let json = format!("\"{day}\"");
            assert_eq!(ours(&json), Ok(day));
            day = day.succ_opt().unwrap();
        }
    }
}
