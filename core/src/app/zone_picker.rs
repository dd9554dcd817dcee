//! Choosing a time zone by its place: a search field and the places that match, each read as
//! "Madrid (UTC+1)" in the patient's language; the IANA id is what the choice carries and what
//! is stored. The first run and settings draw the same picker.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::action::AppAction;
use super::field::{Field, Input, Problems};
use super::model::{Choice, InputKind, TextInput};
use super::words::Words;
use crate::local_time::parse_zone;
use crate::zones;

/// The search field and the places to choose from: the one chosen first (selected), then what
/// matches the search. `choose(id)` is the action choosing a zone.
pub(crate) fn picker(
    chosen: &str,
    search: &str,
    words: &Words,
    now: DateTime<Utc>,
    problems: &Problems,
    choose: impl Fn(String) -> AppAction,
) -> (TextInput, Vec<Choice>) {
    let input = Input {
        field: Field::Zone,
        label: "input-zone",
        value: search,
        kind: InputKind::Zone,
        required: true,
        max_chars: Some(64),
    }
    .model(words, problems);
    let chosen = parse_zone(chosen).ok();
    let choice = |zone: Tz, selected: bool| {
        Choice::new(
            zones::label(zone, now, words.locale()),
            None,
            selected,
            choose(zone.name().to_string()),
        )
    };
    let mut choices: Vec<Choice> = chosen.iter().map(|&zone| choice(zone, true)).collect();
    choices.extend(
        zones::search(search, words.locale())
            .into_iter()
            .filter(|zone| Some(*zone) != chosen)
            .map(|zone| choice(zone, false)),
    );
    (input, choices)
}

/// A zone as the patient reads it at `now`: "Madrid (UTC+1)".
pub(crate) fn label(zone: Tz, words: &Words, now: DateTime<Utc>) -> String {
    zones::label(zone, now, words.locale())
}
