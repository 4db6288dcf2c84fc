//! Boilerplate: web-page leftovers ("Average Rating", "Share this article", "Related: ...")
//! that scrapers leave around an article. They are recognized only as whole lines so that
//! the same words inside a sentence are never touched.

use std::sync::LazyLock;

use regex::Regex;

use crate::text;

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:
            average\ rating\b.* | rate\ this\ (?:article|story|post)\b.* | \d(?:\.\d)?\ ?(?:/|out\ of)\ ?5\ stars?
          | share\ (?:this|on)\b.* | share | tweet | print | email | e-mail | facebook | twitter | whatsapp | linkedin | reddit
          | (?:related|see\ also|more\ on\ this|read\ more|read\ next|recommended|trending)\b\s*(?::.*|\ (?:articles?|stories|posts|news|coverage))?
          | click\ here\b.* | subscribe\b.* | sign\ up\ (?:for|to)\b.* | join\ our\ (?:newsletter|mailing\ list)\b.*
          | follow\ us\b.* | (?:un)?like\ us\ on\b.*
          | advertisement | sponsored(?:\ content)? | promoted | ad
          | all\ rights\ reserved\.? | copyright\b.* | ©.*
          | tags?\s*:.* | topics?\s*:.* | filed\ under\s*:.*
          | comments?(?:\ \(\d+\))? | leave\ a\ (?:comment|reply) | \d+\ comments?
          | back\ to\ top | previous\ (?:article|post|story) | next\ (?:article|post|story)
          | you\ (?:may|might)\ also\ like\b.* | loading\.* | skip\ to\ (?:main\ )?content
          | (?:we\ use\ )?cookies?\b.*\b(?:accept|policy|consent)\b.*
          | accept\ (?:all\ )?cookies | privacy\ policy | terms\ of\ (?:use|service)
          | listen\ to\ (?:this\ )?article\b.* | \d+\ min(?:ute)?s?\ read
        )[\s.:!]*$",
    )
    .expect("boilerplate pattern compiles")
});

/// True when the whole (trimmed) line is a known web-page leftover.
pub fn is_boilerplate(line: &str) -> bool {
    let line = text::trim(line);
    !line.is_empty() && line.len() <= 160 && BOILERPLATE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_table() {
        let cases: &[(&str, bool)] = &[
            ("Average Rating", true),
            ("Average Rating: 4.5", true),
            ("Share this article", true),
            ("Related: Egypt hosts new round of talks", true),
            ("Related Articles", true),
            ("Click here to subscribe", true),
            ("Advertisement", true),
            ("© 2025 Example News. All rights reserved.", true),
            ("Tags: Gaza, Hamas, diplomacy", true),
            ("Follow us on Twitter", true),
            ("5 min read", true),
            ("Related talks took place in Doha.", false),
            ("Share prices fell sharply after the announcement.", false),
            ("The comments drew criticism from Israel.", false),
            ("Public Sentiment", false),
            ("Print media covered the talks.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_boilerplate(line), *want, "{line}");
        }
    }
}
