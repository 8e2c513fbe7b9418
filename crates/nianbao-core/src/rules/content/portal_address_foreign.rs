use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Finds the report's own web address rewritten to a domain that is no government's: a
    /// `门户网站`, `政府网站` or `政务网站` whose address (`http://…`, `www.…`) right after it
    /// does not end in `gov.cn`.
    ///
    /// ## Why is this bad?
    /// Government portals use `gov.cn` addresses. A portal named with another domain is how
    /// hijacked pages point readers to gambling or phishing sites — or a typing error that
    /// sends readers elsewhere.
    ///
    /// ## Example
    /// ```text
    /// 通过区政府门户网站（http://www.xxxx.com）主动公开政府信息
    /// ```
    ///
    /// ## How to fix
    /// Restore the address from the original (`http://www.….gov.cn`), and check the site if
    /// the page was changed.
    ///
    /// ## References
    /// - 《政府网站发展指引》(国办发〔2017〕47号): 政府网站使用 gov.cn 域名
    PortalAddressForeign {
        code: "NB709",
        name: "portal-address-foreign",
        category: Content,
        severity: Warning,
        summary_zh: "门户网站地址不是 gov.cn 政府域名，网页可能被篡改",
        summary_en: "The portal's address is not a gov.cn domain; the page may have been tampered with",
        doc_zh: [
            "## 规则说明",
            "报告自己的网址被改成了非政府域名：“门户网站”“政府网站”“政务网站”后面紧跟的地址（`http://…`、`www.…`）不以 `gov.cn` 结尾。",
            "## 为什么是问题",
            "政府网站使用 gov.cn 域名；地址被换掉通常说明网页被篡改，把公众引向其他网站。",
            "## 示例",
            "```text",
            "通过本机关门户网站（www.example-bet.com）公开政府信息",
            "```",
            "## 如何修改",
            "按原件恢复网址（`http://www.….gov.cn`）；网页被改过的，检查网站安全。",
            "## 依据",
            "- 《政府网站发展指引》（国办发〔2017〕47号）：政府网站使用 gov.cn 域名",
        ],
    }
}

const PORTAL: &[&str] = &["门户网站", "政府网站", "政务网站"];

/// The host of the first address within a few characters of `text`'s start: (range, host).
fn address_after(text: &str) -> Option<(std::ops::Range<usize>, &str)> {
    let window = &text[..text.char_indices().nth(24).map_or(text.len(), |(i, _)| i)];
    let (at, scheme_len) = ["https://", "http://", "www."]
        .iter()
        .filter_map(|s| window.find(s).map(|at| (at, if s.starts_with("www") { 0 } else { s.len() })))
        .min()?;
    let start = at + scheme_len;
    let host_len = text[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(text.len() - start);
    let host = text[start..start + host_len].trim_end_matches('.');
    host.contains('.').then_some((start..start + host.len(), host))
}

impl PortalAddressForeign {
    fn check(&self, model: &Model, findings: &mut Findings) {
        for line in model.doc.lines().filter(|l| l.text.contains("http") || l.text.contains("www.")) {
            for word in PORTAL {
                for (at, _) in line.text.match_indices(word) {
                    let from = at + word.len();
                    let Some((range, host)) = address_after(&line.text[from..]) else { continue };
                    let host = host.to_ascii_lowercase();
                    if host.ends_with("gov.cn") || host.ends_with(".gov") {
                        continue;
                    }
                    let range = from + range.start..from + range.end;
                    findings
                        .add(
                            &Self::META,
                            crate::model::locate_in_line(&model.doc, line, range.clone()),
                            format!(
                                "{word}的地址“{}”不是 gov.cn 政府域名，网页可能被篡改，请依据原件核实。",
                                &line.text[range.clone()]
                            ),
                            format!(
                                "The portal's address \"{}\" is not a gov.cn domain; the page may have been tampered with.",
                                &line.text[range.clone()]
                            ),
                        )
                        .found(&line.text[range]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check_text;

    #[test]
    fn a_portal_on_another_domain_warns_and_a_gov_cn_one_passes() {
        let found = check_text(&PortalAddressForeign, "通过区政府门户网站（http://www.xxxx.com）主动公开政府信息。\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found.as_deref(), Some("www.xxxx.com"));
        for good in [
            "通过区政府门户网站（http://www.hongze.gov.cn）主动公开政府信息。\n",
            "通过政府网站www.qingshan.gov.cn/xxgk公开。\n",
            "在人民网（www.people.com.cn）开展访谈，门户网站同步转载。\n",
            "门户网站共发布信息1200条。\n",
        ] {
            assert!(check_text(&PortalAddressForeign, good).is_empty(), "{good}");
        }
    }
}
