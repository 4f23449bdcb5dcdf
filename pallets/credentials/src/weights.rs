
//! Weights for `pallet_credentials`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:0 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn accredit_issuer() -> Weight {
		// Proof size: measured `691`, estimated `6206`.
		// Minimum execution time: 75_083_000 ps.
		Weight::from_parts(83_657_000, 6206)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Credentials::Issuers` (r:1 w:1)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn suspend_issuer() -> Weight {
		// Proof size: measured `291`, estimated `3584`.
		// Minimum execution time: 16_891_000 ps.
		Weight::from_parts(21_707_000, 3584)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	fn add_delegate() -> Weight {
		// Proof size: measured `1500`, estimated `11422`.
		// Minimum execution time: 160_302_000 ps.
		Weight::from_parts(178_422_000, 11422)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn remove_delegate() -> Weight {
		// Proof size: measured `1008`, estimated `6206`.
		// Minimum execution time: 76_687_000 ps.
		Weight::from_parts(98_364_000, 6206)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn register_schema() -> Weight {
		// Proof size: measured `254`, estimated `3604`.
		// Minimum execution time: 67_918_000 ps.
		Weight::from_parts(77_942_000, 3604)
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
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	fn publish_course() -> Weight {
		// Proof size: measured `2763`, estimated `3675`.
		// Minimum execution time: 65_778_000 ps.
		Weight::from_parts(77_669_000, 3675)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:1)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	fn close_course() -> Weight {
		// Proof size: measured `3582`, estimated `3698`.
		// Minimum execution time: 47_148_000 ps.
		Weight::from_parts(58_902_000, 3698)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:1 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1474`, estimated `6208`.
		// Minimum execution time: 105_223_000 ps.
		Weight::from_parts(134_551_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::RewardsPaid` (r:1 w:1)
	/// Proof: `Credentials::RewardsPaid` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn complete_course() -> Weight {
		// Proof size: measured `2994`, estimated `11422`.
		// Minimum execution time: 244_183_000 ps.
		Weight::from_parts(411_406_000, 11422)
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().writes(11))
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
	/// Storage: `Credentials::IssuedDirectly` (r:1 w:1)
	/// Proof: `Credentials::IssuedDirectly` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:0 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn issue_credential() -> Weight {
		// Proof size: measured `2172`, estimated `8814`.
		// Minimum execution time: 142_707_000 ps.
		Weight::from_parts(239_169_000, 8814)
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:0 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn revoke_credential() -> Weight {
		// Proof size: measured `990`, estimated `8814`.
		// Minimum execution time: 43_444_000 ps.
		Weight::from_parts(86_721_000, 8814)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn suspend_credential() -> Weight {
		// Proof size: measured `957`, estimated `8814`.
		// Minimum execution time: 43_138_000 ps.
		Weight::from_parts(85_082_000, 8814)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:1 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn reinstate_credential() -> Weight {
		// Proof size: measured `996`, estimated `8814`.
		// Minimum execution time: 43_203_000 ps.
		Weight::from_parts(80_314_000, 8814)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn reverse_revocation() -> Weight {
		// Proof size: measured `491`, estimated `3733`.
		// Minimum execution time: 19_398_000 ps.
		Weight::from_parts(41_901_000, 3733)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Schemas` (r:1 w:1)
	/// Proof: `Credentials::Schemas` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::OpenCourses` (r:1 w:0)
	/// Proof: `Credentials::OpenCourses` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Courses` (r:512 w:0)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 512]`.
	fn deregister_schema(n: u32, ) -> Weight {
		// Proof size: measured `643 + n * (51 ±0)`, estimated `3604 + n * (2708 ±0)`.
		// Minimum execution time: 67_085_000 ps.
		Weight::from_parts(20_215_331, 3604)
			.saturating_add(Weight::from_parts(6_778_134, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(n.into()))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:3 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Parameters` (r:1 w:0)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn change_deposit_owner() -> Weight {
		// Proof size: measured `1415`, estimated `8814`.
		// Minimum execution time: 143_811_000 ps.
		Weight::from_parts(245_101_000, 8814)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Credentials::TrustedSchemas` (r:0 w:1)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	fn set_schema_trust() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 8_860_000 ps.
		Weight::from_parts(20_265_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn fund_course() -> Weight {
		// Proof size: measured `590`, estimated `6196`.
		// Minimum execution time: 79_802_000 ps.
		Weight::from_parts(138_231_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::TrustedSchemas` (r:1 w:0)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(34), added: 529, mode: `MaxEncodedLen`)
	fn grant_course_rewards() -> Weight {
		// Proof size: measured `805`, estimated `3698`.
		// Minimum execution time: 39_649_000 ps.
		Weight::from_parts(69_163_000, 3698)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Credentials::Courses` (r:1 w:1)
	/// Proof: `Credentials::Courses` (`max_values`: None, `max_size`: Some(233), added: 2708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Earmarked` (r:1 w:1)
	/// Proof: `Credentials::Earmarked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn reclaim_course_budget() -> Weight {
		// Proof size: measured `757`, estimated `6196`.
		// Minimum execution time: 75_692_000 ps.
		Weight::from_parts(136_826_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	fn set_visibility() -> Weight {
		// Proof size: measured `480`, estimated `3733`.
		// Minimum execution time: 17_840_000 ps.
		Weight::from_parts(24_253_000, 3733)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::Credentials` (r:1 w:1)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::IssuedDirectly` (r:1 w:1)
	/// Proof: `Credentials::IssuedDirectly` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::CredentialsOf` (r:1 w:1)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:0 w:1)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn remove_credential() -> Weight {
		// Proof size: measured `2615`, estimated `4539`.
		// Minimum execution time: 97_202_000 ps.
		Weight::from_parts(157_322_000, 4539)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_rewards() -> Weight {
		// Proof size: measured `140`, estimated `6196`.
		// Minimum execution time: 62_320_000 ps.
		Weight::from_parts(110_780_000, 6196)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Credentials::Parameters` (r:0 w:1)
	/// Proof: `Credentials::Parameters` (`max_values`: Some(1), `max_size`: Some(53), added: 548, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 7_489_000 ps.
		Weight::from_parts(18_467_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Credentials::CredentialsOf` (r:1 w:0)
	/// Proof: `Credentials::CredentialsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Delegates` (r:1 w:0)
	/// Proof: `Credentials::Delegates` (`max_values`: None, `max_size`: Some(133), added: 2608, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Credentials` (r:128 w:0)
	/// Proof: `Credentials::Credentials` (`max_values`: None, `max_size`: Some(268), added: 2743, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::TrustedSchemas` (r:1 w:0)
	/// Proof: `Credentials::TrustedSchemas` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Suspensions` (r:128 w:0)
	/// Proof: `Credentials::Suspensions` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Credentials::Issuers` (r:1 w:0)
	/// Proof: `Credentials::Issuers` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[0, 128]`.
	fn valid_credentials(n: u32, ) -> Weight {
		// Proof size: measured `474 + n * (264 ±0)`, estimated `4539 + n * (2743 ±0)`.
		// Minimum execution time: 10_718_000 ps.
		Weight::from_parts(38_874_932, 4539)
			.saturating_add(Weight::from_parts(14_871_703, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2743).saturating_mul(n.into()))
	}
	fn register_skill() -> Weight {
		Weight::from_parts(30_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn update_skill() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_prerequisites(n: u32, ) -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 3600).saturating_mul(n.into()))
	}
	fn retire_skill() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn accredit_issuer() -> Weight {
		Weight::from_parts(83_657_000, 6206)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn suspend_issuer() -> Weight {
		Weight::from_parts(21_707_000, 3584)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn add_delegate() -> Weight {
		Weight::from_parts(178_422_000, 11422)
			.saturating_add(RocksDbWeight::get().reads(14))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn remove_delegate() -> Weight {
		Weight::from_parts(98_364_000, 6206)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn register_schema() -> Weight {
		Weight::from_parts(77_942_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn publish_course() -> Weight {
		Weight::from_parts(77_669_000, 3675)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn close_course() -> Weight {
		Weight::from_parts(58_902_000, 3698)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn enroll() -> Weight {
		Weight::from_parts(134_551_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn complete_course() -> Weight {
		Weight::from_parts(411_406_000, 11422)
			.saturating_add(RocksDbWeight::get().reads(18))
			.saturating_add(RocksDbWeight::get().writes(11))
	}
	fn issue_credential() -> Weight {
		Weight::from_parts(239_169_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn revoke_credential() -> Weight {
		Weight::from_parts(86_721_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn suspend_credential() -> Weight {
		Weight::from_parts(85_082_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reinstate_credential() -> Weight {
		Weight::from_parts(80_314_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reverse_revocation() -> Weight {
		Weight::from_parts(41_901_000, 3733)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn deregister_schema(n: u32, ) -> Weight {
		Weight::from_parts(20_215_331, 3604)
			.saturating_add(Weight::from_parts(6_778_134, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 2708).saturating_mul(n.into()))
	}
	fn change_deposit_owner() -> Weight {
		Weight::from_parts(245_101_000, 8814)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn set_schema_trust() -> Weight {
		Weight::from_parts(20_265_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn fund_course() -> Weight {
		Weight::from_parts(138_231_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn grant_course_rewards() -> Weight {
		Weight::from_parts(69_163_000, 3698)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn reclaim_course_budget() -> Weight {
		Weight::from_parts(136_826_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_visibility() -> Weight {
		Weight::from_parts(24_253_000, 3733)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_credential() -> Weight {
		Weight::from_parts(157_322_000, 4539)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn fund_rewards() -> Weight {
		Weight::from_parts(110_780_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(18_467_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn valid_credentials(n: u32, ) -> Weight {
		Weight::from_parts(38_874_932, 4539)
			.saturating_add(Weight::from_parts(14_871_703, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2743).saturating_mul(n.into()))
	}
	fn register_skill() -> Weight {
		Weight::from_parts(30_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn update_skill() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_prerequisites(n: u32, ) -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(Weight::from_parts(0, 3600).saturating_mul(n.into()))
	}
	fn retire_skill() -> Weight {
		Weight::from_parts(25_000_000, 3600)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
