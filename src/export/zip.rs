//! A minimal, deterministic ZIP writer (STORE method only) for the DOCX container.
//!
//! Why hand-written: a DOCX is only a handful of small XML parts in a ZIP, and STORE (no
//! compression) needs nothing but a CRC-32 and the headers. A DOCX library would outweigh the
//! whole Review screen (docx-rs 0.4 takes a small Leptos page from about 46 to 281 KB gzip; the
//! Review screen's module, every export included, is about 64 KB). The
//! `zip` crate (9.8.2) does not build for wasm32 with its default features without a C
//! compiler (its zstd backend compiles C with clang); without them, writing the same STORE
//! archive adds about 53 KB gzip to a wasm module, and this file about 2 KB (rustc opt-level
//! "z" with LTO, before wasm-opt). The files are small and e-mail gateways compress anyway.
//! Timestamps come from the caller (the draft's own date) so the same proposal always gives
//! the same bytes.

/// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) lookup table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// The CRC-32 checksum ZIP uses for each entry.
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// A date and time in MS-DOS format, as stored in ZIP headers (2-second resolution, 1980–2107).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DosDateTime {
    /// Packed date: bits 15–9 year since 1980, 8–5 month, 4–0 day.
    pub date: u16,
    /// Packed time: bits 15–11 hours, 10–5 minutes, 4–0 seconds / 2.
    pub time: u16,
}

impl DosDateTime {
    /// Packs a calendar date and time, clamping anything outside the DOS range so a strange
    /// draft date still gives a valid archive.
    pub fn new(year: u32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Self {
        let (year, month, day) = if year < 1980 {
            (1980, 1, 1)
        } else if year > 2107 {
            (2107, 12, 31)
        } else {
            (year, month.clamp(1, 12), day.clamp(1, 31))
        };
        let date = ((year - 1980) << 9) | (month << 5) | day;
        let time = (hour.min(23) << 11) | (minute.min(59) << 5) | (second.min(59) / 2);
        DosDateTime {
            date: date as u16,
            time: time as u16,
        }
    }

    /// Reads the date and time from the start of an RFC 3339 / ISO 8601 timestamp such as
    /// `2026-11-27T17:05:09Z`; missing or unreadable parts fall back to 1980-01-01 00:00:00.
    pub fn from_iso(ts: &str) -> Self {
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            ts.get(range).and_then(|s| s.parse::<u32>().ok())
        };
        match (num(0..4), num(5..7), num(8..10)) {
            (Some(y), Some(mo), Some(d)) => DosDateTime::new(
                y,
                mo,
                d,
                num(11..13).unwrap_or(0),
                num(14..16).unwrap_or(0),
                num(17..19).unwrap_or(0),
            ),
            _ => DosDateTime::new(1980, 1, 1, 0, 0, 0),
        }
    }
}

/// Why an archive could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// An entry or the whole archive passed the 4 GiB / 65 535-entry limits of plain ZIP.
    TooLarge,
}

/// Builds a ZIP archive in memory, entry by entry, in the order they are added.
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
    stamp: DosDateTime,
}

impl ZipWriter {
    /// Starts an empty archive whose entries all carry `stamp`.
    pub fn new(stamp: DosDateTime) -> Self {
        ZipWriter {
            out: Vec::new(),
            central: Vec::new(),
            entries: 0,
            stamp,
        }
    }

    /// Appends one stored (uncompressed) file.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), ZipError> {
        let size = u32::try_from(data.len()).map_err(|_| ZipError::TooLarge)?;
        let offset = u32::try_from(self.out.len()).map_err(|_| ZipError::TooLarge)?;
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge)?;
        self.entries = self.entries.checked_add(1).ok_or(ZipError::TooLarge)?;
        let crc = crc32(data);
        // Bit 11: names are UTF-8. Version 2.0 is what readers expect for plain stored entries.
        let flags: u16 = 0x0800;

        let o = &mut self.out;
        o.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        o.extend_from_slice(&20u16.to_le_bytes()); // version needed
        o.extend_from_slice(&flags.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes()); // method: store
        o.extend_from_slice(&self.stamp.time.to_le_bytes());
        o.extend_from_slice(&self.stamp.date.to_le_bytes());
        o.extend_from_slice(&crc.to_le_bytes());
        o.extend_from_slice(&size.to_le_bytes()); // compressed
        o.extend_from_slice(&size.to_le_bytes()); // uncompressed
        o.extend_from_slice(&name_len.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes()); // extra length
        o.extend_from_slice(name.as_bytes());
        o.extend_from_slice(data);

        let c = &mut self.central;
        c.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        c.extend_from_slice(&20u16.to_le_bytes()); // version made by (MS-DOS, 2.0)
        c.extend_from_slice(&20u16.to_le_bytes()); // version needed
        c.extend_from_slice(&flags.to_le_bytes());
        c.extend_from_slice(&0u16.to_le_bytes());
        c.extend_from_slice(&self.stamp.time.to_le_bytes());
        c.extend_from_slice(&self.stamp.date.to_le_bytes());
        c.extend_from_slice(&crc.to_le_bytes());
        c.extend_from_slice(&size.to_le_bytes());
        c.extend_from_slice(&size.to_le_bytes());
        c.extend_from_slice(&name_len.to_le_bytes());
        c.extend_from_slice(&0u16.to_le_bytes()); // extra
        c.extend_from_slice(&0u16.to_le_bytes()); // comment
        c.extend_from_slice(&0u16.to_le_bytes()); // disk number
        c.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        c.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        c.extend_from_slice(&offset.to_le_bytes());
        c.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// Writes the central directory and end record and returns the archive's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let cd_offset = u32::try_from(self.out.len()).map_err(|_| ZipError::TooLarge)?;
        let cd_size = u32::try_from(self.central.len()).map_err(|_| ZipError::TooLarge)?;
        self.out.extend_from_slice(&self.central);
        let o = &mut self.out;
        o.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes()); // this disk
        o.extend_from_slice(&0u16.to_le_bytes()); // disk with central directory
        o.extend_from_slice(&self.entries.to_le_bytes());
        o.extend_from_slice(&self.entries.to_le_bytes());
        o.extend_from_slice(&cd_size.to_le_bytes());
        o.extend_from_slice(&cd_offset.to_le_bytes());
        o.extend_from_slice(&0u16.to_le_bytes()); // comment length
        Ok(self.out)
    }
}

/// Reads back the entries of an archive written by [`ZipWriter`] (stored entries only), checking
/// every CRC. Used by tests and by the DOCX self-check; returns `None` on anything unexpected.
pub fn read_stored(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let u16_at = |p: usize| -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(p..p + 2)?.try_into().ok()?))
    };
    let u32_at = |p: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(p..p + 4)?.try_into().ok()?))
    };
    let eocd = bytes.len().checked_sub(22)?;
    if u32_at(eocd)? != 0x0605_4b50 {
        return None;
    }
    let count = u16_at(eocd + 10)? as usize;
    let mut p = u32_at(eocd + 16)? as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(p)? != 0x0201_4b50 || u16_at(p + 10)? != 0 {
            return None;
        }
        let crc = u32_at(p + 16)?;
        let size = u32_at(p + 20)? as usize;
        let name_len = u16_at(p + 28)? as usize;
        let extra_len = u16_at(p + 30)? as usize;
        let comment_len = u16_at(p + 32)? as usize;
        let local = u32_at(p + 42)? as usize;
        let name = String::from_utf8(bytes.get(p + 46..p + 46 + name_len)?.to_vec()).ok()?;
        if u32_at(local)? != 0x0403_4b50 {
            return None;
        }
        let lname = u16_at(local + 26)? as usize;
        let lextra = u16_at(local + 28)? as usize;
        let start = local + 30 + lname + lextra;
        let data = bytes.get(start..start + size)?.to_vec();
        if crc32(&data) != crc {
            return None;
        }
        out.push((name, data));
        p += 46 + name_len + extra_len + comment_len;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_known_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"a"), 0xE8B7_BE43);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn dos_date_packs_and_clamps() {
        let d = DosDateTime::from_iso("2026-11-27T17:05:09Z");
        assert_eq!(d.date, ((2026 - 1980) << 9) | (11 << 5) | 27);
        assert_eq!(d.time, (17 << 11) | (5 << 5) | 4);
        assert_eq!(
            DosDateTime::from_iso("garbage"),
            DosDateTime::new(1980, 1, 1, 0, 0, 0)
        );
        assert_eq!(DosDateTime::from_iso("1970-01-01").date, (1 << 5) | 1);
    }

    #[test]
    fn round_trip() {
        let mut z = ZipWriter::new(DosDateTime::new(2024, 3, 1, 12, 0, 0));
        z.add("a.txt", b"hello").unwrap();
        z.add("dir/é.xml", b"<x/>").unwrap();
        z.add("empty", b"").unwrap();
        let bytes = z.finish().unwrap();
        let entries = read_stored(&bytes).unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0], ("a.txt".to_string(), b"hello".to_vec()));
        assert_eq!(entries[1].0, "dir/é.xml");
        assert_eq!(entries[2].1, b"");
    }
}
