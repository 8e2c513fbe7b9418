use crate::model::Model;
use crate::rules::{rule, Findings};

rule! {
    /// ## What it does
    /// Notes web-page furniture copied along with the report: `扫一扫在手机上查看当前页面`,
    /// login links (`账号+密码登录`, `立即注册`), ICP / 公网安备 registration lines, print and
    /// close links, 索引号 / 发布机构 / 浏览次数 metadata.
    ///
    /// ## Why is this bad?
    /// It isn't: the report itself is fine. The note only explains what was skipped, so this is
    /// never more than information.
    ///
    /// ## Example
    /// Seed 002 ends with "扫一扫在手机上查看当前页面" and "闽公网安备 35030302354355号".
    ///
    /// ## How to fix
    /// Nothing to fix in the report; when pasting, copy only the report's text.
    PageBoilerplate {
        code: "NB702",
        name: "page-boilerplate",
        category: Content,
        severity: Info,
        summary_zh: "粘贴内容中含有网页导航、登录、备案等与报告无关的文字",
        summary_en: "The paste includes web-page furniture (navigation, login, registration lines)",
        doc_zh: [
            "## 规则说明",
            "粘贴的内容中夹带了网页上的无关文字：“扫一扫在手机上查看当前页面”、登录链接（“账号+密码登录”“立即注册”）、ICP 备案和公网安备号、打印和关闭链接、索引号、发布机构、浏览次数等信息。",
            "## 为什么是问题",
            "报告本身没有问题；这些文字只是提醒检查时复制的范围多了一些。",
            "## 示例",
            "```text",
            "扫一扫在手机上查看当前页面",
            "```",
            "## 如何修改",
            "报告无需修改；粘贴时只复制报告正文即可。",
            "## 依据",
            "- 本工具的读取规则",
        ],
    }
}

const MARKERS: &[&str] = &[
    "扫一扫在手机上查看",
    "扫一扫在手机打开",
    "公网安备",
    "ICP备",
    "icp备",
    "账号+密码登录",
    "手机+密码登录",
    "还没有账号",
    "立即注册",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "分享到",
    "【字体",
    "字号：",
    "浏览次数",
    "访问量：",
    "索引号",
    "发布机构",
    "网站地图",
    "版权所有",
    "主办单位",
    "网站标识码",
    "技术支持：",
    "返回顶部",
    "收藏本页",
];

/// Whether a line is page furniture rather than report text.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    line.chars().count() <= 80 && MARKERS.iter().any(|m| line.contains(m))
}

impl PageBoilerplate {
    fn check(&self, model: &Model, findings: &mut Findings) {
        let lines: Vec<_> = model.doc.lines().filter(|l| is_boilerplate(&l.text)).collect();
        let Some(first) = lines.first() else { return };
        findings
            .add(
                &Self::META,
                first.span,
                format!(
                    "有 {} 行网页附带的文字（如“{}”），不属于报告内容，发布时应与正文分开。",
                    lines.len(),
                    first.text
                ),
                format!(
                    "{} line(s) of web-page furniture (e.g. \"{}\") are not part of the report.",
                    lines.len(),
                    first.text
                ),
            )
            .related(lines[1..].iter().map(|l| l.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::content::testing::{SEED_002, SEED_003, SEED_004};
    use crate::rules::testing::check_text;

    #[test]
    fn seed_003_passes_and_page_footers_are_noted_once() {
        assert!(check_text(&PageBoilerplate, SEED_003).is_empty());
        let found = check_text(&PageBoilerplate, SEED_002);
        assert_eq!((found.len(), found[0].related.len()), (1, 1));
        assert_eq!(check_text(&PageBoilerplate, SEED_004)[0].related.len(), 3);
    }
}
