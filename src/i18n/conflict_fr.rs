//! The words for conflicts, in French.

use super::ConflictText;

pub static CONFLICT_FR: ConflictText = ConflictText {
    field: |what, field, kept, mine| {
        format!(
            "{what} · {field}\u{a0}: gardé «\u{a0}{kept}\u{a0}», le vôtre mis de côté\u{a0}: «\u{a0}{mine}\u{a0}»"
        )
    },
    deleted_here: |what| {
        format!("{what}\u{a0}: supprimé ici, modifié ailleurs\u{a0}: gardé avec les modifications")
    },
    deleted_there: |what| {
        format!("{what}\u{a0}: supprimé ailleurs, modifié ici\u{a0}: gardé avec vos modifications")
    },
    collision: |what, id, new| {
        format!(
            "{what}\u{a0}: créé des deux côtés sous l'identifiant {id}\u{a0}: le vôtre devient {new}"
        )
    },
    resurrected: |what| format!("{what}\u{a0}: supprimé, mais encore utilisé\u{a0}: rétabli"),
    invalid: |what| {
        format!(
            "{what}\u{a0}: les deux modifications ne tiennent pas ensemble\u{a0}: la leur gardée, la vôtre mise de côté"
        )
    },
    empty: "vide",
    quotes: ("«\u{a0}", "\u{a0}»"),
    plan: "la feuille de route",
    field_name: |key| match key {
        "title" => "intitulé",
        "label" => "libellé",
        "name" => "nom",
        "due" | "deadline" => "échéance",
        "status" => "statut",
        "notes" => "notes",
        "owner" => "porteur",
        "co_owners" => "co-porteurs",
        "objective" => "objectif",
        "objectives" => "objectifs",
        "trip" => "déplacement",
        "start" => "début",
        "end" => "fin",
        "destination" => "destination",
        "country" => "pays",
        "purpose" => "objet",
        "themes" => "thèmes",
        "holder" => "titulaire",
        "role" => "rôle",
        "kind" => "type",
        "category" => "catégorie",
        "done_on" => "fait le",
        "horizon" => "horizon",
        "items" => "éléments",
        "mandate_start" => "début du mandat",
        "id" => "identifiant",
        _ => "champ",
    },
    by: |who| format!(" · gardé\u{a0}: écrit par {who}"),
};
