//! What a front end asks the checker besides the input: the web UI sends it, the checker
//! worker (crate `nianbao-worker`) reads it, as a JS object (camelCase fields).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckRequest {
    /// What the report's `source` says.
    pub name: String,
    /// `--select`/`--ignore` as the CLI takes them: rule codes, prefixes, names or categories.
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    /// The UI's check: also the PDF page starts and the digest for the cross-report rules (a
    /// portal's `check()` wants the report only).
    pub keep: bool,
    /// Also the decoded text (a file's, for the source view; the text box has its own).
    pub keep_text: bool,
    /// For a rich paste (HTML): the plain text the text box got. The report's spans are moved
    /// onto it, so that they point at what the person sees.
    pub plain: Option<String>,
}
