//! Per-stage throughput on the fixtures (bytes per second): text layer, structure,
//! extraction (the rules alone, the tagger alone, both), record building and JSONL
//! encoding, and the whole pipeline.
//! `cargo bench --bench stages`. The end-to-end benchmark of the binary is `benches/run.sh`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier::extract::{self, Context, Settings, tagger};
use dossier::gazetteer::Gazetteer;
use dossier::output::{Format, encode};
use dossier::{Document, Pipeline, PipelineOptions, structure, text};

fn fixtures() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .map(|p| std::fs::read_to_string(p).expect("fixture"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn stages(c: &mut Criterion) {
    let src = fixtures();
    let gazetteer = Gazetteer::embedded();
    let pipeline = Pipeline::new(PipelineOptions::default());
    pipeline.warm_up();
    let layer = text::analyze(&src);
    let layout = structure::analyze(&src, &layer);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(src.len() as u64));
    group.bench_function("text", |b| b.iter(|| text::analyze(black_box(&src))));
    group.bench_function("structure", |b| {
        b.iter(|| structure::analyze(black_box(&src), &layer))
    });
    let rules_only = Settings {
        tagger: tagger::Choice::Off,
        ..Settings::default()
    };
    group.bench_function("extract_rules", |b| {
        b.iter(|| {
            let ctx = Context::new(&src, &layer, &layout);
            extract::run(&ctx, gazetteer, &rules_only)
        })
    });
    // The tagger alone: the rules' results are made once, outside the timing.
    let ctx = Context::new(&src, &layer, &layout);
    let found = extract::run(&ctx, gazetteer, &rules_only);
    let dates: Vec<_> = found.dates.iter().map(|d| d.span).collect();
    let hits = gazetteer.find_all(&src, &layer.tokens);
    let chunks = extract::names::chunks(&ctx, gazetteer, &dates, &hits);
    let model = tagger::embedded().expect("model");
    group.bench_function("tagger", |b| {
        b.iter(|| {
            let mut segments = extract::merge::segments(&chunks);
            let facts = extract::merge::TokenFacts::new(
                &ctx,
                gazetteer,
                &hits,
                &mut segments,
                &found.actors,
                &found.locations,
                &dates,
            );
            tagger::tag(&model, &facts.sources(&ctx), &segments, &layer.tokens)
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let ctx = Context::new(&src, &layer, &layout);
            extract::run(&ctx, gazetteer, &Settings::default())
        })
    });
    let doc = Document::new("bench", src.clone());
    let record = pipeline.process(&doc);
    group.bench_function("encode_jsonl", |b| {
        b.iter(|| encode(Format::Jsonl, black_box(&record)))
    });
    group.bench_function("pipeline", |b| b.iter(|| pipeline.process(black_box(&doc))));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
