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
	/// Skill levels it certifies (0–100 per skill dimension).
	pub skills: Vec<u8>,
	/// Issuance time (Unix milliseconds).
	pub issued_at: Moment,
	/// Expiry time (Unix milliseconds), if any.
	pub expires_at: Option<Moment>,
	/// The course whose completion it certifies, if any.
	pub course: Option<CourseId>,
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
	pub skills: Vec<u8>,
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
	/// Only courses teaching skill dimension `.0` at level `.1` or more.
	pub min_skill: Option<(u8, u8)>,
}

/// One recommended course with the model's explained answer.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CourseRecommendation<AccountId> {
	/// The course.
	pub course: CourseView<AccountId>,
	/// The model's score and explanation for this learner and course.
	pub recommendation: Recommendation,
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
	/// JSON-RPC as `credentials_verify`, `credentials_ofSubject`, `credentials_courses` and
	/// `credentials_recommendCourses`.
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
	}
}
