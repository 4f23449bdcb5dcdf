//! # Agora primitives
//!
//! Types, constants and runtime-API declarations shared by the Agora runtime, its pallets and
//! the node. Everything here is `no_std` and deterministic: it compiles into the wasm runtime as
//! well as into the native node.
//!
//! - **Chain types**: [`AccountId`] (32-byte, sr25519/ed25519/ecdsa through [`Signature`]),
//!   [`Balance`] (`u128`, 12 decimals, see [`currency`]), [`BlockNumber`], [`Moment`]
//!   (milliseconds since the Unix epoch), [`AssetId`] (pallet-assets ids).
//! - **Fixed point**: [`FixedU`] / [`FixedI`] are `sp-arithmetic`'s 128-bit fixed-point numbers
//!   with 18 decimal places (`1.0 == 10^18`). Rates, ratios, prices and exchange rates across the
//!   chain use them; [`Ratio`] is the same type under a name that says what it holds.
//! - **Recommendations**: the [`recommend::Recommend`] trait, through which every pallet asks
//!   a governance-approved model of the recommender pallet for an explained prediction, and the
//!   no_std fixed-point ML library it is built on, re-exported as [`recommender`].
//! - **Moving value**: [`assets::transfer`] moves AGR or an asset the one way every pallet does;
//!   [`assets::BenchmarkHelper`] is what the pallets' benchmarks need from a runtime.
//! - **Runtime APIs**: [`AgoraApi`] answers `agora_info` over JSON-RPC; the domain modules
//!   ([`credentials`], [`oracle`], [`stablecoin`], [`lending`]) declare theirs next to their shared types.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{string::String, vec::Vec};
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// Signature of a transaction: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account on the chain: the public key of the signing scheme (32 bytes).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// A balance of AGR or of any pallet-assets asset, in the smallest unit (12 decimals for AGR).
pub type Balance = u128;
/// A block number.
pub type BlockNumber = u32;
/// A point in time: milliseconds since the Unix epoch (pallet-timestamp's `Moment`).
pub type Moment = u64;
/// The id of a pallet-assets asset (the stablecoin AGD and lend tokens among them).
pub type AssetId = u32;
/// The pallet-assets id of AGD, the stablecoin (12 decimals), created at genesis.
pub const AGD_ASSET_ID: AssetId = 1;

/// The first asset id anyone may create with `assets.create`. Ids below it are reserved for governance (`assets.forceCreate`) and the pallets
/// that create assets (AGD, lend tokens): a stranger cannot take an id governance is about to
/// list or use, nor create a collateral before it is listed and mint it freely.
pub const FIRST_USER_ASSET_ID: AssetId = 1_000_000;
/// How many transactions an account has sent.
pub type Nonce = u32;
/// A hash of block or state data.
pub type Hash = sp_core::H256;

/// Most items one page of a list method returns (`recommender_models`, `credentials_courses`,
/// `stablecoin_auctions`, `stablecoin_atRiskVaults`, `governance_referenda`): the runtime APIs
/// behind them clamp a larger `limit` to it.
pub const MAX_PAGE: u32 = 100;
/// Most ids or storage entries one call of a list method looks at, matching or not: the work
/// of one call stays bounded however large the chain's state grows. A call that stopped there
/// tells where to go on (the next id, or the `next` cursor).
pub const MAX_SCAN: u32 = 1_000;

/// The chain's unsigned fixed-point number: 128 bits, 18 decimal places.
pub type FixedU = sp_arithmetic::FixedU128;
/// The chain's signed fixed-point number: 128 bits, 18 decimal places.
pub type FixedI = sp_arithmetic::FixedI128;
/// A ratio or rate (collateral ratio, interest rate per second, exchange rate).
pub type Ratio = FixedU;
/// A price: how many units of the quote asset one unit of an asset is worth.
pub type Price = FixedU;

/// An asset of the chain: AGR, or an asset of pallet-assets (AGD, lend tokens, others).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub enum AssetKind {
	/// The native token, AGR.
	Native,
	/// An asset of pallet-assets.
	Asset(AssetId),
}

/// AGR, the native token: symbol, decimals and the sizes of its units.
pub mod currency {
	use super::Balance;

	/// The ticker of the native token.
	pub const TOKEN_SYMBOL: &str = "AGR";
	/// Decimal places of the native token.
	pub const TOKEN_DECIMALS: u8 = 12;
	/// One AGR in its smallest unit.
	pub const UNITS: Balance = 1_000_000_000_000;
	/// One thousandth of an AGR.
	pub const MILLI_UNITS: Balance = UNITS / 1_000;
	/// One millionth of an AGR.
	pub const MICRO_UNITS: Balance = UNITS / 1_000_000;
	/// The balance below which an account is reaped.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNITS;
}

pub use agora_recommender as recommender;

pub mod assets;
pub mod credentials;
pub mod governance;
pub mod lending;
pub mod oracle;
pub mod recommend;
pub mod stablecoin;

/// The SS58 address prefix of the chain (42: the generic Substrate prefix).
pub const SS58_PREFIX: u16 = 42;

/// One pallet of the runtime as `agora_info` reports it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct PalletSummary {
	/// Index of the pallet in `construct_runtime!` (the first byte of its calls and events).
	pub index: u32,
	/// Name of the pallet in the runtime (`Balances`, `Assets`, ...).
	pub name: String,
	/// The crate that implements it (`pallet_balances`, ...).
	pub module: String,
	/// The crate's version, `major.minor.patch`.
	pub crate_version: String,
	/// The storage version written on chain (0 where the pallet never wrote one).
	pub storage_version: u16,
}

/// What `agora_info` returns: the runtime's identity and its pallets.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct AgoraInfo {
	/// `spec_name` of the runtime (`agora`).
	pub spec_name: String,
	/// `spec_version` of the runtime: bumped with every runtime upgrade.
	pub spec_version: u32,
	/// Ticker of the native token.
	pub token_symbol: String,
	/// Decimal places of the native token.
	pub token_decimals: u8,
	/// Every pallet of the runtime, in index order.
	pub pallets: Vec<PalletSummary>,
}

sp_api::decl_runtime_apis! {
	/// Agora's general runtime API, served over JSON-RPC as `agora_info`.
	pub trait AgoraApi {
		/// The runtime's name, version, token and the list of its pallets with their storage
		/// versions.
		fn info() -> AgoraInfo;
	}
}
