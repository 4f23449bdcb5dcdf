//! The configuration of every pallet in the runtime.

use frame_support::{
	derive_impl, parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf,
	},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot, EnsureSigned,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

use super::{
	AccountId, AssetId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, EXISTENTIAL_DEPOSIT, MILLI_UNITS, SLOT_DURATION, SS58_PREFIX, UNITS,
	VERSION,
};

/// Share of a block that ordinary (non-operational) transactions may fill.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute per six-second block.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which ordinary transactions may fill `NORMAL_DISPATCH_RATIO`.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const AssetDeposit: Balance = 10 * UNITS;
	pub const AssetAccountDeposit: Balance = MILLI_UNITS;
	pub const MetadataDepositBase: Balance = UNITS;
	pub const MetadataDepositPerByte: Balance = 10 * MILLI_UNITS;
	pub const ApprovalDeposit: Balance = MILLI_UNITS;
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	// Lend tokens move only through the lending pallet.
	type Freezer = crate::Lending;
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Longest model or feature name.
	pub const RecommenderMaxNameLen: u32 = 64;
	/// Most models active at once.
	pub const RecommenderMaxActiveModels: u32 = 64;
}

/// Models are approved by governance: a `parameters` (or `root`) referendum, or the sudo key on
/// the development chain.
impl pallet_recommender::Config for Runtime {
	type ModelOrigin = crate::governance::GovernanceOrigin;
	type MaxNameLen = RecommenderMaxNameLen;
	type MaxActiveModels = RecommenderMaxActiveModels;
	type WeightInfo = pallet_recommender::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The reward pot's account id.
	pub const CredentialsPalletId: frame_support::PalletId = frame_support::PalletId(*b"agr/cred");
	/// Longest issuer or course name.
	pub const CredentialsMaxNameLen: u32 = 64;
	/// Skill dimensions of every skill vector (a course query has twice as many features).
	pub const SkillDimensions: u32 = 8;
	/// Links from an issuer to its furthest delegate.
	pub const MaxDelegationDepth: u32 = 3;
	/// Credentials a learner holds at most.
	pub const MaxCredentialsPerSubject: u32 = 128;
	/// Courses open at once.
	pub const MaxOpenCourses: u32 = 512;
}

/// Issuers are accredited by governance: a `parameters` (or `root`)
/// referendum, or the sudo key on the development chain. Course models come from the recommender pallet.
impl pallet_credentials::Config for Runtime {
	type Currency = Balances;
	type Assets = crate::Assets;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = crate::governance::GovernanceOrigin;
	type Recommender = crate::Recommender;
	type Time = crate::Timestamp;
	type PalletId = CredentialsPalletId;
	type MaxNameLen = CredentialsMaxNameLen;
	type SkillDimensions = SkillDimensions;
	type MaxDelegationDepth = MaxDelegationDepth;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type MaxOpenCourses = MaxOpenCourses;
	type WeightInfo = pallet_credentials::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

parameter_types! {
	/// Most price feeders at once.
	pub const MaxFeeders: u32 = 16;
	/// Price samples kept per asset for its volatility: a day of hourly samples.
	pub const MaxOracleHistory: u32 = 24;
}

/// Feeders are approved by governance: a `parameters` (or `root`)
/// referendum, or the sudo key on the development chain.
impl pallet_oracle::Config for Runtime {
	type GovernanceOrigin = crate::governance::GovernanceOrigin;
	type Time = crate::Timestamp;
	type MaxFeeders = MaxFeeders;
	type MaxHistory = MaxOracleHistory;
	type WeightInfo = pallet_oracle::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The stablecoin's account (asset collateral, collateral under auction, AGD's owner).
	pub const StablecoinPalletId: frame_support::PalletId = frame_support::PalletId(*b"agr/stbl");
	/// AGD's pallet-assets id.
	pub const StableAssetId: AssetId = crate::AGD_ASSET_ID;
	/// Most collateral types (bounds the emergency shutdown and redemption).
	pub const MaxCollateralTypes: u32 = 16;
}

/// Collateral types are configured by Root: the sudo key on development chains, until the
/// governance pallet's referenda take this role. Prices come from the oracle pallet.
impl pallet_stablecoin::Config for Runtime {
	type Currency = Balances;
	type Assets = crate::Assets;
	type RuntimeHoldReason = RuntimeHoldReason;
	type StableAsset = StableAssetId;
	type Oracle = crate::Oracle;
	type GovernanceOrigin = crate::governance::GovernanceOrigin;
	type Time = crate::Timestamp;
	type PalletId = StablecoinPalletId;
	type Recommender = crate::Recommender;
	type MaxCollateralTypes = MaxCollateralTypes;
	type WeightInfo = pallet_stablecoin::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// What the credentials, stablecoin and lending benchmarks need: oracle prices (a single
/// feeder's fresh feed), the clock and assets.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl agora_primitives::assets::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn set_price(asset: agora_primitives::AssetKind, price: agora_primitives::Price) {
		let feeder: AccountId = frame_benchmarking::account("feeder", 0, 0);
		pallet_oracle::Parameters::<Runtime>::mutate(|p| p.min_feeders = 1);
		pallet_oracle::Feeders::<Runtime>::put(frame_support::BoundedVec::truncate_from(
			alloc::vec![feeder.clone()],
		));
		let now = pallet_timestamp::Now::<Runtime>::get();
		pallet_oracle::Feeds::<Runtime>::insert(asset, feeder, (price, now));
	}

	fn set_time(now: agora_primitives::Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}

	fn create_asset(id: AssetId, owner: &AccountId, holder: &AccountId, amount: Balance) {
		agora_primitives::assets::create_asset::<_, crate::Assets>(id, owner, holder, amount)
			.expect("a fresh asset id");
	}
}

parameter_types! {
	/// The lending pallet's account (the markets' cash).
	pub const LendingPalletId: frame_support::PalletId = frame_support::PalletId(*b"agr/lend");
	/// The lending rewards' pot.
	pub const LendingRewardPotId: frame_support::PalletId = frame_support::PalletId(*b"agr/lrwd");
	/// Most lending markets (bounds every liquidity check).
	pub const MaxMarkets: u32 = 8;
	/// The borrower score counts at most this many of an account's newest credentials.
	pub const MaxCredentialsCounted: u32 = 8;
	/// The most governance may let a perfect borrower score add to a collateral factor.
	pub MaxCollateralBoost: agora_primitives::Ratio = agora_primitives::Ratio::from_rational(10, 100);
}

/// Markets are configured by governance: a `parameters` (or `root`)
/// referendum, or the sudo key on the development chain. Prices come from the oracle pallet.
impl pallet_lending::Config for Runtime {
	type Currency = Balances;
	type Assets = crate::Assets;
	type Oracle = crate::Oracle;
	type GovernanceOrigin = crate::governance::GovernanceOrigin;
	type Time = crate::Timestamp;
	type PalletId = LendingPalletId;
	type RewardPotId = LendingRewardPotId;
	type Credentials = crate::Credentials;
	type Recommender = crate::Recommender;
	type MaxMarkets = MaxMarkets;
	type MaxCredentialsCounted = MaxCredentialsCounted;
	type MaxCollateralBoost = MaxCollateralBoost;
	type WeightInfo = pallet_lending::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}
