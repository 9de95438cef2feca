//! The selected record of a list and its neighbours, by ID: what a selection goes back to
//! once the list changed under it (re-sorted, a record added, moved or gone).

use rustc_hash::FxHashMap as HashMap;

/// How many neighbours on each side are remembered: when all of them are gone too (a whole
/// objective deleted), the selection keeps its position instead.
const REACH: usize = 8;

/// IDs of a list's selected record first, then of its neighbours, nearest first and the one
/// below before the one above (the one below takes the place of a record deleted).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Near {
    ids: Vec<String>,
}

impl Near {
    /// Row `row` of a list of `len` rows, whose IDs `id` gives; nothing when out of bounds.
    pub fn around<'a>(row: usize, len: usize, id: impl Fn(usize) -> &'a str) -> Self {
        let ids = Self::rows(row, len)
            .into_iter()
            .map(|r| id(r).to_owned())
            .collect();
        Self { ids }
    }

    /// The rows `around` notes, in its order: `row`, then its neighbours nearest first.
    pub fn rows(row: usize, len: usize) -> Vec<usize> {
        if row >= len {
            return Vec::new();
        }
        let mut rows = vec![row];
        for d in 1..=REACH {
            if row + d < len {
                rows.push(row + d);
            }
            if let Some(up) = row.checked_sub(d) {
                rows.push(up);
            }
        }
        rows
    }

    /// The IDs noted, the selected record's first.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// With `id` as the nearest of the neighbours: what takes the selected record's place
    /// when it is gone, before the records around it.
    #[must_use]
    pub fn then(mut self, id: &str) -> Self {
        if !self.ids.is_empty() {
            self.ids.insert(1, id.to_owned());
        }
        self
    }

    /// The selected record's ID.
    pub fn id(&self) -> Option<&str> {
        self.ids.first().map(String::as_str)
    }

    /// The row, in the list as it is now, of the nearest of these records still in it: the
    /// selected one where it now stands, else its nearest neighbour. `was` is the row it
    /// stood on: when the record is still there (most changes), nothing is searched.
    pub fn find<'a>(&self, was: usize, len: usize, id: impl Fn(usize) -> &'a str) -> Option<usize> {
        let first = self.id()?;
        if was < len && id(was) == first {
            return Some(was);
        }
        let rank: HashMap<&str, usize> = self
            .ids
            .iter()
            .enumerate()
            .map(|(rank, id)| (id.as_str(), rank))
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for row in 0..len {
            if let Some(&r) = rank.get(id(row))
                && best.is_none_or(|(b, _)| r < b)
            {
                best = Some((r, row));
                if r == 0 {
                    break;
                }
            }
        }
        best.map(|(_, row)| row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(ids: &[&'static str]) -> impl Fn(usize) -> &'static str {
        let ids = ids.to_vec();
        move |i| ids[i]
    }

    #[test]
    fn the_record_is_found_where_it_went_else_its_nearest_neighbour() {
        let before = ["a", "b", "c", "d", "e"];
        let near = Near::around(2, before.len(), list(&before));
        assert_eq!(near.id(), Some("c"));
        // Re-sorted: "c" followed.
        let after = ["c", "e", "a", "b", "d"];
        assert_eq!(near.find(2, after.len(), list(&after)), Some(0));
        // Gone: the one below takes its place, else the one above.
        let after = ["a", "b", "d", "e"];
        assert_eq!(near.find(2, after.len(), list(&after)), Some(2));
        let after = ["e", "x", "b", "a"];
        assert_eq!(near.find(2, after.len(), list(&after)), Some(2), "b, above");
        let after = ["e", "x", "a"];
        assert_eq!(
            near.find(2, after.len(), list(&after)),
            Some(0),
            "e, two below"
        );
        // Nothing left of it: the caller keeps the position.
        assert_eq!(near.find(2, 2, list(&["x", "y"])), None);
        assert_eq!(
            Near::around(5, 5, list(&before)).find(0, 5, list(&before)),
            None
        );
    }
}
