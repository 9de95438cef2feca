//! Progress as SVG bars: a bar per horizon (its share done, open and late), then a bar per
//! delegation owning actions, the most late first, as long as its load. Done is solid navy,
//! open a light grey, late hatched red: three fills that differ in grey too.

use std::fmt::Write;

use super::{INK, NAVY, Size, Sources, esc, n, open, patterns};
use crate::domain::Progress;

const ID: &str = "jalons-progress";
const OPEN_FILL: &str = "#e3e3ec";

/// The three parts of a bar from `x`, `width` long in all: done, open not late, late.
fn segments(out: &mut String, p: Progress, x: f64, y: f64, width: f64, height: f64) {
    if p.total == 0 {
        return;
    }
    #[allow(clippy::cast_precision_loss)]
    let unit = width / p.total as f64;
    let parts = [
        (p.done, NAVY.to_owned()),
        (p.open() - p.late, OPEN_FILL.to_owned()),
        (p.late, format!("url(#{ID}-late)")),
    ];
    let mut at = x;
    for (count, fill) in parts {
        if count == 0 {
            continue;
        }
        #[allow(clippy::cast_precision_loss)]
        let w = count as f64 * unit;
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" \
             stroke=\"{INK}\" stroke-width=\"0.6\"/>",
            n(at),
            n(y),
            n(w),
            n(height)
        );
        at += w;
    }
}

/// The label cut to about `width` units of text.
fn cut(text: &str, width: f64, font: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let chars = (width / (font * 0.56)).floor().max(4.0) as usize;
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(chars - 1).collect();
        short.truncate(short.trim_end().len());
        short.push('…');
        short
    }
}

/// Where the parts of a row go, in units.
struct Columns {
    row: f64,
    font: f64,
    label_w: f64,
    bar_x: f64,
    bar_w: f64,
    figures_x: f64,
}

/// A row: its label, its bar `width` long, its figures; classed and with its counts, for
/// whoever reads the picture as data.
fn bar(out: &mut String, at: &Columns, y: f64, what: (&str, &str, &str), p: Progress, width: f64) {
    let (class, id, label) = what;
    let _ = write!(
        out,
        "<g class=\"bar {class}\" data-id=\"{}\" data-done=\"{}\" data-open=\"{}\" \
         data-late=\"{}\"><text x=\"0\" y=\"{}\">{}</text>",
        esc(id),
        p.done,
        p.open(),
        p.late,
        n(y + at.row * 0.66),
        esc(&cut(label, at.label_w, at.font))
    );
    segments(out, p, at.bar_x, y + at.row * 0.15, width, at.row * 0.65);
    let figures = if class == "horizon" {
        let mut text = format!("{}/{}", p.done, p.total);
        if p.late > 0 {
            text = format!("{text} · ⚠ {}", p.late);
        }
        text
    } else {
        format!("⚠ {} · ○ {} · ✓ {}", p.late, p.open(), p.done)
    };
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\">{}</text></g>",
        n(at.figures_x),
        n(y + at.row * 0.66),
        esc(&figures)
    );
}

fn heading(out: &mut String, at: &Columns, y: f64, text: &str) {
    let _ = writeln!(
        out,
        "<text x=\"0\" y=\"{}\" font-weight=\"bold\">{}</text>",
        n(y + at.row * 0.7),
        esc(text)
    );
}

/// The three fills and what they are.
fn legend(out: &mut String, at: &Columns, y: f64, words: &crate::i18n::GlanceText) {
    let font = at.font;
    let mut x = 0.0;
    out.push_str("<g class=\"legend\">");
    for (fill, word) in [
        (NAVY.to_owned(), words.done),
        (OPEN_FILL.to_owned(), words.open),
        (format!("url(#{ID}-late)"), words.late),
    ] {
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" \
             stroke=\"{INK}\" stroke-width=\"0.6\"/><text x=\"{}\" y=\"{}\">{}</text>",
            n(x),
            n(y),
            n(font * 1.6),
            n(font),
            n(x + font * 2.0),
            n(y + font * 0.85),
            esc(word)
        );
        #[allow(clippy::cast_precision_loss)]
        let advance = font * (3.5 + word.chars().count() as f64 * 0.6);
        x += advance;
    }
    out.push_str("</g>\n");
}

/// Horizons, then delegations, one bar each.
pub fn progress(src: &Sources, size: Size) -> String {
    let Sources {
        plan,
        index,
        glance,
        lang,
        ..
    } = *src;
    let cat = lang.catalogue();
    let words = cat.glance;
    let at = Columns {
        row: size.font * 1.9,
        font: size.font,
        label_w: size.width * 0.38,
        bar_x: size.width * 0.4,
        bar_w: size.width * 0.42,
        figures_x: size.width * 0.82 + size.font * 0.8,
    };
    let rows = plan.horizons.len() + glance.delegations.len() + 2;
    #[allow(clippy::cast_precision_loss)]
    let height = rows as f64 * at.row + size.font * 3.5;
    let mut out = String::with_capacity(8 * 1024);
    open(
        &mut out,
        ID,
        size,
        height,
        words.progress_heading,
        words.progress_desc,
    );
    patterns(&mut out, ID);
    let mut y = 0.0;
    heading(&mut out, &at, y, cat.col_horizons);
    y += at.row;
    for (h, horizon) in plan.horizons.iter().enumerate() {
        let p = index.horizon_progress.get(h).copied().unwrap_or_default();
        let what = ("horizon", horizon.id.as_str(), horizon.label.as_str());
        bar(&mut out, &at, y, what, p, at.bar_w);
        y += at.row;
    }
    let title = format!(
        "{} · {}",
        (words.delegations)(glance.delegations.len()),
        words.late_first
    );
    heading(&mut out, &at, y, &title);
    y += at.row;
    // Each delegation's bar as long as its load against the most loaded.
    let most = glance
        .delegations
        .iter()
        .map(|&d| index.carry[d].owns.total)
        .max()
        .unwrap_or(1)
        .max(1);
    for &d in &glance.delegations {
        let p = index.carry[d].owns;
        let delegation = &plan.delegations[d];
        let who = if delegation.holder.is_empty() {
            &delegation.name
        } else {
            &delegation.holder
        };
        #[allow(clippy::cast_precision_loss)]
        let width = at.bar_w * p.total as f64 / most as f64;
        bar(
            &mut out,
            &at,
            y,
            ("delegation", &delegation.id, who),
            p,
            width,
        );
        y += at.row;
    }
    legend(&mut out, &at, y + size.font * 0.8, words);
    out.push_str("</svg>\n");
    out
}
