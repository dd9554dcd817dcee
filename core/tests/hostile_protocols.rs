//! Hostile clinic protocol files: deep nesting in JSON and in Fluent, long reference chains and
//! oversized input are refused with a problem, never a crash, even on a small thread stack (an
//! iOS background thread has 512 KiB).

use aftercare_core::{Catalog, ProtocolError};

/// The stack of an iOS secondary thread.
const SMALL_STACK: usize = 512 * 1024;

/// Runs `check` on `json` on a 512 KiB thread; a stack overflow aborts the whole test binary.
fn check_on_small_stack(json: String) -> Result<(), ProtocolError> {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || Catalog::builtin().import(&json).map(|_| ()))
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// A clinic protocol with `messages.en` set to `fluent`.
fn with_messages(fluent: &str) -> String {
    serde_json::json!({
        "format": 1,
        "id": "hostile-clinic",
        "version": 1,
        "name": "hostile-name",
        "treatment": "microneedling",
        "extends": { "id": "microneedling" },
        "rules": [],
        "messages": { "en": format!("hostile-name = Hostile\n{fluent}") }
    })
    .to_string()
}

fn problems(result: Result<(), ProtocolError>) -> Vec<String> {
    result
        .expect_err("refused")
        .problems()
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn deeply_nested_fluent_placeables_are_refused_on_a_small_stack() {
    for depth in [80, 1_000, 20_000] {
        let fluent = format!("x = {}1{}\n", "{ ".repeat(depth), " }".repeat(depth));
        let found = problems(check_on_small_stack(with_messages(&fluent)));
        assert!(
            found.iter().any(|p| p.starts_with("messages.en")
                && (p.contains("nested") || p.contains("larger than"))),
            "depth {depth}: {found:?}"
        );
    }
    // Unclosed, as in the 161-byte file of the report.
    let fluent = format!("x = {}\n", "{ ".repeat(80));
    let found = problems(check_on_small_stack(with_messages(&fluent)));
    assert!(
        found.iter().any(|p| p.starts_with("messages.en")),
        "{found:?}"
    );
}

#[test]
fn deeply_nested_select_expressions_are_refused_on_a_small_stack() {
    let depth = 200;
    let mut fluent = String::from("x = ");
    for _ in 0..depth {
        fluent.push_str("{ $n ->\n *[other] ");
    }
    fluent.push('y');
    for _ in 0..depth {
        fluent.push_str("\n}");
    }
    fluent.push('\n');
    let found = problems(check_on_small_stack(with_messages(&fluent)));
    assert!(
        found.iter().any(|p| p.starts_with("messages.en")),
        "{found:?}"
    );
}

#[test]
fn long_message_reference_chains_fail_cleanly_on_a_small_stack() {
    // m0 = { m1 }, m1 = { m2 }, ...: each reference is resolved recursively when formatting.
    // Small enough to stay under the size limit, so the formatter really meets the chain.
    let n = 3_000;
    let mut fluent = String::new();
    for i in 0..n {
        fluent.push_str(&format!("m{i} = {{ m{} }}\n", i + 1));
    }
    fluent.push_str(&format!("m{n} = end\n"));
    assert!(fluent.len() < aftercare_core::protocol::bounds::MAX_MESSAGES_BYTES);
    // Refused or accepted, but never a crash.
    let _ = check_on_small_stack(with_messages(&fluent));
}

#[test]
fn deeply_nested_json_is_refused_on_a_small_stack() {
    for depth in [100, 10_000, 200_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let nested = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            // At the top, inside a known field and inside an unknown one.
            for json in [
                nested.clone(),
                format!("{{\"format\": 1, \"rules\": {nested}}}"),
                format!("{{\"format\": 1, \"zzz\": {nested}}}"),
                format!("{{\"format\": 1, \"messages\": {{\"en\": {nested}}}}}"),
            ] {
                let found = problems(check_on_small_stack(json));
                assert!(!found.is_empty(), "depth {depth}");
            }
        }
    }
}

#[test]
fn oversized_protocol_files_are_refused_before_parsing() {
    let padding = " ".repeat(2 * 1024 * 1024);
    let json = format!("{}{padding}", with_messages(""));
    let found = problems(check_on_small_stack(json));
    assert!(found.iter().any(|p| p.contains("larger than")), "{found:?}");
    // A huge message source inside an otherwise small file is bounded too.
    let fluent = format!("x = {}\n", "y".repeat(2 * 1024 * 1024));
    let found = problems(check_on_small_stack(with_messages(&fluent)));
    assert!(!found.is_empty());
}

#[test]
fn a_byte_order_mark_before_the_json_is_read() {
    let json = format!("\u{feff}{}", with_messages(""));
    check_on_small_stack(json).expect("a BOM is not a problem");
}

/// Text a clinic writes reaches terminals and screens: an escape sequence, a bell, NUL or a
/// bidirectional override in a message (raw, or as a Fluent `\u` escape) is refused at load,
/// naming the message; a line break is fine.
#[test]
fn control_characters_in_protocol_text_are_refused() {
    for (label, fluent) in [
        ("raw ESC", "x = Call \u{1b}[2Jnow\n"),
        ("raw BEL", "x = Call\u{7} now\n"),
        ("raw NUL", "x = Call\u{0} now\n"),
        ("escaped ESC", "x = Call {\"\\u001B\"}[31m now\n"),
        ("escaped NUL", "x = Call {\"\\u0000\"} now\n"),
        ("right-to-left override", "x = Call \u{202e}won\n"),
        ("carriage return", "x = Call\r now\n"),
    ] {
        let found = problems(
            Catalog::builtin()
                .import(&with_messages(fluent))
                .map(|_| ()),
        );
        assert!(
            found.iter().any(|p| p.starts_with("messages.en")
                && (p.contains("control character") || p.contains("expected"))),
            "{label}: {found:?}"
        );
    }
    let fine = with_messages("x = Call your clinic\n    if it gets worse.\n");
    assert!(Catalog::builtin().import(&fine).is_ok());
}
