//! nianbao-report: the contract between the checker and whoever reads its result.
//!
//! Two things live here and nowhere else:
//! - [`format`]: the official formats' vocabulary (the six sections, the rows and columns of
//!   tables 2–4, the identities their numbers obey), which the readers, the rules and the
//!   front ends all name things by;
//! - the shape of a checked report ([`Report`], [`Diagnostic`], [`Span`], the published
//!   [`tables`], [`Template`], [`Severity`], [`Category`]): what `nianbao check --format json`
//!   prints, what the checker worker hands the web UI as a JS object, and what
//!   `docs/report.schema.json` describes (generated from these types with the `schema`
//!   feature; a test fails when the file is stale).
//!
//! The core builds these values; the CLI and the web UI only read them. The crate has no logic
//! of reading or checking, so the web UI links it without linking a reader or a rule.
//! Invariant: every change here is an addition (a new optional field, a new enum value), so
//! that a report a portal stored last year still reads.

pub mod files;
pub mod format;
mod report;
mod request;
mod span;
pub mod tables;

pub use report::{Category, CheckOutput, Diagnostic, InputInfo, InputKind, Message, Report, Severity, Summary};
pub use request::CheckRequest;
pub use span::{PageBox, Span};
pub use tables::{Section, Tables, Template};

/// The JSON schema of [`CheckOutput`] (what `--format json` prints; a report is its
/// `$defs/Report`), as `docs/report.schema.json` holds it.
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(CheckOutput);
    schema.insert("$id".into(), "nianbao/report.schema.json".into());
    schema.insert("title".into(), "nianbao check result".into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}
