//! The kinds of file the checker reads, named once for the CLI (which looks for them in
//! directories), the help texts and the web UI's file picker.

/// The file kinds read, by extension (lower case, no dot), text first: the one list that the
/// CLI's directory walk and help, the web app's file picker and the docs use.
pub const FILE_EXTENSIONS: &[&str] = &["txt", "text", "md", "htm", "html", "docx", "pdf"];

/// The extensions as a file picker's `accept` list (`.txt,.text,…`) followed by the media
/// types browsers know them by.
pub fn file_picker_accept() -> String {
    let mut accept: Vec<String> = FILE_EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
    accept.extend(["text/plain", "text/markdown", "text/html", "application/pdf"].map(String::from));
    accept.join(",")
}

/// The extensions as people write them in prose: `.txt/.text/…`.
pub fn file_extensions_listed(separator: &str) -> String {
    FILE_EXTENSIONS.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(separator)
}
