//! Template: the table format against the report year, and labels of the other format.

mod fee_anachronism;
mod header_truncated;
mod heading_variant;
mod label_variant;
mod template_mixed;
mod template_year_mismatch;

pub(crate) use fee_anachronism::FeeAnachronism;
pub(crate) use header_truncated::HeaderTruncated;
pub(crate) use heading_variant::HeadingVariant;
pub(crate) use label_variant::LabelVariant;
pub(crate) use template_mixed::TemplateMixed;
pub(crate) use template_year_mismatch::TemplateYearMismatch;

#[cfg(test)]
pub(crate) mod testing {
    pub(crate) const SEED_000: &str = include_str!("../../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt");
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    pub(crate) const SEED_003: &str = include_str!("../../../../../tests/fixtures/003_ee48f4fde292f35b.txt");
}
