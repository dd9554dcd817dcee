//! The journal key and its verifier.
//!
//! SQLCipher answers a wrong key with "not a database", exactly as it answers a damaged file.
//! Moving a healthy journal aside because the key was wrong would look like data loss to the
//! patient, so next to an encrypted journal we keep `<journal>-keycheck`: a random salt and an
//! HMAC-SHA256 of it under the key. It reveals nothing about the key or the data, and it tells
//! a wrong key (refuse, touch nothing) from damage (move aside, start fresh).

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::error::JournalError;

const MAGIC: &str = "aftercare-keycheck-v1";

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

    fn tag(&self, salt: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).expect("any key length");
        mac.update(salt);
        mac.update(MAGIC.as_bytes());
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
    /// The key is the journal's key.
    Matches,
    /// The key is not the journal's key.
    Differs,
}

/// Checks `key` against the verifier beside `journal` (`None`: no key was given).
pub(crate) fn check(journal: &Path, key: Option<&JournalKey>) -> KeyCheck {
    let Ok(text) = std::fs::read_to_string(check_path(journal)) else {
        return KeyCheck::Absent;
    };
    let mut parts = text.split_whitespace();
    let (Some(MAGIC), Some(salt), Some(tag)) = (parts.next(), parts.next(), parts.next()) else {
        return KeyCheck::Absent;
    };
    let (Some(salt), Some(tag)) = (unhex(salt), unhex(tag)) else {
        return KeyCheck::Absent;
    };
    match key {
        Some(key) if key.tag(&salt).as_slice() == tag.as_slice() => KeyCheck::Matches,
        _ => KeyCheck::Differs,
    }
}

/// Writes the verifier for `key` beside `journal`, atomically.
pub(crate) fn write_check(journal: &Path, key: &JournalKey) -> Result<(), JournalError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| JournalError::Io {
        op: "make a random salt",
        kind: std::io::ErrorKind::Other,
    })?;
    let text = format!("{MAGIC} {} {}\n", hex(&salt), hex(&key.tag(&salt)));
    let path = check_path(journal);
    // Unique per writer: two processes creating one journal must not rename each other's file.
    let mut tmp = path.as_os_str().to_os_string();
    tmp.push(format!(".{}-{}.tmp", std::process::id(), hex(&salt[..4])));
    let tmp = PathBuf::from(tmp);
    let write = || -> std::io::Result<()> {
        // Private from the first byte, whatever the umask.
        let mut file = super::place::create_private(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)
    };
    write().map_err(|e| JournalError::io("write the key check", e))
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
        write_check(&journal, &key).unwrap();
        assert_eq!(check(&journal, Some(&key)), KeyCheck::Matches);
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
