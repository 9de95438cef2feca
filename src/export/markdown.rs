//! A document as Markdown that renders the same on common renderers (`CommonMark` with GitHub's
//! tables): every text kept as typed (`super::text`) and its markup characters escaped.

use std::fmt::Write;

use super::doc::{Block, Doc, Table};
use super::text::{kept, kept_on_one_line};
use crate::i18n::Lang;

pub fn render(doc: &Doc, lang: Lang) -> String {
    let colon = lang.catalogue().script.colon;
    let mut out = String::with_capacity(4096);
    let _ = writeln!(out, "# {}\n", line_start(&doc.title));
    let _ = writeln!(out, "**{}**\n", escape(&doc.subtitle));
    fields(&mut out, &doc.meta, colon);
    for block in &doc.blocks {
        match block {
            Block::Heading(level, title) => {
                let hashes = "#".repeat(usize::from((*level).clamp(2, 6)));
                let _ = writeln!(out, "{hashes} {}\n", line_start(title));
            }
            Block::Text(text) => {
                for line in kept(text).lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(out, "{}\n", line_start(line.trim()));
                }
            }
            Block::Fields(pairs) => fields(&mut out, pairs, colon),
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", line_start(item));
                }
                out.push('\n');
            }
            Block::Table(table) => render_table(&mut out, table, lang),
            Block::Empty(text) => {
                let _ = writeln!(out, "*{}*\n", escape(text));
            }
            Block::Figure(figure) => {
                for table in &figure.tables {
                    render_table(&mut out, table, lang);
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn fields(out: &mut String, pairs: &[(String, String)], colon: &str) {
    // "Date :" with the non-breaking space French puts before a colon.
    let colon = super::typo::glue(colon);
    for (label, value) in pairs {
        let _ = writeln!(
            out,
            "- **{}{}** {}",
            escape(label),
            colon.trim_end(),
            escape(value)
        );
    }
    out.push('\n');
}

fn render_table(out: &mut String, table: &Table, lang: Lang) {
    let row = |out: &mut String, cells: &mut dyn Iterator<Item = String>| {
        out.push('|');
        for cell in cells {
            let _ = write!(out, " {} |", escape(&cell));
        }
        out.push('\n');
    };
    row(out, &mut table.head.iter().cloned());
    out.push('|');
    for _ in &table.head {
        out.push_str(" --- |");
    }
    out.push('\n');
    for r in &table.rows {
        row(out, &mut r.cells.iter().map(|c| c.text(lang)));
    }
    out.push('\n');
}

/// Kept, on one line (a line break becomes a space: a table row or a list item is one line),
/// with every character that Markdown could read as markup escaped.
pub fn escape(text: &str) -> String {
    let text = kept_on_one_line(text, " ");
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            // Only where it would start an entity: "AT&T" stays as it is.
            '&' if entity_follows(&text[i + 1..]) => out.push_str("\\&"),
            _ => out.push(c),
        }
    }
    out
}

/// `amp;`, `#39;`: what makes `&` the start of an HTML entity.
fn entity_follows(rest: &str) -> bool {
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && rest.as_bytes().get(name) == Some(&b';')
}

/// Escaped, and with what would start a list, a heading or a rule at the start of a line
/// escaped too.
fn line_start(text: &str) -> String {
    let mut out = escape(text);
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_controls_are_inert_and_joiners_kept() {
        assert_eq!(escape("a|b *c* <i>"), "a\\|b \\*c\\* \\<i\\>");
        assert_eq!(escape("x\u{1b}[2J\ny"), "x\u{241b}\\[2J y");
        assert_eq!(escape("क्\u{200d}ष"), "क्\u{200d}ष");
        assert_eq!(escape("AT&T &amp;"), "AT&T \\&amp;");
        assert_eq!(line_start("- no list"), "\\- no list");
        assert_eq!(line_start("2014. year"), "2014\\. year");
        assert_eq!(line_start("J-30"), "J-30");
    }
}
