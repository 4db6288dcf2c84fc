//! Library use in a few lines: process one article and print who, where and when.
//!
//! `cargo run --example extract -- fixtures/articles/006_wire_dateline.txt`

use dossier::{Document, Pipeline, PipelineOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/articles/000_c61d9b8a47f87fb5.txt".into());
    let text = std::fs::read_to_string(&path)?;
    let pipeline = Pipeline::new(PipelineOptions::default());
    // The record borrows its texts from the document.
    let doc = Document::new(path, text);
    let record = pipeline.process(&doc);

    println!(
        "title: {}",
        record.title.as_ref().map_or("(none)", |t| t.text.as_ref())
    );
    for actor in &record.actors {
        println!(
            "actor    {:<40} {:<12} x{}",
            actor.name, actor.kind, actor.mention_count
        );
    }
    for place in &record.locations {
        println!(
            "location {:<40} {:<12} {}",
            place.name,
            place.kind,
            place.country.as_deref().unwrap_or("-")
        );
    }
    for date in &record.dates {
        println!(
            "date     {:<40} {:<12} {}",
            date.text,
            date.timex_type,
            date.value.as_deref().unwrap_or("(unresolved)")
        );
    }
    Ok(())
}
