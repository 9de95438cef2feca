//! A document as one self-contained HTML page: inline CSS with print styles (A4, the
//! document's title and date and the page number at the foot of every page), no script, no
//! outside resource. Well-formed as XML too (void elements closed with `/>`), every text kept
//! as typed (`super::text`) and escaped, so a browser prints it cleanly to PDF.

use std::fmt::Write;

use super::doc::{Block, Cell, Doc, Table, percent};
use super::text::kept;
use crate::i18n::Lang;

const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: \"Marianne\", \"Helvetica Neue\", Arial, sans-serif; font-size: 11pt;
  line-height: 1.4; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
header { border-bottom: 2px solid #000091; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; color: #000091; }
.subtitle { margin: 0 0 .5rem; font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
th { background: #f2f2f7; font-weight: 600; }
tr.late > td:first-child { box-shadow: inset 3px 0 0 #b00020; }
td.late { color: #b00020; font-weight: 600; white-space: nowrap; }
td.progress { white-space: nowrap; }
.empty { color: #666; font-style: italic; }
.gauge { display: inline-block; width: 4rem; height: .55rem; background: #e5e5ef;
  border-radius: .2rem; vertical-align: middle; margin-right: .4rem; overflow: hidden; }
.gauge > span { display: block; height: 100%; background: #000091; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, dl { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

pub fn render(doc: &Doc, lang: Lang) -> String {
    let mut out = String::with_capacity(8192);
    let code = match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <title>{} — {}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n<header>\n\
         <h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n",
        escape(&doc.title),
        escape(&doc.subtitle),
        page_footer(doc, lang),
        escape(&doc.title),
        escape(&doc.subtitle),
    );
    fields(&mut out, &doc.meta);
    out.push_str("</header>\n<main>\n");
    for block in &doc.blocks {
        match block {
            Block::Heading(level, title) => {
                let h = (*level).clamp(2, 6);
                let _ = writeln!(out, "<h{h}>{}</h{h}>", escape(title));
            }
            Block::Text(text) => {
                for line in kept(text).lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(out, "<p>{}</p>", escape(line.trim()));
                }
            }
            Block::Fields(pairs) => fields(&mut out, pairs),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", escape(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => render_table(&mut out, table, lang),
            Block::Empty(text) => {
                let _ = writeln!(out, "<p class=\"empty\">{}</p>", escape(text));
            }
            Block::Figure(figure) => {
                // Kept whole on a printed page.
                out.push_str(
                    "<figure style=\"margin: .5rem 0 1rem; break-inside: avoid; \
                     page-break-inside: avoid\">\n",
                );
                out.push_str(&figure.svg);
                out.push_str("</figure>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The foot of every printed page: the document's title and date on the left, "page 2 / 5"
/// on the right (CSS page-margin boxes, which Chromium-based browsers print).
fn page_footer(doc: &Doc, lang: Lang) -> String {
    let (page, of) = lang.catalogue().script.page_of;
    format!(
        "@page {{\n  @bottom-left {{ content: {}; }}\n  @bottom-right {{ content: {} \
         counter(page) {} counter(pages); }}\n  @bottom-left, @bottom-right {{ font: 8pt \
         \"Helvetica Neue\", Arial, sans-serif; color: #555; }}\n}}\n",
        css_string(&format!("{} — {}", doc.title, doc.date)),
        css_string(page),
        css_string(of),
    )
}

/// A CSS string: anything but letters, digits and a few safe marks written as an escape, so
/// no text can end the string, the rule or the `<style>` element (nor break the XML form).
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push('"');
    for c in kept(text).chars() {
        let plain = matches!(
            c,
            ' ' | '.' | ',' | ':' | '-' | '—' | '·' | '(' | ')' | '/' | '\''
        );
        if c.is_alphanumeric() || plain {
            out.push(c);
        } else {
            // The space ends the escape, whatever follows.
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

fn fields(out: &mut String, pairs: &[(String, String)]) {
    out.push_str("<dl>\n");
    for (label, value) in pairs {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>\n");
}

fn render_table(out: &mut String, table: &Table, lang: Lang) {
    out.push_str("<table>\n<thead><tr>");
    for head in &table.head {
        let _ = write!(out, "<th>{}</th>", escape(head));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str(if row.late {
            "<tr class=\"late\">"
        } else {
            "<tr>"
        });
        for cell in &row.cells {
            match cell {
                Cell::Text(t) => {
                    let _ = write!(out, "<td>{}</td>", escape(t));
                }
                Cell::Late(t) => {
                    let _ = write!(out, "<td class=\"late\">{}</td>", escape(t));
                }
                Cell::Progress(p) => {
                    let _ = write!(
                        out,
                        "<td class=\"progress\"><span class=\"gauge\"><span style=\"width: \
                         {}%\"></span></span>{}</td>",
                        percent(*p),
                        escape(&cell.text(lang))
                    );
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Kept, with the five characters that mean something in HTML escaped and a line break as
/// `<br />`.
pub fn escape(text: &str) -> String {
    let text = kept(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("<br />"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_controls_from_the_store_are_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \u{1b}[31m"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \u{241b}[31m"
        );
        assert_eq!(escape("a\u{202e}b"), "a\u{202e}b\u{202c}");
        assert_eq!(escape("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(escape("un\r\ndeux"), "un<br />deux");
    }

    #[test]
    fn css_strings_cannot_end_the_style() {
        assert_eq!(
            css_string("a\"b</style><script>"),
            "\"a\\22 b\\3c /style\\3e \\3c script\\3e \""
        );
        assert_eq!(
            css_string("Rome — 16 sept. 2014"),
            "\"Rome — 16 sept. 2014\""
        );
    }
}
