//! The provider report's HTML page: page one answers "is this patient all right, and since
//! when not?", one chart per session on one time axis, the entries table's marks, escaping of
//! everything a patient typed, accessibility, self-containment and the print rules.

mod report_fixture;

use aftercare_core::journal::{Journal, NewSession, SessionStatus};
use aftercare_core::report::{self, ReportFormat, ReportRequest};
use aftercare_core::{BodyArea, Locale, NewSymptom, PatientSettings, ProtocolRef, SymptomKind};
use chrono::TimeDelta;
use report_fixture::*;

fn html(f: &Fixture, req: &ReportRequest) -> String {
    report(f, ReportFormat::Html, req)
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from + text[from..].find(end).unwrap_or(text.len() - from);
    &text[from..to]
}

#[test]
fn page_one_is_the_assessment_with_its_red_flags_entries_notes_and_contacts() {
    let f = fixture();
    let page = html(&f, &request(Locale::En));
    let assessment = page.find("<h2 id=\"assessment\">Assessment</h2>").unwrap();
    let summary = page.find("<h2 id=\"summary\">").unwrap();
    let session = page.find("<section class=\"session\"").unwrap();
    let plan = page.find("Timeline followed").unwrap();
    let entries = page.find("Symptom entries").unwrap();
    // Assessment first, then the summary, then the session with its plan last.
    assert!(assessment < summary && summary < session);
    assert!(entries < plan, "the plan comes after the entries");
    let overview = between(&page, "<h2 id=\"assessment\">", "<h2 id=\"summary\">");
    // On 26 Nov at noon: the redness rose on the 24th (contact-provider flag, 2 days old, so
    // still current) and the fever of the 25th was reported to the provider this morning.
    assert!(overview.contains("class=\"overview level-contact_provider\""));
    assert!(
        overview.contains("<span class=\"badge level-contact_provider\">Contact provider</span>")
    );
    assert!(
        overview
            .contains("A current red flag: the protocol asks the patient to contact the provider.")
    );
    assert!(overview.contains("Assessed as of 26 Nov 2026, 12:00, when this report was made."));
    // Each episode: its flag, level and status in words, its dates, entries and notes.
    let redness = between(overview, "Redness getting worse", "</ul>");
    assert!(redness.contains(">Contact provider</span>"));
    assert!(redness.contains("status-active\">Current</span>"));
    assert!(redness.contains("<dt>Since</dt><dd>24 Nov 2026, 09:00</dd>"));
    assert!(redness.contains("22 Nov 2026, 09:00: Redness, 4 of 10, Cheeks</span> <span class=\"role\">(the low point it rose from)</span>"));
    assert!(redness.contains("Better, but &#34;tight&#34;"));
    assert!(redness.contains(NOTE_CANARY));
    let fever = between(overview, "<h5>Fever or chills", "</ul>");
    assert!(fever.contains(">Urgent</span>"));
    assert!(fever.contains("status-contacted\">Provider contacted</span>"));
    assert!(fever.contains("<dt>Provider contacted</dt><dd>26 Nov 2026, 08:30</dd>"));
    // The note keeps its line break (shown by CSS `white-space: pre-line`).
    assert!(fever.contains("<q class=\"note-text\">Chills\nin the evening</q>"));
    // The contact record, with the patient's words.
    let contacts = between(overview, "I contacted my provider", "</ul>");
    assert!(contacts.contains("26 Nov 2026, 08:30: about: Fever or chills"));
    assert!(contacts.contains("Nurse said: keep watching,\nphone again if &#62; 38 °C"));
    // The current red flag comes before the contacted one.
    assert!(overview.find("Redness getting worse").unwrap() < overview.find("<h5>Fever").unwrap());
    // The summary names the level too.
    let summary_table = between(&page, "<h2 id=\"summary\">", "</table>");
    assert!(summary_table.contains("data-label=\"Assessment\"><span class=\"badge level-contact_provider\">Contact provider</span>"));
}

#[test]
fn a_settled_flag_says_when_and_by_which_entry() {
    let f = fixture();
    let patient = |at_text: &str, kind, severity| NewSymptom {
        kind,
        severity,
        observed_at: at(at_text),
        area: BodyArea::WholeArea,
        note: String::new(),
        yes_no: false,
        temperature: None,
    };
    // A fever settles only when it stays away: two entries without it, a day apart.
    let later = at("2026-11-27 12:00");
    for when in ["2026-11-26 10:00", "2026-11-27 10:30"] {
        f.journal
            .log_symptom(f.done, &patient(when, SymptomKind::Fever, 0), later)
            .unwrap();
    }
    let page = f
        .journal
        .report(ReportFormat::Html, &request(Locale::En), later)
        .unwrap();
    let fever = between(&page, "<h5>Fever or chills", "</ul>");
    assert!(
        fever.contains("status-resolved\">Settled</span>"),
        "{fever}"
    );
    assert!(fever.contains("<dt>Settled</dt><dd>27 Nov 2026, 10:30</dd>"));
    assert!(fever.contains("27 Nov 2026, 10:30: Fever or chills, 0 of 10, Whole treated area</span> <span class=\"role\">(settled it)</span>"));
}

#[test]
fn a_long_run_of_evidence_is_shortened_on_page_one_but_marked_in_the_table() {
    let f = fixture();
    // Fever every evening for a week: one episode sustained by eight entries.
    let now = at("2026-12-02 21:00");
    for day in [
        "11-26", "11-27", "11-28", "11-29", "11-30", "12-01", "12-02",
    ] {
        f.journal
            .log_symptom(
                f.done,
                &NewSymptom {
                    kind: SymptomKind::Fever,
                    severity: 4,
                    observed_at: at(&format!("2026-{day} 20:00")),
                    area: BodyArea::WholeArea,
                    note: format!("NOTE-DAY-{day}"),
                    yes_no: false,
                    temperature: None,
                },
                now,
            )
            .unwrap();
    }
    let page = f
        .journal
        .report(ReportFormat::Html, &request(Locale::En), now)
        .unwrap();
    let fever = between(&page, "<h5>Fever or chills", "</ul>");
    // The first three (25th to 27th), "… 3 more", then the latest two.
    assert!(fever.contains("25 Nov 2026, 20:00: Fever or chills"));
    assert!(fever.contains("NOTE-DAY-11-27"));
    assert!(fever.contains("<li class=\"role-more\">… 3 more entries from 28 Nov 2026, 20:00 to 30 Nov 2026, 20:00, each marked in this session’s entries table</li>"), "{fever}");
    for hidden in ["NOTE-DAY-11-28", "NOTE-DAY-11-29", "NOTE-DAY-11-30"] {
        assert!(!fever.contains(hidden));
    }
    assert!(fever.contains("NOTE-DAY-12-01") && fever.contains("NOTE-DAY-12-02"));
    // The table still marks every one.
    let table = between(&page, "<table class=\"stack entries\">", "</table>");
    let row = between(table, "28 Nov 2026, 20:00", "</tr>");
    assert!(row.contains("Red flag"));
}

#[test]
fn one_chart_per_session_on_one_time_axis() {
    let f = fixture();
    let page = html(&f, &request(Locale::En));
    let svgs: Vec<&str> = page.split("<svg ").skip(1).collect();
    assert_eq!(svgs.len(), 1, "one chart for the one session");
    let svg = &svgs[0][..svgs[0].find("</svg>").unwrap()];
    // Redness, swelling, pain, dryness, fever, burning: one panel each.
    assert_eq!(svg.matches("<g class=\"panel\">").count(), 6);
    for symptom in [
        "Redness",
        "Swelling",
        "Pain or soreness",
        "Dryness or flaking",
        "Fever or chills",
        "Burning or stinging",
    ] {
        assert!(
            svg.contains(&format!("class=\"label\">{symptom}</text>")),
            "{symptom}"
        );
    }
    // The title is above the chart, in the figure's caption.
    let figure = between(&page, "<figure class=\"chart\"", "</figure>");
    assert!(figure.find("<figcaption").unwrap() < figure.find("<svg").unwrap());
    assert!(figure.contains("<h3>Symptoms since the session: severity (0–10) by day</h3>"));
    // One x axis: the tick lines run through every panel, labelled once.
    assert!(svg.contains("class=\"tick\""));
    assert_eq!(svg.matches("Days since the session").count(), 1);
    // The usual windows: redness 0–2 days shaded, fever not usual.
    assert!(svg.contains("usual 0–2 days after"));
    assert!(svg.contains("not listed as usual"));
    assert!(svg.contains("class=\"band\""));
    // Entries behind a red flag are diamonds (shape and size), others dots; the low point a
    // rise is measured from is not a sign and stays a dot.
    let redness = between(svg, "class=\"label\">Redness</text>", "</g>");
    assert_eq!(
        redness.matches("<path d=").count(),
        1,
        "the 7/10 on the 24th"
    );
    assert_eq!(redness.matches("<circle").count(), 2);
    assert!(figure.contains("an entry behind a red flag"));
    // Words for a screen reader, with the highest score and when.
    assert!(svg.contains("<desc id=\"c"));
    assert!(svg.contains("Redness: 3 entries from 2 hours to 3 days after the session; highest severity 7 of 10, 3 days after it; usual 0 to 2 days after the session."));
}

#[test]
fn a_short_course_is_charted_in_hours_and_short_windows_are_never_zero_days() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = Journal::open(&dir.path().join("j.db"), None, now()).unwrap();
    journal
        .save_settings(&PatientSettings::default(), ZONE)
        .unwrap();
    let ended = at("2026-11-25 10:00");
    let id = journal
        .add_session(
            &NewSession {
                protocol: ProtocolRef {
                    id: "microneedling".into(),
                    version: 1,
                },
                status: SessionStatus::Done,
                starts_at: None,
                ended_at: Some(ended),
                zone: ZONE,
            },
            now(),
        )
        .unwrap()
        .id;
    for (minutes, kind, severity) in [
        (20, SymptomKind::Bleeding, 2),
        (90, SymptomKind::Redness, 5),
        (600, SymptomKind::Redness, 3),
    ] {
        journal
            .log_symptom(
                id,
                &NewSymptom {
                    kind,
                    severity,
                    observed_at: ended + TimeDelta::minutes(minutes),
                    area: BodyArea::Cheeks,
                    note: String::new(),
                    yes_no: false,
                    temperature: None,
                },
                now(),
            )
            .unwrap();
    }
    let page = journal
        .report(
            ReportFormat::Html,
            &ReportRequest::new(Locale::En, ZONE),
            now(),
        )
        .unwrap();
    assert!(page.contains("severity (0–10) by hour</h3>"));
    assert!(page.contains("Hours since the session"));
    assert!(page.contains("usual 0–1 h after"), "bleeding's first hour");
    assert!(page.contains("usual 0 to 1 hours after the session"));
    assert!(!page.contains("0 to 0 days"));
    assert!(page.contains("Bleeding: 1 entry, 0.3 hours after the session"));
    let es = journal
        .report(
            ReportFormat::Html,
            &ReportRequest::new(Locale::Es, ZONE),
            now(),
        )
        .unwrap();
    assert!(es.contains("habitual 0–1 h después"));
    assert!(es.contains("Horas desde la sesión"));
}

#[test]
fn the_entries_table_marks_red_flags_and_unusual_entries_and_keeps_line_breaks() {
    let f = fixture();
    let page = html(&f, &request(Locale::En));
    let table = between(&page, "<table class=\"stack entries\">", "</table>");
    let rows: Vec<&str> = table.split("<tr").skip(2).collect();
    assert_eq!(rows.len(), 8);
    // The redness of the 24th: behind a red flag, and above what is usual on day 3.
    let redness = rows.iter().find(|r| r.contains(NOTE_CANARY)).unwrap();
    assert!(redness.starts_with(" class=\"flagged\""));
    assert!(redness.contains("<span class=\"mark flag\">Red flag</span>"));
    assert!(redness.contains("<span class=\"mark unusual\">Not usual then</span>"));
    // The first redness (6/10, 2 hours after) is usual and no sign.
    assert!(rows[0].starts_with('>'));
    assert!(!rows[0].contains("class=\"mark "));
    // Notes keep their line breaks and are escaped.
    assert!(
        table.contains("<td class=\"note-text\" data-label=\"Note\">Chills\nin the evening</td>")
    );
    assert!(page.contains("td.note-text{white-space:pre-line}"));
    // Headers may wrap between words but hold "(0–10)" together.
    assert!(table.contains("Severity (0\u{2060}–\u{2060}10)"));
    assert!(page.contains("◆ Red flag: the entry is behind a red flag"));
}

#[test]
fn everything_the_patient_typed_is_escaped() {
    let f = fixture();
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' & </td></table>";
    f.journal
        .log_symptom(
            f.done,
            &NewSymptom {
                kind: SymptomKind::Itching,
                severity: 2,
                observed_at: at("2026-11-26 10:00"),
                area: BodyArea::Neck,
                note: hostile.into(),
                yes_no: false,
                temperature: None,
            },
            now(),
        )
        .unwrap();
    let mut req = request(Locale::En);
    req.patient_name = Some("<b>Eve</b> & \"Co\"".into());
    let page = html(&f, &req);
    assert!(!page.contains("<script"));
    assert!(!page.contains("<img src=x"));
    assert!(!page.contains("<b>Eve"));
    assert!(page.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
    assert!(page.contains("&#60;b&#62;Eve&#60;/b&#62; &#38; &#34;Co&#34;"));
    // The table is still whole: one closing tag per table.
    assert_eq!(
        page.matches("<table").count(),
        page.matches("</table>").count()
    );
}

#[test]
fn html_is_self_contained_accessible_and_printable() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.include_photos = true;
    req.patient_name = Some(NAME.into());
    let page = html(&f, &req);
    assert_eq!(page, html(&f, &req), "deterministic");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(page.matches("<html").count(), 1);
    assert_eq!(page.matches("<h1").count(), 1);
    assert!(page.matches("<h2").count() >= 4);
    assert!(page.contains("Ana María O&#39;Neil"));
    assert!(
        !page.contains("http:") && !page.contains("https:"),
        "external URL"
    );
    assert!(!page.contains("src=\"//") && !page.contains("href=\"//"));
    assert!(page.contains("Content-Security-Policy"));
    // Tables: captions and header cells with scope; on a phone each row is a labelled card.
    let tables = page.matches("<table").count();
    assert_eq!(tables, 3, "summary, entries, plan");
    assert_eq!(tables, page.matches("<caption>").count());
    assert!(!page.contains("<th>"));
    for th in page.split("<th ").skip(1) {
        assert!(
            th.starts_with("scope=\"col\"") || th.starts_with("scope=\"row\""),
            "<th {}",
            &th[..40.min(th.len())]
        );
    }
    // Every data cell names its column for the phone layout.
    for td in page.split("<td ").skip(1) {
        assert!(
            td.contains("data-label=\"") || td.starts_with('>'),
            "<td {}",
            &td[..40.min(td.len())]
        );
    }
    assert!(page.contains("@media (max-width:40rem)"));
    assert!(page.contains("content:attr(data-label)"));
    // The photo is embedded without its metadata, with an alt text.
    let imgs: Vec<&str> = page.split("<img ").skip(1).collect();
    assert_eq!(imgs.len(), 1);
    assert!(imgs[0].starts_with("src=\"data:image/jpeg;base64,"));
    assert!(imgs[0].contains(" alt=\"Photo of the treated skin taken "));
    let start = page.find("data:image/jpeg;base64,").unwrap() + 23;
    let end = start + page[start..].find('"').unwrap();
    let data = decode_base64(&page[start..end]);
    for canary in [&b"GPS-CANARY"[..], b"XMP-CANARY", b"COMMENT-CANARY"] {
        assert!(!data.windows(canary.len()).any(|w| w == canary));
    }
    // The chart is an image with a title and a description.
    let svg = between(&page, "<svg ", ">");
    assert!(svg.contains("role=\"img\"") && svg.contains("aria-labelledby="));
    // Colour never alone: levels are words, with a shape in print and on screen.
    assert!(page.contains(".badge.level-urgent::before{content:\"\\25B2\\00A0\"}"));
    // Print: each session on a page of its own; headings kept with what follows.
    assert!(page.contains("section.session{break-before:page}"));
    assert!(page.contains(".keep{break-inside:avoid}"));
    assert!(page.contains("h2::after,h3::after,h4::after,h5::after{content:\"\";display:block;height:5.5em;margin-bottom:-5.5em}"));
    // The disclaimer closes the page.
    assert!(page.contains("Your provider&#39;s instructions come first"));
    assert!(page.contains("It is not a diagnosis."));
    for tag in [
        "section", "table", "thead", "tbody", "tr", "figure", "svg", "ul", "dl", "div", "article",
        "g",
    ] {
        let open =
            page.matches(&format!("<{tag}>")).count() + page.matches(&format!("<{tag} ")).count();
        let close = page.matches(&format!("</{tag}>")).count();
        assert_eq!(open, close, "<{tag}>");
    }
}

#[test]
fn html_is_localized() {
    let f = fixture();
    let page = html(&f, &request(Locale::Es));
    assert!(page.contains("<html lang=\"es\">"));
    assert!(page.contains("Informe de Aftercare"));
    assert!(page.contains("<h2 id=\"assessment\">Valoración</h2>"));
    assert!(page.contains(">Contactar con el profesional</span>"));
    assert!(page.contains("Síntomas desde la sesión: intensidad (0–10) por día"));
    assert!(page.contains("habitual 0–2 días después"));
    // Decimals with a comma.
    assert!(
        page.contains("Enrojecimiento: 3 anotaciones, de 2 horas a 3 días después de la sesión")
    );
    assert!(page.contains("No es un diagnóstico."));
    // Without photos asked for, the photo is counted, not shown.
    assert!(!page.contains("<img"));
    assert!(page.contains("En este periodo se tomó 1 foto"));
}

#[test]
fn an_empty_period_has_no_assessment_and_says_so() {
    let f = fixture();
    let mut req = request(Locale::En);
    req.from = Some(day("2027-03-01"));
    req.to = Some(day("2027-03-01"));
    let data = report::collect(&f.journal, &req, now()).unwrap();
    let page = report::render(ReportFormat::Html, &data).unwrap();
    assert!(!page.contains("id=\"assessment\""));
    assert!(page.contains("Nothing was recorded in this period."));
    assert!(page.contains("1 Mar 2027 to 1 Mar 2027"));
}
