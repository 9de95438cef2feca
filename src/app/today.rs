//! The day moving on under a running interface: what is late, due this week or J-3 depends on
//! it, and an interface left open overnight must not show yesterday's figures.

use chrono::NaiveDate;

use super::Model;

impl Model {
    /// Takes `clock` (the system's date now) as today when today follows the clock and the
    /// date changed; every figure that depends on the day is then rebuilt. Returns whether it
    /// changed (the screen must be redrawn). A day set with `--today` never moves.
    pub fn follow_clock(&mut self, clock: NaiveDate) -> bool {
        if !self.follows_clock || clock == self.today {
            return false;
        }
        self.today = clock;
        self.replan(None);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;
    use crate::i18n::Lang;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    fn late_actions(model: &Model) -> usize {
        model.index.horizon_progress.iter().map(|p| p.late).sum()
    }

    #[test]
    fn past_midnight_the_clock_moves_today_and_the_late_counts() {
        let plan = builtin::roadmap();
        // The eve of the earliest open due date: nothing is late yet, it is the day after.
        let due = plan
            .actions
            .iter()
            .filter(|a| a.status.is_open())
            .filter_map(|a| a.due)
            .min()
            .expect("a dated open action");
        let eve = due.pred_opt().expect("a day before");
        let mut model = Model::new(plan, eve, Lang::Fr, "x".into());
        model.follows_clock = true;
        let before = late_actions(&model);

        assert!(!model.follow_clock(eve), "same day: nothing to do");
        assert!(model.follow_clock(due.succ_opt().expect("a day after")));
        assert_eq!(model.today, due.succ_opt().expect("a day after"));
        assert!(
            late_actions(&model) > before,
            "late counts not rebuilt: {before} → {}",
            late_actions(&model)
        );
    }

    #[test]
    fn a_day_set_by_hand_does_not_follow_the_clock() {
        let mut model = Model::new(builtin::roadmap(), day("2014-06-02"), Lang::Fr, "x".into());
        assert!(!model.follow_clock(day("2014-06-03")));
        assert_eq!(model.today, day("2014-06-02"));
    }
}
