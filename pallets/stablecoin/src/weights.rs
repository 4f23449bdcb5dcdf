
//! Weights for `pallet_stablecoin`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 20, repeat 10;
//! machine `vm`, CPU `Intel(R) Xeon(R) Processor`; execution Compiled, db cache 1024 MiB.
//!
//! Command:
//!   /var/tmp/agora-target/release/agora-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/agora-target/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm
//!   --genesis-builder
//!   runtime
//!   --genesis-builder-preset
//!   development
//!   --pallet
//!   pallet_stablecoin
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/stablecoin/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn set_collateral_type() -> Weight;
	fn set_params() -> Weight;
	fn adjust() -> Weight;
	fn liquidate() -> Weight;
	fn take() -> Weight;
	fn restart_auction() -> Weight;
	fn shutdown(n: u32, ) -> Weight;
	fn claim_leftovers() -> Weight;
	fn spend_surplus() -> Weight;
	fn freeze_price() -> Weight;
	fn settle_vault() -> Weight;
	fn settle_auction() -> Weight;
	fn open_redemption(n: u32, ) -> Weight;
	fn redeem(n: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_collateral_type() -> Weight {
		// Proof size: measured `342`, estimated `3622`.
		// Minimum execution time: 36_355_000 ps.
		Weight::from_parts(52_197_000, 3622)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Stablecoin::Parameters` (r:0 w:1)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(61), added: 556, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 7_374_000 ps.
		Weight::from_parts(12_943_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Vaults` (r:1 w:1)
	/// Proof: `Stablecoin::Vaults` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn adjust() -> Weight {
		// Proof size: measured `3044`, estimated `42078`.
		// Minimum execution time: 292_077_000 ps.
		Weight::from_parts(397_942_000, 42078)
			.saturating_add(T::DbWeight::get().reads(29))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Vaults` (r:1 w:1)
	/// Proof: `Stablecoin::Vaults` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(61), added: 556, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::NextAuctionId` (r:1 w:1)
	/// Proof: `Stablecoin::NextAuctionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:0 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn liquidate() -> Weight {
		// Proof size: measured `2875`, estimated `42078`.
		// Minimum execution time: 268_676_000 ps.
		Weight::from_parts(377_152_000, 42078)
			.saturating_add(T::DbWeight::get().reads(32))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(61), added: 556, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn take() -> Weight {
		// Proof size: measured `1535`, estimated `6196`.
		// Minimum execution time: 170_817_000 ps.
		Weight::from_parts(333_975_000, 6196)
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(61), added: 556, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn restart_auction() -> Weight {
		// Proof size: measured `2362`, estimated `42078`.
		// Minimum execution time: 134_063_000 ps.
		Weight::from_parts(224_701_000, 42078)
			.saturating_add(T::DbWeight::get().reads(23))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:16)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:16 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:256 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:0 w:16)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn shutdown(n: u32, ) -> Weight {
		// Proof size: measured `1983 + n * (483 ±0)`, estimated `3622 + n * (41088 ±0)`.
		// Minimum execution time: 150_883_000 ps.
		Weight::from_parts(194_229_097, 3622)
			.saturating_add(Weight::from_parts(102_013_649, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_leftovers() -> Weight {
		// Proof size: measured `294`, estimated `6196`.
		// Minimum execution time: 71_710_000 ps.
		Weight::from_parts(96_146_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn spend_surplus() -> Weight {
		Weight::from_parts(96_146_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:0)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:1 w:1)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn freeze_price() -> Weight {
		// Proof size: measured `2215`, estimated `42078`.
		// Minimum execution time: 126_980_000 ps.
		Weight::from_parts(157_601_000, 42078)
			.saturating_add(T::DbWeight::get().reads(23))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Vaults` (r:1 w:1)
	/// Proof: `Stablecoin::Vaults` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:1 w:0)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:1 w:1)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:0)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn settle_vault() -> Weight {
		// Proof size: measured `743`, estimated `6196`.
		// Minimum execution time: 105_349_000 ps.
		Weight::from_parts(132_876_000, 6196)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:1 w:0)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:1 w:1)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:0)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn settle_auction() -> Weight {
		// Proof size: measured `448`, estimated `3586`.
		// Minimum execution time: 50_549_000 ps.
		Weight::from_parts(78_136_000, 3586)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:0)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:0)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:17 w:0)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionFix` (r:0 w:16)
	/// Proof: `Stablecoin::RedemptionFix` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:0 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:0 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:0 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn open_redemption(n: u32, ) -> Weight {
		// Proof size: measured `923 + n * (114 ±0)`, estimated `3675 + n * (2632 ±0)`.
		// Minimum execution time: 51_440_000 ps.
		Weight::from_parts(62_674_719, 3675)
			.saturating_add(Weight::from_parts(13_773_995, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:16 w:16)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:31 w:31)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:16 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionFix` (r:17 w:0)
	/// Proof: `Stablecoin::RedemptionFix` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:16 w:16)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn redeem(n: u32, ) -> Weight {
		// Proof size: measured `1221 + n * (234 ±0)`, estimated `6196 + n * (4734 ±25)`.
		// Minimum execution time: 150_644_000 ps.
		Weight::from_parts(113_509_123, 6196)
			.saturating_add(Weight::from_parts(81_472_419, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4734).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_collateral_type() -> Weight {
		Weight::from_parts(52_197_000, 3622)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(12_943_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn adjust() -> Weight {
		Weight::from_parts(397_942_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(29))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(377_152_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(32))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn take() -> Weight {
		Weight::from_parts(333_975_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn restart_auction() -> Weight {
		Weight::from_parts(224_701_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn shutdown(n: u32, ) -> Weight {
		Weight::from_parts(194_229_097, 3622)
			.saturating_add(Weight::from_parts(102_013_649, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	fn claim_leftovers() -> Weight {
		Weight::from_parts(96_146_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn spend_surplus() -> Weight {
		Weight::from_parts(96_146_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn freeze_price() -> Weight {
		Weight::from_parts(157_601_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_vault() -> Weight {
		Weight::from_parts(132_876_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn settle_auction() -> Weight {
		Weight::from_parts(78_136_000, 3586)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn open_redemption(n: u32, ) -> Weight {
		Weight::from_parts(62_674_719, 3675)
			.saturating_add(Weight::from_parts(13_773_995, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(n.into()))
	}
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(113_509_123, 6196)
			.saturating_add(Weight::from_parts(81_472_419, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4734).saturating_mul(n.into()))
	}
}
