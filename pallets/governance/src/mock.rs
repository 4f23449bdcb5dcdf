//! A test runtime: System, Balances, governance and the recommender. The admin origin is Root; spending needs
//! the treasury track's origin; the treasury holds 1,000 AGR; accounts 1–9 hold 100 AGR.

use crate as pallet_governance;
use frame_support::{derive_impl, parameter_types, traits::ConstU128, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Governance: pallet_governance,
		Recommender: pallet_recommender,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

#[derive_impl(pallet_recommender::config_preludes::TestDefaultConfig)]
impl pallet_recommender::Config for Test {
	type ModelOrigin = EnsureRoot<u64>;
}

parameter_types! {
	pub const TreasuryId: PalletId = PalletId(*b"agr/trsy");
	pub const MaxVoteHistory: u32 = 4;
	pub const MaxDelegateCandidates: u32 = 16;
}

impl pallet_governance::Config for Test {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<u64>;
	type SpendOrigin = crate::EnsureTreasury;
	type TreasuryId = TreasuryId;
	type MaxVoteHistory = MaxVoteHistory;
	type MaxDelegateCandidates = MaxDelegateCandidates;
	type Oracle = MockOracle;
	type StableAsset = StableAsset;
	type Recommender = Recommender;
	type OpenGovChecks = MockOpenGov;
	type WeightInfo = ();
}

frame_support::parameter_types! {
	pub const StableAsset: agora_primitives::AssetKind = agora_primitives::AssetKind::Asset(1);
}

thread_local! {
	static PRICES: std::cell::RefCell<std::collections::BTreeMap<agora_primitives::AssetKind, agora_primitives::Price>> =
		Default::default();
}

/// Sets (or with `None` removes) the price of `asset`.
pub fn set_price(asset: agora_primitives::AssetKind, price: Option<agora_primitives::Price>) {
	PRICES.with(|p| match price {
		Some(v) => p.borrow_mut().insert(asset, v),
		None => p.borrow_mut().remove(&asset),
	});
}

/// Prices set by [`set_price`].
pub struct MockOracle;
impl agora_primitives::oracle::PriceProvider for MockOracle {
	fn price(asset: agora_primitives::AssetKind) -> Option<agora_primitives::Price> {
		PRICES.with(|p| p.borrow().get(&asset).copied())
	}
}

thread_local! {
	static DECIDING: std::cell::RefCell<std::collections::BTreeMap<u16, u32>> =
		Default::default();
}

/// Makes `n` referenda decide on `track`, as far as the pallet can tell.
pub fn set_deciding(track: u16, n: u32) {
	DECIDING.with(|d| d.borrow_mut().insert(track, n));
}

/// OpenGov as the tests set it: deciding counts from [`set_deciding`], no invariants.
pub struct MockOpenGov;
impl crate::OpenGovChecks for MockOpenGov {
	fn deciding(track: u16) -> u32 {
		DECIDING.with(|d| d.borrow().get(&track).copied().unwrap_or(0))
	}

	fn check() -> Result<(), sp_runtime::TryRuntimeError> {
		Ok(())
	}
}

/// One AGR in the mock.
pub const UNIT: u128 = 1_000;

/// The six tracks, 10 blocks per period.
pub fn default_tracks() -> Vec<crate::GenesisTrack<u64>> {
	agora_primitives::governance::TRACKS
		.iter()
		.map(|(id, _)| crate::GenesisTrack {
			id: *id,
			max_deciding: 5,
			decision_deposit: 10 * UNIT,
			prepare_period: 10,
			decision_period: 10,
			confirm_period: 10,
			min_enactment_period: 10,
			approval: (100, 50),
			// The admin track must keep a support floor.
			support: (50, if *id == agora_primitives::governance::ADMIN { 5 } else { 0 }),
		})
		.collect()
}

/// Externalities at block 1 with the default tracks and a funded treasury.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10)
			.map(|a| (a, 100 * UNIT))
			.chain([(crate::Pallet::<Test>::treasury_account(), 1_000 * UNIT)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_governance::GenesisConfig::<Test> {
		tracks: default_tracks(),
		params: crate::GovernanceParams {
			vote_locking_period: 5,
			undeciding_timeout: 20,
			..Default::default()
		},
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` and checks the invariants afterwards.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}
