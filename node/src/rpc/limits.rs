//! Limits on Agora's JSON-RPC methods: what a public node's callers may make it do.
//!
//! Every Agora method (and `system_accountNextIndex`, the one Substrate method that decodes an
//! SS58 address, quadratic in the string's length) is wrapped before the server sees it:
//!
//! - **Parameters are bounded before any work.** Each method has a table of its parameters
//!   with the most bytes of JSON each may take ([`RULES`]): an address [`ADDRESS`] bytes (an
//!   SS58 account id is 47–50 characters), a block hash [`HASH`], a number [`NUMBER`], a
//!   filter, cursor or feature list a little more. The request's whole `params` is compared
//!   with the sum first (O(1): its length is known), then each parameter's raw JSON (linear
//!   in what is left, at most a few KiB). A parameter over its bound, an unknown named
//!   parameter or too many parameters is `-32602` naming the parameter and its bound, never
//!   echoing the value. Any other error longer than [`MAX_ERROR_BYTES`] is cut to its code and
//!   a short message, so no error repeats a large input back.
//! - **Heavy methods** ([`Class::Heavy`]: model evaluations, scans over many entries, the
//!   methods measured at more than ten times a storage read on the grown state) run on a pool
//!   of their own ([`Heavy`]): a dedicated runtime whose blocking threads, at most
//!   `--rpc-heavy-workers`, run at a lower CPU priority (nice [`HEAVY_NICE`]) than block
//!   authoring, import and the other RPC methods, and use at most that many of the
//!   executor's wasm instances. At most `--rpc-heavy-workers` + `--rpc-heavy-queue` distinct
//!   calls are running or waiting at once; one more is refused at once with
//!   [`SERVER_BUSY`], as is a call that waits longer than [`HEAVY_WAIT`] for a worker.
//!   A connection (a WebSocket, or one HTTP request and so one batch) may use at most
//!   `--rpc-heavy-budget` milliseconds of the pool's time per [`HEAVY_WINDOW`] (a cost
//!   budget: the time its computations took, charged when each ends; once spent, its heavy
//!   calls get [`SERVER_BUSY`] until the window ends): a batch, which the server runs call
//!   after call, or a pipelining WebSocket cannot take the pool's time alone, while a client
//!   making many cheap predictions is not held to a count.
//!   Admission is first come, first served: many connections (one HTTP request each) can keep
//!   the pool busy, and then other clients' heavy calls get [`SERVER_BUSY`]; what is protected
//!   is block production and every other method, not the heavy methods' availability, which
//!   the reverse proxy's per-address limits share out (the server does not tell a method the
//!   client's address). Answers are cached per block (the request is keyed with the block it reads: the best
//!   block is filled in when `at` is omitted), up to `--rpc-heavy-cache` MiB; identical calls that
//!   arrive while one is running wait for its answer instead of computing it again.
//! - **Light methods** (every other one: a few storage entries or a bounded page) run as
//!   before on the RPC server's blocking pool, which the heavy ones no longer share.
//! - **The same runtime functions through `state_call`** (or `chainHead_v1_call`), which would
//!   run them unguarded at the node's priority, are refused: [`GuardedExecutor`] lets the
//!   runtime functions behind the heavy methods ([`HEAVY_RUNTIME_CALLS`]) run only on the heavy
//!   pool's threads.

use std::{
	cell::Cell,
	collections::{HashMap, VecDeque},
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

use futures::{
	future::{BoxFuture, Shared},
	FutureExt,
};
use jsonrpsee::{
	core::server::{MethodCallback, MethodResponse, Methods},
	types::{ErrorObject, ErrorObjectOwned, Id, Params},
	ResponsePayload, RpcModule,
};
use serde_json::value::RawValue;

use super::INVALID_PARAMS;
use jsonrpsee::types::error::INTERNAL_ERROR_CODE;

/// JSON-RPC error code: too many heavy calls are running or waiting; retry later.
pub const SERVER_BUSY: i32 = 8010;

/// The most bytes of JSON an address parameter may take (an SS58 account id is at most 50
/// characters, 52 with its quotes).
pub const ADDRESS: usize = 64;
/// The most bytes of a block hash parameter (`"0x"` and 64 hex digits, quoted: 68).
pub const HASH: usize = 70;
/// The most bytes of a number parameter (a `u64` has at most 20 digits).
pub const NUMBER: usize = 24;
/// The most bytes of a short word parameter (`governance_referenda`'s `status`).
pub const WORD: usize = 32;
/// The most bytes of an asset parameter (`"native"`, an id, `{ "asset": id }`).
pub const ASSET: usize = 32;
/// The most bytes of `credentials_courses`' filter (a provider address, `openOnly`, a skill).
pub const FILTER: usize = 256;
/// The most bytes of `stablecoin_atRiskVaults`' cursor (a hex storage key).
pub const CURSOR: usize = 512;
/// The most bytes of `recommender_predict`'s features (64 numbers or decimal strings).
pub const FEATURES: usize = 4096;
/// Errors longer than this (as JSON) are cut to their code and a short message.
pub const MAX_ERROR_BYTES: usize = 1024;
/// How long a heavy call may wait for a worker before it is refused with [`SERVER_BUSY`].
pub const HEAVY_WAIT: Duration = Duration::from_secs(10);
/// The nice value of the heavy pool's threads (0 is the node's; 19 the lowest priority).
pub const HEAVY_NICE: i32 = 10;
/// The most bytes of answers the heavy methods' per-block cache holds by default
/// (`--rpc-heavy-cache`, in MiB; 0 turns the cache off).
pub const CACHE_BYTES: usize = 16 << 20;
/// The most answers that cache holds.
pub const CACHE_ENTRIES: usize = 4096;
/// The window of the per-connection heavy budget (`--rpc-heavy-budget` milliseconds of the
/// pool's time per connection per window).
pub const HEAVY_WINDOW: Duration = Duration::from_secs(10);

/// How a method is served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
	/// A few storage entries or a bounded page: on the server's blocking pool.
	Light,
	/// Model evaluations or long scans: on the heavy pool, cached per block, refused when busy.
	Heavy,
}

/// One parameter of a method: its name (as in the method's Rust signature; the lowerCamelCase
/// form is accepted too, as jsonrpsee does) and the most bytes of JSON it may take.
#[derive(Clone, Copy, Debug)]
pub struct Param {
	/// The parameter's name.
	pub name: &'static str,
	/// The most bytes of its JSON.
	pub max: usize,
}

/// The limits of one method.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
	/// The method's name.
	pub method: &'static str,
	/// Its parameters, in order.
	pub params: &'static [Param],
	/// How it is served.
	pub class: Class,
}

const fn p(name: &'static str, max: usize) -> Param {
	Param { name, max }
}

const AT: Param = p("at", HASH);
const fn light(method: &'static str, params: &'static [Param]) -> Rule {
	Rule { method, params, class: Class::Light }
}
const fn heavy(method: &'static str, params: &'static [Param]) -> Rule {
	Rule { method, params, class: Class::Heavy }
}

/// Every Agora method's parameters and class, and `system_accountNextIndex`'s (with its alias).
pub const RULES: &[Rule] = &[
	light("agora_info", &[AT]),
	light("recommender_models", &[p("start", NUMBER), p("limit", NUMBER), AT]),
	heavy("recommender_predict", &[p("model_id", NUMBER), p("features", FEATURES), AT]),
	light("credentials_verify", &[p("id", NUMBER), AT]),
	heavy("credentials_ofSubject", &[p("subject", ADDRESS), AT]),
	light(
		"credentials_courses",
		&[p("filter", FILTER), p("start", NUMBER), p("limit", NUMBER), AT],
	),
	heavy("credentials_recommendCourses", &[p("learner", ADDRESS), p("k", NUMBER), AT]),
	light("credentials_skills", &[p("start", NUMBER), p("limit", NUMBER), AT]),
	heavy("credentials_learnerProfile", &[p("learner", ADDRESS), AT]),
	light("credentials_courseReadiness", &[p("learner", ADDRESS), p("course", NUMBER), AT]),
	heavy(
		"credentials_learningPath",
		&[p("learner", ADDRESS), p("skill", NUMBER), p("level", NUMBER), AT],
	),
	light("credentials_statusList", &[p("issuer", ADDRESS), AT]),
	light("oracle_price", &[p("asset", ASSET), AT]),
	light("stablecoin_vault", &[p("owner", ADDRESS), p("asset", ASSET), AT]),
	light("stablecoin_system", &[AT]),
	light("stablecoin_auctions", &[p("start", NUMBER), p("limit", NUMBER), AT]),
	heavy("stablecoin_recommend", &[p("owner", ADDRESS), AT]),
	heavy("stablecoin_atRiskVaults", &[p("limit", NUMBER), p("start", CURSOR), AT]),
	light("stablecoin_savings", &[p("who", ADDRESS), AT]),
	heavy("lending_markets", &[AT]),
	heavy("lending_accountLiquidity", &[p("who", ADDRESS), AT]),
	light("lending_position", &[p("who", ADDRESS), AT]),
	heavy("lending_recommend", &[p("who", ADDRESS), AT]),
	light("governance_referendum", &[p("index", NUMBER), AT]),
	light("governance_referenda", &[p("status", WORD), p("start", NUMBER), p("limit", NUMBER), AT]),
	light("governance_votingPower", &[p("who", ADDRESS), AT]),
	heavy("governance_recommendDelegates", &[p("who", ADDRESS), p("k", NUMBER), AT]),
	heavy("governance_recommendReferenda", &[p("who", ADDRESS), p("k", NUMBER), AT]),
	light("system_accountNextIndex", &[p("account", ADDRESS)]),
	light("account_nextIndex", &[p("account", ADDRESS)]),
];

/// The prefixes of the methods that must all have a rule.
pub const GUARDED_PREFIXES: &[&str] = &[
	"agora_",
	"recommender_",
	"credentials_",
	"oracle_",
	"stablecoin_",
	"lending_",
	"governance_",
];

/// The rule of `method`, if it has one.
pub fn rule(method: &str) -> Option<&'static Rule> {
	RULES.iter().find(|r| r.method == method)
}

impl Rule {
	/// The most bytes the whole `params` may take, named or positional.
	pub fn max_params_bytes(&self) -> usize {
		self.params.iter().map(|p| p.max + 2 * p.name.len() + 8).sum::<usize>() + 16
	}
}

fn invalid(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS, message, None::<()>)
}

fn camel(name: &str) -> String {
	let mut out = String::with_capacity(name.len());
	let mut upper = false;
	for c in name.chars() {
		if c == '_' {
			upper = true;
		} else if upper {
			out.extend(c.to_uppercase());
			upper = false;
		} else {
			out.push(c);
		}
	}
	out
}

/// The raw JSON of each of `rule`'s parameters in `raw` (`None`: omitted), once every one is
/// within its bound; else the `-32602` error naming the first that is not.
pub fn bounded_args<'a>(
	rule: &Rule,
	raw: Option<&'a str>,
) -> Result<Vec<Option<&'a RawValue>>, ErrorObjectOwned> {
	let mut args = vec![None; rule.params.len()];
	let Some(raw) = raw else { return Ok(args) };
	let max = rule.max_params_bytes();
	if raw.len() > max {
		return Err(invalid(format!(
			"{}: parameters too long ({} bytes; at most {max})",
			rule.method,
			raw.len()
		)));
	}
	let trimmed = raw.trim_start();
	if trimmed.starts_with('[') {
		let list: Vec<&'a RawValue> = serde_json::from_str(raw)
			.map_err(|_| invalid(format!("{}: parameters are not valid JSON", rule.method)))?;
		if list.len() > rule.params.len() {
			return Err(invalid(format!(
				"{}: too many parameters ({}; at most {})",
				rule.method,
				list.len(),
				rule.params.len()
			)));
		}
		for (i, value) in list.into_iter().enumerate() {
			args[i] = Some(value);
		}
	} else if trimmed.starts_with('{') {
		let map: HashMap<&'a str, &'a RawValue> = serde_json::from_str(raw).map_err(|_| {
			invalid(format!("{}: parameters are not a JSON object of names", rule.method))
		})?;
		for (name, value) in map {
			let i = rule
				.params
				.iter()
				.position(|p| p.name == name || camel(p.name) == name)
				.ok_or_else(|| invalid(format!("{}: unknown named parameter", rule.method)))?;
			if args[i].replace(value).is_some() {
				return Err(invalid(format!(
					"{}: parameter `{}` given twice",
					rule.method, rule.params[i].name
				)));
			}
		}
	} else {
		return Err(invalid(format!("{}: parameters must be an array or an object", rule.method)));
	}
	for (param, arg) in rule.params.iter().zip(&args) {
		if let Some(value) = arg {
			let len = value.get().len();
			if len > param.max {
				return Err(invalid(format!(
					"{}: parameter `{}` too long ({len} bytes; at most {})",
					rule.method, param.name, param.max
				)));
			}
		}
	}
	Ok(args.into_iter().map(|a| a.filter(|v| v.get().trim() != "null")).collect())
}

/// `response`, or when it is an error longer than [`MAX_ERROR_BYTES`], that error's code with
/// a short message instead.
fn short_errors(id: Id<'static>, response: MethodResponse) -> MethodResponse {
	let id_bytes = serde_json::to_string(&id).map_or(0, |s| s.len());
	if response.is_error() && response.as_result().len() > MAX_ERROR_BYTES + id_bytes {
		let code = response.as_error_code().unwrap_or(INVALID_PARAMS);
		return MethodResponse::error(
			id,
			ErrorObject::owned(code, "error (details too long to return)", None::<()>),
		);
	}
	response
}

/// A heavy method's answer: its `result`'s JSON, or its error.
type Answer = Result<Arc<Box<RawValue>>, ErrorObjectOwned>;

fn busy() -> ErrorObjectOwned {
	ErrorObject::owned(
		SERVER_BUSY,
		"Server busy: too many heavy RPC calls running or waiting; retry later",
		None::<()>,
	)
}

fn answer_of(response: MethodResponse) -> Answer {
	#[derive(serde::Deserialize)]
	struct Reply {
		#[serde(default)]
		result: Option<Box<RawValue>>,
		#[serde(default)]
		error: Option<serde_json::Value>,
	}
	let internal = || ErrorObject::owned(INTERNAL_ERROR_CODE, "bad response", None::<()>);
	let reply: Reply = serde_json::from_str(response.as_result()).map_err(|_| internal())?;
	match (reply.result, reply.error) {
		(_, Some(error)) => {
			let code = error.get("code").and_then(|c| c.as_i64()).unwrap_or(-32603) as i32;
			let message = error.get("message").and_then(|m| m.as_str()).unwrap_or("error");
			Err(ErrorObject::owned(code, message.to_string(), error.get("data").cloned()))
		},
		(Some(result), None) => Ok(Arc::new(result)),
		(None, None) => Ok(Arc::new(RawValue::from_string("null".into()).map_err(|_| internal())?)),
	}
}

fn respond(id: Id<'static>, answer: Answer, max_response_size: usize) -> MethodResponse {
	match answer {
		Ok(raw) => {
			MethodResponse::response(id, ResponsePayload::success(&**raw), max_response_size)
		},
		Err(error) => short_errors(id.clone(), MethodResponse::error(id, error)),
	}
}

/// Answers of heavy calls, by method, parameters and block; oldest evicted first.
#[derive(Default)]
struct Cache {
	answers: HashMap<Arc<str>, Answer>,
	order: VecDeque<Arc<str>>,
	bytes: usize,
	capacity: usize,
}

impl Cache {
	fn get(&self, key: &str) -> Option<Answer> {
		self.answers.get(key).cloned()
	}

	fn size(key: &str, answer: &Answer) -> usize {
		let answer = match answer {
			Ok(raw) => raw.get().len(),
			Err(e) => e.message().len() + e.data().map_or(0, |d| d.get().len()) + 16,
		};
		answer + key.len() + 64
	}

	fn insert(&mut self, key: &str, answer: Answer) {
		let size = Self::size(key, &answer);
		if size > self.capacity / 16 || self.answers.contains_key(key) {
			return;
		}
		while self.bytes + size > self.capacity || self.answers.len() >= CACHE_ENTRIES {
			let Some(old) = self.order.pop_front() else { break };
			if let Some(a) = self.answers.remove(&old) {
				self.bytes = self.bytes.saturating_sub(Self::size(&old, &a));
			}
		}
		let key: Arc<str> = key.into();
		self.bytes += size;
		self.order.push_back(key.clone());
		self.answers.insert(key, answer);
	}
}

/// Counters of the heavy pool, for tests and logs.
#[derive(Default, Debug)]
pub struct HeavyStats {
	/// Calls answered from the cache.
	pub cached: AtomicU64,
	/// Calls that joined an identical call already running.
	pub joined: AtomicU64,
	/// Calls computed.
	pub computed: AtomicU64,
	/// Calls refused with [`SERVER_BUSY`].
	pub refused: AtomicU64,
}

/// The pool's time used per connection in its current window.
struct Budgets {
	used: HashMap<usize, (Instant, Duration)>,
	swept: Instant,
}

/// The heavy methods' pool: a runtime with at most `workers` low-priority blocking threads,
/// the admission limit, the per-block cache and the calls in flight.
pub struct Heavy {
	handle: tokio::runtime::Handle,
	permits: Arc<tokio::sync::Semaphore>,
	capacity: usize,
	budget: Duration,
	budgets: Mutex<Budgets>,
	flights: Mutex<HashMap<String, Shared<BoxFuture<'static, Answer>>>>,
	cache: Mutex<Cache>,
	/// What the pool did.
	pub stats: HeavyStats,
}

thread_local! {
	static HEAVY_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Whether the calling thread is one of the heavy pool's (where [`HEAVY_RUNTIME_CALLS`] may run).
pub fn on_heavy_thread() -> bool {
	HEAVY_THREAD.with(Cell::get)
}

/// The start of each of the heavy pool's blocking threads: marked, and at nice [`HEAVY_NICE`].
fn heavy_thread_start() {
	HEAVY_THREAD.with(|h| h.set(true));
	#[cfg(target_os = "linux")]
	// SAFETY: `setpriority` on the calling thread (its id from `gettid`) with a valid `which`;
	// raising a thread's nice value needs no privilege, and a failure only leaves it as it was.
	unsafe {
		let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
		libc::setpriority(libc::PRIO_PROCESS, tid, HEAVY_NICE);
	}
}

/// The runtime functions behind the heavy methods: refused by [`GuardedExecutor`] on any thread
/// but the heavy pool's, so `state_call` cannot run them around the pool.
pub const HEAVY_RUNTIME_CALLS: &[&str] = &[
	"RecommenderApi_predict",
	"CredentialsApi_of_subject",
	"CredentialsApi_recommend_courses",
	"CredentialsApi_learner_profile",
	"CredentialsApi_learning_path",
	"StablecoinApi_recommend",
	"StablecoinApi_at_risk_vaults",
	"LendingApi_markets",
	"LendingApi_market_risks",
	"LendingApi_account_liquidity",
	"LendingApi_recommend",
	"GovernanceApi_recommend_delegates",
	"GovernanceApi_recommend_referenda",
];

/// The node's runtime executor, refusing [`HEAVY_RUNTIME_CALLS`] outside the heavy pool: the
/// runtime's blocks, transactions and every other call are passed through unchanged.
#[derive(Clone)]
pub struct GuardedExecutor<E>(pub E);

impl<E: sp_core::traits::ReadRuntimeVersion> sp_core::traits::ReadRuntimeVersion
	for GuardedExecutor<E>
{
	fn read_runtime_version(
		&self,
		wasm_code: &[u8],
		ext: &mut dyn sp_externalities::Externalities,
	) -> Result<Vec<u8>, String> {
		self.0.read_runtime_version(wasm_code, ext)
	}
}

impl<E: sc_executor::RuntimeVersionOf> sc_executor::RuntimeVersionOf for GuardedExecutor<E> {
	fn runtime_version(
		&self,
		ext: &mut dyn sp_externalities::Externalities,
		runtime_code: &sp_core::traits::RuntimeCode,
	) -> sc_executor::error::Result<sp_version::RuntimeVersion> {
		self.0.runtime_version(ext, runtime_code)
	}
}

impl<E> sp_core::traits::CodeExecutor for GuardedExecutor<E>
where
	E: sp_core::traits::CodeExecutor,
	E::Error: From<String>,
{
	type Error = E::Error;

	fn call(
		&self,
		ext: &mut dyn sp_externalities::Externalities,
		runtime_code: &sp_core::traits::RuntimeCode,
		method: &str,
		data: &[u8],
		context: sp_core::traits::CallContext,
	) -> (Result<Vec<u8>, Self::Error>, bool) {
		if HEAVY_RUNTIME_CALLS.contains(&method) && !on_heavy_thread() {
			let why = format!(
				"{method} runs only for Agora's heavy RPC methods, on their pool (see the README's \
				 \"Agora's methods under load\"); call the RPC method instead"
			);
			return (Err(why.into()), false);
		}
		self.0.call(ext, runtime_code, method, data, context)
	}
}

impl Heavy {
	/// A pool of `workers` (at least 1) threads admitting `queue` more waiting calls.
	pub fn new(
		workers: usize,
		queue: usize,
		budget: Duration,
		cache_bytes: usize,
	) -> std::io::Result<Arc<Self>> {
		let workers = workers.max(1);
		// A current-thread runtime, driven by a thread of its own at the node's priority (it only
		// admits, caches and hands out answers, holding locks the RPC server's threads share);
		// its blocking threads, which run the calls, are the marked low-priority ones.
		let runtime = tokio::runtime::Builder::new_current_thread()
			.max_blocking_threads(workers)
			.thread_name("agora-rpc-heavy")
			.on_thread_start(heavy_thread_start)
			.enable_all()
			.build()?;
		let handle = runtime.handle().clone();
		// The pool lives as long as the node: its thread never returns.
		std::thread::Builder::new()
			.name("agora-rpc-sched".into())
			.spawn(move || runtime.block_on(std::future::pending::<()>()))?;
		Ok(Arc::new(Self {
			handle,
			permits: Arc::new(tokio::sync::Semaphore::new(workers)),
			capacity: workers + queue,
			budget,
			budgets: Mutex::new(Budgets { used: HashMap::new(), swept: Instant::now() }),
			flights: Default::default(),
			cache: Mutex::new(Cache { capacity: cache_bytes, ..Default::default() }),
			stats: Default::default(),
		}))
	}

	/// `connection`'s entry in the budgets, its window renewed if it ended.
	fn budget_of(
		budgets: &mut Budgets,
		connection: usize,
		now: Instant,
	) -> &mut (Instant, Duration) {
		// Forget the windows that ended, at most once a window.
		if now.duration_since(budgets.swept) >= HEAVY_WINDOW {
			budgets.used.retain(|_, (start, _)| now.duration_since(*start) < HEAVY_WINDOW);
			budgets.swept = now;
		}
		let entry = budgets.used.entry(connection).or_insert((now, Duration::ZERO));
		if now.duration_since(entry.0) >= HEAVY_WINDOW {
			*entry = (now, Duration::ZERO);
		}
		entry
	}

	/// Whether `connection` has pool time left in its window.
	fn within_budget(&self, connection: usize) -> bool {
		let mut budgets = self.budgets.lock().expect("no panic holds the lock");
		Self::budget_of(&mut budgets, connection, Instant::now()).1 < self.budget
	}

	/// Charges `connection` the pool time `took`.
	fn charge(&self, connection: usize, took: Duration) {
		let mut budgets = self.budgets.lock().expect("no panic holds the lock");
		let entry = Self::budget_of(&mut budgets, connection, Instant::now());
		entry.1 = entry.1.saturating_add(took);
	}

	/// Answers one call of `method` with `params` (canonical, with the block filled in):
	/// from the cache, by joining an identical call in flight, or by running `inner` on the
	/// pool when there is room; else [`SERVER_BUSY`].
	#[allow(clippy::too_many_arguments)]
	async fn call(
		self: Arc<Self>,
		method: &'static str,
		params: String,
		inner: jsonrpsee::core::server::AsyncMethod<'static>,
		id: Id<'static>,
		connection: jsonrpsee::ConnectionId,
		max_response_size: usize,
		extensions: jsonrpsee::Extensions,
	) -> MethodResponse {
		let key = format!("{method}{params}");
		if let Some(hit) = self.cache.lock().expect("no panic holds the lock").get(&key) {
			self.stats.cached.fetch_add(1, Ordering::Relaxed);
			return respond(id, hit, max_response_size);
		}
		let flight = {
			let mut flights = self.flights.lock().expect("no panic holds the lock");
			if let Some(f) = flights.get(&key) {
				self.stats.joined.fetch_add(1, Ordering::Relaxed);
				f.clone()
			} else if flights.len() >= self.capacity || !self.within_budget(connection.0) {
				self.stats.refused.fetch_add(1, Ordering::Relaxed);
				return respond(id, Err(busy()), max_response_size);
			} else {
				let this = self.clone();
				let k = key.clone();
				// Spawned, so it finishes (and leaves `flights`) even if every caller goes away.
				let task = self.handle.spawn(async move {
					// Leaves `flights` however the task ends.
					let _landed = Landed(this.clone(), k.clone());
					let answer = this
						.clone()
						.compute(params, inner, connection, max_response_size, extensions)
						.await;
					// An answer, or an error that depends only on the block and the parameters:
					// not busy, not an internal failure.
					let cacheable = match &answer {
						Ok(_) => true,
						Err(e) => e.code() != SERVER_BUSY && e.code() != INTERNAL_ERROR_CODE,
					};
					if cacheable {
						this.cache
							.lock()
							.expect("no panic holds the lock")
							.insert(&k, answer.clone());
					}
					answer
				});
				let f = task
					.map(|joined| {
						joined.unwrap_or_else(|_| {
							Err(ErrorObject::owned(
								INTERNAL_ERROR_CODE,
								"heavy call failed",
								None::<()>,
							))
						})
					})
					.boxed()
					.shared();
				flights.insert(key, f.clone());
				f
			}
		};
		respond(id, flight.await, max_response_size)
	}

	async fn compute(
		self: Arc<Self>,
		params: String,
		inner: jsonrpsee::core::server::AsyncMethod<'static>,
		connection: jsonrpsee::ConnectionId,
		max_response_size: usize,
		extensions: jsonrpsee::Extensions,
	) -> Answer {
		let permit =
			match tokio::time::timeout(HEAVY_WAIT, self.permits.clone().acquire_owned()).await {
				Ok(Ok(permit)) => permit,
				_ => {
					self.stats.refused.fetch_add(1, Ordering::Relaxed);
					return Err(busy());
				},
			};
		self.stats.computed.fetch_add(1, Ordering::Relaxed);
		// Called on this runtime, so the method's `spawn_blocking` takes one of its threads.
		let params = Params::new(Some(&params)).into_owned();
		let started = Instant::now();
		let response =
			inner(Id::Number(0), params, connection, max_response_size, extensions).await;
		drop(permit);
		self.charge(connection.0, started.elapsed());
		answer_of(response)
	}
}

/// Removes a heavy call's entry from the calls in flight when its task ends, however it ends.
struct Landed(Arc<Heavy>, String);

impl Drop for Landed {
	fn drop(&mut self) {
		if let Ok(mut flights) = self.0.flights.lock() {
			flights.remove(&self.1);
		}
	}
}

/// Replaces each method of `module` that has a [`Rule`] by one that enforces it, heavy ones
/// through `heavy` (`best`: the best block's hash as JSON, filled in for an omitted `at`).
/// Fails if a method with one of the [`GUARDED_PREFIXES`] has no rule, or a rule's method is
/// not an async one.
pub fn guard(
	module: &mut RpcModule<()>,
	heavy: Arc<Heavy>,
	best: Arc<dyn Fn() -> String + Send + Sync>,
) -> Result<(), String> {
	let names: Vec<&'static str> = module.method_names().collect();
	let mut guarded = Methods::new();
	for name in names {
		let Some(rule) = rule(name) else {
			if GUARDED_PREFIXES.iter().any(|p| name.starts_with(p)) {
				return Err(format!("RPC method {name} has no limits in rpc::limits::RULES"));
			}
			continue;
		};
		let Some(MethodCallback::Async(inner)) = module.remove_method(name) else {
			return Err(format!("RPC method {name} is not an async method"));
		};
		let heavy = heavy.clone();
		let best = best.clone();
		let callback: jsonrpsee::core::server::AsyncMethod<'static> =
			Arc::new(move |id, params, connection, max_response_size, extensions| {
				let args = match bounded_args(rule, params.as_str()) {
					Ok(args) => args,
					Err(error) => {
						return futures::future::ready(MethodResponse::error(id, error)).boxed()
					},
				};
				match rule.class {
					Class::Light => {
						let fut =
							inner(id.clone(), params, connection, max_response_size, extensions);
						fut.map(move |response| short_errors(id, response)).boxed()
					},
					Class::Heavy => {
						let mut canonical = String::from("[");
						for (i, (param, arg)) in rule.params.iter().zip(&args).enumerate() {
							if i > 0 {
								canonical.push(',');
							}
							match arg {
								// The block as the node writes it, so that each spelling of
								// one hash finds one cache entry.
								Some(value) if param.name == "at" => {
									match serde_json::from_str::<sp_core::H256>(value.get()) {
										Ok(hash) => canonical.push_str(
											&serde_json::to_string(&hash)
												.unwrap_or_else(|_| value.get().into()),
										),
										Err(_) => canonical.push_str(value.get()),
									}
								},
								Some(value) => canonical.push_str(value.get()),
								None if param.name == "at" => canonical.push_str(&best()),
								None => canonical.push_str("null"),
							}
						}
						canonical.push(']');
						heavy
							.clone()
							.call(
								rule.method,
								canonical,
								inner.clone(),
								id,
								connection,
								max_response_size,
								extensions,
							)
							.boxed()
					},
				}
			});
		guarded
			.verify_and_insert(name, MethodCallback::Async(callback))
			.map_err(|e| e.to_string())?;
	}
	module.merge(guarded).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_rule_is_unique_and_ends_with_its_block() {
		for (i, r) in RULES.iter().enumerate() {
			assert!(RULES[..i].iter().all(|o| o.method != r.method), "{} twice", r.method);
			if r.method != "system_accountNextIndex" && r.method != "account_nextIndex" {
				assert_eq!(r.params.last().map(|p| p.name), Some("at"), "{}", r.method);
			}
		}
	}

	#[test]
	fn an_oversized_address_is_refused_by_its_length_naming_the_parameter_not_echoing_it() {
		let rule = rule("governance_recommendReferenda").unwrap();
		let long = "5".repeat(1 << 20);
		// The whole params: refused on its length alone.
		let raw = format!("[\"{long}\", 5]");
		let e = bounded_args(rule, Some(&raw)).unwrap_err();
		assert_eq!(e.code(), INVALID_PARAMS);
		assert!(e.message().len() < 200 && !e.message().contains("5555"), "{}", e.message());
		// One parameter over its bound, the whole within the total: names it.
		let raw = format!("[\"{}\", 5]", "5".repeat(100));
		let e = bounded_args(rule, Some(&raw)).unwrap_err();
		assert!(e.message().contains("`who`") && !e.message().contains("5555"), "{}", e.message());
		let raw = format!("{{\"who\": \"{}\"}}", "5".repeat(100));
		assert!(bounded_args(rule, Some(&raw)).unwrap_err().message().contains("`who`"));
	}

	#[test]
	fn valid_parameters_pass_named_or_positional_and_null_is_omitted() {
		let rule = rule("credentials_learningPath").unwrap();
		let alice = "\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"";
		let raw = format!("[{alice}, 3, 40, null]");
		let args = bounded_args(rule, Some(&raw)).expect("positional");
		assert_eq!(args.iter().filter(|a| a.is_some()).count(), 3);
		let raw = format!("{{\"learner\": {alice}, \"level\": 4}}");
		let args = bounded_args(rule, Some(&raw)).expect("named");
		assert_eq!(args[0].map(|v| v.get()), Some(alice));
		assert_eq!(args[2].map(|v| v.get()), Some("4"));
		assert!(bounded_args(rule, Some("[1,2,3,4,5]")).is_err(), "too many");
		assert!(bounded_args(rule, Some("{\"nope\": 1}")).is_err(), "unknown name");
		assert!(bounded_args(rule, None).unwrap().iter().all(Option::is_none));
		let rule = super::rule("recommender_predict").unwrap();
		assert!(bounded_args(rule, Some("{\"modelId\": 1, \"features\": [1, 2]}")).is_ok());
	}

	#[test]
	fn the_cache_stays_within_its_bytes() {
		let mut cache = Cache { capacity: CACHE_BYTES, ..Default::default() };
		let big: Answer = Ok(Arc::new(
			RawValue::from_string(format!("\"{}\"", "x".repeat(CACHE_BYTES / 20))).unwrap(),
		));
		for i in 0..100 {
			cache.insert(&format!("k{i}"), big.clone());
			assert!(cache.bytes <= CACHE_BYTES);
		}
		assert!(cache.get("k99").is_some() && cache.get("k0").is_none());
		assert_eq!(cache.answers.len(), cache.order.len());
	}
}
