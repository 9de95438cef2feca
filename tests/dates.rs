//! Dates as advisers type them: every accepted form, every refusal with its message in
//! French and in English, leap years, the 1950–2150 bounds.

use chrono::NaiveDate;
use jalons::dates::{DateError, Forms, parse_date, parse_due};
use jalons::domain::Due;
use jalons::i18n::Lang;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// A Wednesday.
fn today() -> NaiveDate {
    day(2014, 5, 21)
}

fn date(input: &str) -> Result<NaiveDate, DateError> {
    parse_date(input, today())
}

fn messages(error: &DateError) -> (String, String) {
    (
        error.message(Lang::Fr.catalogue()),
        error.message(Lang::En.catalogue()),
    )
}

#[test]
fn iso_and_french_forms_give_the_day() {
    for input in [
        "2014-07-14",
        "14/07/2014",
        "14/7/2014",
        "14/07/14",
        "14.07.2014",
        "14.7.14",
        "14-07-2014",
        "2014-7-14",
        "  14/07/2014 ",
        "\t2014-07-14\n",
    ] {
        assert_eq!(date(input), Ok(day(2014, 7, 14)), "{input:?}");
    }
    assert_eq!(date("1/1/2015"), Ok(day(2015, 1, 1)));
    assert_eq!(
        date("05/04/14"),
        Ok(day(2014, 4, 5)),
        "day first, the French way"
    );
}

#[test]
fn two_digit_years_are_this_century() {
    assert_eq!(date("01/01/00"), Ok(day(2000, 1, 1)));
    assert_eq!(date("31/12/99"), Ok(day(2099, 12, 31)));
    assert_eq!(date("15/03/20"), Ok(day(2020, 3, 15)));
}

#[test]
fn relative_days_and_weeks_count_from_today() {
    assert_eq!(date("+10"), Ok(day(2014, 5, 31)));
    assert_eq!(date("+11"), Ok(day(2014, 6, 1)));
    assert_eq!(date("-3"), Ok(day(2014, 5, 18)));
    assert_eq!(date("+0"), Ok(today()));
    assert_eq!(date("+2s"), Ok(day(2014, 6, 4)));
    assert_eq!(date("+2w"), Ok(day(2014, 6, 4)));
    assert_eq!(date("+2S"), Ok(day(2014, 6, 4)));
    assert_eq!(date("-1w"), Ok(day(2014, 5, 14)));
    assert_eq!(date("+3j"), Ok(day(2014, 5, 24)));
    assert_eq!(date("+3d"), Ok(day(2014, 5, 24)));
    assert_eq!(date(" + 10 "), Ok(day(2014, 5, 31)));
    assert_eq!(
        date("\u{2212}3"),
        Ok(day(2014, 5, 18)),
        "a typographic minus"
    );
    assert_eq!(date("+365"), Ok(day(2015, 5, 21)));
}

#[test]
fn words_for_today_and_tomorrow_in_both_languages() {
    for input in [
        "aujourd'hui",
        "Aujourd'hui",
        "AUJOURD\u{2019}HUI",
        "today",
        "Today",
    ] {
        assert_eq!(date(input), Ok(today()), "{input}");
    }
    for input in ["demain", "Demain", "tomorrow", "TOMORROW"] {
        assert_eq!(date(input), Ok(day(2014, 5, 22)), "{input}");
    }
}

#[test]
fn leap_years_have_a_29_february_and_others_do_not() {
    assert_eq!(date("29/02/2016"), Ok(day(2016, 2, 29)));
    assert_eq!(date("2000-02-29"), Ok(day(2000, 2, 29)), "divisible by 400");
    assert_eq!(date("29/02/16"), Ok(day(2016, 2, 29)));
    for (input, days) in [("29/02/2014", 28), ("29/02/2100", 28), ("2015-02-29", 28)] {
        let error = date(input).expect_err(input);
        assert_eq!(
            error,
            DateError::NoSuchDay {
                input: input.into(),
                days_in_month: Some(days)
            }
        );
    }
    assert_eq!(
        date("2016-02-28").map(|d| d.succ_opt()),
        Ok(Some(day(2016, 2, 29)))
    );
}

#[test]
fn a_day_that_does_not_exist_is_named_in_both_languages() {
    let error = date("31/02/2014").expect_err("no 31 February");
    assert_eq!(
        messages(&error),
        (
            "31/02/2014 n'existe pas\u{a0}: ce mois a 28\u{a0}jours".into(),
            "31/02/2014 does not exist: that month has 28 days".into()
        )
    );
    let error = date("31/04/2014").expect_err("April has 30 days");
    assert!(messages(&error).0.contains("30\u{a0}jours"));
    let error = date("14/13/2014").expect_err("no month 13");
    assert_eq!(
        messages(&error),
        (
            "14/13/2014 n'existe pas\u{a0}: les mois vont de 1 à 12".into(),
            "14/13/2014 does not exist: months go from 1 to 12".into()
        )
    );
    for input in ["00/07/2014", "32/07/2014", "2014-00-10", "2014-07-00"] {
        assert!(
            matches!(date(input), Err(DateError::NoSuchDay { .. })),
            "{input}"
        );
    }
}

#[test]
fn years_outside_1950_to_2150_are_refused_with_the_bounds() {
    assert_eq!(date("01/01/1950"), Ok(day(1950, 1, 1)));
    assert_eq!(date("2150-12-31"), Ok(day(2150, 12, 31)));
    for input in [
        "31/12/1949",
        "2151-01-01",
        "14/07/20014",
        "14/07/0000",
        "1914-08-03",
    ] {
        assert_eq!(
            date(input),
            Err(DateError::OutOfRange(input.into())),
            "{input}"
        );
    }
    let error = date("14/07/20014").expect_err("a typo");
    assert_eq!(
        messages(&error),
        (
            "14/07/20014\u{a0}: l'année doit être comprise entre 1950 et 2150".into(),
            "14/07/20014: the year must be between 1950 and 2150".into()
        )
    );
    // Counting from today, too.
    let last = parse_date("+1", day(2150, 12, 31));
    assert_eq!(last, Err(DateError::OutOfRange("+1".into())));
    assert_eq!(
        parse_date("-1", day(1950, 1, 1)),
        Err(DateError::OutOfRange("-1".into()))
    );
    assert_eq!(
        date("+99999999999"),
        Err(DateError::OutOfRange("+99999999999".into()))
    );
    assert_eq!(
        date("+999999s"),
        Err(DateError::OutOfRange("+999999s".into()))
    );
}

#[test]
fn nothing_typed_says_which_forms_are_accepted() {
    for input in ["", "   ", "\t"] {
        assert_eq!(date(input), Err(DateError::Empty(Forms::Date)));
    }
    let (fr, en) = messages(&DateError::Empty(Forms::Date));
    assert_eq!(
        fr,
        "Aucune date saisie — formats acceptés\u{a0}: \
         2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2s, aujourd'hui, demain"
    );
    assert_eq!(
        en,
        "No date typed — accepted forms: \
         2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2w, today, tomorrow"
    );
}

#[test]
fn unrecognised_input_is_quoted_back_with_the_accepted_forms() {
    for input in [
        "14 juillet",
        "14/07/2014/1",
        "14/07.2014",
        "14/07/214",
        "2014/07/140",
        "+",
        "+x",
        "+10m",
        "10",
        "J-30",
        "hier",
        "14//2014",
        "１４/07/2014",
    ] {
        assert_eq!(
            date(input),
            Err(DateError::Unrecognised {
                input: input.into(),
                forms: Forms::Date
            }),
            "{input:?}"
        );
    }
    let error = date("14 juillet").expect_err("words");
    assert_eq!(
        messages(&error),
        (
            "«\u{a0}14 juillet\u{a0}» n'est pas une date — formats acceptés\u{a0}: \
             2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2s, aujourd'hui, demain"
                .into(),
            "“14 juillet” is not a date — accepted forms: \
             2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2w, today, tomorrow"
                .into()
        )
    );
}

#[test]
fn a_message_never_carries_a_control_character_back() {
    let error = date("14\u{1b}[2J/07").expect_err("not a date");
    let (fr, en) = messages(&error);
    assert!(!fr.chars().any(char::is_control), "{fr:?}");
    assert!(!en.chars().any(char::is_control), "{en:?}");
}

#[test]
fn a_checklist_item_is_due_days_before_departure_or_on_a_day() {
    let due = |input| parse_due(input, today());
    for input in [
        "J-30",
        "j-30",
        "D-30",
        "d-30",
        " J-30 ",
        "J - 30",
        "J\u{2212}30",
    ] {
        assert_eq!(due(input), Ok(Due::DaysBefore(30)), "{input:?}");
    }
    assert_eq!(due("J-0"), Ok(Due::DaysBefore(0)));
    assert_eq!(due("J-3650"), Ok(Due::DaysBefore(3650)));
    assert_eq!(due("14/07/2014"), Ok(Due::On(day(2014, 7, 14))));
    assert_eq!(due("2014-07-14"), Ok(Due::On(day(2014, 7, 14))));
    assert_eq!(due("+10"), Ok(Due::On(day(2014, 5, 31))));
    assert_eq!(due("demain"), Ok(Due::On(day(2014, 5, 22))));
}

#[test]
fn a_checklist_item_refusal_also_offers_the_countdown_form() {
    let due = |input| parse_due(input, today());
    assert_eq!(due(""), Err(DateError::Empty(Forms::Due)));
    for input in ["J-", "J+3", "J-x", "J30", "K-30", "J-3-0"] {
        assert_eq!(
            due(input),
            Err(DateError::Unrecognised {
                input: input.into(),
                forms: Forms::Due
            }),
            "{input:?}"
        );
    }
    let (fr, en) = messages(&due("J+3").expect_err("after departure"));
    assert_eq!(
        fr,
        "«\u{a0}J+3\u{a0}» n'est pas une date — formats acceptés\u{a0}: \
         2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2s, aujourd'hui, demain, J-30"
    );
    assert_eq!(
        en,
        "“J+3” is not a date — accepted forms: \
         2014-07-14, 14/07/2014, 14/07/14, +10, -3, +2w, today, tomorrow, D-30"
    );
    assert!(matches!(
        due("31/02/2014"),
        Err(DateError::NoSuchDay { .. })
    ));
}

#[test]
fn a_countdown_beyond_ten_years_is_refused() {
    let error = parse_due("J-3651", today()).expect_err("too far");
    assert_eq!(error, DateError::TooLongBefore(3651));
    assert_eq!(
        messages(&error),
        (
            "J-3651\u{a0}: au plus J-3650, soit dix ans avant le départ".into(),
            "D-3651: at most D-3650, ten years before departure".into()
        )
    );
    let huge = parse_due("J-99999999999", today());
    assert_eq!(huge, Err(DateError::OutOfRange("J-99999999999".into())));
}

#[test]
fn the_error_displays_in_english_for_logs() {
    let error = date("31/02/2014").expect_err("no such day");
    assert_eq!(
        error.to_string(),
        "31/02/2014 does not exist: that month has 28 days"
    );
}

#[test]
fn a_day_and_month_alone_fall_in_this_year() {
    let today = chrono::NaiveDate::from_ymd_opt(2014, 5, 16).expect("a date");
    let day = jalons::dates::parse_date("14/07", today).expect("accepted");
    assert_eq!(
        day,
        chrono::NaiveDate::from_ymd_opt(2014, 7, 14).expect("a date")
    );
    assert_eq!(
        jalons::dates::parse_date("1.9", today).ok(),
        chrono::NaiveDate::from_ymd_opt(2014, 9, 1)
    );
    assert!(jalons::dates::parse_date("31/02", today).is_err());
}

/// A day and month without a year is the next such day from today on.
#[rstest::rstest]
#[case::already_past_this_year("14/07", day(2014, 9, 16), day(2015, 7, 14))]
#[case::still_ahead_this_year("14/07", day(2014, 5, 16), day(2014, 7, 14))]
#[case::today_is_today("16/09", day(2014, 9, 16), day(2014, 9, 16))]
#[case::yesterday_is_next_year("15/09", day(2014, 9, 16), day(2015, 9, 15))]
#[case::january_typed_in_december("14/01", day(2014, 12, 20), day(2015, 1, 14))]
#[case::new_year_eve_typed_on_new_year("31.12", day(2015, 1, 1), day(2015, 12, 31))]
#[case::new_year_typed_on_new_year_eve("1/1", day(2014, 12, 31), day(2015, 1, 1))]
#[case::leap_day_waits_for_a_leap_year("29/02", day(2014, 9, 16), day(2016, 2, 29))]
fn a_day_and_month_is_the_next_one(
    #[case] input: &str,
    #[case] today: NaiveDate,
    #[case] expected: NaiveDate,
) {
    assert_eq!(parse_date(input, today), Ok(expected), "{input} on {today}");
    assert_eq!(parse_due(input, today), Ok(Due::On(expected)), "{input}");
}

#[test]
fn a_day_and_month_that_never_exists_is_refused() {
    for input in ["30/02", "31/04", "32/01", "14/13"] {
        assert!(
            matches!(
                parse_date(input, day(2014, 9, 16)),
                Err(DateError::NoSuchDay { .. })
            ),
            "{input}"
        );
    }
}
