//! `credentials_*`: verification of education credentials, a learner's credentials, the course
//! catalog and explained course recommendations.
//!
//! Credentials are shown in the shape of the W3C Verifiable Credentials data model (`@context`,
//! `type`, `issuer`, `validFrom`, `validUntil`, `credentialSubject`, `credentialSchema`,
//! `credentialStatus`), with the on-chain extras (`claimHash`, `issuedBy`, `hidden`). Accounts
//! are SS58 addresses, times ISO 8601 in UTC, balances decimal strings in the smallest unit.

use std::sync::Arc;

use agora_primitives::{
	credentials::{
		CourseFilter, CourseId, CourseRecommendError, CourseRecommendation, CourseView,
		CredentialId, CredentialStatus, CredentialView, CredentialsApi as CredentialsRuntimeApi,
		PaymentAsset, RevocationReason, Verification,
	},
	recommend::RecommenderApi as RecommenderRuntimeApi,
	AccountId, BlockNumber, Moment,
};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{
	agora::runtime_error,
	recommender::{prediction_json, PredictionJson, RECOMMEND_ERROR},
};

/// JSON-RPC error code: governance has chosen no course model yet.
pub const NO_COURSE_MODEL: i32 = 8200;
/// Most courses `credentials_recommendCourses` returns.
pub const MAX_RECOMMENDATIONS: u32 = 50;

/// `[0x…]` hex of a 32-byte hash.
fn hex32(h: &sp_core::H256) -> String {
	format!("{h:?}")
}

/// Unix milliseconds as ISO 8601 UTC (`2026-11-25T03:40:27.123Z`).
pub fn iso8601(ms: Moment) -> String {
	let secs = ms / 1000;
	let (days, rem) = (secs / 86_400, secs % 86_400);
	// Howard Hinnant's civil-from-days, for days since 1970-01-01.
	let z = days as i64 + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + i64::from(month <= 2);
	format!(
		"{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
		rem / 3600,
		(rem % 3600) / 60,
		rem % 60,
		ms % 1000
	)
}

fn status_name(s: &CredentialStatus) -> &'static str {
	match s {
		CredentialStatus::Valid => "valid",
		CredentialStatus::Revoked(_) => "revoked",
		CredentialStatus::Expired => "expired",
		CredentialStatus::IssuerSuspended => "issuerSuspended",
		CredentialStatus::Unknown => "unknown",
		CredentialStatus::Suspended => "suspended",
	}
}

fn reason_name(r: &RevocationReason) -> String {
	match r {
		RevocationReason::Unspecified => "unspecified".into(),
		RevocationReason::IssuedInError => "issuedInError".into(),
		RevocationReason::Superseded => "superseded".into(),
		RevocationReason::Misconduct => "misconduct".into(),
		RevocationReason::CourseInvalidated => "courseInvalidated".into(),
		RevocationReason::Other(code) => format!("other:{code}"),
	}
}

/// The issuer of a credential.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IssuerJson {
	/// SS58 address of the accredited issuer.
	pub id: String,
	/// Its registered name.
	pub name: String,
}

/// The subject of a credential and what it certifies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubjectJson {
	/// SS58 address of the learner.
	pub id: String,
	/// Skill levels (0–100 per dimension).
	pub skills: Vec<u8>,
	/// The completed course, if any.
	pub course: Option<CourseId>,
}

/// The schema of a credential.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchemaJson {
	/// Hash of the JSON schema.
	pub id: String,
	/// Always `JsonSchema`.
	#[serde(rename = "type")]
	pub kind: String,
}

/// The status entry of a credential.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// Always `AgoraCredentialStatus`: the chain itself answers.
	#[serde(rename = "type")]
	pub kind: String,
	/// `valid`, `revoked`, `suspended`, `expired`, `issuerSuspended`.
	pub status: String,
	/// When revoked (ISO 8601).
	pub revoked_at: Option<String>,
}

/// A credential in the W3C VC data model's shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CredentialJson {
	/// The W3C VC v2 context.
	#[serde(rename = "@context")]
	pub context: Vec<String>,
	/// `urn:agora:credential:<id>`.
	pub id: String,
	/// The on-chain id.
	pub credential_id: CredentialId,
	/// `VerifiableCredential`, `AgoraCredential`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// The accredited issuer.
	pub issuer: IssuerJson,
	/// The account that signed the issuance (the issuer or a delegate).
	pub issued_by: String,
	/// Issuance time (ISO 8601).
	pub valid_from: String,
	/// Expiry time (ISO 8601), if any.
	pub valid_until: Option<String>,
	/// The subject and its certified skills.
	pub credential_subject: SubjectJson,
	/// The schema of its claims.
	pub credential_schema: SchemaJson,
	/// Its status now.
	pub credential_status: StatusJson,
	/// Hash of the off-chain VC document.
	pub claim_hash: String,
	/// Hidden by its subject from public listings.
	pub hidden: bool,
}

fn credential_json(c: CredentialView<AccountId>, status: &CredentialStatus) -> CredentialJson {
	CredentialJson {
		context: vec!["https://www.w3.org/ns/credentials/v2".into()],
		id: format!("urn:agora:credential:{}", c.id),
		credential_id: c.id,
		kind: vec!["VerifiableCredential".into(), "AgoraCredential".into()],
		issuer: IssuerJson {
			id: c.issuer.to_string(),
			name: String::from_utf8_lossy(&c.issuer_name).into_owned(),
		},
		issued_by: c.issued_by.to_string(),
		valid_from: iso8601(c.issued_at),
		valid_until: c.expires_at.map(iso8601),
		credential_subject: SubjectJson {
			id: c.subject.to_string(),
			skills: c.skills,
			course: c.course,
		},
		credential_schema: SchemaJson { id: hex32(&c.schema), kind: "JsonSchema".into() },
		credential_status: StatusJson {
			kind: "AgoraCredentialStatus".into(),
			status: status_name(status).into(),
			revoked_at: c.revoked_at.map(iso8601),
		},
		claim_hash: hex32(&c.claim_hash),
		hidden: c.hidden,
	}
}

/// What `credentials_verify` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerificationJson {
	/// The credential id asked about.
	pub id: CredentialId,
	/// `valid`, `revoked`, `suspended`, `expired`, `issuerSuspended` or `unknown`.
	pub status: String,
	/// Why it was revoked, when revoked.
	pub revocation_reason: Option<String>,
	/// The credential, unless unknown.
	pub credential: Option<CredentialJson>,
}

fn verification_json(v: Verification<AccountId>) -> VerificationJson {
	VerificationJson {
		id: v.id,
		status: status_name(&v.status).into(),
		revocation_reason: match &v.status {
			CredentialStatus::Revoked(r) => Some(reason_name(r)),
			_ => None,
		},
		credential: v.credential.map(|c| credential_json(c, &v.status)),
	}
}

/// A course price.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceJson {
	/// `native` (AGR) or the pallet-assets asset id.
	pub asset: serde_json::Value,
	/// Amount in the asset's smallest unit (decimal string).
	pub amount: String,
}

/// A course as `credentials_courses` lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CourseJson {
	/// Course id.
	pub id: CourseId,
	/// SS58 address of the provider (paid directly).
	pub provider: String,
	/// Title.
	pub name: String,
	/// Schema of the credential it earns.
	pub schema: String,
	/// Skill levels it certifies.
	pub skills: Vec<u8>,
	/// What a learner pays.
	pub price: PriceJson,
	/// AGR reward on completion (decimal string, 12 decimals).
	pub reward: String,
	/// Seats.
	pub capacity: u32,
	/// Learners enrolled (completed included).
	pub enrolled: u32,
	/// Learners who completed it.
	pub completed: u32,
	/// Takes enrolments.
	pub open: bool,
}

fn course_json(c: CourseView<AccountId>) -> CourseJson {
	CourseJson {
		id: c.id,
		provider: c.provider.to_string(),
		name: String::from_utf8_lossy(&c.name).into_owned(),
		schema: hex32(&c.schema),
		skills: c.skills,
		price: PriceJson {
			asset: match c.price.asset {
				PaymentAsset::Native => "native".into(),
				PaymentAsset::Asset(id) => id.into(),
			},
			amount: c.price.amount.to_string(),
		},
		reward: c.reward.to_string(),
		capacity: c.capacity,
		enrolled: c.enrolled,
		completed: c.completed,
		open: c.open,
	}
}

/// Which courses `credentials_courses` lists; every field given must match.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CourseFilterJson {
	/// Only this provider's courses (SS58).
	pub provider: Option<AccountId>,
	/// Only courses taking enrolments with a seat left.
	#[serde(default)]
	pub open_only: bool,
	/// Only courses teaching skill dimension `skill` at level `level` or more.
	pub min_skill: Option<MinSkillJson>,
}

/// A minimum skill level.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinSkillJson {
	/// Skill dimension.
	pub skill: u8,
	/// Minimum level (0–100).
	pub level: u8,
}

/// One course recommended for a learner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CourseRecommendationJson {
	/// The course.
	pub course: CourseJson,
	/// The model's explained answer (features: `learner_*` then `course_*` skill levels / 100,
	/// named as the model names them).
	pub recommendation: PredictionJson,
}

/// `credentials_*` methods.
#[rpc(client, server)]
pub trait CredentialsApi<BlockHash> {
	/// The status of credential `id` now (valid, revoked, suspended, expired, issuerSuspended, unknown)
	/// and the credential in W3C VC shape.
	#[method(name = "credentials_verify", blocking)]
	fn verify(&self, id: CredentialId, at: Option<BlockHash>) -> RpcResult<VerificationJson>;

	/// The credentials of `subject` that it has not hidden, each with its status.
	#[method(name = "credentials_ofSubject", blocking)]
	fn of_subject(
		&self,
		subject: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CredentialJson>>;

	/// At most `limit` (1 to 100, 100 by default) courses matching `filter` (all when
	/// omitted), by id, from id `start` (0 by default): among the open courses with
	/// `openOnly`, else among the ids `start..start + 1,000` (page on with `start`).
	#[method(name = "credentials_courses", blocking)]
	fn courses(
		&self,
		filter: Option<CourseFilterJson>,
		start: Option<CourseId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CourseJson>>;

	/// The `k` (at most 50) courses the governance-chosen model ranks best for `learner`, with
	/// explanations.
	#[method(name = "credentials_recommendCourses", blocking)]
	fn recommend_courses(
		&self,
		learner: AccountId,
		k: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CourseRecommendationJson>>;
}

/// Serves [`CredentialsApiServer`] from the client's runtime APIs.
pub struct Credentials<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Credentials<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> CredentialsApiServer<<Block as BlockT>::Hash> for Credentials<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CredentialsRuntimeApi<Block, AccountId>,
	C::Api: RecommenderRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn verify(
		&self,
		id: CredentialId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<VerificationJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let v = self.client.runtime_api().verify(at, id).map_err(runtime_error)?;
		Ok(verification_json(v))
	}

	fn of_subject(
		&self,
		subject: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<CredentialJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let listed = self.client.runtime_api().of_subject(at, subject).map_err(runtime_error)?;
		Ok(listed
			.into_iter()
			.filter_map(|v| v.credential.map(|c| credential_json(c, &v.status)))
			.collect())
	}

	fn courses(
		&self,
		filter: Option<CourseFilterJson>,
		start: Option<CourseId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<CourseJson>> {
		let limit = super::page_limit(limit)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let f = filter.unwrap_or_default();
		let filter = CourseFilter {
			provider: f.provider,
			open_only: f.open_only,
			min_skill: f.min_skill.map(|m| (m.skill, m.level)),
		};
		let courses = self
			.client
			.runtime_api()
			.courses(at, filter, start.unwrap_or(0), limit)
			.map_err(runtime_error)?;
		Ok(courses.into_iter().map(course_json).collect())
	}

	fn recommend_courses(
		&self,
		learner: AccountId,
		k: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<CourseRecommendationJson>> {
		if k == 0 || k > MAX_RECOMMENDATIONS {
			return Err(ErrorObject::owned(
				super::INVALID_PARAMS,
				format!("k must be within 1..={MAX_RECOMMENDATIONS}"),
				None::<()>,
			));
		}
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let api = self.client.runtime_api();
		let ranked = api
			.recommend_courses(at, learner, k)
			.map_err(runtime_error)?
			.map_err(recommend_error)?;
		let Some(model_id) = ranked.first().map(|r| r.recommendation.model_id) else {
			return Ok(vec![]);
		};
		let names: Vec<String> = api
			.models(at, model_id, 1)
			.map_err(runtime_error)?
			.into_iter()
			.next()
			.map(|m| {
				m.feature_names.iter().map(|n| String::from_utf8_lossy(n).into_owned()).collect()
			})
			.unwrap_or_default();
		Ok(ranked
			.into_iter()
			.map(|CourseRecommendation { course, recommendation }| CourseRecommendationJson {
				course: course_json(course),
				recommendation: prediction_json(recommendation, &names),
			})
			.collect())
	}
}

fn recommend_error(e: CourseRecommendError) -> ErrorObjectOwned {
	match e {
		CourseRecommendError::NoModel => ErrorObject::owned(
			NO_COURSE_MODEL,
			"No course model: governance has not set the credentials pallet's course_model",
			None::<()>,
		),
		CourseRecommendError::Recommender(e) => ErrorObject::owned(
			RECOMMEND_ERROR,
			"The course model cannot answer",
			Some(format!("{e:?}")),
		),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn iso8601_matches_known_dates() {
		assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
		assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00.000Z");
		assert_eq!(iso8601(1_795_923_627_123), "2026-11-29T03:40:27.123Z");
		assert_eq!(iso8601(4_107_542_399_999), "2100-02-28T23:59:59.999Z");
	}

	#[test]
	fn filters_reject_unknown_fields() {
		let f: CourseFilterJson = serde_json::from_str(r#"{"openOnly": true}"#).unwrap();
		assert!(f.open_only && f.provider.is_none());
		let f: CourseFilterJson =
			serde_json::from_str(r#"{"minSkill": {"skill": 2, "level": 40}}"#).unwrap();
		assert_eq!(f.min_skill, Some(MinSkillJson { skill: 2, level: 40 }));
		assert!(serde_json::from_str::<CourseFilterJson>(r#"{"open": true}"#).is_err());
	}
}
