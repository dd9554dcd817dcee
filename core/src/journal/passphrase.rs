//! What locks a backup for a new phone: a recovery code the app makes (the default) or a
//! passphrase the patient chooses, with a floor on how weak it may be. Either one goes to
//! SQLCipher's own key derivation; nothing here is cryptography.
//!
//! The code's randomness comes from the operating system (`getrandom`, the crate the journal
//! already uses for its key check's salt): a code a caller could predict or replay would not
//! protect anything, so unlike "now" it is not something the caller passes in.

use std::fmt;

/// The recovery code's alphabet: Crockford's base 32 (no I, L, O or U). Typed back, O is read
/// as 0 and I or L as 1, so the look-alikes cannot be got wrong.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Groups of four, six of them: 24 characters, 120 random bits.
const GROUPS: usize = 6;
const GROUP: usize = 4;
const CODE_CHARS: usize = GROUPS * GROUP;

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// The longest passphrase accepted, in characters.
const MAX_PASSPHRASE_CHARS: usize = 256;
/// How many different characters a passphrase needs at least.
const MIN_DIFFERENT: usize = 5;
/// What is left of a passphrase once common words and runs are taken out must be this long.
const MIN_REST: usize = 8;
/// A passphrase of digits only needs this many.
const MIN_DIGITS_ONLY: usize = 16;

/// Words and runs every password list starts with (English and Spanish): they add nothing.
const COMMON: [&str; 24] = [
    "password",
    "passwort",
    "contraseña",
    "contrasena",
    "clave",
    "secret",
    "secreto",
    "qwertz",
    "qwerty",
    "azerty",
    "asdfgh",
    "letmein",
    "welcome",
    "bienvenido",
    "iloveyou",
    "teamo",
    "admin",
    "aftercare",
    "microneedling",
    "123456789",
    "12345",
    "abcdef",
    "000000",
    "111111",
];

/// Why a passphrase or a code was not taken. Messages never repeat it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseProblem {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("a passphrase needs at least {min} characters")]
    TooShort {
        /// The minimum.
        min: u32,
    },
    /// Longer than anyone types.
    #[error("a passphrase can have at most {max} characters")]
    TooLong {
        /// The maximum.
        max: u32,
    },
    /// Too few different characters, a repeated block, a keyboard or alphabet run, a common
    /// word, or digits only.
    #[error(
        "this passphrase is too easy to guess: avoid repeats, runs like abc or 123, and common words"
    )]
    TooEasy,
    /// A control character (it could not be typed again on another phone).
    #[error("a passphrase cannot contain control characters")]
    ControlCharacter,
    /// Not 24 letters and digits of a recovery code.
    #[error("a recovery code is 24 letters and digits, in six groups of four")]
    NotACode,
}

/// A passphrase or recovery code as the key derivation gets it; zeroed when dropped, never
/// printed (`Debug` says only which kind it is).
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase {
    text: String,
    code: bool,
}

impl Passphrase {
    /// A passphrase the patient chose (leading and trailing spaces dropped), refused if it is
    /// below the floor described in `core/docs/journal.md`.
    pub fn chosen(text: &str) -> Result<Passphrase, PassphraseProblem> {
        let text = text.trim();
        check_strength(text)?;
        Ok(Passphrase {
            text: text.to_string(),
            code: false,
        })
    }

    /// A recovery code as typed: spaces, dashes and case do not matter, and O, I and L are
    /// read as 0, 1 and 1.
    pub fn recovery_code(text: &str) -> Result<Passphrase, PassphraseProblem> {
        let mut canonical = String::with_capacity(CODE_CHARS);
        for c in text.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(PassphraseProblem::NotACode);
            }
            canonical.push(c);
        }
        if canonical.chars().count() != CODE_CHARS {
            return Err(PassphraseProblem::NotACode);
        }
        Ok(Passphrase {
            text: canonical,
            code: true,
        })
    }

    /// What was typed to unlock a backup: a code for a code's backup, else the passphrase as
    /// typed (only trimmed: the floor applies when a passphrase is chosen, not when it is used).
    pub fn to_unlock(text: &str, code: bool) -> Result<Passphrase, PassphraseProblem> {
        if code {
            return Passphrase::recovery_code(text);
        }
        let text = text.trim();
        if text.chars().any(char::is_control) {
            return Err(PassphraseProblem::ControlCharacter);
        }
        if text.is_empty() {
            return Err(PassphraseProblem::TooShort {
                min: MIN_PASSPHRASE_CHARS as u32,
            });
        }
        Ok(Passphrase {
            text: text.to_string(),
            code: false,
        })
    }

    /// Whether it is a recovery code (else a chosen passphrase).
    pub fn is_recovery_code(&self) -> bool {
        self.code
    }

    /// The text SQLCipher derives the key from.
    pub(crate) fn secret(&self) -> &str {
        &self.text
    }

    /// The passphrase as an SQL string literal (quotes doubled): `PRAGMA key` takes no bound
    /// parameter. Control characters (NUL among them) are never in a passphrase.
    pub(crate) fn sql_literal(&self) -> Zeroed {
        Zeroed(format!("'{}'", self.text.replace('\'', "''")))
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        wipe(&mut self.text);
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.code {
            "Passphrase(recovery code)"
        } else {
            "Passphrase(..)"
        })
    }
}

/// A string holding a secret, zeroed when dropped (best effort).
pub(crate) struct Zeroed(pub(crate) String);

impl Drop for Zeroed {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

fn wipe(text: &mut str) {
    // SAFETY: zero bytes are valid UTF-8; volatile writes so the compiler keeps them.
    for byte in unsafe { text.as_bytes_mut() } {
        unsafe { std::ptr::write_volatile(byte, 0) };
    }
}

/// A new recovery code: 24 characters from the operating system's random source.
pub fn new_recovery_code() -> Result<RecoveryCode, getrandom::Error> {
    let mut random = [0u8; CODE_CHARS];
    getrandom::fill(&mut random)?;
    Ok(RecoveryCode::from_random(random))
}

/// A recovery code to show the patient once: six groups of four.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode([u8; CODE_CHARS]);

impl RecoveryCode {
    /// The code these random bytes make (each byte's low five bits pick a character).
    fn from_random(mut random: [u8; CODE_CHARS]) -> RecoveryCode {
        let mut code = [0u8; CODE_CHARS];
        for (out, byte) in code.iter_mut().zip(random.iter()) {
            *out = ALPHABET[usize::from(byte & 31)];
        }
        random.iter_mut().for_each(|b| *b = 0);
        RecoveryCode(code)
    }

    /// The six groups ("7K3M", …).
    pub fn groups(&self) -> Vec<String> {
        self.0
            .chunks(GROUP)
            .map(|g| String::from_utf8_lossy(g).into_owned())
            .collect()
    }

    /// The code as the key derivation takes it.
    pub fn passphrase(&self) -> Passphrase {
        Passphrase {
            text: String::from_utf8_lossy(&self.0).into_owned(),
            code: true,
        }
    }
}

impl fmt::Display for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.groups().join("-"))
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(..)")
    }
}

impl Drop for RecoveryCode {
    fn drop(&mut self) {
        for byte in self.0.iter_mut() {
            unsafe { std::ptr::write_volatile(byte, 0) };
        }
    }
}

/// The floor a chosen passphrase must clear. Not an estimate of strength (no such crate is in
/// the build, and a small list cannot be one): it turns away what a guesser tries first.
fn check_strength(text: &str) -> Result<(), PassphraseProblem> {
    if text.chars().any(char::is_control) {
        return Err(PassphraseProblem::ControlCharacter);
    }
    let chars: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort {
            min: MIN_PASSPHRASE_CHARS as u32,
        });
    }
    if chars.len() > MAX_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooLong {
            max: MAX_PASSPHRASE_CHARS as u32,
        });
    }
    let mut different = chars.clone();
    different.sort_unstable();
    different.dedup();
    let digits_only = chars
        .iter()
        .all(|c| c.is_ascii_digit() || c.is_whitespace());
    if different.len() < MIN_DIFFERENT
        || repeats_a_block(&chars)
        || (digits_only && chars.len() < MIN_DIGITS_ONLY)
        || rest_without_common(&chars) < MIN_REST
    {
        return Err(PassphraseProblem::TooEasy);
    }
    Ok(())
}

/// Whether the text is one shorter block said again and again ("abcabcabcabc").
fn repeats_a_block(chars: &[char]) -> bool {
    (1..=chars.len() / 2).any(|unit| {
        chars.len() % unit == 0 && chars.chunks(unit).all(|block| block == &chars[..unit])
    })
}

/// How many characters are left once common words are taken out and every run of characters
/// that step by the same amount (aaaa, abcd, 4321, spaces) counts as its first two.
fn rest_without_common(chars: &[char]) -> usize {
    let mut text: String = chars.iter().collect();
    for word in COMMON {
        text = text.replace(word, " ");
    }
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = 0;
    let mut run_step: Option<i64> = None;
    for (i, &c) in chars.iter().enumerate() {
        let step = i
            .checked_sub(1)
            .map(|p| i64::from(u32::from(c)) - i64::from(u32::from(chars[p])));
        match (step, run_step) {
            (Some(step), Some(run)) if step == run && step.abs() <= 1 => {}
            (Some(step), _) => {
                run_step = Some(step);
                rest += 1;
            }
            (None, _) => rest += 1,
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_groups_of_four_and_read_back_forgivingly() {
        let code = RecoveryCode::from_random(std::array::from_fn(|i| (i * 37) as u8));
        let shown = code.to_string();
        assert_eq!(shown.len(), 24 + 5);
        assert_eq!(code.groups().len(), 6);
        assert!(shown.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
        let typed = shown.to_lowercase().replace('-', " ");
        assert_eq!(
            Passphrase::recovery_code(&typed).unwrap(),
            code.passphrase()
        );
        // O for 0, I and L for 1.
        let with_zero = "0000-1111-2222-3333-4444-5555";
        let looks_alike = "oooo-iiii-2222-3333-4444-5555";
        assert_eq!(
            Passphrase::recovery_code(looks_alike).unwrap(),
            Passphrase::recovery_code(with_zero).unwrap()
        );
        for bad in [
            "",
            "ABCD-EFGH",
            "ABCD-EFGH-JKMN-PQRS-TVWX-YZ0U",
            "ÄBCD-EFGH-JKMN-PQRS-TVWX-YZ01",
        ] {
            assert_eq!(
                Passphrase::recovery_code(bad),
                Err(PassphraseProblem::NotACode),
                "{bad}"
            );
        }
        let a = new_recovery_code().unwrap();
        let b = new_recovery_code().unwrap();
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), "RecoveryCode(..)");
        assert_eq!(format!("{:?}", a.passphrase()), "Passphrase(recovery code)");
    }

    #[test]
    fn the_floor_turns_away_what_is_guessed_first() {
        for weak in [
            "short",
            "aaaaaaaaaaaaaaaa",
            "abcabcabcabcabc",
            "abcdefghijklmnop",
            "0123456789012345",
            "123456789012",
            "password1234",
            "Contraseña2024!",
            "qwertyqwerty12",
            "            x           ",
            "1111 2222 3333",
        ] {
            assert!(Passphrase::chosen(weak).is_err(), "{weak:?} was accepted");
        }
        for fine in [
            "correct horse battery staple",
            "mi gata duerme en la ventana",
            "Rojo-Tren-Luna-47",
            "7391 0462 8813 5520",
        ] {
            assert!(Passphrase::chosen(fine).is_ok(), "{fine:?} was refused");
        }
        assert_eq!(
            Passphrase::chosen("eleven char"),
            Err(PassphraseProblem::TooShort { min: 12 })
        );
        assert_eq!(
            Passphrase::chosen("correct\u{1b}horse battery"),
            Err(PassphraseProblem::ControlCharacter)
        );
        // Messages never repeat what was typed.
        let err = Passphrase::chosen("password1234").unwrap_err().to_string();
        assert!(!err.contains("1234"), "{err}");
        assert_eq!(
            Passphrase::chosen("  correct horse battery  ")
                .unwrap()
                .secret(),
            "correct horse battery"
        );
        assert_eq!(
            Passphrase::chosen("it's a long one, isn't it")
                .unwrap()
                .sql_literal()
                .0,
            "'it''s a long one, isn''t it'"
        );
    }
}
