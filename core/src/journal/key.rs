//! The journal key and its verifier.
//!
//! SQLCipher answers a wrong key with "not a database", exactly as it answers a damaged file.
//! Moving a healthy journal aside because the key was wrong would look like data loss to the
//! patient, so next to an encrypted journal we keep `<journal>-keycheck`: a random salt, the
//! journal file's own SQLCipher salt (its first 16 bytes, random per file and never changed),
//! and an HMAC-SHA256 of both under the key. It reveals nothing about the key or the data. It
//! says whether a key is the one it was made with *and* which file it was made for, so a key
//! check copied beside another journal (or a journal copied beside another key check) is never
//! taken for proof that the journal is damaged.

use std::fmt;
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::error::JournalError;

/// The first version: the key only, not bound to a file (still read).
const MAGIC_V1: &str = "aftercare-keycheck-v1";
/// Bound to the journal file's SQLCipher salt.
const MAGIC: &str = "aftercare-keycheck-v2";

/// An encrypted file's SQLCipher salt: its first 16 bytes.
pub(crate) type FileSalt = [u8; 16];

/// A raw 256-bit key held by the caller (Keychain / Keystore); zeroed when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct JournalKey([u8; 32]);

impl JournalKey {
    /// A key from 32 raw bytes.
    pub fn new(bytes: [u8; 32]) -> JournalKey {
        JournalKey(bytes)
    }

    /// A key from a byte slice, which must be exactly 32 bytes long.
    pub fn from_slice(bytes: &[u8]) -> Result<JournalKey, JournalError> {
        let array: [u8; 32] = bytes
            .try_into()
            .map_err(|_| JournalError::invalid("key", "must be exactly 32 bytes"))?;
        Ok(JournalKey(array))
    }

    /// The key as SQLCipher's raw-key literal (`x'…'`): no key derivation, so opening is fast.
    pub(crate) fn sqlcipher_literal(&self) -> String {
        format!("x'{}'", hex(&self.0))
    }

    /// The key with an explicit salt, in place of the one in the file's first bytes: SQLCipher
    /// then reads the file's pages as if its salt were `salt` (used to tell a damaged salt from
    /// a file that is not this key's).
    pub(crate) fn sqlcipher_literal_with_salt(&self, salt: &FileSalt) -> String {
        format!("x'{}{}'", hex(&self.0), hex(salt))
    }

    fn tag(&self, salt: &[u8], bound: Option<&FileSalt>, magic: &str) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).expect("any key length");
        mac.update(salt);
        if let Some(bound) = bound {
            mac.update(bound);
        }
        mac.update(magic.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

impl Drop for JournalKey {
    fn drop(&mut self) {
        // Best effort: volatile writes so the compiler keeps them.
        for byte in self.0.iter_mut() {
            unsafe { std::ptr::write_volatile(byte, 0) };
        }
    }
}

impl fmt::Debug for JournalKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JournalKey(..)")
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Where the verifier of a journal lives.
pub(crate) fn check_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_os_string();
    name.push("-keycheck");
    PathBuf::from(name)
}

/// What the verifier says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyCheck {
    /// No verifier: the journal is not encrypted, or the verifier was lost.
    Absent,
    /// The key is the one the verifier was made with, for the file whose salt is `bound`
    /// (`None`: a first-version verifier, made before verifiers named their file).
    Matches {
        /// The salt of the file the verifier was made for.
        bound: Option<FileSalt>,
    },
    /// The key is not the one the verifier was made with.
    Differs,
}

impl KeyCheck {
    /// Whether the verifier was made with this key for the file whose salt is `salt`.
    pub(crate) fn proves(&self, salt: Option<&FileSalt>) -> bool {
        matches!(self, KeyCheck::Matches { bound: Some(bound) } if Some(bound) == salt)
    }
}

/// Checks `key` against the verifier beside `journal` (`None`: no key was given).
pub(crate) fn check(journal: &Path, key: Option<&JournalKey>) -> KeyCheck {
    // A regular file of a few bytes, read without blocking (never a FIFO planted there).
    let Some(text) = super::place::read_small(&check_path(journal)) else {
        return KeyCheck::Absent;
    };
    let parts: Vec<&str> = text.split_whitespace().collect();
    let (magic, salt, tag, bound) = match parts.as_slice() {
        [MAGIC_V1, salt, tag] => (MAGIC_V1, *salt, *tag, None),
        [MAGIC, salt, tag, bound] => match unhex(bound).and_then(|b| FileSalt::try_from(b).ok()) {
            Some(bound) => (MAGIC, *salt, *tag, Some(bound)),
            None => return KeyCheck::Absent,
        },
        _ => return KeyCheck::Absent,
    };
    let (Some(salt), Some(tag)) = (unhex(salt), unhex(tag)) else {
        return KeyCheck::Absent;
    };
    match key {
        Some(key) if key.tag(&salt, bound.as_ref(), magic).as_slice() == tag.as_slice() => {
            KeyCheck::Matches { bound }
        }
        _ => KeyCheck::Differs,
    }
}

/// Whether the verifier beside `journal` is of the version that names its file (written by a
/// version that also marks the journal's WAL).
pub(crate) fn names_its_file(journal: &Path) -> bool {
    super::place::read_small(&check_path(journal))
        .is_some_and(|text| text.split_whitespace().next() == Some(MAGIC))
}

/// The SQLCipher salt of an encrypted file (its first 16 bytes); `None` for a plain SQLite
/// file or one too short to have a salt.
pub(crate) fn file_salt(file: &Path) -> Option<FileSalt> {
    use std::io::Read;
    let mut salt = [0u8; 16];
    super::place::open_regular(file)?
        .read_exact(&mut salt)
        .ok()?;
    (&salt != b"SQLite format 3\0").then_some(salt)
}

/// Writes the verifier for `key` beside `journal`, atomically, bound to the salt of `file` (the
/// journal itself, or the file about to be renamed into its place).
pub(crate) fn write_check(
    journal: &Path,
    key: &JournalKey,
    file: &Path,
) -> Result<(), JournalError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| JournalError::Io {
        op: "make a random salt",
        kind: std::io::ErrorKind::Other,
    })?;
    let bound = file_salt(file).ok_or(JournalError::Corrupted)?;
    let text = format!(
        "{MAGIC} {} {} {}\n",
        hex(&salt),
        hex(&key.tag(&salt, Some(&bound), MAGIC)),
        hex(&bound)
    );
    super::output::replace_private(&check_path(journal), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifier_tells_the_right_key_from_a_wrong_one() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("j.db");
        let key = JournalKey::new([7; 32]);
        assert_eq!(check(&journal, Some(&key)), KeyCheck::Absent);
        std::fs::write(&journal, [9u8; 1024]).unwrap();
        write_check(&journal, &key, &journal).unwrap();
        assert_eq!(
            check(&journal, Some(&key)),
            KeyCheck::Matches {
                bound: Some([9; 16])
            }
        );
        assert!(check(&journal, Some(&key)).proves(file_salt(&journal).as_ref()));
        assert!(!check(&journal, Some(&key)).proves(Some(&[8; 16])));
        assert_eq!(
            check(&journal, Some(&JournalKey::new([8; 32]))),
            KeyCheck::Differs
        );
        assert_eq!(check(&journal, None), KeyCheck::Differs);
        let text = std::fs::read_to_string(check_path(&journal)).unwrap();
        assert!(
            !text.contains(&hex(&[7; 32])),
            "the key itself is never written"
        );
        assert!(JournalKey::from_slice(&[1; 31]).is_err());
        assert_eq!(format!("{key:?}"), "JournalKey(..)");
    }
}
