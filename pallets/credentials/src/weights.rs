
//! Weights for `pallet_credentials`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
	fn enroll(r: u32, ) -> Weight;
	fn complete_course() -> Weight;
	fn issue_credential() -> Weight;
	fn revoke_credential() -> Weight;
	fn suspend_credential() -> Weight;
	fn reinstate_credential() -> Weight;
	fn reverse_revocation() -> Weight;
	fn deregister_schema(n: u32, ) -> Weight;
	fn change_deposit_owner() -> Weight;
	fn set_schema_trust() -> Weight;
	fn fund_course() -> Weight;
	fn grant_course_rewards() -> Weight;
	fn reclaim_course_budget() -> Weight;
	fn set_visibility() -> Weight;
	fn remove_credential() -> Weight;
	fn fund_rewards() -> Weight;
	fn set_params() -> Weight;
	fn valid_credentials(n: u32, ) -> Weight;
	fn register_skill() -> Weight;
	fn update_skill() -> Weight;
	fn set_prerequisites(n: u32, ) -> Weight;
	fn retire_skill() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Credentials::Delegates` (r:2 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::DelegationDeposits` (r:1 w:1)
	/// Proof: `Credentials::DelegationDeposits` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:0 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn accredit_issuer() -> Weight {
		// Proof size: measured `724`, estimated `6206`.
		// Minimum execution time: 64_375_000 ps.
		Weight::from_parts(70_234_000, 6206)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Credentials::Issuers` (r:1 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn suspend_issuer() -> Weight {
		// Proof size: measured `324`, estimated `3584`.
		// Minimum execution time: 13_440_000 ps.
		Weight::from_parts(15_313_000, 3584)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Issuers` (r:3 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:4 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextGrant` (r:1 w:1)
	/// Proof: `Credentials::NextGrant` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::DelegationDeposits` (r:1 w:1)
	/// Proof: `Credentials::DelegationDeposits` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size: measured `1559`, estimated `11422`.
		// Minimum execution time: 141_701_000 ps.
		Weight::from_parts(147_349_000, 11422)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Credentials::Delegates` (r:2 w:1)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::DelegationDeposits` (r:1 w:1)
	/// Proof: `Credentials::DelegationDeposits` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size: measured `1041`, estimated `6206`.
		// Minimum execution time: 66_950_000 ps.
		Weight::from_parts(71_496_000, 6206)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Credentials::Schemas` (r:1 w:1)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn register_schema() -> Weight {
		// Proof size: measured `314`, estimated `3622`.
		// Minimum execution time: 60_770_000 ps.
		Weight::from_parts(64_946_000, 3622)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Schemas` (r:1 w:0)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Skills` (r:16 w:0)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextCourseId` (r:1 w:1)
	/// Proof: `Credentials::NextCourseId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:1)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Courses` (r:0 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	fn publish_course() -> Weight {
		// Proof size: measured `3329`, estimated `48638`.
		// Minimum execution time: 134_610_000 ps.
		Weight::from_parts(144_966_000, 48638)
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:1)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	fn close_course() -> Weight {
		// Proof size: measured `3688`, estimated `3851`.
		// Minimum execution time: 37_676_000 ps.
		Weight::from_parts(50_234_000, 3851)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:1 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Enrollments` (r:1 w:1)
	/// Proof: `Credentials::Enrollments` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:49 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:0)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:49 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 16]`.
	fn enroll(r: u32, ) -> Weight {
		// Proof size: measured `5660 + r * (1843 ±0)`, estimated `6208 + r * (8457 ±0)`.
		// Minimum execution time: 121_120_000 ps.
		Weight::from_parts(160_534_412, 6208)
			.saturating_add(Weight::from_parts(44_910_822, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 8457).saturating_mul(r.into()))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:2 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:4 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Enrollments` (r:1 w:1)
	/// Proof: `Credentials::Enrollments` (`max_values`: None, `max_size`: Some(94), added: 2569, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextStatusIndex` (r:1 w:1)
	/// Proof: `Credentials::NextStatusIndex` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::RewardsPaid` (r:1 w:1)
	/// Proof: `Credentials::RewardsPaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	fn complete_course() -> Weight {
		// Proof size: measured `5233`, estimated `78526`.
		// Minimum execution time: 479_222_000 ps.
		Weight::from_parts(500_383_000, 78526)
			.saturating_add(T::DbWeight::get().reads(36))
			.saturating_add(T::DbWeight::get().writes(28))
	}
	/// Storage: `Credentials::Issuers` (r:2 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Schemas` (r:1 w:0)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Skills` (r:16 w:0)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextCredentialId` (r:1 w:1)
	/// Proof: `Credentials::NextCredentialId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::IssuedDirectly` (r:1 w:1)
	/// Proof: `Credentials::IssuedDirectly` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::NextStatusIndex` (r:1 w:1)
	/// Proof: `Credentials::NextStatusIndex` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	fn issue_credential() -> Weight {
		// Proof size: measured `4581`, estimated `78526`.
		// Minimum execution time: 431_571_000 ps.
		Weight::from_parts(489_828_000, 78526)
			.saturating_add(T::DbWeight::get().reads(47))
			.saturating_add(T::DbWeight::get().writes(23))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:0)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::StatusBits` (r:1 w:1)
	/// Proof: `Credentials::StatusBits` (`max_values`: None, `max_size`: Some(1095), added: 3570, mode: `MaxEncodedLen`)
	fn revoke_credential() -> Weight {
		// Proof size: measured `3895`, estimated `78526`.
		// Minimum execution time: 312_144_000 ps.
		Weight::from_parts(349_930_000, 78526)
			.saturating_add(T::DbWeight::get().reads(24))
			.saturating_add(T::DbWeight::get().writes(18))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::StatusBits` (r:1 w:1)
	/// Proof: `Credentials::StatusBits` (`max_values`: None, `max_size`: Some(1095), added: 3570, mode: `MaxEncodedLen`)
	fn suspend_credential() -> Weight {
		// Proof size: measured `3895`, estimated `78526`.
		// Minimum execution time: 315_178_000 ps.
		Weight::from_parts(338_643_000, 78526)
			.saturating_add(T::DbWeight::get().reads(24))
			.saturating_add(T::DbWeight::get().writes(18))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::StatusBits` (r:1 w:1)
	/// Proof: `Credentials::StatusBits` (`max_values`: None, `max_size`: Some(1095), added: 3570, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn reinstate_credential() -> Weight {
		// Proof size: measured `4027`, estimated `78526`.
		// Minimum execution time: 312_895_000 ps.
		Weight::from_parts(333_115_000, 78526)
			.saturating_add(T::DbWeight::get().reads(23))
			.saturating_add(T::DbWeight::get().writes(18))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::StatusBits` (r:1 w:1)
	/// Proof: `Credentials::StatusBits` (`max_values`: None, `max_size`: Some(1095), added: 3570, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn reverse_revocation() -> Weight {
		// Proof size: measured `3511`, estimated `78526`.
		// Minimum execution time: 304_553_000 ps.
		Weight::from_parts(343_170_000, 78526)
			.saturating_add(T::DbWeight::get().reads(19))
			.saturating_add(T::DbWeight::get().writes(18))
	}
	/// Storage: `Credentials::Schemas` (r:1 w:1)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:0)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Courses` (r:512 w:0)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 512]`.
	fn deregister_schema(n: u32, ) -> Weight {
		// Proof size: measured `749 + n * (51 ±0)`, estimated `3622 + n * (2861 ±0)`.
		// Minimum execution time: 58_387_000 ps.
		Weight::from_parts(8_621_376, 3622)
			.saturating_add(Weight::from_parts(5_442_639, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 2861).saturating_mul(n.into()))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn change_deposit_owner() -> Weight {
		// Proof size: measured `2286`, estimated `8814`.
		// Minimum execution time: 169_322_000 ps.
		Weight::from_parts(246_747_000, 8814)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Credentials::TrustedSchemas` (r:0 w:1)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	fn set_schema_trust() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 7_301_000 ps.
		Weight::from_parts(14_431_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn fund_course() -> Weight {
		// Proof size: measured `719`, estimated `6196`.
		// Minimum execution time: 70_154_000 ps.
		Weight::from_parts(109_903_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::TrustedSchemas` (r:1 w:0)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	fn grant_course_rewards() -> Weight {
		// Proof size: measured `938`, estimated `3851`.
		// Minimum execution time: 33_009_000 ps.
		Weight::from_parts(55_953_000, 3851)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(386), added: 2861, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn reclaim_course_budget() -> Weight {
		// Proof size: measured `886`, estimated `6196`.
		// Minimum execution time: 68_863_000 ps.
		Weight::from_parts(109_463_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	fn set_visibility() -> Weight {
		// Proof size: measured `622`, estimated `3809`.
		// Minimum execution time: 15_222_000 ps.
		Weight::from_parts(27_822_000, 3809)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:0)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Mastery` (r:16 w:16)
	/// Proof: `Credentials::Mastery` (`max_values`: None, `max_size`: Some(2371), added: 4846, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::MasteryParameters` (r:1 w:0)
	/// Proof: `Credentials::MasteryParameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::StatusBits` (r:1 w:1)
	/// Proof: `Credentials::StatusBits` (`max_values`: None, `max_size`: Some(1095), added: 3570, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::IssuedDirectly` (r:1 w:1)
	/// Proof: `Credentials::IssuedDirectly` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	fn remove_credential() -> Weight {
		// Proof size: measured `4816`, estimated `78526`.
		// Minimum execution time: 358_834_000 ps.
		Weight::from_parts(535_726_000, 78526)
			.saturating_add(T::DbWeight::get().reads(24))
			.saturating_add(T::DbWeight::get().writes(22))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_rewards() -> Weight {
		// Proof size: measured `140`, estimated `6196`.
		// Minimum execution time: 54_201_000 ps.
		Weight::from_parts(86_518_000, 6196)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Parameters` (r:0 w:1)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_929_000 ps.
		Weight::from_parts(13_019_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::CredentialsOf` (r:1 w:0)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:1 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:128 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(344), added: 2819, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::TrustedSchemas` (r:1 w:0)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:128 w:0)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 128]`.
	fn valid_credentials(n: u32, ) -> Weight {
		// Proof size: measured `540 + n * (340 ±0)`, estimated `4539 + n * (2819 ±0)`.
		// Minimum execution time: 8_292_000 ps.
		Weight::from_parts(28_717_292, 4539)
			.saturating_add(Weight::from_parts(14_337_375, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2819).saturating_mul(n.into()))
	}
	/// Storage: `Credentials::NextSkillId` (r:1 w:1)
	/// Proof: `Credentials::NextSkillId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Skills` (r:8 w:1)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	fn register_skill() -> Weight {
		// Proof size: measured `446`, estimated `24814`.
		// Minimum execution time: 54_070_000 ps.
		Weight::from_parts(88_421_000, 24814)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Skills` (r:1 w:1)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	fn update_skill() -> Weight {
		// Proof size: measured `394`, estimated `3968`.
		// Minimum execution time: 15_032_000 ps.
		Weight::from_parts(24_116_000, 3968)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Skills` (r:513 w:1)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 512]`.
	fn set_prerequisites(n: u32, ) -> Weight {
		// Proof size: measured `383 + n * (34 ±0)`, estimated `3968 + n * (2978 ±0)`.
		// Minimum execution time: 21_442_000 ps.
		Weight::from_parts(27_821_729, 3968)
			.saturating_add(Weight::from_parts(5_008_460, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 2978).saturating_mul(n.into()))
	}
	/// Storage: `Credentials::Skills` (r:1 w:1)
	/// Proof: `Credentials::Skills` (`max_values`: None, `max_size`: Some(503), added: 2978, mode: `MaxEncodedLen`)
	fn retire_skill() -> Weight {
		// Proof size: measured `394`, estimated `3968`.
		// Minimum execution time: 13_520_000 ps.
		Weight::from_parts(24_596_000, 3968)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn accredit_issuer() -> Weight {
		Weight::from_parts(70_234_000, 6206)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn suspend_issuer() -> Weight {
		Weight::from_parts(15_313_000, 3584)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_delegate() -> Weight {
		Weight::from_parts(147_349_000, 11422)
			.saturating_add(RocksDbWeight::get().reads(14))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn remove_delegate() -> Weight {
		Weight::from_parts(71_496_000, 6206)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn register_schema() -> Weight {
		Weight::from_parts(64_946_000, 3622)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn publish_course() -> Weight {
		Weight::from_parts(144_966_000, 48638)
			.saturating_add(RocksDbWeight::get().reads(21))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn close_course() -> Weight {
		Weight::from_parts(50_234_000, 3851)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn enroll(r: u32, ) -> Weight {
		Weight::from_parts(160_534_412, 6208)
			.saturating_add(Weight::from_parts(44_910_822, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(11))
			.saturating_add(RocksDbWeight::get().reads((7_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 8457).saturating_mul(r.into()))
	}
	fn complete_course() -> Weight {
		Weight::from_parts(500_383_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(36))
			.saturating_add(RocksDbWeight::get().writes(28))
	}
	fn issue_credential() -> Weight {
		Weight::from_parts(489_828_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(47))
			.saturating_add(RocksDbWeight::get().writes(23))
	}
	fn revoke_credential() -> Weight {
		Weight::from_parts(349_930_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(24))
			.saturating_add(RocksDbWeight::get().writes(18))
	}
	fn suspend_credential() -> Weight {
		Weight::from_parts(338_643_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(24))
			.saturating_add(RocksDbWeight::get().writes(18))
	}
	fn reinstate_credential() -> Weight {
		Weight::from_parts(333_115_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(23))
			.saturating_add(RocksDbWeight::get().writes(18))
	}
	fn reverse_revocation() -> Weight {
		Weight::from_parts(343_170_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(19))
			.saturating_add(RocksDbWeight::get().writes(18))
	}
	fn deregister_schema(n: u32, ) -> Weight {
		Weight::from_parts(8_621_376, 3622)
			.saturating_add(Weight::from_parts(5_442_639, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 2861).saturating_mul(n.into()))
	}
	fn change_deposit_owner() -> Weight {
		Weight::from_parts(246_747_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_schema_trust() -> Weight {
		Weight::from_parts(14_431_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fund_course() -> Weight {
		Weight::from_parts(109_903_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn grant_course_rewards() -> Weight {
		Weight::from_parts(55_953_000, 3851)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn reclaim_course_budget() -> Weight {
		Weight::from_parts(109_463_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_visibility() -> Weight {
		Weight::from_parts(27_822_000, 3809)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_credential() -> Weight {
		Weight::from_parts(535_726_000, 78526)
			.saturating_add(RocksDbWeight::get().reads(24))
			.saturating_add(RocksDbWeight::get().writes(22))
	}
	fn fund_rewards() -> Weight {
		Weight::from_parts(86_518_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(13_019_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn valid_credentials(n: u32, ) -> Weight {
		Weight::from_parts(28_717_292, 4539)
			.saturating_add(Weight::from_parts(14_337_375, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2819).saturating_mul(n.into()))
	}
	fn register_skill() -> Weight {
		Weight::from_parts(88_421_000, 24814)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_skill() -> Weight {
		Weight::from_parts(24_116_000, 3968)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_prerequisites(n: u32, ) -> Weight {
		Weight::from_parts(27_821_729, 3968)
			.saturating_add(Weight::from_parts(5_008_460, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 2978).saturating_mul(n.into()))
	}
	fn retire_skill() -> Weight {
		Weight::from_parts(24_596_000, 3968)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
