//! Any bytes as a backup file, with or without the backup header (`aftercare-backup 1`, its
//! lock, key derivation and cipher lines; the seeds are real backups): what a backup says about
//! itself is read without a panic, a refused restore writes nothing, and a backup locked with a
//! code or passphrase is never restored without one. (Built without SQLCipher: unlocking with a
//! passphrase is covered by `core/tests/backup_new_phone.rs`.)
#![no_main]

use aftercare_core::journal::{Journal, JournalError};
use chrono::DateTime;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let backup = dir.path().join("backup.aftercare");
    std::fs::write(&backup, data).expect("write the input");

    let info = Journal::inspect_backup(&backup);
    let target_dir = dir.path().join("phone");
    std::fs::create_dir(&target_dir).expect("dir");
    let now = DateTime::from_timestamp(1_795_251_600, 0).expect("valid");
    let restored = Journal::restore(&backup, &target_dir.join("journal.db"), None, now);
    match &info {
        Ok(info) if info.lock.needs_secret() => assert!(
            matches!(
                restored,
                Err(JournalError::BackupLocked(_)) | Err(JournalError::InvalidBackup)
            ),
            "a locked backup restored without its secret: {:?}",
            restored.as_ref().map(|_| ())
        ),
        Err(JournalError::NewerBackupFormat { .. }) => assert!(restored.is_err()),
        _ => {}
    }
    if let Ok(info) = &info {
        assert!(info.kdf_rounds.is_none() || info.lock.needs_secret());
        assert!(!(info.format == 0 && info.lock.needs_secret()));
        // The header's own words, never more: the report of a backup holds no text of it.
        assert!(format!("{info:?}").len() < 200);
    }
    let ok = restored.is_ok();
    drop(restored);
    if !ok {
        // Refused: nothing was written but the lock files.
        let names: Vec<String> = std::fs::read_dir(&target_dir)
            .expect("read dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("-lock"))
            .collect();
        assert!(names.is_empty(), "a refused restore left {names:?}");
    }
});
