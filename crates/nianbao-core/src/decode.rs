//! Bytes → text: what kind of file this is and which encoding decodes it.
//!
//! Order of evidence: a byte-order mark; an HTML `<meta charset>` that decodes without errors;
//! valid UTF-8; UTF-16 without a BOM (many NUL bytes in alternate positions); else GB18030,
//! which covers GBK and GB2312. The encoding actually used is recorded in the report.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// What the bytes look like before any decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Empty,
    /// A ZIP archive: a .docx if it holds `word/document.xml`.
    Zip,
    Pdf,
    Image,
    /// An old binary Word / Excel file (OLE compound document).
    OleDocument,
    /// Something to decode as text (plain or HTML).
    Text,
}

pub fn sniff(bytes: &[u8]) -> Sniffed {
    const MAGIC: &[(&[u8], Sniffed)] = &[
        (b"PK\x03\x04", Sniffed::Zip),
        (b"%PDF", Sniffed::Pdf),
        (b"\x89PNG", Sniffed::Image),
        (b"\xFF\xD8\xFF", Sniffed::Image),
        (b"GIF8", Sniffed::Image),
        (b"BM", Sniffed::Image),
        (b"RIFF", Sniffed::Image),
        (b"\xD0\xCF\x11\xE0", Sniffed::OleDocument),
    ];
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Sniffed::Empty;
    }
    // A PDF's header may follow up to a kilobyte of junk (the specification allows it).
    if bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)).map_or(Sniffed::Text, |&(_, kind)| kind)
}

/// Decoded text and how it was obtained.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Some bytes were invalid in the chosen encoding and became U+FFFD.
    pub had_errors: bool,
}

/// Decodes text bytes. `looks_like_html` enables the `<meta charset>` look-up.
pub fn decode(bytes: &[u8], looks_like_html: bool) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(encoding, &bytes[bom_len..]);
    }
    if looks_like_html {
        if let Some(encoding) = meta_charset(bytes) {
            // A page that lies about its charset is common; only trust the label when it decodes.
            let decoded = decode_with(encoding, bytes);
            if !decoded.had_errors {
                return decoded;
            }
        }
    }
    // NUL bytes are valid UTF-8, so UTF-16 without a BOM is tried first.
    if let Some(encoding) = utf16_without_bom(bytes) {
        return decode_with(encoding, bytes);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: text.to_owned(), encoding: "UTF-8", had_errors: false };
    }
    // UTF-8 with a few damaged bytes stays UTF-8; GBK read as UTF-8 fails on nearly every
    // Chinese character, so many errors mean GB18030.
    let lossy = decode_with(UTF_8, bytes);
    let replaced = lossy.text.chars().filter(|&c| c == '\u{FFFD}').count();
    let non_ascii = lossy.text.chars().filter(|&c| !c.is_ascii() && c != '\u{FFFD}').count();
    if replaced * 20 <= non_ascii {
        return lossy;
    }
    decode_with(GB18030, bytes)
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let name = if encoding == UTF_8 { "UTF-8" } else { encoding.name() };
    Decoded { text: text.into_owned(), encoding: name, had_errors }
}

/// UTF-16 text of mostly ASCII or CJK has NULs at one parity only when it is ASCII-heavy;
/// require a clear majority at one parity so that binary junk is not taken for text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 >= pairs * 3 && even_nul * 20 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 3 && odd_nul * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// `<meta charset="gbk">` or `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`
/// within the first 4 KB, read as ASCII.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        from = i;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let label_end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')))
            .map_or(lower.len(), |p| i + p);
        if let Some(encoding) = Encoding::for_label(&lower[i..label_end]) {
            return Some(encoding);
        }
    }
    None
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// True when decoded text is really a binary file: NULs or many control characters.
pub fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(8192).collect();
    let controls = sample.iter().filter(|&&c| c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')).count();
    let replaced = sample.iter().filter(|&&c| c == '\u{FFFD}').count();
    controls * 50 > sample.len().max(1) || replaced * 5 > sample.len().max(1)
}

/// HTML if the name says so or the text opens with markup.
pub fn looks_like_html(name: &str, bytes: &[u8]) -> bool {
    let lower_name = name.to_ascii_lowercase();
    if lower_name.ends_with(".html") || lower_name.ends_with(".htm") || lower_name.ends_with(".xhtml") {
        return true;
    }
    let head: Vec<u8> = bytes.iter().filter(|&&b| b != 0).take(2048).map(u8::to_ascii_lowercase).collect();
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    let head = &head[start..];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    head.starts_with(b"<")
        && [&b"<html"[..], b"<!doctype html", b"<body", b"<table", b"<div", b"<p", b"<meta", b"<head"]
            .iter()
            .any(|tag| find(head, tag).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gbk_and_utf16_decode() {
        let text = "规章 | 0 |";
        assert_eq!(decode(text.as_bytes(), false).encoding, "UTF-8");
        let (gbk, _, _) = GB18030.encode(text);
        let decoded = decode(&gbk, false);
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, "gb18030"));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, false).encoding, "UTF-16LE");
        let ascii_le: Vec<u8> = "0 | 1 | 2 | 3".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&ascii_le, false).encoding, "UTF-16LE");
    }

    #[test]
    fn meta_charset_is_honoured() {
        let (body, _, _) = GB18030.encode("<html><head><meta charset=\"gbk\"></head><p>规章</p>");
        let decoded = decode(&body, true);
        assert!(decoded.text.contains("规章"));
        assert_eq!(decoded.encoding, "GBK");
    }

    #[test]
    fn sniffs_binary_formats() {
        assert_eq!(sniff(b"%PDF-1.7"), Sniffed::Pdf);
        assert_eq!(sniff(b"\r\n\0junk%PDF-1.4\n"), Sniffed::Pdf);
        assert_eq!(sniff(b"  \n"), Sniffed::Empty);
        assert_eq!(sniff(b"\x89PNG\r\n"), Sniffed::Image);
        assert!(looks_binary("\0\0\0abc\u{1}\u{2}"));
        assert!(!looks_binary("一、总体情况\n"));
    }
}
