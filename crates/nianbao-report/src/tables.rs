//! The published shape of what was read: the format, the sections and the tables, every cell
//! with its text and span.

use crate::format::{Format, T3Column, T3Row};
use crate::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which official table format the report's tables follow (the schema's `template`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Template {
    /// 国办公开办函〔2021〕30号, report years 2021 and later.
    #[serde(rename = "2021")]
    Rev2021,
    /// 国办公开办函〔2019〕60号 (试行), report years 2019 and 2020.
    #[serde(rename = "2019")]
    Trial2019,
    /// Before 2019: free structure, optional 附表.
    #[serde(rename = "legacy")]
    Legacy,
    #[serde(rename = "unknown")]
    Unknown,
}

impl Template {
    /// The format a report of `year` must use.
    pub fn expected_for(year: i32) -> Template {
        Format::for_year(year).map_or(Template::Legacy, Template::from)
    }

    /// The fixed format, for the two templates that are one.
    pub fn format(self) -> Option<Format> {
        match self {
            Template::Trial2019 => Some(Format::Trial2019),
            Template::Rev2021 => Some(Format::Rev2021),
            Template::Legacy | Template::Unknown => None,
        }
    }

    /// The schema's value: `2021`, `2019`, `legacy`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Template::Rev2021 => "2021",
            Template::Trial2019 => "2019",
            Template::Legacy => "legacy",
            Template::Unknown => "unknown",
        }
    }

    /// The name a finding's message uses.
    pub fn name_zh(self) -> &'static str {
        match self {
            Template::Rev2021 => "2021年版格式",
            Template::Trial2019 => "2019年试行格式",
            Template::Legacy => "2019年以前的旧格式",
            Template::Unknown => "未能识别的格式",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Template::Rev2021 => "the 2021 format",
            Template::Trial2019 => "the 2019 trial format",
            Template::Legacy => "the pre-2019 format",
            Template::Unknown => "an unrecognised format",
        }
    }
}

impl From<Format> for Template {
    fn from(format: Format) -> Template {
        match format {
            Format::Trial2019 => Template::Trial2019,
            Format::Rev2021 => Template::Rev2021,
        }
    }
}

/// A top-level section heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    /// 1 for 一、 … 6 for 六、 (up to 十 in legacy reports).
    pub number: u8,
    pub title: String,
    pub span: Span,
}

/// The standard tables found, as the schema's `tables` object. Absent key = table not found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Tables {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_disclosure: Option<ActiveDisclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<Applications>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_litigation: Option<ReviewLitigation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<OtherTable>,
}

impl Tables {
    /// Whether one of the three standard tables was read.
    pub fn has_standard(&self) -> bool {
        self.active_disclosure.is_some() || self.applications.is_some() || self.review_litigation.is_some()
    }
}

/// 二、主动公开政府信息情况. Rows keep their group (第二十条第(X)项) and the column headers of
/// that group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ActiveDisclosure {
    pub rows: Vec<DisclosureRow>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DisclosureRow {
    /// e.g. 第二十条第(一)项
    pub group: String,
    /// e.g. 规章, 行政许可
    pub label: String,
    pub columns: Vec<String>,
    /// Each cell's number (null: blank, a placeholder, or not a number).
    pub values: Vec<Option<Number>>,
    /// Each cell as written, with its span.
    pub cells: Vec<Cell>,
    pub span: Span,
}

/// 三、收到和处理政府信息公开申请情况. Columns always in this order: 自然人, 商业企业, 科研机构,
/// 社会公益组织, 法律服务机构, 其他, 总计.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Applications {
    pub rows: Vec<ApplicationRow>,
    pub span: Span,
}

impl Applications {
    /// The row `id`, when it was read.
    pub fn row(&self, id: T3Row) -> Option<&ApplicationRow> {
        self.rows.iter().find(|r| r.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ApplicationRow {
    /// Which official row: 1 = 一、本年新收; 2 = 二、上年结转; 3.1 予以公开; 3.2 部分公开; 3.3.n
    /// 不予公开 n; 3.4.n 无法提供 n; 3.5.n 不予处理 n; 3.6 其他处理 (2019) or 3.6.n (2021); 3.7
    /// (七)总计; 4 = 四、结转下年度继续办理.
    pub id: T3Row,
    /// The label as written in the report.
    pub label: String,
    /// The seven numbers (null: blank, a placeholder, or not a number).
    #[cfg_attr(feature = "schema", schemars(length(min = 7, max = 7)))]
    pub values: Vec<Option<Number>>,
    /// The seven cells as written.
    #[cfg_attr(feature = "schema", schemars(length(min = 7, max = 7)))]
    pub cells: Vec<Cell>,
    pub span: Span,
}

impl ApplicationRow {
    /// The number in `column`, if the cell holds one.
    pub fn value(&self, column: T3Column) -> Option<f64> {
        self.values.get(column.index()).copied().flatten().map(|n| n.0)
    }

    /// The row's 总计.
    pub fn total(&self) -> Option<f64> {
        self.value(T3Column::Total)
    }
}

/// 四、政府信息公开行政复议、行政诉讼情况: 15 values = 行政复议 (维持, 纠正, 其他, 尚未审结,
/// 总计), 未经复议直接起诉 (same 5), 复议后起诉 (same 5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReviewLitigation {
    #[cfg_attr(feature = "schema", schemars(length(min = 15, max = 15)))]
    pub values: Vec<Option<Number>>,
    #[cfg_attr(feature = "schema", schemars(length(min = 15, max = 15)))]
    pub cells: Vec<Cell>,
    pub span: Span,
}

/// A table that is none of the standard three (legacy 附表, extra tables): header rows and
/// body rows as text cells.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OtherTable {
    pub title: Option<String>,
    pub rows: Vec<Vec<String>>,
    pub span: Span,
    /// The cells of `rows` with their spans (absent in reports before this field was added).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Vec<Cell>>,
}

/// A table cell as written: its text and where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cell {
    pub text: String,
    pub span: Span,
    /// The row ended before this cell: it is absent, not blank (its span is where it should be).
    #[serde(default, skip_serializing_if = "is_false")]
    pub missing: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A number as reported (integer or decimal, thousands separators removed): printed as an
/// integer when it is one, so counts read `3`, not `3.0`.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Number(pub f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        f64::deserialize(d).map(Number)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Number {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Number".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "description": "A number as reported (integer or decimal, thousands separators removed). A cell whose text is not a number (—, /, 无, 不适用) is null and gets a diagnostic."
        })
    }
}
