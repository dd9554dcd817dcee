//! `aftercare photo add | list | delete`: record a photo of the treated skin in the journal.
//!
//! The journal keeps a photo's absolute path, when it was taken, its SHA-256 and a note; the
//! file stays where it is (this shell never copies, moves or deletes it). Only regular files
//! of at most [`MAX_PHOTO_BYTES`] in a format a phone camera writes (JPEG, PNG, HEIC) are
//! accepted; a HEIC photo is listed with a line saying no report can show it.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare_core::journal::{NewPhoto, Photo};
use aftercare_core::local_time::{Stamp, Style, parse_instant};
use aftercare_core::report::PhotoFormat;
use aftercare_core::report::photo::sha256_hex;
use aftercare_core::text::{Args, Texts};
use aftercare_core::view::SCHEMA;
use chrono_tz::Tz;
use clap::Subcommand;
use serde::Serialize;

use crate::commands::{now_or_clock, print_json};
use crate::journal::{Place, current_session, fail};
use crate::terminal::say;

/// The largest photo accepted: a 48-megapixel JPEG is about 12 MB.
pub const MAX_PHOTO_BYTES: u64 = 50 * 1024 * 1024;

/// `aftercare photo ...`
#[derive(Debug, Subcommand)]
pub enum PhotoCommand {
    /// Record a photo file (JPEG, PNG or HEIC) of the treated skin; the file stays where it is.
    Add {
        /// The image file.
        file: PathBuf,
        /// The session it belongs to (default: the session being recovered from at --at).
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        /// When it was taken (default: now).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// A note in your own words (it may start with "-").
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        note: Option<String>,
        /// Time zone of --at (default: the settings', else this computer's).
        #[arg(long)]
        tz: Option<String>,
        /// The current moment (default: the clock).
        #[arg(long)]
        now: Option<String>,
        /// Print JSON (see cli/JSON.md) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List a session's photos, oldest first.
    List {
        /// The session (default: the latest done session).
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        /// Time zone of the times shown (default: the settings', else this computer's).
        #[arg(long)]
        tz: Option<String>,
        /// Print JSON (see cli/JSON.md) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Forget a photo (the file itself is not deleted).
    Delete {
        /// The photo's id (see `aftercare photo list`).
        id: i64,
    },
}

/// A photo as `photo add --json` and `photo list --json` print it.
#[derive(Debug, Serialize)]
pub struct PhotoOut {
    id: i64,
    session_id: i64,
    path: String,
    taken: Stamp,
    sha256: String,
    /// `jpeg`, `png` or `heic`; absent when the file cannot be read now.
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    /// Whether a report can show it (JPEG or PNG, and the file still there).
    embeddable: bool,
    note: String,
}

impl PhotoOut {
    fn new(photo: &Photo, format: Option<PhotoFormat>, zone: Tz, texts: &Texts<'_>) -> PhotoOut {
        PhotoOut {
            id: photo.id,
            session_id: photo.session_id,
            path: photo.path.clone(),
            taken: Stamp::new(photo.taken_at, zone, texts.locale(), Style::DateTime),
            sha256: photo.sha256.clone(),
            format: format.map(PhotoFormat::code),
            embeddable: format.is_some_and(PhotoFormat::embeddable),
            note: photo.note.clone(),
        }
    }
}

#[derive(Serialize)]
struct PhotosOut {
    schema: u32,
    session_id: i64,
    photos: Vec<PhotoOut>,
}

/// Runs a photo command.
pub fn photo(place: &Place, command: PhotoCommand) -> Result<ExitCode, String> {
    let opened = place.open()?;
    let texts = Texts::new(opened.locale);
    match command {
        PhotoCommand::Add {
            file,
            session,
            at,
            note,
            tz,
            now,
            json,
        } => {
            let zone = opened.zone(tz.as_deref())?;
            let now = now_or_clock(now.as_deref(), zone)?;
            let taken_at = match &at {
                Some(text) => parse_instant(text, zone).map_err(|e| format!("--at: {e}"))?,
                None => now,
            };
            let (path, bytes, format) = read_photo(&file)?;
            let session = match session {
                Some(id) => opened.journal.session(id).map_err(fail)?.id,
                None => current_session(&opened.journal, Some(taken_at))?,
            };
            let photo = opened
                .journal
                .add_photo(
                    session,
                    &NewPhoto {
                        path,
                        taken_at,
                        sha256: sha256_hex(&bytes),
                        note: note.unwrap_or_default(),
                    },
                )
                .map_err(fail)?;
            if json {
                print_json(&PhotoOut::new(&photo, Some(format), zone, &texts));
            } else {
                let mut args = Args::new();
                args.set("id", photo.id);
                args.set("session", photo.session_id);
                say!("{}", texts.get("cli-photo-added", Some(&args)));
                if !format.embeddable() {
                    say!("{}", texts.get("cli-photo-heic", None));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        PhotoCommand::List { session, tz, json } => {
            let zone = opened.zone(tz.as_deref())?;
            let session = match session {
                Some(id) => opened.journal.session(id).map_err(fail)?.id,
                None => current_session(&opened.journal, None)?,
            };
            let photos: Vec<PhotoOut> = opened
                .journal
                .photos(session)
                .map_err(fail)?
                .iter()
                .map(|p| PhotoOut::new(p, format_now(Path::new(&p.path)), zone, &texts))
                .collect();
            if json {
                print_json(&PhotosOut {
                    schema: SCHEMA,
                    session_id: session,
                    photos,
                });
            } else {
                list(&photos, session, &texts);
            }
            Ok(ExitCode::SUCCESS)
        }
        PhotoCommand::Delete { id } => {
            opened.journal.delete_photo(id).map_err(fail)?;
            let mut args = Args::new();
            args.set("id", id);
            say!("{}", texts.get("cli-photo-deleted", Some(&args)));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Reads a photo file: its absolute path, its bytes and its format. Refuses what is not a
/// regular file (a folder, a device, a pipe), a file over [`MAX_PHOTO_BYTES`], and a format
/// a phone camera does not write. Messages name the path, never the note.
fn read_photo(file: &Path) -> Result<(String, Vec<u8>, PhotoFormat), String> {
    let shown = file.display();
    let cannot = |e: std::io::Error| format!("cannot read the photo {shown}: {}", e.kind());
    let path = std::fs::canonicalize(file).map_err(cannot)?;
    // Checked before opening, so a pipe is never opened (that would wait for a writer), and
    // again on the open file, which is what is read.
    if !std::fs::metadata(&path).map_err(cannot)?.is_file() {
        return Err(format!("the photo {shown} is not a regular file"));
    }
    let handle = std::fs::File::open(&path).map_err(cannot)?;
    let meta = handle.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err(format!("the photo {shown} is not a regular file"));
    }
    let too_big = || {
        format!(
            "the photo {shown} is larger than {} MB",
            MAX_PHOTO_BYTES / (1024 * 1024)
        )
    };
    if meta.len() > MAX_PHOTO_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow after the check: read one byte past the limit at most.
    handle
        .take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_PHOTO_BYTES {
        return Err(too_big());
    }
    let format = PhotoFormat::detect(&bytes)
        .ok_or_else(|| format!("the photo {shown} is not a JPEG, PNG or HEIC image"))?;
    let path = path
        .into_os_string()
        .into_string()
        .map_err(|_| format!("the photo's path {shown} is not valid UTF-8"))?;
    Ok((path, bytes, format))
}

/// The format of a recorded photo's file now, from its first bytes; `None` if it cannot be
/// read (moved, deleted) or is no longer a photo.
fn format_now(path: &Path) -> Option<PhotoFormat> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut head = Vec::with_capacity(64);
    std::fs::File::open(path)
        .ok()?
        .take(64)
        .read_to_end(&mut head)
        .ok()?;
    PhotoFormat::detect(&head)
}

fn list(photos: &[PhotoOut], session: i64, texts: &Texts<'_>) {
    let mut args = Args::new();
    args.set("session", session);
    args.set("count", photos.len());
    say!("{}", texts.get("cli-photos", Some(&args)));
    for p in photos {
        let mut args = Args::new();
        args.set("id", p.id);
        args.set("when", p.taken.text.clone());
        args.set("path", p.path.clone());
        say!("{}", texts.get("cli-photo-line", Some(&args)));
        if !p.note.is_empty() {
            say!("    {}", p.note.replace('\n', "\n    "));
        }
        let status = match p.format {
            None => Some("cli-photo-missing"),
            Some(_) if !p.embeddable => Some("cli-photo-heic"),
            Some(_) => None,
        };
        if let Some(key) = status {
            say!("    {}", texts.get(key, None));
        }
    }
}
