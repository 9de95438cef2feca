//! The words for conflicts, in French.

use super::ConflictText;

pub static CONFLICT_FR: ConflictText = ConflictText {
    field: |what, field, kept, mine| {
        format!("{what} · {field} : gardé « {kept} », le vôtre mis de côté : « {mine} »")
    },
    deleted_here: |what| {
        format!("{what} : supprimé ici, modifié ailleurs : gardé avec les modifications")
    },
    deleted_there: |what| {
        format!("{what} : supprimé ailleurs, modifié ici : gardé avec vos modifications")
    },
    collision: |what, id, new| {
        format!("{what} : créé des deux côtés sous l'identifiant {id} : le vôtre devient {new}")
    },
    resurrected: |what| format!("{what} : supprimé, mais encore utilisé : rétabli"),
    invalid: |what| {
        format!(
            "{what} : les deux modifications ne tiennent pas ensemble : la leur gardée, la vôtre mise de côté"
        )
    },
    empty: "vide",
    quotes: ("« ", " »"),
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
    by: |who| format!(" · gardé : écrit par {who}"),
};
