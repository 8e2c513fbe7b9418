//! Content: injected spam, page boilerplate, placeholders, copied paragraphs, the fee statement.

mod accountability_results_missing;
mod agency_mismatch;
mod fee_statement_missing;
mod other_matters_incomplete;
mod page_boilerplate;
mod place_foreign;
mod place_name_unknown;
mod placeholder_text;
mod portal_address_foreign;
mod regulations_without_power;
mod repeated_paragraph;
mod section_content_missing;
mod spam_injected;

pub(crate) use accountability_results_missing::AccountabilityResultsMissing;
pub(crate) use agency_mismatch::AgencyMismatch;
pub(crate) use fee_statement_missing::FeeStatementMissing;
pub(crate) use other_matters_incomplete::OtherMattersIncomplete;
pub(crate) use page_boilerplate::PageBoilerplate;
pub(crate) use place_foreign::PlaceForeign;
pub(crate) use place_name_unknown::PlaceNameUnknown;
pub(crate) use placeholder_text::PlaceholderText;
pub(crate) use portal_address_foreign::PortalAddressForeign;
pub(crate) use regulations_without_power::RegulationsWithoutPower;
pub(crate) use repeated_paragraph::RepeatedParagraph;
pub(crate) use section_content_missing::SectionContentMissing;
pub(crate) use spam_injected::SpamInjected;

/// Content a report should give: its Chinese and English names, and words any one of which
/// shows it is given.
type Topic = (&'static str, &'static str, &'static [&'static str]);

/// The topics of which `mentions` finds none of the words.
fn unmentioned(topics: &'static [Topic], mentions: impl Fn(&str) -> bool) -> Vec<&'static Topic> {
    topics.iter().filter(|(_, _, words)| !words.iter().any(|w| mentions(w))).collect()
}

/// The topics of which the report's prose says nothing, as their names listed in Chinese
/// (`、`) and in English; `None` when it mentions each.
fn unmentioned_in_prose(model: &crate::model::Model, topics: &'static [Topic]) -> Option<(String, String)> {
    let missing = unmentioned(topics, |word| model.doc.lines().any(|l| l.text.contains(word)));
    let zh: Vec<&str> = missing.iter().map(|t| t.0).collect();
    let en: Vec<&str> = missing.iter().map(|t| t.1).collect();
    (!missing.is_empty()).then(|| (zh.join("、"), en.join(", ")))
}

#[cfg(test)]
pub(crate) mod testing {
    pub(crate) const SEED_001: &str = include_str!("../../../../../tests/fixtures/001_5572e4fa0af39e90.txt");
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    pub(crate) const SEED_003: &str = include_str!("../../../../../tests/fixtures/003_ee48f4fde292f35b.txt");
    pub(crate) const SEED_004: &str = include_str!("../../../../../tests/fixtures/004_eb12dee647644d74.txt");
}
