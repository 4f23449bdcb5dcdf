
//! Weights for `pallet_credentials`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
//!   pallet_credentials
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/credentials/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn accredit_issuer() -> Weight;
	fn suspend_issuer() -> Weight;
	fn add_delegate() -> Weight;
	fn remove_delegate() -> Weight;
	fn register_schema() -> Weight;
	fn publish_course() -> Weight;
	fn close_course() -> Weight;
	fn enroll() -> Weight;
	fn complete_course() -> Weight;
	fn issue_credential() -> Weight;
	fn revoke_credential() -> Weight;
	fn set_visibility() -> Weight;
	fn remove_credential() -> Weight;
	fn fund_rewards() -> Weight;
	fn set_params() -> Weight;
	fn valid_credentials(n: u32, ) -> Weight;
	fn fund_course() -> Weight;
	fn grant_course_rewards() -> Weight;
	fn reclaim_course_budget() -> Weight;
	fn set_schema_trust() -> Weight;
	fn suspend_credential() -> Weight;
	fn reinstate_credential() -> Weight;
	fn reverse_revocation() -> Weight;
	fn deregister_schema(n: u32, ) -> Weight;
	fn change_deposit_owner() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Credentials::Delegates` (r:1 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:0 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn accredit_issuer() -> Weight {
		// Proof size: measured `43`, estimated `3598`.
		// Minimum execution time: 20_258_000 ps.
		Weight::from_parts(24_707_000, 3598)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Issuers` (r:1 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn suspend_issuer() -> Weight {
		// Proof size: measured `220`, estimated `3584`.
		// Minimum execution time: 19_857_000 ps.
		Weight::from_parts(22_842_000, 3584)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Issuers` (r:3 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextGrant` (r:1 w:1)
	/// Proof: `Credentials::NextGrant` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size: measured `546`, estimated `8814`.
		// Minimum execution time: 44_383_000 ps.
		Weight::from_parts(51_366_000, 8814)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Delegates` (r:2 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size: measured `445`, estimated `6206`.
		// Minimum execution time: 26_931_000 ps.
		Weight::from_parts(30_838_000, 6206)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Schemas` (r:1 w:1)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn register_schema() -> Weight {
		// Proof size: measured `183`, estimated `3593`.
		// Minimum execution time: 77_535_000 ps.
		Weight::from_parts(85_821_000, 3593)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Schemas` (r:1 w:0)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextCourseId` (r:1 w:1)
	/// Proof: `Credentials::NextCourseId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:1)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Courses` (r:0 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	fn publish_course() -> Weight {
		// Proof size: measured `2658`, estimated `3675`.
		// Minimum execution time: 67_978_000 ps.
		Weight::from_parts(119_925_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:1)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	fn close_course() -> Weight {
		// Proof size: measured `3479`, estimated `3666`.
		// Minimum execution time: 43_983_000 ps.
		Weight::from_parts(74_380_000, 3666)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Enrollments` (r:1 w:1)
	/// Proof: `Credentials::Enrollments` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn enroll() -> Weight {
		// Proof size: measured `1300`, estimated `6208`.
		// Minimum execution time: 111_700_000 ps.
		Weight::from_parts(125_826_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:2 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Enrollments` (r:1 w:1)
	/// Proof: `Credentials::Enrollments` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Schemas` (r:1 w:0)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextCredentialId` (r:1 w:1)
	/// Proof: `Credentials::NextCredentialId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::RewardsPaid` (r:1 w:1)
	/// Proof: `Credentials::RewardsPaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn complete_course() -> Weight {
		// Proof size: measured `2766`, estimated `8814`.
		// Minimum execution time: 257_954_000 ps.
		Weight::from_parts(316_804_000, 8814)
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Credentials::Issuers` (r:2 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Schemas` (r:1 w:0)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextCredentialId` (r:1 w:1)
	/// Proof: `Credentials::NextCredentialId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn issue_credential() -> Weight {
		// Proof size: measured `2178`, estimated `8814`.
		// Minimum execution time: 158_647_000 ps.
		Weight::from_parts(208_701_000, 8814)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn revoke_credential() -> Weight {
		// Proof size: measured `411`, estimated `3733`.
		// Minimum execution time: 24_607_000 ps.
		Weight::from_parts(33_924_000, 3733)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn set_visibility() -> Weight {
		// Proof size: measured `405`, estimated `3733`.
		// Minimum execution time: 22_031_000 ps.
		Weight::from_parts(28_944_000, 3733)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	fn remove_credential() -> Weight {
		// Proof size: measured `2290`, estimated `4539`.
		// Minimum execution time: 111_699_000 ps.
		Weight::from_parts(131_397_000, 4539)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_rewards() -> Weight {
		// Proof size: measured `140`, estimated `6196`.
		// Minimum execution time: 70_121_000 ps.
		Weight::from_parts(77_034_000, 6196)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Parameters` (r:0 w:1)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_889_000 ps.
		Weight::from_parts(12_113_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::CredentialsOf` (r:1 w:0)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:128 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 128]`.
	fn valid_credentials(n: u32, ) -> Weight {
		// Proof size: measured `348 + n * (260 ±0)`, estimated `4539 + n * (2743 ±0)`.
		// Minimum execution time: 7_003_000 ps.
		Weight::from_parts(5_399_940, 4539)
			.saturating_add(Weight::from_parts(11_299_743, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2743).saturating_mul(n.into()))
	}
	fn fund_course() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn grant_course_rewards() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn reclaim_course_budget() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn set_schema_trust() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn suspend_credential() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn reinstate_credential() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn reverse_revocation() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn deregister_schema(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64.saturating_add(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn change_deposit_owner() -> Weight {
		Weight::from_parts(80_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn accredit_issuer() -> Weight {
		Weight::from_parts(24_707_000, 3598)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn suspend_issuer() -> Weight {
		Weight::from_parts(22_842_000, 3584)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_delegate() -> Weight {
		Weight::from_parts(51_366_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn remove_delegate() -> Weight {
		Weight::from_parts(30_838_000, 6206)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_schema() -> Weight {
		Weight::from_parts(85_821_000, 3593)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn publish_course() -> Weight {
		Weight::from_parts(119_925_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn close_course() -> Weight {
		Weight::from_parts(74_380_000, 3666)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn enroll() -> Weight {
		Weight::from_parts(125_826_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn complete_course() -> Weight {
		Weight::from_parts(316_804_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(17))
			.saturating_add(RocksDbWeight::get().writes(10))
	}
	fn issue_credential() -> Weight {
		Weight::from_parts(208_701_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn revoke_credential() -> Weight {
		Weight::from_parts(33_924_000, 3733)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_visibility() -> Weight {
		Weight::from_parts(28_944_000, 3733)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_credential() -> Weight {
		Weight::from_parts(131_397_000, 4539)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn fund_rewards() -> Weight {
		Weight::from_parts(77_034_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(12_113_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn valid_credentials(n: u32, ) -> Weight {
		Weight::from_parts(5_399_940, 4539)
			.saturating_add(Weight::from_parts(11_299_743, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2743).saturating_mul(n.into()))
	}
	fn fund_course() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn grant_course_rewards() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn reclaim_course_budget() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_schema_trust() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(0))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn suspend_credential() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reinstate_credential() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reverse_revocation() -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn deregister_schema(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64.saturating_add(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn change_deposit_owner() -> Weight {
		Weight::from_parts(80_000_000, 8000)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
}
