//! The chain the harness runs on: the `development` genesis, a deterministic setup that makes
//! every pallet reachable, and block production (hooks, time).

use agora_primitives::{recommender::Fixed, AssetKind, Price};
use agora_runtime::{
	genesis_config_presets as presets, AccountId, AllPalletsWithSystem, Balance, BlockNumber,
	Moment, Runtime, RuntimeCall, RuntimeOrigin, System, AGD_ASSET_ID, UNITS,
};
use frame_support::traits::{OnFinalize, OnIdle, OnInitialize};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;
use std::{collections::BTreeMap, sync::OnceLock};

/// The accounts that sign the fuzzer's calls: six of the endowed development accounts.
pub const SIGNERS: [Sr25519Keyring; 6] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
];

/// The oracle feeders the setup approves: Bob, Charlie and Dave.
pub const FEEDERS: [Sr25519Keyring; 3] =
	[Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave];

/// The block time of the setup block (Unix milliseconds, a multiple of the slot duration).
pub const START_TIME: Moment = 1_800_000_000_000;

/// AGR's price at the start.
pub fn start_price(asset: AssetKind) -> Price {
	match asset {
		AssetKind::Native => Price::from_u32(2),
		AssetKind::Asset(_) => Price::from_u32(1),
	}
}

/// Signer `w` (modulo the number of signers).
pub fn signer(w: u8) -> AccountId {
	SIGNERS[usize::from(w) % SIGNERS.len()].to_account_id()
}

/// Target `t` (modulo [`crate::action::TARGETS`]): a signer, or a pallet account.
pub fn target(t: u8) -> AccountId {
	match t % crate::action::TARGETS {
		w @ 0..=5 => signer(w),
		6 => presets::treasury_account(),
		7 => pallet_credentials::Pallet::<Runtime>::pot_account(),
		8 => pallet_lending::Pallet::<Runtime>::reward_pot(),
		9 => pallet_stablecoin::Pallet::<Runtime>::account(),
		_ => pallet_lending::Pallet::<Runtime>::account(),
	}
}

/// The asset kind an [`crate::action::Asset`] names.
pub fn asset_kind(a: crate::action::Asset) -> AssetKind {
	use crate::action::Asset;
	match a {
		Asset::Native => AssetKind::Native,
		Asset::Agd => AssetKind::Asset(AGD_ASSET_ID),
		Asset::LendAgr => AssetKind::Asset(presets::LEND_AGR),
		Asset::Unknown => AssetKind::Asset(77),
	}
}

/// `who`'s AGR account data (free, reserved, frozen).
pub fn account(who: &AccountId) -> pallet_balances::AccountData<Balance> {
	frame_system::Account::<Runtime>::get(who).data
}

/// `who`'s free AGR.
pub fn free(who: &AccountId) -> Balance {
	account(who).free
}

/// `who`'s free and reserved AGR.
pub fn total(who: &AccountId) -> Balance {
	let a = account(who);
	a.free.saturating_add(a.reserved)
}

/// `who`'s balance of pallet-assets asset `id`.
pub fn asset_balance(id: u32, who: &AccountId) -> Balance {
	<agora_runtime::Assets as frame_support::traits::fungibles::Inspect<AccountId>>::balance(
		id, who,
	)
}

/// `who`'s balance of `asset` (free AGR for the native token).
pub fn balance_of(asset: AssetKind, who: &AccountId) -> Balance {
	match asset {
		AssetKind::Native => free(who),
		AssetKind::Asset(id) => asset_balance(id, who),
	}
}

/// The block time now.
pub fn now() -> Moment {
	pallet_timestamp::Now::<Runtime>::get()
}

/// Starts block `n` at time `now`: `frame_system`'s initialisation, every pallet's
/// `on_initialize`, then the timestamp inherent (with Aura's slot moved to match it).
pub fn begin_block(n: BlockNumber, now: Moment) {
	System::reset_events();
	frame_system::Pallet::<Runtime>::initialize(
		&n,
		&H256::from_low_u64_be(u64::from(n)),
		&Default::default(),
	);
	<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(n);
	let slot = now / pallet_aura::Pallet::<Runtime>::slot_duration();
	pallet_aura::CurrentSlot::<Runtime>::mutate(|s| *s = slot.into());
	pallet_timestamp::Pallet::<Runtime>::set_timestamp(now);
}

/// Ends the current block: every pallet's `on_idle` (with the block's whole weight) and
/// `on_finalize`.
pub fn finish_block() {
	let n = System::block_number();
	let weight = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(n, weight);
	<AllPalletsWithSystem as OnFinalize<BlockNumber>>::on_finalize(n);
}

/// Builds the `development` preset's genesis state into the current externalities, as the
/// runtime's integration tests do.
fn build_genesis() {
	presets::build_preset_state(presets::DEVELOPMENT).expect("the development genesis builds");
}

/// Dispatches a setup call; a failure is a bug of the harness (or of its assumptions).
fn must(origin: RuntimeOrigin, call: RuntimeCall, what: &str) {
	if let Err(e) = call.dispatch(origin) {
		panic!("harness setup: {what} failed: {:?}", e.error);
	}
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(k.to_account_id())
}

fn fixed(n: i64, d: i64) -> Fixed {
	Fixed::from_rational(n, d).expect("a small rational is a Fixed")
}

fn upload(name: &str, features: &[&str], coefficients: Vec<Fixed>) -> u32 {
	pallet_recommender::testing::upload_linear::<Runtime>(
		RuntimeOrigin::root(),
		name,
		features,
		coefficients,
		Sr25519Keyring::Alice.to_account_id(),
	)
	.unwrap_or_else(|e| panic!("harness setup: uploading the {name} model failed: {e:?}"))
}

/// Block 1 of every run: feeders and prices, vaults, lending positions and rewards, an
/// issuer with courses and a credential, models behind every recommendation, an ongoing
/// referendum with a vote. Deterministic; any failure panics (a harness bug).
fn setup() {
	use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
	let root = RuntimeOrigin::root;
	let agd = AssetKind::Asset(AGD_ASSET_ID);
	begin_block(1, START_TIME);

	// Oracle: three feeders, fresh prices for AGR ($2) and AGD ($1).
	for k in FEEDERS {
		let call = pallet_oracle::Call::<Runtime>::add_feeder { feeder: k.to_account_id() };
		must(root(), RuntimeCall::Oracle(call), "adding a feeder");
	}
	for k in FEEDERS {
		for asset in [AssetKind::Native, agd] {
			let call =
				pallet_oracle::Call::<Runtime>::feed_price { asset, price: start_price(asset) };
			must(signed(k), RuntimeCall::Oracle(call), "feeding a price");
		}
	}

	// Stablecoin: three vaults, Eve's at 200 % (liquidatable after a 25 % fall).
	for (k, collateral, debt) in [(Alice, 20_000, 5_000), (Bob, 10_000, 6_000), (Eve, 3_000, 3_000)]
	{
		let call = pallet_stablecoin::Call::<Runtime>::adjust {
			asset: AssetKind::Native,
			collateral: collateral * UNITS as i128,
			debt: debt * UNITS as i128,
		};
		must(signed(k), RuntimeCall::Stablecoin(call), "opening a vault");
	}

	// Lending: reward speeds and a funded pot; Bob lends AGD, Alice, Eve and Dave AGR; Eve
	// borrows AGD against hers, Dave close to his limit (in shortfall after a fall of AGR by
	// about a quarter), so that liquidations are a price move away.
	for asset in [AssetKind::Native, agd] {
		let mut params = pallet_lending::Markets::<Runtime>::get(asset)
			.expect("the development genesis opens the AGR and AGD markets")
			.params;
		params.supply_reward_speed = 1_000_000_000;
		params.borrow_reward_speed = 2_000_000_000;
		let call = pallet_lending::Call::<Runtime>::set_market { asset, params };
		must(root(), RuntimeCall::Lending(call), "setting reward speeds");
	}
	let pot = pallet_lending::Pallet::<Runtime>::reward_pot();
	let call = pallet_balances::Call::<Runtime>::transfer_keep_alive {
		dest: pot.into(),
		value: 10_000 * UNITS,
	};
	must(signed(Alice), RuntimeCall::Balances(call), "funding the lending reward pot");
	for (k, asset, amount) in
		[(Bob, agd, 5_000), (Alice, AssetKind::Native, 10_000), (Eve, AssetKind::Native, 5_000)]
	{
		let call = pallet_lending::Call::<Runtime>::supply { asset, amount: amount * UNITS };
		must(signed(k), RuntimeCall::Lending(call), "supplying to a market");
	}
	let call =
		pallet_lending::Call::<Runtime>::supply { asset: AssetKind::Native, amount: 2_000 * UNITS };
	must(signed(Dave), RuntimeCall::Lending(call), "supplying to a market");
	// Against 2,000 AGR at $2 and a collateral factor of 60 %: a limit of $2,400.
	for (k, amount) in [(Eve, 1_000), (Dave, 1_900)] {
		let call = pallet_lending::Call::<Runtime>::enable_collateral { asset: AssetKind::Native };
		must(signed(k), RuntimeCall::Lending(call), "enabling collateral");
		let call = pallet_lending::Call::<Runtime>::borrow { asset: agd, amount: amount * UNITS };
		must(signed(k), RuntimeCall::Lending(call), "borrowing");
	}

	// Credentials: Charlie accredited, a schema, a course in AGR and one in AGD, a funded pot,
	// Dave's completed course (credential 0).
	let call = pallet_credentials::Call::<Runtime>::accredit_issuer {
		issuer: Charlie.to_account_id(),
		name: b"Academy".to_vec().try_into().expect("a short name"),
	};
	must(root(), RuntimeCall::Credentials(call), "accrediting an issuer");
	let schema = H256::repeat_byte(1);
	let call = pallet_credentials::Call::<Runtime>::register_schema { schema };
	must(signed(Charlie), RuntimeCall::Credentials(call), "registering a schema");
	for (name, asset, price, reward, capacity, skill) in [
		(&b"Rust 101"[..], AssetKind::Native, 10 * UNITS, 5 * UNITS, 10, 0usize),
		(&b"Stable 101"[..], agd, 5 * UNITS, UNITS, 3, 1usize),
	] {
		let teaches = vec![pallet_credentials::SkillLevel { skill: skill as u32, level: 60 }];
		let call = pallet_credentials::Call::<Runtime>::publish_course {
			name: name.to_vec().try_into().expect("a short name"),
			schema,
			teaches: teaches.try_into().expect("one skill"),
			requires: Default::default(),
			price: pallet_credentials::CoursePrice { asset, amount: price },
			reward,
			capacity,
		};
		must(signed(Charlie), RuntimeCall::Credentials(call), "publishing a course");
	}
	let call = pallet_credentials::Call::<Runtime>::fund_rewards { amount: 1_000 * UNITS };
	must(signed(Alice), RuntimeCall::Credentials(call), "funding the reward pot");
	let call = pallet_credentials::Call::<Runtime>::enroll { course: 0 };
	must(signed(Dave), RuntimeCall::Credentials(call), "enrolling");
	let call = pallet_credentials::Call::<Runtime>::complete_course {
		course: 0,
		learner: Dave.to_account_id(),
		claim_hash: H256::repeat_byte(2),
		expires_at: None,
	};
	must(signed(Charlie), RuntimeCall::Credentials(call), "completing a course");

	// Models behind every recommendation, and the lending boost switched on.
	let score = upload(
		"borrower-score",
		&agora_primitives::lending::BORROWER_FEATURES,
		vec![fixed(1, 10), fixed(1, 20), fixed(-1, 2), fixed(1, 100), fixed(-1, 5)],
	);
	let risk = upload(
		"vault-risk",
		&["ratio", "volatility", "ageDays"],
		vec![fixed(-1, 10), Fixed::from_int(2), Fixed::ZERO],
	);
	let course_features: Vec<String> =
		(0..8).map(|i| format!("learner{i}")).chain((0..8).map(|i| format!("course{i}"))).collect();
	let course_features: Vec<&str> = course_features.iter().map(String::as_str).collect();
	let course = upload(
		"courses",
		&course_features,
		(0..16).map(|i| if i < 8 { fixed(-1, 8) } else { fixed(1, 8) }).collect(),
	);
	let delegates = upload(
		"delegates",
		&agora_primitives::governance::DELEGATE_FEATURES,
		vec![Fixed::ONE, fixed(1, 10), fixed(1, 10)],
	);
	let referenda = upload(
		"referenda",
		&agora_primitives::governance::REFERENDUM_FEATURES,
		vec![Fixed::ONE, fixed(-1, 2), fixed(-1, 100)],
	);
	let params = pallet_lending::LendingParams {
		score_model: Some(score),
		boost_enabled: true,
		..pallet_lending::Parameters::<Runtime>::get()
	};
	let call = pallet_lending::Call::<Runtime>::set_params { params };
	must(root(), RuntimeCall::Lending(call), "setting the borrower-score model");
	let params = pallet_stablecoin::StablecoinParams {
		risk_model: Some(risk),
		..pallet_stablecoin::Parameters::<Runtime>::get()
	};
	let call = pallet_stablecoin::Call::<Runtime>::set_params { params };
	must(root(), RuntimeCall::Stablecoin(call), "setting the vault-risk model");
	let params = pallet_credentials::Params {
		course_model: Some(course),
		..pallet_credentials::Parameters::<Runtime>::get()
	};
	let call = pallet_credentials::Call::<Runtime>::set_params { params };
	must(root(), RuntimeCall::Credentials(call), "setting the course model");
	let params = pallet_governance::GovernanceParams {
		delegate_model: Some(delegates),
		referenda_model: Some(referenda),
		..pallet_governance::Parameters::<Runtime>::get()
	};
	let call = pallet_governance::Call::<Runtime>::set_params { params };
	must(root(), RuntimeCall::Governance(call), "setting the governance models");

	// Governance: an ongoing referendum on the parameters track with Alice's vote.
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0] });
	let proposal = <agora_runtime::Preimage as frame_support::traits::StorePreimage>::bound(remark)
		.expect("a small call is bounded inline");
	let call = pallet_referenda::Call::<Runtime>::submit {
		proposal_origin: Box::new(pallet_governance::Origin::Parameters.into()),
		proposal,
		enactment_moment: frame_support::traits::schedule::DispatchTime::After(1),
	};
	must(signed(Charlie), RuntimeCall::Referenda(call), "submitting a referendum");
	let call = pallet_referenda::Call::<Runtime>::place_decision_deposit { index: 0 };
	must(signed(Charlie), RuntimeCall::Referenda(call), "placing a decision deposit");
	let vote = pallet_conviction_voting::AccountVote::Standard {
		vote: pallet_conviction_voting::Vote {
			aye: true,
			conviction: pallet_conviction_voting::Conviction::Locked1x,
		},
		balance: 1_000 * UNITS,
	};
	let call = pallet_conviction_voting::Call::<Runtime>::vote { poll_index: 0, vote };
	must(signed(Alice), RuntimeCall::ConvictionVoting(call), "voting");

	finish_block();
	crate::checks::check_all().unwrap_or_else(|e| panic!("harness setup: invariants: {e}"));
}

/// Every top-level key and value of the current externalities.
fn snapshot() -> sp_runtime::Storage {
	let mut top = BTreeMap::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		let value = sp_io::storage::get(&next).expect("a key the iteration returns has a value");
		top.insert(next.clone(), value.to_vec());
		key = next;
	}
	sp_runtime::Storage { top, children_default: Default::default() }
}

/// The state after genesis and [`setup`] (block 1 finished), built once per process.
pub fn base_state() -> &'static sp_runtime::Storage {
	static STATE: OnceLock<sp_runtime::Storage> = OnceLock::new();
	STATE.get_or_init(|| {
		let mut ext = sp_io::TestExternalities::new_empty();
		ext.execute_with(|| {
			build_genesis();
			setup();
			snapshot()
		})
	})
}
