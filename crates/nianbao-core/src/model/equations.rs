//! The identities of tables 3 and 4 ([`crate::format::identities`]) over the located cells
//! as read: one equation per row total, per column identity and per table-4 group. The
//! arithmetic rules report the broken ones; [`super::Reading`] counts them.

use super::{ApplicationRow, Model, TableCell};
use crate::format::identities::{self, T3_ROW_TOTAL};
use crate::format::{table4, Relation, T3Column, T3Row};
use crate::span::Span;

/// A cell's name in messages: its row label and column (`（一）予以公开·自然人`), formatted only
/// when a message needs it.
#[derive(Clone, Copy, Debug)]
pub struct Name<'m>(pub &'m str, pub &'static str);

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            f.write_str(self.1)
        } else {
            write!(f, "{}·{}", self.0, self.1)
        }
    }
}

/// `Σ coef·value = 0` over located cells, with a description for messages.
pub struct Equation<'m> {
    pub relation: Relation,
    pub terms: Vec<(i8, &'m TableCell, Name<'m>)>,
    /// Where to point when the equation alone is reported.
    pub anchor: usize,
    /// The row or column it is about, e.g. "自然人列" / "natural persons column".
    pub scope_zh: String,
    pub scope_en: String,
}

impl Equation<'_> {
    /// `Σ coef·value`, or `None` if a cell is not a number.
    pub fn residual(&self) -> Option<f64> {
        self.terms.iter().try_fold(0.0, |sum, (coef, cell, _)| Some(sum + f64::from(*coef) * cell.arithmetic_value()?))
    }

    /// Sum of the positive side and of the negative side (e.g. 总计 and the sum of its parts).
    pub fn sides(&self) -> (f64, f64) {
        let side = |sign: i8| self.terms.iter().filter(|t| t.0 == sign).filter_map(|t| t.1.arithmetic_value()).sum();
        (side(1), side(-1))
    }

    pub fn spans(&self) -> Vec<Span> {
        self.terms.iter().map(|t| t.1.span).collect()
    }
}

/// How far from 0 a residual may be and the equation still hold (values are counts or
/// amounts with a few decimals).
pub(crate) const TOLERANCE: f64 = 1e-9;

impl Equation<'_> {
    /// The residual when the equation is broken; `None` when it holds or can't be evaluated.
    pub fn broken(&self) -> Option<f64> {
        self.residual().filter(|r| r.abs() > TOLERANCE)
    }
}

/// Every equation of tables 3 and 4 whose rows are present: the identities of
/// [`crate::format::identities`] over the located cells.
pub fn equations<'m>(model: &'m Model) -> Vec<Equation<'m>> {
    let mut eqs = Vec::new();
    if let Some(t3) = &model.tables.applications {
        let (total, parts) = T3_ROW_TOTAL;
        for row in &t3.rows {
            let cell = |c: T3Column| &row.cells[c.index()];
            let mut terms = vec![(1, cell(total), Name(&row.label, total.name_zh()))];
            terms.extend(parts.iter().map(|&c| (-1, cell(c), Name(&row.label, c.name_zh()))));
            eqs.push(Equation {
                relation: Relation::RowTotal,
                terms,
                anchor: 0,
                scope_zh: format!("“{}”行", row.label),
                scope_en: format!("row \"{}\"", row.label),
            });
        }
        let present: Vec<T3Row> = t3.rows.iter().map(|r| r.id).collect();
        for identity in identities::t3_column_identities(&present) {
            // The rows as read (the first of each id), positive side first.
            let rows = |ids: &[T3Row]| -> Vec<_> { ids.iter().filter_map(|&id| t3.row(id)).collect() };
            let (plus, minus) = (rows(&identity.plus), rows(&identity.minus));
            for c in T3Column::ALL {
                let term = |sign: i8, r: &'m ApplicationRow| (sign, &r.cells[c.index()], Name(&r.label, c.name_zh()));
                let mut terms: Vec<_> = plus.iter().map(|r| term(1, r)).collect();
                terms.extend(minus.iter().map(|r| term(-1, r)));
                eqs.push(Equation {
                    relation: identity.relation,
                    terms,
                    // Where the equation alone is reported: （七）总计 in both.
                    anchor: plus.iter().chain(&minus).position(|r| r.id == T3Row::ResultsTotal).unwrap_or(0),
                    scope_zh: format!("“{}”列", c.name_zh()),
                    scope_en: format!("column \"{}\"", c.name_en()),
                });
            }
        }
    }
    if let Some(t4) = &model.tables.review_litigation {
        for (group, total, parts) in identities::t4_identities() {
            let mut terms = vec![(1, &t4.cells[total], Name("", table4::column_name(total)))];
            terms.extend(parts.map(|k| (-1, &t4.cells[k], Name("", table4::column_name(k)))));
            eqs.push(Equation {
                relation: Relation::ReviewTotal,
                terms,
                anchor: 0,
                scope_zh: format!("“{}”", group.name_zh()),
                scope_en: group.name_en().to_owned(),
            });
        }
    }
    eqs
}
