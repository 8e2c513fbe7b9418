//! The rule catalogue: one rule per file, grouped by category, registered in [`RULES`].
//!
//! A rule is a unit struct declared with [`rule!`], whose doc comment (Ruff style: what it
//! does, why it is bad, an example, how to fix, references) is its documentation page:
//! `nianbao rule NB101` prints it and `docs/rules.md` is generated from it.

mod arithmetic;
mod cell;
mod content;
pub mod cross;
mod date;
mod input;
mod narrative;
mod structure;
mod template;

use crate::model::Model;
use crate::report::{Category, Diagnostic, Message, Severity};
use crate::span::Span;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

/// What the catalogue knows of a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code, e.g. `NB101`; never reused for another meaning.
    pub code: &'static str,
    /// Kebab-case name, e.g. `section-missing`.
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// One line, Chinese and English, for lists.
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    /// The rule's doc comment, Markdown.
    pub doc: &'static str,
    /// The same page in Chinese (规则说明, 为什么是问题, 示例, 如何修改, 依据), Markdown: what the
    /// web UI shows a clerk.
    pub doc_zh: &'static str,
}

pub(crate) trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check<'m>(&self, model: &'m Model, findings: &mut Findings<'m>);
}

/// Declares a rule: the struct with its doc comment, its [`RuleMeta`] built from both, and its
/// [`Rule`] impl, which calls the inherent `check` the rule's file defines.
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        $name:ident { $($meta:tt)* }
    ) => {
        $crate::rules::rule_meta! { $(#[doc = $doc])* $name { $($meta)* } }

        impl $crate::rules::Rule for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }

            fn check<'m>(&self, model: &'m $crate::model::Model, findings: &mut $crate::rules::Findings<'m>) {
                // The rule's own `check` (an inherent method, next to its doc comment).
                $name::check(self, model, findings)
            }
        }
    };
}
pub(crate) use rule;

/// Declares a cross-report rule (one that compares reports checked together) like [`rule!`],
/// with a [`cross::CrossRule`] impl.
macro_rules! cross_rule {
    (
        $(#[doc = $doc:literal])*
        $name:ident { $($meta:tt)* }
    ) => {
        $crate::rules::rule_meta! { $(#[doc = $doc])* $name { $($meta)* } }

        impl $crate::rules::cross::CrossRule for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &Self::META
            }

            fn check(&self, set: &$crate::rules::cross::ReportSet, findings: &mut $crate::rules::cross::CrossFindings) {
                $name::check(self, set, findings)
            }
        }
    };
}
pub(crate) use cross_rule;

/// The struct and its [`RuleMeta`], shared by [`rule!`] and [`cross_rule!`].
macro_rules! rule_meta {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            category: $category:ident,
            severity: $severity:ident,
            summary_zh: $zh:literal,
            summary_en: $en:literal,
            doc_zh: [$($doc_zh:literal),* $(,)?] $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        impl $name {
            pub(crate) const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $rule_name,
                category: $crate::report::Category::$category,
                severity: $crate::report::Severity::$severity,
                summary_zh: $zh,
                summary_en: $en,
                // Without the `rule-docs` feature (the embed bundle) the pages are left out.
                doc: if cfg!(feature = "rule-docs") { concat!($($doc, "\n"),*) } else { "" },
                doc_zh: if cfg!(feature = "rule-docs") { concat!($($doc_zh, "\n"),*) } else { "" },
            };
        }
    };
}
pub(crate) use rule_meta;

/// Every rule, in code order.
static RULES: &[&dyn Rule] = &[
    &input::UnsupportedInput,
    &input::EmptyInput,
    &input::InputTooLarge,
    &input::DocxTooLarge,
    &input::DecodeErrors,
    &input::NotAReport,
    &input::HtmlTooDeep,
    &input::PdfNoText,
    &input::PdfUnreadable,
    &structure::SectionMissing,
    &structure::SectionOrder,
    &structure::SectionDuplicate,
    &structure::SectionEmpty,
    &structure::TableMissing,
    &structure::TableMisplaced,
    &structure::TableUnreadable,
    &structure::TableRowIncomplete,
    &structure::TableUnknownRow,
    &structure::TableStrayValues,
    &structure::TableDuplicateRow,
    &structure::TableRowRecovered,
    &structure::TablesNotFilled,
    &structure::SeveralReports,
    &structure::PreambleParts,
    &structure::LegacyContentMissing,
    &structure::LegacyLabelDuplicate,
    &template::TemplateYearMismatch,
    &template::TemplateMixed,
    &template::LabelVariant,
    &template::HeaderTruncated,
    &template::FeeAnachronism,
    &template::HeadingVariant,
    &arithmetic::SuspectCell,
    &arithmetic::ApplicationsRowTotal,
    &arithmetic::ApplicationsBalance,
    &arithmetic::ApplicationsResultsTotal,
    &arithmetic::ReviewLitigationTotal,
    &arithmetic::Disclosure2019ColumnsConflated,
    &arithmetic::Disclosure2019PublishedTotal,
    &arithmetic::Disclosure2021MadeExceeds,
    &arithmetic::LegacySubtotal,
    &arithmetic::LitigationAfterReview,
    &arithmetic::Disclosure2019ItemsNegative,
    &arithmetic::FeeNoticeUnpaid,
    &cell::CellBlank,
    &cell::CellPlaceholder,
    &cell::CellNotANumber,
    &cell::CellNegative,
    &cell::CellFraction,
    &cell::CellImplausible,
    &cell::CellFullwidthDigits,
    &cell::CellThousandsSeparator,
    &cell::CellUnit,
    &date::YearMissing,
    &date::YearInconsistent,
    &date::StatisticsPeriodRule,
    &date::PublishedLate,
    &date::PublishedEarly,
    &date::DateMissing,
    &date::AgencyNotStated,
    &date::DateCorrupted,
    &date::YearTypo,
    &narrative::NarrativeReceived,
    &narrative::NarrativeHandled,
    &narrative::NarrativeNoApplications,
    &narrative::NarrativePartsSum,
    &narrative::NarrativeReviewLitigation,
    &narrative::NarrativeCounts,
    &narrative::NarrativeDocuments,
    &narrative::NarrativePercentages,
    &narrative::NarrativeHandledExceeds,
    &content::SpamInjected,
    &content::PageBoilerplate,
    &content::FeeStatementMissing,
    &content::PlaceholderText,
    &content::AgencyMismatch,
    &content::RepeatedParagraph,
    &content::RegulationsWithoutPower,
    &content::SectionContentMissing,
    &content::PortalAddressForeign,
    &content::OtherMattersIncomplete,
    &content::AccountabilityResultsMissing,
    &content::PlaceForeign,
    &content::PlaceNameUnknown,
];

/// The catalogue, in code order: the rules of one report, then the cross-report rules.
pub fn catalogue() -> impl Iterator<Item = &'static RuleMeta> {
    RULES.iter().map(|r| r.meta()).chain(cross::RULES.iter().map(|r| r.meta()))
}

/// Looks a rule up by code (`NB101`) or name (`section-missing`), case-insensitively.
pub fn find(key: &str) -> Option<&'static RuleMeta> {
    catalogue().find(|m| m.code.eq_ignore_ascii_case(key) || m.name.eq_ignore_ascii_case(key))
}

/// Which rules run: `select` (empty = all) minus `ignore`. Each entry is a code or code prefix
/// (`NB1`, `NB101`), a rule name or a category (`arithmetic`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl Selection {
    pub fn enables(&self, meta: &RuleMeta) -> bool {
        let matches = |key: &String| {
            let key = key.trim();
            (key.len() >= 2 && meta.code.to_ascii_lowercase().starts_with(&key.to_ascii_lowercase()))
                || meta.name.eq_ignore_ascii_case(key)
                || meta.category.as_str().eq_ignore_ascii_case(key)
        };
        (self.select.is_empty() || self.select.iter().any(matches)) && !self.ignore.iter().any(matches)
    }

    /// Entries that match no rule, for a usage error.
    pub fn unknown_entries(&self) -> Vec<String> {
        self.select
            .iter()
            .chain(&self.ignore)
            .filter(|key| !catalogue().any(|m| Selection { select: vec![(*key).clone()], ignore: vec![] }.enables(m)))
            .cloned()
            .collect()
    }
}

/// Collects the findings of one report, and holds what several rules read: the arithmetic
/// analysis of tables 3 and 4 and the list of table cells, each computed once per report.
pub(crate) struct Findings<'m> {
    list: Vec<Diagnostic>,
    selection: Selection,
    model: &'m Model,
    analysis: OnceCell<Rc<arithmetic::Analysis<'m>>>,
    places: OnceCell<Rc<Vec<cell::Place<'m>>>>,
}

impl<'m> Findings<'m> {
    pub(crate) fn new(model: &'m Model, selection: &Selection) -> Findings<'m> {
        Findings {
            list: Vec::new(),
            selection: selection.clone(),
            model,
            analysis: OnceCell::new(),
            places: OnceCell::new(),
        }
    }

    /// Whether a rule runs in this check (rules that share work use it to divide it).
    pub(crate) fn enabled(&self, meta: &RuleMeta) -> bool {
        self.selection.enables(meta)
    }

    /// The equations of tables 3 and 4, the broken ones and the cells that explain them.
    pub(crate) fn analysis(&self) -> Rc<arithmetic::Analysis<'m>> {
        self.analysis.get_or_init(|| Rc::new(arithmetic::analyse(self.model))).clone()
    }

    /// Every data cell of the standard tables, with its place.
    pub(crate) fn places(&self) -> Rc<Vec<cell::Place<'m>>> {
        self.places.get_or_init(|| Rc::new(cell::places(self.model))).clone()
    }

    /// Records a finding of `meta` at `span`, its message in Chinese and English; the
    /// [`Finding`] returned adds the places involved, the expected and found values, or
    /// another severity: `findings.add(…).related(spans).expected("3").found("4")`.
    pub(crate) fn add(
        &mut self,
        meta: &'static RuleMeta,
        span: Span,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Finding<'_> {
        self.list.push(diagnostic(meta, span, Message { zh: zh.into(), en: en.into() }));
        Finding(self.list.last_mut().expect("just pushed"))
    }
}

/// A finding just added, completed by its builder methods.
pub(crate) struct Finding<'a>(&'a mut Diagnostic);

impl Finding<'_> {
    /// Other places the finding is about (the cells of a sum, the first copy of a paragraph).
    pub fn related(self, spans: impl IntoIterator<Item = Span>) -> Self {
        self.0.related.extend(spans);
        self
    }

    /// The value the text or cell should have.
    pub fn expected(self, value: impl Into<String>) -> Self {
        self.0.expected = Some(value.into());
        self
    }

    /// The expected value, when there is one.
    pub fn expected_if(self, value: Option<String>) -> Self {
        self.0.expected = value;
        self
    }

    /// The value as written.
    pub fn found(self, value: impl Into<String>) -> Self {
        self.0.found = Some(value.into());
        self
    }

    /// Another severity than the rule's (a note where the evidence is weaker).
    pub fn severity(self, severity: Severity) -> Self {
        self.0.severity = severity;
        self
    }
}

/// A finding of `meta` at `span`, with nothing related, expected or found yet.
pub(crate) fn diagnostic(meta: &'static RuleMeta, span: Span, message: Message) -> Diagnostic {
    Diagnostic {
        code: Cow::Borrowed(meta.code),
        name: Cow::Borrowed(meta.name),
        category: meta.category,
        severity: meta.severity,
        message,
        span,
        related: Vec::new(),
        related_source: None,
        expected: None,
        found: None,
    }
}

/// Runs the selected rules over a model (what [`crate::check`] does after [`crate::read`]; public
/// for the stage benchmarks, `benches/stages.rs`).
pub fn run(model: &Model, selection: &Selection) -> Vec<Diagnostic> {
    let mut findings = Findings::new(model, selection);
    // A text that is no report gets the input rules only (NB006 says what it is); a date or a
    // signature finding on a meeting notice would only be noise. So does a text that holds
    // several reports (NB116 says so): its sections and tables are those of several.
    let input_only = model.is_other_text() || !model.report_starts().is_empty();
    let applies = |r: &&&dyn Rule| !input_only || r.meta().category == Category::Input || r.meta().code == "NB116";
    for rule in RULES.iter().filter(|r| selection.enables(r.meta())).filter(applies) {
        rule.check(model, &mut findings);
    }
    findings.list
}

/// The catalogue as Markdown: the source of `docs/rules.md`.
pub fn catalogue_markdown() -> String {
    let mut out = String::from(
        "# 规则目录 · Rule catalogue\n\n<!-- Generated from the rules' doc comments by `nianbao rules --markdown`; do not edit. -->\n\n",
    );
    out.push_str("| code | name | category | severity | 说明 | summary |\n|---|---|---|---|---|---|\n");
    for m in catalogue() {
        out.push_str(&format!(
            "| [{code}](#{anchor}) | {name} | {cat} | {sev} | {zh} | {en} |\n",
            code = m.code,
            anchor = m.code.to_ascii_lowercase(),
            name = m.name,
            cat = m.category.as_str(),
            sev = m.severity.as_str(),
            zh = m.summary_zh,
            en = m.summary_en,
        ));
    }
    for m in catalogue() {
        out.push_str(&format!(
            "\n## {code}\n\n`{name}` · {cat} · default severity **{sev}**\n\n{zh}\n\n{en}\n\n{doc}",
            code = m.code,
            name = m.name,
            cat = m.category.as_str(),
            sev = m.severity.as_str(),
            zh = m.summary_zh,
            en = m.summary_en,
            doc = doc_text(m),
        ));
    }
    out
}

/// The doc comment with the one leading space of `/// ` removed from each line.
/// The catalogue as JSON, for the web UI's rule pages (`web/embed/rules.json`, fetched by the
/// checker worker when a rule page is first opened): code, name, category, severity, the
/// summaries and the documentation (Markdown).
#[cfg(feature = "rule-docs")]
pub fn catalogue_json() -> String {
    let rules: Vec<serde_json::Value> = catalogue()
        .map(|m| {
            serde_json::json!({
                "code": m.code,
                "name": m.name,
                "category": m.category.as_str(),
                "severity": m.severity.as_str(),
                "summary_zh": m.summary_zh,
                "summary_en": m.summary_en,
                "doc": doc_text(m),
                "doc_zh": m.doc_zh,
            })
        })
        .collect();
    serde_json::to_string_pretty(&rules).expect("the catalogue serialises") + "\n"
}

pub fn doc_text(meta: &RuleMeta) -> String {
    meta.doc.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n") + "\n"
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::report::Diagnostic;

    /// Runs one rule over a plain-text report.
    pub(crate) fn check_text(rule: &dyn super::Rule, text: &str) -> Vec<Diagnostic> {
        let model = crate::model::build(crate::read::read_str(text, crate::read::InputKind::Text));
        let mut findings = super::Findings::new(&model, &super::Selection::default());
        rule.check(&model, &mut findings);
        findings.list
    }

    /// Runs one rule over a model already built.
    pub(crate) fn check_model(rule: &dyn super::Rule, model: &crate::Model) -> Vec<Diagnostic> {
        let mut findings = super::Findings::new(model, &super::Selection::default());
        rule.check(model, &mut findings);
        findings.list
    }

    /// Runs one rule over raw bytes.
    pub(crate) fn check_bytes(rule: &dyn super::Rule, bytes: &[u8], name: &str) -> Vec<Diagnostic> {
        let model = crate::read(crate::Input::Bytes(bytes), name, &crate::Options::default());
        let mut findings = super::Findings::new(&model, &super::Selection::default());
        rule.check(&model, &mut findings);
        findings.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let metas: Vec<&RuleMeta> = catalogue().collect();
        for (i, m) in metas.iter().enumerate() {
            assert!(m.code.starts_with("NB") && m.code.len() == 5, "{}", m.code);
            assert!(metas[..i].iter().all(|o| o.code != m.code && o.name != m.name), "{} duplicated", m.code);
            for heading in ["## What it does", "## Why is this bad?", "## Example", "## How to fix"] {
                assert!(m.doc.contains(heading), "{} lacks {heading}", m.code);
            }
        }
    }

    #[test]
    fn selection_by_code_prefix_name_and_category() {
        let meta = find("NB101").unwrap();
        let sel = |s: &[&str], i: &[&str]| Selection {
            select: s.iter().map(|x| x.to_string()).collect(),
            ignore: i.iter().map(|x| x.to_string()).collect(),
        };
        assert!(sel(&[], &[]).enables(meta));
        assert!(sel(&["NB1"], &[]).enables(meta));
        assert!(sel(&["structure"], &[]).enables(meta));
        assert!(!sel(&[], &["section-missing"]).enables(meta));
        assert!(!sel(&["arithmetic"], &[]).enables(meta));
        assert_eq!(sel(&["NB999"], &[]).unknown_entries(), ["NB999"]);
    }
}
