//! The terminal's side of the conversation: what a terminal answers to the queries a program
//! sends (cursor position, device attributes, window size, colours, DECRQM), so that nothing
//! waits for a reply that never comes.

/// The replies a terminal gives to the queries in `raw[from..]`, and where to resume: at an
/// escape sequence not yet complete, else at the end.
pub fn answer_queries(raw: &[u8], from: usize, rows: u16, cols: u16) -> (Vec<u8>, usize) {
    let mut out = Vec::new();
    let mut i = from;
    while i < raw.len() {
        if raw[i] != 0x1b {
            i += 1;
            continue;
        }
        match raw.get(i + 1) {
            None => return (out, i),
            Some(b'[') => {
                // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E.
                let body = &raw[i + 2..];
                let Some(end) = body.iter().position(|b| (0x40..=0x7e).contains(b)) else {
                    if body.iter().all(|b| (0x20..=0x3f).contains(b)) {
                        return (out, i);
                    }
                    i += 2;
                    continue;
                };
                out.extend(csi_reply(&body[..=end], rows, cols));
                i += 2 + end + 1;
            }
            Some(b']') => {
                // OSC, ended by BEL or ST.
                let body = &raw[i + 2..];
                let end = body.iter().enumerate().find_map(|(j, &b)| match b {
                    0x07 => Some((j, 1)),
                    0x1b if body.get(j + 1) == Some(&b'\\') => Some((j, 2)),
                    _ => None,
                });
                let Some((end, terminator)) = end else {
                    return (out, i);
                };
                out.extend(osc_reply(&body[..end], &body[end..end + terminator]));
                i += 2 + end + terminator;
            }
            Some(_) => i += 2,
        }
    }
    (out, raw.len())
}

fn csi_reply(seq: &[u8], rows: u16, cols: u16) -> Vec<u8> {
    match seq {
        b"6n" => b"\x1b[1;1R".to_vec(),              // cursor position
        b"?6n" => b"\x1b[?1;1R".to_vec(),            // DECXCPR
        b"5n" => b"\x1b[0n".to_vec(),                // status: OK
        b"c" | b"0c" => b"\x1b[?62;22c".to_vec(),    // primary device attributes
        b">c" | b">0c" => b"\x1b[>1;10;0c".to_vec(), // secondary device attributes
        b">q" | b">0q" => b"\x1bP>|jalons-e2e(1)\x1b\\".to_vec(), // XTVERSION
        b"18t" => format!("\x1b[8;{rows};{cols}t").into_bytes(), // text area in cells
        b"14t" => format!("\x1b[4;{};{}t", rows * 16, cols * 8).into_bytes(),
        b"16t" => b"\x1b[6;16;8t".to_vec(), // cell size in pixels
        // DECRQM: every mode "not recognised". The kitty keyboard query (`CSI ? u`) stays
        // unanswered, as in a terminal without it: the device attributes reply says so.
        [b'?', mode @ .., b'$', b'p'] if mode.iter().all(u8::is_ascii_digit) => {
            [b"\x1b[?", mode, b";0$y"].concat()
        }
        _ => Vec::new(),
    }
}

fn osc_reply(body: &[u8], terminator: &[u8]) -> Vec<u8> {
    let colour: &[u8] = match body {
        b"10;?" => b"rgb:ffff/ffff/ffff", // foreground
        b"11;?" => b"rgb:0000/0000/0000", // background
        _ => return Vec::new(),
    };
    [b"\x1b]", &body[..3], colour, terminator].concat()
}

#[cfg(test)]
mod tests {
    use super::answer_queries;

    #[test]
    fn queries_are_answered_once_even_when_split_across_reads() {
        let raw = b"\x1b[?1049hab\x1b[6n\x1b[c\x1b]11;?\x07\x1b[";
        let (out, from) = answer_queries(raw, 0, 30, 100);
        assert_eq!(out, b"\x1b[1;1R\x1b[?62;22c\x1b]11;rgb:0000/0000/0000\x07");
        assert_eq!(from, raw.len() - 2);
        let more = [&raw[..], b"?2026$p"].concat();
        let (out, from) = answer_queries(&more, from, 30, 100);
        assert_eq!(out, b"\x1b[?2026;0$y");
        assert_eq!(from, more.len());
    }
}
