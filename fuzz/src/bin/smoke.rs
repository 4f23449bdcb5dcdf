//! Runs the fuzzing harness without libFuzzer: on `--runs` pseudo-random inputs of `--len`
//! bytes from a xorshift generator seeded with `--seed`, or on the files given with `--input`
//! (a crash artifact, to reproduce it), and prints what the runs did.
//!
//! ```text
//! agora-fuzz-smoke [--runs N] [--seed S] [--len L] [--max-actions M]
//!                  [--input FILE]... [--verbose] [--strict] [--calls]
//! ```
//!
//! `--verbose` prints every action and call result, `--strict` checks the invariants after
//! every action (not only after every block), `--calls` lists the calls with their successes,
//! failures and most frequent errors.

use agora_fuzz::{Options, Stats, XorShift};
use std::{process::exit, time::Instant};

fn usage() -> ! {
	eprintln!(
		"usage: agora-fuzz-smoke [--runs N] [--seed S] [--len L] [--max-actions M] \
		 [--input FILE]... [--verbose] [--strict] [--calls]"
	);
	exit(2)
}

fn number<T: std::str::FromStr>(value: Option<String>) -> T {
	value.and_then(|v| v.parse().ok()).unwrap_or_else(|| usage())
}

fn main() {
	let (mut runs, mut seed, mut len) = (100u64, 1u64, 512usize);
	let (mut inputs, mut calls) = (Vec::new(), false);
	let mut opts = Options::default();
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		match arg.as_str() {
			"--runs" => runs = number(args.next()),
			"--seed" => seed = number(args.next()),
			"--len" => len = number(args.next()),
			"--max-actions" => opts.max_actions = number(args.next()),
			"--input" => inputs.push(args.next().unwrap_or_else(|| usage())),
			"--verbose" => opts.verbose = true,
			"--strict" => opts.check_every_action = true,
			"--calls" => calls = true,
			"--help" | "-h" => usage(),
			_ => usage(),
		}
	}

	let started = Instant::now();
	let mut total = Stats::default();
	if inputs.is_empty() {
		let mut rng = XorShift::new(seed);
		for _ in 0..runs {
			let data = rng.bytes(len);
			total.merge(&agora_fuzz::run_with(&data, &opts));
		}
	} else {
		for path in &inputs {
			let data = std::fs::read(path).unwrap_or_else(|e| {
				eprintln!("cannot read {path}: {e}");
				exit(2)
			});
			eprintln!("input {path}: {} bytes", data.len());
			total.merge(&agora_fuzz::run_with(&data, &opts));
		}
	}
	let elapsed = started.elapsed();

	println!(
		"runs {}  actions {}  calls {}  ok {}  failed {}  blocks {}  price moves {}  ({:.1?}, {:.1} runs/s)",
		total.runs,
		total.actions,
		total.calls,
		total.calls_ok,
		total.calls_failed,
		total.blocks,
		total.price_moves,
		elapsed,
		total.runs as f64 / elapsed.as_secs_f64().max(1e-9),
	);
	println!("{:<22} {:>8} {:>8} {:>8}", "action", "runs", "calls", "ok");
	for name in agora_fuzz::ACTION_NAMES {
		let c = total.per_action.get(name).copied().unwrap_or_default();
		println!("{name:<22} {:>8} {:>8} {:>8}", c.runs, c.calls, c.ok);
	}
	if calls {
		println!("\n{:<44} {:>8} {:>8}", "call", "ok", "failed");
		for ((pallet, call), (ok, failed)) in &total.per_call {
			println!("{:<44} {ok:>8} {failed:>8}", format!("{pallet}.{call}"));
		}
		let mut errors: Vec<_> = total.errors.iter().collect();
		errors.sort_by(|a, b| b.1.cmp(a.1));
		println!("\nmost frequent errors:");
		for ((pallet, call, error), n) in errors.into_iter().take(40) {
			println!("{n:>8}  {pallet}.{call}: {error}");
		}
	}
}
