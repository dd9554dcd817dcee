//! What reaches the terminal: text from outside (a photo's file name, a path typed by the
//! patient, a clinic's protocol) must never drive it. Control characters (escape sequences,
//! bell, NUL, carriage return) and the bidirectional overrides that reorder a line are shown as
//! `\u{…}` instead of being written; line breaks and tabs stay.

use std::borrow::Cow;

/// Whether a character would act on the terminal instead of being shown.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// `text` with every character that would act on the terminal made visible.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `println!` for text that may come from outside (see the module doc).
macro_rules! say {
    () => {
        println!()
    };
    ($($arg:tt)*) => {
        println!("{}", $crate::terminal::visible(&format!($($arg)*)))
    };
}

/// `eprintln!` for text that may come from outside (see the module doc).
macro_rules! say_err {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::terminal::visible(&format!($($arg)*)))
    };
}

pub(crate) use {say, say_err};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bells_and_overrides_are_shown_not_obeyed() {
        assert_eq!(visible("plain ñ — text\n\tmore"), "plain ñ — text\n\tmore");
        assert_eq!(
            visible("a\u{1b}[2Jb\u{7}c\0d\re\u{202e}f\u{9b}g"),
            "a\\u{1b}[2Jb\\u{7}c\\u{0}d\\u{d}e\\u{202e}f\\u{9b}g"
        );
    }
}
