use crate::model::{dates_in, locate_in_line, Model};
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes dates whose 年 or 月 was lost in copying, so that the digits run together:
    /// `20251月1日`, `201711日至20171231日`, `2017210日`. The checker reads them where only one
    /// month/day split is valid, and says which date it read.
    ///
    /// ## Why is this bad?
    /// A reader may not see the date at all, and an ambiguous one (`2017111日`: 1月11日 or
    /// 11月1日) can't be read with certainty.
    ///
    /// ## Example
    /// ```text
    /// 本报告所列数据的统计期限为201711日至20171231日。
    /// ```
    ///
    /// ## How to fix
    /// Write the date in full: 2017年1月1日至2017年12月31日.
    ///
    /// ## References
    /// - FORMAT.md §10.3 and defect D28
    DateCorrupted {
        code: "NB508",
        name: "date-corrupted",
        category: Date,
        severity: Info,
        summary_zh: "日期缺失“年”“月”字，数字连在一起",
        summary_en: "A date lost its 年 or 月 and its digits run together",
        doc_zh: [
            "## 规则说明",
            "日期在复制时丢失了“年”或“月”字，数字连在一起：`20251月1日`、`201711日至20171231日`、`2017210日`。只有一种月、日拆法成立时照此读取，并说明读成了哪一天。",
            "## 为什么是问题",
            "这样的日期读者无法看懂，也可能被误读。",
            "## 示例",
            "```text",
            "统计期限自201711日至20171231日",
            "```",
            "## 如何修改",
            "写完整的日期：2017年1月1日至2017年12月31日。",
            "## 依据",
            "- 本工具的读取规则",
        ],
    }
}

/// Start and end (byte offsets) of `YYYY` + digits + `月`/`日` with no 年 after the year.
fn corrupted(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 5 <= b.len() {
        match b[i..].iter().position(u8::is_ascii_digit) {
            Some(d) => i += d,
            None => break,
        }
        if i + 5 > b.len() {
            break;
        }
        let starts_year = (i == 0 || !b[i - 1].is_ascii_digit())
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && matches!(&b[i..i + 2], b"19" | b"20");
        if !starts_year {
            i += 1;
            continue;
        }
        let mut j = i + 4;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let extra = j - (i + 4);
        let rest = &text[j..];
        if (1..=4).contains(&extra) && (rest.starts_with('日') || rest.starts_with('月')) {
            out.push((i, j + '日'.len_utf8()));
        }
        i = j.max(i + 1);
    }
    out
}

impl DateCorrupted {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for line in model.doc.lines() {
            for (start, end) in corrupted(&line.text) {
                let written = &line.text[start..end];
                let read = dates_in(written).first().copied().or_else(|| {
                    // `20251月1日`: put the 年 back and read on past the 月.
                    let more = crate::span::floor_char_boundary(&line.text, (end + 9).min(line.text.len()));
                    let restored = format!("{}年{}", &line.text[start..start + 4], &line.text[start + 4..more]);
                    dates_in(&restored).first().copied()
                });
                findings
                    .add(
                        &Self::META,
                        locate_in_line(&model.doc, line, start..end),
                        match read {
                            Some(date) => format!("日期“{written}”缺少“年”或“月”字，已读作{date}，请改为完整写法。"),
                            None => format!("日期“{written}”缺少“年”或“月”字，无法确定是哪一天。"),
                        },
                        match read {
                            Some(date) => format!("The date \"{written}\" lost its 年 or 月; read as {date}."),
                            None => {
                                format!("The date \"{written}\" lost its 年 or 月 and can't be read with certainty.")
                            }
                        },
                    )
                    .found(written.to_owned())
                    .expected_if(read.map(|date| date.to_string()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::testing::SEED_002;
    use crate::rules::testing::check_text;

    #[test]
    fn full_dates_pass_and_run_together_dates_are_noted() {
        assert!(check_text(&DateCorrupted, SEED_002).is_empty());
        let found = check_text(&DateCorrupted, "本报告所列数据的统计期限为201711日至20171231日。\n");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("2017-01-01"));
        assert_eq!(found[1].expected.as_deref(), Some("2017-12-31"));
        let found = check_text(&DateCorrupted, "统计期限为20251月1日到12月31日\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].expected.as_deref(), Some("2025-01-01"));
    }
}
