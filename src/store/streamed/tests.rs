use super::*;
use crate::{builtin, generate, store::to_bytes};

fn canonical(plan: &Plan) -> String {
    String::from_utf8(to_bytes(plan)).expect("UTF-8")
}

fn general(text: &str) -> Option<Plan> {
    serde_json::from_str(text).ok()
}

/// Read in pieces of every size from one byte, handed to the threads a record at a time
/// or a few at a time: the cut never depends on where a piece ends.
const SIZES: [(usize, usize); 6] = [
    (1, 1),
    (3, 50),
    (7, 1),
    (64, 300),
    (4096, 10_000),
    (CHUNK, BATCH),
];

#[test]
fn a_store_as_jalons_writes_it_is_read_in_pieces_as_it_is_whole() {
    for plan in [
        builtin::roadmap(),
        generate::plan(300, 7),
        generate::with_checkins(generate::plan(120, 5), 3, 1),
        Plan::empty("Vide"),
    ] {
        let text = canonical(&plan);
        for (chunk, batch) in SIZES {
            assert_eq!(
                parse_in(text.as_bytes(), chunk, batch).as_ref(),
                Some(&plan),
                "chunk {chunk}, batch {batch}"
            );
        }
        assert_eq!(parse(text.as_bytes()), Some(plan));
    }
}

/// Texts that look cut-able but are not a plan, or not the same plan once cut (the cases of
/// the whole-text cut, and more): read in pieces, they are refused or read as serde reads
/// them whole, never as something else, and never panic.
#[test]
fn a_cut_in_pieces_never_reads_what_the_whole_text_does_not_say() {
    let text = canonical(&generate::plan(40, 3));
    let mut cases = vec![
        text.replacen("\n  \"title\"", "\n  \"titre\"", 1),
        text.replacen(
            "\n  \"horizons\"",
            "\n  \"title\": \"bis\",\n  \"horizons\"",
            1,
        ),
        text.replacen("\n  \"schema_version\": 3,", "", 1),
        format!("{text}{{\"x\": 1}}\n"),
        text.replacen('{', "{\"a\": 1,", 1),
        text.replacen(",\n  \"objectives\"", "\n  \"objectives\"", 1),
        text.replacen("\n  \"title\": ", "\n  \"title\":", 1),
        format!("\u{feff}{text}"),
        format!("\u{c}{text}"),
        text.trim_end().trim_end_matches('}').to_owned(),
        "{\n  \"schema_version\": 1,\n  \"title\": {\n  \"x\": 1},\n  \"horizons\": []\n}\n"
            .to_owned(),
        "{\n  \"abc\n  \": 1\n}\n".to_owned(),
        "{\n  \"schema_version\": 3,\n  \"title\": \"t\",\n  \"actions\": [\n  ]\n}\n".to_owned(),
        "{\n  \"schema_version\": 3,\n  \"title\": \"t\",\n  \"actions\": []\n}\n".to_owned(),
        // A record that ends where the next begins on one line: two in one text.
        text.replacen(
            "},\n    {\n      \"id\": \"a-",
            "}, {\n      \"id\": \"a-",
            1,
        ),
        // A brace at four spaces inside a record.
        text.replacen(
            "\"notes\": \"",
            "\"notes\": [\n    {\"x\": 1}], \"n\": \"",
            1,
        ),
        // Records after the list's end, a list that does not close.
        text.replacen(
            "\n  ],\n  \"delegations\"",
            "\n  ]\n    {},\n  \"delegations\"",
            1,
        ),
        text.replacen("\n  ],\n  \"delegations\"", ",\n  \"delegations\"", 1),
        text.replacen("\n  ],\n  \"trips\"", "\n  ],,\n  \"trips\"", 1),
        // The lists last, or before anything.
        text.replacen("\n  \"templates\"", "\n  \"templatess\"", 1),
        format!("{{\n    {{}},{}", &text[1..]),
        String::new(),
        "{}".to_owned(),
        "{\n  \"schema_version\": 3\n}".to_owned(),
    ];
    // Cut anywhere: a store half written.
    for cut in [1, 10, text.len() / 3, text.len() / 2, text.len() - 3] {
        cases.push(text[..cut].to_owned());
    }
    for (n, case) in cases.iter().enumerate() {
        let whole = general(case);
        for (chunk, batch) in SIZES {
            if let Some(plan) = parse_in(case.as_bytes(), chunk, batch) {
                assert_eq!(Some(plan), whole, "case {n}, chunk {chunk}");
            }
        }
    }
    // Another layout is left to the whole read; an empty list as jalons writes it is not.
    assert!(parse(cases[4].as_bytes()).is_none());
    assert!(parse(cases[12].as_bytes()).is_none());
    let empty = "{\n  \"schema_version\": 3,\n  \"title\": \"t\",\n  \"actions\": [],\n  \"trips\": [],\n  \"templates\": []\n}\n";
    assert_eq!(parse(empty.as_bytes()), general(empty));
    assert!(general(empty).is_some());
}

#[test]
fn a_text_that_is_not_utf8_is_not_read_in_pieces() {
    let text = canonical(&generate::plan(30, 2));
    let at = text.find("\"notes\": \"").expect("a note") + 12;
    let mut bytes = text.into_bytes();
    bytes[at] = 0xff;
    for (chunk, batch) in SIZES {
        assert!(parse_in(&bytes[..], chunk, batch).is_none());
    }
}

/// A file that fails to read half-way gives no plan (the caller reads it again whole, and
/// says what went wrong).
#[test]
fn a_read_that_fails_gives_no_plan() {
    struct Failing<'a>(&'a [u8], usize);
    impl Read for Failing<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
            if self.1 >= self.0.len() / 2 {
                return Err(io::Error::other("the disk went away"));
            }
            let n = buffer.len().min(self.0.len() - self.1).min(1000);
            buffer[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
            self.1 += n;
            Ok(n)
        }
    }
    let text = canonical(&generate::plan(200, 4));
    assert!(parse_in(Failing(text.as_bytes(), 0), 512, 2000).is_none());
    assert!(parse_in(text.as_bytes(), 512, 2000).is_some());
}

/// Memory is the point: the window never holds much more than a piece and a record, however
/// long the store.
#[test]
fn the_window_holds_a_piece_at_a_time() {
    let text = canonical(&generate::plan(2_000, 9));
    let mut window = Window::new(text.as_bytes(), 4096);
    let mut at = 0;
    let mut widest = 0;
    while let Some((line, _)) = window.next_mark(at).expect("read") {
        window.forget_before(line);
        widest = widest.max(window.buf.len());
        at = line + 1;
    }
    assert!(text.len() > 1_000_000);
    assert!(widest <= 3 * 4096, "the window held {widest} bytes");
}
