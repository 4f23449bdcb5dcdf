//! Education credentials: the types the credentials pallet stores and the `CredentialsApi`
//! runtime API serves (`credentials_*` over JSON-RPC).
//!
//! A credential follows the W3C Verifiable Credentials data model: an **issuer** (an accredited
//! account, or a delegate acting for one) states **claims** about a **subject** (the learner's
//! account). The claims themselves live off chain in a VC document; the chain keeps its hash,
//! the schema it follows, the skill levels it certifies, its issuance and expiry dates and its
//! status, so that anyone can verify it without asking the issuer.

use crate::{recommend::Recommendation, Balance, Moment};
use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Weight;

/// Identifier of a course.
pub type CourseId = u32;
/// Identifier of a credential.
pub type CredentialId = u64;
/// Identifier of a skill of the governed taxonomy.
pub type SkillId = u32;
/// Mastery, in parts per million (0 = surely not mastered, 1,000,000 = surely mastered).
pub type MasteryPpm = u32;

/// A level (1–100) of one skill of the taxonomy: what a course teaches or requires, what a
/// credential attests.
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
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct SkillLevel {
	/// The skill.
	pub skill: SkillId,
	/// Its level, 1–100.
	pub level: u8,
}

/// Where a skill sits in an external framework (Open Badges 3.0's `Alignment`: ESCO, O*NET, a
/// university's own).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AlignmentView {
	/// The framework's name (`targetFramework`), UTF-8.
	pub framework: Vec<u8>,
	/// The skill's code in it (`targetCode`), UTF-8.
	pub code: Vec<u8>,
	/// Where it is described (`targetUrl`), UTF-8.
	pub url: Vec<u8>,
}

/// A skill of the taxonomy as the runtime API shows it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SkillView {
	/// Its id.
	pub id: SkillId,
	/// Its name, UTF-8.
	pub name: Vec<u8>,
	/// Its place in an external framework, if any.
	pub alignment: Option<AlignmentView>,
	/// The skills it builds on.
	pub prerequisites: Vec<SkillId>,
	/// Retired by governance: no new course or credential names it.
	pub retired: bool,
}

/// A skill level with the skill's name and alignment, as views show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct NamedSkillLevel {
	/// The skill.
	pub skill: SkillId,
	/// Its level, 1–100.
	pub level: u8,
	/// The skill's name (empty if the skill is unknown).
	pub name: Vec<u8>,
	/// The skill's alignment, if any.
	pub alignment: Option<AlignmentView>,
}

/// One credential behind a learner's mastery of a skill.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Evidence {
	/// The credential.
	pub credential: CredentialId,
	/// The level of the skill it attests.
	pub level: u8,
	/// Its status now: only valid credentials count in `mastery`.
	pub status: CredentialStatus,
}

/// A learner's mastery of one skill (`credentials_learnerProfile`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SkillMastery {
	/// The skill.
	pub skill: SkillId,
	/// Its name.
	pub name: Vec<u8>,
	/// The highest level among the valid credentials attesting it.
	pub level: u8,
	/// The knowledge-tracing estimate over the valid credentials, now.
	pub mastery: MasteryPpm,
	/// The estimate stored on chain at the last issuance, suspension, reinstatement,
	/// revocation or removal (it does not see expiries or issuer suspensions since).
	pub stored_mastery: MasteryPpm,
	/// Every credential the learner holds that attests the skill, oldest first.
	pub evidence: Vec<Evidence>,
}

/// Why a course cannot be taken yet: a requirement the learner does not meet.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MissingSkill {
	/// The skill required.
	pub skill: SkillId,
	/// Its name.
	pub name: Vec<u8>,
	/// The level the course requires.
	pub required: u8,
	/// The learner's level now.
	pub level: u8,
}

/// How a recommended course fits the learner, per skill it teaches.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SkillFit {
	/// The skill taught.
	pub skill: SkillId,
	/// Its name.
	pub name: Vec<u8>,
	/// The level the course teaches.
	pub course_level: u8,
	/// The learner's level now.
	pub learner_level: u8,
	/// The learner's mastery now.
	pub mastery: MasteryPpm,
}

/// The answer of `credentials_learningPath`: the fewest open courses, in order, that take the
/// learner to the target level, each taken once its requirements are met.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct LearningPath<AccountId> {
	/// The courses, in the order to take them (empty if the target is reached already).
	pub steps: Vec<CourseView<AccountId>>,
	/// The level of the target skill at the end of the path.
	pub reached: u8,
	/// States the search expanded (at most [`MAX_PATH_STATES`]).
	pub explored: u32,
}

/// Most courses a learning path holds.
pub const MAX_PATH_LEN: u32 = 6;
/// Most states a learning-path search expands before it gives up with
/// [`PathError::SearchBound`].
pub const MAX_PATH_STATES: u32 = 2_048;
/// Most work a learning-path search does before it gives up with [`PathError::SearchBound`]:
/// one unit per requirement checked and per skill level copied into a new state.
pub const MAX_PATH_WORK: u32 = 2_000_000;

/// Why `credentials_learningPath` found no path.
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
pub enum PathError {
	/// No skill has this id, or it is retired.
	UnknownSkill,
	/// The target level is not within 1–100.
	LevelOutOfRange,
	/// No sequence of open courses reaches the target level.
	Unreachable,
	/// The search expanded [`MAX_PATH_STATES`] states or did [`MAX_PATH_WORK`] work, or
	/// needs more than [`MAX_PATH_LEN`] courses, without reaching the target.
	SearchBound,
}

/// An issuer's status lists (W3C Bitstring Status List): bit `i` of a list, counted from the
/// most significant bit of the first byte, is set when the issuer's credential with
/// `credentialStatus` index `i` is revoked (or suspended).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct StatusLists {
	/// Indices the issuer has given out: every bit at or past it is zero.
	pub length: u32,
	/// The `revocation` list, `ceil(length / 8)` bytes.
	pub revocation: Vec<u8>,
	/// The `suspension` list, `ceil(length / 8)` bytes.
	pub suspension: Vec<u8>,
}

/// What a course is paid in: AGR or a pallet-assets asset.
pub use crate::AssetKind as PaymentAsset;

/// The price of a course: an amount of an asset, paid by the learner straight to the provider.
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
pub struct CoursePrice {
	/// What the price is paid in.
	pub asset: PaymentAsset,
	/// How much (in the asset's smallest unit). Zero makes the course free.
	pub amount: Balance,
}

/// Why an issuer revoked a credential (a reason code, as W3C status lists carry).
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
pub enum RevocationReason {
	/// No reason given.
	Unspecified,
	/// The credential should not have been issued (wrong subject, wrong claims).
	IssuedInError,
	/// A newer credential replaces it.
	Superseded,
	/// Academic misconduct.
	Misconduct,
	/// The course or assessment behind it was invalidated.
	CourseInvalidated,
	/// An issuer-specific code.
	Other(u16),
}

/// The status of a credential, as a verifier sees it now.
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
pub enum CredentialStatus {
	/// Issued, not revoked, not expired, and its issuer is accredited.
	Valid,
	/// Revoked by its issuer.
	Revoked(RevocationReason),
	/// Past its expiry date.
	Expired,
	/// Its issuer's accreditation is suspended.
	IssuerSuspended,
	/// No credential has this id (never issued, or removed by its subject).
	Unknown,
	/// Suspended by its issuer (W3C status purpose `suspension`) until reinstated.
	Suspended,
}

/// A credential as the runtime API shows it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CredentialView<AccountId> {
	/// Its id.
	pub id: CredentialId,
	/// Whom it is about: the learner, who owns the record.
	pub subject: AccountId,
	/// The accredited issuer it was issued under.
	pub issuer: AccountId,
	/// The issuer's registered name (UTF-8).
	pub issuer_name: Vec<u8>,
	/// The account that signed the issuance: the issuer or one of its delegates.
	pub issued_by: AccountId,
	/// Hash of the JSON schema its claims follow.
	pub schema: H256,
	/// Hash of the off-chain W3C VC document.
	pub claim_hash: H256,
	/// Skill levels it certifies, by skill id, with the skills' names and alignments.
	pub skills: Vec<NamedSkillLevel>,
	/// Issuance time (Unix milliseconds).
	pub issued_at: Moment,
	/// Expiry time (Unix milliseconds), if any.
	pub expires_at: Option<Moment>,
	/// The course whose completion it certifies, if any.
	pub course: Option<CourseId>,
	/// That course's name, if it still exists.
	pub course_name: Option<Vec<u8>>,
	/// Its index in its issuer's status lists ([`StatusLists`]).
	pub status_index: u32,
	/// Revocation time (Unix milliseconds), if revoked.
	pub revoked_at: Option<Moment>,
	/// Hidden by its subject from public listings.
	pub hidden: bool,
}

/// The answer to `credentials_verify`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Verification<AccountId> {
	/// The id asked about.
	pub id: CredentialId,
	/// Its status now.
	pub status: CredentialStatus,
	/// The credential, unless unknown.
	pub credential: Option<CredentialView<AccountId>>,
}

/// A course as the runtime API shows it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CourseView<AccountId> {
	/// Its id.
	pub id: CourseId,
	/// The issuer that publishes it and is paid for it.
	pub provider: AccountId,
	/// Its title (UTF-8).
	pub name: Vec<u8>,
	/// Schema of the credential its completion earns.
	pub schema: H256,
	/// Skill levels its completion certifies.
	pub teaches: Vec<NamedSkillLevel>,
	/// Skill levels a learner must hold (on valid credentials) to enrol.
	pub requires: Vec<NamedSkillLevel>,
	/// What a learner pays the provider.
	pub price: CoursePrice,
	/// AGR paid from the reward pot on completion.
	pub reward: Balance,
	/// Most learners it takes.
	pub capacity: u32,
	/// Learners enrolled so far (completed ones included).
	pub enrolled: u32,
	/// Learners who completed it.
	pub completed: u32,
	/// Whether it takes enrolments.
	pub open: bool,
}

/// Which courses `credentials_courses` lists. Every field that is set must match.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct CourseFilter<AccountId> {
	/// Only this provider's courses.
	pub provider: Option<AccountId>,
	/// Only courses that take enrolments and have a seat left.
	pub open_only: bool,
	/// Only courses teaching skill `.0` at level `.1` or more.
	pub min_skill: Option<(SkillId, u8)>,
}

/// One recommended course with the model's explained answer.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CourseRecommendation<AccountId> {
	/// The course.
	pub course: CourseView<AccountId>,
	/// The model's score and explanation for this learner and course.
	pub recommendation: Recommendation,
	/// Per skill the course teaches: its level, the learner's level and mastery.
	pub fit: Vec<SkillFit>,
}

/// Why no course could be recommended.
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
pub enum CourseRecommendError {
	/// Governance has not chosen a course model (`Params::course_model`).
	NoModel,
	/// The model could not answer.
	Recommender(crate::recommend::RecommendError),
}

/// How other pallets read an account's credentials (the lending pallet's borrower score counts
/// them).
pub trait CredentialsInspect<AccountId> {
	/// How many of `who`'s newest `max` credentials are valid now (not revoked, not expired, the
	/// issuer accredited).
	fn valid_credentials(who: &AccountId, max: u32) -> u32;

	/// The weight of [`CredentialsInspect::valid_credentials`] with `max`.
	fn valid_credentials_weight(max: u32) -> Weight;
}

/// No credentials pallet: nobody holds a credential.
impl<AccountId> CredentialsInspect<AccountId> for () {
	fn valid_credentials(_: &AccountId, _: u32) -> u32 {
		0
	}

	fn valid_credentials_weight(_: u32) -> Weight {
		Weight::zero()
	}
}

sp_api::decl_runtime_apis! {
	/// The credentials pallet's verification, listings and course recommendations, served over
	/// JSON-RPC as `credentials_verify`, `credentials_ofSubject`, `credentials_courses`,
	/// `credentials_recommendCourses`, `credentials_skills`, `credentials_learnerProfile`,
	/// `credentials_courseReadiness`, `credentials_learningPath` and `credentials_statusList`.
	///
	/// Version 2: skills are ids of the governed taxonomy (version 1 had eight unnamed levels).
	#[api_version(2)]
	pub trait CredentialsApi<AccountId: Codec> {
		/// The status of credential `id` and its fields.
		fn verify(id: CredentialId) -> Verification<AccountId>;
		/// The credentials of `subject` its owner has not hidden, by id, each with its status
		/// (one call for what took one `verify` per credential).
		fn of_subject(subject: AccountId) -> Vec<Verification<AccountId>>;
		/// At most `limit` (≤ [`crate::MAX_PAGE`]) courses matching `filter`, by id, from id
		/// `start`; among the open courses when `filter.open_only`, else among the ids
		/// `start..start + MAX_SCAN`.
		fn courses(filter: CourseFilter<AccountId>, start: CourseId, limit: u32) -> Vec<CourseView<AccountId>>;
		/// The `k` courses the course model ranks best for `learner`, with explanations.
		fn recommend_courses(learner: AccountId, k: u32)
			-> Result<Vec<CourseRecommendation<AccountId>>, CourseRecommendError>;
		/// At most `limit` (≤ [`crate::MAX_PAGE`]) skills of the taxonomy from id `start`.
		fn skills(start: SkillId, limit: u32) -> Vec<SkillView>;
		/// The learner's mastery of every skill its credentials attest, with the evidence.
		fn learner_profile(learner: AccountId) -> Vec<SkillMastery>;
		/// The requirements of `course` that `learner` does not meet (`None`: no such course).
		fn course_readiness(learner: AccountId, course: CourseId) -> Option<Vec<MissingSkill>>;
		/// The fewest open courses that take `learner` to `level` in `skill`.
		fn learning_path(learner: AccountId, skill: SkillId, level: u8)
			-> Result<LearningPath<AccountId>, PathError>;
		/// `issuer`'s revocation and suspension bitstrings (`None`: it never issued).
		fn status_lists(issuer: AccountId) -> Option<StatusLists>;
	}
}
