//! FHIR `markdown` that shows text exactly as typed.
//!
//! `Annotation.text` is markdown (CommonMark): a receiver would render a patient's `<b>` as
//! HTML, `# spreading` as a heading and `- near the jaw` as a list. [`literal`] escapes what
//! CommonMark (and GitHub's tables, strikethrough) would read as markup, so every renderer
//! shows the words as written, line breaks included, and HL7's validator finds no embedded
//! HTML (it flags any `<` that starts a tag, `<!` or `<?` without a backslash before it).

/// Characters escaped wherever they stand: emphasis, code, links, raw HTML, entities,
/// strikethrough, tables and the escape character itself.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~'];

/// `text` as CommonMark that renders literally.
///
/// - [`ALWAYS`] characters get a backslash (CommonMark lets any ASCII punctuation be escaped);
///   so do `!` and `?` right after a `<` (the validator reads `<!` and `<?` as markup);
/// - at the start of a line, what would open a block: `#` (heading), `-`, `+`, `=` (list,
///   thematic break, setext underline) and the `.` or `)` after digits (ordered list);
/// - leading spaces and tabs become no-break spaces, so indentation never makes a code block;
/// - line ends become hard line breaks (a backslash before the newline), as the patient
///   typed them; CR LF and lone CR count as one line end.
pub fn literal(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len() + text.len() / 8 + 4);
    let lines: Vec<&str> = text.split('\n').collect();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            out.push_str("\\\n");
        }
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        for _ in 0..indent {
            out.push('\u{a0}');
        }
        let body = &line[indent..];
        let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let mut previous = None;
        for (i, c) in body.char_indices() {
            let opens_block = (i == 0 && matches!(c, '#' | '-' | '+' | '='))
                || (digits > 0 && i == digits && matches!(c, '.' | ')'));
            let after_tag_start = previous == Some('<') && matches!(c, '!' | '?' | '/');
            if ALWAYS.contains(&c) || opens_block || after_tag_start {
                out.push('\\');
            }
            out.push(c);
            previous = Some(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::literal;

    #[test]
    fn markup_is_escaped_and_words_are_kept() {
        assert_eq!(literal("plain words, 38.4 °C"), "plain words, 38.4 °C");
        assert_eq!(
            literal("Yellow <b>left</b> & *more*"),
            "Yellow \\<b\\>left\\<\\/b\\> \\& \\*more\\*"
        );
        assert_eq!(literal("# spreading"), "\\# spreading");
        assert_eq!(literal("- near the jaw"), "\\- near the jaw");
        assert_eq!(literal("2. worse"), "2\\. worse");
        assert_eq!(literal("10) worse"), "10\\) worse");
        assert_eq!(literal("a <!-- b --> <?x"), "a \\<\\!-- b --\\> \\<\\?x");
        assert_eq!(literal("one\ntwo\r\nthree"), "one\\\ntwo\\\nthree");
        assert_eq!(literal("    code?"), "\u{a0}\u{a0}\u{a0}\u{a0}code?");
        assert_eq!(
            literal("[link](x) `c` ~~s~~ a|b"),
            "\\[link\\](x) \\`c\\` \\~\\~s\\~\\~ a\\|b"
        );
        assert_eq!(literal("C:\\temp"), "C:\\\\temp");
        // Not at a line start: left alone.
        assert_eq!(literal("a - b + c = d # e"), "a - b + c = d # e");
    }
}
