//! `credentials_*`: verification of education credentials, a learner's credentials, the course
//! catalog, the skill taxonomy, learners' mastery, learning paths, issuers' status lists and
//! explained course recommendations.
//!
//! Credentials are shown in the shape of the W3C Verifiable Credentials data model (`@context`,
//! `type`, `issuer`, `validFrom`, `validUntil`, `credentialSubject`, `credentialSchema`,
//! `credentialStatus`) and of an Open Badges 3.0 `OpenBadgeCredential` (the subject's
//! `achievement`: name, criteria, alignments to the skills' frameworks), with the on-chain
//! extras (`claimHash`, `issuedBy`, `hidden`). `credentialStatus` lists the credential's
//! entries in its issuer's W3C Bitstring Status Lists (`credentials_statusList`), so that a
//! verifier can check it without naming it to the chain. Accounts are SS58 addresses, times
//! ISO 8601 in UTC, balances decimal strings in the smallest unit.

use std::sync::Arc;

use agora_primitives::{
	credentials::{
		AlignmentView, CourseFilter, CourseId, CourseRecommendError, CourseRecommendation,
		CourseView, CredentialId, CredentialStatus, CredentialView,
		CredentialsApi as CredentialsRuntimeApi, NamedSkillLevel, PathError, PaymentAsset,
		RevocationReason, SkillId, SkillMastery, Verification,
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
/// JSON-RPC error code: no sequence of open courses reaches the target of
/// `credentials_learningPath`.
pub const NO_LEARNING_PATH: i32 = 8201;
/// JSON-RPC error code: `credentials_learningPath` gave up at its bound (2,048 states, 6
/// courses) before reaching the target.
pub const PATH_SEARCH_BOUND: i32 = 8202;
/// A W3C Bitstring Status List is at least this many bits long (16 KiB), so that a list does
/// not tell which of few credentials a verifier asks about.
pub const MIN_STATUS_LIST_BITS: usize = 131_072;
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

/// The issuer of a credential (an Open Badges 3.0 `Profile`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IssuerJson {
	/// SS58 address of the accredited issuer.
	pub id: String,
	/// Always `["Profile"]`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// Its registered name.
	pub name: String,
}

/// A skill level with the skill's name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillLevelJson {
	/// The skill's id in the taxonomy (`credentials_skills`).
	pub skill: SkillId,
	/// Its name.
	pub name: String,
	/// The level, 1–100.
	pub level: u8,
}

fn skill_levels_json(skills: &[NamedSkillLevel]) -> Vec<SkillLevelJson> {
	skills
		.iter()
		.map(|s| SkillLevelJson {
			skill: s.skill,
			name: String::from_utf8_lossy(&s.name).into_owned(),
			level: s.level,
		})
		.collect()
}

/// An Open Badges 3.0 `Alignment`: the skill in an external framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlignmentJson {
	/// Always `["Alignment"]`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// The skill's name.
	pub target_name: String,
	/// Where the framework describes it (`urn:agora:skill:<id>` without an alignment).
	pub target_url: String,
	/// The framework, if aligned.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub target_framework: Option<String>,
	/// The skill's code in the framework, if aligned.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub target_code: Option<String>,
	/// Always `ceasn:Competency`: Open Badges 3.0's target type for a skill.
	pub target_type: String,
}

fn alignment_json(skill: SkillId, name: &[u8], a: Option<&AlignmentView>) -> AlignmentJson {
	let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
	AlignmentJson {
		kind: vec!["Alignment".into()],
		target_name: text(name),
		target_url: a
			.map(|a| text(&a.url))
			.filter(|u| !u.is_empty())
			.unwrap_or_else(|| format!("urn:agora:skill:{skill}")),
		target_framework: a.map(|a| text(&a.framework)),
		target_code: a.map(|a| text(&a.code)),
		target_type: "ceasn:Competency".into(),
	}
}

/// What an Open Badges 3.0 `Achievement` says was achieved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriteriaJson {
	/// How it was earned.
	pub narrative: String,
}

/// The Open Badges 3.0 `Achievement` a credential attests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AchievementJson {
	/// `urn:agora:course:<id>` for a completion, else `urn:agora:schema:<hash>`.
	pub id: String,
	/// Always `["Achievement"]`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// The course's name, or the issuer's name and the schema.
	pub name: String,
	/// What it certifies: the skills and levels.
	pub description: String,
	/// How it was earned.
	pub criteria: CriteriaJson,
	/// The skills attested, aligned to their frameworks.
	pub alignment: Vec<AlignmentJson>,
}

/// The subject of a credential and what it certifies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubjectJson {
	/// SS58 address of the learner.
	pub id: String,
	/// Always `["AchievementSubject"]` (Open Badges 3.0).
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// Skill levels it attests, by skill id.
	pub skills: Vec<SkillLevelJson>,
	/// The completed course, if any.
	pub course: Option<CourseId>,
	/// The Open Badges 3.0 achievement.
	pub achievement: AchievementJson,
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

/// A W3C `BitstringStatusListEntry`: the credential's index in its issuer's `revocation` or
/// `suspension` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// `urn:agora:status:<issuer>:<purpose>#<index>`.
	pub id: String,
	/// Always `BitstringStatusListEntry`.
	#[serde(rename = "type")]
	pub kind: String,
	/// `revocation` or `suspension`.
	pub status_purpose: String,
	/// The credential's index in the list (a decimal string, as the W3C spec has it).
	pub status_list_index: String,
	/// The list (`credentials_statusList(issuer)` serves it).
	pub status_list_credential: String,
}

/// The chain's own answer about a credential now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgoraStatusJson {
	/// `valid`, `revoked`, `suspended`, `expired`, `issuerSuspended`.
	pub status: String,
	/// When revoked (ISO 8601).
	pub revoked_at: Option<String>,
}

/// The URN of `issuer`'s status list for `purpose`.
pub fn status_list_id(issuer: &AccountId, purpose: &str) -> String {
	format!("urn:agora:status:{issuer}:{purpose}")
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
	/// `VerifiableCredential`, `OpenBadgeCredential`, `AgoraCredential`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// The achievement's name (Open Badges 3.0 requires one).
	pub name: String,
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
	/// Its entry in its issuer's `revocation` status list (one object, as Open Badges 3.0's
	/// schema has it).
	pub credential_status: StatusJson,
	/// Its entry in its issuer's `suspension` status list.
	pub suspension_status: StatusJson,
	/// The chain's answer now.
	pub agora_status: AgoraStatusJson,
	/// Hash of the off-chain VC document.
	pub claim_hash: String,
	/// Hidden by its subject from public listings.
	pub hidden: bool,
}

fn credential_json(c: CredentialView<AccountId>, status: &CredentialStatus) -> CredentialJson {
	let issuer_name = String::from_utf8_lossy(&c.issuer_name).into_owned();
	let achievement = AchievementJson {
		id: match c.course {
			Some(course) => format!("urn:agora:course:{course}"),
			None => format!("urn:agora:achievement:{}:{}", c.issuer, hex32(&c.schema)),
		},
		kind: vec!["Achievement".into()],
		name: match &c.course_name {
			Some(n) => String::from_utf8_lossy(n).into_owned(),
			None => format!("{issuer_name}: {}", hex32(&c.schema)),
		},
		description: if c.skills.is_empty() {
			"Attests no skill level.".into()
		} else {
			let levels: Vec<String> = c
				.skills
				.iter()
				.map(|s| format!("{} at level {}", String::from_utf8_lossy(&s.name), s.level))
				.collect();
			format!("Attests {}.", levels.join(", "))
		},
		criteria: CriteriaJson {
			narrative: match (&c.course_name, c.course) {
				(Some(n), _) => format!(
					"Completed the course \"{}\" offered by {issuer_name}.",
					String::from_utf8_lossy(n)
				),
				(None, Some(course)) => format!("Completed course {course} of {issuer_name}."),
				(None, None) => format!("Assessed by {issuer_name}."),
			},
		},
		alignment: c
			.skills
			.iter()
			.map(|s| alignment_json(s.skill, &s.name, s.alignment.as_ref()))
			.collect(),
	};
	let entry = |purpose: &str| StatusJson {
		id: format!("{}#{}", status_list_id(&c.issuer, purpose), c.status_index),
		kind: "BitstringStatusListEntry".into(),
		status_purpose: purpose.into(),
		status_list_index: c.status_index.to_string(),
		status_list_credential: status_list_id(&c.issuer, purpose),
	};
	CredentialJson {
		context: vec![
			"https://www.w3.org/ns/credentials/v2".into(),
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json".into(),
		],
		id: format!("urn:agora:credential:{}", c.id),
		credential_id: c.id,
		kind: vec![
			"VerifiableCredential".into(),
			"OpenBadgeCredential".into(),
			"AgoraCredential".into(),
		],
		name: achievement.name.clone(),
		issuer: IssuerJson {
			id: c.issuer.to_string(),
			kind: vec!["Profile".into()],
			name: issuer_name.clone(),
		},
		issued_by: c.issued_by.to_string(),
		valid_from: iso8601(c.issued_at),
		valid_until: c.expires_at.map(iso8601),
		credential_subject: SubjectJson {
			id: c.subject.to_string(),
			kind: vec!["AchievementSubject".into()],
			skills: skill_levels_json(&c.skills),
			course: c.course,
			achievement,
		},
		credential_schema: SchemaJson { id: hex32(&c.schema), kind: "JsonSchema".into() },
		credential_status: entry("revocation"),
		suspension_status: entry("suspension"),
		agora_status: AgoraStatusJson {
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
	pub teaches: Vec<SkillLevelJson>,
	/// Skill levels a learner must hold to enrol.
	pub requires: Vec<SkillLevelJson>,
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

fn price_json(asset: PaymentAsset, amount: u128) -> PriceJson {
	PriceJson {
		asset: match asset {
			PaymentAsset::Native => "native".into(),
			PaymentAsset::Asset(id) => id.into(),
		},
		amount: amount.to_string(),
	}
}

fn course_json(c: CourseView<AccountId>) -> CourseJson {
	CourseJson {
		id: c.id,
		provider: c.provider.to_string(),
		name: String::from_utf8_lossy(&c.name).into_owned(),
		schema: hex32(&c.schema),
		teaches: skill_levels_json(&c.teaches),
		requires: skill_levels_json(&c.requires),
		price: price_json(c.price.asset, c.price.amount),
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
	/// Only courses teaching skill `skill` at level `level` or more.
	pub min_skill: Option<MinSkillJson>,
}

/// A minimum skill level.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinSkillJson {
	/// Skill id.
	pub skill: SkillId,
	/// Minimum level (0–100).
	pub level: u8,
}

/// One course recommended for a learner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CourseRecommendationJson {
	/// The course.
	pub course: CourseJson,
	/// The model's explained answer (features: `taught_mastery`, `prerequisite_mastery`,
	/// `level_gap`, `new_skills`, named as the model names them).
	pub recommendation: PredictionJson,
	/// Per skill the course teaches: its level, the learner's level and mastery.
	pub fit: Vec<SkillFitJson>,
}

/// How a course fits a learner in one skill it teaches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SkillFitJson {
	/// The skill.
	pub skill: SkillId,
	/// Its name.
	pub name: String,
	/// The level the course teaches.
	pub course_level: u8,
	/// The learner's level now.
	pub learner_level: u8,
	/// The learner's mastery now (0–1).
	pub mastery: f64,
}

/// A skill of the taxonomy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SkillJson {
	/// Its id.
	pub id: SkillId,
	/// Its name.
	pub name: String,
	/// Its place in an external framework, if any.
	pub alignment: Option<AlignmentJson>,
	/// The skills it builds on.
	pub prerequisites: Vec<SkillId>,
	/// Retired by governance.
	pub retired: bool,
}

/// One credential behind a mastery estimate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceJson {
	/// The credential.
	pub credential: CredentialId,
	/// The level it attests.
	pub level: u8,
	/// Its status now (only `valid` ones count).
	pub status: String,
}

/// A learner's mastery of one skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MasteryJson {
	/// The skill.
	pub skill: SkillId,
	/// Its name.
	pub name: String,
	/// The highest level among the valid credentials.
	pub level: u8,
	/// Knowledge tracing over the valid credentials now (0–1).
	pub mastery: f64,
	/// The estimate stored on chain at the learner's last update (0–1).
	pub stored_mastery: f64,
	/// The credentials behind it, oldest first.
	pub evidence: Vec<EvidenceJson>,
}

fn ppm(p: u32) -> f64 {
	f64::from(p) / 1_000_000.0
}

fn mastery_json(m: SkillMastery) -> MasteryJson {
	MasteryJson {
		skill: m.skill,
		name: String::from_utf8_lossy(&m.name).into_owned(),
		level: m.level,
		mastery: ppm(m.mastery),
		stored_mastery: ppm(m.stored_mastery),
		evidence: m
			.evidence
			.into_iter()
			.map(|e| EvidenceJson {
				credential: e.credential,
				level: e.level,
				status: status_name(&e.status).into(),
			})
			.collect(),
	}
}

/// A requirement a learner does not meet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MissingSkillJson {
	/// The skill.
	pub skill: SkillId,
	/// Its name.
	pub name: String,
	/// The level the course requires.
	pub required: u8,
	/// The learner's level now.
	pub level: u8,
}

/// What `credentials_courseReadiness` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadinessJson {
	/// The course.
	pub course: CourseId,
	/// Whether the learner meets every requirement.
	pub ready: bool,
	/// The requirements it does not meet.
	pub missing: Vec<MissingSkillJson>,
}

/// What `credentials_learningPath` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LearningPathJson {
	/// The courses, in the order to take them.
	pub steps: Vec<CourseJson>,
	/// The target skill's level at the end.
	pub reached: u8,
	/// The path's price, summed per asset.
	pub price: Vec<PriceJson>,
	/// The rewards its courses pay, in AGR's smallest unit (decimal string).
	pub reward: String,
	/// States the search expanded.
	pub explored: u32,
}

/// A W3C `BitstringStatusListCredential`, as the chain holds it (unsigned: the chain's state
/// at the block asked about is the proof).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusListCredentialJson {
	/// The W3C VC v2 context.
	#[serde(rename = "@context")]
	pub context: Vec<String>,
	/// `urn:agora:status:<issuer>:<purpose>`: what entries' `statusListCredential` names.
	pub id: String,
	/// `VerifiableCredential`, `BitstringStatusListCredential`.
	#[serde(rename = "type")]
	pub kind: Vec<String>,
	/// The issuer (SS58).
	pub issuer: String,
	/// The list.
	pub credential_subject: StatusListJson,
}

/// A W3C `BitstringStatusList`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusListJson {
	/// `<list id>#list`.
	pub id: String,
	/// Always `BitstringStatusList`.
	#[serde(rename = "type")]
	pub kind: String,
	/// `revocation` or `suspension`.
	pub status_purpose: String,
	/// Multibase base64url (`u`, no padding) of the GZIP of the bitstring, at least 131,072
	/// bits, bit 0 the most significant of the first byte.
	pub encoded_list: String,
}

/// What `credentials_statusList` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusListsJson {
	/// Indices the issuer has given out.
	pub length: u32,
	/// The `revocation` list.
	pub revocation: StatusListCredentialJson,
	/// The `suspension` list.
	pub suspension: StatusListCredentialJson,
}

/// The W3C encoding of a bitstring: padded with zeros to [`MIN_STATUS_LIST_BITS`], GZIP,
/// base64url without padding, multibase prefix `u`.
pub fn encode_status_list(bits: &[u8]) -> String {
	use base64::Engine as _;
	use std::io::Write as _;
	let mut padded = bits.to_vec();
	padded.resize(padded.len().max(MIN_STATUS_LIST_BITS / 8), 0);
	let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
	// Writing to a Vec cannot fail.
	let _ = gz.write_all(&padded);
	let compressed = gz.finish().unwrap_or_default();
	format!("u{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed))
}

fn status_list_json(issuer: &AccountId, purpose: &str, bits: &[u8]) -> StatusListCredentialJson {
	let id = status_list_id(issuer, purpose);
	StatusListCredentialJson {
		context: vec!["https://www.w3.org/ns/credentials/v2".into()],
		id: id.clone(),
		kind: vec!["VerifiableCredential".into(), "BitstringStatusListCredential".into()],
		issuer: issuer.to_string(),
		credential_subject: StatusListJson {
			id: format!("{id}#list"),
			kind: "BitstringStatusList".into(),
			status_purpose: purpose.into(),
			encoded_list: encode_status_list(bits),
		},
	}
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

	/// At most `limit` (1 to 100, 100 by default) skills of the taxonomy from id `start` (0 by
	/// default).
	#[method(name = "credentials_skills", blocking)]
	fn skills(
		&self,
		start: Option<SkillId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<SkillJson>>;

	/// The learner's level and mastery of every skill its credentials attest, with the
	/// credentials behind each.
	#[method(name = "credentials_learnerProfile", blocking)]
	fn learner_profile(
		&self,
		learner: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<MasteryJson>>;

	/// Whether `learner` meets `course`'s requirements, and which it does not (`null`: no such
	/// course).
	#[method(name = "credentials_courseReadiness", blocking)]
	fn course_readiness(
		&self,
		learner: AccountId,
		course: CourseId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ReadinessJson>>;

	/// The fewest open courses that take `learner` to `level` (1–100) in `skill`, in the
	/// order their requirements allow, with the path's price and rewards.
	#[method(name = "credentials_learningPath", blocking)]
	fn learning_path(
		&self,
		learner: AccountId,
		skill: SkillId,
		level: u8,
		at: Option<BlockHash>,
	) -> RpcResult<LearningPathJson>;

	/// `issuer`'s W3C Bitstring Status Lists (`revocation`, `suspension`); `null` when it never
	/// issued.
	#[method(name = "credentials_statusList", blocking)]
	fn status_list(
		&self,
		issuer: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<StatusListsJson>>;
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
			.map(|CourseRecommendation { course, recommendation, fit }| CourseRecommendationJson {
				course: course_json(course),
				recommendation: prediction_json(recommendation, &names),
				fit: fit
					.into_iter()
					.map(|f| SkillFitJson {
						skill: f.skill,
						name: String::from_utf8_lossy(&f.name).into_owned(),
						course_level: f.course_level,
						learner_level: f.learner_level,
						mastery: ppm(f.mastery),
					})
					.collect(),
			})
			.collect())
	}

	fn skills(
		&self,
		start: Option<SkillId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<SkillJson>> {
		let limit = super::page_limit(limit)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let skills = self
			.client
			.runtime_api()
			.skills(at, start.unwrap_or(0), limit)
			.map_err(runtime_error)?;
		Ok(skills
			.into_iter()
			.map(|s| SkillJson {
				id: s.id,
				name: String::from_utf8_lossy(&s.name).into_owned(),
				alignment: s.alignment.as_ref().map(|a| alignment_json(s.id, &s.name, Some(a))),
				prerequisites: s.prerequisites,
				retired: s.retired,
			})
			.collect())
	}

	fn learner_profile(
		&self,
		learner: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<MasteryJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let profile =
			self.client.runtime_api().learner_profile(at, learner).map_err(runtime_error)?;
		Ok(profile.into_iter().map(mastery_json).collect())
	}

	fn course_readiness(
		&self,
		learner: AccountId,
		course: CourseId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ReadinessJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let missing = self
			.client
			.runtime_api()
			.course_readiness(at, learner, course)
			.map_err(runtime_error)?;
		Ok(missing.map(|missing| ReadinessJson {
			course,
			ready: missing.is_empty(),
			missing: missing
				.into_iter()
				.map(|m| MissingSkillJson {
					skill: m.skill,
					name: String::from_utf8_lossy(&m.name).into_owned(),
					required: m.required,
					level: m.level,
				})
				.collect(),
		}))
	}

	fn learning_path(
		&self,
		learner: AccountId,
		skill: SkillId,
		level: u8,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<LearningPathJson> {
		if !(1..=100).contains(&level) {
			return Err(super::invalid_params("level must be within 1..=100"));
		}
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let path = self
			.client
			.runtime_api()
			.learning_path(at, learner, skill, level)
			.map_err(runtime_error)?
			.map_err(path_error)?;
		let mut totals: Vec<(PaymentAsset, u128)> = Vec::new();
		let mut reward = 0u128;
		for c in &path.steps {
			reward = reward.saturating_add(c.reward);
			match totals.iter_mut().find(|(a, _)| *a == c.price.asset) {
				Some((_, sum)) => *sum = sum.saturating_add(c.price.amount),
				None => totals.push((c.price.asset, c.price.amount)),
			}
		}
		Ok(LearningPathJson {
			steps: path.steps.into_iter().map(course_json).collect(),
			reached: path.reached,
			price: totals.into_iter().map(|(asset, amount)| price_json(asset, amount)).collect(),
			reward: reward.to_string(),
			explored: path.explored,
		})
	}

	fn status_list(
		&self,
		issuer: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<StatusListsJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let lists =
			self.client.runtime_api().status_lists(at, issuer.clone()).map_err(runtime_error)?;
		Ok(lists.map(|l| StatusListsJson {
			length: l.length,
			revocation: status_list_json(&issuer, "revocation", &l.revocation),
			suspension: status_list_json(&issuer, "suspension", &l.suspension),
		}))
	}
}

fn path_error(e: PathError) -> ErrorObjectOwned {
	match e {
		PathError::UnknownSkill => super::invalid_params("no such skill, or it is retired"),
		PathError::LevelOutOfRange => super::invalid_params("level must be within 1..=100"),
		PathError::Unreachable => ErrorObject::owned(
			NO_LEARNING_PATH,
			"No sequence of open courses reaches this level",
			None::<()>,
		),
		PathError::SearchBound => ErrorObject::owned(
			PATH_SEARCH_BOUND,
			"The search reached its bound (2,048 states or 6 courses) before the target",
			None::<()>,
		),
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
	fn a_status_list_is_w3c_encoded() {
		use base64::Engine as _;
		use std::io::Read as _;
		let encoded = encode_status_list(&[0b0100_0000, 0, 0b0000_0001]);
		assert!(encoded.starts_with('u'), "multibase base64url");
		let gz = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&encoded[1..]).unwrap();
		assert_eq!(&gz[..2], &[0x1f, 0x8b], "GZIP");
		let mut bits = Vec::new();
		flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut bits).unwrap();
		assert_eq!(bits.len(), MIN_STATUS_LIST_BITS / 8, "padded to 16 KiB");
		assert_eq!(&bits[..3], &[0b0100_0000, 0, 1]);
		assert!(bits[3..].iter().all(|b| *b == 0));
		// Index 1 is set: the second bit from the left of the first byte.
		let bit = |i: usize| bits[i / 8] & (0x80 >> (i % 8)) != 0;
		assert!(bit(1) && bit(23) && !bit(0) && !bit(2));
		assert!(encoded.len() < 200, "compressed: {}", encoded.len());
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
