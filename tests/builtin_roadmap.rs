//! The built-in roadmap (`assets/roadmap.json`) is the Mayor of Paris's note of 16 May 2014 to
//! her deputy for international relations and her councillor for Europe. These tests check that
//! it parses, is well formed (unique ids, references that resolve, canonical layout) and names
//! every item of the note, so that no edit can silently drop one.

use std::collections::HashSet;

use chrono::NaiveDate;
use jalons::domain::DelegationKind::{Group, Partner, Portfolio, Service};
use jalons::domain::MemberCategory::{CivilSociety, CouncilGroup, Elected};
use jalons::domain::TripStatus::{Considered, Preparing, ToCreate};
use jalons::domain::{
    Action, ChecklistTemplate, Delegation, DelegationKind, Horizon, Member, MemberCategory,
    Objective, Plan, Status, Trip, TripStatus,
};

const ASSET: &str = include_str!("../assets/roadmap.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Horizon,
    Objective,
    Action,
    Trip,
    Checklist,
}

/// Every item of the note: what it is, the kind of record that carries it, and the words
/// (case-insensitive) that one record of that kind must all contain in its title, label, notes,
/// purpose or destination.
#[rustfmt::skip]
const NOTE: &[(&str, Kind, &[&str])] = &[
    ("approche transverse avec les délégations concernées", Kind::Objective, &["délégations concernées", "transverse"]),
    ("Bureau de l'AIMF, jalons pour l'AG de Dakar", Kind::Action, &["bureau", "aimf", "dakar"]),
    ("AG de Dakar à l'automne", Kind::Objective, &["dakar", "automne"]),
    ("grands axes de la stratégie au sein de CGLU", Kind::Action, &["grands axes", "cglu"]),
    ("prochaines échéances CGLU", Kind::Action, &["échéances", "cglu"]),
    ("premier déplacement à New York", Kind::Action, &["premier déplacement", "new york"]),
    ("rencontre bilatérale avec le Maire de New York", Kind::Action, &["rencontre bilatérale", "maire de new york"]),
    ("délégation d'acteurs de la société civile", Kind::Action, &["composition", "délégation", "société civile", "new york"]),
    ("déplacement attendu à Madrid", Kind::Action, &["madrid"]),
    ("déplacement à créer à Berlin", Kind::Action, &["créer", "berlin"]),
    ("dès cette année, l'Amérique du Sud", Kind::Action, &["dès cette année", "amérique du sud"]),
    ("conférence de presse, dispositif COP 21", Kind::Action, &["conférence de presse", "cop 21"]),
    ("2015, Conférence mondiale sur le Climat", Kind::Horizon, &["2015", "conférence mondiale sur le climat"]),
    ("groupe de travail COP 21 avec le MAE", Kind::Action, &["groupe de travail", "cop 21", "mae"]),
    ("adjoints chargés de l'environnement", Kind::Action, &["cop 21", "environnementales"]),
    ("Forum de Paris juste avant la conférence", Kind::Action, &["forum de paris", "juste avant"]),
    ("mobilisation institutionnelle par les réseaux de villes", Kind::Action, &["mobilisation institutionnelle", "réseaux de villes"]),
    ("cahier des charges commun, commandes publiques, transports", Kind::Action, &["cahier des charges", "commandes publiques", "transports"]),
    ("société civile parisienne et climat", Kind::Action, &["société civile parisienne", "climat"]),
    ("déplacements emblématiques avec tous les groupes", Kind::Objective, &["ensemble des groupes du conseil de paris", "auschwitz", "erevan", "israël et palestine"]),
    ("Europe centrale et orientale", Kind::Objective, &["europe centrale et orientale"]),
    ("Bucarest, coopération relative aux Rom", Kind::Action, &["bucarest", "relative aux rom"]),
    ("Europe du Sud : culture et économie", Kind::Action, &["europe du sud", "cultur", "économ"]),
    ("réseau des ambassadeurs de Paris", Kind::Action, &["réseau des ambassadeurs de paris", "postes diplomatiques"]),
    ("villes liées par un accord d'amitié et de coopération", Kind::Action, &["accord d'amitié et de coopération"]),
    ("UCUE interlocuteur des institutions européennes", Kind::Action, &["ucue", "interlocuteur", "institutions européennes"]),
    ("réunion de Rome de l'UCUE à l'automne", Kind::Objective, &["rome", "ucue", "automne"]),
    ("fonds structurels aux métropoles et capitales", Kind::Action, &["fonds structurels", "métropoles", "capitales"]),
    ("mobiliser l'ensemble des directions", Kind::Action, &["ensemble des directions de la ville"]),
    ("rendez-vous avec la Commission européenne", Kind::Action, &["rendez-vous", "commission européenne"]),
    ("image et attractivité de Paris dans tous les domaines", Kind::Objective, &["image", "attractivité", "tous les domaines"]),
    ("ressources nouvelles", Kind::Action, &["ressources nouvelles"]),
    ("transversalité, principe de pensée et d'action", Kind::Objective, &["transversalité", "principe de pensée et d'action"]),
    ("fonds internationaux et européens", Kind::Action, &["fonds internationaux et européens"]),
    ("coopération décentralisée : numérique et développement durable", Kind::Action, &["coopération décentralisée", "numérique", "développement durable"]),
    ("sans délaisser les champs traditionnels", Kind::Objective, &["sans délaisser"]),
    ("mobilisation des étrangers à Paris", Kind::Action, &["étrangers à paris"]),
    ("réseaux Erasmus", Kind::Action, &["réseaux erasmus"]),
    ("partenariats avec les grandes écoles parisiennes", Kind::Action, &["grandes écoles parisiennes"]),
    ("trip: Bruxelles, Commission européenne", Kind::Trip, &["bruxelles", "commission européenne"]),
    ("checklist: rencontre avec le Maire de New York", Kind::Checklist, &["maire de new york"]),
    ("checklist: contribution au sommet d'un réseau", Kind::Checklist, &["contribution", "aimf"]),
    ("checklist: interventions aux sommets", Kind::Checklist, &["interventions"]),
    ("checklist: représentants des groupes du Conseil", Kind::Checklist, &["représentants", "groupe du conseil de paris"]),
];

#[rustfmt::skip]
const HORIZONS: [(&str, &str, &str); 3] = [
    ("h-100-jours", "100 premiers jours", "2014-07-14"),
    ("h-mi-mandat", "Mi-mandat", "2017-04-05"),
    ("h-fin-mandature", "Fin de mandature", "2020-03-15"),
];

/// The cross-cutting themes the note names, each with the theme names that stand for it.
#[rustfmt::skip]
const THEMES: [&[&str]; 5] = [
    &["économie", "développement économique"], &["numérique"], &["climat", "environnement"],
    &["culture"], &["santé"],
];

#[rustfmt::skip]
const TRIPS: [(&str, &str, TripStatus); 11] = [
    ("madrid", "Madrid", Considered), ("berlin", "Berlin", ToCreate),
    ("new-york", "New York", Preparing), ("amerique-du-sud", "Amérique du Sud", Considered),
    ("dakar", "Dakar", Considered), ("rome", "Rome", Considered),
    ("bucarest", "Bucarest", Considered), ("bruxelles", "Bruxelles", Considered),
    ("auschwitz", "Auschwitz", Considered), ("erevan", "Erevan", Considered),
    ("israel-palestine", "Israël et Palestine", Considered),
];

/// Who the note says travels: (trip, category, name if the note gives one).
#[rustfmt::skip]
const MEMBERS: &[(&str, MemberCategory, &str)] = &[
    ("madrid", Elected, "Anne Hidalgo"), ("berlin", Elected, "Anne Hidalgo"),
    ("new-york", Elected, "Anne Hidalgo"), ("amerique-du-sud", Elected, "Anne Hidalgo"),
    ("new-york", CivilSociety, ""),
    ("auschwitz", CouncilGroup, ""), ("auschwitz", CivilSociety, ""),
    ("erevan", CouncilGroup, ""), ("erevan", CivilSociety, ""),
    ("israel-palestine", CouncilGroup, ""), ("israel-palestine", CivilSociety, ""),
];

#[rustfmt::skip]
const DELEGATIONS: [(&str, &str, DelegationKind); 7] = [
    ("d-ri-francophonie", "Patrick Klugman", Portfolio),
    ("d-europe", "Hermano Sanches Ruivo", Portfolio),
    ("d-cabinet-maire", "", Service), ("d-directions", "", Service),
    ("d-mae", "", Partner), ("d-postes-diplomatiques", "", Partner),
    ("d-groupes-cp", "", Group),
];

/// The only people the note names (the Mayor signs it); anyone else would be invented.
#[rustfmt::skip]
const PEOPLE: [&str; 4] = ["", "Patrick Klugman", "Hermano Sanches Ruivo", "Anne Hidalgo"];

#[rustfmt::skip]
const TEMPLATES: [&str; 3] = ["tpl-visite-bilaterale", "tpl-sommet-reseau", "tpl-deplacement-memoriel"];

fn plan() -> Plan {
    serde_json::from_str(ASSET).unwrap_or_else(|e| panic!("roadmap.json is not a Plan: {e}"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

trait Record {
    fn id(&self) -> &str;
}

macro_rules! record {
    ($($t:ty),*) => { $(impl Record for $t { fn id(&self) -> &str { &self.id } })* };
}
record!(
    Horizon,
    Objective,
    Action,
    Delegation,
    Trip,
    ChecklistTemplate
);

/// The record with this id; fails naming the id if there is none.
fn get<'a, T: Record>(records: &'a [T], id: &str) -> &'a T {
    let found = records.iter().find(|r| r.id() == id);
    found.unwrap_or_else(|| panic!("no record {id:?}"))
}

fn id_set<T: Record>(records: &[T]) -> HashSet<&str> {
    records.iter().map(Record::id).collect()
}

/// Every id of the plan, all kinds together, duplicates kept.
fn all_ids(plan: &Plan) -> Vec<&String> {
    let mut ids: Vec<&String> = Vec::new();
    ids.extend(plan.horizons.iter().map(|h| &h.id));
    ids.extend(plan.objectives.iter().map(|o| &o.id));
    ids.extend(plan.actions.iter().map(|a| &a.id));
    ids.extend(plan.delegations.iter().map(|d| &d.id));
    ids.extend(plan.templates.iter().map(|t| &t.id));
    for t in &plan.trips {
        ids.push(&t.id);
        ids.extend(t.members.iter().map(|m| &m.id));
        ids.extend(t.checklist.iter().map(|c| &c.id));
    }
    ids
}

fn is_slug(id: &str) -> bool {
    let ok = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-';
    id.split('.').all(|p| !p.is_empty() && p.bytes().all(ok))
}

/// The note's words a record quotes, or nothing.
fn quote(source: Option<&jalons::domain::Source>) -> String {
    source.map(|s| s.quote.clone()).unwrap_or_default()
}

/// The searchable text (title, label, notes, purpose, destination, the note's words it quotes)
/// of every record, lowercased.
fn texts(plan: &Plan) -> Vec<(Kind, String)> {
    let mut out = Vec::new();
    let mut add = |kind, parts: &[&String]| {
        let text = parts.iter().map(|p| p.to_lowercase());
        out.push((kind, text.collect::<Vec<_>>().join(" ")));
    };
    for h in &plan.horizons {
        add(
            Kind::Horizon,
            &[&h.label, &h.notes, &quote(h.source.as_ref())],
        );
    }
    for o in &plan.objectives {
        add(
            Kind::Objective,
            &[&o.title, &o.notes, &quote(o.source.as_ref())],
        );
    }
    for a in &plan.actions {
        add(
            Kind::Action,
            &[&a.title, &a.notes, &quote(a.source.as_ref())],
        );
    }
    for t in &plan.trips {
        let q = quote(t.source.as_ref());
        add(Kind::Trip, &[&t.destination, &t.purpose, &t.notes, &q]);
        for c in &t.checklist {
            add(Kind::Checklist, &[&c.label]);
        }
    }
    out
}

#[test]
fn the_asset_parses_and_is_canonical() {
    let plan = plan();
    assert_eq!(plan.schema_version, 3, "schema_version");
    assert_eq!(plan.checkin_weeks, 4, "checkin_weeks");
    assert!(
        plan.actions.iter().all(|a| a.checkins.is_empty())
            && plan.objectives.iter().all(|o| o.checkins.is_empty()),
        "the built-in roadmap ships with no check-ins"
    );
    assert_eq!(plan.mandate_start, Some(date("2014-04-05")), "start");
    let pretty = serde_json::to_string_pretty(&plan).expect("serialize");
    let canonical = pretty + "\n" == ASSET;
    assert!(canonical, "not canonical (indent, key order, newline)");
}

#[test]
fn every_item_of_the_note_is_named() {
    let plan = plan();
    let texts = texts(&plan);
    for (item, kind, words) in NOTE {
        let has = |t: &str| words.iter().all(|w| t.contains(&w.to_lowercase()));
        let found = texts.iter().any(|(k, t)| k == kind && has(t));
        assert!(found, "« {item} »: no {kind:?} has all of {words:?}");
    }
}

#[test]
fn the_three_horizons_have_their_dates() {
    let plan = plan();
    assert_eq!(plan.horizons.len(), 3, "three horizons");
    for (id, label, deadline) in HORIZONS {
        let h = get(&plan.horizons, id);
        assert_eq!(h.label, label, "label of {id}");
        assert_eq!(h.start, Some(date("2014-04-05")), "start of {id}");
        assert_eq!(h.deadline, Some(date(deadline)), "deadline of {id}");
    }
}

#[test]
fn every_cross_cutting_theme_is_on_an_objective() {
    let plan = plan();
    let mut themes = HashSet::new();
    for o in &plan.objectives {
        themes.extend(o.themes.iter().map(|t| t.to_lowercase()));
    }
    for accepted in THEMES {
        let found = accepted.iter().any(|t| themes.contains(*t));
        assert!(found, "no objective has the theme {accepted:?}");
    }
}

#[test]
fn every_trip_is_there_with_its_status_members_and_checklist() {
    let plan = plan();
    for (id, destination, status) in TRIPS {
        let t = get(&plan.trips, id);
        assert_eq!(t.destination, destination, "destination of {id}");
        assert_eq!(t.status, status, "status of {id}");
        assert_eq!((t.start, t.end), (None, None), "{id}: no dates");
        assert!(!t.purpose.is_empty(), "{id} has no purpose");
        assert!(!t.objectives.is_empty(), "{id} serves no objective");
        assert!(t.checklist.len() >= 6, "{id}: checklist too short");
        let done = t.checklist.iter().any(|c| c.done_on.is_some());
        assert!(!done, "{id}: nothing is done yet");
    }
    for (id, category, name) in MEMBERS {
        let members = &get(&plan.trips, id).members;
        let is = |m: &Member| m.category == *category && (name.is_empty() || m.name == *name);
        let found = members.iter().any(is);
        assert!(found, "{id}: no {category:?} member {name}");
    }
}

#[test]
fn delegations_are_there_and_name_no_one_the_note_does_not() {
    let plan = plan();
    for (id, holder, kind) in DELEGATIONS {
        let d = get(&plan.delegations, id);
        assert_eq!((d.holder.as_str(), d.kind), (holder, kind), "{id}");
    }
    let elected = plan.trips.iter().flat_map(|t| &t.members);
    let elected = elected.filter(|m| m.category == MemberCategory::Elected);
    let holders = plan.delegations.iter().map(|d| (&d.id, &d.holder));
    for (id, who) in holders.chain(elected.map(|m| (&m.id, &m.name))) {
        assert!(PEOPLE.contains(&who.as_str()), "{id}: who is {who:?}?");
    }
}

#[test]
fn actions_start_todo_and_fall_due_at_their_horizon_unless_the_note_says_when() {
    let plan = plan();
    for a in &plan.actions {
        assert_eq!(a.status, Status::Todo, "{}: the note is the start", a.id);
        let when = a.source.as_ref().map_or("", |s| s.when.as_str());
        if when.is_empty() {
            let objective = get(&plan.objectives, &a.objective);
            let horizon = get(&plan.horizons, &objective.horizon);
            assert_eq!(a.due, horizon.deadline, "due date of {}", a.id);
            assert_eq!(a.start, None, "start of {}", a.id);
        }
    }
}

/// The note's own words about time, the records they date, and the dates they give: the last
/// day the words allow ("à l'automne" 2014: 21 December), or the day the note is written for
/// "dès à présent" and "dès cette année".
const TIME_PHRASES: &[(&str, &[&str], Option<&str>, &str)] = &[
    // (the note's words, records, start, due)
    ("à court (100 jours)", &[], None, "2014-07-14"),
    (
        "prochaine AG de Dakar à l'automne",
        &["a-aimf-ag-dakar"],
        None,
        "2014-12-21",
    ),
    (
        "Dès cette année",
        &["a-amerique-du-sud"],
        Some("2014-05-16"),
        "2014-12-31",
    ),
    (
        "pilotiez dès à présent",
        &["a-groupe-travail-cop21"],
        Some("2014-05-16"),
        "2015-11-30",
    ),
    (
        "juste avant la conférence internationale",
        &[
            "a-forum-de-paris",
            "a-forum-reseaux-villes",
            "a-cahier-des-charges",
            "a-forum-societe-civile",
        ],
        None,
        "2015-11-30",
    ),
    (
        "L'année 2015 se caractérisera également par des événements à forte portée symbolique et mémorielle",
        &["a-auschwitz", "a-erevan"],
        None,
        "2015-12-31",
    ),
    (
        "la réunion de Rome de l'UCUE à l'automne prochain",
        &[
            "a-ucue-elements-strategiques",
            "a-ucue-fonds-structurels",
            "a-ucue-directions",
        ],
        None,
        "2014-12-21",
    ),
    (
        "rapidement après sa mise en place",
        &["a-commission-europeenne"],
        None,
        "2014-12-31",
    ),
];

#[test]
fn each_time_the_note_gives_dates_what_it_speaks_of() {
    let note = include_str!("../assets/note-2014-05-16.txt");
    let plan = plan();
    for (words, ids, start, due) in TIME_PHRASES {
        assert!(note.contains(words), "the note does not say {words:?}");
        if ids.is_empty() {
            let h = get(&plan.horizons, "h-100-jours");
            assert_eq!(h.deadline, Some(date(due)), "{words}");
        }
        for id in *ids {
            let a = get(&plan.actions, id);
            assert_eq!(a.due, Some(date(due)), "{id}: due for « {words} »");
            assert_eq!(a.start, start.map(date), "{id}: start for « {words} »");
            let when = a.source.as_ref().map_or("", |s| s.when.as_str());
            assert!(
                !when.is_empty(),
                "{id}: the detail must say what the note says of when"
            );
        }
    }
}

#[test]
fn every_quotation_is_the_note_word_for_word() {
    let note = include_str!("../assets/note-2014-05-16.txt");
    let plan = plan();
    let quotes = plan
        .horizons
        .iter()
        .map(|r| (&r.id, &r.source))
        .chain(plan.objectives.iter().map(|r| (&r.id, &r.source)))
        .chain(plan.actions.iter().map(|r| (&r.id, &r.source)))
        .chain(plan.delegations.iter().map(|r| (&r.id, &r.source)))
        .chain(plan.trips.iter().map(|r| (&r.id, &r.source)));
    let mut quoting = 0;
    for (id, source) in quotes {
        let Some(source) = source else { continue };
        // A quotation may join several sentences: each is the note's.
        for sentence in source.quote.split(". ").filter(|s| !s.is_empty()) {
            let sentence = sentence.trim_end_matches('.');
            assert!(
                note.contains(sentence),
                "{id} quotes what the note does not say: {sentence:?}"
            );
        }
        quoting += usize::from(!source.quote.is_empty());
    }
    assert!(quoting >= 60, "only {quoting} records quote the note");
}

#[test]
fn what_the_note_does_not_decide_is_marked_as_an_example() {
    let plan = plan();
    for a in &plan.actions {
        let s = a
            .source
            .as_ref()
            .expect("every action says where it comes from");
        assert!(!s.quote.is_empty(), "{}: no quotation", a.id);
        assert!(s.assumes("owner"), "{}: the note assigns no owner", a.id);
    }
    for t in &plan.trips {
        for c in &t.checklist {
            let example = c.source.as_ref().is_some_and(|s| s.example);
            assert!(example, "{}: checklist items come from templates", c.id);
        }
    }
    let brussels = get(&plan.trips, "bruxelles");
    assert!(
        brussels.source.as_ref().is_some_and(|s| s.example),
        "the note names no Brussels trip"
    );
    for id in ["d-cabinet-maire", "d-dgri"] {
        let d = get(&plan.delegations, id);
        assert!(
            d.source.as_ref().is_some_and(|s| s.example),
            "{id} is not in the note"
        );
    }
    let end = get(&plan.horizons, "h-fin-mandature");
    assert!(end.source.as_ref().is_some_and(|s| s.assumes("deadline")));
}

#[test]
fn ids_are_unique_slugs_and_every_reference_resolves() {
    let plan = plan();
    let mut seen = HashSet::new();
    for id in all_ids(&plan) {
        assert!(is_slug(id), "id {id:?} is not a lowercase ASCII slug");
        assert!(seen.insert(id), "id {id:?} is used twice");
    }
    let (horizons, objectives) = (id_set(&plan.horizons), id_set(&plan.objectives));
    let (delegations, trips) = (id_set(&plan.delegations), id_set(&plan.trips));
    let mut refs: Vec<(&String, &String, &HashSet<&str>)> = Vec::new();
    for o in &plan.objectives {
        refs.push((&o.id, &o.horizon, &horizons));
    }
    for a in &plan.actions {
        refs.push((&a.id, &a.objective, &objectives));
        refs.push((&a.id, &a.owner, &delegations));
        refs.extend(a.co_owners.iter().map(|d| (&a.id, d, &delegations)));
        refs.extend(a.trip.iter().map(|t| (&a.id, t, &trips)));
    }
    for t in &plan.trips {
        refs.extend(t.objectives.iter().map(|o| (&t.id, o, &objectives)));
        for c in &t.checklist {
            refs.extend(c.owner.iter().map(|d| (&c.id, d, &delegations)));
        }
        let members = t.members.iter().map(|m| &m.id);
        for id in members.chain(t.checklist.iter().map(|c| &c.id)) {
            let nested = id.strip_prefix(&t.id).is_some_and(|r| r.starts_with('.'));
            assert!(nested, "{id} is not named after its trip {}", t.id);
        }
    }
    for (from, to, targets) in refs {
        let found = targets.contains(to.as_str());
        assert!(found, "{from} refers to unknown {to:?}");
    }
    for id in TEMPLATES {
        let len = get(&plan.templates, id).items.len();
        assert!(len >= 6, "template {id} is too short");
    }
}
