//! Record: the output schema, as serde types.
//!
//! This is the contract downstream tools rely on. Spans here are in the output unit
//! (code points by default, bytes with `--offsets bytes`); the conversion from the byte
//! spans used everywhere else happens once, in [`Record::build`]. The same types derive
//! `Deserialize`, so tests read output back into them, and `JsonSchema`, so
//! `dossier schema` prints the schema published in `schema/record.schema.json`.
//!
//! Text fields are `Cow<str>`: a built record borrows the article's text and the fixed
//! names (kinds, types) rather than copying them, some hundred strings an article; a record
//! read back from JSON owns its texts (`Record<'static>`).

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use crate::error::ErrorKind;
pub use crate::extract::{ActorKind, AnchorSource, TimexMod, TimexType};
pub use crate::gazetteer::{OrgType, PlaceKind};

use crate::extract::{Extractions, Mention};
use crate::input::Document;
use crate::span::{CharMap, OffsetUnit, Span};
use crate::structure::{Block, Layout};
use crate::text::TextLayer;

/// The record's closed vocabularies print their names, as the record writes them.
macro_rules! display_by_name {
    ($($t:ty),*) => {
        $(impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        })*
    };
}
display_by_name!(
    ErrorKind,
    ActorKind,
    OrgType,
    PlaceKind,
    TimexType,
    TimexMod,
    AnchorSource
);

/// The version of this schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// `[start, end)` in the output unit.
pub type OutSpan = [usize; 2];

/// One article's structured record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record<'a> {
    /// Version of the record schema.
    pub schema_version: u32,
    /// Path relative to the input root, `-` for stdin, or the JSONL id.
    pub id: Cow<'a, str>,
    /// Unit of every span: `chars` (Unicode code points) or `bytes` (UTF-8).
    pub offsets: OffsetUnit,
    /// Other fields of a JSONL input line, passed through; null for other inputs.
    pub meta: Option<Map<String, Value>>,
    /// Why the input could not be processed; null unless this is an error record (whose
    /// other fields are then empty).
    pub error: Option<ErrorInfo>,
    /// The title, when the article opens with one.
    pub title: Option<TextSpan<'a>>,
    /// A labelled summary ("Summary – ...").
    pub summary: Option<Summary<'a>>,
    /// A dateline ("CAIRO, March 3 (Reuters)").
    pub dateline: Option<DatelineRecord<'a>>,
    /// A byline ("By Jane Doe").
    pub byline: Option<TextSpan<'a>>,
    /// Sections in order; content before the first heading has `heading: null`.
    pub sections: Vec<SectionRecord<'a>>,
    /// Web-page leftovers kept out of the content.
    pub boilerplate: Vec<TextSpan<'a>>,
    /// People, organizations and groups.
    pub actors: Vec<ActorRecord<'a>>,
    /// Places, resolved to a country and coordinates where known.
    pub locations: Vec<LocationRecord<'a>>,
    /// Temporal expressions with TIMEX3 values.
    pub dates: Vec<DateRecord<'a>>,
    /// The date relative expressions were resolved against, and where it came from.
    pub anchor: Option<AnchorRecord<'a>>,
    /// Counts.
    pub stats: Stats,
    /// Problems that did not stop processing.
    pub warnings: Vec<String>,
}

/// A piece of text and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextSpan<'a> {
    /// The text, exactly as `input[span[0]..span[1]]`.
    pub text: Cow<'a, str>,
    /// `[start, end)`.
    pub span: OutSpan,
}

/// Why an input produced no record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorInfo {
    /// What kind of error.
    pub kind: ErrorKind,
    /// The full message.
    pub message: String,
}

/// A labelled summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary<'a> {
    /// The summary's text, without its label.
    pub text: Cow<'a, str>,
    /// `[start, end)` of the text.
    pub span: OutSpan,
    /// The label as written ("Summary", "Key Points").
    pub label: TextSpan<'a>,
}

/// A dateline and its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatelineRecord<'a> {
    /// The whole dateline, without the dash that follows it.
    pub text: Cow<'a, str>,
    /// `[start, end)`.
    pub span: OutSpan,
    /// The place ("CAIRO").
    pub place: TextSpan<'a>,
    /// The date, when given ("March 3").
    pub date: Option<TextSpan<'a>>,
    /// The news agency, when given ("Reuters").
    pub agency: Option<TextSpan<'a>>,
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeadingRecord<'a> {
    /// The heading's text, without Markdown markers.
    pub text: Cow<'a, str>,
    /// `[start, end)`.
    pub span: OutSpan,
    /// 1 for top-level headings, more for deeper ones.
    pub level: u8,
}

/// A section of the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionRecord<'a> {
    /// The heading; null for content before the first heading.
    pub heading: Option<HeadingRecord<'a>>,
    /// A lead label that introduced the section ("Article").
    pub label: Option<TextSpan<'a>>,
    /// From the heading (or first block) to the end of the last block.
    pub span: OutSpan,
    /// Paragraphs in order.
    pub paragraphs: Vec<ParagraphRecord>,
    /// Lists in order.
    pub lists: Vec<ListRecord<'a>>,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ParagraphRecord {
    /// `[start, end)`.
    pub span: OutSpan,
}

/// A list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListRecord<'a> {
    /// Numbered or lettered rather than bulleted.
    pub ordered: bool,
    /// The sentence introducing the list ("Key players include:").
    pub intro: Option<TextSpan<'a>>,
    /// The items in order.
    pub items: Vec<ItemRecord<'a>>,
    /// From the first marker to the end of the last item.
    pub span: OutSpan,
}

/// A list item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemRecord<'a> {
    /// The item's text without its marker.
    pub text: Cow<'a, str>,
    /// `[start, end)` of the text.
    pub span: OutSpan,
    /// Nesting depth, 0 for outermost items.
    pub depth: usize,
}

/// One place where an entity is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MentionRecord<'a> {
    /// The text as written.
    pub text: Cow<'a, str>,
    /// `[start, end)`.
    pub span: OutSpan,
    /// 0-based index of the sentence it is in.
    pub sentence: Option<usize>,
    /// 0-based index of the section it is in (null in the title, summary or boilerplate).
    pub section: Option<usize>,
}

/// A person, organization or group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActorRecord<'a> {
    /// Canonical name.
    pub name: Cow<'a, str>,
    /// Person, organization or group.
    pub kind: ActorKind,
    /// Other spellings seen in the article.
    pub aliases: Vec<Cow<'a, str>>,
    /// Country code or organization the actor belongs to, where stated or known.
    pub affiliation: Option<Cow<'a, str>>,
    /// The role of a group actor ("diplomats", "officials").
    pub role: Option<Cow<'a, str>>,
    /// For organizations, what kind, where known.
    pub org_type: Option<OrgType>,
    /// How many times the actor is mentioned.
    pub mention_count: usize,
    /// The mentions in order.
    pub mentions: Vec<MentionRecord<'a>>,
}

/// A place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocationRecord<'a> {
    /// Canonical name.
    pub name: Cow<'a, str>,
    /// What kind of place.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code, where known.
    pub country: Option<Cow<'a, str>>,
    /// Latitude in degrees (WGS 84), where known.
    #[schemars(range(min = -90.0, max = 90.0))]
    pub lat: Option<f64>,
    /// Longitude in degrees (WGS 84), where known.
    #[schemars(range(min = -180.0, max = 180.0))]
    pub lon: Option<f64>,
    /// GeoNames id, where known.
    pub geonames_id: Option<u64>,
    /// How many times the place is mentioned.
    pub mention_count: usize,
    /// The mentions in order.
    pub mentions: Vec<MentionRecord<'a>>,
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRecord<'a> {
    /// The text as written.
    pub text: Cow<'a, str>,
    /// `[start, end)`.
    pub span: OutSpan,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TIMEX3 value (2025-03-03, P2Y, PRESENT_REF...); null when it could not be resolved.
    pub value: Option<Cow<'a, str>>,
    /// TIMEX3 modifier.
    #[serde(rename = "mod")]
    pub modifier: Option<TimexMod>,
    /// For an unresolved relative expression, its offset from the anchor ("-P1D").
    pub offset: Option<Cow<'a, str>>,
    /// Start of the denoted interval (ISO date or date-time), for DATE and TIME.
    pub begin: Option<Cow<'a, str>>,
    /// End of the denoted interval (exclusive), for DATE and TIME.
    pub end: Option<Cow<'a, str>>,
    /// 0-based sentence index.
    pub sentence: Option<usize>,
    /// 0-based section index.
    pub section: Option<usize>,
}

/// The reference date relative expressions were resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnchorRecord<'a> {
    /// ISO date.
    pub value: Cow<'a, str>,
    /// `option` (--reference-date), `field` (JSONL date field) or `text` (a date in the article).
    pub source: AnchorSource,
    /// Where in the text it was found, for `text`.
    pub span: Option<OutSpan>,
}

/// Counts over the article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    /// Code points in the input.
    pub chars: usize,
    /// Word and number tokens.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs (not counting list items).
    pub paragraphs: usize,
    /// Sections.
    pub sections: usize,
    /// List items.
    pub list_items: usize,
}

/// Converts byte spans of one document to output spans and text.
struct Out<'a> {
    src: &'a str,
    map: CharMap<'a>,
    unit: OffsetUnit,
}

impl<'a> Out<'a> {
    fn span(&self, s: Span) -> OutSpan {
        let c = self.map.convert(s, self.unit);
        [c.start, c.end]
    }

    fn text(&self, s: Span) -> Cow<'a, str> {
        Cow::Borrowed(s.text(self.src))
    }

    fn text_span(&self, s: Span) -> TextSpan<'a> {
        TextSpan {
            text: self.text(s),
            span: self.span(s),
        }
    }

    fn mention(&self, m: &Mention) -> MentionRecord<'a> {
        MentionRecord {
            text: self.text(m.span),
            span: self.span(m.span),
            sentence: m.sentence,
            section: m.section,
        }
    }
}

impl Record<'_> {
    /// The spans of the title and of every section heading, in order.
    pub fn heading_spans(&self) -> impl Iterator<Item = [usize; 2]> + '_ {
        self.title.iter().map(|t| t.span).chain(
            self.sections
                .iter()
                .filter_map(|s| s.heading.as_ref().map(|h| h.span)),
        )
    }

    /// The spans of every list item, in order.
    pub fn item_spans(&self) -> impl Iterator<Item = [usize; 2]> + '_ {
        self.sections
            .iter()
            .flat_map(|s| s.lists.iter().flat_map(|l| l.items.iter().map(|i| i.span)))
    }

    /// An empty record for `id` carrying an error.
    pub fn failed(id: &str, kind: ErrorKind, message: String, unit: OffsetUnit) -> Record<'static> {
        Record {
            error: Some(ErrorInfo { kind, message }),
            ..Record::empty(Cow::Owned(id.to_string()), unit)
        }
    }

    fn empty(id: Cow<'_, str>, unit: OffsetUnit) -> Record<'_> {
        Record {
            schema_version: SCHEMA_VERSION,
            id,
            offsets: unit,
            meta: None,
            error: None,
            title: None,
            summary: None,
            dateline: None,
            byline: None,
            sections: Vec::new(),
            boilerplate: Vec::new(),
            actors: Vec::new(),
            locations: Vec::new(),
            dates: Vec::new(),
            anchor: None,
            stats: Stats::default(),
            warnings: Vec::new(),
        }
    }

    /// Builds the record of `doc` from the stages' results.
    pub fn build<'a>(
        doc: &'a Document,
        layer: &TextLayer,
        layout: &Layout,
        ex: Extractions<'a>,
        unit: OffsetUnit,
    ) -> Record<'a> {
        let src = doc.text.as_str();
        let out = Out {
            src,
            map: CharMap::new(src),
            unit,
        };
        let sections: Vec<SectionRecord<'a>> = layout
            .sections
            .iter()
            .map(|s| SectionRecord {
                heading: s.heading.map(|h| HeadingRecord {
                    text: out.text(h.span),
                    span: out.span(h.span),
                    level: h.level,
                }),
                label: s.label.map(|l| out.text_span(l)),
                span: out.span(s.span),
                paragraphs: s
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        Block::Paragraph(p) => Some(ParagraphRecord { span: out.span(*p) }),
                        Block::List(_) => None,
                    })
                    .collect(),
                lists: s
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        Block::List(l) => Some(ListRecord {
                            ordered: l.ordered,
                            intro: l.intro.map(|i| out.text_span(i)),
                            items: l
                                .items
                                .iter()
                                .map(|i| ItemRecord {
                                    text: out.text(i.body),
                                    span: out.span(i.body),
                                    depth: i.depth,
                                })
                                .collect(),
                            span: out.span(l.span),
                        }),
                        Block::Paragraph(_) => None,
                    })
                    .collect(),
            })
            .collect();
        let stats = Stats {
            chars: out.map.chars(),
            words: layer.words,
            sentences: layer.sentences.len(),
            paragraphs: layout.paragraphs().count(),
            sections: layout.sections.len(),
            list_items: layout.list_items().count(),
        };
        // The extractions are consumed: their strings move into the record.
        let actors = ex
            .actors
            .into_iter()
            .map(|a| ActorRecord {
                kind: a.kind,
                org_type: a.org_type,
                mention_count: a.mentions.len(),
                mentions: a.mentions.iter().map(|m| out.mention(m)).collect(),
                name: a.name,
                aliases: a.aliases,
                affiliation: a.affiliation,
                role: a.role,
            })
            .collect();
        let locations = ex
            .locations
            .into_iter()
            .map(|l| LocationRecord {
                kind: l.kind,
                mention_count: l.mentions.len(),
                mentions: l.mentions.iter().map(|m| out.mention(m)).collect(),
                name: l.name,
                country: (!l.country.is_empty()).then_some(Cow::Borrowed(l.country)),
                lat: l.lat,
                lon: l.lon,
                geonames_id: l.geonames_id,
            })
            .collect();
        let dates = ex
            .dates
            .into_iter()
            .map(|d| DateRecord {
                text: out.text(d.span),
                span: out.span(d.span),
                timex_type: d.timex_type,
                modifier: d.modifier,
                sentence: d.mention.sentence,
                section: d.mention.section,
                value: d.value.map(Cow::Owned),
                offset: d.offset.map(Cow::Owned),
                begin: d.begin.map(Cow::Owned),
                end: d.end.map(Cow::Owned),
            })
            .collect();
        let anchor = ex.anchor.map(|a| AnchorRecord {
            value: a.date.iso().into(),
            source: a.source,
            span: a.span.map(|s| out.span(s)),
        });
        Record {
            meta: doc.meta.clone(),
            title: layout.title.map(|t| out.text_span(t.span)),
            summary: layout.summary.map(|s| Summary {
                text: out.text(s.body),
                span: out.span(s.body),
                label: out.text_span(s.label),
            }),
            dateline: layout.dateline.map(|d| DatelineRecord {
                text: out.text(d.span),
                span: out.span(d.span),
                place: out.text_span(d.place),
                date: d.date.map(|s| out.text_span(s)),
                agency: d.agency.map(|s| out.text_span(s)),
            }),
            byline: layout.byline.map(|b| out.text_span(b)),
            sections,
            boilerplate: layout
                .boilerplate
                .iter()
                .map(|b| out.text_span(*b))
                .collect(),
            actors,
            locations,
            dates,
            anchor,
            stats,
            warnings: doc.warnings.clone(),
            ..Record::empty(Cow::Borrowed(&doc.id), unit)
        }
    }
}

/// The JSON Schema of [`Record`]. Every field is required: one that has no value is
/// `null` or empty, never left out, so a columnar reader infers one schema for every
/// batch.
pub fn schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Record)).unwrap_or(Value::Null);
    require_every_property(&mut schema);
    schema
}

fn require_every_property(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let all = props.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(all));
            }
            map.values_mut().for_each(require_every_property);
        }
        Value::Array(items) => items.iter_mut().for_each(require_every_property),
        _ => {}
    }
}
