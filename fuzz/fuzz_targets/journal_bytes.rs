//! Arbitrary bytes opened as a journal: never a panic, and nothing deleted. Whatever opening
//! does (refuse, or move the file aside as damaged and start a new journal), the bytes that
//! were there are still on disk, at the journal's path or where the recovery says it put them.
#![no_main]

use aftercare_core::journal::Journal;
use chrono::{DateTime, Utc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.db");
    std::fs::write(&path, data).expect("write the input");
    let now = DateTime::<Utc>::from_timestamp(1_795_000_000, 0).expect("valid");
    let result = Journal::open(&path, None, now);
    let mut kept = std::fs::read(&path).ok().as_deref() == Some(data);
    match &result {
        Ok((journal, recovery)) => {
            if let Some(recovery) = recovery {
                kept |= recovery
                    .moved_to
                    .iter()
                    .any(|p| std::fs::read(p).ok().as_deref() == Some(data));
            }
            // An opened journal answers its reads (with records or a typed error).
            let _ = journal.sessions();
            let _ = journal.stored_settings();
        }
        Err(_) => {}
    }
    // Opened where it was, without recovery, only a SQLite database can have been written to
    // (WAL mode, the schema); anything else must survive byte for byte.
    if !kept {
        let opened_in_place = matches!(&result, Ok((_, None)));
        assert!(
            opened_in_place && data.starts_with(b"SQLite format 3\0"),
            "the input's bytes are gone after {:?}",
            result.as_ref().map(|(_, r)| r).map_err(|e| e.to_string())
        );
    }
});
