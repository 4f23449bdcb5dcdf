
//! Weights for `pallet_stablecoin`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 20, repeat 10;
//! machine `vm`, CPU `AMD EPYC`; execution Compiled, db cache 1024 MiB.
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
	fn set_money_params() -> Weight;
	fn set_psm() -> Weight;
	fn psm_swap_in() -> Weight;
	fn psm_swap_out() -> Weight;
	fn savings_join() -> Weight;
	fn savings_exit() -> Weight;
	fn flash_mint() -> Weight;
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
		// Proof size: measured `1080`, estimated `3675`.
		// Minimum execution time: 60_700_000 ps.
		Weight::from_parts(69_353_000, 3675)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Stablecoin::Parameters` (r:0 w:1)
	/// Proof: `Stablecoin::Parameters` (`max_values`: Some(1), `max_size`: Some(101), added: 596, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_949_000 ps.
		Weight::from_parts(10_185_000, 0)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FlashMinted` (r:1 w:0)
	/// Proof: `Stablecoin::FlashMinted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	fn adjust() -> Weight {
		// Proof size: measured `3334`, estimated `42078`.
		// Minimum execution time: 251_834_000 ps.
		Weight::from_parts(343_371_000, 42078)
			.saturating_add(T::DbWeight::get().reads(32))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::NextAuctionId` (r:1 w:1)
	/// Proof: `Stablecoin::NextAuctionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::AuctionDebt` (r:1 w:1)
	/// Proof: `Stablecoin::AuctionDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:0 w:1)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn liquidate() -> Weight {
		// Proof size: measured `3584`, estimated `42078`.
		// Minimum execution time: 264_403_000 ps.
		Weight::from_parts(374_126_000, 42078)
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
		// Proof size: measured `1928`, estimated `8799`.
		// Minimum execution time: 188_961_000 ps.
		Weight::from_parts(257_723_000, 8799)
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
		// Proof size: measured `2542`, estimated `42078`.
		// Minimum execution time: 110_694_000 ps.
		Weight::from_parts(137_304_000, 42078)
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
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Savings` (r:1 w:1)
	/// Proof: `Stablecoin::Savings` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FrozenPrices` (r:0 w:16)
	/// Proof: `Stablecoin::FrozenPrices` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn shutdown(n: u32, ) -> Weight {
		// Proof size: measured `3142 + n * (516 ±0)`, estimated `6208 + n * (41088 ±0)`.
		// Minimum execution time: 222_921_000 ps.
		Weight::from_parts(124_017_331, 6208)
			.saturating_add(Weight::from_parts(90_168_849, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Leftovers` (r:1 w:1)
	/// Proof: `Stablecoin::Leftovers` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_leftovers() -> Weight {
		// Proof size: measured `360`, estimated `6196`.
		// Minimum execution time: 59_649_000 ps.
		Weight::from_parts(87_780_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Savings` (r:1 w:1)
	/// Proof: `Stablecoin::Savings` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn spend_surplus() -> Weight {
		// Proof size: measured `3406`, estimated `42078`.
		// Minimum execution time: 234_528_000 ps.
		Weight::from_parts(310_060_000, 42078)
			.saturating_add(T::DbWeight::get().reads(32))
			.saturating_add(T::DbWeight::get().writes(7))
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
		// Proof size: measured `2285`, estimated `42078`.
		// Minimum execution time: 110_484_000 ps.
		Weight::from_parts(151_015_000, 42078)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:1 w:1)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:1)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn settle_vault() -> Weight {
		// Proof size: measured `882`, estimated `6196`.
		// Minimum execution time: 91_165_000 ps.
		Weight::from_parts(100_429_000, 6196)
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
		// Proof size: measured `729`, estimated `3654`.
		// Minimum execution time: 46_699_000 ps.
		Weight::from_parts(52_709_000, 3654)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:1)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Auctions` (r:1 w:0)
	/// Proof: `Stablecoin::Auctions` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CollateralTypes` (r:17 w:0)
	/// Proof: `Stablecoin::CollateralTypes` (`max_values`: None, `max_size`: Some(189), added: 2664, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Psms` (r:5 w:4)
	/// Proof: `Stablecoin::Psms` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:21 w:4)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
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
	/// Storage: `Stablecoin::RedemptionFix` (r:0 w:20)
	/// Proof: `Stablecoin::RedemptionFix` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn open_redemption(n: u32, ) -> Weight {
		// Proof size: measured `2162 + n * (120 ±0)`, estimated `13790 + n * (2664 ±0)`.
		// Minimum execution time: 176_572_000 ps.
		Weight::from_parts(177_109_252, 13790)
			.saturating_add(Weight::from_parts(10_999_161, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(19))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(18))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:20 w:20)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:39 w:39)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:20 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionFix` (r:21 w:0)
	/// Proof: `Stablecoin::RedemptionFix` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::RedemptionPools` (r:20 w:20)
	/// Proof: `Stablecoin::RedemptionPools` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SettledDebt` (r:1 w:1)
	/// Proof: `Stablecoin::SettledDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 16]`.
	fn redeem(n: u32, ) -> Weight {
		// Proof size: measured `2675 + n * (235 ±0)`, estimated `19253 + n * (5218 ±0)`.
		// Minimum execution time: 372_744_000 ps.
		Weight::from_parts(347_695_337, 19253)
			.saturating_add(Weight::from_parts(66_790_704, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(28))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(18))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Savings` (r:1 w:1)
	/// Proof: `Stablecoin::Savings` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:1)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn set_money_params() -> Weight {
		// Proof size: measured `1308`, estimated `6208`.
		// Minimum execution time: 91_356_000 ps.
		Weight::from_parts(102_793_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Psms` (r:1 w:1)
	/// Proof: `Stablecoin::Psms` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::CounterForPsms` (r:1 w:1)
	/// Proof: `Stablecoin::CounterForPsms` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_psm() -> Weight {
		// Proof size: measured `221`, estimated `3550`.
		// Minimum execution time: 16_074_000 ps.
		Weight::from_parts(22_453_000, 3550)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Psms` (r:1 w:1)
	/// Proof: `Stablecoin::Psms` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:4 w:4)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FlashMinted` (r:1 w:0)
	/// Proof: `Stablecoin::FlashMinted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn psm_swap_in() -> Weight {
		// Proof size: measured `1583`, estimated `11426`.
		// Minimum execution time: 131_546_000 ps.
		Weight::from_parts(204_294_000, 11426)
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Psms` (r:1 w:1)
	/// Proof: `Stablecoin::Psms` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:4 w:4)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:2 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn psm_swap_out() -> Weight {
		// Proof size: measured `1882`, estimated `11426`.
		// Minimum execution time: 163_584_000 ps.
		Weight::from_parts(242_590_000, 11426)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Savings` (r:1 w:1)
	/// Proof: `Stablecoin::Savings` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::SavingsPie` (r:1 w:1)
	/// Proof: `Stablecoin::SavingsPie` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn savings_join() -> Weight {
		// Proof size: measured `1585`, estimated `8817`.
		// Minimum execution time: 146_648_000 ps.
		Weight::from_parts(160_889_000, 8817)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Stablecoin::SavingsPie` (r:1 w:1)
	/// Proof: `Stablecoin::SavingsPie` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Savings` (r:1 w:1)
	/// Proof: `Stablecoin::Savings` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn savings_exit() -> Weight {
		// Proof size: measured `1591`, estimated `8817`.
		// Minimum execution time: 147_409_000 ps.
		Weight::from_parts(156_673_000, 8817)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Stablecoin::Shutdown` (r:1 w:0)
	/// Proof: `Stablecoin::Shutdown` (`max_values`: Some(1), `max_size`: Some(25), added: 520, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::FlashMinted` (r:1 w:1)
	/// Proof: `Stablecoin::FlashMinted` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::MoneyParameters` (r:1 w:0)
	/// Proof: `Stablecoin::MoneyParameters` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Stablecoin::BadDebt` (r:1 w:0)
	/// Proof: `Stablecoin::BadDebt` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn flash_mint() -> Weight {
		// Proof size: measured `1118`, estimated `6208`.
		// Minimum execution time: 124_976_000 ps.
		Weight::from_parts(155_041_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_collateral_type() -> Weight {
		Weight::from_parts(69_353_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_params() -> Weight {
		Weight::from_parts(10_185_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn adjust() -> Weight {
		Weight::from_parts(343_371_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(32))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(374_126_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(35))
			.saturating_add(RocksDbWeight::get().writes(13))
	}
	fn take() -> Weight {
		Weight::from_parts(257_723_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(16))
			.saturating_add(RocksDbWeight::get().writes(11))
	}
	fn restart_auction() -> Weight {
		Weight::from_parts(137_304_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn shutdown(n: u32, ) -> Weight {
		Weight::from_parts(124_017_331, 6208)
			.saturating_add(Weight::from_parts(90_168_849, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().reads((18_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 41088).saturating_mul(n.into()))
	}
	fn claim_leftovers() -> Weight {
		Weight::from_parts(87_780_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn spend_surplus() -> Weight {
		Weight::from_parts(310_060_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(32))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn freeze_price() -> Weight {
		Weight::from_parts(151_015_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn settle_vault() -> Weight {
		Weight::from_parts(100_429_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn settle_auction() -> Weight {
		Weight::from_parts(52_709_000, 3654)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn open_redemption(n: u32, ) -> Weight {
		Weight::from_parts(177_109_252, 13790)
			.saturating_add(Weight::from_parts(10_999_161, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(19))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(18))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(n.into()))
	}
	fn redeem(n: u32, ) -> Weight {
		Weight::from_parts(347_695_337, 19253)
			.saturating_add(Weight::from_parts(66_790_704, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(28))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(18))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	fn set_money_params() -> Weight {
		Weight::from_parts(102_793_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_psm() -> Weight {
		Weight::from_parts(22_453_000, 3550)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn psm_swap_in() -> Weight {
		Weight::from_parts(204_294_000, 11426)
			.saturating_add(RocksDbWeight::get().reads(15))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn psm_swap_out() -> Weight {
		Weight::from_parts(242_590_000, 11426)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn savings_join() -> Weight {
		Weight::from_parts(160_889_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn savings_exit() -> Weight {
		Weight::from_parts(156_673_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn flash_mint() -> Weight {
		Weight::from_parts(155_041_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
}
