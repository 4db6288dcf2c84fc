//! Generates a deterministic benchmark corpus of news-like articles.
//!
//! `cargo run --release --example make_corpus -- OUT_DIR SIZE_MB [GOLD.jsonl]`
//!
//! Articles (2–8 KB each) recombine the paragraphs of `fixtures/articles/` and, when given,
//! of the texts of an annotated JSONL file, with titles, datelines, headings and lists.
//! The same arguments always give the same files. Prints `articles bytes words`.

use std::fs;
use std::path::{Path, PathBuf};

/// A small deterministic generator (64-bit LCG), so the corpus needs no crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .flat_map(|block| {
            block
                .lines()
                .map(str::trim)
                .filter(|l| l.split_whitespace().count() >= 12)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(out), Some(size)) = (args.first(), args.get(1)) else {
        return Err("usage: make_corpus OUT_DIR SIZE_MB [GOLD.jsonl]".into());
    };
    let target = (size.parse::<f64>()? * 1_000_000.0) as usize;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut pool = Vec::new();
    let mut names: Vec<PathBuf> = fs::read_dir(root.join("fixtures/articles"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    for p in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
    {
        pool.extend(paragraphs(&fs::read_to_string(p)?));
    }
    if let Some(gold) = args.get(2).map(Path::new).filter(|p| p.exists()) {
        for line in fs::read_to_string(gold)?.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            pool.extend(paragraphs(v["text"].as_str().unwrap_or("")));
        }
    }
    let titles = [
        "Talks Resume as Pressure Mounts",
        "What Comes Next for the Region?",
        "Background",
        "Political and Legal Fallout",
        "THE AGREEMENT",
        "Reaction",
    ];
    let places = [
        "CAIRO",
        "DOHA",
        "WASHINGTON",
        "NAIROBI",
        "SANTIAGO",
        "GENEVA",
    ];
    let months = ["Jan", "March", "May", "Aug", "Oct", "Dec"];
    let mut rng = Lcg(2025);
    let (mut written, mut n, mut words) = (0usize, 0usize, 0usize);
    fs::create_dir_all(out)?;
    while written < target {
        let size = 2000 + rng.below(6000);
        let mut a = format!(
            "{}\n\n{}, {} {} (Reuters) - ",
            titles[rng.below(titles.len())],
            places[rng.below(places.len())],
            months[rng.below(months.len())],
            1 + rng.below(28)
        );
        while a.len() < size {
            match rng.below(8) {
                0 => a.push_str(&format!("\n\n{}\n\n", titles[rng.below(titles.len())])),
                1 => {
                    a.push_str("\nKey points include:\n");
                    for _ in 0..2 + rng.below(4) {
                        let p = &pool[rng.below(pool.len())];
                        let cut = p.char_indices().nth(90).map_or(p.len(), |(i, _)| i);
                        a.push_str(&format!("- {}\n", &p[..cut]));
                    }
                }
                _ => {
                    a.push_str(&pool[rng.below(pool.len())]);
                    a.push_str("\n\n");
                }
            }
        }
        words += a.split_whitespace().count();
        let dir = Path::new(out).join(format!("{:03}", n / 1000));
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(format!("article{n:06}.txt")), &a)?;
        written += a.len();
        n += 1;
    }
    println!("{n} {written} {words}");
    Ok(())
}
