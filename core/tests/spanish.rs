//! The Spanish texts are Spain Spanish (the example clinic is in Madrid), and stay so: forms
//! read as Latin American, or flagged in review, must not come back into any `es` message.

use aftercare_core::Locale;
use aftercare_core::text::{Args, RULE_ARGUMENTS, builtin};

/// Forms that must not come back, with what to write instead.
const BANNED: &[(&str, &str)] = &[
    ("Contacta a ", "Contacta con …"),
    ("contacta a ", "contacta con …"),
    ("contactar al ", "contactar con el …"),
    ("Contactar al ", "Contactar con el …"),
    ("contactaste a ", "has contactado con …"),
    ("Contactaste a ", "Has contactado con …"),
    ("contacté a ", "he contactado con …"),
    (
        "contáctalo",
        "vuelve a contactar con tu profesional (no supongas su género)",
    ),
    ("contáctala", "vuelve a contactar con tu profesional"),
    ("anotaste", "has anotado (o, con fecha: «Anotado el …»)"),
    ("notaste", "has notado"),
    ("hiciste", "has recibido / has tenido"),
    ("me la hice", "ya la he tenido"),
    ("tuviste", "has tenido"),
    ("escribiste", "has escrito"),
    (
        "Microagujas",
        "Microneedling (el nombre que usan las clínicas)",
    ),
    ("microagujas", "microneedling"),
    ("Bienvenida", "Primeros pasos (no supone a una mujer)"),
    (
        "Para este día suele haber pasado",
        "Suele remitir hacia este día",
    ),
    ("Brotes de granitos", "Granitos"),
    ("más que unos", "más de unos"),
    ("Es tu piel empezando", "Forma parte de la curación"),
    ("arrancarse la piel", "rascarte o arrancarte las escamas"),
    ("debería haberse calmado", "ya debería haber pasado"),
    ("señal de alerta", "señal de alarma (un solo nombre)"),
    ("Señal de alerta", "Señal de alarma"),
    ("señales de alerta", "señales de alarma"),
    ("Señales de alerta", "Señales de alarma"),
    ("bulto", "protuberancia (bulto suena a tumor)"),
    ("Bulto", "Protuberancia"),
    ("qué tan", "con qué intensidad / cómo de"),
    ("computadora", "ordenador"),
    ("agrega", "añade"),
    ("Picazón", "Picor"),
    ("picazón", "picor"),
    ("moretones", "moratones"),
    ("Moretones", "Moratones"),
    ("calificado", "cualificado"),
    ("celular", "móvil / teléfono"),
    ("Avísale", "Avisa a …"),
    ("te sientes muy mal", "te encuentras muy mal"),
    ("::", "dos puntos una sola vez"),
];

/// Every Spanish message and attribute, filled with sample arguments.
fn spanish() -> Vec<(String, String)> {
    let texts = aftercare_core::text::Texts::new(Locale::Es);
    let mut args = Args::new();
    for name in RULE_ARGUMENTS {
        args.set(name, 2);
    }
    for name in [
        "count", "value", "number", "done", "total", "version", "id", "session", "max", "day",
        "severity", "copied", "entries", "photos", "rules",
    ] {
        args.set(name, 2);
    }
    for name in [
        "when",
        "date",
        "time",
        "title",
        "title_inline",
        "treatment",
        "name",
        "place",
        "zone",
        "phone",
        "screen",
        "band",
        "symptom",
        "symptom_lower",
        "area",
        "label",
        "headline",
        "list",
        "what",
        "path",
        "from",
        "to",
        "until",
        "earliest",
        "latest",
        "left",
        "lifted",
        "phase",
        "phase_inline",
        "slot",
        "protocol",
        "offset",
        "state",
        "flag",
        "about",
        "level",
        "clinic",
        "why",
        "windows",
        "first",
        "last",
        "max_at",
        "n",
        "ended",
    ] {
        args.set(name, "X");
    }
    builtin()
        .keys(Locale::Es)
        .into_iter()
        .map(|key| {
            let text = match key.split_once('.') {
                Some((id, attr)) => texts.attr(id, attr, Some(&args)).unwrap_or_default(),
                None => texts.get(&key, Some(&args)),
            };
            (key, text)
        })
        .collect()
}

#[test]
fn spanish_is_spain_spanish_and_the_reviewed_forms_stay_out() {
    let all = spanish();
    assert!(all.len() > 400, "{}", all.len());
    let mut found = Vec::new();
    for (key, text) in &all {
        for (bad, instead) in BANNED {
            if text.contains(bad) {
                found.push(format!("{key}: {bad:?} → {instead}: {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_names_the_review_asked_for_are_the_ones_used() {
    let texts = aftercare_core::text::Texts::new(Locale::Es);
    assert_eq!(texts.get("protocol-microneedling", None), "Microneedling");
    assert_eq!(
        texts.get("first-run-treatment", None),
        "¿Qué tratamiento has recibido?"
    );
    assert_eq!(texts.get("title-first-run", None), "Primeros pasos");
    assert_eq!(texts.get("symptom-breakouts", None), "Granitos");
    assert!(
        texts
            .get("milestone-symptom-window-ends", None)
            .starts_with("Suele remitir hacia este día")
    );
    assert_eq!(
        texts.get("level-label-contact_provider", None),
        "Contacta con tu profesional"
    );
    assert_eq!(
        texts.get("cli-no-longer-expected", None),
        "Ya debería haber pasado"
    );
}
