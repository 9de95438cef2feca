//! The store's text: exactly the bytes of `serde_json::to_writer_pretty` plus a trailing
//! newline (a test holds it to that), laid out by `cache::TextCache`, which also serves saves.

use serde::Serialize;

use crate::domain::Plan;

/// `value` pretty-printed as it stands `depth` levels down in the store: every line after the
/// first indented by two spaces a level. JSON text never holds a raw newline inside a string,
/// so splitting at newlines is safe.
pub fn at_depth(value: &impl Serialize, depth: usize) -> Vec<u8> {
    let flat = serde_json::to_vec_pretty(value).expect("a plan always serialises");
    let indent = "  ".repeat(depth);
    let mut out = Vec::with_capacity(flat.len() + flat.len() / 4);
    for &b in &flat {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(indent.as_bytes());
        }
    }
    out
}

/// The whole store's text for `plan`: the same layout a save writes, from no kept text.
pub fn to_bytes(plan: &Plan) -> Vec<u8> {
    super::cache::TextCache::default()
        .layout(plan, 0)
        .to_vec(&[])
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
