//! The provider report's shared fixture: one microneedling session in Berlin with a week of
//! entries (red flags among them), a photo, a provider contact and the next session booked.
#![allow(dead_code)]

use std::path::PathBuf;

use aftercare_core::journal::{Journal, NewPhoto, NewSession, SessionStatus};
use aftercare_core::local_time::parse_instant;
use aftercare_core::report::{ReportFormat, ReportRequest, photo::sha256_hex};
use aftercare_core::{BodyArea, Locale, NewSymptom, PatientSettings, ProtocolRef, SymptomKind};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

pub const ZONE: Tz = chrono_tz::Europe::Berlin;
pub const NOTE_CANARY: &str = "NOTE-CANARY-7731";
pub const NAME: &str = "Ana María O'Neil";

pub fn at(text: &str) -> DateTime<Utc> {
    parse_instant(text, ZONE).unwrap()
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn now() -> DateTime<Utc> {
    at("2026-11-26 12:00")
}

/// A JPEG-shaped file with EXIF (GPS and orientation), XMP and a comment around a tiny scan.
pub fn jpeg(seed: u8) -> Vec<u8> {
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xff, marker];
        s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(payload);
        s
    }
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01".to_vec();
    exif.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    exif.extend_from_slice(b"GPS-CANARY 52.5200N 13.4050E");
    let mut j = vec![0xff, 0xd8];
    j.extend(segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    j.extend(segment(0xe1, &exif));
    j.extend(segment(0xe1, b"http://ns.adobe.com/xap/1.0/\0XMP-CANARY"));
    j.extend(segment(0xfe, b"COMMENT-CANARY"));
    j.extend(segment(0xdb, &[seed; 65]));
    j.extend(segment(0xc0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
    j.extend(segment(0xda, &[1, 1, 0, 0, 63, 0]));
    j.extend_from_slice(&[seed, 0xff, 0x00, 0x42, 0x43]);
    j.extend_from_slice(&[0xff, 0xd9]);
    j
}

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub journal: Journal,
    pub done: i64,
    pub planned: i64,
    pub photo_path: PathBuf,
    pub photo_id: i64,
}

/// One microneedling session that ended Sat 21 Nov 2026 10:00 in Berlin, a week of entries
/// (two red flags among them), one photo, and the next session booked for 19 Dec.
pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::open(&dir.path().join("journal.db"), None, now()).unwrap();
    journal
        .save_settings(&PatientSettings::default(), ZONE)
        .unwrap();
    let protocol = ProtocolRef {
        id: "microneedling".into(),
        version: 1,
    };
    let done = journal
        .add_session(
            &NewSession {
                protocol: protocol.clone(),
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(at("2026-11-21 10:00")),
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    let planned = journal
        .add_session(
            &NewSession {
                protocol,
                status: SessionStatus::Planned,
                starts_at: Some(at("2026-12-19 10:00")),
                ended_at: None,
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    let entries = [
        (
            "2026-11-21 12:00",
            SymptomKind::Redness,
            6,
            BodyArea::Cheeks,
            "Warm, like a sunburn",
        ),
        (
            "2026-11-21 20:00",
            SymptomKind::Swelling,
            3,
            BodyArea::WholeArea,
            "",
        ),
        (
            "2026-11-22 09:00",
            SymptomKind::Redness,
            4,
            BodyArea::Cheeks,
            "Better, but \"tight\"",
        ),
        (
            "2026-11-22 20:00",
            SymptomKind::Pain,
            2,
            BodyArea::Forehead,
            "",
        ),
        (
            "2026-11-23 20:00",
            SymptomKind::DrynessFlaking,
            2,
            BodyArea::Cheeks,
            "=flaky",
        ),
        (
            "2026-11-24 09:00",
            SymptomKind::Redness,
            7,
            BodyArea::Cheeks,
            NOTE_CANARY,
        ),
        (
            "2026-11-25 20:00",
            SymptomKind::Fever,
            3,
            BodyArea::WholeArea,
            "Chills\nin the evening",
        ),
        (
            "2026-11-26 09:00",
            SymptomKind::Burning,
            1,
            BodyArea::Nose,
            "",
        ),
    ];
    for (when, kind, severity, area, note) in entries {
        journal
            .log_symptom(
                done,
                &NewSymptom {
                    kind,
                    severity,
                    observed_at: at(when),
                    area,
                    note: note.to_string(),
                    yes_no: false,
                    temperature: None,
                },
                now(),
            )
            .unwrap();
    }
    // The patient phoned about the fever the next morning.
    journal
        .record_provider_contact(
            done,
            Some("flag-fever"),
            at("2026-11-26 08:30"),
            "Nurse said: keep watching,\nphone again if > 38 °C",
            now(),
        )
        .unwrap();
    let photo_path = dir.path().join("photo-1.jpg");
    let bytes = jpeg(7);
    std::fs::write(&photo_path, &bytes).unwrap();
    let photo_id = journal
        .add_photo(
            done,
            &NewPhoto {
                path: photo_path.to_string_lossy().into_owned(),
                taken_at: at("2026-11-22 09:05"),
                sha256: sha256_hex(&bytes),
                note: "Left cheek".into(),
            },
        )
        .unwrap()
        .id;
    Fixture {
        _dir: dir,
        journal,
        done,
        planned,
        photo_path,
        photo_id,
    }
}

pub fn request(locale: Locale) -> ReportRequest {
    ReportRequest::new(locale, ZONE)
}

pub fn report(f: &Fixture, format: ReportFormat, req: &ReportRequest) -> String {
    f.journal.report(format, req, now()).unwrap()
}

/// Standard base64 back to bytes.
pub fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let pad = chunk.iter().filter(|&&c| c == b'=').count();
        let mut n = 0u32;
        for &c in chunk {
            n = (n << 6) | if c == b'=' { 0 } else { value(c) };
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - pad]);
    }
    out
}
