//! A checked report: what it is, where it came from, and its findings.

use crate::span::Span;
use crate::tables::{Section, Tables, Template};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What `nianbao check --format json FILE...` prints on stdout: one JSON document for all
/// inputs (`-` reads stdin). Exit status: 0 when no report has an error-severity diagnostic, 1
/// when some report has one, 2 for a usage error or when no input could be read at all. A
/// report alone (`$defs/Report`) is what the WebAssembly API returns as a JS object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckOutput {
    /// Always `nianbao`.
    pub tool: Cow<'static, str>,
    pub version: Cow<'static, str>,
    /// One per input, in the order given.
    pub reports: Vec<Report>,
}

impl CheckOutput {
    pub fn new(reports: Vec<Report>) -> CheckOutput {
        CheckOutput { tool: Cow::Borrowed("nianbao"), version: Cow::Borrowed(env!("CARGO_PKG_VERSION")), reports }
    }
}

/// One input, checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// Path as given on the command line, `-` for stdin, or the file name in the browser.
    pub source: String,
    pub input: InputInfo,
    /// Which official table format the report's tables follow (detected from labels, not from
    /// the year).
    pub template: Template,
    /// The report year (统计期限 / title), not the publication year.
    pub year: Option<i32>,
    /// Reporting body as stated in title, body or signature; null when none can be found.
    pub agency: Option<String>,
    /// Publication/signature date as YYYY-MM-DD when stated.
    pub published: Option<String>,
    /// Top-level sections in document order.
    pub sections: Vec<Section>,
    /// Standard tables found. Absent key = table not found.
    pub tables: Tables,
    /// Sorted by position. One diagnostic per distinct finding (not one per symptom).
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

impl Report {
    /// Adds findings (the cross-report rules' after the batch is read), keeping the order and
    /// the counts.
    pub fn add_findings(&mut self, findings: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(findings);
        self.sort_and_count();
    }

    /// The report without its model (sections and tables): `--no-model`.
    pub fn without_model(mut self) -> Report {
        self.sections = Vec::new();
        self.tables = Tables::default();
        self
    }

    /// Sorts the findings by position (then severity, then code) and counts them.
    pub fn sort_and_count(&mut self) {
        let diagnostics = &mut self.diagnostics;
        diagnostics.sort_by(|a, b| (a.span.start, a.severity, &a.code).cmp(&(b.span.start, b.severity, &b.code)));
        let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
        self.summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        };
    }
}

/// How the input was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputInfo {
    pub kind: InputKind,
    /// Encoding actually used to decode, e.g. UTF-8, GB18030, UTF-16LE.
    pub encoding: String,
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub bytes: usize,
}

/// How the input was read (the schema's `input.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Text,
    Html,
    Docx,
    Pdf,
    Unsupported,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Html => "html",
            InputKind::Docx => "docx",
            InputKind::Pdf => "pdf",
            InputKind::Unsupported => "unsupported",
        }
    }

    /// The kind's name in Chinese, as the page and the copied text show it.
    pub fn zh(self) -> &'static str {
        match self {
            InputKind::Text => "文本",
            InputKind::Html => "网页（HTML）",
            InputKind::Docx => "Word 文档（.docx）",
            InputKind::Pdf => "PDF",
            InputKind::Unsupported => "无法识别",
        }
    }
}

/// The number of findings of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// How bad a finding is: an error breaks the rules of the format, a warning is probably wrong,
/// a note is worth a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
}

/// The schema's diagnostic categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Input,
    Structure,
    Template,
    Arithmetic,
    Cell,
    Date,
    Narrative,
    Content,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Input,
        Category::Structure,
        Category::Template,
        Category::Arithmetic,
        Category::Cell,
        Category::Date,
        Category::Narrative,
        Category::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Input => "input",
            Category::Structure => "structure",
            Category::Template => "template",
            Category::Arithmetic => "arithmetic",
            Category::Cell => "cell",
            Category::Date => "date",
            Category::Narrative => "narrative",
            Category::Content => "content",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Category::Input => "输入文件",
            Category::Structure => "结构",
            Category::Template => "模板格式",
            Category::Arithmetic => "勾稽关系",
            Category::Cell => "单元格",
            Category::Date => "年份与日期",
            Category::Narrative => "正文与表格",
            Category::Content => "内容",
        }
    }
}

/// A finding's message in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Message {
    pub zh: String,
    pub en: String,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diagnostic {
    /// The rule's code, e.g. `NB301`.
    pub code: Cow<'static, str>,
    /// The rule's name, e.g. `t3-row-total`.
    pub name: Cow<'static, str>,
    pub category: Category,
    pub severity: Severity,
    pub message: Message,
    /// The text the finding is about.
    pub span: Span,
    /// Other places that take part (the cells of a sum, the earlier report's place).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Span>,
    /// For a cross-report finding: the other report's `source`, which `related` points into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_source: Option<String>,
    /// The value the rule expected, as text (e.g. a sum).
    pub expected: Option<String>,
    /// The value found.
    pub found: Option<String>,
}
