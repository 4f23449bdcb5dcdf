//! # Agora runtime
//!
//! The state-transition function of the Agora chain, composed with `construct_runtime!` from
//! FRAME pallets:
//!
//! | index | pallet | what it does here |
//! |---|---|---|
//! | 0 | `System` | accounts, nonces, events, block bookkeeping |
//! | 1 | `Timestamp` | block time (milliseconds), used by interest and staleness checks |
//! | 2 | `Aura` | round-robin block authoring |
//! | 3 | `Grandpa` | finality |
//! | 4 | `Balances` | AGR, the native token (12 decimals), with holds and freezes |
//! | 5 | `TransactionPayment` | fees in AGR |
//! | 6 | `Assets` | fungible assets: the AGD stablecoin, lend tokens, bridged assets |
//! | 7 | `Sudo` | a superuser key, configured only by the `development` genesis preset |
//! | 8 | `Recommender` | governance-approved fixed-point ML models, explained predictions |
//! | 9 | `Credentials` | accredited issuers, courses paid to providers, learner-owned credentials, learn-to-earn |
//! | 10 | `Oracle` | prices: median of fresh values from governance-approved feeders |
//! | 11 | `Stablecoin` | AGD: vaults, stability fees, liquidation auctions, emergency shutdown |
//! | 12 | `Lending` | money markets: supply, borrow, jump-rate interest, liquidation, rewards |
//! | 13–16 | `Preimage`, `Scheduler`, `Referenda`, `ConvictionVoting` | OpenGov ([`governance`]) |
//! | 17 | `Governance` | Agora's tracks, origins, treasury, voting periods, session period |
//! | 18 | `Authorship` | the author of each block, for collator selection's bookkeeping |
//! | 19 | `CollatorSelection` | the validator set: invulnerables chosen by governance ([`validators`]) |
//! | 20 | `Session` | session keys and rotation: the set takes effect at session boundaries |
//! | 21 | `Utility` | `batch`, `batchAll`, `forceBatch` ([`wallet`]) |
//! | 22 | `Proxy` | accounts acting for others, limited by [`wallet::ProxyType`] |
//! | 23 | `Multisig` | k-of-n accounts |
//!
//! Genesis presets (`development`, `local_testnet`) live in [`genesis_config_presets`]; the
//! runtime APIs, including Agora's own [`agora_primitives::AgoraApi`], in [`apis`].

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` and `impl_runtime_apis!` expand to large types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
pub mod upgrades;
pub mod validators;
pub mod wallet;
pub mod weights;

use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::{runtime_version, RuntimeVersion};

pub use agora_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, MILLI_UNITS, TOKEN_DECIMALS, TOKEN_SYMBOL, UNITS},
	AccountId, AssetId, Balance, BlockNumber, Hash, Moment, Nonce, Signature, AGD_ASSET_ID,
	SS58_PREFIX,
};
pub use frame_support;
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node uses without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block id.
	pub type BlockId = generic::BlockId<Block>;
}

impl_opaque_keys! {
	/// The session keys of a validator: an Aura key for authoring, a GRANDPA key for finality.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

// The upgrade-test version is for the wasm the build script builds, never for a node.
#[cfg(all(feature = "std", feature = "upgrade-test-version"))]
compile_error!(
	"`upgrade-test-version` builds the upgrade-test wasm only: never enable it natively"
);

/// The runtime's version. `spec_version` is bumped with every change of on-chain logic;
/// `transaction_version` with every change of the transaction format or of a call's encoding (2:
/// `CheckMetadataHash`; 3: the lending market parameters gained the protocol seize share and
/// isolation, so `lending.addMarket` and `setMarket` encode differently).
#[cfg(not(feature = "upgrade-test-version"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("agora"),
	impl_name: alloc::borrow::Cow::Borrowed("agora"),
	authoring_version: 1,
	spec_version: 105,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// The same runtime with `spec_version` one higher: the build script builds it beside the real
/// one (feature `upgrade-test-version`, `wbuild/upgrade-test/agora_runtime.wasm` in the target
/// directory) for the end-to-end test of a runtime upgrade by referendum. Keep every other field
/// equal to the real [`VERSION`]'s.
#[cfg(feature = "upgrade-test-version")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("agora"),
	impl_name: alloc::borrow::Cow::Borrowed("agora"),
	authoring_version: 1,
	spec_version: 106,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// Target block time. Aura's slot is this long; changing it on a live chain stops it.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

frame_support::construct_runtime!(
	pub enum Runtime {
		System: frame_system = 0,
		Timestamp: pallet_timestamp = 1,
		Aura: pallet_aura = 2,
		Grandpa: pallet_grandpa = 3,
		Balances: pallet_balances = 4,
		TransactionPayment: pallet_transaction_payment = 5,
		Assets: pallet_assets = 6,
		Sudo: pallet_sudo = 7,
		Recommender: pallet_recommender = 8,
		Credentials: pallet_credentials = 9,
		Oracle: pallet_oracle = 10,
		Stablecoin: pallet_stablecoin = 11,
		Lending: pallet_lending = 12,
		Preimage: pallet_preimage = 13,
		Scheduler: pallet_scheduler = 14,
		Referenda: pallet_referenda = 15,
		ConvictionVoting: pallet_conviction_voting = 16,
		Governance: pallet_governance = 17,
		// Collator selection's genesis (the invulnerables) must be built before the session's,
		// which asks it for the first validator set.
		Authorship: pallet_authorship = 18,
		CollatorSelection: pallet_collator_selection = 19,
		Session: pallet_session = 20,
		Utility: pallet_utility = 21,
		Proxy: pallet_proxy = 22,
		Multisig: pallet_multisig = 23,
	}
);

/// The address format: an account id or an index.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// The transaction extensions every signed transaction carries (checked in this order).
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// Refuses operational transactions but the authorized upgrade and the sudo key's
	// ([`upgrades`]); otherwise it is `ChargeTransactionPayment`, and wallets see it as that.
	upgrades::OperationalGuard<pallet_transaction_payment::ChargeTransactionPayment<Runtime>>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
);
/// An extrinsic as it arrives from outside.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Migrations run on the next runtime upgrade, beyond those of the pallets themselves.
///
/// - The oracle's storage version 1 → 2: AGR and AGD listed, values of removed feeders and of
///   unlisted assets deleted, at least three fresh values for a price (a no-op on a chain
///   started at version 2).
/// - The stablecoin's storage version 1 → 2: the surplus minted as AGD to the surplus account,
///   auction reset rules and limits added (see `pallet_stablecoin::migrations::v2`).
/// - The lending pallet's storage version 1 → 2: every market gets a minimum borrow; 2 → 3: a
///   protocol seize share (Compound's 2.8 %) and the isolation settings (off).
/// - The credentials pallet's storage version 1 → 2: courses get their own reward budget and
///   grant (both empty); 2 → 3: skills become ids of the taxonomy (the eight slots become the
///   seeded skills `configs::SEED_SKILLS`), mastery records and status lists are built.
/// - The governance pallet's storage version 1 → 2: the `admin` track, the treasury's spend cap;
///   2 → 3: the session period (one hour).
type Migrations = (
	pallet_oracle::migrations::v2::MigrateV1ToV2<Runtime, configs::OracleListedAssets>,
	pallet_stablecoin::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_lending::migrations::v2::MigrateV1ToV2<Runtime, LendingMinBorrow>,
	pallet_lending::migrations::v3::MigrateV2ToV3<Runtime, LendingSeizeShare>,
	pallet_credentials::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_credentials::migrations::v3::MigrateV2ToV3<Runtime, configs::SeedSkills>,
	pallet_governance::migrations::v2::MigrateV1ToV2<Runtime, governance::AdminTrack>,
	pallet_governance::migrations::v3::MigrateV2ToV3<Runtime, SessionPeriodBefore>,
);
frame_support::parameter_types! {
	/// The minimum borrow the lending migration v1 → v2 gives every market.
	pub const LendingMinBorrow: Balance = genesis_config_presets::MIN_BORROW;
	/// The protocol seize share the lending migration v2 → v3 gives every market: 2.8 %
	/// (Compound's `protocolSeizeShareMantissa`).
	pub LendingSeizeShare: agora_primitives::Ratio =
		agora_primitives::Ratio::from_rational(28, 1000);
	/// The session period the governance migration v2 → v3 stores: one hour, the default.
	pub const SessionPeriodBefore: BlockNumber = HOURS;
}
/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;
