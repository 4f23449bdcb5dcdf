//! A test runtime: System, Timestamp, Balances, Assets, the recommender and the stablecoin
//! (at most three collateral types); governance is
//! `Root`; the oracle is a settable price per asset ([`set_price`]). Accounts 1–9 hold 1,000,000
//! AGR and of asset [`GOLD`]; AGD is asset [`AGD`]. AGR is a collateral type with a 150 %
//! liquidation ratio, no fee, a 13 % penalty, a ceiling of 1,000,000 and a floor of 10.

use crate as pallet_stablecoin;
use agora_primitives::{AssetKind, Price};
use frame_support::{derive_impl, parameter_types, traits::ConstU128, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use std::{cell::RefCell, collections::BTreeMap};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Recommender: pallet_recommender,
		Stablecoin: pallet_stablecoin,
		Utility: pallet_utility,
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
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = u128;
	type Currency = Balances;
	type CreateOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureSigned<u64>>;
	type ForceOrigin = EnsureRoot<u64>;
	type Freezer = ();
	type Holder = ();
}

impl pallet_utility::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = ();
}

#[derive_impl(pallet_recommender::config_preludes::TestDefaultConfig)]
impl pallet_recommender::Config for Test {
	type ModelOrigin = EnsureRoot<u64>;
}

thread_local! {
	static PRICES: RefCell<BTreeMap<AssetKind, Price>> = RefCell::new(BTreeMap::new());
	static DELAYED: RefCell<BTreeMap<AssetKind, Option<Price>>> = RefCell::new(BTreeMap::new());
	static VOLATILITY: RefCell<Option<Price>> = const { RefCell::new(None) };
}

/// Sets the volatility the mock oracle reports for every asset.
pub fn set_volatility(v: Option<Price>) {
	VOLATILITY.with(|x| *x.borrow_mut() = v);
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

/// The mock oracle.
pub struct MockOracle;
impl agora_primitives::oracle::PriceProvider for MockOracle {
	fn price(asset: AssetKind) -> Option<Price> {
		PRICES.with(|p| p.borrow().get(&asset).copied())
	}
	fn delayed_price(asset: AssetKind) -> Option<Price> {
		DELAYED.with(|p| p.borrow().get(&asset).copied()).unwrap_or_else(|| Self::price(asset))
	}
	fn volatility(_: AssetKind) -> Option<Price> {
		VOLATILITY.with(|v| *v.borrow())
	}
}

parameter_types! {
	pub const StablecoinPalletId: PalletId = PalletId(*b"agr/stbl");
	pub const StableAsset: u32 = AGD;
	pub const MaxCollateralTypes: u32 = 3;
	pub const FinalPriceGrace: u64 = 1_000;
	pub const MaxPsms: u32 = 2;
	/// Apart from `StablecoinPalletId` in its first four bytes: the mock's `u64` accounts keep
	/// only "modl" and those.
	pub const SavingsPalletId: PalletId = PalletId(*b"pot/agd_");
}

impl pallet_stablecoin::Config for Test {
	type Currency = Balances;
	type Assets = Assets;
	type RuntimeHoldReason = RuntimeHoldReason;
	type StableAsset = StableAsset;
	type Oracle = MockOracle;
	type GovernanceOrigin = EnsureRoot<u64>;
	type AdminOrigin = EnsureRoot<u64>;
	type SpendOrigin = EnsureRoot<u64>;
	type PayoutLimit = ();
	type Time = Timestamp;
	type PalletId = StablecoinPalletId;
	type Recommender = Recommender;
	type MaxCollateralTypes = MaxCollateralTypes;
	type FinalPriceGrace = FinalPriceGrace;
	type RuntimeCall = RuntimeCall;
	type MaxPsms = MaxPsms;
	type SavingsPalletId = SavingsPalletId;
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

/// AGD's asset id.
pub const AGD: u32 = 1;
/// An asset used as collateral.
pub const GOLD: u32 = 2;
/// An external stable asset listed in a peg stability module at scale 3: one of its smallest
/// units swaps for 1,000 of AGD's.
pub const USDX: u32 = 4;
/// The module's parameters: 0.1 % in, 0.2 % out, a ceiling of 1,000,000 AGD units, scale 3.
pub fn usdx_psm() -> crate::PsmParams {
	crate::PsmParams {
		fee_in: Price::from_rational(1, 1000),
		fee_out: Price::from_rational(2, 1000),
		ceiling: 1_000_000,
		scale: 3,
	}
}
/// The start time (Unix milliseconds).
pub const NOW: u64 = 1_700_000_000_000;
/// Default AGR collateral parameters.
pub fn agr_params() -> crate::CollateralParams {
	crate::CollateralParams {
		liquidation_ratio: Price::from_rational(3, 2),
		stability_fee: Price::from_inner(0),
		liquidation_penalty: Price::from_rational(13, 100),
		debt_ceiling: 1_000_000,
		debt_floor: 10,
		auction_limit: 2_000_000,
	}
}

/// Externalities at block 1, time [`NOW`], AGR at $2 and a collateral type.
pub fn new_test_ext() -> sp_io::TestExternalities {
	use sp_runtime::FixedPointNumber;
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
		assets: vec![(AGD, 9, true, 1), (GOLD, 9, true, 1), (USDX, 9, true, 1)],
		metadata: vec![],
		accounts: (1..10)
			.map(|a| (GOLD, a, 1_000_000))
			.chain((1..10).map(|a| (USDX, a, 1_000_000)))
			.collect(),
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_stablecoin::GenesisConfig::<Test> {
		params: Default::default(),
		collateral_types: vec![(AssetKind::Native, agr_params())],
		money: Default::default(),
		psms: vec![(USDX, usdx_psm())],
		_phantom: Default::default(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		pallet_timestamp::Now::<Test>::put(NOW);
		PRICES.with(|p| p.borrow_mut().clear());
		DELAYED.with(|p| p.borrow_mut().clear());
		set_volatility(None);
		set_price(AssetKind::Native, Some(Price::saturating_from_integer(2)));
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
