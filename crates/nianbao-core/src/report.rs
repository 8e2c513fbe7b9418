//! The serialisable result: exactly the JSON of `report.schema.json`, for the CLI and the web.

use crate::model::{Model, Section, Tables, Template};
use crate::read::InputKind;
use crate::span::Span;
use serde::Serialize;

/// What `nianbao check --format json` prints: one document for all inputs.
#[derive(Clone, Debug, Serialize)]
pub struct CheckOutput {
    pub tool: &'static str,
    pub version: &'static str,
    pub reports: Vec<Report>,
}

impl CheckOutput {
    pub fn new(reports: Vec<Report>) -> CheckOutput {
        CheckOutput { tool: "nianbao", version: env!("CARGO_PKG_VERSION"), reports }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub source: String,
    pub input: InputInfo,
    pub template: Template,
    pub year: Option<i32>,
    pub agency: Option<String>,
    pub published: Option<String>,
    pub sections: Vec<Section>,
    pub tables: Tables,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

#[derive(Clone, Debug, Serialize)]
pub struct InputInfo {
    pub kind: InputKind,
    pub encoding: String,
    pub bytes: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: Message,
    pub span: Span,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Span>,
    /// The report `related` points into when it is another file (a cross-report check:
    /// last year's report); `None`: this report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_source: Option<String>,
    pub expected: Option<String>,
    pub found: Option<String>,
}

impl Report {
    pub(crate) fn new(source: &str, model: Model, diagnostics: Vec<Diagnostic>) -> Report {
        let mut report = Report {
            source: source.to_owned(),
            input: InputInfo { kind: model.doc.kind, encoding: model.doc.encoding.clone(), bytes: model.doc.bytes },
            template: model.template,
            year: model.year,
            agency: model.agency.map(|a| a.value),
            published: model.published.map(|p| p.value.to_string()),
            sections: model.sections,
            tables: model.tables,
            diagnostics,
            summary: Summary::default(),
        };
        report.sort_and_count();
        report
    }

    /// Adds findings made later (cross-report checks), keeping the order and the counts.
    pub fn add_findings(&mut self, findings: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(findings);
        self.sort_and_count();
    }

    /// Drops the model (sections and tables), for audit-only output.
    pub fn without_model(mut self) -> Report {
        self.sections = Vec::new();
        self.tables = Tables::default();
        self
    }

    fn sort_and_count(&mut self) {
        let diagnostics = &mut self.diagnostics;
        diagnostics.sort_by(|a, b| (a.span.start, a.severity, a.code).cmp(&(b.span.start, b.severity, b.code)));
        let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
        self.summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        };
    }
}
