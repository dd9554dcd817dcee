//! Limits a clinic protocol file must meet before any parser sees it: its size, how deeply its
//! JSON nests and how deeply its Fluent placeables nest. Both parsers recurse, so unbounded input
//! would exhaust the stack (512 KiB on an iOS background thread) and abort the app.

/// The largest protocol file accepted, in bytes (the largest built-in is under 10 KiB).
pub const MAX_PROTOCOL_BYTES: usize = 256 * 1024;
/// The largest Fluent source of one locale, in bytes.
pub const MAX_MESSAGES_BYTES: usize = 64 * 1024;
/// The deepest JSON nesting accepted; the protocol format needs 5.
pub const MAX_JSON_DEPTH: usize = 16;
/// The deepest Fluent placeable nesting accepted (`{ $n -> [one] { … } }` is 2).
pub const MAX_PLACEABLE_DEPTH: usize = 8;

/// How deeply arrays and objects nest in `json`, not counting brackets inside strings. Stops
/// counting once past `limit`, so a hostile file costs one pass.
pub(crate) fn json_depth(json: &str, limit: usize) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for byte in json.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > limit {
                    return deepest;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// How deeply `{` nests in a Fluent source. Braces inside string literals count too, which can
/// only overstate the depth: a real message never comes near the limit.
pub(crate) fn placeable_depth(source: &str, limit: usize) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    for byte in source.bytes() {
        match byte {
            b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > limit {
                    return deepest;
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depths_ignore_brackets_in_json_strings() {
        assert_eq!(json_depth(r#"{"a": [1, {"b": "[[[{{{"}]}"#, 99), 3);
        assert_eq!(json_depth(r#"{"a": "\"[[[" }"#, 99), 1);
        assert_eq!(json_depth("[[[[[[", 3), 4);
        assert_eq!(
            placeable_depth("x = { $n -> [one] { a } *[other] b }", 99),
            2
        );
        assert_eq!(placeable_depth("x = }}} {", 99), 1);
    }
}
