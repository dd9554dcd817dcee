//! Photos for a report: checked against the journal's SHA-256, stripped of metadata, encoded.
//!
//! A phone photo carries far more than the picture: GPS position, device, owner, time, edit
//! history (EXIF, XMP, IPTC, comments). None of it goes into a report:
//!
//! - JPEG: every APP1..APP15 segment (EXIF, XMP, ICC profiles, IPTC, maker data) and every COM
//!   segment is dropped. APP0 (JFIF) and the image segments stay. The EXIF orientation, if any,
//!   is kept by writing a fresh APP1 holding that one tag and nothing else, so the picture is
//!   not shown sideways.
//! - PNG: `tEXt`, `zTXt`, `iTXt`, `eXIf` and `tIME` chunks are dropped; the rest stays.
//!
//! Other formats (HEIC, WebP, ...) are not embedded: the report says a photo was left out and
//! why.

use sha2::{Digest, Sha256};

/// An image ready to embed: metadata stripped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedImage {
    /// `image/jpeg` or `image/png`.
    pub media_type: &'static str,
    /// The stripped file.
    pub bytes: Vec<u8>,
}

impl EmbeddedImage {
    /// The image as a `data:` URI.
    pub fn data_uri(&self) -> String {
        format!("data:{};base64,{}", self.media_type, base64(&self.bytes))
    }
}

/// Why a photo was left out of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PhotoProblem {
    /// The file could not be read (moved, deleted, no permission).
    #[error("the file could not be read")]
    Unreadable,
    /// The file no longer matches the SHA-256 recorded when the photo was taken.
    #[error("the file changed since it was recorded")]
    Changed,
    /// Neither JPEG nor PNG, or damaged.
    #[error("the file is not a JPEG or PNG image this app can include")]
    Unsupported,
}

impl PhotoProblem {
    /// The stable code, for text keys.
    pub fn code(self) -> &'static str {
        match self {
            PhotoProblem::Unreadable => "unreadable",
            PhotoProblem::Changed => "changed",
            PhotoProblem::Unsupported => "unsupported",
        }
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0x0f)] as char);
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Checks `bytes` against `sha256` (lowercase hex, as the journal stores it) and strips their
/// metadata.
pub fn prepare_photo(bytes: &[u8], sha256: &str) -> Result<EmbeddedImage, PhotoProblem> {
    if !sha256_hex(bytes).eq_ignore_ascii_case(sha256) {
        return Err(PhotoProblem::Changed);
    }
    strip_metadata(bytes)
}

/// The image without its metadata, for JPEG and PNG.
pub fn strip_metadata(bytes: &[u8]) -> Result<EmbeddedImage, PhotoProblem> {
    if bytes.starts_with(&[0xff, 0xd8]) {
        strip_jpeg(bytes).map(|bytes| EmbeddedImage {
            media_type: "image/jpeg",
            bytes,
        })
    } else if bytes.starts_with(PNG_SIGNATURE) {
        strip_png(bytes).map(|bytes| EmbeddedImage {
            media_type: "image/png",
            bytes,
        })
    } else {
        Err(PhotoProblem::Unsupported)
    }
}

/// Copies a JPEG segment by segment, leaving out APPn (n >= 1) and COM segments.
fn strip_jpeg(bytes: &[u8]) -> Result<Vec<u8>, PhotoProblem> {
    let bad = PhotoProblem::Unsupported;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut orientation = None;
    let mut wrote_orientation = false;
    let mut i = 2;
    loop {
        // Fill bytes (0xFF runs) may pad before a marker.
        while bytes.get(i) == Some(&0xff) && bytes.get(i + 1) == Some(&0xff) {
            i += 1;
        }
        if bytes.get(i) != Some(&0xff) {
            return Err(bad);
        }
        let marker = *bytes.get(i + 1).ok_or(bad)?;
        match marker {
            0xd9 => {
                out.extend_from_slice(&[0xff, 0xd9]);
                return Ok(out);
            }
            // Markers without a length.
            0x01 | 0xd0..=0xd7 => {
                out.extend_from_slice(&bytes[i..i + 2]);
                i += 2;
                continue;
            }
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([
            *bytes.get(i + 2).ok_or(bad)?,
            *bytes.get(i + 3).ok_or(bad)?,
        ]));
        if len < 2 || i + 2 + len > bytes.len() {
            return Err(bad);
        }
        let segment = &bytes[i..i + 2 + len];
        let payload = &segment[4..];
        let is_metadata = matches!(marker, 0xe1..=0xef | 0xfe);
        if marker == 0xe1 && orientation.is_none() {
            orientation = exif_orientation(payload);
        }
        // The orientation goes right after APP0 (or SOI), before the frame.
        let frame_starts = !matches!(marker, 0xe0..=0xef | 0xfe);
        if frame_starts && !wrote_orientation {
            if let Some(o) = orientation.filter(|&o| o != 1) {
                out.extend_from_slice(&orientation_app1(o));
            }
            wrote_orientation = true;
        }
        if !is_metadata {
            out.extend_from_slice(segment);
        }
        i += 2 + len;
        if marker == 0xda {
            // Entropy-coded data follows until the next marker that is not a stuffed 0xFF00
            // or a restart marker.
            let start = i;
            while i + 1 < bytes.len() {
                // Jump to the next 0xFF (a tight search the compiler vectorises), then look
                // at what follows it.
                match bytes[i..bytes.len() - 1].iter().position(|&b| b == 0xff) {
                    Some(k) => i += k,
                    None => {
                        i = bytes.len() - 1;
                        break;
                    }
                }
                if !matches!(bytes[i + 1], 0x00 | 0xd0..=0xd7 | 0xff) {
                    break;
                }
                i += 1;
            }
            if i + 1 >= bytes.len() {
                // No EOI: keep the data as it is and close the image.
                out.extend_from_slice(&bytes[start..]);
                if !out.ends_with(&[0xff, 0xd9]) {
                    out.extend_from_slice(&[0xff, 0xd9]);
                }
                return Ok(out);
            }
            out.extend_from_slice(&bytes[start..i]);
        }
    }
}

/// The orientation tag (0x0112) of an EXIF APP1 payload, if it holds one.
fn exif_orientation(payload: &[u8]) -> Option<u16> {
    let tiff = payload.strip_prefix(b"Exif\0\0")?;
    let big = match tiff.get(..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at + 2)?;
        Some(if big {
            u16::from_be_bytes([b[0], b[1]])
        } else {
            u16::from_le_bytes([b[0], b[1]])
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at + 4)?;
        Some(if big {
            u32::from_be_bytes([b[0], b[1], b[2], b[3]])
        } else {
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count).find_map(|n| {
        let entry = ifd + 2 + n * 12;
        (u16_at(entry)? == 0x0112 && u16_at(entry + 2)? == 3)
            .then(|| u16_at(entry + 8))
            .flatten()
            .filter(|o| (1..=8).contains(o))
    })
}

/// A minimal EXIF APP1 segment holding only the orientation tag.
fn orientation_app1(orientation: u16) -> Vec<u8> {
    let mut tiff: Vec<u8> = Vec::with_capacity(26);
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08"); // big-endian, IFD0 at offset 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes()); // count 1
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]); // value padding
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    let len = (2 + 6 + tiff.len()) as u16;
    let mut out = vec![0xff, 0xe1];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Copies a PNG chunk by chunk, leaving out text, EXIF and time chunks.
fn strip_png(bytes: &[u8]) -> Result<Vec<u8>, PhotoProblem> {
    let bad = PhotoProblem::Unsupported;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(PNG_SIGNATURE);
    let mut i = PNG_SIGNATURE.len();
    while i < bytes.len() {
        let header = bytes.get(i..i + 8).ok_or(bad)?;
        let len = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind = &header[4..8];
        let end = i
            .checked_add(12)
            .and_then(|n| n.checked_add(len))
            .ok_or(bad)?;
        let chunk = bytes.get(i..end).ok_or(bad)?;
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(chunk);
        }
        i = end;
        if kind == b"IEND" {
            return Ok(out);
        }
    }
    Err(bad)
}

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let n = u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2]);
        out.extend_from_slice(&[
            TABLE[(n >> 18) as usize & 63],
            TABLE[(n >> 12) as usize & 63],
            TABLE[(n >> 6) as usize & 63],
            TABLE[n as usize & 63],
        ]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend_from_slice(&[
                TABLE[(n >> 18) as usize & 63],
                TABLE[(n >> 12) as usize & 63],
                b'=',
                b'=',
            ]);
        }
        [a, b] => {
            let n = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend_from_slice(&[
                TABLE[(n >> 18) as usize & 63],
                TABLE[(n >> 12) as usize & 63],
                TABLE[(n >> 6) as usize & 63],
                b'=',
            ]);
        }
        _ => {}
    }
    // Only table bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xff, marker];
        s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    fn exif_with_orientation(o: u16, little: bool) -> Vec<u8> {
        let mut p = b"Exif\0\0".to_vec();
        let w16 = |v: u16| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        let w32 = |v: u32| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        p.extend_from_slice(if little { b"II" } else { b"MM" });
        p.extend_from_slice(&w16(42));
        p.extend_from_slice(&w32(8));
        p.extend_from_slice(&w16(2));
        // GPS IFD pointer (secret), then orientation.
        p.extend_from_slice(&w16(0x8825));
        p.extend_from_slice(&w16(4));
        p.extend_from_slice(&w32(1));
        p.extend_from_slice(&w32(0x1234));
        p.extend_from_slice(&w16(0x0112));
        p.extend_from_slice(&w16(3));
        p.extend_from_slice(&w32(1));
        p.extend_from_slice(&w16(o));
        p.extend_from_slice(&[0, 0]);
        p.extend_from_slice(&w32(0));
        p.extend_from_slice(b"GPS 52.52N 13.40E CANARY");
        p
    }

    fn jpeg(exif: &[u8]) -> Vec<u8> {
        let mut j = vec![0xff, 0xd8];
        j.extend(segment(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        j.extend(segment(0xe1, exif));
        j.extend(segment(
            0xe1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>CANARY</x:xmpmeta>",
        ));
        j.extend(segment(0xfe, b"comment CANARY"));
        j.extend(segment(0xdb, &[0u8; 65]));
        j.extend(segment(0xc0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        j.extend(segment(0xda, &[1, 1, 0, 0, 63, 0]));
        j.extend_from_slice(&[0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]);
        j.extend(segment(0xed, b"Photoshop 3.0\0CANARY"));
        j.extend_from_slice(&[0xff, 0xd9]);
        j
    }

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_metadata_goes_and_orientation_stays() {
        for little in [false, true] {
            let original = jpeg(&exif_with_orientation(6, little));
            let hash = sha256_hex(&original);
            let image = prepare_photo(&original, &hash).unwrap();
            assert_eq!(image.media_type, "image/jpeg");
            assert!(!contains(&image.bytes, b"CANARY"));
            assert!(!contains(&image.bytes, b"xap"));
            // SOI, APP0, the fresh orientation APP1, then the frame.
            let app1 = orientation_app1(6);
            assert!(contains(&image.bytes, &app1));
            assert_eq!(exif_orientation(&app1[4..]), Some(6));
            // Entropy data with stuffing and restarts is intact.
            assert!(contains(
                &image.bytes,
                &[0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]
            ));
            assert!(image.bytes.ends_with(&[0xff, 0xd9]));
        }
        // Orientation 1 (upright) needs no tag at all.
        let upright = strip_metadata(&jpeg(&exif_with_orientation(1, false))).unwrap();
        assert!(!contains(&upright.bytes, b"Exif"));
    }

    #[test]
    fn png_text_chunks_go() {
        fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        }
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
        png.extend(chunk(b"tEXt", b"Author\0CANARY"));
        png.extend(chunk(b"eXIf", b"MM\0*CANARY"));
        png.extend(chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0CANARY"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let image = strip_metadata(&png).unwrap();
        assert_eq!(image.media_type, "image/png");
        assert!(!contains(&image.bytes, b"CANARY"));
        assert!(contains(&image.bytes, b"IDAT"));
        assert!(image.bytes.ends_with(&[b'I', b'E', b'N', b'D', 0, 0, 0, 0]));
    }

    #[test]
    fn changed_damaged_and_other_formats_are_refused() {
        let original = jpeg(&exif_with_orientation(3, false));
        assert_eq!(
            prepare_photo(&original, &"0".repeat(64)),
            Err(PhotoProblem::Changed)
        );
        let cut = &original[..original.len() / 3];
        assert_eq!(
            prepare_photo(cut, &sha256_hex(cut)),
            Err(PhotoProblem::Unsupported)
        );
        let heic = b"\0\0\0\x18ftypheic";
        assert_eq!(
            prepare_photo(heic, &sha256_hex(heic)),
            Err(PhotoProblem::Unsupported)
        );
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
