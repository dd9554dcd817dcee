//! What kind of image a photo file is, from its first bytes: the journal accepts the formats a
//! phone camera writes (JPEG, PNG, HEIC); a report can embed JPEG and PNG only.

/// An image format the journal accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhotoFormat {
    /// JPEG (JFIF or EXIF).
    Jpeg,
    /// PNG.
    Png,
    /// HEIC / HEIF (an iPhone's default): listed and kept, but no report can show it.
    Heic,
}

/// HEIF brands that mean HEVC-coded images (ISO/IEC 23008-12).
const HEIC_BRANDS: [&[u8; 4]; 6] = [b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis"];
/// Generic HEIF brands: HEIC only when a HEIC brand is among the compatible ones.
const HEIF_BRANDS: [&[u8; 4]; 2] = [b"mif1", b"msf1"];

impl PhotoFormat {
    /// The format of a file that starts with `head` (its first 64 bytes are enough), if it is
    /// one the journal accepts.
    pub fn detect(head: &[u8]) -> Option<PhotoFormat> {
        if head.starts_with(&[0xff, 0xd8, 0xff]) {
            return Some(PhotoFormat::Jpeg);
        }
        if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(PhotoFormat::Png);
        }
        // ISO base media file: a `ftyp` box first, its major brand, then compatible brands.
        if head.get(4..8) != Some(b"ftyp") {
            return None;
        }
        let size = usize::try_from(u32::from_be_bytes(head.get(..4)?.try_into().ok()?)).ok()?;
        let major = head.get(8..12)?;
        let is = |brand: &[u8], list: &[&[u8; 4]]| list.iter().any(|b| b.as_slice() == brand);
        if is(major, &HEIC_BRANDS) {
            return Some(PhotoFormat::Heic);
        }
        let end = size.min(head.len());
        let compatible = head.get(16..end).unwrap_or_default();
        let heic_compatible = compatible.chunks_exact(4).any(|b| is(b, &HEIC_BRANDS));
        (is(major, &HEIF_BRANDS) && heic_compatible).then_some(PhotoFormat::Heic)
    }

    /// The stable code: `jpeg`, `png`, `heic`.
    pub fn code(self) -> &'static str {
        match self {
            PhotoFormat::Jpeg => "jpeg",
            PhotoFormat::Png => "png",
            PhotoFormat::Heic => "heic",
        }
    }

    /// Whether a report can embed it (after stripping its metadata).
    pub fn embeddable(self) -> bool {
        matches!(self, PhotoFormat::Jpeg | PhotoFormat::Png)
    }
}

#[cfg(test)]
mod tests {
    use super::PhotoFormat;

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut b = (size as u32).to_be_bytes().to_vec();
        b.extend_from_slice(b"ftyp");
        b.extend_from_slice(major);
        b.extend_from_slice(&[0, 0, 0, 0]);
        for c in compatible {
            b.extend_from_slice(*c);
        }
        b.extend_from_slice(b"\0\0\0\x08meta");
        b
    }

    #[test]
    fn formats_are_told_by_their_first_bytes() {
        assert_eq!(
            PhotoFormat::detect(&[0xff, 0xd8, 0xff, 0xe0]),
            Some(PhotoFormat::Jpeg)
        );
        assert_eq!(
            PhotoFormat::detect(b"\x89PNG\r\n\x1a\n...."),
            Some(PhotoFormat::Png)
        );
        assert_eq!(
            PhotoFormat::detect(&ftyp(b"heic", &[b"mif1"])),
            Some(PhotoFormat::Heic)
        );
        assert_eq!(
            PhotoFormat::detect(&ftyp(b"mif1", &[b"heic"])),
            Some(PhotoFormat::Heic)
        );
        // AVIF and video are HEIF-family files, not HEIC photos.
        assert_eq!(PhotoFormat::detect(&ftyp(b"avif", &[b"mif1"])), None);
        assert_eq!(PhotoFormat::detect(&ftyp(b"mif1", &[b"avif"])), None);
        assert_eq!(PhotoFormat::detect(&ftyp(b"isom", &[b"mp41"])), None);
        assert_eq!(PhotoFormat::detect(b"GIF89a"), None);
        assert_eq!(PhotoFormat::detect(b""), None);
        assert_eq!(PhotoFormat::detect(b"\0\0\0\x08ftyp"), None);
        assert!(PhotoFormat::Jpeg.embeddable() && PhotoFormat::Png.embeddable());
        assert!(!PhotoFormat::Heic.embeddable());
    }
}
