
//! Weights for `pallet_stablecoin`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 20, repeat 10;
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
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_collateral_type() -> Weight {
		// Proof size: measured `903`, estimated `3675`.
		// Minimum execution time: 68_794_000 ps.
		Weight::from_parts(78_964_000, 3675)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Stablecoin::Parameters` (r:0 w:1)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(101), added: 596, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 7_300_000 ps.
		Weight::from_parts(8_629_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Vaults` (r:1 w:1)
	/// Proof: `Stablecoin::Vaults` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn adjust() -> Weight {
		// Proof size: measured `3076`, estimated `42078`.
		// Minimum execution time: 268_703_000 ps.
		Weight::from_parts(292_311_000, 42078)
			.saturating_add(T::DbWeight::get().reads(30))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
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
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(101), added: 596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionTab` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionTab` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::NextAuctionId` (r:1 w:1)
	/// Proof: `Stablecoin::NextAuctionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:0 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn liquidate() -> Weight {
		// Proof size: measured `3405`, estimated `42078`.
		// Minimum execution time: 293_710_000 ps.
		Weight::from_parts(322_430_000, 42078)
			.saturating_add(T::DbWeight::get().reads(35))
			.saturating_add(T::DbWeight::get().writes(13))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(101), added: 596, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionTab` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionTab` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn take() -> Weight {
		// Proof size: measured `1792`, estimated `8799`.
		// Minimum execution time: 214_207_000 ps.
		Weight::from_parts(297_754_000, 8799)
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Parameters` (r:1 w:0)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(101), added: 596, mode: `MaxEncodedLen`)
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
		// Proof size: measured `2436`, estimated `42078`.
		// Minimum execution time: 128_198_000 ps.
		Weight::from_parts(159_409_000, 42078)
			.saturating_add(T::DbWeight::get().reads(23))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:16)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
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
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:0 w:16)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn shutdown(n: u32, ) -> Weight {
		// Proof size: measured `2543 + n * (516 ±0)`, estimated `3675 + n * (41088 ±0)`.
		// Minimum execution time: 179_752_000 ps.
		Weight::from_parts(142_220_746, 3675)
			.saturating_add(Weight::from_parts(101_678_235, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_leftovers() -> Weight {
		// Proof size: measured `294`, estimated `6196`.
		// Minimum execution time: 68_592_000 ps.
		Weight::from_parts(80_874_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(34), added: 529, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn spend_surplus() -> Weight {
		// Proof size: measured `3171`, estimated `42078`.
		// Minimum execution time: 209_667_000 ps.
		Weight::from_parts(230_946_000, 42078)
			.saturating_add(T::DbWeight::get().reads(30))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:0)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 124_449_000 ps.
		Weight::from_parts(135_011_000, 42078)
			.saturating_add(T::DbWeight::get().reads(23))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Vaults` (r:1 w:1)
	/// Proof: `Stablecoin::Vaults` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:1 w:0)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:1 w:1)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn settle_vault() -> Weight {
		// Proof size: measured `736`, estimated `6196`.
		// Minimum execution time: 96_003_000 ps.
		Weight::from_parts(166_546_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
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
	/// Storage: `Stablecoin::AuctionTab` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionTab` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:1 w:1)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:1 w:1)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn settle_auction() -> Weight {
		// Proof size: measured `625`, estimated `3654`.
		// Minimum execution time: 54_269_000 ps.
		Weight::from_parts(61_450_000, 3654)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:0)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:0)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:17 w:0)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionFix` (r:0 w:16)
	/// Proof: `Stablecoin::RedemptionFix` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:0 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn open_redemption(n: u32, ) -> Weight {
		// Proof size: measured `1539 + n * (132 ±0)`, estimated `3675 + n * (2664 ±0)`.
		// Minimum execution time: 117_115_000 ps.
		Weight::from_parts(123_402_660, 3675)
			.saturating_add(Weight::from_parts(12_637_421, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(n.into()))
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
		// Proof size: measured `1221 + n * (234 ±0)`, estimated `6196 + n * (4733 ±0)`.
		// Minimum execution time: 142_004_000 ps.
		Weight::from_parts(89_314_139, 6196)
			.saturating_add(Weight::from_parts(67_581_137, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4733).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_collateral_type() -> Weight {
		Weight::from_parts(78_964_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_params() -> Weight {
		Weight::from_parts(8_629_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn adjust() -> Weight {
		Weight::from_parts(292_311_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(30))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(322_430_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(35))
			.saturating_add(RocksDbWeight::get().writes(13))
	}
	fn take() -> Weight {
		Weight::from_parts(297_754_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(16))
			.saturating_add(RocksDbWeight::get().writes(11))
	}
	fn restart_auction() -> Weight {
		Weight::from_parts(159_409_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn shutdown(n: u32, ) -> Weight {
		Weight::from_parts(142_220_746, 3675)
			.saturating_add(Weight::from_parts(101_678_235, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	fn claim_leftovers() -> Weight {
		Weight::from_parts(80_874_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn spend_surplus() -> Weight {
		Weight::from_parts(230_946_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(30))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn freeze_price() -> Weight {
		Weight::from_parts(135_011_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_vault() -> Weight {
		Weight::from_parts(166_546_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn settle_auction() -> Weight {
		Weight::from_parts(61_450_000, 3654)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn open_redemption(n: u32, ) -> Weight {
		Weight::from_parts(123_402_660, 3675)
			.saturating_add(Weight::from_parts(12_637_421, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(6))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(n.into()))
	}
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(89_314_139, 6196)
			.saturating_add(Weight::from_parts(67_581_137, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4733).saturating_mul(n.into()))
	}
}
