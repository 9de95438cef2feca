//! One bar per delegation that owns actions, the most late first: its late, other open and
//! done actions as three fills (and their counts), the bar as long as its load.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{glyphs, titled_more};
use crate::app::Model;
use crate::domain::Glance;
use crate::ui::rows::owner_name;
use crate::ui::text::fit;
use crate::ui::theme;

/// `len` cells shared out between late, open and done in proportion, none that is not zero
/// left without a cell while there are cells enough.
pub fn segments(late: usize, open: usize, done: usize, len: usize) -> [usize; 3] {
    let counts = [late, open, done];
    let total: usize = counts.iter().sum();
    if total == 0 || len == 0 {
        return [0; 3];
    }
    let mut cells = counts.map(|n| n * len / total);
    // Largest remainders first, then any part still at zero takes a cell from the largest.
    let mut order = [0, 1, 2];
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i] * len % total));
    // The cells left are fewer than the parts with a remainder, all of them not zero.
    let left = len - cells.iter().sum::<usize>();
    for &i in order.iter().take(left) {
        cells[i] += 1;
    }
    for i in 0..3 {
        if counts[i] > 0 && cells[i] == 0 {
            let largest = (0..3).max_by_key(|&j| cells[j]).unwrap_or(0);
            if cells[largest] > 1 {
                cells[largest] -= 1;
                cells[i] = 1;
            }
        }
    }
    cells
}

pub fn draw(model: &Model, glance: &Glance, frame: &mut Frame, area: Rect) {
    let t = model.t();
    let g = t.glance;
    let block = titled_more(
        &(g.delegations)(glance.delegations.len()),
        g.late_first,
        area,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let carry = &model.index.carry;
    let rows = &glance.delegations;
    if rows.is_empty() {
        let empty = Line::styled(fit(t.no_delegations, width).into_owned(), theme::DIM);
        frame.render_widget(Paragraph::new(empty), inner);
        return;
    }
    // The legend under the bars when there is a line to spare; the title says how many
    // there are when not all show.
    let legend = height > rows.len();
    let counts: Vec<String> = rows
        .iter()
        .map(|&d| {
            let p = carry[d].owns;
            format!("{}{} ○{} ✓{}", glyphs::LATE, p.late, p.open(), p.done)
        })
        .collect();
    let counts_w = counts.iter().map(|c| c.width()).max().unwrap_or(0);
    let name_w = (width * 2 / 5).clamp(6, 28);
    let bar_w = width.saturating_sub(name_w + counts_w + 2);
    let most = rows
        .iter()
        .map(|&d| carry[d].owns.total)
        .max()
        .unwrap_or(1)
        .max(1);
    let mut lines = Vec::new();
    for (n, &d) in rows.iter().take(height).enumerate() {
        let p = carry[d].owns;
        let len = (p.total * bar_w).div_ceil(most);
        let [late, open, done] = segments(p.late, p.open() - p.late, p.done, len);
        let name = owner_name(model, &model.plan.delegations[d].id);
        let style = if p.late > 0 { theme::LATE } else { theme::META };
        lines.push(Line::from(vec![
            Span::raw(format!("{:<name_w$} ", fit(&name, name_w))),
            Span::styled(glyphs::BAR_LATE.to_string().repeat(late), theme::LATE),
            Span::styled(glyphs::BAR_OPEN.to_string().repeat(open), theme::META),
            Span::styled(glyphs::BAR_DONE.to_string().repeat(done), theme::DONE),
            Span::raw(" ".repeat(bar_w - late - open - done + 1)),
            Span::styled(format!("{:>counts_w$}", counts[n]), style),
        ]));
    }
    if legend {
        let text = format!(
            "{} {} {}  ░ ○ {}  █ ✓ {}",
            glyphs::BAR_LATE,
            glyphs::LATE,
            g.late,
            g.open,
            g.done
        );
        lines.push(Line::styled(fit(&text, width).into_owned(), theme::DIM));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn a_bar_shares_its_cells_and_never_hides_what_is_late() {
        assert_eq!(segments(2, 3, 5, 10), [2, 3, 5]);
        assert_eq!(segments(1, 50, 49, 10), [1, 5, 4]);
        assert_eq!(segments(0, 0, 0, 10), [0, 0, 0]);
        assert_eq!(segments(1, 0, 0, 3), [3, 0, 0]);
        for (late, open, done, len) in [(1, 98, 1, 5), (7, 3, 0, 4), (3, 3, 3, 2)] {
            let cells = segments(late, open, done, len);
            assert_eq!(cells.iter().sum::<usize>(), len, "{cells:?}");
            if len >= 3 {
                assert!(cells[0] > 0, "the late part shows: {cells:?}");
            }
        }
    }
}
