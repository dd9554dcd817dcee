//! The provider report: what the patient hands their clinic, from the journal.
//!
//! [`collect`] selects the records (a date range, a session, or everything) and judges them
//! against their plans once; the four formats then write that selection:
//!
//! - [`html`]: one self-contained, printable, accessible page whose first page is each
//!   session's assessment (askama templates, inline CSS and SVG charts, optional photos with
//!   their metadata stripped);
//! - [`csv`]: one row per symptom entry (RFC 4180, the `csv` crate);
//! - [`fhir`]: a FHIR R4 `collection` Bundle (Patient, Procedure, CarePlan, Observation, Media,
//!   and the triage as a ClinicalImpression with a Communication per provider contact);
//! - [`ics`]: an iCalendar file (RFC 5545) of booked sessions, preparation steps and "allowed
//!   again" dates still ahead.
//!
//! Every format function is pure: the same [`ReportData`] gives the same bytes. Photos are the
//! only input from outside the journal: the journal keeps a photo's path and SHA-256, and the
//! caller supplies the file's bytes ([`ReportData::embed_photos`]); they are checked against the
//! hash and stripped of EXIF/XMP/comments before anything is embedded. See `core/docs/reports.md`.

mod assessment;
pub mod csv;
pub mod fhir;
pub mod html;
pub mod ics;
mod names;
pub mod photo;
mod photo_format;
mod select;
mod write;

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::journal::{Journal, JournalError, Photo, SessionRecord};
use crate::plan::RecoveryPlan;
use crate::protocol::Protocol;
use crate::session::DayTimes;
use crate::symptom::SymptomEntry;
use crate::text::Locale;
use crate::triage::CheckIn;

pub use assessment::SessionTriage;
pub use ics::{CalendarEvent, CalendarEventKind, calendar_events};
pub use photo::{EmbeddedImage, PhotoProblem, prepare_photo};
pub use photo_format::PhotoFormat;
pub use select::collect;

/// The longest patient name a report accepts, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The four formats.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum, serde::Serialize, serde::Deserialize,
)]
pub enum ReportFormat {
    /// A self-contained HTML page.
    Html,
    /// CSV, one row per symptom entry.
    Csv,
    /// A FHIR R4 JSON Bundle.
    Fhir,
    /// An iCalendar file.
    Ics,
}

impl ReportFormat {
    /// Every format.
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Html,
        ReportFormat::Csv,
        ReportFormat::Fhir,
        ReportFormat::Ics,
    ];

    /// The code used on the command line: `html`, `csv`, `fhir`, `ics`.
    pub fn code(self) -> &'static str {
        match self {
            ReportFormat::Html => "html",
            ReportFormat::Csv => "csv",
            ReportFormat::Fhir => "fhir",
            ReportFormat::Ics => "ics",
        }
    }

    /// The format for a code.
    pub fn from_code(code: &str) -> Option<ReportFormat> {
        ReportFormat::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The media type of the output.
    pub fn media_type(self) -> &'static str {
        match self {
            ReportFormat::Html => "text/html; charset=utf-8",
            ReportFormat::Csv => "text/csv; charset=utf-8; header=present",
            ReportFormat::Fhir => "application/fhir+json",
            ReportFormat::Ics => "text/calendar; charset=utf-8",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Html => "html",
            ReportFormat::Csv => "csv",
            ReportFormat::Fhir => "json",
            ReportFormat::Ics => "ics",
        }
    }
}

/// What to put in a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRequest {
    /// The first local day (in `zone`) to include; `None`: from the beginning.
    pub from: Option<NaiveDate>,
    /// The last local day (in `zone`) to include; `None`: up to the end.
    pub to: Option<NaiveDate>,
    /// Only this session (and, for the calendar, the booked session after it).
    pub session: Option<i64>,
    /// Embed photos (HTML, FHIR Media). The caller supplies the files' bytes.
    pub include_photos: bool,
    /// The patient's name as they want it shown; `None` leaves every format without a name.
    pub patient_name: Option<String>,
    /// Language of the texts.
    pub locale: Locale,
    /// The zone local days and times are written in.
    pub zone: Tz,
}

impl ReportRequest {
    /// Everything in the journal, no photos, no name.
    pub fn new(locale: Locale, zone: Tz) -> ReportRequest {
        ReportRequest {
            from: None,
            to: None,
            session: None,
            include_photos: false,
            patient_name: None,
            locale,
            zone,
        }
    }
}

/// Why a report could not be made. Messages name fields, dates and record ids, never what the
/// patient wrote or their name.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `from` is after `to`.
    #[error("the range starts ({from}) after it ends ({to})")]
    RangeReversed {
        /// The first day asked for.
        from: NaiveDate,
        /// The last day asked for.
        to: NaiveDate,
    },
    /// A date at the edge of what the calendar can hold.
    #[error("the date {0} is out of range")]
    DateOutOfRange(NaiveDate),
    /// The name is empty, too long or has control characters.
    #[error("name: 1 to 200 characters without control characters")]
    InvalidName,
    /// Nothing in the selection belongs in a calendar (no booked session, preparation step or
    /// "allowed again" date ahead); an empty calendar file would not be valid iCalendar.
    #[error(
        "nothing to put in a calendar: no booked session, preparation step or end of a restriction ahead in this selection"
    )]
    EmptyCalendar,
    /// The journal failed.
    #[error(transparent)]
    Journal(#[from] JournalError),
}

/// What became of a photo's image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoContent {
    /// Photos were not asked for.
    NotRequested,
    /// Checked, stripped and ready to embed.
    Embedded(EmbeddedImage),
    /// Asked for but not included, and why.
    Unavailable(PhotoProblem),
}

/// A photo in the selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportPhoto {
    /// The journal's record.
    pub photo: Photo,
    /// The image, if included.
    pub content: PhotoContent,
}

/// A session in the report with what was recorded for it in the selection.
#[derive(Debug, Clone)]
pub struct ReportSession {
    /// The journal's record.
    pub record: SessionRecord,
    /// Its protocol, if the journal's catalog still has it.
    pub protocol: Option<Arc<Protocol>>,
    /// Its recovery plan (done sessions whose protocol is known).
    pub plan: Option<RecoveryPlan>,
    /// Symptom entries in the selection, oldest first.
    pub entries: Vec<SymptomEntry>,
    /// "All fine today" check-ins in the selection, oldest first.
    pub check_ins: Vec<CheckIn>,
    /// What triage says of it at the end of the selection (done sessions whose protocol is
    /// known).
    pub triage: Option<SessionTriage>,
    /// Photos taken in the selection, oldest first.
    pub photos: Vec<ReportPhoto>,
}

impl ReportSession {
    /// A stable key: protocol id and the second the session ended (or is booked for), as the
    /// reminders use; the journal id keeps two sessions apart if both are missing.
    pub fn key(&self) -> String {
        session_key(&self.record)
    }
}

/// A booked session in the selection.
#[derive(Debug, Clone)]
pub struct PlannedSession {
    /// The journal's record (`starts_at` is set).
    pub record: SessionRecord,
    /// Its protocol, if the catalog has it.
    pub protocol: Option<Arc<Protocol>>,
    /// The ids of the preparation steps the patient marked done (the calendar leaves them out).
    pub preparation_done: Vec<String>,
}

/// Everything a report shows, selected once; the format functions only write it.
#[derive(Debug, Clone)]
pub struct ReportData {
    /// When the report was made (the caller's "now").
    pub generated_at: DateTime<Utc>,
    /// Language of the texts.
    pub locale: Locale,
    /// The zone local times are written in.
    pub zone: Tz,
    /// The patient's name, if they gave one.
    pub patient_name: Option<String>,
    /// The first local day asked for.
    pub from: Option<NaiveDate>,
    /// The last local day asked for.
    pub to: Option<NaiveDate>,
    /// The selection's start instant (midnight of `from` in `zone`).
    pub starts_at: Option<DateTime<Utc>>,
    /// The selection's end instant, exclusive (midnight after `to` in `zone`).
    pub ends_at: Option<DateTime<Utc>>,
    /// The session asked for, if one was.
    pub session_filter: Option<i64>,
    /// The patient's daily times (calendar preparation steps follow them like reminders do).
    pub day_times: DayTimes,
    /// A stable seed for the patient's FHIR id (from the journal's first session).
    pub patient_key: String,
    /// Sessions with their records, oldest first.
    pub sessions: Vec<ReportSession>,
    /// Booked sessions, soonest first.
    pub planned: Vec<PlannedSession>,
}

impl ReportData {
    /// Every symptom entry in the selection.
    pub fn entry_count(&self) -> usize {
        self.sessions.iter().map(|s| s.entries.len()).sum()
    }

    /// Whether the selection holds no session, entry, photo or booking at all.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.planned.is_empty()
    }

    /// Every photo in the selection.
    pub fn photos(&self) -> impl Iterator<Item = &ReportPhoto> {
        self.sessions.iter().flat_map(|s| s.photos.iter())
    }

    /// Supplies one photo's file bytes: they are checked against the recorded SHA-256 and
    /// stripped of metadata. Does nothing unless photos were asked for.
    pub fn embed_photo(&mut self, photo_id: i64, bytes: &[u8]) {
        for session in &mut self.sessions {
            for item in &mut session.photos {
                if item.photo.id == photo_id && item.content != PhotoContent::NotRequested {
                    item.content = match prepare_photo(bytes, &item.photo.sha256) {
                        Ok(image) => PhotoContent::Embedded(image),
                        Err(problem) => PhotoContent::Unavailable(problem),
                    };
                }
            }
        }
    }

    /// Supplies every requested photo's bytes through `load` (`None`: the file could not be
    /// read). Photos that cannot be included are kept as [`PhotoContent::Unavailable`], so the
    /// report says so instead of leaving them out silently.
    pub fn embed_photos(&mut self, mut load: impl FnMut(&Photo) -> Option<Vec<u8>>) {
        for session in &mut self.sessions {
            for item in &mut session.photos {
                if item.content == PhotoContent::NotRequested {
                    continue;
                }
                item.content = match load(&item.photo) {
                    None => PhotoContent::Unavailable(PhotoProblem::Unreadable),
                    Some(bytes) => match prepare_photo(&bytes, &item.photo.sha256) {
                        Ok(image) => PhotoContent::Embedded(image),
                        Err(problem) => PhotoContent::Unavailable(problem),
                    },
                };
            }
        }
    }
}

/// Writes `data` in `format`. Fails only for a calendar with nothing in it.
pub fn render(format: ReportFormat, data: &ReportData) -> Result<String, ReportError> {
    Ok(match format {
        ReportFormat::Html => html::html(data),
        ReportFormat::Csv => csv::csv(data),
        ReportFormat::Fhir => fhir::fhir(data),
        ReportFormat::Ics => {
            if calendar_events(data).is_empty() {
                return Err(ReportError::EmptyCalendar);
            }
            ics::ics(data)
        }
    })
}

impl Journal {
    /// A report in `format` at `now`. With `include_photos`, the image files are read from the
    /// paths the journal recorded (a shell that keeps them elsewhere uses [`collect`] and
    /// [`ReportData::embed_photos`] instead).
    pub fn report(
        &self,
        format: ReportFormat,
        request: &ReportRequest,
        now: DateTime<Utc>,
    ) -> Result<String, ReportError> {
        let mut data = collect(self, request, now)?;
        if request.include_photos && matches!(format, ReportFormat::Html | ReportFormat::Fhir) {
            data.embed_photos(|photo| {
                crate::input_file::read_input(
                    std::path::Path::new(&photo.path),
                    crate::input_file::MAX_PHOTO_BYTES,
                )
                .ok()
            });
        }
        render(format, &data)
    }
}

/// `<protocol>.<seconds>` of a session's end (or appointment), as the reminders key sessions.
pub(crate) fn session_key(record: &SessionRecord) -> String {
    match record.ended_at.or(record.starts_at) {
        Some(at) => format!("{}.{}", record.protocol.id, at.timestamp()),
        None => format!("{}.session-{}", record.protocol.id, record.id),
    }
}
