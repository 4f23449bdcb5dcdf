//! # Agora runtime fuzzing harness
//!
//! Builds the Agora runtime natively on the `development` genesis, sets up a state in which
//! every pallet is reachable (oracle feeders and prices, vaults, lending positions and reward
//! speeds, an accredited issuer with courses and a credential, models behind every
//! recommendation, an ongoing referendum), then applies [`Action`]s decoded from the fuzzer's
//! bytes: signed calls of six funded accounts into every pallet, governance calls with Root or
//! track origins, price moves through the oracle, and new blocks (every pallet's hooks, time
//! moving on). After every block it checks the invariants ([`checks`]): every Agora pallet's
//! `do_try_state`, AGR and asset accounting, the pallets' accounts, the runtime-API views, and
//! that a vault the views call liquidatable can be liquidated. A violated invariant panics
//! with the list of actions that led to it, which libFuzzer reports as a crash.
//!
//! Entry points: [`run`] (what the libFuzzer target calls), [`run_with`] and
//! [`run_actions`] (scripted sequences, for tests and reproduction).

pub mod action;
pub mod chain;
pub mod checks;
pub mod exec;

pub use action::{Action, ACTION_KINDS, ACTION_NAMES};
pub use chain::SIGNERS;

use std::collections::BTreeMap;

/// How a run goes.
#[derive(Clone, Debug)]
pub struct Options {
	/// Most actions decoded from one input.
	pub max_actions: usize,
	/// Print every action and call result to stderr.
	pub verbose: bool,
	/// Check the invariants after every action too, not only after every block.
	pub check_every_action: bool,
}

impl Default for Options {
	fn default() -> Self {
		Options { max_actions: 64, verbose: false, check_every_action: false }
	}
}

/// Counts for one kind of action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ActionCount {
	/// Times it ran.
	pub runs: u64,
	/// Calls it dispatched.
	pub calls: u64,
	/// Of which succeeded.
	pub ok: u64,
}

/// What one or more runs did.
#[derive(Clone, Debug, Default)]
pub struct Stats {
	/// Runs merged into these statistics.
	pub runs: u64,
	/// Actions applied.
	pub actions: u64,
	/// Calls dispatched.
	pub calls: u64,
	/// Calls that succeeded.
	pub calls_ok: u64,
	/// Calls that returned a `DispatchError` (and changed nothing: FRAME calls are
	/// transactional).
	pub calls_failed: u64,
	/// Blocks finished (each with its hooks and the invariants).
	pub blocks: u64,
	/// Price moves fed to the oracle.
	pub price_moves: u64,
	/// Per kind of action.
	pub per_action: BTreeMap<&'static str, ActionCount>,
	/// Per call (`(pallet, call)`): successes and failures.
	pub per_call: BTreeMap<(&'static str, &'static str), (u64, u64)>,
	/// Failures per `(pallet, call, error)`.
	pub errors: BTreeMap<(&'static str, &'static str, &'static str), u64>,
}

impl Stats {
	/// Records a call dispatched by `action`.
	pub fn record_call(
		&mut self,
		action: &'static str,
		call: (&'static str, &'static str),
		result: Result<(), sp_runtime::DispatchError>,
	) {
		self.calls += 1;
		let per_action = self.per_action.entry(action).or_default();
		per_action.calls += 1;
		let per_call = self.per_call.entry(call).or_default();
		match result {
			Ok(()) => {
				self.calls_ok += 1;
				per_action.ok += 1;
				per_call.0 += 1;
			},
			Err(e) => {
				self.calls_failed += 1;
				per_call.1 += 1;
				*self.errors.entry((call.0, call.1, e.into())).or_default() += 1;
			},
		}
	}

	/// Adds `other` to these statistics.
	pub fn merge(&mut self, other: &Stats) {
		self.runs += other.runs;
		self.actions += other.actions;
		self.calls += other.calls;
		self.calls_ok += other.calls_ok;
		self.calls_failed += other.calls_failed;
		self.blocks += other.blocks;
		self.price_moves += other.price_moves;
		for (k, v) in &other.per_action {
			let e = self.per_action.entry(*k).or_default();
			e.runs += v.runs;
			e.calls += v.calls;
			e.ok += v.ok;
		}
		for (k, v) in &other.per_call {
			let e = self.per_call.entry(*k).or_default();
			e.0 += v.0;
			e.1 += v.1;
		}
		for (k, v) in &other.errors {
			*self.errors.entry(*k).or_default() += v;
		}
	}

	/// Successful calls of `pallet.call` (names as in the metadata: `"Stablecoin"`,
	/// `"liquidate"`).
	pub fn ok(&self, pallet: &str, call: &str) -> u64 {
		self.per_call
			.iter()
			.filter(|((p, c), _)| *p == pallet && *c == call)
			.map(|(_, v)| v.0)
			.sum()
	}
}

/// Decodes actions from `data` until it is used up (at most `opts.max_actions`).
pub fn decode(data: &[u8], opts: &Options) -> Vec<Action> {
	let mut u = arbitrary::Unstructured::new(data);
	let mut actions = Vec::new();
	while !u.is_empty() && actions.len() < opts.max_actions {
		match Action::decode(&mut u) {
			Ok(a) => actions.push(a),
			Err(_) => break,
		}
	}
	actions
}

/// Runs `actions` on a fresh copy of the set-up chain; panics when an invariant fails.
pub fn run_actions(actions: &[Action], opts: &Options) -> Stats {
	let mut ext = sp_io::TestExternalities::new(chain::base_state().clone());
	ext.execute_with(|| {
		let mut harness = exec::Harness::new(opts);
		for (i, action) in actions.iter().enumerate() {
			harness.apply(i, action);
		}
		harness.end_block();
		let mut stats = harness.stats;
		stats.runs = 1;
		stats
	})
}

/// Decodes `data` into actions and runs them with `opts`.
pub fn run_with(data: &[u8], opts: &Options) -> Stats {
	run_actions(&decode(data, opts), opts)
}

/// The fuzz target: decodes `data` into at most 64 actions and runs them.
pub fn run(data: &[u8]) -> Stats {
	run_with(data, &Options::default())
}

/// Bytes that [`decode`] to exactly `actions`: libFuzzer seeds from scripts. Each action's
/// bytes are its kind's byte and then the first pseudo-random string (up to 12 bytes) that
/// decodes to that action and consumes all of itself; `None` if an action was not found in
/// `tries` strings.
pub fn encode(actions: &[Action], tries: u64) -> Option<Vec<u8>> {
	let mut out = Vec::new();
	let mut rng = XorShift::new(actions.len() as u64);
	for target in actions {
		let kind = u8::try_from(target.kind()).ok()?;
		let found = (0..tries).find_map(|t| {
			let mut chunk = vec![kind];
			// Small values half of the time: most parameters are picked by small numbers.
			chunk.extend(rng.bytes((t % 12) as usize).into_iter().map(|b| {
				if b & 1 == 0 {
					b >> 4
				} else {
					b
				}
			}));
			// A sentinel after it: the action must decode from its own bytes alone.
			let sentinel = [0xA5u8; 16];
			let data: Vec<u8> = chunk.iter().chain(sentinel.iter()).copied().collect();
			let mut u = arbitrary::Unstructured::new(&data);
			let decoded = Action::decode(&mut u).ok()?;
			(decoded == *target && u.len() == sentinel.len()).then_some(chunk)
		})?;
		out.extend(found);
	}
	Some(out)
}

/// Seed scripts for libFuzzer (`fuzz/seeds/`, written by `agora-fuzz-seeds`): each reaches a
/// deep state that random search rarely combines — a stablecoin liquidation followed by bids and
/// an auction restart, a lending liquidation down to an emptied account, a shutdown with an
/// auction running.
pub fn seed_scripts() -> Vec<(&'static str, Vec<Action>)> {
	use action::{Amount, Asset, OriginSel, PriceMove, SettleOp, StablecoinOp};
	const DAVE: u8 = 3;
	const EVE: u8 = 4;
	const FERDIE: u8 = 5;
	let fall = |pct| Action::FeedAll { asset: Asset::Native, change: PriceMove::Percent(pct) };
	let liquidate_eve =
		Action::StableLiquidate { keeper: FERDIE, owner: EVE, asset: Asset::Native };
	let take = |pct| Action::StableTake {
		bidder: DAVE,
		auction: action::Pick(0),
		amount: Amount::Percent(pct),
		max_price: None,
	};
	let wait = |slots| Action::NextBlocks { blocks: 1, slots, refeed: true };
	let lend_liquidate = |pct| Action::LendLiquidate {
		liquidator: 0,
		borrower: DAVE,
		asset: Asset::Agd,
		collateral: Asset::Native,
		amount: Amount::Percent(pct),
	};
	vec![
		(
			"stablecoin-liquidation-restart",
			vec![
				fall(70),
				liquidate_eve.clone(),
				take(10),
				wait(300),
				wait(300),
				Action::StableRestart { who: FERDIE, auction: action::Pick(0) },
				take(100),
			],
		),
		(
			"lending-liquidation-to-empty",
			vec![fall(70), lend_liquidate(50), fall(50), lend_liquidate(100), lend_liquidate(100)],
		),
		(
			"stablecoin-shutdown-with-an-auction",
			vec![
				fall(70),
				liquidate_eve,
				Action::StableGov { origin: OriginSel::Root, op: StablecoinOp::Shutdown },
				Action::StableSettle { who: FERDIE, op: SettleOp::SettleAuction(action::Pick(0)) },
				Action::StableSettle { who: FERDIE, op: SettleOp::SettleVault(EVE) },
			],
		),
	]
}

/// A xorshift64* generator: the deterministic pseudo-random inputs of the smoke binary and
/// tests.
#[derive(Clone, Debug)]
pub struct XorShift(u64);

impl XorShift {
	/// A generator from `seed` (any value, zero included).
	pub fn new(seed: u64) -> Self {
		XorShift((seed ^ 0x9E37_79B9_7F4A_7C15) | 1)
	}

	/// The next 64 pseudo-random bits.
	pub fn next_u64(&mut self) -> u64 {
		let mut x = self.0;
		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		self.0 = x;
		x.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	/// `len` pseudo-random bytes.
	pub fn bytes(&mut self, len: usize) -> Vec<u8> {
		let mut out = Vec::with_capacity(len + 8);
		while out.len() < len {
			out.extend_from_slice(&self.next_u64().to_le_bytes());
		}
		out.truncate(len);
		out
	}
}
