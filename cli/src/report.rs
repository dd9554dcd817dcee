//! `aftercare report`: the report for the clinic, written to a file.
//!
//! The core selects and writes; this shell reads the photo files (the core never touches the
//! disk for them), has the core write the result privately and atomically (never over the
//! journal, the key file or anything that is not a regular file), and says where it went.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use aftercare_core::input_file::{MAX_PHOTO_BYTES, read_input};
use aftercare_core::report::{self, PhotoContent, ReportFormat, ReportRequest};
use aftercare_core::text::{Args, Texts};
use chrono::NaiveDate;

use crate::args::ReportArgs;
use crate::commands::now_or_clock;
use crate::journal::{Place, fail};
use crate::terminal::{say, say_err};

pub fn report(place: &Place, args: ReportArgs) -> Result<ExitCode, String> {
    let format = ReportFormat::from_code(&args.format)
        .ok_or_else(|| format!("--format {:?}: use html, csv, fhir or ics", args.format))?;
    let from = args
        .from
        .as_deref()
        .map(|t| date(t, "--from"))
        .transpose()?;
    let to = args.to.as_deref().map(|t| date(t, "--to")).transpose()?;
    let opened = place.open()?;
    let to_stdout = args.out == Path::new("-");
    if !to_stdout && args.out.is_dir() {
        return Err(format!(
            "--out {} is a folder; give a file name",
            args.out.display()
        ));
    }
    if !to_stdout {
        // The journal, its files, the key file, links, FIFOs and devices: refused before any
        // work is done.
        opened
            .journal
            .check_output(&args.out)
            .map_err(|e| format!("--out {}", fail(e)))?;
    }
    let zone = opened.zone(args.tz.as_deref())?;
    let now = now_or_clock(args.now.as_deref(), zone)?;
    let locale = opened.locale;
    let request = ReportRequest {
        from,
        to,
        session: args.session,
        include_photos: args.photos,
        patient_name: args.name,
        locale,
        zone,
    };
    let mut data = report::collect(&opened.journal, &request, now).map_err(|e| match e {
        report::ReportError::Journal(err) => fail(err),
        other => other.to_string(),
    })?;
    let texts = Texts::new(locale);
    if args.photos && matches!(format, ReportFormat::Html | ReportFormat::Fhir) {
        // A photo path is whatever the journal recorded: read only a bounded regular file.
        data.embed_photos(|photo| {
            read_input(std::path::Path::new(&photo.path), MAX_PHOTO_BYTES).ok()
        });
        for item in data.photos() {
            if let PhotoContent::Unavailable(problem) = &item.content {
                let mut a = Args::new();
                a.set("id", item.photo.id);
                a.set(
                    "why",
                    texts.get(&format!("report-photo-problem-{}", problem.code()), None),
                );
                say_err!("{}", texts.get("report-cli-photo-left-out", Some(&a)));
            }
        }
    }
    let text = report::render(format, &data).map_err(|e| e.to_string())?;
    if to_stdout {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| format!("cannot write the report: {}", e.kind()))?;
        return Ok(ExitCode::SUCCESS);
    }
    opened
        .journal
        .write_output(&args.out, text.as_bytes())
        .map_err(|e| {
            format!(
                "cannot write the report {}: {}",
                args.out.display(),
                fail(e)
            )
        })?;
    let mut a = Args::new();
    a.set("path", args.out.display().to_string());
    say!("{}", texts.get("report-cli-written", Some(&a)));
    Ok(ExitCode::SUCCESS)
}

fn date(text: &str, flag: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{flag} {text:?} is not a date like 2026-11-21"))
}
