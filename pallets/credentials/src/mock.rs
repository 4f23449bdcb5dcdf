//! A test runtime: System, Timestamp, Balances, Assets, the recommender and the credentials
//! pallets; governance is `Root`. Accounts 1–9 hold 1,000 units of AGR and of asset
//! [`ASSET`]; the reward pot is empty. Skills 0–3 are registered (3 builds on 0 and 1).

use crate as pallet_credentials;
use frame_support::{derive_impl, parameter_types, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Recommender: pallet_recommender,
		Credentials: pallet_credentials,
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
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

frame_support::parameter_types! {
	/// One planck, unless a test raises it.
	pub static ExistentialDeposit: u128 = 1;
	/// More than a subject holds (no cap), unless a test lowers it.
	pub static MaxCredentialsPerIssuer: u32 = 5;
	/// None, unless a test reserves some.
	pub static CompletionSlots: u32 = 0;
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

#[derive_impl(pallet_recommender::config_preludes::TestDefaultConfig)]
impl pallet_recommender::Config for Test {
	type ModelOrigin = EnsureRoot<u64>;
}

parameter_types! {
	pub const CredentialsPalletId: PalletId = PalletId(*b"agr/cred");
	pub const MaxSkills: u32 = 12;
	pub const MaxSkillsPerRecord: u32 = 4;
	pub const MaxPrerequisites: u32 = 3;
	pub const MaxDelegationDepth: u32 = 2;
	pub const MaxCredentialsPerSubject: u32 = 4;
	pub const MaxOpenCourses: u32 = 3;
}

impl pallet_credentials::Config for Test {
	type Currency = Balances;
	type Assets = Assets;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<u64>;
	type AdminOrigin = EnsureRoot<u64>;
	type SpendOrigin = EnsureRoot<u64>;
	type PayoutLimit = ();
	type Recommender = Recommender;
	type Time = Timestamp;
	type PalletId = CredentialsPalletId;
	type MaxNameLen = frame_support::traits::ConstU32<32>;
	type MaxSkills = MaxSkills;
	type MaxSkillsPerRecord = MaxSkillsPerRecord;
	type MaxPrerequisites = MaxPrerequisites;
	type MaxDelegationDepth = MaxDelegationDepth;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type MaxCredentialsPerIssuer = MaxCredentialsPerIssuer;
	type CompletionSlots = CompletionSlots;
	type MaxOpenCourses = MaxOpenCourses;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AssetHelper;
}

/// Creates assets and sets the clock for the benchmarks (this mock has no oracle).
#[cfg(feature = "runtime-benchmarks")]
pub struct AssetHelper;
#[cfg(feature = "runtime-benchmarks")]
impl agora_primitives::assets::BenchmarkHelper<u64> for AssetHelper {
	fn set_price(_: agora_primitives::AssetKind, _: agora_primitives::Price) {}

	fn set_time(now: u64) {
		pallet_timestamp::Now::<Test>::put(now);
	}

	fn create_asset(id: agora_primitives::AssetId, owner: &u64, holder: &u64, amount: u128) {
		agora_primitives::assets::create_asset::<_, Assets>(id, owner, holder, amount)
			.expect("a fresh asset id");
	}
}

/// One unit of AGR in the mock.
pub const UNIT: u128 = 1_000;
/// The asset courses can be priced in.
pub const ASSET: u32 = 7;
/// Governance's accredited issuer in most tests.
pub const ISSUER: u64 = 1;
/// A learner.
pub const LEARNER: u64 = 2;
/// Another account.
pub const OTHER: u64 = 3;
/// The start time (Unix milliseconds).
pub const NOW: u64 = 1_700_000_000_000;

/// Externalities at block 1, time [`NOW`], accounts 1–9 funded in AGR and [`ASSET`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..10).map(|a| (a, 1_000 * UNIT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(ASSET, 9, true, 1)],
		metadata: vec![],
		accounts: (1..10).map(|a| (ASSET, a, 1_000 * UNIT)).collect(),
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_credentials::GenesisConfig::<Test> {
		params: crate::Params {
			schema_deposit: 10 * UNIT,
			credential_deposit: UNIT,
			max_reward_per_learner: 50 * UNIT,
			course_model: None,
		},
		issuers: vec![],
		trusted_schemas: vec![],
		// Skills 0–3 (3 builds on 0 and 1); tests register more.
		skills: vec![
			(b"Rust".to_vec(), vec![]),
			(b"Algorithms".to_vec(), vec![]),
			(b"Cryptography".to_vec(), vec![]),
			(b"Substrate".to_vec(), vec![0, 1]),
		],
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
