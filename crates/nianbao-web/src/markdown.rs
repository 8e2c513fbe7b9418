//! The rules' documentation pages (Markdown in Ruff's shape) drawn as elements: `##` headings,
//! paragraphs, `-` lists, fenced code, inline `code`. The text is always text: nothing is
//! parsed as HTML.

use yew::prelude::*;

/// Inline `code` spans as `<code>`, the rest as text.
fn inline(text: &str) -> Html {
    let mut nodes = Vec::new();
    for (i, part) in text.split('`').enumerate() {
        if part.is_empty() {
            continue;
        }
        nodes.push(if i % 2 == 1 {
            html! { <code>{ part }</code> }
        } else {
            html! { { part } }
        });
    }
    html! { { for nodes } }
}

/// Headings are translated where the UI's language asks (the rule docs' English headings are
/// fixed, Ruff's).
fn heading(text: &str, zh: bool) -> &str {
    if !zh {
        return text;
    }
    match text {
        "What it does" => "规则说明",
        "Why is this bad?" => "为什么是问题",
        "Example" => "示例",
        "How to fix" => "如何修改",
        "References" => "依据",
        other => other,
    }
}

enum Block {
    Heading(String),
    Paragraph(Vec<String>),
    List(Vec<String>),
    Code(Vec<String>),
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("```") {
            let code: Vec<String> = lines.by_ref().take_while(|l| !l.starts_with("```")).map(str::to_owned).collect();
            out.push(Block::Code(code));
        } else if let Some(h) = line.strip_prefix("## ").or_else(|| line.strip_prefix("# ")) {
            out.push(Block::Heading(h.to_owned()));
        } else if let Some(item) = line.strip_prefix("- ") {
            match out.last_mut() {
                Some(Block::List(items)) => items.push(item.to_owned()),
                _ => out.push(Block::List(vec![item.to_owned()])),
            }
        } else if line.trim().is_empty() {
            // A blank line ends a paragraph or a list.
            out.push(Block::Paragraph(Vec::new()));
        } else {
            match out.last_mut() {
                Some(Block::Paragraph(lines)) => lines.push(line.trim().to_owned()),
                // A list item's wrapped line continues it.
                Some(Block::List(items)) if line.starts_with("  ") => {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(line.trim());
                    }
                }
                _ => out.push(Block::Paragraph(vec![line.trim().to_owned()])),
            }
        }
    }
    out.retain(|b| !matches!(b, Block::Paragraph(lines) if lines.is_empty()));
    out
}

/// Joins a paragraph's lines: without a space between Chinese characters, with one otherwise.
fn join(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        let cjk = |c: Option<char>| c.is_some_and(|c| c > '\u{2E80}');
        let between_chinese = cjk(out.chars().last()) && cjk(line.chars().next());
        if !out.is_empty() && !between_chinese {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

pub fn render(markdown: &str, zh: bool) -> Html {
    let nodes = blocks(markdown).into_iter().map(|block| match block {
        Block::Heading(h) => html! { <h3>{ heading(&h, zh) }</h3> },
        Block::Paragraph(lines) => html! { <p>{ inline(&join(&lines)) }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ul> },
        Block::Code(lines) => html! { <pre><code>{ lines.join("\n") }</code></pre> },
    });
    html! { { for nodes } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_page_splits_into_its_blocks() {
        let doc = "## What it does\nReports a\nsum.\n\n## Example\n```text\n| 总计 | 3 |\n```\n\n## References\n- 国办公开办函\n  〔2021〕30号\n- FORMAT.md\n";
        let blocks = blocks(doc);
        assert!(matches!(&blocks[0], Block::Heading(h) if h == "What it does"));
        assert!(matches!(&blocks[1], Block::Paragraph(l) if join(l) == "Reports a sum."));
        assert!(matches!(&blocks[3], Block::Code(c) if c == &["| 总计 | 3 |"]));
        assert!(
            matches!(&blocks[5], Block::List(items) if items.len() == 2 && items[0] == "国办公开办函 〔2021〕30号")
        );
        assert_eq!(heading("How to fix", true), "如何修改");
        assert_eq!(join(&["表三".into(), "不平衡".into()]), "表三不平衡");
    }
}
