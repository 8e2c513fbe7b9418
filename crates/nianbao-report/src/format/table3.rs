//! Table 3, 收到和处理政府信息公开申请情况 (FORMAT.md §4): its rows, groups and columns, and
//! how a label is recognised.
//!
//! Rows are recognised by key phrases of their labels, not by exact text or position: real
//! reports use half-width brackets, `1、` for `1.`, straight quotes and small wording variants.

use super::Format;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a normalised label is recognised as a table-3 row.
#[derive(Clone, Copy, Debug)]
pub enum Key {
    /// Contains every phrase.
    All(&'static [&'static str]),
    /// Contains the first phrase and not the second (予以公开, not 不予公开).
    Without(&'static str, &'static str),
    /// `3.其他`: the item number and 其他, nothing else.
    ItemOther,
    /// Contains 总计 and is more than the column header 总计.
    NamedTotal,
}

impl Key {
    fn matches(self, norm: &str) -> bool {
        match self {
            Key::All(phrases) => phrases.iter().all(|p| norm.contains(p)),
            Key::Without(has, not) => norm.contains(has) && !norm.contains(not),
            Key::ItemOther => {
                norm.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.') == "其他" && norm != "其他"
            }
            Key::NamedTotal => norm.contains("总计") && norm != "总计",
        }
    }
}

/// Declares the rows of table 3 once: each variant with its schema id, official label and
/// key phrases, in official order; the enum, its `ALL` list and its data come from it.
macro_rules! t3_rows {
    ($( $(#[$doc:meta])* $row:ident => ($id:literal, $official:literal, $keys:expr), )*) => {
        /// A data row of table 3, in official order. `（六）其他处理` is a data row in the 2019
        /// format and the group of its three items in 2021.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum T3Row {
            $( $(#[$doc])* $row, )*
        }

        impl T3Row {
            /// Every row of both formats, in official order.
            pub const ALL: [T3Row; 26] = [$( T3Row::$row, )*];
        }

        /// Indexed by `T3Row as usize`.
        const ROWS: [RowDef; 26] = [$( RowDef { id: $id, official: $official, keys: $keys }, )*];
    };
}

/// What the format says of one row.
struct RowDef {
    id: &'static str,
    official: &'static str,
    keys: &'static [Key],
}

t3_rows! {
    Received => ("1", "一、本年新收政府信息公开申请数量", &[Key::All(&["本年新收", "申请"])]),
    CarriedIn => ("2", "二、上年结转政府信息公开申请数量", &[Key::All(&["上年结转"])]),
    Granted => ("3.1", "（一）予以公开", &[Key::Without("予以公开", "不予")]),
    PartlyGranted => ("3.2", "（二）部分公开", &[Key::All(&["部分公开"])]),
    RefusedStateSecret => ("3.3.1", "（三）不予公开 1.属于国家秘密", &[Key::All(&["国家秘密"])]),
    RefusedByLaw => ("3.3.2", "（三）不予公开 2.其他法律行政法规禁止公开", &[Key::All(&["禁止公开"])]),
    RefusedEndangers => ("3.3.3", "（三）不予公开 3.危及“三安全一稳定”", &[Key::All(&["三安全"])]),
    RefusedThirdParty => ("3.3.4", "（三）不予公开 4.保护第三方合法权益", &[Key::All(&["第三方合法权益"])]),
    RefusedInternal => ("3.3.5", "（三）不予公开 5.属于三类内部事务信息", &[Key::All(&["内部事务"])]),
    RefusedProcess => ("3.3.6", "（三）不予公开 6.属于四类过程性信息", &[Key::All(&["过程性信息"])]),
    RefusedEnforcementFile => ("3.3.7", "（三）不予公开 7.属于行政执法案卷", &[Key::All(&["行政执法案卷"])]),
    RefusedQuery => ("3.3.8", "（三）不予公开 8.属于行政查询事项", &[Key::All(&["行政查询"])]),
    UnavailableNotHeld => ("3.4.1", "（四）无法提供 1.本机关不掌握相关政府信息", &[Key::All(&["不掌握"])]),
    UnavailableToBeMade => ("3.4.2", "（四）无法提供 2.没有现成信息需要另行制作", &[Key::All(&["另行制作"])]),
    UnavailableUnclear => ("3.4.3", "（四）无法提供 3.补正后申请内容仍不明确", &[Key::All(&["补正后"]), Key::All(&["仍不明确"])]),
    NotHandledPetition => ("3.5.1", "（五）不予处理 1.信访举报投诉类申请", &[Key::All(&["信访"])]),
    NotHandledRepeated => ("3.5.2", "（五）不予处理 2.重复申请", &[Key::All(&["重复申请"])]),
    NotHandledPublication => ("3.5.3", "（五）不予处理 3.要求提供公开出版物", &[Key::All(&["公开出版物"])]),
    NotHandledVexatious => ("3.5.4", "（五）不予处理 4.无正当理由大量反复申请", &[Key::All(&["大量反复"])]),
    NotHandledConfirmation => ("3.5.5", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", &[Key::All(&["重新出具"])]),
    /// （六）其他处理, the 2019 format's one row.
    OtherHandling => ("3.6", "（六）其他处理", &[]),
    /// （六）其他处理 1.–3., the 2021 format's items.
    OtherNoCorrection => ("3.6.1", "（六）其他处理 1.申请人无正当理由逾期不补正", &[Key::All(&["逾期不补正"])]),
    OtherFeeUnpaid => ("3.6.2", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", &[Key::All(&["收费通知"]), Key::All(&["缴纳费用"])]),
    OtherOther => ("3.6.3", "（六）其他处理 3.其他", &[Key::ItemOther]),
    ResultsTotal => ("3.7", "（七）总计", &[Key::NamedTotal]),
    CarriedOver => ("4", "四、结转下年度继续办理", &[Key::All(&["结转下年度"])]),
}

impl T3Row {
    fn def(self) -> &'static RowDef {
        &ROWS[self as usize]
    }

    /// The schema's `applications.rows[].id` (`"3.7"`).
    pub fn id(self) -> &'static str {
        self.def().id
    }

    /// The row with schema id `id`.
    pub fn from_id(id: &str) -> Option<T3Row> {
        T3Row::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The official label, for display and messages (`（三）不予公开 1.属于国家秘密`).
    pub fn official(self) -> &'static str {
        self.def().official
    }

    /// Whether the row is in the format's table: 2019 has （六）其他处理 as one row, 2021 its
    /// three items.
    pub fn in_format(self, format: Format) -> bool {
        match self {
            T3Row::OtherHandling => format == Format::Trial2019,
            T3Row::OtherNoCorrection | T3Row::OtherFeeUnpaid | T3Row::OtherOther => format == Format::Rev2021,
            _ => true,
        }
    }

    /// The rows of a complete table 3 of `format`, in official order.
    pub fn of_format(format: Format) -> impl Iterator<Item = T3Row> {
        T3Row::ALL.into_iter().filter(move |r| r.in_format(format))
    }

    /// Whether the row is a 2021 item of （六）其他处理.
    pub fn is_other_handling_item(self) -> bool {
        matches!(self, T3Row::OtherNoCorrection | T3Row::OtherFeeUnpaid | T3Row::OtherOther)
    }

    /// A result row, summed by （七）总计: （一）…（六） and their items.
    pub fn is_result(self) -> bool {
        (T3Row::Granted..=T3Row::OtherOther).contains(&self)
    }

    /// Position in official order.
    pub fn order(self) -> usize {
        self as usize
    }
}

impl Serialize for T3Row {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for T3Row {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<T3Row, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        T3Row::from_id(&id).ok_or_else(|| serde::de::Error::custom(format!("no row of table 3 has id {id}")))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for T3Row {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "T3Row".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = T3Row::ALL.iter().map(|r| r.id()).collect();
        schemars::json_schema!({ "type": "string", "enum": ids })
    }
}

impl std::fmt::Display for T3Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A group label of table 3, printed without values of its own before the rows it heads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T3Group {
    /// 三、本年度办理结果
    Results,
    /// （三）不予公开
    Refused,
    /// （四）无法提供
    Unavailable,
    /// （五）不予处理
    NotHandled,
}

impl T3Group {
    /// The rows the group heads (`Results`: every result row of both formats).
    pub const fn rows(self) -> &'static [T3Row] {
        // Slices of `T3Row::ALL`, whose order is the official one: (first, count).
        let (first, count) = match self {
            T3Group::Results => (T3Row::Granted as usize, T3Row::ResultsTotal as usize - T3Row::Granted as usize),
            T3Group::Refused => (T3Row::RefusedStateSecret as usize, 8),
            T3Group::Unavailable => (T3Row::UnavailableNotHeld as usize, 3),
            T3Group::NotHandled => (T3Row::NotHandledPetition as usize, 5),
        };
        T3Row::ALL.split_at(first).1.split_at(count).0
    }

    /// The group's name as it ends a short label (`（三）不予公开`); `Results` is matched apart.
    fn name(self) -> &'static str {
        match self {
            T3Group::Results => "本年度办理结果",
            T3Group::Refused => "不予公开",
            T3Group::Unavailable => "无法提供",
            T3Group::NotHandled => "不予处理",
        }
    }
}

/// The columns of table 3, in schema order: six kinds of applicant and their 总计.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T3Column {
    NaturalPersons,
    Businesses,
    ResearchBodies,
    PublicInterestBodies,
    LegalServices,
    Others,
    Total,
}

impl T3Column {
    pub const ALL: [T3Column; 7] = [
        T3Column::NaturalPersons,
        T3Column::Businesses,
        T3Column::ResearchBodies,
        T3Column::PublicInterestBodies,
        T3Column::LegalServices,
        T3Column::Others,
        T3Column::Total,
    ];
    /// The six applicant columns that 总计 sums.
    pub const APPLICANTS: [T3Column; 6] = [
        T3Column::NaturalPersons,
        T3Column::Businesses,
        T3Column::ResearchBodies,
        T3Column::PublicInterestBodies,
        T3Column::LegalServices,
        T3Column::Others,
    ];
    /// Cells per row.
    pub const COUNT: usize = 7;

    /// The cell's index in a row (schema order).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name_zh(self) -> &'static str {
        COLUMNS_ZH[self as usize]
    }

    pub fn name_en(self) -> &'static str {
        [
            "natural persons",
            "businesses",
            "research bodies",
            "public-interest bodies",
            "legal services",
            "others",
            "total",
        ][self as usize]
    }
}

/// Column labels of table 3, in schema order.
pub const COLUMNS_ZH: [&str; 7] = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

/// What a normalised table-3 cell text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T3Label {
    /// A data row.
    Row(T3Row),
    /// A group label without values: 三、本年度办理结果, （三）…（五）.
    Group(T3Group),
    /// `（六）其他处理`: a data row in 2019, a group in 2021 — the next cell decides.
    OtherHandling,
    /// A header cell (the note, 申请人情况, column names).
    Header,
}

/// Header words that belong to table 3 alone (they open it).
pub const OWN_HEADERS: &[&str] = &["勾稽关系", "申请人情况", "法人或其他组织", "自然人"];

/// What a normalised cell text is in table 3, if anything. Labels of tables 2 and 4 are
/// never table 3's.
pub fn label(norm: &str) -> Option<T3Label> {
    use T3Label::*;
    // Every label and header of table 3 is Chinese: a number (most cells) is none.
    if norm.is_ascii() {
        return None;
    }
    let has = |s: &str| norm.contains(s);
    if has("勾稽关系") || has("申请人情况") || has("法人或其他组织") {
        return Some(Header);
    }
    if COLUMNS_ZH.contains(&norm) {
        return Some(Header);
    }
    // Labels of the other two tables are common and never table 3's.
    if super::table4::is_header(norm)
        || super::table2::is_row_label(norm)
        || super::table2::is_caption(norm)
        || norm == super::table2::CONTENT_HEADER
    {
        return None;
    }
    let row = |r| Some(Row(r));
    // The results group and a row of it in one cell (`三、本年度办理结果 （一）予以公开`, a
    // converter joining merged cells): the row.
    for group in ["本年度办理结果", "本年办理结果"] {
        if let Some(rest) = norm.find(group).map(|at| norm[at + group.len()..].trim_start_matches([' ', ',', '.'])) {
            if let Some(Row(r)) = (!rest.is_empty()).then(|| label(rest)).flatten() {
                return row(r);
            }
        }
    }
    // Fast path: most labels start with their ordinal; the key phrase confirms it (anything
    // unconfirmed falls through to the full list below, which gives the same answers).
    let ordinal = norm.get(..norm.char_indices().nth(3).map_or(norm.len(), |(i, _)| i)).unwrap_or("");
    let fast = match ordinal {
        o if o.starts_with("一,") && has("本年新收") && has("申请") => row(T3Row::Received),
        o if o.starts_with("二,") && has("上年结转") => row(T3Row::CarriedIn),
        o if o.starts_with("三,") && has("本年度办理结果") => Some(Group(T3Group::Results)),
        o if o.starts_with("四,") && has("结转下年度") => row(T3Row::CarriedOver),
        "(一)" if has("予以公开") && !has("不予") => row(T3Row::Granted),
        "(二)" if has("部分公开") => row(T3Row::PartlyGranted),
        "(七)" if has("总计") => row(T3Row::ResultsTotal),
        _ => None,
    };
    if fast.is_some() {
        return fast;
    }
    if has("本年度办理结果") || has("本年办理结果") {
        return Some(Group(T3Group::Results));
    }
    // A short label ending in a group's name is the group (（三）不予公开), not a row.
    let groups = [T3Group::Refused, T3Group::Unavailable, T3Group::NotHandled];
    if let Some(&group) = groups.iter().find(|g| norm.ends_with(g.name()) && norm.chars().count() <= 8) {
        return Some(Group(group));
    }
    if let Some(r) = T3Row::ALL.into_iter().find(|r| r.def().keys.iter().any(|k| k.matches(norm))) {
        return row(r);
    }
    has("其他处理").then_some(OtherHandling)
}

/// Table 3's printed labels in official order (groups among the rows), each as the ways it
/// starts in crawler text (folded: `（`→`(`, `、`→`,`, no spaces). 2021-only rows are simply
/// not found in a 2019 table.
pub const CRAWLER_PREFIXES: &[&[&str]] = &[
    &["一,本年新收", "一.本年新收", "本年新收"],
    &["二,上年结转", "二.上年结转", "上年结转"],
    &["三,本年度办理结果", "三.本年度办理结果", "本年度办理结果"],
    &["(一)予以公开", "予以公开"],
    &["(二)部分公开", "部分公开"],
    &["(三)不予公开"],
    &["1.属于国家秘密", "1,属于国家秘密", "属于国家秘密"],
    &["2.其他法律行政法规禁止公开", "2,其他法律行政法规禁止公开", "其他法律行政法规禁止公开"],
    &["3.危及", "3,危及"],
    &["4.保护第三方", "4,保护第三方", "保护第三方"],
    &["5.属于三类内部事务", "5,属于三类内部事务", "属于三类内部事务"],
    &["6.属于四类过程性", "6,属于四类过程性", "属于四类过程性"],
    &["7.属于行政执法案卷", "7,属于行政执法案卷", "属于行政执法案卷"],
    &["8.属于行政查询", "8,属于行政查询", "属于行政查询"],
    &["(四)无法提供"],
    &["1.本机关不掌握", "1,本机关不掌握", "本机关不掌握"],
    &["2.没有现成信息", "2,没有现成信息", "没有现成信息"],
    &["3.补正后申请内容", "3,补正后申请内容", "补正后申请内容"],
    &["(五)不予处理"],
    &["1.信访举报投诉", "1,信访举报投诉", "信访举报投诉"],
    &["2.重复申请", "2,重复申请", "重复申请"],
    &["3.要求提供公开出版物", "3,要求提供公开出版物", "要求提供公开出版物"],
    &["4.无正当理由大量反复", "4,无正当理由大量反复", "无正当理由大量反复"],
    &["5.要求行政机关确认", "5,要求行政机关确认", "要求行政机关确认"],
    &["(六)其他处理"],
    &["1.申请人无正当理由逾期不补正", "1,申请人无正当理由逾期不补正", "申请人无正当理由逾期不补正"],
    &["2.申请人逾期未按收费通知", "2,申请人逾期未按收费通知", "申请人逾期未按收费通知"],
    &["3.其他", "3,其他"],
    &["(七)总计"],
    &["四,结转下年度", "四.结转下年度", "结转下年度"],
];

/// The start of table 3's header as crawler text prints it (folded).
pub const CRAWLER_HEADER: &[&str] = &["(本列数据的勾稽关系", "本列数据的勾稽关系", "申请人情况"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_has_its_own_other_handling_rows() {
        assert_eq!(T3Row::of_format(Format::Trial2019).count(), 23);
        assert_eq!(T3Row::of_format(Format::Rev2021).count(), 25);
        assert!(T3Row::of_format(Format::Rev2021).all(|r| r != T3Row::OtherHandling));
        let results: Vec<_> = T3Row::ALL.into_iter().filter(|r| r.is_result()).map(T3Row::id).collect();
        assert_eq!(results.first(), Some(&"3.1"));
        assert_eq!(results.last(), Some(&"3.6.3"));
        assert!(!T3Row::ResultsTotal.is_result() && !T3Row::CarriedOver.is_result());
    }

    #[test]
    fn groups_head_their_rows() {
        assert_eq!(T3Group::Refused.rows().first(), Some(&T3Row::RefusedStateSecret));
        assert_eq!(T3Group::Refused.rows().last(), Some(&T3Row::RefusedQuery));
        assert_eq!(T3Group::Unavailable.rows().len(), 3);
        assert_eq!(T3Group::NotHandled.rows().last(), Some(&T3Row::NotHandledConfirmation));
        assert!(T3Group::Results.rows().iter().all(|r| r.is_result()));
        assert_eq!(T3Group::Results.rows().len(), T3Row::ALL.iter().filter(|r| r.is_result()).count());
    }
}
