//! `agora-state`: builds a development chain grown by many users through the runtime's own
//! calls ([`agora_benchmarks::state`]), checks the pallets' invariants on it, and writes it as
//! a raw chain specification the node starts from:
//!
//! ```text
//! agora-state --out /var/tmp/agora-grown.json            # the full state of issue 21
//! agora-node --dev --chain /var/tmp/agora-grown.json      # Alice authors, as on --dev
//! ```
//!
//! It prints how long each stage took and, per storage item, how many entries and bytes (keys
//! and values) the state holds.

use agora_benchmarks::state::{self, Scale};
use clap::Parser;
use std::{collections::BTreeMap, io::Write, time::Instant};

#[derive(Parser)]
#[command(about = "Builds Agora's grown state (issue 21) and writes it as a raw chain spec")]
struct Args {
	/// Divide the users, issuers, credentials, vaults, lenders, referenda and voters of the full
	/// state by this (1: 100,000 accounts, 200,000 credentials).
	#[arg(long, default_value_t = 1)]
	divide: u32,
	/// Where to write the chain specification (nothing is written without it).
	#[arg(long)]
	out: Option<std::path::PathBuf>,
	/// Credentials the probe account holds.
	#[arg(long, default_value_t = Scale::FULL.probe_credentials)]
	probe_credentials: u32,
	/// Referenda the probe account votes on.
	#[arg(long, default_value_t = Scale::FULL.probe_votes)]
	probe_votes: u32,
	/// Credentials instead of the scale's (database growth per credential: README, "Scale").
	#[arg(long)]
	credentials: Option<u32>,
	/// Vaults instead of the scale's (the lenders stay the scale's).
	#[arg(long)]
	vaults: Option<u32>,
	/// Voters instead of the scale's.
	#[arg(long)]
	voters: Option<u32>,
	/// Issuers instead of the scale's (each publishes the scale's courses; the RPC abuse test
	/// wants the full 400 open courses on a small state).
	#[arg(long)]
	issuers: Option<u32>,
	/// Referenda instead of the scale's.
	#[arg(long)]
	referenda: Option<u32>,
	/// Storage items to list, largest first.
	#[arg(long, default_value_t = 24)]
	top: usize,
}

fn main() {
	let args = Args::parse();
	let scale = if args.divide <= 1 {
		Scale {
			probe_credentials: args.probe_credentials,
			probe_votes: args.probe_votes,
			..Scale::FULL
		}
	} else {
		Scale::divided(args.divide, args.probe_credentials, args.probe_votes)
	};
	let scale = Scale {
		credentials: args.credentials.unwrap_or(scale.credentials),
		vaults: args.vaults.unwrap_or(scale.vaults).max(scale.lenders),
		voters: args.voters.unwrap_or(scale.voters),
		issuers: args.issuers.unwrap_or(scale.issuers),
		referenda: args.referenda.unwrap_or(scale.referenda),
		..scale
	};
	eprintln!("{scale:?}");
	if let Err(why) = scale.check() {
		eprintln!("agora-state: {why}");
		std::process::exit(2);
	}
	if args.out.is_some() && agora_runtime::WASM_BINARY.is_none() {
		eprintln!("agora-state: built without the wasm runtime (SKIP_WASM_BUILD): no chain spec");
		std::process::exit(2);
	}
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as u64;
	let start = Instant::now();
	let mut last = Instant::now();
	let mut ext = state::build(scale, now, |stage| {
		eprintln!(
			"{:>7.1} s  {stage} ({:.1} s)",
			start.elapsed().as_secs_f64(),
			last.elapsed().as_secs_f64()
		);
		last = Instant::now();
	});
	ext.execute_with(|| state::try_state().expect("try_state passes on the grown state"));
	eprintln!("{:>7.1} s  try_state passed", start.elapsed().as_secs_f64());
	let mut pairs = state::pairs(&mut ext);
	eprintln!("{:>7.1} s  {} entries read back", start.elapsed().as_secs_f64(), pairs.len());

	// Entries and bytes per storage item.
	let names = ext.execute_with(state::item_names);
	let mut items: BTreeMap<String, (usize, usize)> = BTreeMap::new();
	for (k, v) in &pairs {
		let name = k
			.get(..32)
			.and_then(|p| names.get(p))
			.cloned()
			.unwrap_or_else(|| String::from_utf8_lossy(k).chars().take(24).collect());
		let e = items.entry(name).or_default();
		e.0 += 1;
		e.1 += k.len() + v.len();
	}
	let mut sorted: Vec<_> = items.into_iter().collect();
	sorted.sort_by_key(|(_, (_, bytes))| std::cmp::Reverse(*bytes));
	let total: usize = sorted.iter().map(|(_, (_, b))| b).sum();
	println!("| storage item | entries | bytes (keys + values) |");
	println!("|---|---:|---:|");
	for (name, (n, bytes)) in sorted.iter().take(args.top) {
		println!("| {name} | {n} | {bytes} |");
	}
	println!("| all {} items | {} | {total} |", sorted.len(), pairs.len());

	if let Some(out) = args.out {
		let code = agora_runtime::WASM_BINARY.expect("built with the wasm runtime");
		pairs.push((sp_core::storage::well_known_keys::CODE.to_vec(), code.to_vec()));
		pairs.sort();
		write_spec(&out, &pairs).expect("the chain spec is written");
		eprintln!(
			"{:>7.1} s  wrote {} ({} MB)",
			start.elapsed().as_secs_f64(),
			out.display(),
			std::fs::metadata(&out).map(|m| m.len() >> 20).unwrap_or(0)
		);
	}
}

/// A raw chain specification (the format `agora-node build-spec --raw` writes) of the
/// development chain's name and properties with `pairs` as its genesis.
fn write_spec(path: &std::path::Path, pairs: &[(Vec<u8>, Vec<u8>)]) -> std::io::Result<()> {
	let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
	let header = serde_json::json!({
		"name": "Agora Grown",
		"id": "agora_grown",
		"chainType": "Development",
		"bootNodes": [],
		"telemetryEndpoints": null,
		"protocolId": null,
		"properties": {
			"ss58Format": agora_runtime::SS58_PREFIX,
			"tokenDecimals": agora_runtime::TOKEN_DECIMALS,
			"tokenSymbol": agora_runtime::TOKEN_SYMBOL,
		},
		"codeSubstitutes": {},
	})
	.to_string();
	// The header without its closing brace, then the genesis.
	out.write_all(header[..header.len() - 1].as_bytes())?;
	out.write_all(b",\"genesis\":{\"raw\":{\"top\":{")?;
	for (i, (k, v)) in pairs.iter().enumerate() {
		if i > 0 {
			out.write_all(b",")?;
		}
		out.write_all(b"\"0x")?;
		hex(&mut out, k)?;
		out.write_all(b"\":\"0x")?;
		hex(&mut out, v)?;
		out.write_all(b"\"")?;
	}
	out.write_all(b"},\"childrenDefault\":{}}}}")?;
	out.flush()
}

fn hex(out: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let mut buf = Vec::with_capacity(bytes.len() * 2);
	for b in bytes {
		buf.push(DIGITS[(b >> 4) as usize]);
		buf.push(DIGITS[(b & 15) as usize]);
	}
	out.write_all(&buf)
}
