//! The few JSON shapes the bundle is built from: a value that keeps its keys in the order
//! written (FHIR readers like `resourceType` first) and FHIR's common datatypes.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A JSON value that keeps its keys in the order written (FHIR readers like `resourceType`
/// first).
#[derive(Clone)]
pub(super) enum J {
    /// A string.
    Str(String),
    /// An integer.
    Int(i64),
    /// A decimal (a measured temperature).
    Num(f64),
    /// A boolean.
    Bool(bool),
    /// An array.
    Arr(Vec<J>),
    /// An object, keys in order.
    Obj(Vec<(&'static str, J)>),
}

impl Serialize for J {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            J::Str(s) => serializer.serialize_str(s),
            J::Int(n) => serializer.serialize_i64(*n),
            J::Num(x) => serializer.serialize_f64(*x),
            J::Bool(b) => serializer.serialize_bool(*b),
            J::Arr(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            J::Obj(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

pub(super) fn s(text: impl Into<String>) -> J {
    J::Str(text.into())
}

pub(super) fn reference(uuid: &str) -> J {
    J::Obj(vec![("reference", s(format!("urn:uuid:{uuid}")))])
}

pub(super) fn coding(system: &str, code: &str, display: &str) -> J {
    J::Obj(vec![
        ("system", s(system)),
        ("code", s(code)),
        ("display", s(display)),
    ])
}

pub(super) fn concept(coding: Option<J>, text: String) -> J {
    let mut fields = Vec::with_capacity(2);
    if let Some(c) = coding {
        fields.push(("coding", J::Arr(vec![c])));
    }
    fields.push(("text", s(text)));
    J::Obj(fields)
}

pub(super) fn period(start: String, end: String) -> J {
    J::Obj(vec![("start", s(start)), ("end", s(end))])
}

/// A generated narrative: one line of text as XHTML (FHIR's `dom-6` wants every resource to
/// say in words what it holds).
pub(super) fn narrative(text: &str) -> J {
    J::Obj(vec![
        ("status", s("generated")),
        (
            "div",
            s(format!(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\">{}</div>",
                super::super::write::html_text(text)
            )),
        ),
    ])
}

pub(super) fn entry(uuid: &str, resource: J) -> J {
    J::Obj(vec![
        ("fullUrl", s(format!("urn:uuid:{uuid}"))),
        ("resource", resource),
    ])
}

/// An `Annotation` (whose `text` is markdown) holding `text` literally: a receiver shows the
/// patient's `<b>`, `# ` or `- ` as typed, never as formatting.
pub(super) fn annotation(text: &str) -> J {
    J::Obj(vec![("text", s(super::markdown::literal(text)))])
}
