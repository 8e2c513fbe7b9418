//! The label dictionary of the standard tables (FORMAT.md §3–§5), matched on normalised text.
//!
//! Rows are recognised by key phrases of their labels, not by exact text or position: real
//! reports use half-width brackets, `1、` for `1.`, straight quotes and small wording variants.

/// How a normalised label is recognised as a table-3 row: by key phrases, because real
/// reports vary the brackets, the item marks and small words.
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

/// A data row of table 3: its id (the schema's `applications.rows[].id`), its official label
/// for display and messages, and how its label is recognised.
#[derive(Clone, Copy, Debug)]
pub struct T3Row {
    pub id: &'static str,
    pub official: &'static str,
    pub keys: &'static [Key],
}

/// The rows of table 3 in official order (2019's （六）其他处理 row and 2021's three items both).
pub const T3_ROWS: &[T3Row] = &[
    T3Row {
        id: "1", official: "一、本年新收政府信息公开申请数量", keys: &[Key::All(&["本年新收", "申请"])]
    },
    T3Row {
        id: "2", official: "二、上年结转政府信息公开申请数量", keys: &[Key::All(&["上年结转"])]
    },
    T3Row { id: "3.1", official: "（一）予以公开", keys: &[Key::Without("予以公开", "不予")] },
    T3Row { id: "3.2", official: "（二）部分公开", keys: &[Key::All(&["部分公开"])] },
    T3Row { id: "3.3.1", official: "（三）不予公开 1.属于国家秘密", keys: &[Key::All(&["国家秘密"])] },
    T3Row {
        id: "3.3.2", official: "（三）不予公开 2.其他法律行政法规禁止公开", keys: &[Key::All(&["禁止公开"])]
    },
    T3Row {
        id: "3.3.3", official: "（三）不予公开 3.危及“三安全一稳定”", keys: &[Key::All(&["三安全"])]
    },
    T3Row {
        id: "3.3.4", official: "（三）不予公开 4.保护第三方合法权益", keys: &[Key::All(&["第三方合法权益"])]
    },
    T3Row {
        id: "3.3.5", official: "（三）不予公开 5.属于三类内部事务信息", keys: &[Key::All(&["内部事务"])]
    },
    T3Row {
        id: "3.3.6", official: "（三）不予公开 6.属于四类过程性信息", keys: &[Key::All(&["过程性信息"])]
    },
    T3Row {
        id: "3.3.7", official: "（三）不予公开 7.属于行政执法案卷", keys: &[Key::All(&["行政执法案卷"])]
    },
    T3Row {
        id: "3.3.8", official: "（三）不予公开 8.属于行政查询事项", keys: &[Key::All(&["行政查询"])]
    },
    T3Row {
        id: "3.4.1", official: "（四）无法提供 1.本机关不掌握相关政府信息", keys: &[Key::All(&["不掌握"])]
    },
    T3Row {
        id: "3.4.2", official: "（四）无法提供 2.没有现成信息需要另行制作", keys: &[Key::All(&["另行制作"])]
    },
    T3Row {
        id: "3.4.3",
        official: "（四）无法提供 3.补正后申请内容仍不明确",
        keys: &[Key::All(&["补正后"]), Key::All(&["仍不明确"])],
    },
    T3Row {
        id: "3.5.1", official: "（五）不予处理 1.信访举报投诉类申请", keys: &[Key::All(&["信访"])]
    },
    T3Row { id: "3.5.2", official: "（五）不予处理 2.重复申请", keys: &[Key::All(&["重复申请"])] },
    T3Row {
        id: "3.5.3", official: "（五）不予处理 3.要求提供公开出版物", keys: &[Key::All(&["公开出版物"])]
    },
    T3Row {
        id: "3.5.4", official: "（五）不予处理 4.无正当理由大量反复申请", keys: &[Key::All(&["大量反复"])]
    },
    T3Row {
        id: "3.5.5",
        official: "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
        keys: &[Key::All(&["重新出具"])],
    },
    // 2019: a data row; 2021: the group of the three below (`t3_label` says OtherHandling).
    T3Row { id: "3.6", official: "（六）其他处理", keys: &[] },
    T3Row {
        id: "3.6.1", official: "（六）其他处理 1.申请人无正当理由逾期不补正", keys: &[Key::All(&["逾期不补正"])]
    },
    T3Row {
        id: "3.6.2",
        official: "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用",
        keys: &[Key::All(&["收费通知"]), Key::All(&["缴纳费用"])],
    },
    T3Row { id: "3.6.3", official: "（六）其他处理 3.其他", keys: &[Key::ItemOther] },
    T3Row { id: "3.7", official: "（七）总计", keys: &[Key::NamedTotal] },
    T3Row { id: "4", official: "四、结转下年度继续办理", keys: &[Key::All(&["结转下年度"])] },
];

/// Row ids of table 3 in official order.
pub fn t3_row_ids() -> impl Iterator<Item = &'static str> {
    T3_ROWS.iter().map(|r| r.id)
}

/// Official labels of table 3 rows, for display and messages.
pub fn t3_official_label(id: &str) -> &'static str {
    T3_ROWS.iter().find(|r| r.id == id).map_or("", |r| r.official)
}

/// Group labels of table 3 (no values of their own), recognised before the rows they head.
const T3_GROUPS: &[(u8, &str)] = &[(33, "不予公开"), (34, "无法提供"), (35, "不予处理")];

/// Column labels of table 3, in schema order.
pub const T3_COLUMNS: [&str; 7] = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

/// Column labels of table 4, in schema order.
pub const T4_COLUMNS: [&str; 15] = [
    "行政复议·结果维持",
    "行政复议·结果纠正",
    "行政复议·其他结果",
    "行政复议·尚未审结",
    "行政复议·总计",
    "未经复议直接起诉·结果维持",
    "未经复议直接起诉·结果纠正",
    "未经复议直接起诉·其他结果",
    "未经复议直接起诉·尚未审结",
    "未经复议直接起诉·总计",
    "复议后起诉·结果维持",
    "复议后起诉·结果纠正",
    "复议后起诉·其他结果",
    "复议后起诉·尚未审结",
    "复议后起诉·总计",
];

/// What a normalised table-3 cell text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T3Label {
    /// A data row with this id.
    Row(&'static str),
    /// A group label without values: 三、本年度办理结果, （三）…（六）.
    Group(u8),
    /// `（六）其他处理`: a data row in 2019, a group in 2021 — the next cell decides.
    OtherHandling,
    /// A header cell (the note, 申请人情况, column names).
    Header,
}

pub fn t3_label(norm: &str) -> Option<T3Label> {
    use T3Label::*;
    // Every label and header of table 3 is Chinese: a number (most cells) is none.
    if norm.is_ascii() {
        return None;
    }
    let has = |s: &str| norm.contains(s);
    if has("勾稽关系") || has("申请人情况") || has("法人或其他组织") {
        return Some(Header);
    }
    if T3_COLUMNS.contains(&norm) {
        return Some(Header);
    }
    // Labels of the other two tables are common and never table 3's.
    if is_t4_header(norm) || is_t2_row_label(norm) || is_t2_caption(norm) || norm == "信息内容" {
        return None;
    }
    let row = |id| Some(Row(id));
    // Fast path: most labels start with their ordinal; the key phrase confirms it (anything
    // unconfirmed falls through to the full list below, which gives the same answers).
    let ordinal = norm.get(..norm.char_indices().nth(3).map_or(norm.len(), |(i, _)| i)).unwrap_or("");
    let fast = match ordinal {
        o if o.starts_with("一,") && has("本年新收") && has("申请") => row("1"),
        o if o.starts_with("二,") && has("上年结转") => row("2"),
        o if o.starts_with("三,") && has("本年度办理结果") => Some(Group(3)),
        o if o.starts_with("四,") && has("结转下年度") => row("4"),
        "(一)" if has("予以公开") && !has("不予") => row("3.1"),
        "(二)" if has("部分公开") => row("3.2"),
        "(七)" if has("总计") => row("3.7"),
        _ => None,
    };
    if fast.is_some() {
        return fast;
    }
    if has("本年度办理结果") || has("本年办理结果") {
        return Some(Group(3));
    }
    // A short label ending in a group's name is the group (（三）不予公开), not a row.
    if let Some(&(group, _)) = T3_GROUPS.iter().find(|(_, name)| norm.ends_with(name) && norm.chars().count() <= 8) {
        return Some(Group(group));
    }
    if let Some(r) = T3_ROWS.iter().find(|r| r.keys.iter().any(|k| k.matches(norm))) {
        return row(r.id);
    }
    has("其他处理").then_some(OtherHandling)
}

/// Header labels of table 4.
pub fn is_t4_header(norm: &str) -> bool {
    matches!(
        norm,
        "行政复议"
            | "行政诉讼"
            | "结果维持"
            | "结果纠正"
            | "其他结果"
            | "尚未审结"
            | "总计"
            | "未经复议直接起诉"
            | "复议后起诉"
    )
}

/// Row labels of table 2 (both formats), longest first where one contains another
/// (行政规范性文件 before 规范性文件).
pub const T2_ROW_LABELS: &[&str] = &[
    "其他对外管理服务事项",
    "行政规范性文件",
    "行政事业性收费",
    "政府集中采购",
    "规范性文件",
    "行政许可",
    "行政处罚",
    "行政强制",
    "规章",
];

/// Known row labels of table 2 (both formats).
pub fn is_t2_row_label(norm: &str) -> bool {
    T2_ROW_LABELS.contains(&norm)
}

pub fn is_t2_caption(norm: &str) -> bool {
    norm.starts_with("第二十条第")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::label;

    #[test]
    fn every_official_label_has_its_id() {
        for id in t3_row_ids() {
            let official = t3_official_label(id);
            let last = official.rsplit(' ').next().unwrap();
            let got = t3_label(&label(last));
            match id {
                "3.6" => assert_eq!(got, Some(T3Label::OtherHandling)),
                "3.6.3" => assert_eq!(got, Some(T3Label::Row("3.6.3")), "{last}"),
                _ => assert_eq!(got, Some(T3Label::Row(id)), "{last}"),
            }
        }
        assert_eq!(t3_label(&label("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")), Some(T3Label::Row("3.2")));
        assert_eq!(t3_label(&label("（三）不予公开")), Some(T3Label::Group(33)));
        assert_eq!(t3_label("其他"), Some(T3Label::Header));
        assert_eq!(t3_label("总计"), Some(T3Label::Header));
    }
}
