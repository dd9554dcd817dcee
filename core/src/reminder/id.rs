//! Stable reminder ids and content fingerprints.

use chrono::{DateTime, Utc};

use crate::session::TreatmentSession;

/// A stable key for a session: its protocol id and the second it ended.
pub fn session_key(session: &TreatmentSession) -> String {
    format!("{}.{}", session.protocol.id, session.ended_at.timestamp())
}

/// An FNV-1a-style 64-bit hash: small and stable across platforms and releases (unlike
/// `DefaultHasher`), which ids and fingerprints need.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) -> &mut Fnv {
        // FNV-1a over 8-byte little-endian words (the tail zero-padded): the same stable
        // definition on every platform, a few times faster than byte by byte on long texts.
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 ^= u64::from_le_bytes(word);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        self
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

/// A positive 31-bit number from an id (Android notification ids and request codes).
pub(crate) fn numeric_id(id: &str) -> i32 {
    let h = Fnv::new().write(id.as_bytes()).finish();
    // Fold 64 bits to 31 so every bit of the hash counts.
    (((h >> 32) ^ h) & 0x7fff_ffff) as i32
}

/// Fingerprint of what the OS shows and when.
pub(crate) fn fingerprint(fire_at: DateTime<Utc>, parts: &[&str]) -> u64 {
    let mut h = Fnv::new();
    h.write(&fire_at.timestamp().to_le_bytes());
    for part in parts {
        h.write(part.as_bytes());
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_stable_and_positive() {
        // Pinned values: a change here would orphan every notification already scheduled.
        assert_eq!(
            numeric_id("microneedling.1763715600:daily-spf:2026-11-22"),
            PINNED
        );
        for id in ["", "a", "x:y:z", "microneedling.0:lifted:1440m"] {
            assert!(numeric_id(id) >= 0);
        }
        assert_ne!(numeric_id("a:b"), numeric_id("a:c"));
        let at = DateTime::from_timestamp(0, 0).unwrap();
        assert_ne!(fingerprint(at, &["ab", "c"]), fingerprint(at, &["a", "bc"]));
    }

    const PINNED: i32 = 102_681_911;
}
