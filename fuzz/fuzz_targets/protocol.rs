//! Clinic protocol files (JSON with Fluent messages): checking and importing never panics, and
//! an accepted protocol renders every text it names and survives its own round trip.
#![no_main]

use aftercare_core::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let mut catalog = Catalog::builtin();
    let Ok(protocol) = catalog.import(json) else {
        return;
    };
    // What was accepted must load again from its own file form, with the same rules.
    let file = serde_json_text(&protocol.to_file());
    let again = Catalog::builtin()
        .import(&file)
        .expect("an accepted protocol's own file loads again");
    assert!(
        again.to_file() == protocol.to_file(),
        "round trip changed the protocol"
    );
});

fn serde_json_text<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("a protocol file serializes")
}
