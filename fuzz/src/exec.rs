//! Runs [`Action`]s against the runtime: each becomes one or more calls dispatched through
//! `RuntimeCall` with a signed, Root or track origin.

use crate::{
	action::*,
	chain::{self, asset_kind, balance_of, free, now, signer, start_price, target, total},
	checks, Options, Stats,
};
use agora_primitives::{recommender::Fixed, AssetKind, Price, Ratio};
use agora_runtime::{
	genesis_config_presets as presets, AccountId, OriginCaller, Runtime, RuntimeCall,
	RuntimeOrigin, System, AGD_ASSET_ID, MILLI_UNITS, UNITS,
};
use frame_support::traits::{schedule::DispatchTime, GetCallMetadata, StorePreimage};
use pallet_conviction_voting::{AccountVote, Conviction};
use sp_core::H256;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{BlakeTwo256, Dispatchable, Hash as _, Saturating},
	FixedPointNumber, Rounding,
};

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Most referenda [`Action::SubmitMany`] submits in one block: more alarms than one block's
/// agenda holds (50), which the runtime's `AlarmScheduler` moves to the next blocks.
const SUBMIT_MANY_PER_BLOCK: u32 = 120;

/// Most ongoing referenda the harness keeps. The runtime's `AlarmScheduler` finds a slot for
/// an alarm within `MAX_ALARM_SLIDE + 1` blocks of 40 alarm slots (680): more referenda than
/// that with alarms due in the same blocks is the documented economic limit (each holds the
/// submission deposit), which the `try_state` alarm invariant would report. The harness stays
/// well below so that every other state stays reachable.
const MAX_ONGOING_REFERENDA: usize = 400;

/// The origin each track's referenda dispatch with, in track order.
const TRACK_ORIGINS: [OriginSel; 5] = [
	OriginSel::Root,
	OriginSel::Parameters,
	OriginSel::Treasury,
	OriginSel::Canceller,
	OriginSel::Killer,
];

/// The runtime origin `o` selects (`Natural` is Root here).
fn origin(o: OriginSel) -> RuntimeOrigin {
	match o {
		OriginSel::Natural | OriginSel::Root => RuntimeOrigin::root(),
		OriginSel::Parameters => pallet_governance::Origin::Parameters.into(),
		OriginSel::Treasury => pallet_governance::Origin::Treasury.into(),
		OriginSel::Canceller => pallet_governance::Origin::ReferendumCanceller.into(),
		OriginSel::Killer => pallet_governance::Origin::ReferendumKiller.into(),
		OriginSel::Signed(w) => RuntimeOrigin::signed(signer(w)),
		OriginSel::Unsigned => RuntimeOrigin::none(),
	}
}

/// The origin a referendum proposal is dispatched with.
fn caller(o: OriginSel) -> OriginCaller {
	match o {
		OriginSel::Natural | OriginSel::Root => OriginCaller::system(frame_system::RawOrigin::Root),
		OriginSel::Parameters => OriginCaller::Governance(pallet_governance::Origin::Parameters),
		OriginSel::Treasury => OriginCaller::Governance(pallet_governance::Origin::Treasury),
		OriginSel::Canceller => {
			OriginCaller::Governance(pallet_governance::Origin::ReferendumCanceller)
		},
		OriginSel::Killer => OriginCaller::Governance(pallet_governance::Origin::ReferendumKiller),
		OriginSel::Signed(w) => OriginCaller::system(frame_system::RawOrigin::Signed(signer(w))),
		OriginSel::Unsigned => OriginCaller::system(frame_system::RawOrigin::None),
	}
}

fn signed(w: Who) -> RuntimeOrigin {
	RuntimeOrigin::signed(signer(w))
}

fn to_u32(v: u64) -> u32 {
	u32::try_from(v).unwrap_or(u32::MAX)
}

fn referendum(p: Pick) -> u32 {
	to_u32(p.resolve(u64::from(pallet_referenda::ReferendumCount::<Runtime>::get())))
}

fn course(p: Pick) -> u32 {
	to_u32(p.resolve(u64::from(pallet_credentials::NextCourseId::<Runtime>::get())))
}

fn credential(p: Pick) -> u64 {
	p.resolve(pallet_credentials::NextCredentialId::<Runtime>::get())
}

fn auction(p: Pick) -> u32 {
	to_u32(p.resolve(u64::from(pallet_stablecoin::NextAuctionId::<Runtime>::get())))
}

fn model(p: Pick) -> u32 {
	to_u32(p.resolve(u64::from(pallet_recommender::NextModelId::<Runtime>::get())))
}

fn schema(s: u8) -> H256 {
	H256::repeat_byte(1 + s % 4)
}

fn skills(s: Skills) -> pallet_credentials::SkillsOf<Runtime> {
	use pallet_credentials::SkillLevel;
	let levels: Vec<SkillLevel> = match s {
		Skills::Valid(seed) => (0..10u32)
			.filter_map(|skill| {
				let level =
					seed.wrapping_mul((skill as u8).wrapping_mul(37).wrapping_add(11)) % 101;
				(level > 0).then_some(SkillLevel { skill, level })
			})
			.take(8)
			.collect(),
		Skills::WrongCount => vec![SkillLevel { skill: 1, level: 10 }; 2],
		Skills::TooHigh => vec![SkillLevel { skill: 0, level: 101 }],
	};
	levels.try_into().expect("at most eight skill levels")
}

/// Prerequisites from two picks (distinct ones).
fn prerequisites(p: &[u8]) -> pallet_credentials::PrerequisitesOf<Runtime> {
	let mut ids: Vec<u32> = p.iter().map(|x| u32::from(*x)).collect();
	ids.sort();
	ids.dedup();
	ids.try_into().expect("two prerequisites")
}

fn expiry(e: Expiry) -> Option<u64> {
	match e {
		Expiry::Never => None,
		Expiry::Past => Some(now().saturating_sub(1_000)),
		Expiry::Soon => Some(now().saturating_add(6_000)),
		Expiry::Later => Some(now().saturating_add(30 * DAY_MS)),
	}
}

fn reason(r: u8) -> pallet_credentials::RevocationReason {
	use pallet_credentials::RevocationReason as R;
	match r % 6 {
		0 => R::Unspecified,
		1 => R::IssuedInError,
		2 => R::Superseded,
		3 => R::Misconduct,
		4 => R::CourseInvalidated,
		_ => R::Other(u16::from(r)),
	}
}

fn conviction(c: u8) -> Conviction {
	match c % 7 {
		0 => Conviction::None,
		1 => Conviction::Locked1x,
		2 => Conviction::Locked2x,
		3 => Conviction::Locked3x,
		4 => Conviction::Locked4x,
		5 => Conviction::Locked5x,
		_ => Conviction::Locked6x,
	}
}

fn percent(p: u128) -> Price {
	Price::from_rational(p, 100)
}

/// `price` moved by `change`.
fn moved(base: Price, change: PriceMove, asset: AssetKind) -> Price {
	match change {
		PriceMove::Percent(p) => base.saturating_mul(percent(u128::from(p))),
		PriceMove::Reset => start_price(asset),
		PriceMove::Tiny => Price::from_inner(1),
		PriceMove::Huge => Price::from_u32(1_000_000_000),
		PriceMove::Zero => Price::from_inner(0),
	}
}

/// The oracle's price of `asset`, if it has one.
fn oracle_price(asset: AssetKind) -> Option<Price> {
	pallet_oracle::Pallet::<Runtime>::price_info(asset).price
}

/// How much of an asset priced `price` is worth `value` (AGD smallest units).
fn amount_worth(value: u128, price: Price) -> u128 {
	multiply_by_rational_with_rounding(value, Price::DIV, price.into_inner().max(1), Rounding::Down)
		.unwrap_or(u128::MAX)
}

/// `who`'s position in `asset`'s lending market: (lend tokens, borrowed).
fn position(who: &AccountId, asset: AssetKind) -> (u128, u128) {
	pallet_lending::Pallet::<Runtime>::position(who)
		.markets
		.iter()
		.find(|p| p.asset == asset)
		.map_or((0, 0), |p| (p.lend_tokens, p.borrowed))
}

fn feature_names(f: Features) -> Vec<String> {
	match f {
		Features::Borrower => {
			agora_primitives::lending::BORROWER_FEATURES.iter().map(|s| s.to_string()).collect()
		},
		Features::Three => ["a", "b", "c"].iter().map(|s| s.to_string()).collect(),
		Features::Course => (0..4).map(|i| format!("f{i}")).collect(),
		Features::One => vec!["x".to_string()],
	}
}

/// A linear model over `n` features with coefficients in [-2, 2) derived from `seed`.
fn linear_model(n: usize, seed: u8) -> Box<agora_primitives::recommender::Model> {
	let coefficients: Vec<Fixed> = (0..n as i64)
		.map(|i| {
			// A multiplicative hash of (seed, i) in [0, 2^34), shifted to [-2^33, 2^33).
			let bits = ((i64::from(seed) + 1) * (i + 1) * 0x9E37_79B9) % (1 << 34) - (1 << 33);
			Fixed::from_bits(bits)
		})
		.collect();
	let intercept = Fixed::from_bits(i64::from(seed) << 24);
	let model = agora_primitives::recommender::LinearRegression::new(coefficients, intercept)
		.expect("one to sixteen coefficients make a linear model");
	Box::new(model.into())
}

fn bounded_names(names: &[String]) -> pallet_recommender::FeatureNamesOf<Runtime> {
	let names: Vec<pallet_recommender::NameOf<Runtime>> = names
		.iter()
		.map(|n| n.as_bytes().to_vec().try_into().expect("a short feature name"))
		.collect();
	names.try_into().expect("at most sixteen features")
}

fn metrics() -> pallet_recommender::TrainingMetrics {
	pallet_recommender::TrainingMetrics { n_train: 10, n_test: 2, accuracy: None, r2: None }
}

/// AGR's collateral parameters varied by `v`.
fn collateral_params(v: u8) -> pallet_stablecoin::CollateralParams {
	let mut p = presets::agr_collateral();
	let k = u128::from(v / 7);
	match v % 7 {
		0 => p.liquidation_ratio = percent(100 + k * 3),
		1 => {
			p.stability_fee =
				Price::from_inner([0, 1_000_000_000, 100_000_000_000][(k % 3) as usize])
		},
		2 => p.liquidation_penalty = percent(k * 3),
		3 => p.debt_ceiling = [0, 1_000 * UNITS, 100_000 * UNITS, u128::MAX][(k % 4) as usize],
		4 => p.debt_floor = [0, 1, 10 * UNITS, 1_000 * UNITS][(k % 4) as usize],
		5 => p.auction_limit = [0, 20 * UNITS, 1_500 * UNITS, u128::MAX][(k % 4) as usize],
		_ => p.liquidation_ratio = percent(u128::from(v)),
	}
	p
}

/// The stablecoin's system parameters varied by `v`.
fn stablecoin_params(v: u8) -> pallet_stablecoin::StablecoinParams {
	let mut p = pallet_stablecoin::Parameters::<Runtime>::get();
	let k = u128::from(v / 8);
	match v % 8 {
		0 => p.auction_buffer = percent(50 + k * 5),
		1 => p.auction_duration = [0, 60_000, 3_600_000, DAY_MS][(k % 4) as usize],
		2 => p.keeper_incentive = percent(k * 2),
		3 => p.safe_margin = Price::from_rational(k, 10),
		4 => p.auction_cusp = percent(k * 10),
		5 => p.auction_tail = [0, 60_000, 2_400_000, DAY_MS][(k % 4) as usize],
		6 => p.auction_limit = [0, 20 * UNITS, 1_500 * UNITS, u128::MAX][(k % 4) as usize],
		_ => {
			p.risk_model = (k % 2 == 1)
				.then(|| pallet_recommender::NextModelId::<Runtime>::get().saturating_sub(1))
		},
	}
	p
}

/// The money parameters varied by `v`: the debt limit at the supply or nothing, the savings
/// rate up to (and past) its maximum, the flash fee and maximum.
fn money_params(v: u8) -> pallet_stablecoin::MoneyParams {
	let mut p = pallet_stablecoin::MoneyParameters::<Runtime>::get();
	let k = u128::from(v / 4);
	match v % 4 {
		0 => {
			let supply =
				<pallet_assets::Pallet<Runtime> as frame_support::traits::fungibles::Inspect<
					AccountId,
				>>::total_issuance(AGD_ASSET_ID);
			p.debt_limit = [0, supply, supply + k * UNITS, u128::MAX][(k % 4) as usize]
		},
		1 => {
			let max = pallet_stablecoin::MAX_SAVINGS_RATE.into_inner();
			p.savings_rate = Price::from_inner([0, max / 10, max, max + 1][(k % 4) as usize])
		},
		2 => p.flash_fee = [percent(0), percent(1), percent(100)][(k % 3) as usize],
		_ => p.flash_max = [0, UNITS, 10_000_000 * UNITS][(k % 3) as usize],
	}
	p
}

/// A module's listing varied by `v`: the test dollar (or AGD, refused, or another asset), its
/// ceiling, fees and scale (one that may not change while it holds a reserve).
fn psm_params(v: u8) -> (u32, pallet_stablecoin::PsmParams) {
	let mut p = agora_runtime::genesis_config_presets::test_dollar_psm();
	let k = u128::from(v / 4);
	match v % 4 {
		0 => p.ceiling = [0, 1_000 * UNITS, 2_000_000 * UNITS][(k % 3) as usize],
		1 => p.fee_in = percent(k % 5 * 25),
		2 => p.fee_out = percent(k % 5 * 25),
		_ => p.scale = [6, 7, 19][(k % 3) as usize],
	}
	let asset = [presets::TEST_DOLLAR, AGD_ASSET_ID, presets::LEND_AGR][usize::from(v / 64 % 3)];
	(asset, p)
}

/// Market parameters `p` varied by `v`.
fn market_params(mut p: pallet_lending::MarketParams, v: u8) -> pallet_lending::MarketParams {
	let k = v / 8;
	let kk = u128::from(k);
	match v % 8 {
		0 => {
			p.paused = pallet_lending::Pauses {
				supply: k & 1 != 0,
				redeem: k & 2 != 0,
				borrow: k & 4 != 0,
				repay: k & 8 != 0,
				liquidate: k & 16 != 0,
			}
		},
		1 => {
			let speed = [0, 1_000_000, 1_000_000_000_000, u128::MAX / 1_000_000][(k % 4) as usize];
			p.supply_reward_speed = speed;
			p.borrow_reward_speed = speed / 2;
		},
		2 => {
			p.supply_cap = [0, 1_000 * UNITS, u128::MAX][(k % 3) as usize];
			p.borrow_cap = [0, 500 * UNITS, u128::MAX][(k / 3 % 3) as usize];
			// Isolation on (refused while the market has lend tokens) or off.
			p.isolation_ceiling = [None, Some(0), Some(1_000 * UNITS)][(k / 9 % 3) as usize];
			p.borrowable_in_isolation = k & 1 != 0;
		},
		3 => {
			p.collateral_factor = percent(kk * 3);
			p.liquidation_threshold = percent((kk * 3 + 5).min(95));
		},
		4 => {
			p.interest = pallet_lending::InterestModel {
				base_rate: Price::from_rational(kk, 10),
				multiplier: Ratio::from_u32(10),
				jump_multiplier: Ratio::from_u32(1_000),
				kink: Ratio::from_rational(kk % 11, 10),
			}
		},
		5 => {
			p.reserve_factor = percent(kk * 4);
			p.min_borrow = [0, 1, UNITS, 1_000 * UNITS][(k % 4) as usize];
		},
		6 => {
			p.close_factor = percent(kk % 11 * 10);
			p.liquidation_incentive = percent(100 + kk / 11 * 5);
			// Up to 100 % (refused): the cut stops at the liquidation bonus.
			p.protocol_seize_share = percent(kk % 5 * 25);
		},
		_ => p = presets::lending_market(if k % 2 == 0 { 60 } else { 80 }),
	}
	p
}

/// Runs actions and keeps the statistics.
pub struct Harness<'o> {
	/// What happened so far.
	pub stats: Stats,
	opts: &'o Options,
	trace: Vec<Action>,
	current: &'static str,
	/// (block, referenda submitted in it by [`Action::SubmitMany`]).
	bulk_submitted: (u32, u32),
}

impl<'o> Harness<'o> {
	/// A harness on the chain as [`chain::base_state`] left it; starts the next block.
	pub fn new(opts: &'o Options) -> Self {
		let n = System::block_number() + 1;
		let slot = pallet_aura::Pallet::<Runtime>::slot_duration();
		chain::begin_block(n, now().saturating_add(slot));
		Harness {
			stats: Stats::default(),
			opts,
			trace: Vec::new(),
			current: "setup",
			bulk_submitted: (n, 0),
		}
	}

	/// Checks every invariant; panics with the actions so far when one fails.
	pub fn check(&self, when: &str) {
		if let Err(e) = checks::check_all() {
			let trace: Vec<String> =
				self.trace.iter().enumerate().map(|(i, a)| format!("  #{i}: {a:?}")).collect();
			panic!(
				"invariant violated {when} (block {}, {} actions): {e}\nactions:\n{}",
				System::block_number(),
				self.trace.len(),
				trace.join("\n")
			);
		}
	}

	/// Ends the current block (hooks, then the invariants).
	pub fn end_block(&mut self) {
		chain::finish_block();
		self.stats.blocks += 1;
		self.check("at the end of a block");
	}

	fn dispatch(&mut self, origin: RuntimeOrigin, call: RuntimeCall) -> bool {
		let meta = call.get_call_metadata();
		let result = call.dispatch(origin);
		let ok = result.is_ok();
		if self.opts.verbose {
			match &result {
				Ok(_) => eprintln!("    {}.{}: ok", meta.pallet_name, meta.function_name),
				Err(e) => {
					eprintln!("    {}.{}: {:?}", meta.pallet_name, meta.function_name, e.error)
				},
			}
		}
		self.stats.record_call(
			self.current,
			(meta.pallet_name, meta.function_name),
			result.map(|_| ()).map_err(|e| e.error),
		);
		ok
	}

	fn feed(&mut self, feeder: AccountId, asset: AssetKind, price: Price) {
		let call = pallet_oracle::Call::<Runtime>::feed_price { asset, price };
		self.dispatch(RuntimeOrigin::signed(feeder), RuntimeCall::Oracle(call));
	}

	/// Every feeder feeds its last value of AGR and AGD again.
	fn refeed(&mut self) {
		for feeder in pallet_oracle::Feeders::<Runtime>::get() {
			for asset in [AssetKind::Native, AssetKind::Asset(AGD_ASSET_ID)] {
				if let Some((price, _)) = pallet_oracle::Feeds::<Runtime>::get(asset, &feeder) {
					self.feed(feeder.clone(), asset, price);
				}
			}
		}
	}

	/// A referendum's call and the origin it is meant for.
	fn proposal(&self, p: Proposal) -> (RuntimeCall, OriginSel) {
		match p {
			Proposal::Remark => (
				RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }),
				OriginSel::Parameters,
			),
			Proposal::LongRemark(n) => (
				RuntimeCall::System(frame_system::Call::remark {
					remark: vec![7; 200 + usize::from(n)],
				}),
				OriginSel::Root,
			),
			Proposal::OracleMinFeeders(n) => {
				let params = pallet_oracle::OracleParams {
					min_feeders: u32::from(n),
					..pallet_oracle::Parameters::<Runtime>::get()
				};
				(
					RuntimeCall::Oracle(pallet_oracle::Call::set_params { params }),
					OriginSel::Parameters,
				)
			},
			Proposal::LendingBoost(on) => {
				let params = pallet_lending::LendingParams {
					boost_enabled: on,
					..pallet_lending::Parameters::<Runtime>::get()
				};
				(
					RuntimeCall::Lending(pallet_lending::Call::set_params { params }),
					OriginSel::Parameters,
				)
			},
			Proposal::Spend(to, amount) => {
				let amount = amount.resolve(free(&presets::treasury_account()));
				let call = pallet_governance::Call::spend { to: target(to), amount };
				(RuntimeCall::Governance(call), OriginSel::Treasury)
			},
			Proposal::Shutdown => {
				(RuntimeCall::Stablecoin(pallet_stablecoin::Call::shutdown {}), OriginSel::Root)
			},
			Proposal::Suspend(w) => (
				RuntimeCall::Credentials(pallet_credentials::Call::suspend_issuer {
					issuer: signer(w),
				}),
				OriginSel::Parameters,
			),
			Proposal::Cancel(p) => (
				RuntimeCall::Referenda(pallet_referenda::Call::cancel { index: referendum(p) }),
				OriginSel::Canceller,
			),
			Proposal::Kill(p) => (
				RuntimeCall::Referenda(pallet_referenda::Call::kill { index: referendum(p) }),
				OriginSel::Killer,
			),
			Proposal::VoteLocking(n) => {
				let params = pallet_governance::GovernanceParams {
					vote_locking_period: u32::from(n),
					..pallet_governance::Parameters::<Runtime>::get()
				};
				(
					RuntimeCall::Governance(pallet_governance::Call::set_params { params }),
					OriginSel::Root,
				)
			},
		}
	}

	/// Submits a referendum (and its decision deposit); whether the submission succeeded.
	fn submit(
		&mut self,
		who: Who,
		call: RuntimeCall,
		caller: OriginCaller,
		enactment: DispatchTime<u32>,
		deposit: bool,
	) -> bool {
		let index = pallet_referenda::ReferendumCount::<Runtime>::get();
		let Ok(proposal) = <agora_runtime::Preimage as StorePreimage>::bound(call) else {
			return false;
		};
		let call = pallet_referenda::Call::<Runtime>::submit {
			proposal_origin: Box::new(caller),
			proposal,
			enactment_moment: enactment,
		};
		let submitted = self.dispatch(signed(who), RuntimeCall::Referenda(call));
		if submitted && deposit {
			let call = pallet_referenda::Call::<Runtime>::place_decision_deposit { index };
			self.dispatch(signed(who), RuntimeCall::Referenda(call));
		}
		submitted
	}

	/// How many of `wanted` referenda the harness may submit now without more than
	/// [`MAX_ONGOING_REFERENDA`] ongoing. Counts the ongoing ones (a scan) only when the
	/// referenda ever submitted could reach the cap.
	fn referenda_room(wanted: usize) -> usize {
		let submitted = pallet_referenda::ReferendumCount::<Runtime>::get() as usize;
		if submitted.saturating_add(wanted) <= MAX_ONGOING_REFERENDA {
			return wanted;
		}
		let ongoing = pallet_referenda::ReferendumInfoFor::<Runtime>::iter_values()
			.filter(|r| matches!(r, pallet_referenda::ReferendumInfo::Ongoing(_)))
			.count();
		MAX_ONGOING_REFERENDA.saturating_sub(ongoing).min(wanted)
	}

	fn vote(&mut self, who: Who, index: u32, vote: AccountVote<u128>) {
		let call = pallet_conviction_voting::Call::<Runtime>::vote { poll_index: index, vote };
		self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
	}

	/// Runs action number `index`.
	pub fn apply(&mut self, index: usize, action: &Action) {
		self.current = action.name();
		self.trace.push(action.clone());
		self.stats.actions += 1;
		self.stats.per_action.entry(self.current).or_default().runs += 1;
		if self.opts.verbose {
			eprintln!("#{index} (block {}): {action:?}", System::block_number());
		}
		self.run(action);
		if self.opts.check_every_action {
			self.check(&format!("after action #{index} ({})", self.current));
		}
	}

	fn run(&mut self, action: &Action) {
		use Action as A;
		match *action {
			// --- time and prices
			A::NextBlocks { blocks, slots, refeed } => {
				let slot = pallet_aura::Pallet::<Runtime>::slot_duration();
				for _ in 0..blocks.max(1) {
					self.end_block();
					let n = System::block_number() + 1;
					chain::begin_block(
						n,
						now().saturating_add(slot.saturating_mul(u64::from(slots))),
					);
					if refeed {
						self.refeed();
					}
				}
			},
			A::FeedAll { asset, change } => {
				let asset = asset_kind(asset);
				let base = oracle_price(asset).unwrap_or_else(|| start_price(asset));
				let price = moved(base, change, asset);
				for feeder in pallet_oracle::Feeders::<Runtime>::get() {
					self.feed(feeder, asset, price);
				}
				self.stats.price_moves += 1;
			},
			A::Feed { feeder, asset, change } => {
				let (feeder, asset) = (signer(feeder), asset_kind(asset));
				let base = pallet_oracle::Feeds::<Runtime>::get(asset, &feeder)
					.map(|(p, _)| p)
					.or_else(|| oracle_price(asset))
					.unwrap_or_else(|| start_price(asset));
				self.feed(feeder, asset, moved(base, change, asset));
				self.stats.price_moves += 1;
			},
			A::OracleGov { origin: o, op } => {
				let call = match op {
					OracleOp::AddFeeder(w) => pallet_oracle::Call::add_feeder { feeder: signer(w) },
					OracleOp::RemoveFeeder(w) => {
						pallet_oracle::Call::remove_feeder { feeder: signer(w) }
					},
					OracleOp::SetParams {
						staleness_minutes,
						min_feeders,
						history_minutes,
						delay_minutes,
					} => pallet_oracle::Call::set_params {
						params: pallet_oracle::OracleParams {
							staleness: u64::from(staleness_minutes) * 60_000,
							min_feeders: u32::from(min_feeders),
							history_interval: u64::from(history_minutes) * 60_000,
							delay: u64::from(delay_minutes) * 60_000,
						},
					},
					OracleOp::ListAsset(a) => {
						pallet_oracle::Call::list_asset { asset: asset_kind(a) }
					},
					OracleOp::UnlistAsset(a) => {
						pallet_oracle::Call::unlist_asset { asset: asset_kind(a) }
					},
					OracleOp::Poke(w, a) => {
						let call = pallet_oracle::Call::poke { asset: asset_kind(a) };
						self.dispatch(RuntimeOrigin::signed(signer(w)), RuntimeCall::Oracle(call));
						return;
					},
				};
				self.dispatch(origin(o), RuntimeCall::Oracle(call));
			},

			// --- balances and assets
			A::Transfer { from, to, amount, mode } => {
				let dest = target(to).into();
				let value = amount.resolve(free(&signer(from)));
				let call = match mode % 4 {
					0 => pallet_balances::Call::<Runtime>::transfer_keep_alive { dest, value },
					1 => pallet_balances::Call::<Runtime>::transfer_allow_death { dest, value },
					2 => pallet_balances::Call::<Runtime>::transfer_all { dest, keep_alive: true },
					_ => pallet_balances::Call::<Runtime>::transfer_all { dest, keep_alive: false },
				};
				self.dispatch(signed(from), RuntimeCall::Balances(call));
			},
			A::AssetTransfer { from, to, asset, amount } => {
				let id = match asset {
					Asset::Native => presets::LEND_AGD,
					Asset::Agd => AGD_ASSET_ID,
					Asset::LendAgr => presets::LEND_AGR,
					Asset::Unknown => 77,
				};
				let amount = amount.resolve(chain::asset_balance(id, &signer(from)));
				let call = pallet_assets::Call::<Runtime>::transfer {
					id: codec::Compact(id),
					target: target(to).into(),
					amount,
				};
				self.dispatch(signed(from), RuntimeCall::Assets(call));
			},

			// --- credentials
			A::RegisterSchema { who, schema: s } => {
				let call =
					pallet_credentials::Call::<Runtime>::register_schema { schema: schema(s) };
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::PublishCourse {
				who,
				schema: s,
				asset,
				price,
				reward,
				capacity,
				skills: k,
				requires: r,
			} => {
				let call = pallet_credentials::Call::<Runtime>::publish_course {
					name: b"Course".to_vec().try_into().expect("a short name"),
					schema: schema(s),
					teaches: skills(k),
					requires: skills(r),
					price: pallet_credentials::CoursePrice {
						asset: asset_kind(asset),
						amount: price.resolve(10 * UNITS),
					},
					reward: reward.resolve(10 * UNITS),
					capacity: u32::from(capacity),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::CloseCourse { who, course: c } => {
				let call = pallet_credentials::Call::<Runtime>::close_course { course: course(c) };
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::Enroll { who, course: c } => {
				let call = pallet_credentials::Call::<Runtime>::enroll { course: course(c) };
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::CompleteCourse { who, course: c, learner, expiry: e } => {
				let call = pallet_credentials::Call::<Runtime>::complete_course {
					course: course(c),
					learner: signer(learner),
					claim_hash: H256::repeat_byte(0xc0),
					expires_at: expiry(e),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::IssueCredential { who, subject, schema: s, skills: k, expiry: e } => {
				let call = pallet_credentials::Call::<Runtime>::issue_credential {
					subject: signer(subject),
					schema: schema(s),
					claim_hash: H256::repeat_byte(0xc1),
					skills: skills(k),
					expires_at: expiry(e),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::RevokeCredential { who, id, reason: r } => {
				let call = pallet_credentials::Call::<Runtime>::revoke_credential {
					id: credential(id),
					reason: reason(r),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::SetVisibility { who, id, hidden } => {
				let call = pallet_credentials::Call::<Runtime>::set_visibility {
					id: credential(id),
					hidden,
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::RemoveCredential { who, id } => {
				let call =
					pallet_credentials::Call::<Runtime>::remove_credential { id: credential(id) };
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::AddDelegate { who, delegate } => {
				let call = pallet_credentials::Call::<Runtime>::add_delegate {
					delegate: signer(delegate),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::RemoveDelegate { who, delegate } => {
				let call = pallet_credentials::Call::<Runtime>::remove_delegate {
					delegate: signer(delegate),
				};
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::FundRewards { who, amount } => {
				let amount = amount.resolve(free(&signer(who)));
				let call = pallet_credentials::Call::<Runtime>::fund_rewards { amount };
				self.dispatch(signed(who), RuntimeCall::Credentials(call));
			},
			A::CredentialsGov { origin: o, op } => {
				let call = match op {
					CredentialsOp::Accredit(w) => pallet_credentials::Call::accredit_issuer {
						issuer: signer(w),
						name: b"Issuer".to_vec().try_into().expect("a short name"),
					},
					CredentialsOp::Suspend(w) => {
						pallet_credentials::Call::suspend_issuer { issuer: signer(w) }
					},
					CredentialsOp::SetParams {
						schema_deposit,
						credential_deposit,
						max_reward,
						model: m,
					} => pallet_credentials::Call::set_params {
						params: pallet_credentials::Params {
							schema_deposit: schema_deposit.resolve(UNITS),
							credential_deposit: credential_deposit.resolve(100 * MILLI_UNITS),
							max_reward_per_learner: max_reward.resolve(100 * UNITS),
							course_model: m.map(model),
						},
					},
					CredentialsOp::RegisterSkill(a, b) => {
						pallet_credentials::Call::register_skill {
							name: b"Skill".to_vec().try_into().expect("a short name"),
							alignment: None,
							prerequisites: prerequisites(&[a, b]),
						}
					},
					CredentialsOp::SetPrerequisites(skill, a, b) => {
						pallet_credentials::Call::set_prerequisites {
							skill: u32::from(skill),
							prerequisites: prerequisites(&[a, b]),
						}
					},
					CredentialsOp::RetireSkill(skill) => {
						pallet_credentials::Call::retire_skill { skill: u32::from(skill) }
					},
					CredentialsOp::SetMastery(seed) => {
						pallet_credentials::Call::set_mastery_params {
							params: pallet_credentials::MasteryParams {
								init: u32::from(seed) * 4_000,
								transit: u32::from(seed.rotate_left(3)) * 4_000,
								slip: u32::from(seed.rotate_left(5)) * 2_000,
								guess: u32::from(seed.rotate_left(7)) * 2_000,
							},
						}
					},
				};
				self.dispatch(origin(o), RuntimeCall::Credentials(call));
			},

			// --- recommender
			A::RecommenderGov { origin: o, op } => {
				let call = match op {
					RecommenderOp::Upload { features, seed } => {
						let names = feature_names(features);
						pallet_recommender::Call::<Runtime>::upload_model {
							name: b"fuzz".to_vec().try_into().expect("a short name"),
							feature_names: bounded_names(&names),
							model: linear_model(names.len(), seed),
							metrics: metrics(),
							author: signer(seed),
						}
					},
					RecommenderOp::Replace { id, seed } => {
						let id = model(id);
						let feature_names = pallet_recommender::Models::<Runtime>::get(id)
							.map(|m| m.feature_names)
							.unwrap_or_else(|| bounded_names(&feature_names(Features::Three)));
						pallet_recommender::Call::<Runtime>::replace_model {
							id,
							model: linear_model(feature_names.len(), seed),
							feature_names,
							metrics: metrics(),
							author: signer(seed),
						}
					},
					RecommenderOp::Retire { id } => {
						pallet_recommender::Call::<Runtime>::retire_model { id: model(id) }
					},
				};
				self.dispatch(origin(o), RuntimeCall::Recommender(call));
			},

			// --- stablecoin
			A::VaultAdjust { who, asset, collateral: (c_neg, c), debt: (d_neg, d) } => {
				let (account, asset) = (signer(who), asset_kind(asset));
				let info = pallet_stablecoin::Pallet::<Runtime>::vault_info(&account, asset);
				let c_ref = if c_neg {
					info.as_ref().map_or(0, |i| i.collateral)
				} else {
					balance_of(asset, &account)
				};
				let d_ref =
					info.as_ref().map_or(0, |i| if d_neg { i.debt } else { i.max_mintable });
				let call = pallet_stablecoin::Call::<Runtime>::adjust {
					asset,
					collateral: c.resolve_signed(c_neg, c_ref),
					debt: d.resolve_signed(d_neg, d_ref),
				};
				self.dispatch(signed(who), RuntimeCall::Stablecoin(call));
			},
			A::Vault { who, asset, op, amount: a } => {
				let (account, asset) = (signer(who), asset_kind(asset));
				let info = pallet_stablecoin::Pallet::<Runtime>::vault_info(&account, asset);
				let field = |f: fn(&pallet_stablecoin::VaultInfo<AccountId>) -> u128| {
					info.as_ref().map_or(0, f)
				};
				use pallet_stablecoin::Call as C;
				let call = match op {
					VaultOp::Deposit => C::<Runtime>::deposit {
						asset,
						amount: a.resolve(balance_of(asset, &account)),
					},
					VaultOp::Withdraw => {
						C::<Runtime>::withdraw { asset, amount: a.resolve(field(|i| i.collateral)) }
					},
					VaultOp::Mint => {
						C::<Runtime>::mint { asset, amount: a.resolve(field(|i| i.max_mintable)) }
					},
					VaultOp::Repay => {
						C::<Runtime>::repay { asset, amount: a.resolve(field(|i| i.debt)) }
					},
					VaultOp::Close => C::<Runtime>::close { asset },
					VaultOp::SavingsJoin => C::<Runtime>::savings_join {
						amount: a.resolve(balance_of(AssetKind::Asset(AGD_ASSET_ID), &account)),
					},
					VaultOp::SavingsExit => C::<Runtime>::savings_exit {
						amount: a.resolve(
							pallet_stablecoin::Pallet::<Runtime>::savings_info(&account).balance,
						),
					},
					VaultOp::PsmIn => C::<Runtime>::psm_swap_in {
						asset: presets::TEST_DOLLAR,
						amount: a
							.resolve(balance_of(AssetKind::Asset(presets::TEST_DOLLAR), &account)),
					},
					VaultOp::PsmOut => C::<Runtime>::psm_swap_out {
						asset: presets::TEST_DOLLAR,
						amount: a.resolve(
							pallet_stablecoin::Psms::<Runtime>::get(presets::TEST_DOLLAR)
								.map_or(0, |p| p.reserve),
						),
					},
					VaultOp::FlashRepay | VaultOp::FlashKeep => {
						let amount = a.resolve(
							pallet_stablecoin::MoneyParameters::<Runtime>::get().flash_max,
						);
						let inner = if op == VaultOp::FlashRepay {
							let swap = |out: bool| {
								RuntimeCall::Stablecoin(if out {
									C::<Runtime>::psm_swap_out {
										asset: presets::TEST_DOLLAR,
										amount: 1_000_000,
									}
								} else {
									C::<Runtime>::psm_swap_in {
										asset: presets::TEST_DOLLAR,
										amount: 1_000_000,
									}
								})
							};
							RuntimeCall::Utility(pallet_utility::Call::batch_all {
								calls: vec![swap(false), swap(true)],
							})
						} else {
							RuntimeCall::Assets(pallet_assets::Call::transfer {
								id: AGD_ASSET_ID.into(),
								target: signer((who + 1) % 6).into(),
								amount,
							})
						};
						C::<Runtime>::flash_mint { amount, call: Box::new(inner) }
					},
				};
				self.dispatch(signed(who), RuntimeCall::Stablecoin(call));
			},
			A::StableLiquidate { keeper, owner, asset } => {
				let call = pallet_stablecoin::Call::<Runtime>::liquidate {
					owner: signer(owner),
					asset: asset_kind(asset),
				};
				self.dispatch(signed(keeper), RuntimeCall::Stablecoin(call));
			},
			A::StableTake { bidder, auction: p, amount, max_price } => {
				let id = auction(p);
				let a = pallet_stablecoin::Auctions::<Runtime>::get(id);
				let collateral = a.as_ref().map_or(0, |a| a.collateral);
				let current = a
					.as_ref()
					.and_then(pallet_stablecoin::Pallet::<Runtime>::auction_price)
					.unwrap_or_else(|| Price::from_u32(1));
				let max_price = match max_price {
					None => Price::from_inner(u128::MAX),
					Some(p) => current.saturating_mul(percent(u128::from(p))),
				};
				let call = pallet_stablecoin::Call::<Runtime>::take {
					auction: id,
					max_collateral: amount.resolve(collateral),
					max_price,
				};
				self.dispatch(signed(bidder), RuntimeCall::Stablecoin(call));
			},
			A::StableRestart { who, auction: p } => {
				let call =
					pallet_stablecoin::Call::<Runtime>::restart_auction { auction: auction(p) };
				self.dispatch(signed(who), RuntimeCall::Stablecoin(call));
			},
			A::StableSettle { who, op } => {
				let call = match op {
					SettleOp::SettleVault(owner) => {
						pallet_stablecoin::Call::<Runtime>::settle_vault {
							owner: signer(owner),
							asset: AssetKind::Native,
						}
					},
					SettleOp::SettleAuction(p) => {
						pallet_stablecoin::Call::<Runtime>::settle_auction { auction: auction(p) }
					},
					SettleOp::OpenRedemption => {
						pallet_stablecoin::Call::<Runtime>::open_redemption {}
					},
					SettleOp::Redeem(a) => pallet_stablecoin::Call::<Runtime>::redeem {
						amount: a.resolve(chain::asset_balance(AGD_ASSET_ID, &signer(who))),
					},
				};
				self.dispatch(signed(who), RuntimeCall::Stablecoin(call));
			},
			A::StableGov { origin: o, op } => {
				let call = match op {
					StablecoinOp::Shutdown => pallet_stablecoin::Call::<Runtime>::shutdown {},
					StablecoinOp::SetCollateral { asset, variant } => {
						pallet_stablecoin::Call::<Runtime>::set_collateral_type {
							asset: asset_kind(asset),
							params: collateral_params(variant),
						}
					},
					StablecoinOp::SetParams { variant } => {
						pallet_stablecoin::Call::<Runtime>::set_params {
							params: stablecoin_params(variant),
						}
					},
					StablecoinOp::SpendSurplus { to, amount } => {
						pallet_stablecoin::Call::<Runtime>::spend_surplus {
							to: signer(to),
							amount: amount.resolve(pallet_stablecoin::Pallet::<Runtime>::surplus()),
						}
					},
					StablecoinOp::SetMoney { variant } => {
						pallet_stablecoin::Call::<Runtime>::set_money_params {
							params: money_params(variant),
						}
					},
					StablecoinOp::SetPsm { variant } => {
						let (asset, params) = psm_params(variant);
						pallet_stablecoin::Call::<Runtime>::set_psm { asset, params }
					},
				};
				self.dispatch(origin(o), RuntimeCall::Stablecoin(call));
			},

			// --- lending
			A::Supply { who, asset, amount } => {
				let asset = asset_kind(asset);
				let amount = amount.resolve(balance_of(asset, &signer(who)));
				let call = pallet_lending::Call::<Runtime>::supply { asset, amount };
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::Redeem { who, asset, amount } => {
				let asset = asset_kind(asset);
				let shares = amount.resolve(position(&signer(who), asset).0);
				let call = pallet_lending::Call::<Runtime>::redeem { asset, shares };
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::Borrow { who, asset, amount } => {
				let asset = asset_kind(asset);
				let liquidity = pallet_lending::Pallet::<Runtime>::liquidity_info(&signer(who))
					.map_or(0, |l| l.liquidity);
				let reference = oracle_price(asset).map_or(0, |p| amount_worth(liquidity, p));
				let call = pallet_lending::Call::<Runtime>::borrow {
					asset,
					amount: amount.resolve(reference),
				};
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::Repay { who, asset, amount } => {
				let asset = asset_kind(asset);
				let owed = position(&signer(who), asset).1;
				let call =
					pallet_lending::Call::<Runtime>::repay { asset, amount: amount.resolve(owed) };
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::RepayOnBehalf { payer, borrower, asset, amount } => {
				let (borrower, asset) = (signer(borrower), asset_kind(asset));
				let owed = position(&borrower, asset).1;
				let call = pallet_lending::Call::<Runtime>::repay_on_behalf {
					borrower,
					asset,
					amount: amount.resolve(owed),
				};
				self.dispatch(signed(payer), RuntimeCall::Lending(call));
			},
			A::Collateral { who, asset, enable } => {
				let asset = asset_kind(asset);
				let call = if enable {
					pallet_lending::Call::<Runtime>::enable_collateral { asset }
				} else {
					pallet_lending::Call::<Runtime>::disable_collateral { asset }
				};
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::LendLiquidate { liquidator, borrower, asset, collateral, amount } => {
				// The liquidator counts from the borrower (see `Action::LendLiquidate`).
				let n = chain::SIGNERS.len();
				let liquidator =
					((usize::from(borrower) % n + 1 + usize::from(liquidator)) % n) as u8;
				let (borrower, asset) = (signer(borrower), asset_kind(asset));
				let owed = position(&borrower, asset).1;
				let limit = pallet_lending::Markets::<Runtime>::get(asset)
					.map_or(owed, |m| m.params.close_factor.saturating_mul_int(owed));
				let call = pallet_lending::Call::<Runtime>::liquidate {
					borrower,
					asset,
					amount: amount.resolve(limit),
					collateral: asset_kind(collateral),
				};
				self.dispatch(signed(liquidator), RuntimeCall::Lending(call));
			},
			A::AddReserves { who, asset, amount } => {
				let asset = asset_kind(asset);
				let amount = amount.resolve(balance_of(asset, &signer(who)));
				let call = pallet_lending::Call::<Runtime>::add_reserves { asset, amount };
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::ClaimRewards { who } => {
				let call = pallet_lending::Call::<Runtime>::claim_rewards {};
				self.dispatch(signed(who), RuntimeCall::Lending(call));
			},
			A::LendingGov { origin: o, op } => {
				let call = match op {
					LendingOp::SetMarket { asset, variant } => {
						let asset = asset_kind(asset);
						let current = pallet_lending::Markets::<Runtime>::get(asset)
							.map_or_else(|| presets::lending_market(70), |m| m.params);
						pallet_lending::Call::<Runtime>::set_market {
							asset,
							params: market_params(current, variant),
						}
					},
					LendingOp::ReduceReserves { asset, amount, to } => {
						let asset = asset_kind(asset);
						let reserves = pallet_lending::Markets::<Runtime>::get(asset)
							.map_or(0, |m| m.total_reserves);
						pallet_lending::Call::<Runtime>::reduce_reserves {
							asset,
							amount: amount.resolve(reserves),
							to: target(to),
						}
					},
					LendingOp::SetParams {
						boost,
						max_boost_percent,
						safe_margin_percent,
						model: m,
					} => pallet_lending::Call::<Runtime>::set_params {
						params: pallet_lending::LendingParams {
							score_model: m.map(model),
							boost_enabled: boost,
							max_boost: percent(u128::from(max_boost_percent)),
							safe_margin: percent(u128::from(safe_margin_percent)),
						},
					},
					LendingOp::AddMarket { asset, lend_token } => {
						let lend_token = match lend_token % 5 {
							0 => presets::LEND_AGR,
							1 => AGD_ASSET_ID,
							// Not reserved: refused (anyone could have created it first).
							2 => agora_primitives::FIRST_USER_ASSET_ID + u32::from(lend_token),
							_ => 2_000 + u32::from(lend_token),
						};
						pallet_lending::Call::<Runtime>::add_market {
							asset: asset_kind(asset),
							lend_token,
							params: presets::lending_market(50),
						}
					},
				};
				self.dispatch(origin(o), RuntimeCall::Lending(call));
			},

			// --- governance
			A::Submit { who, proposal, origin: o, enactment, deposit } => {
				let (call, natural) = self.proposal(proposal);
				let caller = caller(if o == OriginSel::Natural { natural } else { o });
				let enactment = match enactment {
					Enactment::After(n) => DispatchTime::After(u32::from(n)),
					Enactment::At(n) => DispatchTime::At(System::block_number() + u32::from(n)),
				};
				if Self::referenda_room(1) == 1 {
					self.submit(who, call, caller, enactment, deposit);
				}
			},
			A::SubmitMany { who, count, deposit } => {
				let n = System::block_number();
				if self.bulk_submitted.0 != n {
					self.bulk_submitted = (n, 0);
				}
				let room = Self::referenda_room(usize::from(count));
				for i in (0..count).take(room) {
					if self.bulk_submitted.1 >= SUBMIT_MANY_PER_BLOCK {
						break;
					}
					self.bulk_submitted.1 += 1;
					let remark = vec![i, 0xff];
					let call = RuntimeCall::System(frame_system::Call::remark { remark });
					let caller = caller(TRACK_ORIGINS[usize::from(i) % TRACK_ORIGINS.len()]);
					if !self.submit(who, call, caller, DispatchTime::After(1), deposit) {
						break;
					}
				}
			},
			A::PlaceDecisionDeposit { who, index } => {
				let call = pallet_referenda::Call::<Runtime>::place_decision_deposit {
					index: referendum(index),
				};
				self.dispatch(signed(who), RuntimeCall::Referenda(call));
			},
			A::Vote { who, index, vote, balance } => {
				let balance = balance.resolve(total(&signer(who)));
				let vote = match vote {
					VoteKind::Standard { aye, conviction: c } => AccountVote::Standard {
						vote: pallet_conviction_voting::Vote { aye, conviction: conviction(c) },
						balance,
					},
					VoteKind::Split { aye_percent } => {
						let aye = Amount::Percent(aye_percent).resolve(balance);
						AccountVote::Split { aye, nay: balance - aye }
					},
					VoteKind::SplitAbstain => AccountVote::SplitAbstain {
						aye: balance / 3,
						nay: balance / 3,
						abstain: balance / 3,
					},
				};
				self.vote(who, referendum(index), vote);
			},
			A::VoteAll { who, aye, conviction: c, balance, order } => {
				let balance = balance.resolve(total(&signer(who)));
				let mut ongoing: Vec<u32> = pallet_referenda::ReferendumInfoFor::<Runtime>::iter()
					.filter(|(_, info)| {
						matches!(info, pallet_referenda::ReferendumInfo::Ongoing(_))
					})
					.map(|(i, _)| i)
					.collect();
				ongoing.sort_unstable();
				match order {
					Order::Ascending => {},
					Order::Descending => ongoing.reverse(),
					Order::Interleaved => ongoing.sort_by_key(|i| (i % 2, *i)),
				}
				let vote = AccountVote::Standard {
					vote: pallet_conviction_voting::Vote { aye, conviction: conviction(c) },
					balance,
				};
				for index in ongoing.into_iter().take(128) {
					self.vote(who, index, vote);
				}
			},
			A::Delegate { who, class, to, conviction: c, balance } => {
				let call = pallet_conviction_voting::Call::<Runtime>::delegate {
					class,
					to: signer(to).into(),
					conviction: conviction(c),
					balance: balance.resolve(total(&signer(who))),
				};
				self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
			},
			A::Undelegate { who, class } => {
				let call = pallet_conviction_voting::Call::<Runtime>::undelegate { class };
				self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
			},
			A::RemoveVote { who, class, index } => {
				let call = pallet_conviction_voting::Call::<Runtime>::remove_vote {
					class,
					index: referendum(index),
				};
				self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
			},
			A::RemoveOtherVote { who, target: t, class, index } => {
				let call = pallet_conviction_voting::Call::<Runtime>::remove_other_vote {
					target: signer(t).into(),
					class,
					index: referendum(index),
				};
				self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
			},
			A::Unlock { who, class, target: t } => {
				let call = pallet_conviction_voting::Call::<Runtime>::unlock {
					class,
					target: signer(t).into(),
				};
				self.dispatch(signed(who), RuntimeCall::ConvictionVoting(call));
			},
			A::RefundDeposit { who, index, decision } => {
				let index = referendum(index);
				let call = if decision {
					pallet_referenda::Call::<Runtime>::refund_decision_deposit { index }
				} else {
					pallet_referenda::Call::<Runtime>::refund_submission_deposit { index }
				};
				self.dispatch(signed(who), RuntimeCall::Referenda(call));
			},
			A::ReferendaGov { origin: o, kill, index } => {
				let index = referendum(index);
				let call = if kill {
					pallet_referenda::Call::<Runtime>::kill { index }
				} else {
					pallet_referenda::Call::<Runtime>::cancel { index }
				};
				self.dispatch(origin(o), RuntimeCall::Referenda(call));
			},
			A::Spend { origin: o, to, amount } => {
				let amount = amount.resolve(free(&presets::treasury_account()));
				let call = pallet_governance::Call::<Runtime>::spend { to: target(to), amount };
				self.dispatch(origin(o), RuntimeCall::Governance(call));
			},
			A::GovernanceGov { origin: o, op } => {
				let call = match op {
					GovernanceOp::SetParams { locking, timeout, models } => {
						let current = pallet_governance::Parameters::<Runtime>::get();
						pallet_governance::Call::<Runtime>::set_params {
							params: pallet_governance::GovernanceParams {
								vote_locking_period: u32::from(locking),
								undeciding_timeout: u32::from(timeout),
								delegate_model: current.delegate_model.filter(|_| models),
								referenda_model: current.referenda_model.filter(|_| models),
								max_spend: current.max_spend,
								session_period: current.session_period,
							},
						}
					},
					GovernanceOp::SetTrack { track, variant } => {
						let Some(mut t) = pallet_governance::Pallet::<Runtime>::track(track)
							.or_else(|| pallet_governance::Pallet::<Runtime>::track(1))
						else {
							return;
						};
						// An unknown id (refused) when `track` is not one of the five.
						t.id = track;
						let k = u32::from(variant / 6);
						match variant % 6 {
							0 => {
								// Never below the referenda deciding now: the runtime's OpenGov
								// check would flag it, see the crate's README.
								let deciding =
									pallet_referenda::DecidingCount::<Runtime>::get(track);
								t.info.max_deciding = (k % 4).max(deciding);
							},
							1 => {
								t.info.decision_deposit =
									[0, UNITS, 1_000_000 * UNITS, u128::MAX][(k % 4) as usize]
							},
							2 => {
								t.info.prepare_period = k % 5;
								t.info.confirm_period = k / 5 % 4;
							},
							3 => t.info.decision_period = k % 30,
							4 => t.info.min_enactment_period = k % 10,
							_ => {
								t.info.min_approval = pallet_governance::linear_curve(k % 101, 50);
								t.info.min_support = pallet_governance::linear_curve(k % 20, 0);
							},
						}
						pallet_governance::Call::<Runtime>::set_track { track: t }
					},
				};
				self.dispatch(origin(o), RuntimeCall::Governance(call));
			},
			A::Preimage { who, len, byte, unnote } => {
				let bytes = vec![byte % 4; usize::from(len)];
				let call = if unnote {
					pallet_preimage::Call::<Runtime>::unnote_preimage {
						hash: BlakeTwo256::hash(&bytes),
					}
				} else {
					pallet_preimage::Call::<Runtime>::note_preimage { bytes }
				};
				self.dispatch(signed(who), RuntimeCall::Preimage(call));
			},
		}
	}
}
