//! `agora-rpc-bench`: how fast a node answers every Agora JSON-RPC method, beside the two
//! methods every wallet calls (`state_getStorage`, `system_accountNextIndex`) as the baseline.
//!
//! Each method in turn is called by `--clients` WebSocket clients at once (each its own
//! connection), each sending its next request as soon as the previous answer arrives, for
//! `--seconds`. The tool prints, per method, requests per second, the p50, p99 and largest
//! latency (nearest rank, over the requests answered without an error), the ratio of its p99
//! to `state_getStorage`'s in the same run, the errors, and the node's resident memory (`VmRSS`
//! of `--pid`, by default of the only process named `agora-node`) after the method's run.
//! Questions are about the grown state's probe account ([`state::probe`]), so run it on a node
//! started from `agora-state`'s chain spec (README, "Scale"):
//!
//! ```text
//! agora-rpc-bench --url ws://127.0.0.1:9944 --clients 32 --seconds 10
//! ```

use agora_benchmarks::state;
use clap::Parser;
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;
use std::{
	sync::Arc,
	time::{Duration, Instant},
};

#[derive(Parser)]
#[command(about = "Latency and throughput of every Agora RPC method at many concurrent clients")]
struct Args {
	/// The node's WebSocket endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Concurrent clients per method, each on its own connection.
	#[arg(long, default_value_t = 32)]
	clients: usize,
	/// Seconds each method is called for.
	#[arg(long, default_value_t = 10)]
	seconds: u64,
	/// Only the methods whose name contains this.
	#[arg(long)]
	only: Option<String>,
	/// The node process whose memory is reported (by default the only one named `agora-node`;
	/// none is reported if there are several).
	#[arg(long)]
	pid: Option<u32>,
}

/// One method's figures.
struct Figures {
	requests: usize,
	errors: usize,
	p50: Duration,
	p99: Duration,
	max: Duration,
	rps: f64,
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
	let args = Args::parse();
	let probe = state::probe().to_ss58check_with_version(agora_runtime::SS58_PREFIX.into());
	let academy = state::issuer(0).to_ss58check_with_version(agora_runtime::SS58_PREFIX.into());
	let account_key = format!(
		"0x{}",
		hex(&frame_system::Account::<agora_runtime::Runtime>::hashed_key_for(state::probe()))
	);
	let clients = connect(&args.url, args.clients).await;
	// A state whose prices went stale (the oracle's limit is an hour) would answer the lending
	// and stablecoin views with errors, or skip their work: refuse it.
	let price: Value =
		clients[0].request("oracle_price", rpc_params!["native"]).await.expect("oracle_price");
	assert!(!price["price"].is_null(), "no fresh AGR price on this chain: {price}");
	let (model, n_features) = largest_model(&clients[0]).await;
	let features: Vec<Value> = (0..n_features).map(|i| json!(i % 10)).collect();
	let methods: Vec<(&str, Value)> = vec![
		("state_getStorage", json!([account_key])),
		("system_accountNextIndex", json!([probe])),
		("agora_info", json!([])),
		("credentials_verify", json!([0])),
		("credentials_ofSubject", json!([probe])),
		("credentials_courses", json!([null, null, 10])),
		("credentials_recommendCourses", json!([probe, 10])),
		("credentials_skills", json!([])),
		("credentials_learnerProfile", json!([probe])),
		("credentials_courseReadiness", json!([probe, 0])),
		("credentials_learningPath", json!([probe, 5, 60])),
		("credentials_statusList", json!([academy])),
		("governance_referendum", json!([0])),
		("governance_referenda", json!([null, null, 10])),
		("governance_votingPower", json!([probe])),
		("governance_recommendDelegates", json!([probe, 5])),
		("governance_recommendReferenda", json!([probe, 5])),
		("lending_markets", json!([])),
		("lending_accountLiquidity", json!([probe])),
		("lending_position", json!([probe])),
		("lending_recommend", json!([probe])),
		("oracle_price", json!(["native"])),
		("recommender_models", json!([0, 16])),
		("recommender_predict", json!([model, features])),
		("stablecoin_vault", json!([probe, "native"])),
		("stablecoin_system", json!([])),
		("stablecoin_auctions", json!([null, 10])),
		("stablecoin_recommend", json!([probe])),
		("stablecoin_atRiskVaults", json!([10])),
		("stablecoin_savings", json!([probe])),
	];
	let pid = args.pid.or_else(node_pid);
	println!(
		"{} clients, {} s per method, node pid {}",
		args.clients,
		args.seconds,
		pid.map_or("unknown".into(), |p| p.to_string())
	);
	println!("| method | requests/s | p50 ms | p99 ms | max ms | p99 / state_getStorage | errors | node RSS MiB |");
	println!("|---|---:|---:|---:|---:|---:|---:|---:|");
	if let Some(only) = &args.only {
		assert!(methods.iter().any(|(m, _)| m.contains(only.as_str())), "no method matches {only}");
	}
	let mut baseline = None;
	for (name, params) in methods {
		if args.only.as_ref().is_some_and(|o| !name.contains(o.as_str())) && baseline.is_some() {
			continue;
		}
		// Each method must answer before it is timed: a wrong parameter is the tool's bug.
		let answer: Result<Value, _> = clients[0].request(name, array(&params)).await;
		if let Err(e) = answer {
			panic!("{name} {params}: {e}");
		}
		let f = run(&clients, name, &params, Duration::from_secs(args.seconds)).await;
		let base = *baseline.get_or_insert(f.p99);
		let rss = pid.and_then(rss_mib).map_or("?".into(), |m| m.to_string());
		println!(
			"| `{name}` | {:.1} | {:.2} | {:.2} | {:.2} | {:.1}× | {} | {rss} |",
			f.rps,
			ms(f.p50),
			ms(f.p99),
			ms(f.max),
			f.p99.as_secs_f64() / base.as_secs_f64().max(1e-9),
			f.errors,
		);
		assert!(f.requests > 0, "{name}: no request answered without an error");
	}
}

async fn connect(url: &str, n: usize) -> Vec<Arc<WsClient>> {
	let mut clients = Vec::with_capacity(n);
	for _ in 0..n {
		let client = WsClientBuilder::default()
			.request_timeout(Duration::from_secs(120))
			.build(url)
			.await
			.unwrap_or_else(|e| panic!("connecting to {url}: {e}"));
		clients.push(Arc::new(client));
	}
	clients
}

/// The id and feature count of the largest model `agora-state` uploaded (the k-NN classifier
/// of `MAX_SAMPLES × MAX_FEATURES`), or model 0's.
async fn largest_model(client: &WsClient) -> (u64, u64) {
	let models: Value =
		client.request("recommender_models", rpc_params![0, 64]).await.expect("models");
	let list = models.as_array().cloned().unwrap_or_default();
	let pick = list
		.iter()
		.find(|m| m["name"] == "largest knn classifier")
		.or_else(|| list.first())
		.expect("at least one model");
	let id = pick["id"].as_u64().expect("an id");
	let n = pick["featureNames"].as_array().map_or(0, |f| f.len() as u64);
	(id, n)
}

fn array(params: &Value) -> ArrayParams {
	let mut p = ArrayParams::new();
	for v in params.as_array().expect("an array") {
		p.insert(v).expect("serializable");
	}
	p
}

async fn run(clients: &[Arc<WsClient>], name: &str, params: &Value, time: Duration) -> Figures {
	let start = Instant::now();
	let deadline = start + time;
	let tasks: Vec<_> = clients
		.iter()
		.map(|c| {
			let (c, name, params) = (c.clone(), name.to_string(), params.clone());
			tokio::spawn(async move {
				let (mut latencies, mut errors) = (Vec::new(), 0usize);
				while Instant::now() < deadline {
					let p = array(&params);
					let t = Instant::now();
					let r: Result<Value, _> = c.request(&name, p).await;
					match r {
						Ok(_) => latencies.push(t.elapsed()),
						Err(_) => errors += 1,
					}
				}
				(latencies, errors)
			})
		})
		.collect();
	let mut all = Vec::new();
	let mut errors = 0;
	for t in tasks {
		let (l, e) = t.await.expect("the client task ends");
		all.extend(l);
		errors += e;
	}
	let elapsed = start.elapsed();
	all.sort();
	// Nearest rank: the smallest latency at least a fraction `q` of the requests did not exceed.
	let at = |q: f64| all.get(((all.len() as f64 * q).ceil() as usize).saturating_sub(1));
	Figures {
		requests: all.len(),
		errors,
		p50: at(0.50).copied().unwrap_or_default(),
		p99: at(0.99).copied().unwrap_or_default(),
		max: all.last().copied().unwrap_or_default(),
		rps: all.len() as f64 / elapsed.as_secs_f64(),
	}
}

fn ms(d: Duration) -> f64 {
	d.as_secs_f64() * 1e3
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The pid of the only process named `agora-node`, if there is exactly one.
fn node_pid() -> Option<u32> {
	let nodes: Vec<u32> = std::fs::read_dir("/proc")
		.ok()?
		.flatten()
		.filter_map(|e| {
			let pid: u32 = e.file_name().to_str()?.parse().ok()?;
			let comm = std::fs::read_to_string(e.path().join("comm")).ok()?;
			(comm.trim() == "agora-node").then_some(pid)
		})
		.collect();
	match nodes[..] {
		[pid] => Some(pid),
		_ => None,
	}
}

/// The resident memory of `pid`, in MiB.
fn rss_mib(pid: u32) -> Option<u64> {
	let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
	let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
	let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
	Some(kb / 1024)
}
