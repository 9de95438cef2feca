use std::cell::Cell;

/// A list's first visible row. The view moves it only as far as needed to keep the selection
/// in sight (the way every list scrolls), so it must remember it between frames; a `Cell`
/// lets the view do that while it only borrows the model.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scroll(Cell<usize>);

impl Scroll {
    /// The first row to show of `len` rows in `height`, keeping `selected` in sight.
    pub fn window(&self, selected: usize, len: usize, height: usize) -> usize {
        let height = height.max(1);
        let mut offset = self.0.get().min(len.saturating_sub(height));
        if selected < offset {
            offset = selected;
        } else if selected >= offset + height {
            offset = selected + 1 - height;
        }
        self.0.set(offset);
        offset
    }

    /// The first visible row as last drawn.
    pub fn first(&self) -> usize {
        self.0.get()
    }

    /// Remembers `first` as the first visible row (a list whose rows vary in height works out
    /// its own window).
    pub fn set(&self, first: usize) {
        self.0.set(first);
    }

    pub fn reset(&self) {
        self.0.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::Scroll;

    #[test]
    fn scrolls_only_as_far_as_the_selection_needs() {
        let s = Scroll::default();
        assert_eq!(s.window(0, 100, 10), 0);
        assert_eq!(s.window(9, 100, 10), 0);
        assert_eq!(s.window(10, 100, 10), 1);
        assert_eq!(
            s.window(5, 100, 10),
            1,
            "moving up inside the window does not scroll"
        );
        assert_eq!(s.window(0, 100, 10), 0);
        assert_eq!(s.window(99, 100, 10), 90);
        assert_eq!(
            s.window(3, 4, 10),
            0,
            "a list shorter than the window starts at 0"
        );
    }
}
