//! Structure: the article's shape — title, labelled summary, dateline, byline, headed
//! sections, paragraphs, lists and web-page boilerplate.
//!
//! Works line by line over the text layer. Lines are first classified on their own
//! (blank, rule, boilerplate, Markdown heading, list item, labelled lead, text), then
//! grouped into blocks, then blocks into sections. Whether the document separates its
//! paragraphs with blank lines, and whether it hard-wraps them, is decided once per
//! document because the same line means different things in the two styles.

mod boilerplate;
mod heading;
mod lead;
mod list;

pub use boilerplate::is_boilerplate;
pub use heading::HeadingStyle;
pub use lead::{Dateline, LabelRole, Labelled};
pub use list::Marker;

use crate::span::Span;
use crate::text::{self, Line, TextLayer};

use heading::Implicit;

/// A heading line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    /// The heading's text, without Markdown markers or surrounding space.
    pub span: Span,
    /// 1 for the title and top-level headings, more for deeper ones.
    pub level: u8,
    /// How it was recognized.
    pub style: HeadingStyle,
}

/// One item of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListItem {
    /// The marker ("-", "1.").
    pub marker: Span,
    /// The item's text without the marker, including continuation lines.
    pub body: Span,
    /// Nesting depth, 0 for the outermost items.
    pub depth: usize,
}

/// A bulleted or numbered list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Numbered or lettered rather than bulleted (decided by the first item).
    pub ordered: bool,
    /// The sentence that introduces the list ("Key players include:"), if any.
    pub intro: Option<Span>,
    /// The items, in order, with their depths.
    pub items: Vec<ListItem>,
    /// From the first marker to the end of the last item.
    pub span: Span,
}

/// A paragraph or a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(Span),
    /// A list.
    List(List),
}

impl Block {
    /// The block's span.
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph(s) => *s,
            Block::List(l) => l.span,
        }
    }
}

/// A section: an optional heading and the blocks under it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Section {
    /// The heading; `None` for content before the first heading.
    pub heading: Option<Heading>,
    /// A lead label that introduced this section's text ("Article –").
    pub label: Option<Span>,
    /// From the heading (or first block) to the end of the last block.
    pub span: Span,
    /// Paragraphs and lists in order.
    pub blocks: Vec<Block>,
}

/// The structure of one article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    /// The title, when the article opens with one.
    pub title: Option<Heading>,
    /// A labelled summary ("Summary – ...").
    pub summary: Option<Labelled>,
    /// A dateline opening the first paragraph.
    pub dateline: Option<Dateline>,
    /// A byline ("By Jane Doe").
    pub byline: Option<Span>,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Lines recognized as web-page leftovers, kept out of the content.
    pub boilerplate: Vec<Span>,
}

impl Layout {
    /// Index of the section whose span contains byte `pos`, if any.
    pub fn section_at(&self, pos: usize) -> Option<usize> {
        let i = self.sections.partition_point(|s| s.span.end <= pos);
        self.sections
            .get(i)
            .filter(|s| s.span.start <= pos && s.span.end > pos)
            .map(|_| i)
    }

    /// All headings, the title first.
    pub fn headings(&self) -> impl Iterator<Item = &Heading> {
        self.title
            .iter()
            .chain(self.sections.iter().filter_map(|s| s.heading.as_ref()))
    }

    /// All list items in document order.
    pub fn list_items(&self) -> impl Iterator<Item = &ListItem> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .flat_map(|b| match b {
                Block::List(l) => l.items.as_slice(),
                Block::Paragraph(_) => &[],
            })
    }

    /// All paragraph spans in document order.
    pub fn paragraphs(&self) -> impl Iterator<Item = Span> + '_ {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(*p),
                Block::List(_) => None,
            })
    }
}

/// What one line is, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
enum LineKind {
    Blank,
    Rule,
    Boilerplate,
    Markdown(u8, Span),
    Setext(u8),
    Item(Marker),
    Text,
}

/// A block before sections are formed.
#[derive(Debug)]
enum RawBlock {
    Heading(Heading),
    Paragraph(Span),
    List(List),
    Label(Labelled),
    Byline(Span),
}

/// How the document lays out its paragraphs.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// Paragraph text is hard-wrapped over several lines.
    wrapped: bool,
    /// Short unpunctuated lines between blank lines may be headings: the document
    /// separates paragraphs with blank lines, and such lines are rare enough in it not
    /// to be its dialogue or its address block.
    short_headings: bool,
}

fn classify(src: &str, line: &Line) -> LineKind {
    let text = line.span.text(src);
    if text::trim(text).is_empty() {
        return LineKind::Blank;
    }
    if let Some((level, s, e)) = heading::markdown(text) {
        return LineKind::Markdown(level, Span::new(line.span.start + s, line.span.start + e));
    }
    if let Some(level) = heading::setext_level(text) {
        return LineKind::Setext(level);
    }
    if heading::is_rule(text) {
        return LineKind::Rule;
    }
    if let Some(m) = list::parse_marker(text, line.span.start) {
        return LineKind::Item(m);
    }
    if is_boilerplate(text) {
        return LineKind::Boilerplate;
    }
    LineKind::Text
}

/// How each text line reads as an implicit heading when it stands alone (`None` for other
/// lines). Judged once per line: the document style, the blocks and the look-ahead of
/// `leads_to_content` all ask about the same lines.
fn judge_headings(src: &str, lines: &[Line], kinds: &[LineKind]) -> Vec<Option<Implicit>> {
    lines
        .iter()
        .zip(kinds)
        .map(|(line, kind)| {
            (*kind == LineKind::Text)
                .then(|| heading::implicit(line.span.text(src)))
                .flatten()
        })
        .collect()
}

fn document_style(
    src: &str,
    lines: &[Line],
    kinds: &[LineKind],
    judged: &[Option<Implicit>],
) -> Style {
    let mut blank_between = false;
    let mut seen_content = false;
    let mut pending_blank = false;
    let mut short_open = 0usize;
    let (mut text_lines, mut long_lines, mut very_long, mut adjacent_text) =
        (0usize, 0usize, 0usize, 0usize);
    for (i, kind) in kinds.iter().enumerate() {
        match kind {
            LineKind::Blank => pending_blank = seen_content,
            _ => {
                blank_between |= pending_blank;
                pending_blank = false;
                seen_content = true;
            }
        }
        if *kind == LineKind::Text {
            text_lines += 1;
            let len = text::trim(lines[i].span.text(src)).chars().count();
            long_lines += usize::from(len >= 40);
            very_long += usize::from(len > 100);
            adjacent_text += usize::from(i > 0 && kinds[i - 1] == LineKind::Text);
            // Lines that could only be headings by standing alone, counted to tell a
            // document with short section headings from dialogue or an address block.
            short_open += usize::from(matches!(judged[i], Some((HeadingStyle::Standalone, _))));
        }
    }
    let wrapped = blank_between
        && very_long == 0
        && text_lines >= 4
        && long_lines * 2 >= text_lines
        && adjacent_text * 3 >= text_lines;
    Style {
        wrapped,
        short_headings: blank_between && (text_lines < 6 || short_open * 3 <= text_lines),
    }
}

/// Analyzes the structure of `src`.
pub fn analyze(src: &str, layer: &TextLayer) -> Layout {
    let lines = &layer.lines;
    let kinds: Vec<LineKind> = lines.iter().map(|l| classify(src, l)).collect();
    let judged = judge_headings(src, lines, &kinds);
    let style = document_style(src, lines, &kinds, &judged);
    let mut boilerplate = Vec::new();
    let raw = raw_blocks(src, lines, &kinds, &judged, style, &mut boilerplate);
    assemble(src, layer, raw, boilerplate)
}

fn is_separator(kind: Option<&LineKind>) -> bool {
    matches!(
        kind,
        None | Some(LineKind::Blank | LineKind::Rule | LineKind::Boilerplate)
    )
}

/// Groups classified lines into headings, paragraphs, lists and labels.
fn raw_blocks(
    src: &str,
    lines: &[Line],
    kinds: &[LineKind],
    judged: &[Option<Implicit>],
    style: Style,
    boilerplate: &mut Vec<Span>,
) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut i = 0;
    let mut seen_heading = false;
    while i < lines.len() {
        let line = lines[i];
        let text = line.span.text(src);
        match kinds[i] {
            LineKind::Blank | LineKind::Rule | LineKind::Setext(_) => i += 1,
            LineKind::Boilerplate => {
                boilerplate.push(line.span.trim(src));
                i += 1;
            }
            LineKind::Markdown(level, span) => {
                blocks.push(RawBlock::Heading(Heading {
                    span,
                    level,
                    style: HeadingStyle::Markdown,
                }));
                seen_heading = true;
                i += 1;
            }
            LineKind::Item(m) => {
                if let Some(h) = isolated_numbered_heading(src, lines, kinds, i, m) {
                    blocks.push(RawBlock::Heading(h));
                    seen_heading = true;
                    i += 1;
                } else {
                    let (list, next) = collect_list(src, lines, kinds, i, style);
                    blocks.push(RawBlock::List(list));
                    i = next;
                }
            }
            LineKind::Text => {
                if let Some(LineKind::Setext(level)) = kinds.get(i + 1).copied()
                    && text.split_whitespace().nth(14).is_none()
                {
                    let h = Heading {
                        span: line.span.trim(src),
                        level,
                        style: HeadingStyle::Setext,
                    };
                    blocks.push(RawBlock::Heading(h));
                    seen_heading = true;
                    i += 2;
                    continue;
                }
                if !seen_heading && let Some(l) = lead::labelled(text, line.span.start) {
                    blocks.push(RawBlock::Label(l));
                    i += 1;
                    continue;
                }
                if lead::is_byline(text) {
                    blocks.push(RawBlock::Byline(line.span.trim(src)));
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                if style.wrapped {
                    while end < lines.len()
                        && kinds[end] == LineKind::Text
                        && !ends_heading_block(src, lines, kinds, end)
                    {
                        end += 1;
                    }
                }
                let span = Span::new(line.span.start, lines[end - 1].span.end).trim(src);
                let standalone = style.short_headings
                    && is_separator(i.checked_sub(1).map(|p| &kinds[p]))
                    && is_separator(kinds.get(end));
                let has_more = kinds[end..].iter().any(|k| {
                    !matches!(k, LineKind::Blank | LineKind::Rule | LineKind::Boilerplate)
                });
                let heading = (end == i + 1 && has_more)
                    .then(|| heading::not_standalone_unless(judged[i], standalone))
                    .flatten()
                    .filter(|(style, _)| {
                        *style == HeadingStyle::Numbered
                            || leads_to_content(src, lines, kinds, judged, end, 2)
                    });
                match heading {
                    Some((style, level)) => {
                        blocks.push(RawBlock::Heading(Heading { span, level, style }));
                        seen_heading = true;
                    }
                    None => blocks.push(RawBlock::Paragraph(span)),
                }
                i = end;
            }
        }
    }
    blocks
}

/// Whether the lines from `from` on begin with content (a paragraph, a list, an explicit
/// heading), allowing `hops` short lines in between (a subheading). A short line followed
/// only by more short lines is an address block, a caption or a name list, not a heading.
fn leads_to_content(
    src: &str,
    lines: &[Line],
    kinds: &[LineKind],
    judged: &[Option<Implicit>],
    from: usize,
    hops: usize,
) -> bool {
    let Some(j) =
        (from..lines.len()).find(|&j| !matches!(kinds[j], LineKind::Blank | LineKind::Rule))
    else {
        return false;
    };
    match kinds[j] {
        LineKind::Item(_) | LineKind::Markdown(..) | LineKind::Setext(_) => true,
        LineKind::Text => {
            let t = text::trim(lines[j].span.text(src));
            // Eight words are enough: the rest of a long paragraph is not counted.
            let content = t.split_whitespace().nth(7).is_some()
                || t.ends_with(['.', '!', '?', ':', '"', '”']);
            content
                || matches!(kinds.get(j + 1), Some(LineKind::Setext(_)))
                || (hops > 0
                    && judged[j].is_some()
                    && leads_to_content(src, lines, kinds, judged, j + 1, hops - 1))
        }
        LineKind::Blank | LineKind::Rule | LineKind::Boilerplate => false,
    }
}

/// In wrapped text, a short line followed by a blank line ends the paragraph before it
/// only when it is itself a block of its own; a line joins the paragraph otherwise.
fn ends_heading_block(src: &str, lines: &[Line], kinds: &[LineKind], i: usize) -> bool {
    // A setext heading's text line starts a new block.
    matches!(kinds.get(i + 1), Some(LineKind::Setext(_)))
        || lead::is_byline(lines[i].span.text(src))
}

/// A numbered line such as "2. Background" is a heading, not a list item, when no item
/// numbered just before or just after it stands next to it.
fn isolated_numbered_heading(
    src: &str,
    lines: &[Line],
    kinds: &[LineKind],
    i: usize,
    m: Marker,
) -> Option<Heading> {
    let n = m.number?;
    if !m.ordered || m.indent > 0 {
        return None;
    }
    let neighbour_numbered = |range: &mut dyn Iterator<Item = usize>, want: u32| {
        range
            .map(|j| &kinds[j])
            .find(|k| !matches!(k, LineKind::Blank))
            .is_some_and(|k| matches!(k, LineKind::Item(o) if o.number == Some(want)))
    };
    if (n > 1 && neighbour_numbered(&mut (0..i).rev(), n - 1))
        || neighbour_numbered(&mut (i + 1..kinds.len()), n + 1)
    {
        return None;
    }
    let text = lines[i].span.text(src);
    let level = heading::numbered(text)?;
    let has_more = kinds[i + 1..]
        .iter()
        .any(|k| matches!(k, LineKind::Text | LineKind::Item(_)));
    has_more.then(|| Heading {
        span: lines[i].span.trim(src),
        level,
        style: HeadingStyle::Numbered,
    })
}

/// Collects a list starting at line `i`; returns it and the index of the first line after it.
fn collect_list(
    src: &str,
    lines: &[Line],
    kinds: &[LineKind],
    mut i: usize,
    style: Style,
) -> (List, usize) {
    let mut items: Vec<ListItem> = Vec::new();
    let mut indents: Vec<usize> = Vec::new();
    let mut ordered = None;
    let mut last_marker_indent = 0;
    let mut last_number: Option<u32> = None;
    while i < lines.len() {
        match kinds[i] {
            LineKind::Item(m) => {
                // A numbering that does not continue ("4." then "3. Reaction") ends the list.
                if let (Some(prev), Some(n)) = (last_number, m.number)
                    && n != prev + 1
                    && m.indent <= last_marker_indent
                    && !items.is_empty()
                {
                    break;
                }
                last_number = m.number.or(last_number);
                while indents.last().is_some_and(|&top| m.indent < top) {
                    indents.pop();
                }
                if indents.last().is_none_or(|&top| m.indent > top) {
                    indents.push(m.indent);
                }
                ordered.get_or_insert(m.ordered);
                items.push(ListItem {
                    marker: m.marker,
                    body: m.body,
                    depth: indents.len() - 1,
                });
                last_marker_indent = m.indent;
                i += 1;
            }
            LineKind::Text if !items.is_empty() => {
                // A continuation line: indented under the item, or any line of wrapped text.
                let line = lines[i];
                if line.indent(src) > last_marker_indent || style.wrapped {
                    if let Some(last) = items.last_mut() {
                        last.body.end = line.span.trim(src).end;
                    }
                    i += 1;
                } else {
                    break;
                }
            }
            LineKind::Blank => {
                // Blank lines between items keep the list going.
                let next = (i..lines.len()).find(|&j| kinds[j] != LineKind::Blank);
                match next {
                    Some(j)
                        if matches!(kinds[j], LineKind::Item(_))
                            && !is_numbered_heading_line(src, lines, kinds, j) =>
                    {
                        i = j
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let span = match (items.first(), items.last()) {
        (Some(f), Some(l)) => Span::new(f.marker.start, l.body.end),
        _ => Span::default(),
    };
    (
        List {
            ordered: ordered.unwrap_or(false),
            intro: None,
            items,
            span,
        },
        i,
    )
}

fn is_numbered_heading_line(src: &str, lines: &[Line], kinds: &[LineKind], j: usize) -> bool {
    matches!(kinds[j], LineKind::Item(m) if isolated_numbered_heading(src, lines, kinds, j, m).is_some())
}

/// Forms the layout from raw blocks: title, summary, byline, dateline, sections, intros.
fn assemble(src: &str, layer: &TextLayer, raw: Vec<RawBlock>, boilerplate: Vec<Span>) -> Layout {
    let mut layout = Layout {
        boilerplate,
        ..Default::default()
    };
    let mut blocks = raw.into_iter().peekable();

    // Title: an opening heading, or an opening short line without final punctuation.
    match blocks.peek() {
        Some(RawBlock::Heading(h)) => {
            layout.title = Some(Heading { level: 1, ..*h });
            blocks.next();
        }
        Some(RawBlock::Paragraph(p)) if is_title_line(p.text(src)) => {
            layout.title = Some(Heading {
                span: *p,
                level: 1,
                style: HeadingStyle::TitleCase,
            });
            blocks.next();
        }
        _ => {}
    }

    let mut current = Section::default();
    let mut paragraphs_seen = 0;
    let mut pending_summary = false;
    for block in blocks {
        match block {
            RawBlock::Heading(h) => {
                push_section(&mut layout.sections, std::mem::take(&mut current));
                current.heading = Some(h);
                current.span = h.span;
            }
            RawBlock::Label(l) => match l.role {
                LabelRole::Summary if layout.summary.is_none() => {
                    let body = trim_trailing_comma(src, l.body);
                    layout.summary = Some(Labelled { body, ..l });
                    pending_summary = body.is_empty();
                }
                _ => {
                    if !current.blocks.is_empty() || current.heading.is_some() {
                        push_section(&mut layout.sections, std::mem::take(&mut current));
                    }
                    current.label = Some(l.label);
                    current.span = l.label;
                    if !l.body.is_empty() {
                        add_block(&mut current, Block::Paragraph(l.body));
                    }
                }
            },
            RawBlock::Paragraph(p) => {
                if pending_summary && let Some(s) = layout.summary.as_mut() {
                    s.body = p;
                    pending_summary = false;
                    continue;
                }
                if paragraphs_seen == 0 && layout.dateline.is_none() {
                    layout.dateline = lead::dateline(p.text(src), p.start);
                }
                paragraphs_seen += 1;
                add_block(&mut current, Block::Paragraph(p));
            }
            RawBlock::Byline(b) if layout.byline.is_none() && paragraphs_seen < 3 => {
                layout.byline = Some(b)
            }
            RawBlock::Byline(b) => add_block(&mut current, Block::Paragraph(b)),
            RawBlock::List(mut list) => {
                list.intro = match current.blocks.last() {
                    Some(Block::Paragraph(p)) => list_intro(src, layer, *p),
                    _ => None,
                };
                add_block(&mut current, Block::List(list));
            }
        }
    }
    push_section(&mut layout.sections, current);
    layout
}

fn add_block(section: &mut Section, block: Block) {
    let span = block.span();
    if section.blocks.is_empty() && section.heading.is_none() && section.label.is_none() {
        section.span = span;
    }
    section.span.end = span.end;
    section.blocks.push(block);
}

fn push_section(sections: &mut Vec<Section>, section: Section) {
    if section.heading.is_some() || section.label.is_some() || !section.blocks.is_empty() {
        sections.push(section);
    }
}

fn is_title_line(t: &str) -> bool {
    !t.contains('\n') && heading::is_title(t)
}

/// The sentence of paragraph `p` that introduces a following list: its last sentence, when
/// that sentence ends with a colon.
fn list_intro(src: &str, layer: &TextLayer, p: Span) -> Option<Span> {
    if !p.text(src).trim_end().ends_with(':') {
        return None;
    }
    let last = p.end.checked_sub(1)?;
    let start = layer
        .sentence_at(last)
        .map(|i| layer.sentences[i].span.start.max(p.start))
        .unwrap_or(p.start);
    Some(Span::new(start, p.end))
}

fn trim_trailing_comma(src: &str, span: Span) -> Span {
    let t = span.text(src);
    let trimmed = t.trim_end_matches([',', ' ']);
    Span::new(span.start, span.start + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn layout(src: &str) -> Layout {
        analyze(src, &text::analyze(src))
    }

    fn headings(src: &str) -> Vec<&str> {
        layout(src).headings().map(|h| h.span.text(src)).collect()
    }

    fn items(src: &str) -> Vec<(&str, usize)> {
        layout(src)
            .list_items()
            .map(|i| (i.body.text(src), i.depth))
            .collect()
    }

    #[test]
    fn heading_documents_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "address block is not headings",
                "Dear friends,\n\nMiss Jane Doe\n\nAbbot Academy\n\nAndover, Massachusetts\n\nWe had a good week here and the weather held.",
                &[],
            ),
            (
                "dialogue turns are not headings",
                "We went out.\n\nOh good\n\nDown at the back\n\nFits well\n\nRight there\n\nThen we left the shop and walked home.",
                &[],
            ),
            (
                "short headings between paragraphs",
                "Holt was born in Texas and grew up there.\n\nEarly life\n\nHe played baseball from an early age.\n\nCollege career\n\nHe attended Navarro College in 2007.",
                &["Early life", "College career"],
            ),
            (
                "markdown",
                "# Talks\n\nText here.\n\n## Background\n\nMore text.",
                &["Talks", "Background"],
            ),
            (
                "setext",
                "Talks\n=====\n\nText here.\n\nBackground\n----------\n\nMore.",
                &["Talks", "Background"],
            ),
            (
                "numbered",
                "1. Introduction\n\nText here.\n\n2. Background\n\nMore text.",
                &["1. Introduction", "2. Background"],
            ),
            (
                "all caps",
                "Talks resume\nThe talks resumed.\nBACKGROUND\nThey had stalled.",
                &["Talks resume", "BACKGROUND"],
            ),
            (
                "question",
                "The talks resumed.\nWhat Comes Next?\nNobody knows.",
                &["What Comes Next?"],
            ),
            (
                "sentence-case between blanks",
                "The talks.\n\nEarly life\n\nHe was born.",
                &["Early life"],
            ),
            (
                "sentence-case without blanks",
                "The talks resumed.\nEarly life\nHe was born.",
                &[],
            ),
            (
                "dangling last line",
                "The talks resumed.\nPublic Sentiment",
                &[],
            ),
        ];
        for (name, src, want) in cases {
            assert_eq!(&headings(src), want, "{name}");
        }
    }

    #[test]
    fn list_documents_table() {
        let cases: &[(&str, &str, &[(&str, usize)])] = &[
            (
                "dashes",
                "Players:\n- Hamas\n- Israel",
                &[("Hamas", 0), ("Israel", 0)],
            ),
            (
                "numbered run",
                "Steps:\n1. Open\n2. Close",
                &[("Open", 0), ("Close", 0)],
            ),
            (
                "nested",
                "- a\n  - b\n    - c\n- d",
                &[("a", 0), ("b", 1), ("c", 2), ("d", 0)],
            ),
            (
                "continuation",
                "- first line\n  goes on\n- second",
                &[("first line\n  goes on", 0), ("second", 0)],
            ),
            ("blank between items", "- a\n\n- b", &[("a", 0), ("b", 0)]),
        ];
        for (name, src, want) in cases {
            assert_eq!(&items(src), want, "{name}");
        }
    }

    #[test]
    fn list_intro_is_last_sentence_ending_in_colon() {
        let src = "Talks began in 2025. Key players include:\n- Hamas\n- Israel\n";
        let l = layout(src);
        let Some(Block::List(list)) = l.sections[0].blocks.get(1) else {
            panic!("no list: {l:?}")
        };
        assert_eq!(
            list.intro.map(|s| s.text(src)),
            Some("Key players include:")
        );
    }

    #[test]
    fn labelled_summary_and_body() {
        let src = "Summary – Talks resume.,\nArticle –\nThe talks resumed today.\nBackground Of The Talks\nThey stalled.";
        let l = layout(src);
        assert_eq!(l.summary.map(|s| s.body.text(src)), Some("Talks resume."));
        assert_eq!(l.sections[0].label.map(|s| s.text(src)), Some("Article"));
        assert_eq!(l.sections.len(), 2);
    }

    #[test]
    fn boilerplate_kept_out_of_content() {
        let src = "Talks Resume\nThe talks resumed.\nShare this article\nAverage Rating";
        let l = layout(src);
        let bp: Vec<&str> = l.boilerplate.iter().map(|s| s.text(src)).collect();
        assert_eq!(bp, ["Share this article", "Average Rating"]);
        assert_eq!(l.paragraphs().count(), 1);
    }

    #[test]
    fn wrapped_paragraphs_join() {
        let src = "Headline Here\n\nThe negotiations that began in Cairo last week were\nextended by two more days, officials said on Monday.\n\nA second paragraph follows here, also wrapped at the\nusual column width of a plain-text news wire story.\n";
        let l = layout(src);
        assert_eq!(l.paragraphs().count(), 2);
        assert_eq!(l.title.map(|t| t.span.text(src)), Some("Headline Here"));
    }
}
