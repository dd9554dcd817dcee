//! The journal's schema: numbered, append-only migrations tracked by `PRAGMA user_version`.
//!
//! Never edit a migration that has shipped: add a new one. Each runs once, all pending ones in
//! one IMMEDIATE transaction, so a journal is either fully at the new version or untouched.

use rusqlite::Connection;

use super::error::JournalError;

/// Migrations in order; migration `i` (0-based) takes the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    "
    CREATE TABLE settings (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        zone        TEXT NOT NULL,
        wake        TEXT NOT NULL,
        check_in    TEXT NOT NULL,
        quiet_start TEXT,
        quiet_end   TEXT,
        locale      TEXT NOT NULL,
        categories  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE protocols (
        id          TEXT NOT NULL,
        version     INTEGER NOT NULL,
        json        TEXT NOT NULL,
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (id, version)
    ) STRICT;

    CREATE TABLE sessions (
        id               INTEGER PRIMARY KEY,
        protocol_id      TEXT NOT NULL,
        protocol_version INTEGER NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('planned', 'done')),
        starts_at        INTEGER,
        ended_at         INTEGER,
        zone             TEXT NOT NULL,
        created_at       INTEGER NOT NULL,
        CHECK (status = 'planned' OR ended_at IS NOT NULL),
        CHECK (status = 'done' OR starts_at IS NOT NULL)
    ) STRICT;
    CREATE INDEX sessions_by_end ON sessions (status, ended_at);

    CREATE TABLE symptom_entries (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
        observed_at INTEGER NOT NULL,
        area        TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX symptoms_by_session_time ON symptom_entries (session_id, observed_at);

    CREATE TABLE photos (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        path       TEXT NOT NULL,
        taken_at   INTEGER NOT NULL,
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        note       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX photos_by_session_time ON photos (session_id, taken_at);

    CREATE TABLE check_ins (
        id         INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        day        TEXT NOT NULL,
        done_at    INTEGER NOT NULL,
        UNIQUE (session_id, day)
    ) STRICT;

    CREATE TABLE reminder_status (
        id     TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('delivered', 'done', 'dismissed', 'snoozed')),
        at     INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE reminder_scheduled (
        os_id   TEXT PRIMARY KEY,
        id      TEXT NOT NULL,
        fire_at INTEGER NOT NULL
    ) STRICT;
    ",
    // 2: when the full integrity check last passed, so opening need not scan every page.
    "
    CREATE TABLE integrity_checks (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        checked_at INTEGER NOT NULL
    ) STRICT;
    ",
    // 3: "I contacted my provider" records, the clinic's contact and the app's own state.
    "
    CREATE TABLE provider_contacts (
        id           INTEGER PRIMARY KEY,
        session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rule_id      TEXT,
        contacted_at INTEGER NOT NULL,
        note         TEXT NOT NULL DEFAULT '',
        created_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX provider_contacts_by_session ON provider_contacts (session_id, contacted_at);

    CREATE TABLE clinic (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        name       TEXT NOT NULL DEFAULT '',
        phone      TEXT NOT NULL DEFAULT '',
        email      TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE app_state (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT;
    ",
    // 4: each session's entry count, kept by triggers, so a read through the index can tell
    // a complete log from one a damaged index entry cut short without scanning the table.
    "
    ALTER TABLE sessions ADD COLUMN entry_count INTEGER NOT NULL DEFAULT 0;
    UPDATE sessions SET entry_count =
        (SELECT count(*) FROM symptom_entries NOT INDEXED WHERE session_id = sessions.id);
    CREATE TRIGGER symptom_entries_count_insert AFTER INSERT ON symptom_entries BEGIN
        UPDATE sessions SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
    END;
    CREATE TRIGGER symptom_entries_count_delete AFTER DELETE ON symptom_entries BEGIN
        UPDATE sessions SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
    END;
    CREATE TRIGGER symptom_entries_count_move AFTER UPDATE OF session_id ON symptom_entries
        WHEN OLD.session_id <> NEW.session_id BEGIN
        UPDATE sessions SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        UPDATE sessions SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
    END;
    ",
    // 5: forms the patient had not saved when the app went to the background (at most one
    // row), so that the system ending the process loses nothing. Apart from `app_state`, which
    // holds no health data, because a draft holds notes.
    "
    CREATE TABLE unsaved_forms (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL,
        kept_at INTEGER NOT NULL
    );
    ",
    // 6: a fever answered yes or no, with the temperature the patient measured (tenths of a
    // degree Celsius). Every earlier entry was rated 0–10 and keeps that meaning.
    "
    ALTER TABLE symptom_entries ADD COLUMN yes_no INTEGER NOT NULL DEFAULT 0
        CHECK (yes_no IN (0, 1));
    ALTER TABLE symptom_entries ADD COLUMN temperature_dc INTEGER
        CHECK (temperature_dc IS NULL OR temperature_dc BETWEEN 0 AND 1000);
    ",
    // 7: preparation steps the patient marked done, per booked session (the Today checklist);
    // a step done is a reminder that need not fire.
    "
    CREATE TABLE preparation_done (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        rule_id    TEXT NOT NULL,
        done_at    INTEGER NOT NULL,
        PRIMARY KEY (session_id, rule_id)
    ) STRICT;
    ",
    // 8: every schema version the journal went through. The version in the file's header is one
    // 4-byte field; a damaged one must not pass for a journal of a newer app (refused forever)
    // or an older one (migrations run twice). Filled by `migrate`, not by SQL, so every later
    // migration is logged too.
    "
    CREATE TABLE schema_log (
        version INTEGER PRIMARY KEY
    ) STRICT;
    ",
];

/// The first schema version with a `schema_log` table (see the migration above).
pub(crate) const SCHEMA_LOG_SINCE: u32 = 8;

/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The schema version of an open database.
pub(crate) fn version(conn: &Connection) -> Result<u32, JournalError> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    u32::try_from(v).map_err(|_| JournalError::Corrupted)
}

/// What an open database is, judged by its tables and its schema version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// No tables and version 0: a new journal (migrating creates it).
    New,
    /// An Aftercare journal whose tables agree with its version.
    Journal,
    /// An Aftercare journal (it has the symptom log) whose tables or version log disagree with
    /// the version in its header: damage.
    Inconsistent,
    /// Another program's database, or an empty one with a version: never written to.
    Foreign,
}

/// What an open database at schema `version` is. A journal has the symptom log; one at or
/// after [`SCHEMA_LOG_SINCE`] has a version log whose last entry is its version.
pub(crate) fn kind(conn: &Connection, version: u32) -> Result<Kind, JournalError> {
    let names: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    let has = |table: &str| names.iter().any(|n| n == table);
    if names.is_empty() {
        return Ok(if version == 0 {
            Kind::New
        } else {
            Kind::Foreign
        });
    }
    if !has("symptom_entries") {
        return Ok(Kind::Foreign);
    }
    let first_schema = ["settings", "protocols", "sessions", "symptom_entries"];
    if version == 0 || !first_schema.iter().all(|t| has(t)) {
        return Ok(Kind::Inconsistent);
    }
    let logged: Option<i64> = if has("schema_log") {
        conn.query_row("SELECT max(version) FROM schema_log", [], |r| r.get(0))?
    } else {
        None
    };
    let consistent = match logged {
        Some(last) => last == i64::from(version),
        // Before the log existed; a version at or past it without the log is damage.
        None => version < SCHEMA_LOG_SINCE,
    };
    Ok(if consistent {
        Kind::Journal
    } else {
        Kind::Inconsistent
    })
}

/// Brings the schema to [`SCHEMA_VERSION`]; refuses a newer one without writing.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), JournalError> {
    let found = version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(JournalError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the write lock.
    let now_found = version(&tx)?;
    if now_found > SCHEMA_VERSION {
        return Err(JournalError::NewerSchema {
            found: now_found,
            supported: SCHEMA_VERSION,
        });
    }
    for sql in &MIGRATIONS[now_found as usize..] {
        tx.execute_batch(sql)?;
    }
    // Every version gone through, earlier ones included when the log is new.
    for version in 1..=SCHEMA_VERSION {
        tx.execute(
            "INSERT OR IGNORE INTO schema_log (version) VALUES (?1)",
            [version],
        )?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}
