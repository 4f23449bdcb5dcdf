//! The load generator's command line: it builds (with the workspace's test build, so that CI
//! and the README's commands use the same binary) and refuses bad arguments before it connects.

use std::process::Command;

fn load() -> Command {
	Command::new(env!("CARGO_BIN_EXE_agora-load"))
}

#[test]
fn help_lists_the_options() {
	let out = load().arg("--help").output().expect("agora-load runs");
	assert!(out.status.success());
	let help = String::from_utf8_lossy(&out.stdout);
	for option in ["--url", "--count", "--concurrency", "--scenarios", "--timeout"] {
		assert!(help.contains(option), "{option} missing from:\n{help}");
	}
}

#[test]
fn an_unreachable_node_is_an_error_not_a_hang() {
	// Port 9 (discard) on loopback: nothing listens there.
	let out = load()
		.args(["--url", "ws://127.0.0.1:9", "--count", "1"])
		.output()
		.expect("agora-load runs");
	assert!(!out.status.success());
	assert!(!out.stderr.is_empty(), "it says why");
}
