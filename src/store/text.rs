//! The store's text, written on two cores: the two long lists (actions, trips) are
//! serialised at the same time and set in the object by hand. The bytes are exactly those of
//! `serde_json::to_writer_pretty` (a test holds them to it), plus a trailing newline.

use serde::Serialize;

use crate::domain::Plan;

/// `value` pretty-printed as it stands at depth one of the store: every line after the first
/// indented by two more spaces. JSON text never holds a raw newline inside a string, so
/// splitting at newlines is safe.
pub fn nested(value: &impl Serialize) -> Vec<u8> {
    let flat = serde_json::to_vec_pretty(value).expect("a plan always serialises");
    let mut out = Vec::with_capacity(flat.len() + flat.len() / 8);
    for &b in &flat {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(b"  ");
        }
    }
    out
}

pub fn to_bytes(plan: &Plan) -> Vec<u8> {
    let (actions, trips) = std::thread::scope(|scope| {
        let actions = scope.spawn(|| nested(&plan.actions));
        let trips = nested(&plan.trips);
        (actions.join().expect("serialising does not panic"), trips)
    });
    // The plan's own fields, in order; an absent mandate start is left out, as serde does.
    let mut fields: Vec<(&str, Vec<u8>)> = vec![
        ("schema_version", nested(&plan.schema_version)),
        ("title", nested(&plan.title)),
    ];
    if plan.mandate_start.is_some() {
        fields.push(("mandate_start", nested(&plan.mandate_start)));
    }
    fields.extend([
        ("horizons", nested(&plan.horizons)),
        ("objectives", nested(&plan.objectives)),
        ("actions", actions),
        ("delegations", nested(&plan.delegations)),
        ("trips", trips),
        ("templates", nested(&plan.templates)),
    ]);
    let size: usize = fields.iter().map(|(_, v)| v.len() + 32).sum();
    let mut out = Vec::with_capacity(size + 8);
    out.extend_from_slice(b"{\n");
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(b"  \"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\": ");
        out.extend_from_slice(value);
    }
    out.extend_from_slice(b"\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::to_bytes;

    #[test]
    fn the_bytes_are_those_of_serde_json_pretty() {
        for plan in [
            crate::builtin::roadmap(),
            crate::generate::plan(300, 7),
            crate::domain::Plan::empty("é"),
        ] {
            let mut expected = serde_json::to_vec_pretty(&plan).expect("serialises");
            expected.push(b'\n');
            assert!(
                to_bytes(&plan) == expected,
                "the store text differs from serde_json's"
            );
        }
    }
}
