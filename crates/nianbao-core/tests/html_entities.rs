//! html5ever decodes every named character reference as the HTML standard says, through the
//! vendored web_atoms (vendor/web_atoms: a sorted table instead of upstream's phf map of every
//! prefix). Checked against upstream's own list of the 2 231 names.

use scraper::{Html, Selector};

mod upstream {
    include!("../../../vendor/web_atoms/entities.rs");
}

fn decoded(name: &str) -> String {
    let code_points: Vec<u32> = upstream::NAMED_ENTITIES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, a, b)| if b == 0 { vec![a] } else { vec![a, b] })
        .unwrap();
    code_points.into_iter().map(|c| char::from_u32(c).unwrap()).collect()
}

fn paragraphs(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let p = Selector::parse("p").unwrap();
    document.select(&p).map(|e| e.text().collect()).collect()
}

#[test]
fn every_named_reference_decodes_to_its_code_points() {
    let html: String = upstream::NAMED_ENTITIES.iter().map(|(name, _, _)| format!("<p>[{name}]</p>")).collect();
    let texts = paragraphs(&html);
    assert_eq!(texts.len(), upstream::NAMED_ENTITIES.len());
    for ((name, _, _), text) in upstream::NAMED_ENTITIES.iter().zip(&texts) {
        assert_eq!(text, &format!("[{}]", decoded(name)), "{name}");
    }
}

/// What upstream web_atoms' phf map gives, in text and in an attribute (the two differ for a
/// legacy name without `;` before a letter or digit).
const CASES: [(&str, &str, &str); 12] = [
    ("&notit;", "¬it;", "&notit;"),
    ("&ampx", "&x", "&ampx"),
    ("&notin;", "∉", "∉"),
    ("&copy2024", "©2024", "&copy2024"),
    ("&noti", "¬i", "&noti"),
    ("&ldquo", "&ldquo", "&ldquo"),
    ("&ldquo;年报&rdquo;", "“年报”", "“年报”"),
    ("&zzz;", "&zzz;", "&zzz;"),
    ("&", "&", "&"),
    ("&amp;&ampersand", "&&ersand", "&&ampersand"),
    ("&Aacute&Aacutex", "ÁÁx", "Á&Aacutex"),
    ("&lt&ltx&lt;", "<<x<", "<&ltx<"),
];

#[test]
fn the_longest_name_wins_and_what_starts_no_name_stays_text() {
    for (input, in_text, in_attribute) in CASES {
        let document = Html::parse_document(&format!("<p>{input}</p><a title=\"{input}\">x</a>"));
        let p: String = document.select(&Selector::parse("p").unwrap()).next().unwrap().text().collect();
        let a = document.select(&Selector::parse("a").unwrap()).next().unwrap();
        assert_eq!((p.as_str(), a.value().attr("title")), (in_text, Some(in_attribute)), "{input}");
    }
}
