//! A test runtime with only System and the recommender pallet; governance is `Root`.

use crate as pallet_recommender;
use frame_support::{derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Recommender: pallet_recommender,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxNameLen: u32 = 32;
	pub const MaxActiveModels: u32 = 3;
}

impl pallet_recommender::Config for Test {
	type ModelOrigin = EnsureRoot<u64>;
	type MaxNameLen = MaxNameLen;
	type MaxActiveModels = MaxActiveModels;
	type WeightInfo = ();
}

/// Externalities at block 1, no models.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on fresh externalities and checks the pallet's invariants afterwards.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}
