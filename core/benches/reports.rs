//! One year of records (365 days × 5 symptom entries, a session every six weeks, 20 photos of
//! about 50 KB): the four report formats together (goal < 100 ms), with and without reading the
//! journal, and each format alone.

use std::collections::HashMap;
use std::hint::black_box;

use aftercare_core::journal::{Journal, NewPhoto, NewSession, SessionStatus};
use aftercare_core::report::{self, ReportData, ReportFormat, ReportRequest, photo::sha256_hex};
use aftercare_core::{BodyArea, Locale, NewSymptom, PatientSettings, ProtocolRef, SymptomKind};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use criterion::{Criterion, criterion_group, criterion_main};

const DAYS: i64 = 365;
const PER_DAY: i64 = 5;
const PHOTOS: usize = 20;
const SESSION_EVERY: i64 = 42;

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 11, 3, 9, 0, 0).unwrap()
}

/// A JPEG-shaped file of about 50 KB with EXIF, XMP and a comment to strip.
fn photo(seed: u64) -> Vec<u8> {
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xff, marker];
        s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(payload);
        s
    }
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut noise = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // No 0xFF inside the scan, as an encoder would stuff it.
                (state as u8).min(0xfe)
            })
            .collect()
    };
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01".to_vec();
    exif.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
    exif.extend(noise(2000));
    let mut j = vec![0xff, 0xd8];
    j.extend(segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    j.extend(segment(0xe1, &exif));
    j.extend(segment(0xe1, &noise(1500)));
    j.extend(segment(0xfe, b"taken with a phone"));
    j.extend(segment(0xdb, &noise(65)));
    j.extend(segment(0xc0, &[8, 0, 64, 0, 64, 1, 1, 0x11, 0]));
    j.extend(segment(0xda, &[1, 1, 0, 0, 63, 0]));
    j.extend(noise(46_500));
    j.extend_from_slice(&[0xff, 0xd9]);
    j
}

/// The journal and the photo files (kept in memory, as a shell would read them).
fn build(dir: &std::path::Path) -> (Journal, HashMap<String, Vec<u8>>, DateTime<Utc>) {
    let zone: Tz = "Europe/Berlin".parse().unwrap();
    let end = start() + TimeDelta::days(DAYS);
    let (journal, _) = Journal::open(&dir.join("journal.db"), None, end).unwrap();
    journal
        .save_settings(&PatientSettings::default(), zone)
        .unwrap();
    let protocol = ProtocolRef {
        id: "microneedling".into(),
        version: 1,
    };
    let kinds = [
        SymptomKind::Redness,
        SymptomKind::Swelling,
        SymptomKind::DrynessFlaking,
        SymptomKind::Itching,
        SymptomKind::Pain,
    ];
    let mut files = HashMap::new();
    let mut photo_no = 0u64;
    let sessions = (DAYS + SESSION_EVERY - 1) / SESSION_EVERY;
    for s in 0..sessions {
        let ended = start() + TimeDelta::days(s * SESSION_EVERY);
        let id = journal
            .add_session(
                &NewSession {
                    protocol: protocol.clone(),
                    status: SessionStatus::Done,
                    starts_at: Some(ended - TimeDelta::hours(1)),
                    ended_at: Some(ended),
                    zone,
                },
                end,
            )
            .unwrap()
            .id;
        let first_day = s * SESSION_EVERY;
        let last_day = ((s + 1) * SESSION_EVERY).min(DAYS);
        let mut entries = Vec::new();
        for day in first_day..last_day {
            for k in 0..PER_DAY {
                let n = day * PER_DAY + k;
                entries.push(NewSymptom {
                    kind: kinds[k as usize],
                    severity: ((n * 7 + day) % 9) as u8,
                    observed_at: start() + TimeDelta::days(day) + TimeDelta::hours(1 + 3 * k),
                    area: BodyArea::ALL[(n % 5) as usize],
                    note: if n % 4 == 0 {
                        format!("Entry {n}, felt \"warm\"")
                    } else {
                        String::new()
                    },
                    yes_no: false,
                    temperature: None,
                });
            }
        }
        journal.log_symptoms(id, &entries, end).unwrap();
        while photo_no < PHOTOS as u64 * (s as u64 + 1) / sessions as u64 {
            let bytes = photo(photo_no);
            let path = format!("photos/{photo_no}.jpg");
            journal
                .add_photo(
                    id,
                    &NewPhoto {
                        path: path.clone(),
                        taken_at: ended + TimeDelta::hours(20 + photo_no as i64),
                        sha256: sha256_hex(&bytes),
                        note: "Left cheek".into(),
                    },
                )
                .unwrap();
            files.insert(path, bytes);
            photo_no += 1;
        }
    }
    journal
        .add_session(
            &NewSession {
                protocol,
                status: SessionStatus::Planned,
                starts_at: Some(end + TimeDelta::days(10)),
                ended_at: None,
                zone,
            },
            end,
        )
        .unwrap();
    (journal, files, end)
}

fn collect(
    journal: &Journal,
    files: &HashMap<String, Vec<u8>>,
    request: &ReportRequest,
    now: DateTime<Utc>,
) -> ReportData {
    let mut data = report::collect(journal, request, now).unwrap();
    data.embed_photos(|p| files.get(&p.path).cloned());
    data
}

fn all_four(data: &ReportData) -> usize {
    ReportFormat::ALL
        .into_iter()
        .map(|f| report::render(f, data).unwrap().len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, files, now) = build(dir.path());
    let mut request = ReportRequest::new(Locale::En, "Europe/Berlin".parse().unwrap());
    request.include_photos = true;
    request.patient_name = Some("Ana".into());
    let data = collect(&journal, &files, &request, now);
    assert_eq!(data.entry_count() as i64, DAYS * PER_DAY);
    assert_eq!(data.photos().count(), PHOTOS);
    let sizes: Vec<String> = ReportFormat::ALL
        .into_iter()
        .map(|f| {
            format!(
                "{} {} KB",
                f.code(),
                report::render(f, &data).unwrap().len() / 1024
            )
        })
        .collect();
    eprintln!("one year: {}", sizes.join(", "));

    let mut group = c.benchmark_group("report, one year");
    group.sample_size(30);
    group.bench_function("collect + photos + all four formats", |b| {
        b.iter(|| all_four(&collect(&journal, &files, black_box(&request), now)))
    });
    group.bench_function("all four formats", |b| {
        b.iter(|| all_four(black_box(&data)))
    });
    for format in ReportFormat::ALL {
        group.bench_function(format.code(), |b| {
            b.iter(|| report::render(format, black_box(&data)).unwrap().len())
        });
    }
    group.bench_function("collect + photos", |b| {
        b.iter(|| collect(&journal, &files, black_box(&request), now).entry_count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
