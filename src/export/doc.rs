//! A document as the note and the dossier build it — headings, fields, paragraphs, lists and
//! tables of plain text — rendered to Markdown or HTML, which do all the escaping. Builders
//! never write markup, so no text from the store can open or close a tag.

use super::DocFormat;
use crate::domain::Progress;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub title: String,
    /// The day it is made, as printed in its header and at the foot of every page.
    pub date: String,
    /// The plan's title, under the document's.
    pub subtitle: String,
    /// Date, scope…: label and value.
    pub meta: Vec<(String, String)>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section (2) or subsection (3) heading.
    Heading(u8, String),
    /// Plain text; each line of it becomes a paragraph.
    Text(String),
    /// Label and value pairs.
    Fields(Vec<(String, String)>),
    List(Vec<String>),
    Table(Table),
    /// What stands under a heading with nothing to list ("Aucune.").
    Empty(String),
    /// A picture: SVG in HTML, its figures as tables in Markdown.
    Figure(Figure),
}

/// A picture and the same figures as text. The SVG is built by `export::svg`, which escapes
/// every text it holds: the one place markup is written outside the renderers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub svg: String,
    pub tables: Vec<Table>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Marked as late, in the margin: the cell that says why is a [`Cell::Late`].
    pub late: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// What makes the row late ("⚠ en retard de 3 j"): the one cell shown in red (the glyph
    /// says it in black and white too).
    Late(String),
    /// Done out of total: text, plus a gauge in HTML.
    Progress(Progress),
}

impl Cell {
    /// The text of a progress: "3/5 · 60 %".
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Text(t) | Self::Late(t) => t.clone(),
            Self::Progress(p) => {
                let pct = percent(*p);
                super::typo::glue(&match lang {
                    Lang::Fr => format!("{}/{} · {pct} %", p.done, p.total),
                    Lang::En => format!("{}/{} · {pct}%", p.done, p.total),
                })
            }
        }
    }
}

/// Share done, in whole percent.
pub fn percent(p: Progress) -> usize {
    (p.done * 100).checked_div(p.total).unwrap_or(0)
}

impl Table {
    pub fn new(head: &[&str]) -> Self {
        Self {
            head: head.iter().map(|&h| h.to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, cells: Vec<Cell>, late: bool) {
        self.rows.push(Row { cells, late });
    }
}

/// A text cell.
pub fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// The cell that says why a row is late: "⚠ " and `why`, glued.
pub fn late(why: &str) -> Cell {
    Cell::Late(super::typo::glue(&format!("{LATE} {why}")))
}

/// The late glyph, put before what is late so it reads without colour.
pub const LATE: &str = "⚠";

pub fn render(doc: &Doc, format: DocFormat, lang: Lang) -> String {
    match format {
        DocFormat::Markdown => super::markdown::render(doc, lang),
        DocFormat::Html => super::html::render(doc, lang),
    }
}
