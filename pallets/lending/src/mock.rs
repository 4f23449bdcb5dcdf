//! A test runtime: System, Timestamp, Balances, Assets (with this pallet as its `Freezer`) and
//! lending; governance is `Root`; the oracle is a settable price per asset ([`set_price`]).
//! Accounts 1–9 hold 1,000,000 AGR and of asset [`DOT`]; markets: AGR (lend token 100, 75 %
//! collateral factor) and DOT (lend token 101, 50 %), AGR at $2 and DOT at $5.

use crate as pallet_lending;
use agora_primitives::{AssetKind, Price};
use frame_support::{derive_impl, parameter_types, traits::ConstU128, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, FixedPointNumber};
use std::{cell::RefCell, collections::BTreeMap};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Recommender: pallet_recommender,
		Lending: pallet_lending,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ConstU128<1>;
	type AccountStore = System;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = u128;
	type Currency = Balances;
	type CreateOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureSigned<u64>>;
	type ForceOrigin = EnsureRoot<u64>;
	type Freezer = Lending;
	type Holder = ();
}

#[derive_impl(pallet_recommender::config_preludes::TestDefaultConfig)]
impl pallet_recommender::Config for Test {
	type ModelOrigin = EnsureRoot<u64>;
}

thread_local! {
	static PRICES: RefCell<BTreeMap<AssetKind, Price>> = RefCell::new(BTreeMap::new());
	static DELAYED: RefCell<BTreeMap<AssetKind, Option<Price>>> = RefCell::new(BTreeMap::new());
	static CREDENTIALS: RefCell<BTreeMap<u64, u32>> = RefCell::new(BTreeMap::new());
}

/// Gives `who` `n` valid credentials.
pub fn set_credentials(who: u64, n: u32) {
	CREDENTIALS.with(|c| c.borrow_mut().insert(who, n));
}

/// The mock credentials pallet: the counts [`set_credentials`] set.
pub struct MockCredentials;
impl agora_primitives::credentials::CredentialsInspect<u64> for MockCredentials {
	fn valid_credentials(who: &u64, max: u32) -> u32 {
		CREDENTIALS.with(|c| c.borrow().get(who).copied().unwrap_or(0)).min(max)
	}

	fn valid_credentials_weight(max: u32) -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1_000 * u64::from(max), 0)
	}
}

/// Sets (or, with `None`, removes) the oracle price of `asset`.
pub fn set_price(asset: AssetKind, price: Option<Price>) {
	PRICES.with(|p| match price {
		Some(v) => p.borrow_mut().insert(asset, v),
		None => p.borrow_mut().remove(&asset),
	});
}

/// Sets the delayed price of `asset` apart from its price (`None`: no delayed price); by
/// default the delayed price is the price.
pub fn set_delayed_price(asset: AssetKind, price: Option<Price>) {
	DELAYED.with(|p| p.borrow_mut().insert(asset, price));
}

/// Lend tokens may take ids below 1,000,000 only (as in the runtime).
pub struct ReservedAssetIds;
impl frame_support::traits::Contains<u32> for ReservedAssetIds {
	fn contains(id: &u32) -> bool {
		*id < 1_000_000
	}
}

/// The mock oracle.
pub struct MockOracle;
impl agora_primitives::oracle::PriceProvider for MockOracle {
	fn price(asset: AssetKind) -> Option<Price> {
		PRICES.with(|p| p.borrow().get(&asset).copied())
	}
	fn delayed_price(asset: AssetKind) -> Option<Price> {
		DELAYED.with(|p| p.borrow().get(&asset).copied()).unwrap_or_else(|| Self::price(asset))
	}
}

parameter_types! {
	pub const LendingPalletId: PalletId = PalletId(*b"agr/lend");
	pub const RewardPotId: PalletId = PalletId(*b"rwd/lend");
	pub const MaxMarkets: u32 = 3;
	pub const MaxCredentialsCounted: u32 = 4;
	pub MaxCollateralBoost: Price = Price::from_rational(10, 100);
}

impl pallet_lending::Config for Test {
	type Currency = Balances;
	type Assets = Assets;
	type Oracle = MockOracle;
	type GovernanceOrigin = EnsureRoot<u64>;
	type SpendOrigin = EnsureRoot<u64>;
	type PayoutLimit = ();
	type Time = Timestamp;
	type PalletId = LendingPalletId;
	type RewardPotId = RewardPotId;
	type Credentials = MockCredentials;
	type Recommender = Recommender;
	type MaxMarkets = MaxMarkets;
	type ReservedAssetIds = ReservedAssetIds;
	type MaxCredentialsCounted = MaxCredentialsCounted;
	type MaxCollateralBoost = MaxCollateralBoost;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockOracle;
}

#[cfg(feature = "runtime-benchmarks")]
impl agora_primitives::assets::BenchmarkHelper<u64> for MockOracle {
	fn set_price(asset: AssetKind, price: Price) {
		set_price(asset, Some(price));
	}
	fn set_time(now: u64) {
		pallet_timestamp::Now::<Test>::put(now);
	}
	fn create_asset(id: u32, owner: &u64, holder: &u64, amount: u128) {
		agora_primitives::assets::create_asset::<_, Assets>(id, owner, holder, amount)
			.expect("a fresh asset id");
	}
}

/// An asset with a market.
pub const DOT: u32 = 2;
/// The AGR market's lend token.
pub const L_AGR: u32 = 100;
/// The DOT market's lend token.
pub const L_DOT: u32 = 101;
/// The start time (Unix milliseconds).
pub const NOW: u64 = 1_700_000_000_000;
/// AGR.
pub const AGR: AssetKind = AssetKind::Native;
/// DOT.
pub const DOT_K: AssetKind = AssetKind::Asset(DOT);

/// Externalities at block 1, time [`NOW`], with the AGR and DOT markets and prices.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext(true)
}

/// Externalities without markets, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	ext(false)
}

fn ext(with_markets: bool) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10)
			.map(|a| (a, 1_000_000))
			.chain([(crate::Pallet::<Test>::account(), 1)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(DOT, 9, true, 1)],
		metadata: vec![],
		accounts: (1..10).map(|a| (DOT, a, 1_000_000)).collect(),
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		pallet_timestamp::Now::<Test>::put(NOW);
		PRICES.with(|p| p.borrow_mut().clear());
		DELAYED.with(|p| p.borrow_mut().clear());
		CREDENTIALS.with(|c| c.borrow_mut().clear());
		set_price(AGR, Some(Price::saturating_from_integer(2)));
		set_price(DOT_K, Some(Price::saturating_from_integer(5)));
		let params =
			|cf: u128| crate::MarketParams::with_collateral_factor(Price::from_rational(cf, 100));
		if with_markets {
			Lending::add_market(RuntimeOrigin::root(), AGR, L_AGR, params(75)).unwrap();
			Lending::add_market(RuntimeOrigin::root(), DOT_K, L_DOT, params(50)).unwrap();
		}
		System::reset_events();
	});
	ext
}

/// Runs `test` on fresh externalities and checks the invariants afterwards.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}
