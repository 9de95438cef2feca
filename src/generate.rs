//! Large, valid, reproducible plans for benchmarks and load tests: `plan(10_000, 1)` is a
//! cabinet's roadmap blown up to 10,000 actions and 1,000 trips, always the same for the same
//! seed. No `rand`: a `SplitMix64` generator is all it takes.

use chrono::{Days, NaiveDate};

use crate::domain::{
    Action, CheckIn, ChecklistItem, ChecklistTemplate, Delegation, DelegationKind, Due, Health,
    Horizon, Member, MemberCategory, Objective, Plan, Status, TemplateItem, Trip, TripStatus,
};

/// The day the generated plan is "as of": work due before it is mostly done, trips before it
/// mostly took place (benchmarks run with `--today 2016-01-15`).
const AS_OF: NaiveDate = date(2016, 1, 15);
const MANDATE_START: NaiveDate = date(2014, 4, 5);
const MANDATE_END: NaiveDate = date(2020, 3, 15);

mod words;

use words::{
    CITIES, DELEGATIONS, FIRST_NAMES, GOALS, LAST_NAMES, NETWORKS, NOTES, OBJECTS, TEMPLATES,
    THEMES, TOPICS, VERBS,
};

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("a valid constant date"),
    }
}

fn list(text: &'static str) -> Vec<&'static str> {
    text.split('|').collect()
}

/// `SplitMix64`: tiny, fast, and good enough to scatter test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).expect("usize fits in u64");
        usize::try_from(self.next() % n).expect("below a usize")
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A day in `from..=to` (or `from` when `to` is earlier).
    fn day(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = usize::try_from((to - from).num_days()).unwrap_or(0);
        from + Days::new(self.below(span + 1) as u64)
    }
}

/// The word lists, split once.
struct Words {
    delegations: Vec<String>,
    first: Vec<&'static str>,
    last: Vec<&'static str>,
    cities: Vec<(&'static str, &'static str)>,
    verbs: Vec<&'static str>,
    objects: Vec<&'static str>,
    topics: Vec<&'static str>,
    networks: Vec<&'static str>,
    notes: Vec<&'static str>,
}

impl Words {
    fn new() -> Self {
        Self {
            delegations: Vec::new(),
            first: list(FIRST_NAMES),
            last: list(LAST_NAMES),
            cities: list(CITIES)
                .into_iter()
                .filter_map(|c| c.split_once(':'))
                .collect(),
            verbs: list(VERBS),
            objects: list(OBJECTS),
            topics: list(TOPICS),
            networks: list(NETWORKS),
            notes: list(NOTES),
        }
    }

    fn person(&self, rng: &mut Rng) -> String {
        format!("{} {}", rng.pick(&self.first), rng.pick(&self.last))
    }

    /// An action title of 40 to 90 characters: verb, object, and a topic and/or a partner.
    fn title(&self, rng: &mut Rng) -> String {
        loop {
            let mut title = format!("{} {}", rng.pick(&self.verbs), rng.pick(&self.objects));
            if rng.chance(70) {
                title = format!("{title} {}", rng.pick(&self.topics));
            }
            if rng.chance(60) {
                let partner = if rng.chance(70) {
                    format!("avec {}", rng.pick(&self.cities).0)
                } else {
                    (*rng.pick(&self.networks)).to_owned()
                };
                title = format!("{title} {partner}");
            }
            if (40..=90).contains(&title.chars().count()) {
                return title;
            }
        }
    }

    /// Notes as advisers keep them: a line or two most often, sometimes a page (up to about
    /// 2,000 characters), in paragraphs.
    fn notes(&self, rng: &mut Rng) -> String {
        let sentences = if rng.chance(30) {
            rng.between(6, 30)
        } else {
            rng.between(1, 4)
        };
        let mut text = String::new();
        for n in 0..sentences {
            if n > 0 {
                text.push_str(if rng.chance(25) { "\n" } else { " " });
            }
            let sentence: &&str = rng.pick(&self.notes);
            text.push_str(sentence);
            if text.len() > 1900 {
                break;
            }
        }
        text
    }
}

/// A plan of `actions` actions under `actions / 10` objectives, with `actions / 10` trips of
/// ten checklist items each; the same `seed` always gives the same plan.
pub fn plan(actions: usize, seed: u64) -> Plan {
    let mut rng = Rng(seed ^ 0x6A61_6C6F_6E73);
    let mut words = Words::new();
    let mut plan = Plan::empty("Feuille de route internationale — mandature 2014-2020 (générée)");
    plan.mandate_start = Some(MANDATE_START);
    plan.horizons = horizons();
    plan.delegations = delegations(&mut rng, &words);
    words.delegations = plan.delegations.iter().map(|d| d.id.clone()).collect();
    plan.objectives = objectives((actions / 10).max(1), &mut rng);
    plan.trips = (0..actions / 10)
        .map(|t| trip(t, &plan.objectives, &mut rng, &words))
        .collect();
    plan.actions = spread_actions(&plan, actions, &mut rng, &words);
    plan.templates = templates();
    plan
}

/// `plan` with `per_action` check-ins on every action, dated within the two months before the
/// day the plan is "as of", of every health; the same `seed` always gives the same ones.
#[must_use]
pub fn with_checkins(mut plan: Plan, per_action: usize, seed: u64) -> Plan {
    const HEALTHS: [Health; 3] = [Health::OnTrack, Health::AtRisk, Health::OffTrack];
    const TEXTS: [&str; 4] = [
        "Réunion tenue avec le secrétariat\u{a0}; proposition attendue fin du mois.",
        "En attente du retour du ministère.",
        "Calendrier tenu.",
        "Partenaire injoignable depuis deux semaines.",
    ];
    let mut rng = Rng(seed ^ 0x636B_696E);
    for action in &mut plan.actions {
        for n in 0..per_action {
            let on = rng.day(AS_OF - Days::new(60), AS_OF);
            let checkin = CheckIn {
                id: format!("c-{on}-{n}"),
                on,
                by: "Générateur".to_owned(),
                health: *rng.pick(&HEALTHS),
                text: (*rng.pick(&TEXTS)).to_owned(),
                due: None,
            };
            crate::domain::insert_sorted(&mut action.checkins, checkin);
        }
    }
    plan
}

fn horizons() -> Vec<Horizon> {
    let horizon = |id: &str, label: &str, deadline| Horizon {
        source: None,
        id: id.to_owned(),
        label: label.to_owned(),
        start: Some(MANDATE_START),
        deadline: Some(deadline),
        notes: String::new(),
    };
    vec![
        horizon("h-100-jours", "100 premiers jours", date(2014, 7, 14)),
        horizon("h-mi-mandat", "Mi-mandat", date(2017, 4, 5)),
        horizon("h-fin-mandature", "Fin de mandature", MANDATE_END),
    ]
}

fn delegations(rng: &mut Rng, words: &Words) -> Vec<Delegation> {
    list(DELEGATIONS)
        .into_iter()
        .filter_map(|entry| {
            let mut fields = entry.split(':');
            let (slug, name, kind) = (fields.next()?, fields.next()?, fields.next()?);
            let (kind, role) = match kind {
                "p" if rng.chance(70) => (DelegationKind::Portfolio, "Adjoint(e) à la Maire"),
                "p" => (DelegationKind::Portfolio, "Conseiller(ère) délégué(e)"),
                "r" => (DelegationKind::Partner, ""),
                "s" => (DelegationKind::Service, ""),
                _ => (DelegationKind::Group, "Président(e) de groupe"),
            };
            let holder = if role.is_empty() {
                String::new()
            } else {
                words.person(rng)
            };
            Some(Delegation {
                source: None,
                id: format!("d-{slug}"),
                name: name.to_owned(),
                holder,
                role: role.to_owned(),
                kind,
            })
        })
        .collect()
}

/// Which horizon the `i`th of `n` objectives falls under: a tenth under the first hundred
/// days, a third by mid-term, the rest by the end of the term.
fn horizon_of(i: usize, n: usize) -> usize {
    match i * 20 / n {
        0..2 => 0,
        2..9 => 1,
        _ => 2,
    }
}

fn objectives(n: usize, rng: &mut Rng) -> Vec<Objective> {
    let (goals, topics, themes) = (list(GOALS), list(TOPICS), list(THEMES));
    let horizons = ["h-100-jours", "h-mi-mandat", "h-fin-mandature"];
    (0..n)
        .map(|i| Objective {
            source: None,
            id: format!("o-{i}"),
            horizon: horizons[horizon_of(i, n)].to_owned(),
            title: format!("{} {}", rng.pick(&goals), rng.pick(&topics)),
            themes: (0..rng.between(1, 2))
                .map(|_| (*rng.pick(&themes)).to_owned())
                .collect(),
            notes: String::new(),
            checkins: Vec::new(),
        })
        .collect()
}

/// The span of days in which the actions of horizon `h` fall due.
fn window(h: usize) -> (NaiveDate, NaiveDate) {
    let end = match h {
        0 => date(2014, 7, 14),
        1 => date(2017, 4, 5),
        _ => MANDATE_END,
    };
    (MANDATE_START, end)
}

/// `total` actions shared unevenly (1 to 20 weight each) among the objectives, in order.
fn spread_actions(plan: &Plan, total: usize, rng: &mut Rng, words: &Words) -> Vec<Action> {
    let n = plan.objectives.len();
    let weights: Vec<usize> = (0..n).map(|_| rng.between(1, 20)).collect();
    let sum: usize = weights.iter().sum();
    let mut counts: Vec<usize> = weights.iter().map(|w| total * w / sum).collect();
    let mut missing = total - counts.iter().sum::<usize>();
    while missing > 0 {
        counts[rng.below(n)] += 1;
        missing -= 1;
    }
    let mut actions = Vec::with_capacity(total);
    for (o, &count) in counts.iter().enumerate() {
        for _ in 0..count {
            let a = action(actions.len(), o, horizon_of(o, n), plan, rng, words);
            actions.push(a);
        }
    }
    actions
}

fn action(
    number: usize,
    objective: usize,
    horizon: usize,
    plan: &Plan,
    rng: &mut Rng,
    words: &Words,
) -> Action {
    let owner = rng.pick(&words.delegations).clone();
    let mut co_owners = Vec::new();
    if rng.chance(30) {
        for _ in 0..rng.between(1, 3) {
            let co = rng.pick(&words.delegations);
            if *co != owner && !co_owners.contains(co) {
                co_owners.push(co.clone());
            }
        }
    }
    let (from, to) = window(horizon);
    let due = (!rng.chance(5)).then(|| rng.day(from, to));
    let early = due.is_none_or(|d| d < date(2016, 6, 1));
    let status = match rng.below(100) {
        x if x < if early { 42 } else { 15 } => {
            let on = match due {
                Some(d) => rng.day(d - Days::new(60), (d + Days::new(20)).min(AS_OF)),
                None => rng.day(MANDATE_START, AS_OF),
            };
            Status::Done {
                on: on.max(MANDATE_START),
            }
        }
        x if x >= 92 => Status::Blocked,
        x if x >= 75 => Status::InProgress,
        _ => Status::Todo,
    };
    let trip = (!plan.trips.is_empty() && rng.chance(10)).then(|| rng.pick(&plan.trips).id.clone());
    Action {
        source: None,
        start: None,
        id: format!("a-{number}"),
        objective: plan.objectives[objective].id.clone(),
        title: words.title(rng),
        owner,
        co_owners,
        due,
        status,
        notes: if rng.chance(55) {
            words.notes(rng)
        } else {
            String::new()
        },
        trip,
        checkins: Vec::new(),
    }
}

fn trip(t: usize, objectives: &[Objective], rng: &mut Rng, words: &Words) -> Trip {
    let (city, country) = *rng.pick(&words.cities);
    let kind = rng.below(TEMPLATES.len());
    let start = (!rng.chance(15)).then(|| rng.day(date(2014, 5, 1), date(2020, 2, 15)));
    let end = start.map(|s| s + Days::new(rng.between(1, 4) as u64));
    let status = match start {
        None if rng.chance(50) => TripStatus::Considered,
        None => TripStatus::ToCreate,
        Some(s) if s < AS_OF && rng.chance(8) => TripStatus::Cancelled,
        Some(s) if s < AS_OF => TripStatus::Done,
        Some(_) if rng.chance(40) => TripStatus::Confirmed,
        Some(_) => TripStatus::Preparing,
    };
    let id = format!("t-{t}");
    let members = (0..rng.between(2, 6))
        .map(|m| member(&id, m, rng, words))
        .collect();
    let checklist = list(TEMPLATES[kind].2)
        .into_iter()
        .enumerate()
        .map(|(i, entry)| item(&id, i, entry, start, status, rng, words))
        .collect();
    let purpose = format!("{} à {city}", TEMPLATES[kind].1);
    Trip {
        source: None,
        destination: city.to_owned(),
        country: country.to_owned(),
        start,
        end,
        status,
        purpose,
        objectives: (0..rng.between(1, 2))
            .map(|_| rng.pick(objectives).id.clone())
            .collect(),
        members,
        checklist,
        notes: String::new(),
        id,
    }
}

fn member(trip: &str, m: usize, rng: &mut Rng, words: &Words) -> Member {
    let (category, role) = match m {
        0 => (MemberCategory::Elected, "Adjoint(e) à la Maire"),
        1 => (MemberCategory::Staff, "Conseiller(ère) diplomatique"),
        _ => *rng.pick(&[
            (MemberCategory::CouncilGroup, "Conseiller(ère) de Paris"),
            (MemberCategory::CivilSociety, "Représentant(e) associatif"),
            (MemberCategory::Staff, "Chargé(e) de mission DGRI"),
            (MemberCategory::Elected, "Maire d'arrondissement"),
        ]),
    };
    Member {
        source: None,
        id: format!("{trip}.m{m}"),
        name: words.person(rng),
        category,
        role: role.to_owned(),
    }
}

fn item(
    trip: &str,
    i: usize,
    entry: &str,
    start: Option<NaiveDate>,
    status: TripStatus,
    rng: &mut Rng,
    words: &Words,
) -> ChecklistItem {
    let (label, days) = entry.split_once(':').unwrap_or((entry, ""));
    let days: Option<u32> = days.parse().ok();
    let due = match (days, rng.below(100)) {
        (_, 0..15) => None,
        (Some(n), 15..75) => Some(Due::DaysBefore(n)),
        (Some(n), _) => Some(Due::On(start.map_or_else(
            || rng.day(AS_OF, MANDATE_END),
            |s| s - Days::new(u64::from(n)),
        ))),
        (None, _) => start.map(|s| Due::On(s + Days::new(10))),
    };
    let reference = start.unwrap_or(AS_OF);
    let done = match status {
        TripStatus::Done => rng.chance(95),
        _ if reference < AS_OF => rng.chance(60),
        _ => rng.chance(20),
    };
    ChecklistItem {
        notes: String::new(),
        source: None,
        id: format!("{trip}.{i}"),
        label: label.to_owned(),
        owner: rng.chance(85).then(|| rng.pick(&words.delegations).clone()),
        due,
        done_on: done.then(|| rng.day(MANDATE_START, reference.min(AS_OF))),
    }
}

fn templates() -> Vec<ChecklistTemplate> {
    TEMPLATES
        .iter()
        .map(|(id, name, items)| ChecklistTemplate {
            source: None,
            id: (*id).to_owned(),
            name: (*name).to_owned(),
            items: list(items)
                .into_iter()
                .map(|entry| {
                    let (label, days) = entry.split_once(':').unwrap_or((entry, ""));
                    TemplateItem {
                        label: label.to_owned(),
                        days_before: days.parse().ok(),
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate;

    #[test]
    fn a_generated_plan_is_valid_and_reproducible() {
        let a = plan(1_000, 7);
        assert_eq!(validate(&a), Vec::new());
        assert_eq!(a, plan(1_000, 7));
        assert_ne!(a, plan(1_000, 8));
        assert_eq!(a.horizons.len(), 3);
        assert_eq!(a.objectives.len(), 100);
        assert_eq!(a.actions.len(), 1_000);
        assert_eq!(a.trips.len(), 100);
        assert_eq!(a.templates.len(), 3);
        assert!(a.trips.iter().all(|t| t.checklist.len() == 10));
        assert!(
            a.actions
                .iter()
                .all(|x| (40..=90).contains(&x.title.chars().count()))
        );
        let done = a.actions.iter().filter(|x| x.status.is_done()).count();
        assert!((200..=400).contains(&done), "{done} done");
    }

    #[test]
    fn small_plans_are_valid_too() {
        for n in [0, 1, 9, 10, 55] {
            let p = plan(n, 1);
            assert_eq!(p.actions.len(), n);
            assert_eq!(validate(&p), Vec::new(), "{n} actions");
        }
    }
}
