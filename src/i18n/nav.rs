//! What the interface says about getting around and preparing a trip: the jump list, the
//! owner picker of the weekly review, the trip's empty "Composition" section, checklist
//! templates. One `NavText` per language, held by the catalogue.

pub struct NavText {
    /// The help's labels of the jump list's keys.
    pub jump_back: &'static str,
    pub jump_forward: &'static str,
    pub no_jump_back: &'static str,
    pub no_jump_forward: &'static str,
    /// On the empty "Composition" section of a trip: the key that adds the first traveller.
    pub add_first_traveller: &'static str,
    /// `T` where no trip is in view.
    pub template_no_trip: &'static str,
    /// The template pick's title: the trip, by destination and dates.
    pub template_title: fn(&str, &str) -> String,
    /// A template as offered for a trip: its name, how many of its items the trip lacks,
    /// out of how many.
    pub template_choice: fn(&str, usize, usize) -> String,
    /// Under a template in the pick: the labels of its items the trip has already.
    pub template_already: fn(&[String]) -> String,
    /// A template applied: the trip, how many items added, the labels of those it had
    /// already (skipped), the template's name.
    pub template_applied: fn(&str, usize, &[String], &str) -> String,
    /// Every item of the template was on the trip already: nothing changes. The trip, how
    /// many items, the template's name.
    pub template_nothing_new: fn(&str, usize, &str) -> String,
    /// The owner picker's title.
    pub owner_pick_title: &'static str,
}
