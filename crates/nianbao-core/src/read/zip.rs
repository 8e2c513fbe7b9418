//! Just enough ZIP to take one part out of a .docx: the central directory found from its end
//! record (ZIP64 too), the entry looked up by name, its data stored or deflated (miniz_oxide),
//! checked against its CRC-32. In place of the `zip` crate, which took 58 KB of the embed
//! bundle's gzip'd WebAssembly (382 → 324 KB without it).
//!
//! Every offset and length comes from the file, so every read is bounds-checked; a part larger
//! than the limit is refused from its declared size, and decompression stops one byte past the
//! limit whatever the header said (a zip bomb).

#[derive(Debug, PartialEq)]
pub(super) enum ZipError {
    /// The archive has no entry of that name.
    NotFound,
    /// The entry is larger than the limit (its header may say otherwise: `declared` is what it
    /// says).
    TooLarge {
        declared: u64,
    },
    Corrupt(&'static str),
}

const END: u32 = 0x0605_4b50;
const END_LEN: usize = 22;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_END: u32 = 0x0606_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

fn offset(value: u64) -> Result<usize, ZipError> {
    usize::try_from(value).map_err(|_| ZipError::Corrupt("offset out of range"))
}

/// Where the central directory is and how many entries it has.
struct Directory {
    start: usize,
    entries: u64,
    /// Bytes before the archive (a self-extracting stub): every offset in it is off by this.
    shift: u64,
}

/// The end record is the last thing in the archive but for a comment of at most 64 KB.
fn directory(bytes: &[u8]) -> Result<Directory, ZipError> {
    let earliest = bytes.len().saturating_sub(END_LEN + usize::from(u16::MAX));
    let end = (earliest..=bytes.len().saturating_sub(END_LEN))
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(END))
        .ok_or(ZipError::Corrupt("no end of central directory record"))?;
    // Found at most 22 bytes from the end: the record is whole.
    let mut entries = u64::from(u16_at(bytes, end + 10).unwrap_or_default());
    let mut size = u64::from(u32_at(bytes, end + 12).unwrap_or_default());
    let mut start = u64::from(u32_at(bytes, end + 16).unwrap_or_default());
    let mut directory_end = end;
    // ZIP64: a locator just before the end record points at the 64-bit end record.
    if let Some(locator) = end.checked_sub(20).filter(|&at| u32_at(bytes, at) == Some(ZIP64_LOCATOR)) {
        let record = offset(u64_at(bytes, locator + 8).ok_or(ZipError::Corrupt("truncated ZIP64 locator"))?)?;
        if u32_at(bytes, record) != Some(ZIP64_END) {
            return Err(ZipError::Corrupt("bad ZIP64 end of central directory record"));
        }
        let field = |at| u64_at(bytes, record + at).ok_or(ZipError::Corrupt("truncated ZIP64 end record"));
        (entries, size, start) = (field(32)?, field(40)?, field(48)?);
        directory_end = record;
    }
    let shift = (directory_end as u64)
        .checked_sub(start.checked_add(size).ok_or(ZipError::Corrupt("central directory out of range"))?)
        .ok_or(ZipError::Corrupt("central directory out of range"))?;
    start += shift;
    Ok(Directory { start: offset(start)?, entries, shift })
}

/// One entry of the central directory, as far as reading its data needs.
struct Entry {
    method: u16,
    encrypted: bool,
    crc: u32,
    compressed: u64,
    size: u64,
    local: u64,
}

/// Finds `name` in the central directory.
fn find(bytes: &[u8], name: &str) -> Result<Entry, ZipError> {
    let directory = directory(bytes)?;
    let mut at = directory.start;
    let truncated = || ZipError::Corrupt("truncated central directory");
    for _ in 0..directory.entries {
        if u32_at(bytes, at) != Some(CENTRAL) {
            return Err(ZipError::Corrupt("bad central directory entry"));
        }
        let field16 = |o| u16_at(bytes, at + o).ok_or_else(truncated);
        let field32 = |o| u32_at(bytes, at + o).ok_or_else(truncated);
        let (name_len, extra_len, comment_len) =
            (usize::from(field16(28)?), usize::from(field16(30)?), usize::from(field16(32)?));
        let name_at = at + 46;
        let entry_name = bytes.get(name_at..name_at + name_len).ok_or_else(truncated)?;
        if entry_name == name.as_bytes() {
            let mut entry = Entry {
                method: field16(10)?,
                encrypted: field16(8)? & 1 == 1,
                crc: field32(16)?,
                compressed: u64::from(field32(20)?),
                size: u64::from(field32(24)?),
                local: u64::from(field32(42)?),
            };
            let extra = bytes.get(name_at + name_len..name_at + name_len + extra_len).ok_or_else(truncated)?;
            zip64_sizes(extra, &mut entry);
            entry.local = entry.local.checked_add(directory.shift).ok_or(ZipError::Corrupt("offset out of range"))?;
            return Ok(entry);
        }
        at = name_at + name_len + extra_len + comment_len;
    }
    Err(ZipError::NotFound)
}

/// The ZIP64 extra field holds, in this order, each of the sizes and the offset that the
/// entry's 32-bit field leaves at 0xFFFFFFFF.
fn zip64_sizes(mut extra: &[u8], entry: &mut Entry) {
    while let (Some(id), Some(len)) = (u16_at(extra, 0), u16_at(extra, 2)) {
        let data = extra.get(4..4 + usize::from(len)).unwrap_or_default();
        if id == 1 {
            let mut values = data.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap()));
            for field in [&mut entry.size, &mut entry.compressed, &mut entry.local] {
                if *field == u64::from(u32::MAX) {
                    if let Some(value) = values.next() {
                        *field = value;
                    }
                }
            }
            return;
        }
        extra = extra.get(4 + usize::from(len)..).unwrap_or_default();
    }
}

/// The bytes of entry `name`, refused when over `limit` bytes.
pub(super) fn extract(bytes: &[u8], name: &str, limit: u64) -> Result<Vec<u8>, ZipError> {
    let entry = find(bytes, name)?;
    if entry.encrypted {
        return Err(ZipError::Corrupt("the part is encrypted"));
    }
    if entry.size > limit {
        return Err(ZipError::TooLarge { declared: entry.size });
    }
    let local = offset(entry.local)?;
    if u32_at(bytes, local) != Some(LOCAL) {
        return Err(ZipError::Corrupt("bad local file header"));
    }
    let truncated = || ZipError::Corrupt("truncated local file header");
    let name_len = usize::from(u16_at(bytes, local + 26).ok_or_else(truncated)?);
    let extra_len = usize::from(u16_at(bytes, local + 28).ok_or_else(truncated)?);
    let start = local + 30 + name_len + extra_len;
    let data = start
        .checked_add(offset(entry.compressed)?)
        .and_then(|end| bytes.get(start..end))
        .ok_or(ZipError::Corrupt("the part's data runs past the end of the file"))?;
    // At most one byte past the limit is ever produced: a part that turns out larger than its
    // header said is refused all the same.
    let cap = offset(limit)?.saturating_add(1);
    let out = match entry.method {
        0 => data.to_vec(),
        8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(data, cap) {
            Ok(out) => out,
            Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                return Err(ZipError::TooLarge { declared: entry.size })
            }
            Err(_) => return Err(ZipError::Corrupt("the part's deflate data is damaged")),
        },
        _ => return Err(ZipError::Corrupt("compression method not supported")),
    };
    if out.len() as u64 > limit {
        return Err(ZipError::TooLarge { declared: entry.size });
    }
    if crc32(&out) != entry.crc {
        return Err(ZipError::Corrupt("the part's checksum does not match"));
    }
    Ok(out)
}

/// CRC-32 (IEEE), one table lookup per byte.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, &b| TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn archive(method: ::zip::CompressionMethod, parts: &[(&str, &[u8])], prefix: &[u8]) -> Vec<u8> {
        let mut zip = ::zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = ::zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, data) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.set_comment("注释").unwrap();
        let mut bytes = prefix.to_vec();
        bytes.extend(zip.finish().unwrap().into_inner());
        bytes
    }

    #[test]
    fn stored_and_deflated_parts_come_out_whole() {
        let xml = "<w:document>年报</w:document>".repeat(200);
        for method in [::zip::CompressionMethod::Stored, ::zip::CompressionMethod::Deflated] {
            let bytes =
                archive(method, &[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", xml.as_bytes())], b"");
            assert_eq!(extract(&bytes, "word/document.xml", 1 << 20).unwrap(), xml.as_bytes());
            assert_eq!(extract(&bytes, "word/styles.xml", 1 << 20), Err(ZipError::NotFound));
        }
    }

    #[test]
    fn zip64_and_a_prefix_before_the_archive_are_read() {
        let mut zip = ::zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = ::zip::write::SimpleFileOptions::default().large_file(true);
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(b"<w:document/>").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert_eq!(extract(&bytes, "word/document.xml", 100).unwrap(), b"<w:document/>");
        let stub = archive(::zip::CompressionMethod::Deflated, &[("word/document.xml", b"x")], b"MZ stub");
        assert_eq!(extract(&stub, "word/document.xml", 100).unwrap(), b"x");
    }

    #[test]
    fn a_part_over_the_limit_is_refused_even_when_its_header_lies() {
        let big = vec![b'a'; 10_000];
        let bytes = archive(::zip::CompressionMethod::Deflated, &[("word/document.xml", &big)], b"");
        assert_eq!(extract(&bytes, "word/document.xml", 1000), Err(ZipError::TooLarge { declared: 10_000 }));
        // The same archive with the declared size (central directory, offset 24) set to 10.
        let mut lying = bytes.clone();
        let central = lying.windows(4).position(|w| w == CENTRAL.to_le_bytes()).unwrap();
        lying[central + 24..central + 28].copy_from_slice(&10u32.to_le_bytes());
        assert_eq!(extract(&lying, "word/document.xml", 1000), Err(ZipError::TooLarge { declared: 10 }));
    }

    #[test]
    fn damage_is_reported_never_a_panic() {
        let good =
            archive(::zip::CompressionMethod::Deflated, &[("word/document.xml", "年报".repeat(500).as_bytes())], b"");
        for cut in (0..good.len()).step_by(7) {
            let _ = extract(&good[..cut], "word/document.xml", 1 << 20);
        }
        for at in 0..good.len() {
            let mut bad = good.clone();
            bad[at] ^= 0x5a;
            let _ = extract(&bad, "word/document.xml", 1 << 20);
        }
        let mut flipped = good.clone();
        let data = flipped.windows(4).position(|w| w == LOCAL.to_le_bytes()).unwrap() + 30 + "word/document.xml".len();
        flipped[data + 5] ^= 0xff;
        assert!(matches!(extract(&flipped, "word/document.xml", 1 << 20), Err(ZipError::Corrupt(_))));
        assert!(matches!(extract(b"PK\x03\x04garbage", "word/document.xml", 100), Err(ZipError::Corrupt(_))));
    }

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
