
//! Weights for `pallet_stablecoin`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-25; steps 20, repeat 10;
//! machine `vm`, CPU `AMD EPYC`; execution Compiled, db cache 1024 MiB.
//!
//! Command:
//!   /var/tmp/agora-target/release/agora-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/agora-target/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm
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
		// Minimum execution time: 40_065_000 ps.
		Weight::from_parts(43_552_000, 3622)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Stablecoin::Parameters` (r:0 w:1)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(61), added: 556, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_498_000 ps.
		Weight::from_parts(11_622_000, 0)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:1 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn adjust() -> Weight {
		// Proof size: measured `1237`, estimated `3675`.
		// Minimum execution time: 165_440_000 ps.
		Weight::from_parts(203_221_000, 3675)
			.saturating_add(T::DbWeight::get().reads(13))
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
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:1 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1138`, estimated `8799`.
		// Minimum execution time: 189_194_000 ps.
		Weight::from_parts(210_715_000, 8799)
			.saturating_add(T::DbWeight::get().reads(16))
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
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn take() -> Weight {
		// Proof size: measured `1290`, estimated `8799`.
		// Minimum execution time: 197_771_000 ps.
		Weight::from_parts(204_734_000, 8799)
			.saturating_add(T::DbWeight::get().reads(12))
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
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:1 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn restart_auction() -> Weight {
		// Proof size: measured `625`, estimated `3586`.
		// Minimum execution time: 47_038_000 ps.
		Weight::from_parts(50_044_000, 3586)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:16)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Surplus` (r:1 w:1)
	/// Proof: `Stablecoin::Surplus` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:0 w:16)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn shutdown(n: u32, ) -> Weight {
		// Proof size: measured `561 + n * (158 ±0)`, estimated `3622 + n * (2632 ±0)`.
		// Minimum execution time: 62_958_000 ps.
		Weight::from_parts(43_504_902, 3622)
			.saturating_add(Weight::from_parts(26_451_847, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 109_586_000 ps.
		Weight::from_parts(114_185_000, 6196)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:1 w:0)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
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
		// Proof size: measured `654`, estimated `6196`.
		// Minimum execution time: 98_494_000 ps.
		Weight::from_parts(104_917_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
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
		// Proof size: measured `809 + n * (118 ±0)`, estimated `3675 + n * (2632 ±0)`.
		// Minimum execution time: 51_897_000 ps.
		Weight::from_parts(47_089_172, 3675)
			.saturating_add(Weight::from_parts(17_946_634, 0).saturating_mul(n.into()))
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
		// Proof size: measured `909 + n * (234 ±0)`, estimated `6196 + n * (4730 ±0)`.
		// Minimum execution time: 138_681_000 ps.
		Weight::from_parts(84_807_927, 6196)
			.saturating_add(Weight::from_parts(67_310_925, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4730).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_collateral_type() -> Weight {
		Weight::from_parts(43_552_000, 3622)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(11_622_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn adjust() -> Weight {
		Weight::from_parts(203_221_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(210_715_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(16))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn take() -> Weight {
		Weight::from_parts(204_734_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn restart_auction() -> Weight {
		Weight::from_parts(50_044_000, 3586)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn shutdown(n: u32, ) -> Weight {
		Weight::from_parts(43_504_902, 3622)
			.saturating_add(Weight::from_parts(26_451_847, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(n.into()))
	}
	fn settle_vault() -> Weight {
		Weight::from_parts(114_185_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn settle_auction() -> Weight {
		Weight::from_parts(104_917_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn open_redemption(n: u32, ) -> Weight {
		Weight::from_parts(47_089_172, 3675)
			.saturating_add(Weight::from_parts(17_946_634, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(n.into()))
	}
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(84_807_927, 6196)
			.saturating_add(Weight::from_parts(67_310_925, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4730).saturating_mul(n.into()))
	}
}
