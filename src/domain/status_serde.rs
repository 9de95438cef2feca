//! Reading a status without buffering: serde's internally tagged enums collect every
//! object into an intermediate value before choosing the variant, which at 10,000 actions
//! costs more than the rest of an action. This reads `{"state": …, "on": …}` in one pass,
//! with the same messages for the same mistakes.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::date_serde::Day;
use super::model::Status;

/// The state, read as an enum so that a wrong one is reported where it stands.
#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum State {
    Todo,
    InProgress,
    Blocked,
    Done,
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a status: {\"state\": \"todo\" | \"in_progress\" | \"blocked\" | \"done\", \"on\": date}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Status, A::Error> {
        let mut state: Option<State> = None;
        let mut on: Option<NaiveDate> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "state" if state.is_none() => state = Some(map.next_value()?),
                "on" if on.is_none() => on = Some(map.next_value::<Day>()?.0),
                "state" | "on" => {
                    return Err(de::Error::custom(format!("duplicate field `{key}`")));
                }
                other => return Err(de::Error::unknown_field(other, &["state", "on"])),
            }
        }
        let state = state.ok_or_else(|| de::Error::missing_field("state"))?;
        let status = match state {
            State::Todo => Status::Todo,
            State::InProgress => Status::InProgress,
            State::Blocked => Status::Blocked,
            State::Done => Status::Done {
                on: on.ok_or_else(|| de::Error::missing_field("on"))?,
            },
        };
        if on.is_some() && !status.is_done() {
            return Err(de::Error::unknown_field("on", &["state"]));
        }
        Ok(status)
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
    deserializer.deserialize_map(StatusVisitor)
}

#[cfg(test)]
mod tests {
    use super::super::model::Status;

    fn read(json: &str) -> Result<Status, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_status_and_refuses_what_is_not_one() {
        assert_eq!(read(r#"{"state":"todo"}"#), Ok(Status::Todo));
        assert_eq!(read(r#"{"state":"blocked"}"#), Ok(Status::Blocked));
        let on = chrono::NaiveDate::from_ymd_opt(2014, 5, 16).expect("a date");
        assert_eq!(
            read(r#"{"on":"2014-05-16","state":"done"}"#),
            Ok(Status::Done { on })
        );
        assert!(
            read(r#"{"state":"done"}"#)
                .unwrap_err()
                .contains("missing field `on`")
        );
        assert!(
            read(r#"{"state":"fini"}"#)
                .unwrap_err()
                .contains("unknown variant `fini`")
        );
        assert!(read(r#"{"state":"todo","on":"2014-05-16"}"#).is_err());
        assert!(
            read(r#"{"state":"todo","x":1}"#)
                .unwrap_err()
                .contains("unknown field `x`")
        );
        assert!(read(r"{}").unwrap_err().contains("missing field `state`"));
        assert!(read(r#""todo""#).is_err());
        for status in [
            Status::Todo,
            Status::InProgress,
            Status::Blocked,
            Status::Done { on },
        ] {
            let json = serde_json::to_string(&status).expect("serialises");
            assert_eq!(read(&json), Ok(status), "{json}");
        }
    }
}
