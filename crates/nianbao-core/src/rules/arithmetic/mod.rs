//! Arithmetic: the 勾稽关系 between table cells (FORMAT.md §6.2–§6.4).
//!
//! Tables 3 and 4 are a system of equations. All of them are evaluated together, so that one
//! wrong cell that breaks a row sum and a column sum is reported once, at that cell
//! ([`SuspectCell`]), and only the broken equations no single cell explains are reported by
//! their own rules. Blank and placeholder cells count as 0 (the cell rules report them); an
//! equation with a non-numeric cell is not evaluated.

mod applications_balance;
mod applications_results_total;
mod applications_row_total;
mod disclosure_2019_columns_conflated;
mod disclosure_2019_items_negative;
mod disclosure_2019_published_total;
mod disclosure_2021_made_exceeds;
mod fee_notice_unpaid;
mod legacy_subtotal;
mod litigation_after_review;
mod review_litigation_total;
mod suspect_cell;

pub(crate) use applications_balance::ApplicationsBalance;
pub(crate) use applications_results_total::ApplicationsResultsTotal;
pub(crate) use applications_row_total::ApplicationsRowTotal;
pub(crate) use disclosure_2019_columns_conflated::Disclosure2019ColumnsConflated;
pub(crate) use disclosure_2019_items_negative::Disclosure2019ItemsNegative;
pub(crate) use disclosure_2019_published_total::Disclosure2019PublishedTotal;
pub(crate) use disclosure_2021_made_exceeds::Disclosure2021MadeExceeds;
pub(crate) use fee_notice_unpaid::FeeNoticeUnpaid;
pub(crate) use legacy_subtotal::LegacySubtotal;
pub(crate) use litigation_after_review::LitigationAfterReview;
pub(crate) use review_litigation_total::ReviewLitigationTotal;
pub(crate) use suspect_cell::SuspectCell;

pub(crate) use crate::format::Relation;
pub(crate) use crate::model::equations::{equations, Equation};
use crate::model::{Model, TableCell};

pub(crate) fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// One cell that explains several broken equations: every equation it is in is broken, and
/// all agree on the value it should have.
pub(crate) struct Suspect<'m> {
    pub cell: &'m TableCell,
    pub name: String,
    pub expected: f64,
    pub equations: Vec<usize>,
}

/// The arithmetic of a report: broken equations and the cells that explain them.
pub(crate) struct Analysis<'m> {
    pub equations: Vec<Equation<'m>>,
    /// Residual of each broken equation, by index.
    pub broken: Vec<(usize, f64)>,
    pub suspects: Vec<Suspect<'m>>,
}

impl Analysis<'_> {
    /// Broken equations of `relation` that no suspect cell explains.
    pub fn unexplained(
        &self,
        relation: Relation,
        suspects_reported: bool,
    ) -> impl Iterator<Item = (&Equation<'_>, f64)> {
        self.broken.iter().filter_map(move |&(i, residual)| {
            let eq = &self.equations[i];
            let explained = suspects_reported && self.suspects.iter().any(|s| s.equations.contains(&i));
            (eq.relation == relation && !explained).then_some((eq, residual))
        })
    }
}

pub(crate) fn analyse(model: &Model) -> Analysis<'_> {
    let equations = equations(model);
    let broken: Vec<(usize, f64)> =
        equations.iter().enumerate().filter_map(|(i, eq)| eq.broken().map(|r| (i, r))).collect();
    let is_broken = |i: usize| broken.iter().any(|&(b, _)| b == i);
    // Candidate cells: those in at least two broken equations.
    let mut suspects: Vec<Suspect> = Vec::new();
    let mut seen: Vec<*const TableCell> = Vec::new();
    for &(i, _) in &broken {
        for (_, cell, name) in &equations[i].terms {
            let ptr: *const TableCell = *cell;
            if seen.contains(&ptr) {
                continue;
            }
            seen.push(ptr);
            let containing: Vec<usize> = equations
                .iter()
                .enumerate()
                .filter(|(_, eq)| eq.terms.iter().any(|t| std::ptr::eq(t.1, *cell)))
                .map(|(k, _)| k)
                .collect();
            if containing.len() < 2 || !containing.iter().all(|&k| is_broken(k)) {
                continue;
            }
            let Some(current) = cell.arithmetic_value() else {
                continue;
            };
            let corrections: Vec<f64> = containing
                .iter()
                .filter_map(|&k| {
                    let residual = broken.iter().find(|b| b.0 == k)?.1;
                    let coef = equations[k].terms.iter().find(|t| std::ptr::eq(t.1, *cell))?.0;
                    Some(current - residual / f64::from(coef))
                })
                .collect();
            if corrections.len() == containing.len() && corrections.windows(2).all(|w| (w[0] - w[1]).abs() < 1e-9) {
                suspects.push(Suspect {
                    cell,
                    name: name.to_string(),
                    expected: corrections[0],
                    equations: containing,
                });
            }
        }
    }
    // A suspect whose equations another suspect already explains adds nothing.
    suspects.sort_by_key(|s| std::cmp::Reverse(s.equations.len()));
    let mut kept: Vec<Suspect> = Vec::new();
    for s in suspects {
        if !s.equations.iter().any(|e| kept.iter().any(|k| k.equations.contains(e))) {
            kept.push(s);
        }
    }
    Analysis { equations, broken, suspects: kept }
}

/// Reports the broken equations of `relation` that no suspect cell explains.
pub(crate) fn report_unexplained(
    findings: &mut crate::rules::Findings,
    meta: &'static crate::rules::RuleMeta,
    relation: Relation,
    message: impl Fn(&Equation, f64, f64) -> (String, String),
) {
    let analysis = findings.analysis();
    let suspects_reported = findings.enabled(&SuspectCell::META);
    for (eq, _) in analysis.unexplained(relation, suspects_reported) {
        let (plus, minus) = eq.sides();
        let (zh, en) = message(eq, plus, minus);
        let anchor = eq.terms[eq.anchor].1;
        // Expected: what the anchor side should be for the equation to hold.
        let (expected, found) = match relation {
            // 一 + 二 is what (七)总计 + 四 should come to.
            Relation::Balance => (plus, minus),
            // The parts are what the total should be.
            _ => (minus, plus),
        };
        findings
            .add(meta, anchor.span, zh, en)
            .related(eq.spans().into_iter().filter(|s| *s != anchor.span))
            .expected(number(expected))
            .found(number(found));
    }
}

#[cfg(test)]
pub(crate) mod testing {
    /// Seed 003 (2019 format, every sum holds) as text.
    pub(crate) const SEED_003: &str = include_str!("../../../../../tests/fixtures/003_ee48f4fde292f35b.txt");
    /// Seed 002 (2021 format, every sum holds).
    pub(crate) const SEED_002: &str = include_str!("../../../../../tests/fixtures/002_f5a9199cbe66440d.txt");
    /// Seed 000: (七)总计 = 1 while every result row is 0.
    pub(crate) const SEED_000: &str = include_str!("../../../../../tests/fixtures/000_31a5ee1a3838ca0a.txt");
}
