//! Date: the report year, the statistics period and the publication deadline.

mod agency_not_stated;
mod date_corrupted;
mod date_missing;
mod published_early;
mod published_late;
mod statistics_period;
mod year_inconsistent;
mod year_missing;
mod year_typo;

pub(crate) use agency_not_stated::AgencyNotStated;
pub(crate) use date_corrupted::DateCorrupted;
pub(crate) use date_missing::DateMissing;
pub(crate) use published_early::PublishedEarly;
pub(crate) use published_late::PublishedLate;
pub(crate) use statistics_period::StatisticsPeriodRule;
pub(crate) use year_inconsistent::YearInconsistent;
pub(crate) use year_missing::YearMissing;
pub(crate) use year_typo::YearTypo;

use crate::model::Model;
use crate::read::InputKind;

/// Date rules apply to inputs that were read and look like a report.
pub(crate) fn applies(model: &Model) -> bool {
    model.doc.kind != InputKind::Unsupported
        && (model.sections.iter().any(|s| s.standard.is_some()) || model.tables.applications.is_some())
}

#[cfg(test)]
pub(crate) mod testing {
    pub(crate) const SEED_000: &str = include_str!("../../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt");
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    pub(crate) const SEED_004: &str = include_str!("../../../../../tests/fixtures/004_eb12dee647644d74.txt");
}
