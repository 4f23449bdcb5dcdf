//! The configuration of every pallet in the runtime.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, IdentityFee, Weight,
	},
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot, EnsureSigned,
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};
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
	/// Ordinary transactions may fill `NORMAL_DISPATCH_RATIO` of 5 MiB; operational ones (a
	/// runtime upgrade's code, `system.applyAuthorizedUpgrade`) up to 8 MiB, so that the
	/// runtime (5 MiB compressed) can replace itself with room to grow.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(8 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * (5 * 1024 * 1024)
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
	type MaxAuthorities = ConstU32<{ crate::validators::MAX_AUTHORITIES }>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<{ crate::validators::MAX_AUTHORITIES }>;
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
	/// What each byte of a transaction costs: a hundred-thousandth of an AGR (10 AGR a
	/// megabyte), so that filling blocks with data is not free.
	pub const TransactionByteFee: Balance = MILLI_UNITS / 100;
	/// Fees rise while blocks are fuller than this (of what ordinary transactions may fill)...
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// ...in proportion to this (Polkadot's): full blocks raise fees by about 0.0056 % each
	/// (×2.2 a day), empty ones lower them by about 0.0019 % each (×0.76 a day)...
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// ...and fall while blocks are emptier, never below a tenth of the weight fee.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	/// No ceiling: a spammer pays more and more.
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// The fee multiplier: polkadot-sdk's slow-adjusting `TargetedFeeAdjustment`, with Polkadot's
/// parameters ([`TargetBlockFullness`], [`AdjustmentVariable`], [`MinimumMultiplier`],
/// [`MaximumMultiplier`]). It starts at 1.
pub type SlowAdjustingFeeUpdate = TargetedFeeAdjustment<
	Runtime,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate;
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
	// Anyone may create an asset, at an id from `FIRST_USER_ASSET_ID` on: the ids below are
	// governance's (`assets.forceCreate`) and the pallets' (AGD, lend tokens), so no stranger
	// can take an id before governance lists or uses it.
	type CreateOrigin = EnsureSignedForUserAssets;
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
	type BenchmarkHelper = AssetsBenchmarkHelper;
}

/// `assets.create`'s origin: any signed account, for an asset id from
/// [`agora_primitives::FIRST_USER_ASSET_ID`] on. Ids below are reserved for governance
/// (`assets.forceCreate`) and the pallets.
pub struct EnsureSignedForUserAssets;
impl frame_support::traits::EnsureOriginWithArg<RuntimeOrigin, AssetId>
	for EnsureSignedForUserAssets
{
	type Success = AccountId;

	fn try_origin(o: RuntimeOrigin, id: &AssetId) -> Result<AccountId, RuntimeOrigin> {
		if *id < agora_primitives::FIRST_USER_ASSET_ID {
			return Err(o);
		}
		<EnsureSigned<AccountId> as frame_support::traits::EnsureOrigin<RuntimeOrigin>>::try_origin(
			o,
		)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(id: &AssetId) -> Result<RuntimeOrigin, ()> {
		if *id < agora_primitives::FIRST_USER_ASSET_ID {
			return Err(());
		}
		Ok(RuntimeOrigin::signed(frame_benchmarking::whitelisted_caller()))
	}
}

/// pallet-assets' benchmarks create assets at ids anyone may create.
#[cfg(feature = "runtime-benchmarks")]
pub struct AssetsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assets::BenchmarkHelper<codec::Compact<AssetId>, ()> for AssetsBenchmarkHelper {
	fn create_asset_id_parameter(id: u32) -> codec::Compact<AssetId> {
		codec::Compact(agora_primitives::FIRST_USER_ASSET_ID.saturating_add(id))
	}
	fn create_reserve_id_parameter(_id: u32) {}
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
	/// Skills the taxonomy registers at most (retired ones count).
	pub const MaxSkills: u32 = 1024;
	/// Skills a course teaches, a course requires or a credential attests, at most.
	pub const MaxSkillsPerRecord: u32 = 16;
	/// Prerequisites of a skill, at most.
	pub const MaxPrerequisites: u32 = 8;
	/// Links from an issuer to its furthest delegate.
	pub const MaxDelegationDepth: u32 = 3;
	/// Credentials a learner holds at most.
	pub const MaxCredentialsPerSubject: u32 = 128;
	/// Courses open at once.
	pub const MaxOpenCourses: u32 = 512;
	/// Credentials one issuer gives a subject directly (not by a course completion).
	pub const MaxCredentialsPerIssuer: u32 = 16;
	/// Slots of a subject's 128 that only course completions fill.
	pub const CompletionSlots: u32 = 32;
}

/// The starter taxonomy: what a new chain's genesis registers (ids 0–7), and what the
/// credentials migration v2 → v3 registers for the eight unnamed skill slots of version 2
/// (slot `i` → skill `i`). Governance renames, aligns, extends and retires them.
pub const SEED_SKILLS: [(&str, &[u32]); 8] = [
	("Programming", &[]),
	("Algorithms", &[0]),
	("Mathematics", &[]),
	("Cryptography", &[2]),
	("Distributed systems", &[1]),
	("Runtime development", &[0, 4]),
	("Finance", &[2]),
	("Communication", &[]),
];

/// [`SEED_SKILLS`] for the credentials migration v2 → v3.
pub struct SeedSkills;
impl frame_support::traits::Get<alloc::vec::Vec<(&'static str, alloc::vec::Vec<u32>)>>
	for SeedSkills
{
	fn get() -> alloc::vec::Vec<(&'static str, alloc::vec::Vec<u32>)> {
		SEED_SKILLS.iter().map(|(n, p)| (*n, p.to_vec())).collect()
	}
}

/// Issuers are accredited by governance: a `parameters` (or `root`)
/// referendum, or the sudo key on the development chain. Course models come from the recommender pallet.
impl pallet_credentials::Config for Runtime {
	type Currency = Balances;
	type Assets = crate::Assets;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = crate::governance::GovernanceOrigin;
	type AdminOrigin = crate::governance::AdminOrigin;
	type SpendOrigin = crate::governance::SpendOrigin;
	type PayoutLimit = crate::Governance;
	type Recommender = crate::Recommender;
	type Time = crate::Timestamp;
	type PalletId = CredentialsPalletId;
	type MaxNameLen = CredentialsMaxNameLen;
	type MaxSkills = MaxSkills;
	type MaxSkillsPerRecord = MaxSkillsPerRecord;
	type MaxPrerequisites = MaxPrerequisites;
	type MaxDelegationDepth = MaxDelegationDepth;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type MaxCredentialsPerIssuer = MaxCredentialsPerIssuer;
	type CompletionSlots = CompletionSlots;
	type MaxOpenCourses = MaxOpenCourses;
	type WeightInfo = pallet_credentials::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

parameter_types! {
	/// Most price feeders at once.
	pub const MaxFeeders: u32 = 16;
	/// Most assets the oracle lists: room for every lending market and collateral type
	/// (`MaxMarkets` + `MaxCollateralTypes`).
	pub const MaxOracleAssets: u32 = 32;
	/// Price samples kept per asset for its volatility: a day of hourly samples.
	pub const MaxOracleHistory: u32 = 24;
	/// The assets the oracle lists at genesis: AGR and AGD, what the stablecoin's and the
	/// lending pallet's genesis configurations price.
	pub OracleGenesisAssets: alloc::vec::Vec<agora_primitives::AssetKind> = alloc::vec![
		agora_primitives::AssetKind::Native,
		agora_primitives::AssetKind::Asset(crate::AGD_ASSET_ID),
	];
}

/// The assets the oracle lists when it migrates to storage version 2: AGR, AGD and every asset
/// the stablecoin takes as collateral or the lending pallet has a market for at the upgrade
/// (their prices must survive it).
pub struct OracleListedAssets;
impl frame_support::traits::Get<alloc::vec::Vec<agora_primitives::AssetKind>>
	for OracleListedAssets
{
	fn get() -> alloc::vec::Vec<agora_primitives::AssetKind> {
		let mut assets = OracleGenesisAssets::get();
		assets.extend(pallet_stablecoin::CollateralTypes::<Runtime>::iter_keys());
		assets.extend(pallet_lending::Markets::<Runtime>::iter_keys());
		assets.sort();
		assets.dedup();
		assets
	}
}

/// The asset ids below [`agora_primitives::FIRST_USER_ASSET_ID`]: governance's and the
/// pallets', never `assets.create`'s. Lend tokens must take one.
pub struct ReservedAssetIds;
impl frame_support::traits::Contains<crate::AssetId> for ReservedAssetIds {
	fn contains(id: &crate::AssetId) -> bool {
		*id < agora_primitives::FIRST_USER_ASSET_ID
	}
}

/// Feeders and listed assets are approved by governance: a `parameters` (or `root`)
/// referendum, or the sudo key on the development chain.
impl pallet_oracle::Config for Runtime {
	type GovernanceOrigin = crate::governance::AdminOrigin;
	type Time = crate::Timestamp;
	type MaxFeeders = MaxFeeders;
	type MaxAssets = MaxOracleAssets;
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
	/// After a shutdown, a week in which only governance may set the final price of a
	/// collateral type the shutdown could not price (a `root` referendum fits in it on the
	/// development tracks; on a network, governance should act at once).
	pub const FinalPriceGrace: agora_primitives::Moment = 7 * 24 * 60 * 60 * 1000;
	/// The account that holds the savers' AGD.
	pub const SavingsPalletId: frame_support::PalletId = frame_support::PalletId(*b"agr/save");
	/// Most peg stability modules (bounds the redemption with the collateral types).
	pub const MaxPsms: u32 = 4;
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
	type AdminOrigin = crate::governance::AdminOrigin;
	type SpendOrigin = crate::governance::SpendOrigin;
	type PayoutLimit = crate::Governance;
	type Time = crate::Timestamp;
	type PalletId = StablecoinPalletId;
	type Recommender = crate::Recommender;
	type MaxCollateralTypes = MaxCollateralTypes;
	type FinalPriceGrace = FinalPriceGrace;
	type RuntimeCall = RuntimeCall;
	type MaxPsms = MaxPsms;
	type SavingsPalletId = SavingsPalletId;
	type WeightInfo = pallet_stablecoin::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// What the credentials, stablecoin and lending benchmarks need: oracle prices (a fresh value
/// from each of `MaxFeeders` feeders, the asset listed), the clock and assets.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl agora_primitives::assets::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn set_price(asset: agora_primitives::AssetKind, price: agora_primitives::Price) {
		// The most feeders, each with a fresh value: reading the price costs what it can cost
		// at most, and any valid minimum of fresh values is met.
		let mut feeders: alloc::vec::Vec<AccountId> =
			(0..MaxFeeders::get()).map(|i| frame_benchmarking::account("feeder", i, 0)).collect();
		feeders.sort();
		pallet_oracle::Feeders::<Runtime>::put(frame_support::BoundedVec::truncate_from(
			feeders.clone(),
		));
		pallet_oracle::ListedAssets::<Runtime>::mutate(|listed| {
			if let Err(at) = listed.binary_search(&asset) {
				// `MaxOracleAssets` exceeds the assets the benchmarks price.
				let _ = listed.try_insert(at, asset);
			}
		});
		let now = pallet_timestamp::Now::<Runtime>::get();
		for feeder in feeders {
			pallet_oracle::Feeds::<Runtime>::insert(asset, feeder, (price, now));
		}
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
	type SpendOrigin = crate::governance::SpendOrigin;
	type PayoutLimit = crate::Governance;
	type Time = crate::Timestamp;
	type PalletId = LendingPalletId;
	type RewardPotId = LendingRewardPotId;
	type Credentials = crate::Credentials;
	type Recommender = crate::Recommender;
	type MaxMarkets = MaxMarkets;
	type ReservedAssetIds = ReservedAssetIds;
	type MaxCredentialsCounted = MaxCredentialsCounted;
	type MaxCollateralBoost = MaxCollateralBoost;
	type WeightInfo = pallet_lending::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}
