//! The protocols the app knows: the built-in ones and those a clinic imported.

use std::sync::{Arc, LazyLock};

use crate::protocol::{Problem, Protocol, ProtocolError, load};

/// Built-in protocol files, in an order where a base comes before what extends it.
const BUILTIN_FILES: [(&str, &str); 4] = [
    (
        "microneedling",
        include_str!("../protocols/microneedling.json"),
    ),
    (
        "microneedling-prp",
        include_str!("../protocols/microneedling-prp.json"),
    ),
    (
        "rf-microneedling",
        include_str!("../protocols/rf-microneedling.json"),
    ),
    (
        "at-home-roller",
        include_str!("../protocols/at-home-roller.json"),
    ),
];

static BUILTIN: LazyLock<Vec<Arc<Protocol>>> = LazyLock::new(|| {
    let mut loaded: Vec<Arc<Protocol>> = Vec::new();
    for (name, json) in BUILTIN_FILES {
        let file = load::parse(json).unwrap_or_else(|e| panic!("built-in {name}: {e}"));
        let protocol = load::build(file, true, |id, version| find(&loaded, id, version))
            .unwrap_or_else(|e| panic!("built-in {name}: {e}"));
        loaded.push(Arc::new(protocol));
    }
    loaded
});

fn find<'a>(
    protocols: &'a [Arc<Protocol>],
    id: &str,
    version: Option<u32>,
) -> Option<&'a Protocol> {
    protocols
        .iter()
        .filter(|p| p.id == id && version.is_none_or(|v| p.version == v))
        .max_by_key(|p| p.version)
        .map(|p| p.as_ref())
}

/// A set of protocols to plan with: the built-ins plus imported clinic protocols.
#[derive(Debug, Clone)]
pub struct Catalog {
    protocols: Vec<Arc<Protocol>>,
}

impl Default for Catalog {
    fn default() -> Catalog {
        Catalog::builtin()
    }
}

impl Catalog {
    /// The built-in protocols only.
    pub fn builtin() -> Catalog {
        Catalog {
            protocols: BUILTIN.clone(),
        }
    }

    /// Every protocol, built-ins first, then imports in the order they were added.
    pub fn all(&self) -> &[Arc<Protocol>] {
        &self.protocols
    }

    /// The newest version of each protocol id, in catalog order.
    pub fn latest(&self) -> Vec<&Arc<Protocol>> {
        let mut out: Vec<&Arc<Protocol>> = Vec::new();
        for p in &self.protocols {
            match out.iter_mut().find(|q| q.id == p.id) {
                Some(q) if q.version < p.version => *q = p,
                Some(_) => {}
                None => out.push(p),
            }
        }
        out
    }

    /// The protocol `id` at `version`, or its newest version when `version` is `None`.
    pub fn get(&self, id: &str, version: Option<u32>) -> Option<&Arc<Protocol>> {
        self.protocols
            .iter()
            .filter(|p| p.id == id && version.is_none_or(|v| p.version == v))
            .max_by_key(|p| p.version)
    }

    /// Checks a clinic protocol file without adding it.
    pub fn check(&self, json: &str) -> Result<Protocol, ProtocolError> {
        let file = load::parse(json)?;
        if BUILTIN.iter().any(|p| p.id == file.id) {
            return Err(ProtocolError::Invalid(vec![Problem {
                path: "id".to_string(),
                message: format!(
                    "{:?} is a built-in protocol; give the clinic's version its own id and \"extends\" it",
                    file.id
                ),
            }]));
        }
        // Clinic files extend built-ins only, so a catalog's imports never chain.
        load::build(file, false, |id, version| find(&BUILTIN, id, version))
    }

    /// Checks a clinic protocol file and adds it. The same id and version with the same rules is
    /// accepted again (importing twice is harmless); with different rules it is refused, because a
    /// session planned with that version must keep meaning the same thing.
    pub fn import(&mut self, json: &str) -> Result<Arc<Protocol>, ProtocolError> {
        let protocol = self.check(json)?;
        if let Some(existing) = self.get(&protocol.id, Some(protocol.version)) {
            if existing.to_file() == protocol.to_file() {
                return Ok(existing.clone());
            }
            return Err(ProtocolError::Invalid(vec![Problem {
                path: "version".to_string(),
                message: format!(
                    "{} is already imported with different rules; raise the version",
                    protocol.reference()
                ),
            }]));
        }
        let protocol = Arc::new(protocol);
        self.protocols.push(protocol.clone());
        Ok(protocol)
    }
}
