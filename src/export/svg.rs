//! The dashboard's pictures as SVG, for the HTML status note (inline) and for slides (`export
//! timeline --format svg`): the timeline of the mandate and the progress bars. No script, no
//! outside resource, every text escaped. States never rest on colour alone: each horizon
//! has its own fill pattern, each trip status its own shape, a late deadline is a triangle
//! and an open one a tick, late work is hatched; the palette holds up printed in grey.
//!
//! Elements carry classes and `data-` attributes (`band`, `trip`, `deadline late`, `bar
//! horizon`…) so that a test can count them against the plan.

mod bars;
mod timeline;

use std::fmt::Write;

use chrono::NaiveDate;

use crate::domain::{Glance, Plan, PlanIndex, TripStatus};
use crate::i18n::Lang;

pub use bars::progress;
pub use timeline::timeline;

/// Ink, the note's navy, the late red (dark enough to read as dark grey in print).
const INK: &str = "#1a1a1a";
const NAVY: &str = "#000091";
const LATE: &str = "#b00020";
const GRID: &str = "#d9d9d9";
const FONT: &str = "Marianne, 'Helvetica Neue', Arial, sans-serif";

/// What the pictures are drawn from: the plan, its index and the glance built from them, as
/// of a day, in a language.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    pub plan: &'a Plan,
    pub index: &'a PlanIndex,
    pub glance: &'a Glance,
    pub today: NaiveDate,
    pub lang: Lang,
}

/// How big a picture is drawn: its width in units, and its text size.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub width: f64,
    pub font: f64,
}

impl Size {
    /// Inline in the note, printed across an A4 page.
    pub const NOTE: Self = Self {
        width: 800.0,
        font: 11.0,
    };
    /// Alone, for a slide.
    pub const SLIDE: Self = Self {
        width: 1200.0,
        font: 15.0,
    };
}

/// Text for an SVG: inert and escaped like HTML.
fn esc(text: &str) -> String {
    super::html::escape(text)
}

/// A number as SVG writes it: at most one decimal.
fn n(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// The opening tag: a picture `width` × `height` units that scales to its container, with a
/// title and a description for readers without sight of it.
fn open(out: &mut String, id: &str, size: Size, height: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" viewBox=\"0 0 {w} {h}\" \
         width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-family=\"{FONT}\" font-size=\"{f}\" fill=\"{INK}\" \
         style=\"max-width: 100%; height: auto\">\n\
         <title id=\"{id}-title\">{t}</title>\n<desc id=\"{id}-desc\">{d}</desc>\n",
        w = n(size.width),
        h = n(height),
        f = n(size.font),
        t = esc(title),
        d = esc(desc),
    );
}

/// Fills that tell apart without colour: a plain tint, a hatch, dots (the horizons' bands,
/// by turn); hatched red for what is late; a light grey for what is open.
fn patterns(out: &mut String, id: &str) {
    let _ = write!(
        out,
        "<defs>\n\
         <pattern id=\"{id}-fill-0\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#c9cfea\"/></pattern>\n\
         <pattern id=\"{id}-fill-1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\
         <rect width=\"2.5\" height=\"6\" fill=\"#7a7a9a\"/></pattern>\n\
         <pattern id=\"{id}-fill-2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>\
         <circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"#4a4a6a\"/></pattern>\n\
         <pattern id=\"{id}-late\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(-45)\"><rect width=\"5\" height=\"5\" fill=\"#f4d6dc\"/>\
         <rect width=\"2\" height=\"5\" fill=\"{LATE}\"/></pattern>\n\
         </defs>\n"
    );
}

/// A trip's mark by its status, centred on (`x`, `y`): a diamond (considered), a dashed
/// circle (to create), a half-filled circle (preparing), a filled circle (confirmed), a
/// filled square (done), a cross (cancelled). Late: drawn in the late red.
fn trip_mark(status: TripStatus, late: bool, x: f64, y: f64, r: f64) -> String {
    let ink = if late { LATE } else { NAVY };
    let (cx, cy, rr) = (n(x), n(y), n(r));
    let (top, bottom, left, right) = (n(y - r), n(y + r), n(x - r), n(x + r));
    match status {
        TripStatus::Considered => format!(
            "<path d=\"M{cx} {top} L{right} {cy} L{cx} {bottom} L{left} {cy} Z\" \
             fill=\"#ffffff\" stroke=\"{ink}\" stroke-width=\"1.5\"/>"
        ),
        TripStatus::ToCreate => format!(
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{rr}\" fill=\"#ffffff\" stroke=\"{ink}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>"
        ),
        TripStatus::Preparing => format!(
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{rr}\" fill=\"#ffffff\" stroke=\"{ink}\" \
             stroke-width=\"1.5\"/><path d=\"M{cx} {top} A{rr} {rr} 0 0 0 {cx} {bottom} Z\" \
             fill=\"{ink}\"/>"
        ),
        TripStatus::Confirmed => {
            format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{rr}\" fill=\"{ink}\"/>")
        }
        TripStatus::Done => format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{side}\" height=\"{side}\" fill=\"{ink}\"/>",
            n(x - r * 0.85),
            n(y - r * 0.85),
            side = n(2.0 * r * 0.85),
        ),
        TripStatus::Cancelled => format!(
            "<path d=\"M{left} {top} L{right} {bottom} M{left} {bottom} L{right} {top}\" \
             stroke=\"{ink}\" stroke-width=\"2\"/>"
        ),
    }
}

/// A late deadline's triangle with its "!", its point at (`x`, `y`).
fn late_mark(x: f64, y: f64, r: f64) -> String {
    format!(
        "<path d=\"M{} {} L{} {} L{} {} Z\" fill=\"{LATE}\"/>\
         <text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" fill=\"#ffffff\" \
         text-anchor=\"middle\">!</text>",
        n(x),
        n(y - r),
        n(x + r),
        n(y + r * 0.8),
        n(x - r),
        n(y + r * 0.8),
        n(x),
        n(y + r * 0.65),
        n(r * 1.3),
    )
}
