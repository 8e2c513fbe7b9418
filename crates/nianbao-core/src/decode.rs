//! Bytes → text: what kind of file this is and which encoding decodes it.
//!
//! Order of evidence: a byte-order mark; an HTML `<meta charset>` that decodes without errors;
//! valid UTF-8; UTF-16 without a BOM (many NUL bytes in alternate positions); else GB18030,
//! which covers GBK and GB2312. The encoding actually used is recorded in the report.
//!
//! UTF-8 and UTF-16 are decoded here. The legacy encodings (GB18030, Big5, …) need large
//! tables: with the `encodings` feature they come from `encoding_rs`; without it (the embed
//! bundle, where every kilobyte is downloaded) a [`LegacyDecoder`] does it — in a browser, the
//! platform's `TextDecoder`.

/// Decodes bytes in a legacy encoding named by its WHATWG name (`gb18030`, `GBK`, `Big5`):
/// the text and whether some bytes were invalid (and replaced by U+FFFD). `None`: unknown
/// encoding. See [`crate::Options::legacy_decoder`].
pub type LegacyDecoder = fn(&str, &[u8]) -> Option<(String, bool)>;

/// A character encoding the decoder can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// A legacy encoding, by its WHATWG name.
    Legacy(&'static str),
}

const GB18030: Charset = Charset::Legacy("gb18030");

impl Charset {
    fn name(self) -> &'static str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
            Charset::Legacy(name) => name,
        }
    }

    /// The encoding a label names (`gb2312`, `utf-8`, `x-gbk` …).
    #[cfg(feature = "encodings")]
    fn for_label(label: &[u8]) -> Option<Charset> {
        let encoding = encoding_rs::Encoding::for_label(label)?;
        Some(match encoding {
            e if e == encoding_rs::UTF_8 => Charset::Utf8,
            e if e == encoding_rs::UTF_16LE => Charset::Utf16Le,
            e if e == encoding_rs::UTF_16BE => Charset::Utf16Be,
            e => Charset::Legacy(e.name()),
        })
    }

    /// The labels Chinese pages use, by the WHATWG table (without `encoding_rs`'s full one).
    #[cfg(not(feature = "encodings"))]
    fn for_label(label: &[u8]) -> Option<Charset> {
        let label = std::str::from_utf8(label).ok()?.trim().to_ascii_lowercase();
        Some(match label.as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" => Charset::Utf8,
            "utf-16" | "utf-16le" => Charset::Utf16Le,
            "utf-16be" => Charset::Utf16Be,
            "gb18030" => GB18030,
            "gbk" | "gb2312" | "x-gbk" | "chinese" | "csgb2312" | "csiso58gb231280" | "gb_2312" | "gb_2312-80"
            | "iso-ir-58" => Charset::Legacy("GBK"),
            "big5" | "big5-hkscs" | "cn-big5" | "csbig5" | "x-x-big5" => Charset::Legacy("Big5"),
            _ => return None,
        })
    }

    fn for_bom(bytes: &[u8]) -> Option<(Charset, usize)> {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            Some((Charset::Utf8, 3))
        } else if bytes.starts_with(b"\xFF\xFE") {
            Some((Charset::Utf16Le, 2))
        } else if bytes.starts_with(b"\xFE\xFF") {
            Some((Charset::Utf16Be, 2))
        } else {
            None
        }
    }
}

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

/// Decodes text bytes. `looks_like_html` enables the `<meta charset>` look-up; `legacy`
/// decodes GB18030 and the like when the core is built without `encoding_rs`.
pub fn decode(bytes: &[u8], looks_like_html: bool, legacy: Option<LegacyDecoder>) -> Decoded {
    if let Some((charset, bom_len)) = Charset::for_bom(bytes) {
        return decode_with(charset, &bytes[bom_len..], legacy);
    }
    if looks_like_html {
        if let Some(charset) = meta_charset(bytes) {
            // A page that lies about its charset is common; only trust the label when it decodes.
            let decoded = decode_with(charset, bytes, legacy);
            if !decoded.had_errors {
                return decoded;
            }
        }
    }
    // NUL bytes are valid UTF-8, so UTF-16 without a BOM is tried first.
    if let Some(charset) = utf16_without_bom(bytes) {
        return decode_with(charset, bytes, legacy);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: text.to_owned(), encoding: "UTF-8", had_errors: false };
    }
    // UTF-8 with a few damaged bytes stays UTF-8; GBK read as UTF-8 fails on nearly every
    // Chinese character, so many errors mean GB18030.
    let lossy = decode_with(Charset::Utf8, bytes, legacy);
    let replaced = lossy.text.chars().filter(|&c| c == '\u{FFFD}').count();
    let non_ascii = lossy.text.chars().filter(|&c| !c.is_ascii() && c != '\u{FFFD}').count();
    if replaced * 20 <= non_ascii {
        return lossy;
    }
    decode_with(GB18030, bytes, legacy)
}

fn decode_with(charset: Charset, bytes: &[u8], legacy: Option<LegacyDecoder>) -> Decoded {
    let (text, had_errors) = match charset {
        Charset::Utf8 => {
            let text = String::from_utf8_lossy(bytes);
            let had_errors = matches!(text, std::borrow::Cow::Owned(_));
            (text.into_owned(), had_errors)
        }
        Charset::Utf16Le => utf16(bytes, u16::from_le_bytes),
        Charset::Utf16Be => utf16(bytes, u16::from_be_bytes),
        Charset::Legacy(name) => match decode_legacy(name, bytes, legacy) {
            Some(decoded) => decoded,
            // No decoder for it: UTF-8 with the damage marked, so the report says so.
            None => return decode_with(Charset::Utf8, bytes, None),
        },
    };
    Decoded { text, encoding: charset.name(), had_errors }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut had_errors = bytes.len() % 2 == 1;
    let mut text: String = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                had_errors = true;
                '\u{FFFD}'
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
    }
    (text, had_errors)
}

#[cfg(feature = "encodings")]
fn decode_legacy(name: &str, bytes: &[u8], _legacy: Option<LegacyDecoder>) -> Option<(String, bool)> {
    let encoding = encoding_rs::Encoding::for_label(name.as_bytes())?;
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Some((text.into_owned(), had_errors))
}

#[cfg(not(feature = "encodings"))]
fn decode_legacy(name: &str, bytes: &[u8], legacy: Option<LegacyDecoder>) -> Option<(String, bool)> {
    legacy?(name, bytes)
}

/// UTF-16 text of mostly ASCII or CJK has NULs at one parity only when it is ASCII-heavy;
/// require a clear majority at one parity so that binary junk is not taken for text.
fn utf16_without_bom(bytes: &[u8]) -> Option<Charset> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 >= pairs * 3 && even_nul * 20 < pairs {
        Some(Charset::Utf16Le)
    } else if even_nul * 10 >= pairs * 3 && odd_nul * 20 < pairs {
        Some(Charset::Utf16Be)
    } else {
        None
    }
}

/// `<meta charset="gbk">` or `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`
/// within the first 4 KB, read as ASCII.
fn meta_charset(bytes: &[u8]) -> Option<Charset> {
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
        if let Some(charset) = Charset::for_label(&lower[i..label_end]) {
            return Some(charset);
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

    /// GB18030 by `encoding_rs` (a dev-dependency), standing in for a browser's TextDecoder.
    fn gb18030(text: &str) -> Vec<u8> {
        encoding_rs::GB18030.encode(text).0.into_owned()
    }

    fn text_decoder(name: &str, bytes: &[u8]) -> Option<(String, bool)> {
        let (text, had_errors) = encoding_rs::Encoding::for_label(name.as_bytes())?.decode_without_bom_handling(bytes);
        Some((text.into_owned(), had_errors))
    }

    #[test]
    fn utf8_gbk_and_utf16_decode() {
        let text = "规章 | 0 |";
        assert_eq!(decode(text.as_bytes(), false, None).encoding, "UTF-8");
        let decoded = decode(&gb18030(text), false, Some(text_decoder));
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, "gb18030"));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, false, None).encoding, "UTF-16LE");
        assert_eq!(decode(&le, false, None).text, text);
        let ascii_le: Vec<u8> = "0 | 1 | 2 | 3".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&ascii_le, false, None).encoding, "UTF-16LE");
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        be.push(0x41);
        let decoded = decode(&be, false, None);
        assert_eq!((decoded.text.trim_end_matches('\u{FFFD}'), decoded.had_errors), (text, true));
    }

    #[test]
    fn meta_charset_is_honoured() {
        let body = gb18030("<html><head><meta charset=\"gbk\"></head><p>规章</p>");
        let decoded = decode(&body, true, Some(text_decoder));
        assert!(decoded.text.contains("规章"));
        assert_eq!(decoded.encoding, "GBK");
    }

    #[cfg(not(feature = "encodings"))]
    #[test]
    fn without_a_legacy_decoder_gbk_is_damaged_utf8_not_lost() {
        let decoded = decode(&gb18030("规章 | 0 |"), false, None);
        assert!(decoded.had_errors && decoded.text.contains('\u{FFFD}'));
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
