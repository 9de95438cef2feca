//! Stores jalons must refuse, shared by the library and command-line fault tests: each with
//! where its error must point (line, JSON path) and a word of what it must say.

use jalons::builtin::ROADMAP_JSON;

/// What lies at the store's path.
pub enum Content {
    Bytes(Vec<u8>),
    /// A folder where the file should be.
    Dir,
}

pub struct BadStore {
    pub name: &'static str,
    pub content: Content,
    /// The line the error must name, when it names one.
    pub line: Option<usize>,
    /// The JSON path the error must name, when there is one.
    pub json_path: Option<&'static str>,
    /// Words the message must contain.
    pub says: &'static str,
}

/// 1-based line of byte `offset` in `text`.
pub fn line_at(text: &[u8], offset: usize) -> usize {
    text[..offset].split(|&b| b == b'\n').count()
}

fn find(text: &str, needle: &str, from: usize) -> usize {
    from + text[from..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the roadmap"))
}

/// The id of the fourth action of the built-in roadmap, found in its text.
fn fourth_action_id() -> String {
    jalons::builtin::roadmap().actions[3].id.clone()
}

/// The built-in roadmap with the first `old` after the record `anchor_id` replaced by `new`;
/// returns the text and the line of the replacement.
fn edit_after(anchor_id: &str, old: &str, new: &str) -> (Vec<u8>, usize) {
    let text = ROADMAP_JSON;
    let anchor = find(text, &format!("\"id\": \"{anchor_id}\""), 0);
    let at = find(text, old, anchor);
    let edited = format!("{}{new}{}", &text[..at], &text[at + old.len()..]);
    let line = line_at(edited.as_bytes(), at);
    (edited.into_bytes(), line)
}

fn bytes_store(
    name: &'static str,
    (bytes, line): (Vec<u8>, usize),
    json_path: Option<&'static str>,
    says: &'static str,
) -> BadStore {
    BadStore {
        name,
        content: Content::Bytes(bytes),
        line: Some(line),
        json_path,
        says,
    }
}

#[allow(clippy::too_many_lines)] // a table
pub fn all() -> Vec<BadStore> {
    let a3 = fourth_action_id();
    let a2 = jalons::builtin::roadmap().actions[2].id.clone();
    let half = &ROADMAP_JSON.as_bytes()[..ROADMAP_JSON.len() / 2];
    let mut utf8 = ROADMAP_JSON.as_bytes().to_vec();
    let mid = find(ROADMAP_JSON, "\"id\": \"", ROADMAP_JSON.len() / 2) + 9;
    utf8.insert(mid, 0xff);
    vec![
        BadStore {
            name: "empty",
            content: Content::Bytes(Vec::new()),
            line: None,
            json_path: None,
            says: "empty",
        },
        BadStore {
            name: "whitespace",
            content: Content::Bytes(b" \n\t \r\n  ".to_vec()),
            line: None,
            json_path: None,
            says: "empty",
        },
        bytes_store(
            "truncated",
            (half.to_vec(), line_at(half, half.len())),
            None,
            "EOF",
        ),
        bytes_store(
            "not json",
            (b"Feuille de route\n".to_vec(), 1),
            None,
            "expected",
        ),
        bytes_store(
            "invalid utf-8",
            (utf8, line_at(ROADMAP_JSON.as_bytes(), mid)),
            None,
            "UTF-8",
        ),
        bytes_store(
            "wrong type",
            edit_after(&a3, "\"due\": \"2014-12-21\"", "\"due\": 12"),
            Some("actions[3].due"),
            "invalid type",
        ),
        bytes_store(
            "unknown field",
            edit_after(
                &a3,
                "\"title\":",
                "\"couleur\": \"rouge\",\n      \"title\":",
            ),
            Some("actions[3]"),
            "unknown field",
        ),
        bytes_store(
            "escape in a field name",
            edit_after(
                &a3,
                "\"title\":",
                "\"\\u001b[31mrouge\\u0007\": 1,\n      \"title\":",
            ),
            Some("actions[3]"),
            "unknown field",
        ),
        bytes_store(
            "escape in a value",
            edit_after(
                &a3,
                "\"state\": \"todo\"",
                "\"state\": \"\\u001b]52;c;Zm9v\\u0007\"",
            ),
            Some("actions[3].status"),
            "unknown variant",
        ),
        BadStore {
            name: "newer schema",
            content: Content::Bytes(
                ROADMAP_JSON
                    .replacen("\"schema_version\": 3", "\"schema_version\": 4", 1)
                    .into_bytes(),
            ),
            line: None,
            json_path: None,
            says: "newer",
        },
        BadStore {
            name: "newer schema with a new field",
            content: Content::Bytes(
                ROADMAP_JSON
                    .replacen(
                        "\"schema_version\": 3,",
                        "\"schema_version\": 4,\n  \"jalons_futur\": {\"x\": 1},",
                        1,
                    )
                    .into_bytes(),
            ),
            line: None,
            json_path: None,
            says: "newer",
        },
        BadStore {
            name: "directory",
            content: Content::Dir,
            line: None,
            json_path: None,
            says: "directory",
        },
        bytes_store(
            "duplicate id",
            edit_after(
                &a3,
                &format!("\"id\": \"{a3}\""),
                &format!("\"id\": \"{a2}\""),
            ),
            Some("actions[3].id"),
            "duplicate id",
        ),
        bytes_store(
            "dangling owner",
            {
                let (bytes, _) = edit_after(&a3, "\"owner\": \"", "\"owner\": \"d-personne");
                let text = String::from_utf8(bytes).unwrap();
                // The error points at the record: the line of its id.
                let at = find(&text, &format!("\"id\": \"{a3}\""), 0) + 6;
                let line = line_at(text.as_bytes(), at);
                (text.into_bytes(), line)
            },
            Some("actions[3].owner"),
            "no delegation",
        ),
        bytes_store(
            "check-in threshold out of range",
            edit_after_top("\"checkin_weeks\": 4", "\"checkin_weeks\": 0"),
            Some("checkin_weeks"),
            "outside 1–26",
        ),
        bytes_store(
            "unknown health",
            edit_after(
                &a3,
                "\"title\":",
                "\"checkins\": [{\"id\": \"c-1\", \"on\": \"2014-09-01\", \"health\": \"green\"}],\n      \"title\":",
            ),
            Some("actions[3].checkins[0].health"),
            "unknown variant",
        ),
        bytes_store(
            "duplicate check-in id",
            {
                let checkins = "\"checkins\": [\n        {\"id\": \"c-1\", \"on\": \"2014-09-01\", \"health\": \"on-track\"},\n        {\"id\": \"c-1\", \"on\": \"2014-09-02\", \"health\": \"at-risk\"}\n      ],\n      \"title\":";
                let (bytes, line) = edit_after(&a3, "\"title\":", checkins);
                // The second check-in, a line below the first.
                (bytes, line + 2)
            },
            Some("actions[3].checkins[1].id"),
            "duplicate check-in id",
        ),
    ]
}

/// The built-in roadmap with the first `old` replaced by `new`, and the line of it.
fn edit_after_top(old: &str, new: &str) -> (Vec<u8>, usize) {
    let text = ROADMAP_JSON;
    let at = find(text, old, 0);
    let edited = format!("{}{new}{}", &text[..at], &text[at + old.len()..]);
    let line = line_at(edited.as_bytes(), at);
    (edited.into_bytes(), line)
}
