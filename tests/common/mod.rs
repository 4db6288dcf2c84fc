//! What the integration tests share: running the binary with arguments and a standard
//! input, and checking it never panics.
#![allow(dead_code)] // each test file uses its own part

use std::io::Write;
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;

/// A finished run of the binary.
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run_with(args: &[&str], stdin: &[u8], stderr: Stdio) -> Output {
    let mut child = Command::new(cargo_bin("dossier"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("binary runs");
    let written = child.stdin.take().expect("stdin").write_all(stdin);
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "stdin: {e}");
    }
    let out = child.wait_with_output().expect("finishes");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("internal error"),
        "{stderr}"
    );
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout UTF-8"),
        stderr,
    }
}

pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(args, stdin, Stdio::piped())
}
