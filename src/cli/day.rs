//! Days on the command line, in the forms a form's date field takes (`2014-09-16`,
//! `16/09/2014`, `+10`, `aujourd'hui`…: see `crate::dates`).

use chrono::NaiveDate;

use crate::dates::{self, DateError};
use crate::i18n::Lang;

/// A day as typed after `--since` or `--due-before`. It is kept as typed: `+10` counts from
/// `--today`, which is only known once every option is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayArg(String);

impl DayArg {
    /// The day, `today` being the day `--today` gives.
    pub fn resolve(&self, today: NaiveDate) -> Result<NaiveDate, DateError> {
        dates::parse_date(&self.0, today)
    }

    /// As typed, for messages.
    pub fn as_typed(&self) -> &str {
        &self.0
    }
}

/// The system's date: what `--today` itself counts from.
fn system_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// `--today`'s reader: any form, relative ones counting from the system's date; what is wrong
/// said in `lang`.
pub fn today_parser(lang: Lang) -> impl Fn(&str) -> Result<NaiveDate, String> + Clone {
    move |value: &str| {
        dates::parse_date(value, system_today()).map_err(|e| e.message(lang.catalogue()))
    }
}

/// `--since` and `--due-before`'s reader: refuses at once what is no day in any case (so that
/// clap says it with the usage line), and keeps the text for [`DayArg::resolve`].
pub fn day_parser(lang: Lang) -> impl Fn(&str) -> Result<DayArg, String> + Clone {
    move |value: &str| {
        dates::parse_date(value, system_today())
            .map(|_| DayArg(value.to_owned()))
            .map_err(|e| e.message(lang.catalogue()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn a_relative_day_counts_from_the_today_given_later() {
        let since = day_parser(Lang::Fr)("+10").expect("a day");
        assert_eq!(since.resolve(day(2014, 9, 16)), Ok(day(2014, 9, 26)));
        let french = day_parser(Lang::Fr)("16/09/2014").expect("a day");
        assert_eq!(french.resolve(day(2000, 1, 1)), Ok(day(2014, 9, 16)));
        let word = day_parser(Lang::En)("aujourd'hui").expect("a day");
        assert_eq!(word.resolve(day(2014, 9, 16)), Ok(day(2014, 9, 16)));
    }

    #[test]
    fn what_is_no_day_is_said_in_the_language() {
        let e = day_parser(Lang::Fr)("2014-99-01").expect_err("no month 99");
        assert!(e.contains("les mois vont de 1 à 12"), "{e}");
        let e = today_parser(Lang::En)("someday").expect_err("no form");
        assert!(e.contains("is not a date"), "{e}");
    }
}
