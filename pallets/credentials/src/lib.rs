//! # Credentials pallet
//!
//! Accredited issuers, a course catalog, learner-owned credentials with revocation and expiry,
//! learn-to-earn rewards and explained course recommendations.
//!
//! ## Overview
//!
//! The pallet follows the W3C Verifiable Credentials model (issuer, subject, claims, issuance
//! and expiry dates, status), KILT's attestations (schemas registered by hash, delegated
//! issuing rights, deposits, revocation) and BitDegree's learner-owned records and token
//! rewards, without a platform in the middle:
//!
//! - **Issuers** are accredited or suspended by [`Config::AdminOrigin`]. Suspending an issuer
//!   is reflected at once in the verification of every credential issued under it; a second
//!   accreditation reinstates it.
//! - **Delegates** (instructors) receive issuing rights from an accredited issuer, and may pass
//!   them on, up to [`Config::MaxDelegationDepth`] links from the issuer. The grantor pays for
//!   the record ([`DelegationDeposits`]). Whoever granted a right, or the issuer, can revoke it;
//!   revoking a link revokes everything granted below it (each delegation remembers which grant
//!   of its parent it came from, so re-adding a removed delegate does not revive its old
//!   sub-delegates); the grantor of a void record removes it to reclaim its deposit.
//! - **Schemas** are registered by the hash of their JSON schema by anyone, against a deposit
//!   ([`Params::schema_deposit`]) held from the registrant until it deregisters the schema
//!   ([`Pallet::deregister_schema`], once no open course uses it). Governance marks schemas
//!   trusted for economic decisions ([`TrustedSchemas`]): only credentials of a schema trusted
//!   for lending count in the lending borrower score ([`CredentialsInspect`]), only courses of a
//!   schema trusted for rewards receive grants from the pot.
//! - **Skills** form a governed taxonomy ([`Skills`], [`Pallet::register_skill`]): names,
//!   alignments to external frameworks (ESCO, O*NET), prerequisites in an acyclic graph. Courses
//!   teach and require skill levels and credentials attest them, by skill id (1–100).
//! - **Mastery**: each learner's level and knowledge-tracing estimate per skill ([`Mastery`],
//!   see [`skills`]), updated when a credential is issued, suspended, reinstated, revoked, its
//!   revocation reversed or removed. Enrolment checks a course's requirements against it.
//! - **Status lists**: every credential has an index in its issuer's W3C Bitstring Status Lists
//!   ([`StatusBits`]), whose `revocation` and `suspension` bits follow its status.
//! - **Courses** are published by accredited issuers: the schema of the credential their
//!   completion earns, the skill levels they teach and require, a price in AGR or in any pallet-assets asset,
//!   a completion reward and a capacity. A learner who enrols pays the price **straight to the
//!   provider** — no commission. The provider (or its delegate) marks completion, which issues
//!   the credential and pays the reward. Nobody in the provider's delegation tree enrols or is
//!   completed.
//! - **Credentials** name their subject, schema, the hash of the off-chain W3C VC document,
//!   skill levels, issuance time and optional expiry. The issuing account holds a deposit
//!   ([`Params::credential_deposit`]) for the record's storage with a fungible hold; current
//!   authority can take the deposit over ([`Pallet::change_deposit_owner`]). The subject owns
//!   the record: it can hide it from public listings or remove it, which returns the deposit.
//!   Current authority (the issuer, or a valid delegate that signed it or stands above its
//!   signer) revokes it with a [`RevocationReason`] or suspends and reinstates it; governance
//!   ([`Config::AdminOrigin`]) can reverse a revocation. A removed revoked credential still
//!   verifies as revoked ([`RemovedRevocations`]).
//! - **Spam**: one issuer with its delegates gives a subject at most
//!   [`Config::MaxCredentialsPerIssuer`] credentials directly ([`IssuedDirectly`]), and direct
//!   issuance never fills the [`Config::CompletionSlots`] kept for course completions, which
//!   the learner asked for by enrolling: nobody else's spam locks a learner out.
//! - **Learn-to-earn**: a course pays rewards only from what was set aside for it in the pot
//!   account ([`Pallet::pot_account`]): its provider's escrow ([`Pallet::fund_course`]) and
//!   grants of the shared pot by governance ([`Pallet::grant_course_rewards`],
//!   [`Config::SpendOrigin`], charged to the chain's payout cap [`Config::PayoutLimit`]). Both
//!   are counted in [`Earmarked`]; what a closed course no longer needs comes back
//!   ([`Pallet::reclaim_course_budget`]). A learner earns at most
//!   [`Params::max_reward_per_learner`] in total; a short budget pays what it has (reported in
//!   [`Event::RewardPaid`]) and never blocks a completion. The pot keeps its existential
//!   deposit, so dust in a budget cannot get it reaped.
//! - **Recommendations**: [`Pallet::recommend_courses`] ranks the open courses a learner has not
//!   taken and whose requirements it meets with the governance-chosen model
//!   ([`Params::course_model`]) through the [`Recommend`] trait, over [`COURSE_FEATURES`]
//!   features built from the taxonomy ([`Pallet::course_features`]). Each answer carries its
//!   explanation (neighbours and distances for k-NN, per-feature contributions for linear
//!   models) and, per taught skill, the learner's level and mastery.
//!   [`Pallet::learning_path`] finds the fewest open courses that reach a target level.
//!
//! Parameters governance tunes — deposits, the reward cap, the course model — are storage
//! ([`Parameters`], set by [`Pallet::set_params`]) with genesis defaults.
//!
//! ## Verification
//!
//! [`Pallet::verify`] answers, in this order: `Unknown` (no such credential and no removed
//! revocation), `Revoked`, `Suspended`, `IssuerSuspended` (the accrediting issuer is suspended
//! now), `Expired` (expiry ≤ now), `Valid`.
//!
//! ## Invariants (`try_state`)
//!
//! - per account, the deposits on hold for credentials and schemas equal the deposits the
//!   records name;
//! - each course's enrolled and completed counts equal its enrolment records;
//! - [`CredentialsOf`] lists exactly the credentials of each subject; ids are below the next id;
//! - [`OpenCourses`] lists exactly the open courses;
//! - delegations are at most [`Config::MaxDelegationDepth`] deep and point at an issuer;
//! - the rewards paid to a learner never exceed the rewards of the courses they completed;
//! - [`Earmarked`] equals the courses' budgets and grants, and the pot holds it beside its
//!   existential deposit;
//! - [`IssuedDirectly`] counts exactly the credentials issued directly, per subject and
//!   issuer; delegation deposits on hold equal [`DelegationDeposits`], each with its record;
//! - suspensions are of live, unrevoked credentials; removed revocations have no record;
//! - the prerequisite graph is acyclic and within [`Config::MaxSkills`]; each mastery record
//!   holds exactly its learner's credentials of the skill that are neither revoked nor
//!   suspended; status bits are set exactly for revoked (suspended) credentials, and status
//!   indices are unique per issuer.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use skills::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod skills;
#[cfg(test)]
mod tests;
pub mod weights;

use agora_primitives::credentials::MasteryPpm;
pub use agora_primitives::credentials::{
	CourseFilter, CourseId, CoursePrice, CourseRecommendError, CourseRecommendation, CourseView,
	CredentialId, CredentialStatus, CredentialView, LearningPath, MissingSkill, NamedSkillLevel,
	PathError, PaymentAsset, RevocationReason, SkillFit, SkillId, SkillLevel, SkillMastery,
	SkillView, StatusLists, Verification,
};
use agora_primitives::{
	assets::transfer,
	credentials::CredentialsInspect,
	recommend::{ModelId, Recommend},
	recommender::Fixed,
	AssetId, Balance, Moment,
};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{self, Inspect as _, Mutate as _, MutateHold as _},
		fungibles::{self, Inspect as _},
		tokens::{Fortitude, Precision, Preservation},
		EnsureOrigin, Time,
	},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PalletId, PartialEqNoBound,
};
use frame_system::pallet_prelude::*;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::AccountIdConversion;

/// A name (of an issuer or a course), UTF-8, at most [`Config::MaxNameLen`] bytes.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// The highest skill level.
pub const MAX_SKILL_LEVEL: u8 = 100;

/// Features of a course query to the course model ([`Pallet::course_features`]).
pub const COURSE_FEATURES: u32 = 4;

/// Bytes of one chunk of a status list (8,192 credentials).
pub const STATUS_CHUNK_BYTES: u32 = 1024;

/// The W3C status purposes an issuer's lists carry.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum StatusPurpose {
	/// Set while the credential is revoked.
	Revocation,
	/// Set while the credential is suspended.
	Suspension,
}

/// Whether an issuer may issue.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum IssuerStatus {
	/// Accredited by governance: issues, publishes, delegates.
	Accredited,
	/// Suspended by governance: its credentials do not verify and it can do nothing.
	Suspended,
}

/// An issuer's record.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct IssuerInfo<T: Config> {
	/// Its public name.
	pub name: NameOf<T>,
	/// Accredited or suspended.
	pub status: IssuerStatus,
	/// Block of the last accreditation or suspension.
	pub since: BlockNumberFor<T>,
}

/// A delegate's issuing right.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Delegation<T: Config> {
	/// The accredited issuer at the root of the chain.
	pub issuer: T::AccountId,
	/// Who granted the right: the issuer or another delegate.
	pub parent: T::AccountId,
	/// Links from the issuer: 1 for a delegate of the issuer itself.
	pub depth: u32,
	/// This grant's unique number.
	pub grant: u64,
	/// The grant of `parent` this one was made under (`None` when `parent` is the issuer): if
	/// the parent's grant was revoked, this one is void.
	pub parent_grant: Option<u64>,
}

/// A registered credential schema.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct SchemaInfo<T: Config> {
	/// Who registered it and holds its deposit.
	pub creator: T::AccountId,
	/// The deposit held.
	pub deposit: Balance,
	/// Block of registration.
	pub registered_at: BlockNumberFor<T>,
}

/// A course of the catalog.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Course<T: Config> {
	/// The issuer that publishes it and is paid for it.
	pub provider: T::AccountId,
	/// Its title.
	pub name: NameOf<T>,
	/// Schema of the credential its completion earns.
	pub schema: H256,
	/// Skill levels its completion certifies.
	pub teaches: SkillsOf<T>,
	/// Skill levels a learner must hold to enrol (its mastery records' levels).
	pub requires: SkillsOf<T>,
	/// What a learner pays the provider.
	pub price: CoursePrice,
	/// AGR each completion earns, paid from the course's budget and grant.
	pub reward: Balance,
	/// Most learners it takes.
	pub capacity: u32,
	/// Learners enrolled so far, completed ones included.
	pub enrolled: u32,
	/// Learners who completed it.
	pub completed: u32,
	/// Whether it takes enrolments.
	pub open: bool,
	/// AGR the provider escrowed for the course's rewards ([`Pallet::fund_course`]), unpaid
	/// yet. Held in the pot account and counted in [`Earmarked`].
	pub budget: Balance,
	/// AGR governance granted to the course's rewards from the reward pot
	/// ([`Pallet::grant_course_rewards`]), unpaid yet. Counted in [`Earmarked`].
	pub granted: Balance,
}

/// What governance trusts credentials of a schema for: only credentials of a schema trusted
/// for a purpose feed the economic decisions of that purpose.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct SchemaTrust {
	/// Its valid credentials count in the lending pallet's borrower score.
	pub lending: bool,
	/// Courses issuing it may receive reward grants from the pot.
	pub rewards: bool,
}

/// Where a learner is in a course.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum EnrollmentStatus {
	/// Enrolled and paid.
	Enrolled,
	/// Completed; the credential it earned.
	Completed(CredentialId),
}

/// A learner's enrolment in a course.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Enrollment<T: Config> {
	/// What the learner paid the provider.
	pub paid: CoursePrice,
	/// Block of enrolment.
	pub enrolled_at: BlockNumberFor<T>,
	/// Enrolled or completed.
	pub status: EnrollmentStatus,
}

/// A revocation.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Revocation {
	/// Why.
	pub reason: RevocationReason,
	/// When (Unix milliseconds).
	pub at: Moment,
}

/// A credential record.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Credential<T: Config> {
	/// Whom it is about; owns the record.
	pub subject: T::AccountId,
	/// The accredited issuer it is issued under.
	pub issuer: T::AccountId,
	/// Who signed the issuance (the issuer or a delegate of it).
	pub issued_by: T::AccountId,
	/// Hash of the JSON schema of its claims.
	pub schema: H256,
	/// Hash of the off-chain W3C VC document.
	pub claim_hash: H256,
	/// Skill levels it certifies.
	pub skills: SkillsOf<T>,
	/// Its index in its issuer's status lists ([`StatusBits`]).
	pub status_index: u32,
	/// Issuance time (Unix milliseconds).
	pub issued_at: Moment,
	/// Expiry time (Unix milliseconds), if any.
	pub expires_at: Option<Moment>,
	/// The course whose completion it certifies.
	pub course: Option<CourseId>,
	/// Set when revoked.
	pub revoked: Option<Revocation>,
	/// Hidden by the subject from public listings.
	pub hidden: bool,
	/// Who holds the storage deposit.
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: Balance,
}

/// The parameters governance tunes.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Params {
	/// Held from whoever registers a schema, for good.
	pub schema_deposit: Balance,
	/// Held from whoever issues a credential, returned when the record is removed.
	pub credential_deposit: Balance,
	/// Most AGR a learner earns from course rewards, in total.
	pub max_reward_per_learner: Balance,
	/// The recommender model that ranks courses for learners ([`COURSE_FEATURES`] features,
	/// see [`Pallet::course_features`]).
	pub course_model: Option<ModelId>,
}

impl Default for Params {
	/// 1 AGR per schema, 0.1 AGR per credential, 100 AGR of rewards per learner, no model.
	fn default() -> Self {
		use agora_primitives::currency::{MILLI_UNITS, UNITS};
		Params {
			schema_deposit: UNITS,
			credential_deposit: 100 * MILLI_UNITS,
			max_reward_per_learner: 100 * UNITS,
			course_model: None,
		}
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version (2: courses have a reward budget and a grant; 3: skills are
	/// ids of the taxonomy, learners have mastery records, issuers status lists).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons this pallet holds funds for.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a credential record.
		CredentialDeposit,
		/// The deposit of a schema registration.
		SchemaDeposit,
		/// The deposit of a delegation record, held from the account that granted it.
		DelegationDeposit,
	}

	/// Configuration of the credentials pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native token (AGR): course prices, rewards and deposits.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Other assets a course can be priced in.
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = Balance>
			+ fungibles::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who sets [`Params`]: governance.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who accredits and suspends issuers, marks schemas trusted and reverses revocations:
		/// a governance origin that is hard to capture (in Agora's runtime, Root or the `admin`
		/// track).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who grants the reward pot's AGR to courses: the treasury (in Agora's runtime, Root or
		/// the `treasury` track).
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The chain's cap on governance payouts per block, which this pallet's payouts charge
		/// (in Agora's runtime the governance pallet's `max_spend`, shared by every payout;
		/// `()` caps nothing).
		type PayoutLimit: agora_primitives::governance::PayoutLimit;

		/// The models that rank courses.
		type Recommender: Recommend;

		/// The clock of issuance and expiry (Unix milliseconds).
		type Time: Time<Moment = Moment>;

		/// The id of the reward pot's account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Longest issuer or course name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most skills the taxonomy ever registers (retired ones count).
		#[pallet::constant]
		type MaxSkills: Get<u32>;

		/// Most skills a course teaches, a course requires or a credential attests.
		#[pallet::constant]
		type MaxSkillsPerRecord: Get<u32>;

		/// Most prerequisites of a skill.
		#[pallet::constant]
		type MaxPrerequisites: Get<u32>;

		/// Most links between an issuer and its furthest delegate.
		#[pallet::constant]
		type MaxDelegationDepth: Get<u32>;

		/// Most credentials a subject holds.
		#[pallet::constant]
		type MaxCredentialsPerSubject: Get<u32>;

		/// Most credentials one issuer (with its delegates) gives a subject directly
		/// ([`Pallet::issue_credential`], not a course completion) that the subject still holds.
		#[pallet::constant]
		type MaxCredentialsPerIssuer: Get<u32>;

		/// Slots of a subject's [`Config::MaxCredentialsPerSubject`] that only course
		/// completions (which the learner asked for by enrolling) may fill: credentials issued
		/// directly, unsolicited, can never take them.
		#[pallet::constant]
		type CompletionSlots: Get<u32>;

		/// Most courses open at once.
		#[pallet::constant]
		type MaxOpenCourses: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates the assets the benchmarks price courses in.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: agora_primitives::assets::BenchmarkHelper<Self::AccountId>;
	}

	/// Accredited and suspended issuers.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, IssuerInfo<T>>;

	/// Issuing rights of delegates, by delegate.
	#[pallet::storage]
	pub type Delegates<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Delegation<T>>;

	/// The number the next delegation grant gets.
	#[pallet::storage]
	pub type NextGrant<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Registered credential schemas, by hash of their JSON schema.
	#[pallet::storage]
	pub type Schemas<T: Config> = StorageMap<_, Identity, H256, SchemaInfo<T>>;

	/// The course catalog.
	#[pallet::storage]
	pub type Courses<T: Config> = StorageMap<_, Twox64Concat, CourseId, Course<T>>;

	/// The id the next course gets.
	#[pallet::storage]
	pub type NextCourseId<T: Config> = StorageValue<_, CourseId, ValueQuery>;

	/// The courses that take enrolments, by id.
	#[pallet::storage]
	pub type OpenCourses<T: Config> =
		StorageValue<_, BoundedVec<CourseId, T::MaxOpenCourses>, ValueQuery>;

	/// Enrolments, by course and learner.
	#[pallet::storage]
	pub type Enrollments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, CourseId, Blake2_128Concat, T::AccountId, Enrollment<T>>;

	/// Credentials, by id.
	#[pallet::storage]
	pub type Credentials<T: Config> = StorageMap<_, Twox64Concat, CredentialId, Credential<T>>;

	/// The id the next credential gets.
	#[pallet::storage]
	pub type NextCredentialId<T: Config> = StorageValue<_, CredentialId, ValueQuery>;

	/// The credentials of each subject, by id.
	#[pallet::storage]
	pub type CredentialsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<CredentialId, T::MaxCredentialsPerSubject>,
		ValueQuery,
	>;

	/// AGR each learner has earned from course rewards.
	#[pallet::storage]
	pub type RewardsPaid<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Balance, ValueQuery>;

	/// The parameters governance tunes.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, Params, ValueQuery>;

	/// AGR of the pot account that belongs to courses (their budgets and grants): the rest of
	/// the pot is what governance can still grant.
	#[pallet::storage]
	pub type Earmarked<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// What governance trusts each schema's credentials for (absent: nothing).
	#[pallet::storage]
	pub type TrustedSchemas<T: Config> = StorageMap<_, Identity, H256, SchemaTrust>;

	/// Suspended credentials (W3C status purpose `suspension`), with the time of suspension:
	/// they do not verify until reinstated.
	#[pallet::storage]
	pub type Suspensions<T: Config> = StorageMap<_, Twox64Concat, CredentialId, Moment>;

	/// How many credentials each issuer (with its delegates) gave each subject directly and
	/// the subject still holds: at most [`Config::MaxCredentialsPerIssuer`].
	#[pallet::storage]
	pub type IssuedDirectly<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		ValueQuery,
	>;

	/// The deposit of each delegation record: who holds it (the account that granted the
	/// right) and how much. Delegations made before deposits existed have none.
	#[pallet::storage]
	pub type DelegationDeposits<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (T::AccountId, Balance)>;

	/// The revocations of removed credentials: a verifier still learns that the id was revoked.
	#[pallet::storage]
	pub type RemovedRevocations<T: Config> = StorageMap<_, Twox64Concat, CredentialId, Revocation>;

	/// The skill taxonomy.
	#[pallet::storage]
	pub type Skills<T: Config> = StorageMap<_, Twox64Concat, SkillId, Skill<T>>;

	/// The id the next registered skill gets.
	#[pallet::storage]
	pub type NextSkillId<T: Config> = StorageValue<_, SkillId, ValueQuery>;

	/// Each learner's mastery of each skill its credentials attest.
	#[pallet::storage]
	pub type Mastery<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SkillId,
		MasteryRecord<T>,
	>;

	/// The knowledge-tracing parameters governance tunes.
	#[pallet::storage]
	pub type MasteryParameters<T: Config> = StorageValue<_, MasteryParams, ValueQuery>;

	/// The status-list index each issuer gives its next credential.
	#[pallet::storage]
	pub type NextStatusIndex<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Issuers' W3C status lists, in chunks of [`STATUS_CHUNK_BYTES`] bytes: bit `i` (most
	/// significant first) of a purpose's list is set while the issuer's credential with status
	/// index `i` is revoked (suspended). Missing chunks are zeros.
	#[pallet::storage]
	pub type StatusBits<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, StatusPurpose>,
			NMapKey<Twox64Concat, u32>,
		),
		BoundedVec<u8, ConstU32<STATUS_CHUNK_BYTES>>,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The parameters (defaults: [`Params::default`]).
		pub params: Params,
		/// Issuers accredited at genesis, with their names.
		pub issuers: Vec<(T::AccountId, Vec<u8>)>,
		/// Schemas trusted at genesis, and for what.
		pub trusted_schemas: Vec<(H256, SchemaTrust)>,
		/// Skills registered at genesis, ids from 0 in order: names and prerequisites (ids of
		/// skills listed before).
		pub skills: Vec<(Vec<u8>, Vec<SkillId>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Parameters::<T>::put(self.params);
			for (schema, trust) in &self.trusted_schemas {
				TrustedSchemas::<T>::insert(schema, trust);
			}
			assert!(
				self.skills.len() <= T::MaxSkills::get() as usize,
				"more genesis skills than MaxSkills"
			);
			for (id, (name, prerequisites)) in self.skills.iter().enumerate() {
				let id = SkillId::try_from(id).expect("fewer than 2^32 skills");
				assert!(prerequisites.iter().all(|p| *p < id), "prerequisites come first");
				let skill = Skill::<T> {
					name: name.clone().try_into().expect("skill name too long"),
					alignment: None,
					prerequisites: prerequisites
						.clone()
						.try_into()
						.expect("too many prerequisites"),
					retired: false,
				};
				Skills::<T>::insert(id, skill);
				NextSkillId::<T>::put(id.saturating_add(1));
			}
			for (who, name) in &self.issuers {
				let name: NameOf<T> = name.clone().try_into().expect("issuer name too long");
				Issuers::<T>::insert(
					who,
					IssuerInfo {
						name,
						status: IssuerStatus::Accredited,
						since: frame_system::Pallet::<T>::block_number(),
					},
				);
			}
		}
	}

	/// Events of the credentials pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An issuer was accredited (or reinstated).
		IssuerAccredited { issuer: T::AccountId },
		/// An issuer was suspended: its credentials no longer verify.
		IssuerSuspended { issuer: T::AccountId },
		/// `parent` gave `delegate` the right to issue for `issuer`.
		DelegateAdded {
			issuer: T::AccountId,
			parent: T::AccountId,
			delegate: T::AccountId,
			depth: u32,
		},
		/// A delegate's right (and every right granted under it) was revoked.
		DelegateRemoved { issuer: T::AccountId, delegate: T::AccountId },
		/// A schema was registered.
		SchemaRegistered { schema: H256, creator: T::AccountId, deposit: Balance },
		/// A schema was deregistered and its deposit returned.
		SchemaDeregistered { schema: H256, deposit_returned: Balance },
		/// `depositor` now holds credential `id`'s deposit, returned to `previous`.
		CredentialDepositOwnerChanged {
			id: CredentialId,
			previous: T::AccountId,
			depositor: T::AccountId,
		},
		/// A course was published.
		CoursePublished {
			course: CourseId,
			provider: T::AccountId,
			price: CoursePrice,
			reward: Balance,
		},
		/// A course stopped taking enrolments.
		CourseClosed { course: CourseId },
		/// A learner enrolled and paid the provider.
		Enrolled { course: CourseId, learner: T::AccountId, paid: CoursePrice },
		/// A learner completed a course and earned `credential`.
		CourseCompleted { course: CourseId, learner: T::AccountId, credential: CredentialId },
		/// A credential was issued.
		CredentialIssued {
			id: CredentialId,
			subject: T::AccountId,
			issuer: T::AccountId,
			issued_by: T::AccountId,
		},
		/// A credential was revoked.
		CredentialRevoked { id: CredentialId, reason: RevocationReason },
		/// Governance reversed a credential's revocation.
		RevocationReversed { id: CredentialId },
		/// A credential was suspended: it does not verify until reinstated.
		CredentialSuspended { id: CredentialId },
		/// A suspended credential was reinstated.
		CredentialReinstated { id: CredentialId },
		/// The subject hid or showed a credential in public listings.
		VisibilityChanged { id: CredentialId, hidden: bool },
		/// A credential record was removed and its deposit returned.
		CredentialRemoved { id: CredentialId, deposit_returned: Balance },
		/// A course reward was paid: `paid` of the `due` (less when the learner's cap or the
		/// pot ran short).
		RewardPaid { learner: T::AccountId, course: CourseId, due: Balance, paid: Balance },
		/// The reward pot received funds.
		RewardsFunded { from: T::AccountId, amount: Balance },
		/// The provider escrowed `amount` more for its course's rewards.
		CourseFunded { course: CourseId, amount: Balance },
		/// Governance granted `amount` of the pot to a course's rewards.
		RewardsGranted { course: CourseId, amount: Balance },
		/// What a closed course no longer needs went back: `to_provider` of its budget to the
		/// provider, `to_pot` of its grant to the pot.
		CourseBudgetReclaimed { course: CourseId, to_provider: Balance, to_pot: Balance },
		/// Governance set what a schema's credentials are trusted for.
		SchemaTrustSet { schema: H256, trust: SchemaTrust },
		/// Governance set the parameters.
		ParamsSet { params: Params },
		/// Governance registered a skill.
		SkillRegistered { skill: SkillId },
		/// Governance renamed a skill or changed its alignment.
		SkillUpdated { skill: SkillId },
		/// Governance set a skill's prerequisites.
		PrerequisitesSet { skill: SkillId, prerequisites: Vec<SkillId> },
		/// Governance retired a skill: no new course or credential names it.
		SkillRetired { skill: SkillId },
		/// A learner's mastery of a skill changed (`level` 0 and `mastery` 0: no evidence left).
		MasteryUpdated { learner: T::AccountId, skill: SkillId, level: u8, mastery: u32 },
		/// Governance set the knowledge-tracing parameters.
		MasteryParamsSet { params: MasteryParams },
	}

	/// Errors of the credentials pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// A name is empty.
		EmptyName,
		/// The account is not an issuer.
		UnknownIssuer,
		/// The issuer is suspended (or not accredited).
		IssuerNotAccredited,
		/// The issuer is suspended already.
		AlreadySuspended,
		/// The account is a delegate: it cannot be accredited as an issuer too.
		AccountIsDelegate,
		/// The account is an issuer: it cannot be a delegate.
		AccountIsIssuer,
		/// The account has a valid issuing right already.
		AlreadyDelegate,
		/// An account cannot delegate to itself.
		SelfDelegation,
		/// The caller may not issue: neither an accredited issuer nor a valid delegate of one.
		NotAuthorized,
		/// The chain of delegations would be deeper than [`Config::MaxDelegationDepth`].
		DelegationTooDeep,
		/// The account has no issuing right.
		UnknownDelegate,
		/// Only the issuer, an account above the delegate in its chain, or the delegate itself
		/// may revoke this right.
		NotDelegator,
		/// A schema with this hash is registered already.
		SchemaExists,
		/// No schema has this hash.
		UnknownSchema,
		/// A skill list names a skill twice or not in increasing id order.
		DuplicateSkill,
		/// A skill level is not within 1–100.
		LevelOutOfRange,
		/// A course's capacity is zero.
		ZeroCapacity,
		/// The price's asset does not exist.
		UnknownAsset,
		/// No course has this id.
		UnknownCourse,
		/// Only the course's provider (or, to complete, its delegates) may do this.
		NotProvider,
		/// The course takes no enrolments.
		CourseClosed,
		/// The course has no seat left.
		CourseFull,
		/// [`Config::MaxOpenCourses`] courses are open already.
		TooManyOpenCourses,
		/// A provider cannot enrol in its own course.
		OwnCourse,
		/// The learner is enrolled in this course already.
		AlreadyEnrolled,
		/// The learner is not enrolled in this course.
		NotEnrolled,
		/// The learner completed this course already.
		AlreadyCompleted,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// The subject holds [`Config::MaxCredentialsPerSubject`] credentials already.
		TooManyCredentials,
		/// No credential has this id.
		UnknownCredential,
		/// Only the issuer of the credential (or the delegate that signed it) may revoke it.
		NotIssuer,
		/// The credential is revoked already.
		AlreadyRevoked,
		/// Only the credential's subject may do this (its issuer may remove it once revoked).
		NotSubject,
		/// The deposit cannot be held: the balance is too low.
		InsufficientDeposit,
		/// The amount is zero.
		ZeroAmount,
		/// An id space is exhausted.
		IdsExhausted,
		/// The learner is the provider or in its delegation tree: nobody completes their own
		/// enrolment.
		SelfDealing,
		/// The pot has not this much that is not earmarked for courses already.
		InsufficientPot,
		/// Governance does not trust the course's schema for rewards.
		SchemaNotTrusted,
		/// The course is still open: close it first.
		CourseOpen,
		/// Nothing to reclaim: the budget left is owed to enrolled learners.
		NothingToReclaim,
		/// The credential is suspended already.
		CredentialAlreadySuspended,
		/// The credential is not suspended.
		CredentialNotSuspended,
		/// The credential is not revoked.
		NotRevoked,
		/// The subject holds [`Config::MaxCredentialsPerIssuer`] credentials this issuer gave it
		/// directly: the subject must remove one first.
		TooManyFromIssuer,
		/// The subject's free slots are reserved for course completions
		/// ([`Config::CompletionSlots`]): no more credentials can be issued to it directly.
		SlotsReservedForCompletions,
		/// Only the schema's creator may deregister it.
		NotSchemaCreator,
		/// An open course still issues credentials of this schema.
		SchemaInUse,
		/// The caller holds this deposit already.
		AlreadyDepositor,
		/// No skill has this id.
		UnknownSkill,
		/// The skill is retired: new courses and credentials cannot name it.
		SkillRetired,
		/// The prerequisites would make a cycle (a skill would build on itself).
		PrerequisiteCycle,
		/// The taxonomy holds [`Config::MaxSkills`] skills already.
		TooManySkills,
		/// The learner does not hold the levels the course requires.
		RequirementsNotMet,
		/// The knowledge-tracing parameters are not probabilities, or slip or guess is not
		/// below one half, or guess is zero.
		InvalidMasteryParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must admit a name");
			assert!(T::MaxSkills::get() > 0, "MaxSkills must admit a skill");
			assert!(T::MaxSkillsPerRecord::get() > 0, "MaxSkillsPerRecord must admit a skill");
			assert!(
				COURSE_FEATURES <= agora_primitives::recommender::MAX_FEATURES,
				"a course query must fit a model"
			);
			assert!(MasteryParams::default().is_valid(), "the default mastery model is valid");
			assert!(T::MaxDelegationDepth::get() > 0, "MaxDelegationDepth must admit a delegate");
			assert!(T::MaxCredentialsPerSubject::get() > 0, "MaxCredentialsPerSubject must be > 0");
			assert!(T::MaxOpenCourses::get() > 0, "MaxOpenCourses must admit a course");
			assert!(T::MaxCredentialsPerIssuer::get() > 0, "MaxCredentialsPerIssuer must be > 0");
			assert!(
				T::CompletionSlots::get() < T::MaxCredentialsPerSubject::get(),
				"CompletionSlots must leave room for credentials issued directly"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Accredits `issuer` under `name`, or reinstates a suspended issuer (renaming it).
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::IssuerAccredited`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::accredit_issuer())]
		pub fn accredit_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			name: NameOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(Self::valid_delegation(&issuer).is_none(), Error::<T>::AccountIsDelegate);
			// A void delegation record (its chain was revoked) goes, its deposit back.
			Self::release_delegation_deposit(&issuer)?;
			Delegates::<T>::remove(&issuer);
			let since = frame_system::Pallet::<T>::block_number();
			Issuers::<T>::insert(
				&issuer,
				IssuerInfo { name, status: IssuerStatus::Accredited, since },
			);
			Self::deposit_event(Event::IssuerAccredited { issuer });
			Ok(())
		}

		/// Suspends an accredited issuer: its credentials stop verifying (status
		/// `IssuerSuspended`), it and its delegates can no longer issue, publish or complete.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::IssuerSuspended`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_issuer())]
		pub fn suspend_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Issuers::<T>::try_mutate(&issuer, |maybe| -> DispatchResult {
				let info = maybe.as_mut().ok_or(Error::<T>::UnknownIssuer)?;
				ensure!(info.status == IssuerStatus::Accredited, Error::<T>::AlreadySuspended);
				info.status = IssuerStatus::Suspended;
				info.since = frame_system::Pallet::<T>::block_number();
				Ok(())
			})?;
			Self::deposit_event(Event::IssuerSuspended { issuer });
			Ok(())
		}

		/// Gives `delegate` the right to issue credentials and complete courses for the
		/// caller's issuer. The caller is an accredited issuer, or a valid delegate less than
		/// [`Config::MaxDelegationDepth`] links from its issuer. The caller pays for the record:
		/// [`Params::credential_deposit`] is held until the record is removed.
		///
		/// Emits [`Event::DelegateAdded`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_delegate())]
		pub fn add_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(who != delegate, Error::<T>::SelfDelegation);
			ensure!(!Issuers::<T>::contains_key(&delegate), Error::<T>::AccountIsIssuer);
			ensure!(Self::valid_delegation(&delegate).is_none(), Error::<T>::AlreadyDelegate);
			let (issuer, depth, parent_grant) = match Self::authority_of(&who)? {
				Authority::Issuer => (who.clone(), 1, None),
				Authority::Delegate(d) => (d.issuer, d.depth.saturating_add(1), Some(d.grant)),
			};
			ensure!(depth <= T::MaxDelegationDepth::get(), Error::<T>::DelegationTooDeep);
			let grant = NextGrant::<T>::get();
			NextGrant::<T>::put(grant.checked_add(1).ok_or(Error::<T>::IdsExhausted)?);
			// A void record (its chain was revoked) is overwritten: its deposit goes back.
			Self::release_delegation_deposit(&delegate)?;
			let deposit = Parameters::<T>::get().credential_deposit;
			Self::hold(HoldReason::DelegationDeposit, &who, deposit)?;
			if deposit > 0 {
				DelegationDeposits::<T>::insert(&delegate, (who.clone(), deposit));
			}
			Delegates::<T>::insert(
				&delegate,
				Delegation {
					issuer: issuer.clone(),
					parent: who.clone(),
					depth,
					grant,
					parent_grant,
				},
			);
			Self::deposit_event(Event::DelegateAdded { issuer, parent: who, delegate, depth });
			Ok(())
		}

		/// Revokes `delegate`'s issuing right and, with it, every right granted under it. The
		/// caller is the issuer, an account above the delegate in its chain, the account that
		/// granted the right (also once the grant is void: this reclaims its deposit), or the
		/// delegate itself (resigning). The record's deposit goes back to whoever paid it.
		/// Credentials it issued stay as they are.
		///
		/// Emits [`Event::DelegateRemoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		pub fn remove_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let d = Delegates::<T>::get(&delegate).ok_or(Error::<T>::UnknownDelegate)?;
			ensure!(
				who == delegate
					|| who == d.issuer
					|| who == d.parent
					|| Self::is_ancestor(&who, &d),
				Error::<T>::NotDelegator
			);
			Self::release_delegation_deposit(&delegate)?;
			Delegates::<T>::remove(&delegate);
			Self::deposit_event(Event::DelegateRemoved { issuer: d.issuer, delegate });
			Ok(())
		}

		/// Registers a credential schema by the hash of its JSON schema. The caller's
		/// [`Params::schema_deposit`] is held for good.
		///
		/// Emits [`Event::SchemaRegistered`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_schema())]
		pub fn register_schema(origin: OriginFor<T>, schema: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Schemas::<T>::contains_key(schema), Error::<T>::SchemaExists);
			let deposit = Parameters::<T>::get().schema_deposit;
			Self::hold(HoldReason::SchemaDeposit, &who, deposit)?;
			let registered_at = frame_system::Pallet::<T>::block_number();
			Schemas::<T>::insert(
				schema,
				SchemaInfo { creator: who.clone(), deposit, registered_at },
			);
			Self::deposit_event(Event::SchemaRegistered { schema, creator: who, deposit });
			Ok(())
		}

		/// Publishes a course. The caller is an accredited issuer; it is the provider, paid
		/// `price` by each learner who enrols. Only learners holding the levels `requires` names
		/// (on credentials neither revoked nor suspended) may enrol. Completing the course earns
		/// a credential of `schema` certifying `teaches`, and `reward` AGR from the course's own budget
		/// ([`Pallet::fund_course`]) and grant ([`Pallet::grant_course_rewards`]): a course
		/// starts with neither.
		///
		/// Emits [`Event::CoursePublished`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::publish_course())]
		pub fn publish_course(
			origin: OriginFor<T>,
			name: NameOf<T>,
			schema: H256,
			teaches: SkillsOf<T>,
			requires: SkillsOf<T>,
			price: CoursePrice,
			reward: Balance,
			capacity: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_accredited(&who)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(Schemas::<T>::contains_key(schema), Error::<T>::UnknownSchema);
			Self::check_skills(&teaches)?;
			Self::check_skills(&requires)?;
			ensure!(capacity > 0, Error::<T>::ZeroCapacity);
			if let PaymentAsset::Asset(id) = price.asset {
				ensure!(T::Assets::asset_exists(id), Error::<T>::UnknownAsset);
			}
			let course = NextCourseId::<T>::get();
			let next = course.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			OpenCourses::<T>::try_append(course).map_err(|_| Error::<T>::TooManyOpenCourses)?;
			NextCourseId::<T>::put(next);
			Courses::<T>::insert(
				course,
				Course {
					provider: who.clone(),
					name,
					schema,
					teaches,
					requires,
					price,
					reward,
					capacity,
					enrolled: 0,
					completed: 0,
					open: true,
					budget: 0,
					granted: 0,
				},
			);
			Self::deposit_event(Event::CoursePublished { course, provider: who, price, reward });
			Ok(())
		}

		/// Stops a course taking enrolments; enrolled learners can still complete it. Only its
		/// provider may close it.
		///
		/// Emits [`Event::CourseClosed`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::close_course())]
		pub fn close_course(origin: OriginFor<T>, course: CourseId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Courses::<T>::try_mutate(course, |maybe| -> DispatchResult {
				let c = maybe.as_mut().ok_or(Error::<T>::UnknownCourse)?;
				ensure!(c.provider == who, Error::<T>::NotProvider);
				ensure!(c.open, Error::<T>::CourseClosed);
				c.open = false;
				Ok(())
			})?;
			OpenCourses::<T>::mutate(|open| open.retain(|id| *id != course));
			Self::deposit_event(Event::CourseClosed { course });
			Ok(())
		}

		/// Enrols the caller in an open course with a seat left, paying its price straight to
		/// the provider (no commission), in AGR or in the course's asset. The caller's account
		/// is kept alive.
		///
		/// Emits [`Event::Enrolled`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::enroll(T::MaxSkillsPerRecord::get()))]
		pub fn enroll(origin: OriginFor<T>, course: CourseId) -> DispatchResultWithPostInfo {
			let learner = ensure_signed(origin)?;
			let mut c = Courses::<T>::get(course).ok_or(Error::<T>::UnknownCourse)?;
			ensure!(c.open, Error::<T>::CourseClosed);
			ensure!(!Self::in_tree_of(&learner, &c.provider), Error::<T>::OwnCourse);
			ensure!(!Enrollments::<T>::contains_key(course, &learner), Error::<T>::AlreadyEnrolled);
			ensure!(c.enrolled < c.capacity, Error::<T>::CourseFull);
			Self::ensure_accredited(&c.provider)?;
			ensure!(
				c.requires.iter().all(|r| Self::holds(&learner, r)),
				Error::<T>::RequirementsNotMet
			);
			if c.price.amount > 0 {
				transfer::<_, T::Currency, T::Assets>(
					c.price.asset,
					&learner,
					&c.provider,
					c.price.amount,
				)?;
			}
			c.enrolled = c.enrolled.saturating_add(1);
			let paid = c.price;
			let requirements = u32::try_from(c.requires.len()).unwrap_or(u32::MAX);
			Courses::<T>::insert(course, c);
			Enrollments::<T>::insert(
				course,
				&learner,
				Enrollment {
					paid,
					enrolled_at: frame_system::Pallet::<T>::block_number(),
					status: EnrollmentStatus::Enrolled,
				},
			);
			Self::deposit_event(Event::Enrolled { course, learner, paid });
			Ok(Some(T::WeightInfo::enroll(requirements)).into())
		}

		/// Marks `learner`'s completion of `course`: issues the course's credential to the
		/// learner (the caller holds its deposit) and pays the course's reward from the course's
		/// budget, then its grant, within the learner's cap. The caller is the provider or a
		/// valid delegate of it; the learner is neither the caller, nor the provider, nor anyone
		/// in the provider's delegation tree ([`Error::SelfDealing`]).
		///
		/// Emits [`Event::CourseCompleted`], [`Event::CredentialIssued`] and
		/// [`Event::RewardPaid`] (when the course has a reward).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::complete_course())]
		pub fn complete_course(
			origin: OriginFor<T>,
			course: CourseId,
			learner: T::AccountId,
			claim_hash: H256,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Courses::<T>::get(course).ok_or(Error::<T>::UnknownCourse)?;
			let issuer = Self::issuer_of(&who)?;
			ensure!(issuer == c.provider, Error::<T>::NotProvider);
			ensure!(
				learner != who && !Self::in_tree_of(&learner, &c.provider),
				Error::<T>::SelfDealing
			);
			let mut enrollment =
				Enrollments::<T>::get(course, &learner).ok_or(Error::<T>::NotEnrolled)?;
			ensure!(enrollment.status == EnrollmentStatus::Enrolled, Error::<T>::AlreadyCompleted);
			let id = Self::do_issue(
				&who,
				issuer,
				learner.clone(),
				c.schema,
				claim_hash,
				c.teaches.clone(),
				expires_at,
				Some(course),
			)?;
			enrollment.status = EnrollmentStatus::Completed(id);
			Enrollments::<T>::insert(course, &learner, enrollment);
			c.completed = c.completed.saturating_add(1);
			Self::deposit_event(Event::CourseCompleted {
				course,
				learner: learner.clone(),
				credential: id,
			});
			if c.reward > 0 {
				Self::pay_reward(&learner, course, &mut c);
			}
			Courses::<T>::insert(course, c);
			Ok(())
		}

		/// Issues a credential to `subject`: claims of `schema` whose VC document hashes to
		/// `claim_hash`, certifying `skills`, valid until `expires_at` (Unix milliseconds) if
		/// given. The caller is an accredited issuer or a valid delegate of one, and holds the
		/// record's deposit.
		///
		/// Emits [`Event::CredentialIssued`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::issue_credential())]
		pub fn issue_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			schema: H256,
			claim_hash: H256,
			skills: SkillsOf<T>,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let issuer = Self::issuer_of(&who)?;
			Self::do_issue(&who, issuer, subject, schema, claim_hash, skills, expires_at, None)?;
			Ok(())
		}

		/// Revokes a credential with a reason code. The caller has authority over it now: its
		/// issuer, or a valid delegate of that issuer that signed it or is above its signer in
		/// the signer's (valid) chain. A removed delegate revokes nothing. A revoked credential
		/// verifies as `Revoked`, even once removed, unless governance reverses it
		/// ([`Pallet::reverse_revocation`]).
		///
		/// Emits [`Event::CredentialRevoked`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::revoke_credential())]
		pub fn revoke_credential(
			origin: OriginFor<T>,
			id: CredentialId,
			reason: RevocationReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Credentials::<T>::try_mutate(id, |maybe| -> DispatchResult {
				let c = maybe.as_mut().ok_or(Error::<T>::UnknownCredential)?;
				ensure!(Self::has_authority(&who, c), Error::<T>::NotIssuer);
				ensure!(c.revoked.is_none(), Error::<T>::AlreadyRevoked);
				c.revoked = Some(Revocation { reason, at: T::Time::now() });
				// A revocation supersedes a suspension.
				if Suspensions::<T>::take(id).is_some() {
					Self::set_status(&c.issuer, StatusPurpose::Suspension, c.status_index, false);
				} else {
					Self::forget_evidence(&c.subject, id, &c.skills);
				}
				Self::set_status(&c.issuer, StatusPurpose::Revocation, c.status_index, true);
				Ok(())
			})?;
			Self::deposit_event(Event::CredentialRevoked { id, reason });
			Ok(())
		}

		/// Hides a credential from public listings (`credentials_ofSubject`) or shows it again.
		/// It still verifies by id. Only its subject may do this.
		///
		/// Emits [`Event::VisibilityChanged`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_visibility())]
		pub fn set_visibility(
			origin: OriginFor<T>,
			id: CredentialId,
			hidden: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Credentials::<T>::try_mutate(id, |maybe| -> DispatchResult {
				let c = maybe.as_mut().ok_or(Error::<T>::UnknownCredential)?;
				ensure!(c.subject == who, Error::<T>::NotSubject);
				c.hidden = hidden;
				Ok(())
			})?;
			Self::deposit_event(Event::VisibilityChanged { id, hidden });
			Ok(())
		}

		/// Removes a credential record and returns its deposit to whoever holds it. The caller
		/// is its subject, or (once it is revoked) its issuer or the account holding its
		/// deposit. It then verifies as `Unknown`, or as `Revoked` if it was revoked
		/// ([`RemovedRevocations`] keeps the revocation).
		///
		/// Emits [`Event::CredentialRemoved`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::remove_credential())]
		pub fn remove_credential(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Credentials::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			// Once revoked: the issuer, or the delegate that signed it and still holds its
			// deposit (not an account that took the deposit over: it could otherwise revoke and
			// erase a credential governance might reinstate).
			ensure!(
				who == c.subject
					|| (c.revoked.is_some()
						&& (who == c.issuer || (who == c.depositor && who == c.issued_by))),
				Error::<T>::NotSubject
			);
			let returned = Self::release(HoldReason::CredentialDeposit, &c.depositor, c.deposit)?;
			Credentials::<T>::remove(id);
			if Suspensions::<T>::take(id).is_some() {
				Self::set_status(&c.issuer, StatusPurpose::Suspension, c.status_index, false);
			} else if c.revoked.is_none() {
				Self::forget_evidence(&c.subject, id, &c.skills);
			}
			// The chain no longer vouches for it: its status lists say so to a verifier that
			// holds the VC document.
			Self::set_status(&c.issuer, StatusPurpose::Revocation, c.status_index, true);
			if c.course.is_none() {
				IssuedDirectly::<T>::mutate_exists(&c.subject, &c.issuer, |n| {
					*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0)
				});
			}
			if let Some(revocation) = c.revoked {
				RemovedRevocations::<T>::insert(id, revocation);
			}
			CredentialsOf::<T>::mutate(&c.subject, |ids| ids.retain(|i| *i != id));
			Self::deposit_event(Event::CredentialRemoved { id, deposit_returned: returned });
			Ok(())
		}

		/// Moves `amount` AGR from the caller into the reward pot (keeping the caller alive).
		/// Only governance grants it to courses ([`Pallet::grant_course_rewards`]). While the pot
		/// holds less than the existential deposit the caller also pays what brings it there
		/// (the pot is never reaped).
		///
		/// Emits [`Event::RewardsFunded`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::fund_rewards())]
		pub fn fund_rewards(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			Self::fill_pot(&who, amount)?;
			Self::deposit_event(Event::RewardsFunded { from: who, amount });
			Ok(())
		}

		/// Sets the parameters: deposits for records made from now on, the per-learner reward
		/// cap and the course model.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: Params) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Parameters::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}

		/// Escrows `amount` AGR of the caller, the course's provider, for the course's rewards:
		/// it moves into the pot account as the course's budget (keeping the caller alive).
		/// Completions are paid from it; what a closed course no longer needs comes back with
		/// [`Pallet::reclaim_course_budget`]. While the pot holds less than the existential
		/// deposit the caller also pays what brings it there, so that dust left in a budget can
		/// never get the pot reaped.
		///
		/// Emits [`Event::CourseFunded`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::fund_course())]
		pub fn fund_course(
			origin: OriginFor<T>,
			course: CourseId,
			amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let mut c = Courses::<T>::get(course).ok_or(Error::<T>::UnknownCourse)?;
			ensure!(c.provider == who, Error::<T>::NotProvider);
			Self::fill_pot(&who, amount)?;
			c.budget = c.budget.saturating_add(amount);
			Courses::<T>::insert(course, c);
			Earmarked::<T>::mutate(|e| *e = e.saturating_add(amount));
			Self::deposit_event(Event::CourseFunded { course, amount });
			Ok(())
		}

		/// Grants `amount` AGR of the reward pot (of what no course holds yet) to a course's
		/// rewards. The course's schema must be trusted for rewards
		/// ([`Pallet::set_schema_trust`]).
		///
		/// The origin must be [`Config::SpendOrigin`]. Emits [`Event::RewardsGranted`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::grant_course_rewards())]
		pub fn grant_course_rewards(
			origin: OriginFor<T>,
			course: CourseId,
			amount: Balance,
		) -> DispatchResult {
			T::SpendOrigin::ensure_origin(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let mut c = Courses::<T>::get(course).ok_or(Error::<T>::UnknownCourse)?;
			ensure!(
				TrustedSchemas::<T>::get(c.schema).is_some_and(|t| t.rewards),
				Error::<T>::SchemaNotTrusted
			);
			ensure!(amount <= Self::pot_unallocated(), Error::<T>::InsufficientPot);
			<T::PayoutLimit as agora_primitives::governance::PayoutLimit>::charge(
				agora_primitives::AssetKind::Native,
				amount,
			)?;
			c.granted = c.granted.saturating_add(amount);
			Courses::<T>::insert(course, c);
			Earmarked::<T>::mutate(|e| *e = e.saturating_add(amount));
			Self::deposit_event(Event::RewardsGranted { course, amount });
			Ok(())
		}

		/// Returns what a closed course's budget and grant hold beyond the rewards its enrolled
		/// learners can still earn (`reward ×` enrolled but not completed): the grant first, to
		/// the pot's unallocated part, then the budget, to the provider. Only the provider may
		/// call it.
		///
		/// Emits [`Event::CourseBudgetReclaimed`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::reclaim_course_budget())]
		pub fn reclaim_course_budget(origin: OriginFor<T>, course: CourseId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Courses::<T>::get(course).ok_or(Error::<T>::UnknownCourse)?;
			ensure!(c.provider == who, Error::<T>::NotProvider);
			ensure!(!c.open, Error::<T>::CourseOpen);
			let pending = c.enrolled.saturating_sub(c.completed);
			let owed = c.reward.saturating_mul(Balance::from(pending));
			let excess = c.budget.saturating_add(c.granted).saturating_sub(owed);
			ensure!(excess > 0, Error::<T>::NothingToReclaim);
			let to_pot = excess.min(c.granted);
			let to_provider = excess.saturating_sub(to_pot);
			if to_provider > 0 {
				T::Currency::transfer(
					&Self::pot_account(),
					&who,
					to_provider,
					Preservation::Preserve,
				)?;
			}
			c.granted = c.granted.saturating_sub(to_pot);
			c.budget = c.budget.saturating_sub(to_provider);
			Courses::<T>::insert(course, c);
			Earmarked::<T>::mutate(|e| *e = e.saturating_sub(excess));
			Self::deposit_event(Event::CourseBudgetReclaimed { course, to_provider, to_pot });
			Ok(())
		}

		/// Sets what credentials of `schema` are trusted for: the lending borrower score, reward
		/// grants. `SchemaTrust::default()` (nothing) removes the entry.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::SchemaTrustSet`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_schema_trust())]
		pub fn set_schema_trust(
			origin: OriginFor<T>,
			schema: H256,
			trust: SchemaTrust,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			if trust == SchemaTrust::default() {
				TrustedSchemas::<T>::remove(schema);
			} else {
				TrustedSchemas::<T>::insert(schema, trust);
			}
			Self::deposit_event(Event::SchemaTrustSet { schema, trust });
			Ok(())
		}

		/// Suspends a credential (W3C status purpose `suspension`): it verifies as `Suspended`
		/// until reinstated. The caller has authority over it now, as for
		/// [`Pallet::revoke_credential`].
		///
		/// Emits [`Event::CredentialSuspended`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::suspend_credential())]
		pub fn suspend_credential(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Credentials::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			ensure!(Self::has_authority(&who, &c), Error::<T>::NotIssuer);
			ensure!(c.revoked.is_none(), Error::<T>::AlreadyRevoked);
			ensure!(!Suspensions::<T>::contains_key(id), Error::<T>::CredentialAlreadySuspended);
			Suspensions::<T>::insert(id, T::Time::now());
			Self::forget_evidence(&c.subject, id, &c.skills);
			Self::set_status(&c.issuer, StatusPurpose::Suspension, c.status_index, true);
			Self::deposit_event(Event::CredentialSuspended { id });
			Ok(())
		}

		/// Lifts a credential's suspension. The caller has authority over it now.
		///
		/// Emits [`Event::CredentialReinstated`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::reinstate_credential())]
		pub fn reinstate_credential(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Credentials::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			ensure!(Self::has_authority(&who, &c), Error::<T>::NotIssuer);
			ensure!(Suspensions::<T>::take(id).is_some(), Error::<T>::CredentialNotSuspended);
			Self::set_status(&c.issuer, StatusPurpose::Suspension, c.status_index, false);
			Self::add_evidence(&c.subject, id, &c.skills, c.expires_at);
			Self::deposit_event(Event::CredentialReinstated { id });
			Ok(())
		}

		/// Reverses a wrongful revocation: the credential is no longer revoked (and, if its
		/// record was removed, its id no longer verifies as revoked).
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::RevocationReversed`].
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::reverse_revocation())]
		pub fn reverse_revocation(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let reversed = match Credentials::<T>::get(id) {
				Some(mut c) => {
					let was = c.revoked.take().is_some();
					if was {
						Self::set_status(
							&c.issuer,
							StatusPurpose::Revocation,
							c.status_index,
							false,
						);
						Self::add_evidence(&c.subject, id, &c.skills, c.expires_at);
					}
					Credentials::<T>::insert(id, c);
					was
				},
				// A removed credential's revocation bit stays set: the chain no longer holds
				// it, so it vouches for it no more (its id verifies as `Unknown` now).
				None => RemovedRevocations::<T>::take(id).is_some(),
			};
			ensure!(reversed, Error::<T>::NotRevoked);
			Self::deposit_event(Event::RevocationReversed { id });
			Ok(())
		}

		/// Deregisters a schema and returns its deposit. Only its creator may, and only while no
		/// open course issues credentials of it. Credentials of the schema keep verifying; new
		/// ones need it registered again.
		///
		/// Emits [`Event::SchemaDeregistered`].
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::deregister_schema(T::MaxOpenCourses::get()))]
		pub fn deregister_schema(origin: OriginFor<T>, schema: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Schemas::<T>::get(schema).ok_or(Error::<T>::UnknownSchema)?;
			ensure!(info.creator == who, Error::<T>::NotSchemaCreator);
			ensure!(
				!OpenCourses::<T>::get()
					.iter()
					.any(|id| Courses::<T>::get(id).is_some_and(|c| c.schema == schema)),
				Error::<T>::SchemaInUse
			);
			let returned = Self::release(HoldReason::SchemaDeposit, &who, info.deposit)?;
			Schemas::<T>::remove(schema);
			Self::deposit_event(Event::SchemaDeregistered { schema, deposit_returned: returned });
			Ok(())
		}

		/// Takes over credential `id`'s deposit (KILT's `change_deposit_owner`): the caller, who
		/// has authority over the credential now (its issuer or a valid delegate above or at its
		/// signer), pays [`Params::credential_deposit`] and the account that held the deposit
		/// (say, a delegate since removed, who could not reclaim it) gets its own back.
		///
		/// Emits [`Event::CredentialDepositOwnerChanged`].
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::change_deposit_owner())]
		pub fn change_deposit_owner(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Credentials::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			ensure!(Self::has_authority(&who, &c), Error::<T>::NotIssuer);
			ensure!(c.depositor != who, Error::<T>::AlreadyDepositor);
			let deposit = Parameters::<T>::get().credential_deposit;
			Self::hold(HoldReason::CredentialDeposit, &who, deposit)?;
			Self::release(HoldReason::CredentialDeposit, &c.depositor, c.deposit)?;
			let previous = core::mem::replace(&mut c.depositor, who.clone());
			c.deposit = deposit;
			Credentials::<T>::insert(id, c);
			Self::deposit_event(Event::CredentialDepositOwnerChanged {
				id,
				previous,
				depositor: who,
			});
			Ok(())
		}

		/// Registers a skill of the taxonomy: its name, its place in an external framework
		/// (ESCO, O*NET, a university's own) if any, and the registered skills it builds on.
		/// It gets the next id.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::SkillRegistered`].
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::register_skill())]
		pub fn register_skill(
			origin: OriginFor<T>,
			name: NameOf<T>,
			alignment: Option<Alignment<T>>,
			prerequisites: PrerequisitesOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			let id = NextSkillId::<T>::get();
			ensure!(id < T::MaxSkills::get(), Error::<T>::TooManySkills);
			Self::check_prerequisites(None, &prerequisites)?;
			Skills::<T>::insert(id, Skill { name, alignment, prerequisites, retired: false });
			NextSkillId::<T>::put(id.saturating_add(1));
			Self::deposit_event(Event::SkillRegistered { skill: id });
			Ok(())
		}

		/// Renames a skill and sets its alignment. Credentials and courses naming it keep its
		/// id, so they show the new name.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::SkillUpdated`].
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::update_skill())]
		pub fn update_skill(
			origin: OriginFor<T>,
			skill: SkillId,
			name: NameOf<T>,
			alignment: Option<Alignment<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			Skills::<T>::try_mutate(skill, |maybe| -> DispatchResult {
				let s = maybe.as_mut().ok_or(Error::<T>::UnknownSkill)?;
				s.name = name;
				s.alignment = alignment;
				Ok(())
			})?;
			Self::deposit_event(Event::SkillUpdated { skill });
			Ok(())
		}

		/// Sets the skills `skill` builds on. Refused with [`Error::PrerequisiteCycle`] when one
		/// of them builds on `skill`, directly or through others: the graph stays acyclic.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::PrerequisitesSet`].
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::set_prerequisites(T::MaxSkills::get()))]
		pub fn set_prerequisites(
			origin: OriginFor<T>,
			skill: SkillId,
			prerequisites: PrerequisitesOf<T>,
		) -> DispatchResultWithPostInfo {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut s = Skills::<T>::get(skill).ok_or(Error::<T>::UnknownSkill)?;
			let visited = Self::check_prerequisites(Some(skill), &prerequisites)?;
			s.prerequisites = prerequisites.clone();
			Skills::<T>::insert(skill, s);
			Self::deposit_event(Event::PrerequisitesSet {
				skill,
				prerequisites: prerequisites.into_inner(),
			});
			Ok(Some(T::WeightInfo::set_prerequisites(visited)).into())
		}

		/// Retires a skill: new courses and credentials can no longer name it; those that do
		/// keep it, and learners keep their mastery of it.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::SkillRetired`].
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::retire_skill())]
		pub fn retire_skill(origin: OriginFor<T>, skill: SkillId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Skills::<T>::try_mutate(skill, |maybe| -> DispatchResult {
				let s = maybe.as_mut().ok_or(Error::<T>::UnknownSkill)?;
				ensure!(!s.retired, Error::<T>::SkillRetired);
				s.retired = true;
				Ok(())
			})?;
			Self::deposit_event(Event::SkillRetired { skill });
			Ok(())
		}

		/// Sets the knowledge-tracing parameters (see [`skills`]). Stored mastery follows them
		/// at each learner's next update; the views apply them at once.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::MasteryParamsSet`].
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_mastery_params(origin: OriginFor<T>, params: MasteryParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidMasteryParams);
			MasteryParameters::<T>::put(params);
			Self::deposit_event(Event::MasteryParamsSet { params });
			Ok(())
		}
	}
}

/// What lets an account issue.
enum Authority<T: Config> {
	/// It is an accredited issuer.
	Issuer,
	/// It is a valid delegate of an accredited issuer.
	Delegate(Delegation<T>),
}

impl<T: Config> Pallet<T> {
	/// The reward pot's account.
	pub fn pot_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// AGR in the reward pot that can be paid out (the pot stays alive).
	pub fn pot_available() -> Balance {
		T::Currency::reducible_balance(
			&Self::pot_account(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// Moves `amount` AGR of `who` into the pot (keeping `who` alive), and, while the pot
	/// holds less than the existential deposit, what brings it there: the pot is never reaped,
	/// so dust a budget leaves behind stays in it.
	fn fill_pot(who: &T::AccountId, amount: Balance) -> DispatchResult {
		let pot = Self::pot_account();
		let top_up = T::Currency::minimum_balance().saturating_sub(T::Currency::balance(&pot));
		T::Currency::transfer(who, &pot, amount.saturating_add(top_up), Preservation::Preserve)?;
		Ok(())
	}

	/// AGR of the pot no course holds: what governance can still grant (the pot stays alive).
	pub fn pot_unallocated() -> Balance {
		Self::pot_available().saturating_sub(Earmarked::<T>::get())
	}

	/// Whether `who` is `provider` or holds a valid delegation of it.
	fn in_tree_of(who: &T::AccountId, provider: &T::AccountId) -> bool {
		who == provider || Self::valid_delegation(who).is_some_and(|d| d.issuer == *provider)
	}

	/// Whether `who` has authority over credential `c` now: its issuer, or a valid delegate of
	/// that issuer that signed it or stands above its signer's valid delegation.
	fn has_authority(who: &T::AccountId, c: &Credential<T>) -> bool {
		if *who == c.issuer {
			return Issuers::<T>::contains_key(who);
		}
		let Some(d) = Self::valid_delegation(who) else { return false };
		if d.issuer != c.issuer {
			return false;
		}
		*who == c.issued_by
			|| Self::valid_delegation(&c.issued_by).is_some_and(|s| Self::is_ancestor(who, &s))
	}

	fn ensure_accredited(who: &T::AccountId) -> DispatchResult {
		match Issuers::<T>::get(who) {
			Some(info) if info.status == IssuerStatus::Accredited => Ok(()),
			Some(_) => Err(Error::<T>::IssuerNotAccredited.into()),
			None => Err(Error::<T>::UnknownIssuer.into()),
		}
	}

	/// A skill list is well formed: strictly increasing ids of registered skills that are not
	/// retired, levels 1–100.
	fn check_skills(skills: &SkillsOf<T>) -> DispatchResult {
		ensure!(skills.windows(2).all(|w| w[0].skill < w[1].skill), Error::<T>::DuplicateSkill);
		for s in skills.iter() {
			ensure!((1..=MAX_SKILL_LEVEL).contains(&s.level), Error::<T>::LevelOutOfRange);
			let skill = Skills::<T>::get(s.skill).ok_or(Error::<T>::UnknownSkill)?;
			ensure!(!skill.retired, Error::<T>::SkillRetired);
		}
		Ok(())
	}

	/// Prerequisites are registered skills, each once, and (for an existing `skill`) none of
	/// them builds on `skill`: a depth-first walk down the prerequisite graph, reading each
	/// skill at most once. Returns the number of skills read.
	fn check_prerequisites(
		skill: Option<SkillId>,
		prerequisites: &PrerequisitesOf<T>,
	) -> Result<u32, DispatchError> {
		use alloc::collections::btree_set::BTreeSet;
		let mut unique = BTreeSet::new();
		ensure!(prerequisites.iter().all(|p| unique.insert(*p)), Error::<T>::DuplicateSkill);
		for p in prerequisites.iter() {
			let s = Skills::<T>::get(p).ok_or(Error::<T>::UnknownSkill)?;
			ensure!(!s.retired, Error::<T>::SkillRetired);
		}
		let mut seen = BTreeSet::new();
		let mut stack: Vec<SkillId> = prerequisites.to_vec();
		while let Some(p) = stack.pop() {
			ensure!(Some(p) != skill, Error::<T>::PrerequisiteCycle);
			if !seen.insert(p) {
				continue;
			}
			let s = Skills::<T>::get(p).ok_or(Error::<T>::UnknownSkill)?;
			// A new skill has no id yet: nothing can build on it, the walk stops at the first
			// level.
			if skill.is_some() {
				stack.extend(s.prerequisites.iter().copied());
			}
		}
		Ok(u32::try_from(seen.len()).unwrap_or(u32::MAX))
	}

	/// Sets or clears bit `index` of `issuer`'s `purpose` list.
	pub(crate) fn set_status(issuer: &T::AccountId, purpose: StatusPurpose, index: u32, on: bool) {
		let bits = STATUS_CHUNK_BYTES.saturating_mul(8);
		let (chunk, bit) = (index / bits, index % bits);
		let byte = usize::try_from(bit / 8).unwrap_or(0);
		let mask = 0x80u8 >> (bit % 8);
		StatusBits::<T>::mutate_exists((issuer, purpose, chunk), |maybe| {
			let mut data = maybe.take().map(|b| b.into_inner()).unwrap_or_default();
			if data.len() <= byte {
				if !on {
					*maybe = (!data.is_empty()).then(|| data.try_into().ok()).flatten();
					return;
				}
				data.resize(byte.saturating_add(1), 0);
			}
			if let Some(b) = data.get_mut(byte) {
				if on {
					*b |= mask;
				} else {
					*b &= !mask;
				}
			}
			while data.last() == Some(&0) {
				data.pop();
			}
			*maybe = (!data.is_empty()).then(|| data.try_into().ok()).flatten();
		});
	}

	/// Whether bit `index` of `issuer`'s `purpose` list is set.
	pub fn status_bit(issuer: &T::AccountId, purpose: StatusPurpose, index: u32) -> bool {
		let bits = STATUS_CHUNK_BYTES.saturating_mul(8);
		let byte = usize::try_from((index % bits) / 8).unwrap_or(0);
		StatusBits::<T>::get((issuer, purpose, index / bits))
			.and_then(|d| d.get(byte).copied())
			.is_some_and(|b| b & (0x80u8 >> (index % 8)) != 0)
	}

	/// Stores `learner`'s mastery of `skill` after its evidence changed.
	fn store_mastery(learner: &T::AccountId, skill: SkillId, evidence: EvidenceOf<T>) {
		let (level, mastery) =
			MasteryParameters::<T>::get().estimate(evidence.iter().map(|(_, l, _)| *l));
		if evidence.is_empty() {
			Mastery::<T>::remove(learner, skill);
		} else {
			Mastery::<T>::insert(learner, skill, MasteryRecord { level, mastery, evidence });
		}
		Self::deposit_event(Event::MasteryUpdated {
			learner: learner.clone(),
			skill,
			level,
			mastery,
		});
	}

	/// Credential `id` of `learner` attesting `skills` counts again (issued, reinstated, its
	/// revocation reversed). The evidence stays in id order.
	fn add_evidence(
		learner: &T::AccountId,
		id: CredentialId,
		skills: &SkillsOf<T>,
		expires_at: Option<Moment>,
	) {
		for s in skills.iter() {
			let mut evidence =
				Mastery::<T>::get(learner, s.skill).map(|m| m.evidence).unwrap_or_default();
			if evidence.iter().any(|(c, _, _)| *c == id) {
				continue;
			}
			let at = evidence.partition_point(|(c, _, _)| *c < id);
			// A learner holds at most `MaxCredentialsPerSubject` credentials: this always fits.
			if evidence.try_insert(at, (id, s.level, expires_at)).is_ok() {
				Self::store_mastery(learner, s.skill, evidence);
			}
		}
	}

	/// Whether `learner` holds `required`: among its evidence for the skill at that level or
	/// above, unexpired, one of the [`GATE_CANDIDATES`] highest (newest first on a tie) is
	/// issued under an issuer accredited now. At most `1 + 2 × GATE_CANDIDATES` reads.
	fn holds(learner: &T::AccountId, required: &SkillLevel) -> bool {
		let Some(record) = Mastery::<T>::get(learner, required.skill) else { return false };
		if record.level < required.level {
			return false;
		}
		let now = T::Time::now();
		let mut candidates: Vec<(u8, CredentialId)> = record
			.evidence
			.iter()
			.filter(|(_, l, e)| *l >= required.level && e.is_none_or(|e| e > now))
			.map(|(id, l, _)| (*l, *id))
			.collect();
		candidates.sort_by(|a, b| b.cmp(a));
		candidates.into_iter().take(GATE_CANDIDATES).any(|(_, id)| {
			Credentials::<T>::get(id).is_some_and(|c| {
				Issuers::<T>::get(&c.issuer).is_some_and(|i| i.status == IssuerStatus::Accredited)
			})
		})
	}

	/// Credential `id` of `learner` no longer counts (revoked, suspended, removed).
	fn forget_evidence(learner: &T::AccountId, id: CredentialId, skills: &SkillsOf<T>) {
		for s in skills.iter() {
			let Some(record) = Mastery::<T>::get(learner, s.skill) else { continue };
			let mut evidence = record.evidence;
			let before = evidence.len();
			evidence.retain(|(c, _, _)| *c != id);
			if evidence.len() != before {
				Self::store_mastery(learner, s.skill, evidence);
			}
		}
	}

	/// `who`'s delegation, if it is valid: every grant up its chain still stands and the depth
	/// is within bounds (whether the issuer is accredited is not checked here).
	pub fn valid_delegation(who: &T::AccountId) -> Option<Delegation<T>> {
		let d = Delegates::<T>::get(who)?;
		let mut link = d.clone();
		// At most MaxDelegationDepth links up to the issuer.
		for _ in 0..T::MaxDelegationDepth::get() {
			match link.parent_grant {
				None => return (link.parent == d.issuer && link.depth == 1).then_some(d),
				Some(grant) => {
					let parent = Delegates::<T>::get(&link.parent)?;
					if parent.grant != grant || parent.issuer != d.issuer {
						return None;
					}
					link = parent;
				},
			}
		}
		None
	}

	/// Whether `who` is above delegation `d` in its (valid) chain.
	fn is_ancestor(who: &T::AccountId, d: &Delegation<T>) -> bool {
		let mut link = d.clone();
		for _ in 0..T::MaxDelegationDepth::get() {
			if &link.parent == who {
				return true;
			}
			match link.parent_grant {
				None => return false,
				Some(grant) => match Delegates::<T>::get(&link.parent) {
					Some(parent) if parent.grant == grant => link = parent,
					_ => return false,
				},
			}
		}
		false
	}

	/// How `who` may issue, if at all.
	fn authority_of(who: &T::AccountId) -> Result<Authority<T>, DispatchError> {
		if let Some(info) = Issuers::<T>::get(who) {
			ensure!(info.status == IssuerStatus::Accredited, Error::<T>::IssuerNotAccredited);
			return Ok(Authority::Issuer);
		}
		let d = Self::valid_delegation(who).ok_or(Error::<T>::NotAuthorized)?;
		Self::ensure_accredited(&d.issuer).map_err(|_| Error::<T>::IssuerNotAccredited)?;
		Ok(Authority::Delegate(d))
	}

	/// The accredited issuer `who` issues for.
	pub fn issuer_of(who: &T::AccountId) -> Result<T::AccountId, DispatchError> {
		Ok(match Self::authority_of(who)? {
			Authority::Issuer => who.clone(),
			Authority::Delegate(d) => d.issuer,
		})
	}

	/// Releases the deposit of `delegate`'s delegation record, if it has one, to whoever paid
	/// it.
	fn release_delegation_deposit(delegate: &T::AccountId) -> DispatchResult {
		if let Some((depositor, deposit)) = DelegationDeposits::<T>::take(delegate) {
			Self::release(HoldReason::DelegationDeposit, &depositor, deposit)?;
		}
		Ok(())
	}

	/// Releases up to `amount` of `who`'s deposit held for `reason` (what is on hold, at most);
	/// returns what was released.
	fn release(
		reason: HoldReason,
		who: &T::AccountId,
		amount: Balance,
	) -> Result<Balance, DispatchError> {
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)
	}

	fn hold(reason: HoldReason, who: &T::AccountId, amount: Balance) -> DispatchResult {
		if amount > 0 {
			T::Currency::hold(&reason.into(), who, amount)
				.map_err(|_| Error::<T>::InsufficientDeposit)?;
		}
		Ok(())
	}

	#[allow(clippy::too_many_arguments)]
	fn do_issue(
		signer: &T::AccountId,
		issuer: T::AccountId,
		subject: T::AccountId,
		schema: H256,
		claim_hash: H256,
		skills: SkillsOf<T>,
		expires_at: Option<Moment>,
		course: Option<CourseId>,
	) -> Result<CredentialId, DispatchError> {
		// A course's schema was checked when it was published: deregistering it later must not
		// lock enrolled learners out of their completions.
		ensure!(course.is_some() || Schemas::<T>::contains_key(schema), Error::<T>::UnknownSchema);
		// A course's skills were checked when it was published: retiring one later must not
		// lock enrolled learners out of their completions either.
		if course.is_none() {
			Self::check_skills(&skills)?;
		}
		let now = T::Time::now();
		if let Some(expiry) = expires_at {
			ensure!(expiry > now, Error::<T>::ExpiryInPast);
		}
		let id = NextCredentialId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let mut ids = CredentialsOf::<T>::get(&subject);
		ensure!(
			(ids.len() as u32) < T::MaxCredentialsPerSubject::get(),
			Error::<T>::TooManyCredentials
		);
		if course.is_none() {
			// Unsolicited: bounded per issuer, and never in the slots kept for completions.
			let direct = IssuedDirectly::<T>::get(&subject, &issuer);
			ensure!(direct < T::MaxCredentialsPerIssuer::get(), Error::<T>::TooManyFromIssuer);
			let room = T::MaxCredentialsPerSubject::get().saturating_sub(T::CompletionSlots::get());
			ensure!((ids.len() as u32) < room, Error::<T>::SlotsReservedForCompletions);
			IssuedDirectly::<T>::insert(&subject, &issuer, direct.saturating_add(1));
		}
		ids.try_push(id).map_err(|_| Error::<T>::TooManyCredentials)?;
		let deposit = Parameters::<T>::get().credential_deposit;
		Self::hold(HoldReason::CredentialDeposit, signer, deposit)?;
		CredentialsOf::<T>::insert(&subject, ids);
		NextCredentialId::<T>::put(next);
		let status_index = NextStatusIndex::<T>::get(&issuer);
		NextStatusIndex::<T>::insert(
			&issuer,
			status_index.checked_add(1).ok_or(Error::<T>::IdsExhausted)?,
		);
		Credentials::<T>::insert(
			id,
			Credential {
				subject: subject.clone(),
				issuer: issuer.clone(),
				issued_by: signer.clone(),
				schema,
				claim_hash,
				skills: skills.clone(),
				status_index,
				issued_at: now,
				expires_at,
				course,
				revoked: None,
				hidden: false,
				depositor: signer.clone(),
				deposit,
			},
		);
		Self::deposit_event(Event::CredentialIssued {
			id,
			subject: subject.clone(),
			issuer,
			issued_by: signer.clone(),
		});
		Self::add_evidence(&subject, id, &skills, expires_at);
		Ok(id)
	}

	/// Pays course `c`'s reward to `learner` from the course's budget, then its grant, within
	/// the learner's cap. Never fails: a shortfall is reported in the event.
	fn pay_reward(learner: &T::AccountId, course: CourseId, c: &mut Course<T>) {
		let due = c.reward;
		let cap = Parameters::<T>::get().max_reward_per_learner;
		let earned = RewardsPaid::<T>::get(learner);
		let mut paid = due
			.min(cap.saturating_sub(earned))
			.min(c.budget.saturating_add(c.granted))
			.min(Self::pot_available());
		if paid > 0 {
			let pot = Self::pot_account();
			let done = frame_support::storage::with_storage_layer(|| {
				T::Currency::transfer(&pot, learner, paid, Preservation::Preserve)
			});
			if done.is_err() {
				paid = 0;
			} else {
				RewardsPaid::<T>::insert(learner, earned.saturating_add(paid));
				let from_budget = paid.min(c.budget);
				c.budget = c.budget.saturating_sub(from_budget);
				c.granted = c.granted.saturating_sub(paid.saturating_sub(from_budget));
				Earmarked::<T>::mutate(|e| *e = e.saturating_sub(paid));
			}
		}
		Self::deposit_event(Event::RewardPaid { learner: learner.clone(), course, due, paid });
	}

	/// The status of credential `id`, `c`, now.
	pub fn status_of(id: CredentialId, c: &Credential<T>) -> CredentialStatus {
		if let Some(r) = c.revoked {
			return CredentialStatus::Revoked(r.reason);
		}
		if Suspensions::<T>::contains_key(id) {
			return CredentialStatus::Suspended;
		}
		if Issuers::<T>::get(&c.issuer).map(|i| i.status) != Some(IssuerStatus::Accredited) {
			return CredentialStatus::IssuerSuspended;
		}
		if c.expires_at.is_some_and(|e| e <= T::Time::now()) {
			return CredentialStatus::Expired;
		}
		CredentialStatus::Valid
	}

	fn alignment_view(a: Alignment<T>) -> agora_primitives::credentials::AlignmentView {
		agora_primitives::credentials::AlignmentView {
			framework: a.framework.into_inner(),
			code: a.code.into_inner(),
			url: a.url.into_inner(),
		}
	}

	/// Skill levels with their skills' names and alignments.
	fn named(skills: &[SkillLevel]) -> Vec<NamedSkillLevel> {
		skills
			.iter()
			.map(|s| {
				let skill = Skills::<T>::get(s.skill);
				NamedSkillLevel {
					skill: s.skill,
					level: s.level,
					name: skill.as_ref().map(|k| k.name.to_vec()).unwrap_or_default(),
					alignment: skill.and_then(|k| k.alignment).map(Self::alignment_view),
				}
			})
			.collect()
	}

	fn view(id: CredentialId, c: Credential<T>) -> CredentialView<T::AccountId> {
		CredentialView {
			id,
			issuer_name: Issuers::<T>::get(&c.issuer)
				.map(|i| i.name.into_inner())
				.unwrap_or_default(),
			subject: c.subject,
			issuer: c.issuer,
			issued_by: c.issued_by,
			schema: c.schema,
			claim_hash: c.claim_hash,
			skills: Self::named(&c.skills),
			issued_at: c.issued_at,
			expires_at: c.expires_at,
			course: c.course,
			course_name: c.course.and_then(Courses::<T>::get).map(|k| k.name.into_inner()),
			status_index: c.status_index,
			revoked_at: c.revoked.map(|r| r.at),
			hidden: c.hidden,
		}
	}

	/// `credentials_verify`: the status of credential `id` and its fields.
	pub fn verify(id: CredentialId) -> Verification<T::AccountId> {
		match Credentials::<T>::get(id) {
			None => {
				let status = match RemovedRevocations::<T>::get(id) {
					Some(r) => CredentialStatus::Revoked(r.reason),
					None => CredentialStatus::Unknown,
				};
				Verification { id, status, credential: None }
			},
			Some(c) => {
				let status = Self::status_of(id, &c);
				Verification { id, status, credential: Some(Self::view(id, c)) }
			},
		}
	}

	/// `credentials_ofSubject`: the credentials of `subject` not hidden, by id, each with its
	/// status now (as [`Self::verify`] gives it, in one call for all of them).
	pub fn of_subject(subject: &T::AccountId) -> Vec<Verification<T::AccountId>> {
		CredentialsOf::<T>::get(subject)
			.into_iter()
			.filter_map(|id| Credentials::<T>::get(id).map(|c| (id, c)))
			.filter(|(_, c)| !c.hidden)
			.map(|(id, c)| {
				let status = Self::status_of(id, &c);
				Verification { id, status, credential: Some(Self::view(id, c)) }
			})
			.collect()
	}

	fn course_view(id: CourseId, c: Course<T>) -> CourseView<T::AccountId> {
		CourseView {
			id,
			provider: c.provider,
			name: c.name.into_inner(),
			schema: c.schema,
			teaches: Self::named(&c.teaches),
			requires: Self::named(&c.requires),
			price: c.price,
			reward: c.reward,
			capacity: c.capacity,
			enrolled: c.enrolled,
			completed: c.completed,
			open: c.open,
		}
	}

	/// Whether a course takes enrolments now: it is open, has a seat left and its provider is
	/// accredited ([`Pallet::enroll`] refuses the courses of a suspended provider).
	fn takes_enrolments(c: &Course<T>) -> bool {
		c.open && c.enrolled < c.capacity && Self::ensure_accredited(&c.provider).is_ok()
	}

	/// `credentials_courses`: at most `limit` (clamped to [`agora_primitives::MAX_PAGE`])
	/// courses matching `filter`, by id, from id `start`: among the open courses when
	/// `filter.open_only` (at most [`Config::MaxOpenCourses`]), else among the ids
	/// `start..start + MAX_SCAN`.
	pub fn courses(
		filter: &CourseFilter<T::AccountId>,
		start: CourseId,
		limit: u32,
	) -> Vec<CourseView<T::AccountId>> {
		let ids: Vec<CourseId> = if filter.open_only {
			let mut open = OpenCourses::<T>::get().into_inner();
			open.sort();
			open.retain(|id| *id >= start);
			open
		} else {
			let end =
				NextCourseId::<T>::get().min(start.saturating_add(agora_primitives::MAX_SCAN));
			(start..end).collect()
		};
		ids.into_iter()
			.filter_map(|id| Courses::<T>::get(id).map(|c| (id, c)))
			.filter(|(_, c)| filter.provider.as_ref().is_none_or(|p| *p == c.provider))
			.filter(|(_, c)| !filter.open_only || Self::takes_enrolments(c))
			.filter(|(_, c)| {
				filter.min_skill.is_none_or(|(skill, level)| {
					c.teaches.iter().any(|t| t.skill == skill && t.level >= level)
				})
			})
			.take(usize::try_from(limit.min(agora_primitives::MAX_PAGE)).unwrap_or(0))
			.map(|(id, c)| Self::course_view(id, c))
			.collect()
	}

	/// A learner's skill profile now: per skill its valid credentials attest, the highest
	/// level and the knowledge-tracing mastery over them (current parameters), reading each of
	/// the learner's credentials once (at most [`Config::MaxCredentialsPerSubject`]).
	pub fn skill_profile(learner: &T::AccountId) -> BTreeMap<SkillId, (u8, MasteryPpm)> {
		let params = MasteryParameters::<T>::get();
		Self::attested(learner)
			.into_iter()
			.filter_map(|(skill, evidence)| {
				let valid = evidence.iter().filter(|e| e.status == CredentialStatus::Valid);
				let estimate = params.estimate(valid.map(|e| e.level));
				(estimate.0 > 0).then_some((skill, estimate))
			})
			.collect()
	}

	/// Per skill, the learner's credentials attesting it, by id, each with its level and its
	/// status now (each of the learner's credentials is read once).
	fn attested(
		learner: &T::AccountId,
	) -> BTreeMap<SkillId, Vec<agora_primitives::credentials::Evidence>> {
		let mut evidence: BTreeMap<SkillId, Vec<agora_primitives::credentials::Evidence>> =
			BTreeMap::new();
		let mut ids = CredentialsOf::<T>::get(learner).into_inner();
		ids.sort();
		for id in ids {
			let Some(c) = Credentials::<T>::get(id) else { continue };
			let status = Self::status_of(id, &c);
			for s in c.skills.iter() {
				evidence.entry(s.skill).or_default().push(
					agora_primitives::credentials::Evidence {
						credential: id,
						level: s.level,
						status,
					},
				);
			}
		}
		evidence
	}

	/// `credentials_learnerProfile`: per skill the learner's credentials attest (valid or not),
	/// its level and mastery now over the valid ones, the mastery stored on chain, and every
	/// credential behind it with its status.
	pub fn learner_profile(learner: &T::AccountId) -> Vec<SkillMastery> {
		let params = MasteryParameters::<T>::get();
		Self::attested(learner)
			.into_iter()
			.map(|(skill, evidence)| {
				let valid = evidence.iter().filter(|e| e.status == CredentialStatus::Valid);
				let (level, mastery) = params.estimate(valid.map(|e| e.level));
				SkillMastery {
					skill,
					name: Skills::<T>::get(skill).map(|s| s.name.into_inner()).unwrap_or_default(),
					level,
					mastery,
					stored_mastery: Mastery::<T>::get(learner, skill)
						.map(|m| m.mastery)
						.unwrap_or(0),
					evidence,
				}
			})
			.collect()
	}

	/// Whether a learner with `profile` meets `c`'s requirements.
	fn is_ready(profile: &BTreeMap<SkillId, (u8, MasteryPpm)>, c: &Course<T>) -> bool {
		c.requires.iter().all(|r| profile.get(&r.skill).is_some_and(|p| p.0 >= r.level))
	}

	/// The requirements of `c` that a learner with `profile` does not meet.
	fn missing(profile: &BTreeMap<SkillId, (u8, MasteryPpm)>, c: &Course<T>) -> Vec<MissingSkill> {
		c.requires
			.iter()
			.filter_map(|r| {
				let level = profile.get(&r.skill).map(|p| p.0).unwrap_or(0);
				(level < r.level).then(|| MissingSkill {
					skill: r.skill,
					name: Skills::<T>::get(r.skill)
						.map(|s| s.name.into_inner())
						.unwrap_or_default(),
					required: r.level,
					level,
				})
			})
			.collect()
	}

	/// `credentials_courseReadiness`: what `learner` lacks to take `course` (empty: ready),
	/// over its valid credentials now; `None` when there is no such course.
	pub fn course_readiness(learner: &T::AccountId, course: CourseId) -> Option<Vec<MissingSkill>> {
		let c = Courses::<T>::get(course)?;
		Some(Self::missing(&Self::skill_profile(learner), &c))
	}

	/// The course model's features for a learner with `profile` and course `c`, each in 0–1:
	///
	/// 1. `taught_mastery`: the learner's mean mastery of the skills the course teaches;
	/// 2. `prerequisite_mastery`: the mean mastery of those skills' prerequisites in the
	///    taxonomy (1 when they have none);
	/// 3. `level_gap`: the mean of what the course adds over the learner's level, per taught
	///    skill, / 100;
	/// 4. `new_skills`: the share of taught skills the learner holds no level in.
	///
	/// `prerequisites` caches the taxonomy's prerequisite lists across calls (each skill is
	/// read once per query).
	pub fn course_features(
		profile: &BTreeMap<SkillId, (u8, MasteryPpm)>,
		c: &Course<T>,
		prerequisites: &mut BTreeMap<SkillId, Vec<SkillId>>,
	) -> Vec<Fixed> {
		let ratio = |n: u64, d: u64| {
			if d == 0 {
				Fixed::ZERO
			} else {
				Fixed::from_rational(
					i64::try_from(n).unwrap_or(i64::MAX),
					i64::try_from(d).unwrap_or(1),
				)
				.unwrap_or(Fixed::ZERO)
			}
		};
		let of = |skill: &SkillId| profile.get(skill).copied().unwrap_or((0, 0));
		let taught = c.teaches.len() as u64;
		let mut mastery = 0u64;
		let mut gap = 0u64;
		let mut new = 0u64;
		let (mut prerequisite_mastery, mut n_prerequisites) = (0u64, 0u64);
		for t in c.teaches.iter() {
			let (level, m) = of(&t.skill);
			mastery = mastery.saturating_add(u64::from(m));
			gap = gap.saturating_add(u64::from(t.level.saturating_sub(level)));
			new = new.saturating_add(u64::from(level == 0));
			let of_skill = prerequisites.entry(t.skill).or_insert_with(|| {
				Skills::<T>::get(t.skill).map(|s| s.prerequisites.into_inner()).unwrap_or_default()
			});
			for p in of_skill.iter() {
				prerequisite_mastery = prerequisite_mastery.saturating_add(u64::from(of(p).1));
				n_prerequisites = n_prerequisites.saturating_add(1);
			}
		}
		alloc::vec![
			ratio(mastery, taught.saturating_mul(u64::from(PPM))),
			if n_prerequisites == 0 {
				Fixed::ONE
			} else {
				ratio(prerequisite_mastery, n_prerequisites.saturating_mul(u64::from(PPM)))
			},
			ratio(gap, taught.saturating_mul(100)),
			ratio(new, taught),
		]
	}

	/// `credentials_recommendCourses`: the `k` open courses the course model ranks best for
	/// `learner`, among those that take enrolments (a seat left, an accredited provider), whose
	/// requirements the learner meets, and that it has not enrolled in and does not provide.
	/// Each comes with the model's explanation over [`Self::course_features`] and, per skill
	/// taught, the learner's level and mastery.
	pub fn recommend_courses(
		learner: &T::AccountId,
		k: u32,
	) -> Result<Vec<CourseRecommendation<T::AccountId>>, CourseRecommendError> {
		let model = Parameters::<T>::get().course_model.ok_or(CourseRecommendError::NoModel)?;
		let profile = Self::skill_profile(learner);
		let mut prerequisites = BTreeMap::new();
		let mut candidates = Vec::new();
		// The issuer whose tree the learner is in, if any: it cannot enrol in its courses.
		let own = Self::valid_delegation(learner).map(|d| d.issuer);
		for id in OpenCourses::<T>::get() {
			let Some(c) = Courses::<T>::get(id) else { continue };
			if c.provider == *learner
				|| own.as_ref() == Some(&c.provider)
				|| !Self::takes_enrolments(&c)
				|| Enrollments::<T>::contains_key(id, learner)
				|| !Self::is_ready(&profile, &c)
			{
				continue;
			}
			candidates.push((id, Self::course_features(&profile, &c, &mut prerequisites)));
		}
		let ranked = T::Recommender::rank(model, &candidates, k)
			.map_err(CourseRecommendError::Recommender)?;
		Ok(ranked
			.into_iter()
			.filter_map(|r| {
				Courses::<T>::get(r.id).map(|c| {
					let fit = c
						.teaches
						.iter()
						.map(|t| {
							let (learner_level, mastery) =
								profile.get(&t.skill).copied().unwrap_or((0, 0));
							SkillFit {
								skill: t.skill,
								name: Skills::<T>::get(t.skill)
									.map(|s| s.name.into_inner())
									.unwrap_or_default(),
								course_level: t.level,
								learner_level,
								mastery,
							}
						})
						.collect();
					CourseRecommendation {
						course: Self::course_view(r.id, c),
						recommendation: r.recommendation,
						fit,
					}
				})
			})
			.collect())
	}

	/// `credentials_skills`: at most `limit` (≤ [`agora_primitives::MAX_PAGE`]) skills from id
	/// `start`.
	pub fn skill_views(start: SkillId, limit: u32) -> Vec<SkillView> {
		let end = NextSkillId::<T>::get()
			.min(start.saturating_add(limit.min(agora_primitives::MAX_PAGE)));
		(start..end)
			.filter_map(|id| {
				Skills::<T>::get(id).map(|s| SkillView {
					id,
					name: s.name.into_inner(),
					alignment: s.alignment.map(Self::alignment_view),
					prerequisites: s.prerequisites.into_inner(),
					retired: s.retired,
				})
			})
			.collect()
	}

	/// `credentials_learningPath`: the fewest open courses `learner` can take in turn (each
	/// once its requirements are met by the levels so far) to hold `level` in `skill`, from
	/// its valid credentials now ([`skills::shortest_path`], bounded by
	/// [`agora_primitives::credentials::MAX_PATH_STATES`] states).
	pub fn learning_path(
		learner: &T::AccountId,
		skill: SkillId,
		level: u8,
	) -> Result<LearningPath<T::AccountId>, PathError> {
		ensure!((1..=MAX_SKILL_LEVEL).contains(&level), PathError::LevelOutOfRange);
		ensure!(Skills::<T>::get(skill).is_some_and(|s| !s.retired), PathError::UnknownSkill);
		let profile = Self::skill_profile(learner);
		let start: BTreeMap<SkillId, u8> = profile.iter().map(|(s, (l, _))| (*s, *l)).collect();
		let own = Self::valid_delegation(learner).map(|d| d.issuer);
		let mut open: Vec<(CourseId, Course<T>)> = OpenCourses::<T>::get()
			.into_iter()
			.filter_map(|id| Courses::<T>::get(id).map(|c| (id, c)))
			.filter(|(id, c)| {
				c.provider != *learner
					&& own.as_ref() != Some(&c.provider)
					&& Self::takes_enrolments(c)
					&& !Enrollments::<T>::get(id, learner)
						.is_some_and(|e| matches!(e.status, EnrollmentStatus::Completed(_)))
			})
			.collect();
		open.sort_by_key(|(id, _)| *id);
		let courses: Vec<PathCourse> = open
			.iter()
			.map(|(id, c)| PathCourse { id: *id, teaches: &c.teaches, requires: &c.requires })
			.collect();
		let (path, reached, explored) =
			skills::shortest_path(&start, SkillLevel { skill, level }, &courses)?;
		let steps = path
			.into_iter()
			.filter_map(|id| Courses::<T>::get(id).map(|c| Self::course_view(id, c)))
			.collect();
		Ok(LearningPath { steps, reached, explored })
	}

	/// `credentials_statusList`: `issuer`'s revocation and suspension bitstrings, `None` if it
	/// never issued.
	pub fn status_lists(issuer: &T::AccountId) -> Option<StatusLists> {
		let length = NextStatusIndex::<T>::get(issuer);
		if length == 0 {
			return None;
		}
		let bytes = usize::try_from(length.div_ceil(8)).unwrap_or(0);
		let chunks = length.div_ceil(STATUS_CHUNK_BYTES.saturating_mul(8));
		let list = |purpose: StatusPurpose| {
			let mut out = Vec::with_capacity(bytes);
			for chunk in 0..chunks {
				let mut data = StatusBits::<T>::get((issuer, purpose, chunk))
					.map(|d| d.into_inner())
					.unwrap_or_default();
				data.resize(STATUS_CHUNK_BYTES as usize, 0);
				out.extend(data);
			}
			out.truncate(bytes);
			out
		};
		Some(StatusLists {
			length,
			revocation: list(StatusPurpose::Revocation),
			suspension: list(StatusPurpose::Suspension),
		})
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		// Deposits on hold equal the records' deposits.
		let mut credential_deposits: BTreeMap<T::AccountId, Balance> = BTreeMap::new();
		let next_credential = NextCredentialId::<T>::get();
		let mut by_subject: BTreeMap<T::AccountId, Vec<CredentialId>> = BTreeMap::new();
		let mut direct: BTreeMap<(T::AccountId, T::AccountId), u32> = BTreeMap::new();
		for (id, c) in Credentials::<T>::iter() {
			ensure!(id < next_credential, "a credential id is not below NextCredentialId");
			let d = credential_deposits.entry(c.depositor.clone()).or_default();
			*d = d.saturating_add(c.deposit);
			by_subject.entry(c.subject.clone()).or_default().push(id);
			if c.course.is_none() {
				let n = direct.entry((c.subject.clone(), c.issuer.clone())).or_default();
				*n = n.saturating_add(1);
			}
		}
		// The direct-issuance counts match the credentials issued directly.
		for (subject, issuer, n) in IssuedDirectly::<T>::iter() {
			ensure!(
				direct.remove(&(subject, issuer)) == Some(n),
				"IssuedDirectly differs from the credentials issued directly"
			);
		}
		ensure!(direct.is_empty(), "a credential issued directly is not counted");
		// Delegation deposits on hold equal the records', and every deposit has its record.
		let mut delegation_deposits: BTreeMap<T::AccountId, Balance> = BTreeMap::new();
		for (delegate, (depositor, deposit)) in DelegationDeposits::<T>::iter() {
			ensure!(Delegates::<T>::contains_key(&delegate), "a delegation deposit has no record");
			let d = delegation_deposits.entry(depositor).or_default();
			*d = d.saturating_add(deposit);
		}
		for (who, total) in &delegation_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DelegationDeposit.into(), who) == *total,
				"delegation deposits on hold differ from the records"
			);
		}
		for (who, total) in &credential_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CredentialDeposit.into(), who) == *total,
				"credential deposits on hold differ from the records"
			);
		}
		let mut schema_deposits: BTreeMap<T::AccountId, Balance> = BTreeMap::new();
		for (_, s) in Schemas::<T>::iter() {
			let d = schema_deposits.entry(s.creator.clone()).or_default();
			*d = d.saturating_add(s.deposit);
		}
		for (who, total) in &schema_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::SchemaDeposit.into(), who) == *total,
				"schema deposits on hold differ from the records"
			);
		}
		// The subject index lists exactly each subject's credentials.
		for (who, ids) in CredentialsOf::<T>::iter() {
			let mut ids = ids.into_inner();
			ids.sort();
			let mut expected = by_subject.remove(&who).unwrap_or_default();
			expected.sort();
			ensure!(ids == expected, "CredentialsOf differs from the credentials");
		}
		ensure!(by_subject.is_empty(), "a credential is missing from CredentialsOf");
		// Enrolment counts match the enrolments; open courses are listed.
		let mut counts: BTreeMap<CourseId, (u32, u32)> = BTreeMap::new();
		let mut earnable: BTreeMap<T::AccountId, Balance> = BTreeMap::new();
		for (course, learner, e) in Enrollments::<T>::iter() {
			let n = counts.entry(course).or_default();
			n.0 = n.0.saturating_add(1);
			if matches!(e.status, EnrollmentStatus::Completed(_)) {
				n.1 = n.1.saturating_add(1);
				let reward = Courses::<T>::get(course).map(|c| c.reward).unwrap_or_default();
				let r = earnable.entry(learner).or_default();
				*r = r.saturating_add(reward);
			}
		}
		for (learner, paid) in RewardsPaid::<T>::iter() {
			ensure!(
				paid <= earnable.get(&learner).copied().unwrap_or_default(),
				"a learner was paid more than their completed courses' rewards"
			);
		}
		let open = OpenCourses::<T>::get();
		let next_course = NextCourseId::<T>::get();
		let mut n_open = 0usize;
		let mut earmarked: Balance = 0;
		for (id, c) in Courses::<T>::iter() {
			earmarked = earmarked.saturating_add(c.budget).saturating_add(c.granted);
			ensure!(id < next_course, "a course id is not below NextCourseId");
			let (enrolled, completed) = counts.remove(&id).unwrap_or_default();
			ensure!(c.enrolled == enrolled, "a course's enrolled count differs");
			ensure!(c.completed == completed, "a course's completed count differs");
			ensure!(c.enrolled <= c.capacity, "a course is over capacity");
			ensure!(c.open == open.contains(&id), "OpenCourses differs from the open courses");
			if c.open {
				n_open += 1;
			}
		}
		ensure!(counts.is_empty(), "an enrolment has no course");
		ensure!(earmarked == Earmarked::<T>::get(), "Earmarked differs from the courses' budgets");
		ensure!(
			Self::pot_available() >= earmarked,
			"the pot holds less than the courses' budgets beside its existential deposit"
		);
		for (id, _) in RemovedRevocations::<T>::iter() {
			ensure!(!Credentials::<T>::contains_key(id), "a removed revocation has a record");
		}
		for (id, _) in Suspensions::<T>::iter() {
			ensure!(
				Credentials::<T>::get(id).is_some_and(|c| c.revoked.is_none()),
				"a suspension without an unrevoked credential"
			);
		}
		ensure!(n_open == open.len(), "OpenCourses lists a course twice or a missing one");
		// Delegations are within depth and hang off an issuer.
		for (who, d) in Delegates::<T>::iter() {
			ensure!(d.depth >= 1, "a delegation of depth 0");
			ensure!(d.depth <= T::MaxDelegationDepth::get(), "a delegation is too deep");
			ensure!(Issuers::<T>::contains_key(&d.issuer), "a delegation without an issuer");
			ensure!(!Issuers::<T>::contains_key(&who), "an issuer is also a delegate");
			ensure!(d.grant < NextGrant::<T>::get(), "a grant is not below NextGrant");
		}
		Self::try_state_skills()
	}

	/// The taxonomy is acyclic and bounded; mastery records hold exactly the learners'
	/// credentials that are neither revoked nor suspended, with their levels; status bits are
	/// set exactly for revoked (suspended) credentials, and status indices are unique per
	/// issuer.
	fn try_state_skills() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_set::BTreeSet;
		let next_skill = NextSkillId::<T>::get();
		ensure!(next_skill <= T::MaxSkills::get(), "more skills than MaxSkills");
		for (id, skill) in Skills::<T>::iter() {
			ensure!(id < next_skill, "a skill id is not below NextSkillId");
			// Walk down from the skill: it never reaches itself.
			let mut stack = skill.prerequisites.to_vec();
			let mut seen = BTreeSet::new();
			while let Some(p) = stack.pop() {
				ensure!(p != id, "the prerequisite graph has a cycle");
				if seen.insert(p) {
					let s = Skills::<T>::get(p).ok_or("a prerequisite is not a skill")?;
					stack.extend(s.prerequisites.iter().copied());
				}
			}
		}
		let mut expected: BTreeMap<
			(T::AccountId, SkillId),
			Vec<(CredentialId, u8, Option<Moment>)>,
		> = BTreeMap::new();
		let mut indices: BTreeSet<(T::AccountId, u32)> = BTreeSet::new();
		for (id, c) in Credentials::<T>::iter() {
			ensure!(
				indices.insert((c.issuer.clone(), c.status_index)),
				"two credentials share a status index"
			);
			ensure!(
				c.status_index < NextStatusIndex::<T>::get(&c.issuer),
				"a status index is not below NextStatusIndex"
			);
			let suspended = Suspensions::<T>::contains_key(id);
			ensure!(
				Self::status_bit(&c.issuer, StatusPurpose::Revocation, c.status_index)
					== c.revoked.is_some(),
				"a revocation bit differs from the credential"
			);
			ensure!(
				Self::status_bit(&c.issuer, StatusPurpose::Suspension, c.status_index) == suspended,
				"a suspension bit differs from the credential"
			);
			ensure!(
				c.skills.windows(2).all(|w| w[0].skill < w[1].skill),
				"a credential names a skill twice"
			);
			if c.revoked.is_none() && !suspended {
				for s in c.skills.iter() {
					expected.entry((c.subject.clone(), s.skill)).or_default().push((
						id,
						s.level,
						c.expires_at,
					));
				}
			}
		}
		for (learner, skill, record) in Mastery::<T>::iter() {
			let mut want = expected.remove(&(learner, skill)).unwrap_or_default();
			want.sort();
			ensure!(record.evidence.to_vec() == want, "a mastery record's evidence differs");
			ensure!(
				Some(record.level) == want.iter().map(|(_, l, _)| *l).max(),
				"a mastery record's level differs from its evidence"
			);
			ensure!(record.mastery <= PPM, "a mastery above one");
		}
		ensure!(expected.is_empty(), "a credential is missing from its subject's mastery");
		Ok(())
	}
}

/// Valid credentials, for other pallets (the lending pallet's borrower score).
impl<T: Config> CredentialsInspect<T::AccountId> for Pallet<T> {
	/// Counts only credentials governance trusts for lending ([`SchemaTrust::lending`]) whose
	/// subject neither signed them nor is their issuer or in its delegation tree now.
	fn valid_credentials(who: &T::AccountId, max: u32) -> u32 {
		let ids = CredentialsOf::<T>::get(who);
		let newest = ids.iter().rev().take(usize::try_from(max).unwrap_or(usize::MAX));
		// The issuer `who` is a delegate of, if any (its chain is walked once).
		let my_issuer = Self::valid_delegation(who).map(|d| d.issuer);
		let valid = newest.filter(|id| {
			Credentials::<T>::get(id).is_some_and(|c| {
				c.issued_by != *who
					&& c.issuer != *who
					&& my_issuer.as_ref() != Some(&c.issuer)
					&& TrustedSchemas::<T>::get(c.schema).is_some_and(|t| t.lending)
					&& Self::status_of(**id, &c) == CredentialStatus::Valid
			})
		});
		u32::try_from(valid.count()).unwrap_or(u32::MAX)
	}

	fn valid_credentials_weight(max: u32) -> Weight {
		T::WeightInfo::valid_credentials(max.min(T::MaxCredentialsPerSubject::get()))
	}
}
