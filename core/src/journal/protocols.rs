//! Clinic protocols imported into the journal, every version kept.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::{Journal, JournalError, to_db};
use crate::catalog::Catalog;
use crate::protocol::ProtocolRef;

/// The built-ins plus every stored import, oldest version first.
pub(crate) fn load_catalog(conn: &Connection) -> Result<Catalog, JournalError> {
    let mut catalog = Catalog::builtin();
    let mut stmt = conn.prepare("SELECT json FROM protocols ORDER BY id, version")?;
    let files = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for json in files {
        // Stored files were valid when imported; one that no longer loads (a future format)
        // is skipped rather than making the whole journal unreadable.
        let _ = catalog.import(&json);
    }
    Ok(catalog)
}

impl Journal {
    /// Checks a clinic protocol file and stores it. Sessions keep the version they were
    /// planned with; the same id and version may only be imported again unchanged.
    pub fn import_protocol(
        &self,
        json: &str,
        now: DateTime<Utc>,
    ) -> Result<ProtocolRef, JournalError> {
        let mut catalog = self.catalog();
        let protocol = catalog.import(json).map_err(|err| {
            let problem = &err.problems()[0];
            JournalError::invalid(
                format!("protocol.{}", problem.path),
                problem.message.clone(),
            )
        })?;
        let reference = protocol.reference();
        self.write(|tx| {
            tx.execute(
                "INSERT OR IGNORE INTO protocols (id, version, json, imported_at) VALUES (?1, ?2, ?3, ?4)",
                params![reference.id, reference.version, json, to_db(now)],
            )?;
            Ok(())
        })?;
        *self
            .catalog
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = catalog;
        Ok(reference)
    }
}
