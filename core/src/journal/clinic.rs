//! The clinic's contact: who "Call your clinic" calls and the report names. Optional, editable.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::symptoms::lossy_text;
use super::{Journal, JournalError, to_db};

/// The longest clinic name, in characters.
const MAX_NAME_CHARS: usize = 120;
/// The longest phone number as typed, in characters.
const MAX_PHONE_CHARS: usize = 32;
/// The longest e-mail address (RFC 5321's path limit).
const MAX_EMAIL_CHARS: usize = 254;

/// How to reach the clinic; every field may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, uniffi::Record, Deserialize)]
pub struct ClinicContact {
    /// The clinic's or provider's name.
    pub name: String,
    /// A phone number as the patient typed it, e.g. `+49 30 1234 5678`.
    pub phone: String,
    /// An e-mail address.
    pub email: String,
}

impl ClinicContact {
    /// Whether nothing is known.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.phone.is_empty() && self.email.is_empty()
    }

    /// The `tel:` URI to dial, if a phone number is known: digits, with a leading `+` kept.
    pub fn dial_uri(&self) -> Option<String> {
        let mut number = String::new();
        for c in self.phone.chars() {
            if c.is_ascii_digit() || (c == '+' && number.is_empty()) {
                number.push(c);
            }
        }
        (number.chars().filter(char::is_ascii_digit).count() >= 3).then(|| format!("tel:{number}"))
    }

    /// The contact with surrounding spaces trimmed, or the first field that does not fit.
    pub fn checked(&self) -> Result<ClinicContact, JournalError> {
        let contact = ClinicContact {
            name: self.name.trim().to_string(),
            phone: self.phone.trim().to_string(),
            email: self.email.trim().to_string(),
        };
        if contact.name.chars().count() > MAX_NAME_CHARS
            || contact.name.chars().any(char::is_control)
        {
            return Err(JournalError::invalid(
                "name",
                format!("at most {MAX_NAME_CHARS} characters, on one line"),
            ));
        }
        let phone_chars = contact
            .phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        if !contact.phone.is_empty()
            && (contact.phone.chars().count() > MAX_PHONE_CHARS
                || !phone_chars
                || contact.dial_uri().is_none())
        {
            return Err(JournalError::invalid(
                "phone",
                "digits, spaces and + - ( ) only, at least 3 digits",
            ));
        }
        if !contact.email.is_empty() && !plausible_email(&contact.email) {
            return Err(JournalError::invalid(
                "email",
                "an address like clinic@example.com",
            ));
        }
        Ok(contact)
    }
}

/// A deliberately loose check: one `@`, something before it, a dotted domain after it, no
/// spaces. The mail app is the real judge.
fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Journal {
    /// The clinic's contact; empty if never saved.
    pub fn clinic(&self) -> Result<ClinicContact, JournalError> {
        self.read(|conn| {
            let contact = conn
                .query_row(
                    "SELECT name, phone, email FROM clinic WHERE id = 1",
                    [],
                    |row| {
                        Ok(ClinicContact {
                            name: lossy_text(row, 0)?,
                            phone: lossy_text(row, 1)?,
                            email: lossy_text(row, 2)?,
                        })
                    },
                )
                .optional()?;
            Ok(contact.unwrap_or_default())
        })
    }

    /// Saves the clinic's contact (checked and trimmed) and returns what was stored.
    pub fn save_clinic(
        &self,
        contact: &ClinicContact,
        now: DateTime<Utc>,
    ) -> Result<ClinicContact, JournalError> {
        let contact = contact.checked()?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO clinic (id, name, phone, email, updated_at) VALUES (1, ?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET name = ?1, phone = ?2, email = ?3, updated_at = ?4",
                params![contact.name, contact.phone, contact.email, to_db(now)],
            )?;
            Ok(())
        })?;
        Ok(contact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(phone: &str, email: &str) -> ClinicContact {
        ClinicContact {
            name: "Glow Clinic".into(),
            phone: phone.into(),
            email: email.into(),
        }
    }

    #[test]
    fn phone_numbers_dial_as_digits() {
        assert_eq!(
            contact("+49 (30) 1234-5678", "").dial_uri().as_deref(),
            Some("tel:+493012345678")
        );
        assert_eq!(contact("", "").dial_uri(), None);
        assert!(contact("12", "").checked().is_err());
        assert!(contact("call me", "").checked().is_err());
        assert!(contact("555 0100", "").checked().is_ok());
    }

    #[test]
    fn emails_are_checked_loosely() {
        assert!(contact("", "front-desk@glow.example").checked().is_ok());
        for bad in [
            "glow",
            "@glow.example",
            "a@b",
            "a b@glow.example",
            "a@@glow.example",
        ] {
            assert!(contact("", bad).checked().is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_never_repeat_what_was_typed() {
        let err = contact("secret-number-xyz", "").checked().unwrap_err();
        assert!(!err.to_string().contains("secret"));
    }
}
