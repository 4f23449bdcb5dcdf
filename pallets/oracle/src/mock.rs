//! A test runtime: System, Timestamp and the oracle; governance is `Root`, at most 4 feeders and
//! 3 listed assets.

use crate as pallet_oracle;
use agora_primitives::AssetKind;
use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Oracle: pallet_oracle,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

parameter_types! {
	pub const MaxFeeders: u32 = 4;
	pub const MaxAssets: u32 = 3;
	pub const MaxHistory: u32 = 4;
}

impl pallet_oracle::Config for Test {
	type GovernanceOrigin = EnsureRoot<u64>;
	type Time = Timestamp;
	type MaxFeeders = MaxFeeders;
	type MaxAssets = MaxAssets;
	type MaxHistory = MaxHistory;
	type WeightInfo = ();
}

/// The start time (Unix milliseconds).
pub const NOW: u64 = 1_700_000_000_000;
/// The default staleness: one hour.
pub const HOUR: u64 = 3_600_000;

/// AGR: listed at genesis.
pub const AGR: AssetKind = AssetKind::Native;
/// AGD: listed at genesis.
pub const AGD: AssetKind = AssetKind::Asset(1);
/// An asset nobody listed.
pub const GOLD: AssetKind = AssetKind::Asset(7);

/// Externalities at block 1, time [`NOW`], feeders 1, 2 and 3, AGR and AGD listed, default
/// parameters (one hour, three fresh values).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_oracle::GenesisConfig::<Test> {
		params: Default::default(),
		feeders: vec![3, 1, 2],
		assets: vec![AGD, AGR, AGD],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		pallet_timestamp::Now::<Test>::put(NOW);
	});
	ext
}

/// Runs `test` on fresh externalities and checks the pallet's invariants afterwards.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}

/// Moves the clock to `NOW + ms`.
pub fn at(ms: u64) {
	pallet_timestamp::Now::<Test>::put(NOW + ms);
}
