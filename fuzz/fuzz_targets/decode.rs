//! Decoding (UTF-8, UTF-16, GBK/GB18030, Big5 …): any bytes give text, the same each time.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let first = nianbao_core::decode::decode(data, false, None);
    let second = nianbao_core::decode::decode(data, false, None);
    assert_eq!(first.text, second.text);
    // No runaway: a decoded text is at most a few times its bytes (UTF-8 of 2-byte encodings).
    assert!(first.text.len() <= data.len().saturating_mul(3) + 3, "{} bytes from {}", first.text.len(), data.len());
});
