//! The string literals of the French catalogues, read from their source: what the typography
//! test checks, and the words the 80-column test knows.

/// The French catalogues, as written.
pub const FRENCH: [(&str, &str); 5] = [
    ("src/i18n/fr.rs", include_str!("../../src/i18n/fr.rs")),
    (
        "src/i18n/script_fr.rs",
        include_str!("../../src/i18n/script_fr.rs"),
    ),
    (
        "src/i18n/conflict_fr.rs",
        include_str!("../../src/i18n/conflict_fr.rs"),
    ),
    (
        "src/i18n/failure_fr.rs",
        include_str!("../../src/i18n/failure_fr.rs"),
    ),
    (
        "src/i18n/health_fr.rs",
        include_str!("../../src/i18n/health_fr.rs"),
    ),
];

/// The string literals of Rust source `text`, as written between their quotes (escapes kept),
/// each with its line.
pub fn literals(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            // A comment runs to the end of its line.
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            // A character literal ('"' would open a string otherwise).
            '\'' => {
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') || rest.chars().nth(1) == Some('\'') {
                    let skip = if rest.starts_with('\\') { 3 } else { 2 };
                    for _ in 0..skip {
                        chars.next();
                    }
                }
            }
            '"' => {
                let start = line;
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            literal.push(c);
                            if let Some(escaped) = chars.next() {
                                if escaped == '\n' {
                                    line += 1;
                                }
                                literal.push(escaped);
                            }
                        }
                        '\n' => {
                            line += 1;
                            literal.push(c);
                        }
                        c => literal.push(c),
                    }
                }
                out.push((start, literal));
            }
            _ => {}
        }
    }
    out
}
