//! A text of several lines (notes, a trip's purpose) changed on both sides, merged line by
//! line: changes to different lines are all kept; two insertions at the same place keep both,
//! theirs first; any other overlap is a conflict (the caller keeps theirs and reports ours).

/// Past this many lines a text is merged whole (a conflict if both changed it): the line
/// alignment costs their product.
const MOST_LINES: usize = 2000;

/// One side's change: base lines `from..to` replaced by `lines`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hunk<'a> {
    from: usize,
    to: usize,
    lines: Vec<&'a str>,
}

/// The merged text, or `None` when both sides changed the same lines.
pub fn merge<'a>(base: &'a str, ours: &'a str, theirs: &'a str) -> Option<String> {
    let lines = split;
    let (was, mine, their) = (lines(base), lines(ours), lines(theirs));
    if [was.len(), mine.len(), their.len()]
        .iter()
        .any(|&n| n > MOST_LINES)
    {
        return None;
    }
    let (mut ho, mut ht) = (hunks(&was, &mine), hunks(&was, &their));
    let mut out: Vec<&str> = Vec::new();
    let mut at = 0;
    ho.reverse();
    ht.reverse();
    loop {
        let next = match (ho.last(), ht.last()) {
            (None, None) => break,
            (Some(x), Some(y)) if touch(x, y) => {
                let (x, y) = (ho.pop()?, ht.pop()?);
                if x == y {
                    x
                } else if x.from == x.to && y.from == y.to {
                    // Both only inserted here: theirs first.
                    Hunk {
                        from: x.from,
                        to: x.to,
                        lines: y.lines.into_iter().chain(x.lines).collect(),
                    }
                } else {
                    return None;
                }
            }
            (Some(x), Some(y)) if (y.from, y.to) < (x.from, x.to) => ht.pop()?,
            (Some(_), _) => ho.pop()?,
            (None, Some(_)) => ht.pop()?,
        };
        out.extend_from_slice(&was[at..next.from]);
        out.extend(next.lines);
        at = next.to;
    }
    out.extend_from_slice(&was[at..]);
    let mut text = out.join("\n");
    if ours.ends_with('\n') || theirs.ends_with('\n') {
        text.push('\n');
    }
    Some(text)
}

/// A text's lines, cut at `\n` only: a carriage return stays in its line, so that a line
/// holding a bare `\r` and a text written with `\r\n` come back byte for byte.
fn split(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    text.strip_suffix('\n')
        .unwrap_or(text)
        .split('\n')
        .collect()
}

/// Whether two changes meet: their base ranges overlap, or they insert at the same place, or
/// one inserts inside the other's range.
fn touch(x: &Hunk, y: &Hunk) -> bool {
    if x.from == x.to && y.from == y.to {
        return x.from == y.from;
    }
    x.from < y.to.max(y.from + 1) && y.from < x.to.max(x.from + 1)
}

/// The changes from `base` to `side`, in base order, from their longest common subsequence.
fn hunks<'a>(base: &[&str], side: &[&'a str]) -> Vec<Hunk<'a>> {
    let (n, m) = (base.len(), side.len());
    // lcs[i][j]: the longest common subsequence of base[i..] and side[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if base[i] == side[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    let mut open: Option<Hunk<'a>> = None;
    while i < n || j < m {
        if i < n && j < m && base[i] == side[j] {
            out.extend(open.take());
            i += 1;
            j += 1;
            continue;
        }
        let hunk = open.get_or_insert(Hunk {
            from: i,
            to: i,
            lines: Vec::new(),
        });
        if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            hunk.lines.push(side[j]);
            j += 1;
        } else {
            i += 1;
            hunk.to = i;
        }
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn carriage_returns_stay_where_they_were_written() {
        // Windows line ends on both sides, a line added on each: kept byte for byte.
        assert_eq!(
            merge("a\r\nb\r\n", "a\r\nb\r\nc\r\n", "z\r\na\r\nb\r\n").as_deref(),
            Some("z\r\na\r\nb\r\nc\r\n")
        );
        // A line that is a bare carriage return is a line of its own, not a line end.
        let merged = merge("", "\r", "x\n").expect("both inserted");
        assert_eq!(merged, "x\n\r\n");
        assert_eq!(split(&merged), ["x", "\r"]);
    }

    use super::{merge, split};

    #[test]
    fn changes_to_different_lines_are_all_kept() {
        let base = "Rendez-vous avec le MAE\nBillets à réserver\nDossier de presse";
        let ours = "Rendez-vous avec le MAE le 12\nBillets à réserver\nDossier de presse";
        let theirs = "Rendez-vous avec le MAE\nBillets à réserver\nDossier de presse prêt";
        assert_eq!(
            merge(base, ours, theirs).as_deref(),
            Some("Rendez-vous avec le MAE le 12\nBillets à réserver\nDossier de presse prêt")
        );
    }

    #[test]
    fn two_insertions_at_one_place_keep_both_theirs_first() {
        let base = "Programme";
        assert_eq!(
            merge(base, "Programme\nNotre ajout", "Programme\nLeur ajout").as_deref(),
            Some("Programme\nLeur ajout\nNotre ajout")
        );
    }

    #[test]
    fn the_same_change_on_both_sides_is_made_once() {
        let base = "a\nb";
        assert_eq!(merge(base, "a\nB", "a\nB").as_deref(), Some("a\nB"));
    }

    #[test]
    fn one_line_changed_differently_on_both_sides_is_a_conflict() {
        assert_eq!(merge("a\nb\nc", "a\nB1\nc", "a\nB2\nc"), None);
        assert_eq!(merge("a", "a1", "a2"), None);
    }

    #[test]
    fn a_deletion_and_an_edit_elsewhere_both_apply() {
        assert_eq!(
            merge("a\nb\nc\nd", "a\nc\nd", "a\nb\nc\nD").as_deref(),
            Some("a\nc\nD")
        );
    }
}
