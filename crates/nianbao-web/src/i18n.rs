//! The interface's words, Chinese first.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// `en`, `en-US` → English; anything else Chinese.
    pub fn parse(value: &str) -> Lang {
        if value.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en")) {
            Lang::En
        } else {
            Lang::Zh
        }
    }
}

/// `<html lang>`.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// Every label of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Title,
    Subtitle,
    Privacy,
    InputLabel,
    InputPlaceholder,
    FilesLabel,
    DropHint,
    Clear,
    Documents,
    Pasted,
    Findings,
    NoFindings,
    Errors,
    Warnings,
    Infos,
    Expected,
    /// Before the earlier report a cross-report finding compares with.
    CompareWith,
    Found,
    RuleDoc,
    Close,
    Tables,
    Source,
    Template,
    Year,
    Agency,
    Published,
    CheckedIn,
    ExportJson,
    ExportCsv,
    Copy,
    Copied,
    Print,
    Language,
    HtmlPaste,
    NothingYet,
    Encoding,
    EmbeddedTitle,
    SkipToFindings,
    Idle,
    DropHere,
    PickFile,
    StageStart,
    StageRead,
    StagePdf,
    StageCheck,
    Clean,
    NoTables,
    InputKind,
    EditedAfterRichPaste,
}

pub fn t(lang: Lang, text: Text) -> &'static str {
    use Text::*;
    match (lang, text) {
        (Lang::Zh, Title) => "年报检查",
        (Lang::En, Title) => "nianbao annual report checker",
        (Lang::Zh, Subtitle) => "政府信息公开工作年度报告：格式、勾稽关系、年份与内容检查",
        (Lang::En, Subtitle) => "Government information-disclosure annual reports: format, sums, dates and content",
        (Lang::Zh, Privacy) => "全部检查在本机浏览器中完成，报告内容不会发送到任何服务器。",
        (Lang::En, Privacy) => "Everything is checked in this browser; nothing is sent to any server.",
        (Lang::Zh, InputLabel) => "粘贴报告全文（可直接从网页或 Word 复制）",
        (Lang::En, InputLabel) => "Paste the whole report (copy it from the web page or Word)",
        (Lang::Zh, InputPlaceholder) => "在此粘贴年度报告……",
        (Lang::En, InputPlaceholder) => "Paste the annual report here…",
        (Lang::Zh, FilesLabel) => "选择文件，可多选",
        (Lang::En, FilesLabel) => "Choose files, several at once",
        (Lang::Zh, DropHint) => "也可以把文件拖放到页面任意位置",
        (Lang::En, DropHint) => "or drop files anywhere on the page",
        (Lang::Zh, Clear) => "清空",
        (Lang::En, Clear) => "Clear",
        (Lang::Zh, Documents) => "已检查的报告",
        (Lang::En, Documents) => "Checked reports",
        (Lang::Zh, Pasted) => "粘贴的文本",
        (Lang::En, Pasted) => "Pasted text",
        (Lang::Zh, Findings) => "检查结果",
        (Lang::En, Findings) => "Findings",
        (Lang::Zh, NoFindings) => "没有发现问题。",
        (Lang::En, NoFindings) => "No findings.",
        (Lang::Zh, Errors) => "错误",
        (Lang::En, Errors) => "Errors",
        (Lang::Zh, Warnings) => "警告",
        (Lang::En, Warnings) => "Warnings",
        (Lang::Zh, Infos) => "提示",
        (Lang::En, Infos) => "Notes",
        (Lang::Zh, Expected) => "应为",
        (Lang::Zh, CompareWith) => "对照",
        (Lang::En, CompareWith) => "compare with",
        (Lang::En, Expected) => "expected",
        (Lang::Zh, Found) => "实为",
        (Lang::En, Found) => "found",
        (Lang::Zh, RuleDoc) => "规则说明",
        (Lang::En, RuleDoc) => "Rule",
        (Lang::Zh, Close) => "关闭",
        (Lang::En, Close) => "Close",
        (Lang::Zh, Tables) => "统计表（按规定格式重排，问题单元格已标出）",
        (Lang::En, Tables) => "Tables (official layout, faulty cells marked)",
        (Lang::Zh, Source) => "原文（点击检查结果可定位）",
        (Lang::En, Source) => "Source (click a finding to locate it)",
        (Lang::Zh, Template) => "格式",
        (Lang::En, Template) => "Format",
        (Lang::Zh, Year) => "年度",
        (Lang::En, Year) => "Year",
        (Lang::Zh, Agency) => "机关",
        (Lang::En, Agency) => "Body",
        (Lang::Zh, Published) => "落款日期",
        (Lang::En, Published) => "Dated",
        (Lang::Zh, CheckedIn) => "检查用时",
        (Lang::En, CheckedIn) => "Checked in",
        (Lang::Zh, ExportJson) => "导出 JSON",
        (Lang::En, ExportJson) => "Export JSON",
        (Lang::Zh, ExportCsv) => "导出 CSV",
        (Lang::En, ExportCsv) => "Export CSV",
        (Lang::Zh, Copy) => "复制结果",
        (Lang::En, Copy) => "Copy findings",
        (Lang::Zh, Copied) => "已复制",
        (Lang::En, Copied) => "Copied",
        (Lang::Zh, Print) => "打印审核单",
        (Lang::En, Print) => "Print audit sheet",
        (Lang::Zh, Language) => "English",
        (Lang::En, Language) => "中文",
        (Lang::Zh, HtmlPaste) => "已按网页格式（HTML）读取粘贴内容，合并单元格得以保留。",
        (Lang::En, HtmlPaste) => "The paste was read as HTML, keeping merged cells.",
        (Lang::Zh, NothingYet) => "粘贴报告或选择文件后，这里会显示检查结果。",
        (Lang::En, NothingYet) => "Paste a report or choose files to see the findings here.",
        (Lang::Zh, Encoding) => "编码",
        (Lang::En, Encoding) => "Encoding",
        (Lang::Zh, EmbeddedTitle) => "政府信息公开年报检查",
        (Lang::En, EmbeddedTitle) => "Disclosure annual report check",
        (Lang::Zh, SkipToFindings) => "跳到检查结果",
        (Lang::En, SkipToFindings) => "Skip to the findings",
        (Lang::Zh, Idle) => "粘贴或拖入年报即可检查。检查在本机浏览器中完成，不上传任何内容。",
        (Lang::En, Idle) => {
            "Paste or drop a report to check it. Checking happens in this browser; nothing is uploaded."
        }
        (Lang::Zh, DropHere) => "松开鼠标即可检查此文件",
        (Lang::En, DropHere) => "Release to check this file",
        (Lang::Zh, PickFile) => "选择文件",
        (Lang::En, PickFile) => "Choose a file",
        (Lang::Zh, StageStart) => "正在加载检查工具",
        (Lang::En, StageStart) => "Loading the checker",
        (Lang::Zh, StageRead) => "正在读取文件",
        (Lang::En, StageRead) => "Reading the file",
        (Lang::Zh, StagePdf) => "正在读取 PDF",
        (Lang::En, StagePdf) => "Reading the PDF",
        (Lang::Zh, StageCheck) => "正在检查",
        (Lang::En, StageCheck) => "Checking",
        (Lang::Zh, Clean) => "未发现问题",
        (Lang::En, Clean) => "No problems found",
        (Lang::Zh, NoTables) => "没有读出标准表格。",
        (Lang::En, NoTables) => "No standard table was read.",
        (Lang::Zh, EditedAfterRichPaste) => "内容已修改，现按输入框中的纯文本检查；粘贴时网页表格的合并单元格不再使用。",
        (Lang::En, EditedAfterRichPaste) => "The text was edited: it is now checked as the plain text in the box; the pasted page's merged cells are no longer used.",
        (Lang::Zh, InputKind) => "类型",
        (Lang::En, InputKind) => "Kind",
    }
}

/// A PDF page's name: `第 3 页`, `p. 3`.
pub fn page(lang: Lang, page: u32) -> String {
    match lang {
        Lang::Zh => format!("第 {page} 页"),
        Lang::En => format!("p. {page}"),
    }
}

/// A stage of a check as the status line says it.
pub fn stage(lang: Lang, stage: &str) -> &'static str {
    match stage {
        "read" => t(lang, Text::StageRead),
        "pdf" => t(lang, Text::StagePdf),
        "check" => t(lang, Text::StageCheck),
        _ => t(lang, Text::StageStart),
    }
}

/// `3 秒`, `3 s`.
pub fn seconds(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::Zh => format!("{seconds} 秒"),
        Lang::En => format!("{seconds} s"),
    }
}

/// `检查完成，用时 0.4 秒`.
pub fn done(lang: Lang, millis: f64) -> String {
    let s = millis / 1000.0;
    match lang {
        Lang::Zh => format!("检查完成，用时 {s:.1} 秒"),
        Lang::En => format!("Checked in {s:.1} s"),
    }
}

/// `检查工具出错：…。已输入的内容仍在输入框中，可以再试一次。`
pub fn failed(lang: Lang, message: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "检查工具出错：{message}。已输入的内容仍在输入框中，可以再试一次；如果是文件，也可以打开文件、复制全文后粘贴到输入框。"
        ),
        Lang::En => format!(
            "The checker failed: {message}. What you entered is still in the box; try again, or open the file and paste its text instead."
        ),
    }
}

/// `3 个错误 · 1 个警告 · 6 个提示`.
pub fn verdict(lang: Lang, errors: usize, warnings: usize, infos: usize) -> String {
    match lang {
        Lang::Zh => format!("{errors} 个错误 · {warnings} 个警告 · {infos} 个提示"),
        Lang::En => format!("{errors} errors · {warnings} warnings · {infos} notes"),
    }
}

/// `显示更多（已显示 200 条，共 812 条）`.
pub fn more(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示更多（已显示 {shown} 条，共 {total} 条）"),
        Lang::En => format!("Show more ({shown} of {total} shown)"),
    }
}

/// `第 12 行`, `line 12`.
pub fn line(lang: Lang, line: u32) -> String {
    match lang {
        Lang::Zh => format!("第 {line} 行"),
        Lang::En => format!("line {line}"),
    }
}

/// The format's name: `2021年版格式`, `the 2021 format`.
pub fn template(lang: Lang, template: nianbao_report::Template) -> &'static str {
    match lang {
        Lang::Zh => template.name_zh(),
        Lang::En => template.name_en(),
    }
}

/// `2023 年度`, `report year 2023`.
pub fn year(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year} 年度"),
        Lang::En => format!("report year {year}"),
    }
}

/// A severity's name: `错误`, `error`.
pub fn severity(lang: Lang, severity: nianbao_report::Severity) -> &'static str {
    match lang {
        Lang::Zh => severity.zh(),
        Lang::En => severity.as_str(),
    }
}

/// A category's name.
pub fn category(lang: Lang, category: nianbao_report::Category) -> &'static str {
    match lang {
        Lang::Zh => category.zh(),
        Lang::En => category.as_str(),
    }
}

/// An encoding's name as the reader reports it, in the UI's language (`binary` → `二进制`).
pub fn encoding(lang: Lang, encoding: &str) -> String {
    match (lang, encoding) {
        (Lang::Zh, "binary") => "二进制".to_owned(),
        (Lang::Zh, "unknown") => "无法识别".to_owned(),
        (_, other) => other.to_owned(),
    }
}

/// An input kind's name.
pub fn input_kind(lang: Lang, kind: nianbao_report::InputKind) -> &'static str {
    match lang {
        Lang::Zh => kind.zh(),
        Lang::En => kind.as_str(),
    }
}
