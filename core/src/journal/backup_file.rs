//! The backup file: a short text header that says what the backup is and how it is locked,
//! readable before any passphrase, then the database. The header holds no health data.
//!
//! ```text
//! aftercare-backup 1
//! lock recovery-code
//! kdf pbkdf2-hmac-sha512 256000
//! cipher sqlcipher-4 aes-256-cbc hmac-sha512 page-4096
//! made 2026-11-21T12:00:00Z
//!
//! <the database: SQLCipher pages (its random salt first) or a plain SQLite file>
//! ```
//!
//! Lines are ASCII, `key value…`, ending in `\n`; an empty line ends the header (at most
//! [`MAX_HEADER`] bytes). `lock` is `recovery-code`, `passphrase`, `journal-key` (the journal's
//! own key: only the phone or key file that made it opens it) or `none`. `kdf` and `cipher` are
//! present for the first two. A file that does not start with the magic word is a backup made
//! before this format: the bare database file (the journal's key, or plain).

use std::io::Read;

use chrono::{DateTime, SecondsFormat, Utc};

use super::error::JournalError;

const MAGIC: &str = "aftercare-backup";
/// The format this code writes and reads.
pub const BACKUP_FORMAT: u32 = 1;
/// The longest header read.
pub(crate) const MAX_HEADER: usize = 1024;

/// The key derivation this version uses: SQLCipher 4's own default, PBKDF2-HMAC-SHA512 with
/// 256,000 rounds (measured in `benches/backup_kdf.rs`; see `core/docs/journal.md`).
pub const KDF_ROUNDS: u32 = 256_000;
/// The fewest and most rounds a backup may ask for: fewer would be a tampered header (and a
/// weak lock), more would make a hostile header stall the phone.
const KDF_ROUNDS_ACCEPTED: std::ops::RangeInclusive<u32> = 64_000..=10_000_000;
const KDF_NAME: &str = "pbkdf2-hmac-sha512";
const CIPHER: &str = "sqlcipher-4 aes-256-cbc hmac-sha512 page-4096";

/// How a backup is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum BackupLock {
    /// Not encrypted: the backup of a plain journal made without a passphrase.
    None,
    /// With the journal's own key: only the phone (or key file) that made it can open it.
    JournalKey,
    /// With a recovery code the app made.
    RecoveryCode,
    /// With a passphrase the patient chose.
    Passphrase,
}

impl BackupLock {
    fn code(self) -> &'static str {
        match self {
            BackupLock::None => "none",
            BackupLock::JournalKey => "journal-key",
            BackupLock::RecoveryCode => "recovery-code",
            BackupLock::Passphrase => "passphrase",
        }
    }

    fn from_code(code: &str) -> Option<BackupLock> {
        [
            BackupLock::None,
            BackupLock::JournalKey,
            BackupLock::RecoveryCode,
            BackupLock::Passphrase,
        ]
        .into_iter()
        .find(|lock| lock.code() == code)
    }

    /// Whether opening it needs a recovery code or a passphrase.
    pub fn needs_secret(self) -> bool {
        matches!(self, BackupLock::RecoveryCode | BackupLock::Passphrase)
    }
}

/// What a backup says about itself before it is unlocked. Never health data.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupInfo {
    /// The file's format: [`BACKUP_FORMAT`], or 0 for a backup made before it (a bare
    /// database file).
    pub format: u32,
    /// How it is locked (for a format-0 backup: by whether it is plain SQLite).
    pub lock: BackupLock,
    /// The key derivation's rounds (PBKDF2-HMAC-SHA512), for a code's or passphrase's backup.
    pub kdf_rounds: Option<u32>,
    /// When it was made, if it says.
    pub made_at: Option<DateTime<Utc>>,
}

/// The header for a backup made now.
pub(crate) fn header(lock: BackupLock, now: DateTime<Utc>) -> String {
    let mut text = format!("{MAGIC} {BACKUP_FORMAT}\nlock {}\n", lock.code());
    if lock.needs_secret() {
        text.push_str(&format!("kdf {KDF_NAME} {KDF_ROUNDS}\ncipher {CIPHER}\n"));
    }
    text.push_str(&format!(
        "made {}\n\n",
        now.to_rfc3339_opts(SecondsFormat::Secs, true)
    ));
    text
}

/// Reads what a backup says about itself from its first bytes; returns it with the length of
/// the header (where the database starts). A file without the magic word is a format-0
/// backup. A header this version cannot read is [`JournalError::InvalidBackup`], or
/// [`JournalError::NewerBackupFormat`] when it was written by a newer version.
pub(crate) fn read(file: &mut impl Read) -> Result<(BackupInfo, usize), JournalError> {
    let mut start = Vec::with_capacity(MAX_HEADER);
    file.take(MAX_HEADER as u64)
        .read_to_end(&mut start)
        .map_err(|_| JournalError::InvalidBackup)?;
    parse(&start)
}

/// [`read`] on bytes already read.
pub(crate) fn parse(start: &[u8]) -> Result<(BackupInfo, usize), JournalError> {
    if !start.starts_with(MAGIC.as_bytes()) {
        let plain = start.starts_with(b"SQLite format 3\0");
        return Ok((
            BackupInfo {
                format: 0,
                lock: if plain {
                    BackupLock::None
                } else {
                    BackupLock::JournalKey
                },
                kdf_rounds: None,
                made_at: None,
            },
            0,
        ));
    }
    let end = start
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or(JournalError::InvalidBackup)?;
    let text = std::str::from_utf8(&start[..end]).map_err(|_| JournalError::InvalidBackup)?;
    let mut lines = text.lines();
    let format: u32 = lines
        .next()
        .and_then(|l| l.strip_prefix(MAGIC))
        .and_then(|v| v.trim().parse().ok())
        .ok_or(JournalError::InvalidBackup)?;
    if format > BACKUP_FORMAT {
        return Err(JournalError::NewerBackupFormat {
            found: format,
            supported: BACKUP_FORMAT,
        });
    }
    if format == 0 {
        return Err(JournalError::InvalidBackup);
    }
    let (mut lock, mut kdf_rounds, mut cipher, mut made_at) = (None, None, None, None);
    for line in lines {
        let (key, value) = line.split_once(' ').ok_or(JournalError::InvalidBackup)?;
        match key {
            "lock" => lock = BackupLock::from_code(value),
            "kdf" => {
                kdf_rounds = value
                    .strip_prefix(KDF_NAME)
                    .and_then(|r| r.trim().parse::<u32>().ok())
                    .filter(|r| KDF_ROUNDS_ACCEPTED.contains(r));
                if kdf_rounds.is_none() {
                    return Err(JournalError::InvalidBackup);
                }
            }
            "cipher" => cipher = Some(value == CIPHER),
            "made" => {
                made_at = DateTime::parse_from_rfc3339(value)
                    .ok()
                    .map(|t| t.with_timezone(&Utc))
            }
            // Lines a later version of this format may add are not needed to open it.
            _ => {}
        }
    }
    let lock = lock.ok_or(JournalError::InvalidBackup)?;
    if lock.needs_secret() && (kdf_rounds.is_none() || cipher != Some(true)) {
        return Err(JournalError::InvalidBackup);
    }
    Ok((
        BackupInfo {
            format,
            lock,
            kdf_rounds: lock.needs_secret().then_some(kdf_rounds).flatten(),
            made_at,
        },
        end + 2,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn headers_read_back_and_bad_ones_are_refused() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap();
        for lock in [
            BackupLock::None,
            BackupLock::JournalKey,
            BackupLock::RecoveryCode,
            BackupLock::Passphrase,
        ] {
            let text = header(lock, now);
            assert!(text.len() < MAX_HEADER);
            let mut bytes = text.clone().into_bytes();
            bytes.extend_from_slice(b"SQLite format 3\0...");
            let (info, len) = parse(&bytes).unwrap();
            assert_eq!(len, text.len());
            assert_eq!(info.lock, lock);
            assert_eq!(info.format, BACKUP_FORMAT);
            assert_eq!(info.made_at, Some(now));
            assert_eq!(info.kdf_rounds, lock.needs_secret().then_some(KDF_ROUNDS));
        }
        let (old, len) = parse(b"SQLite format 3\0rest").unwrap();
        assert_eq!((old.format, old.lock, len), (0, BackupLock::None, 0));
        let (old, _) = parse(&[0x9a; 64]).unwrap();
        assert_eq!(old.lock, BackupLock::JournalKey);
        assert!(matches!(
            parse(b"aftercare-backup 2\nlock none\n\n"),
            Err(JournalError::NewerBackupFormat { found: 2, .. })
        ));
        for bad in [
            &b"aftercare-backup 1\nlock none\n"[..],
            b"aftercare-backup x\nlock none\n\n",
            b"aftercare-backup 1\nlock sideways\n\n",
            b"aftercare-backup 1\nlock passphrase\n\n",
            b"aftercare-backup 1\nlock passphrase\nkdf pbkdf2-hmac-sha512 1\ncipher sqlcipher-4 aes-256-cbc hmac-sha512 page-4096\n\n",
            b"aftercare-backup 1\nlock passphrase\nkdf pbkdf2-hmac-sha512 99999999999\ncipher sqlcipher-4 aes-256-cbc hmac-sha512 page-4096\n\n",
            b"aftercare-backup 1\nlock passphrase\nkdf scrypt 256000\ncipher sqlcipher-4 aes-256-cbc hmac-sha512 page-4096\n\n",
            b"aftercare-backup 1\nlock passphrase\nkdf pbkdf2-hmac-sha512 256000\ncipher rot13\n\n",
            b"aftercare-backup 1\nlocknone\n\n",
        ] {
            assert!(
                matches!(parse(bad), Err(JournalError::InvalidBackup)),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
