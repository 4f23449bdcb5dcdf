//! `governance_*`: referenda with their tally against the track's curves, voting power and
//! delegations, delegates who vote alike.
//!
//! Balances are decimal strings in smallest units; ratios are decimal strings (`"0.5"` = 50 %).

use std::sync::Arc;

use agora_primitives::{
	governance::{
		DelegateMatch, GovernanceApi as GovernanceRuntimeApi, ReferendumRecommendation,
		ReferendumStage, ReferendumView, VoteDirection, VotingPower, DELEGATE_FEATURES,
		REFERENDUM_FEATURES, TRACKS,
	},
	recommender::float,
	AccountId,
};
use agora_runtime::BlockNumber;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{
	agora::runtime_error,
	recommender::{feature_names, prediction_json, PredictionJson},
};

/// Most delegates one `governance_recommendDelegates` call returns.
pub const MAX_DELEGATES: u32 = 50;

fn stage_name(s: ReferendumStage) -> &'static str {
	match s {
		ReferendumStage::Preparing => "preparing",
		ReferendumStage::Deciding => "deciding",
		ReferendumStage::Confirming => "confirming",
		ReferendumStage::Approved => "approved",
		ReferendumStage::Rejected => "rejected",
		ReferendumStage::Cancelled => "cancelled",
		ReferendumStage::TimedOut => "timedOut",
		ReferendumStage::Killed => "killed",
	}
}

fn parse_stage(s: &str) -> Option<ReferendumStage> {
	use ReferendumStage::*;
	[Preparing, Deciding, Confirming, Approved, Rejected, Cancelled, TimedOut, Killed]
		.into_iter()
		.find(|x| stage_name(*x) == s)
}

/// Parts per billion as a decimal string.
fn ratio(ppb: u32) -> String {
	format!("{}", f64::from(ppb) / 1e9)
}

/// A referendum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferendumJson {
	/// Its index.
	pub index: u32,
	/// `preparing`, `deciding`, `confirming`, `approved`, `rejected`, `cancelled`, `timedOut`,
	/// `killed`.
	pub status: String,
	/// Its track id and name (`null` once ended).
	pub track: Option<u16>,
	/// The track's name.
	pub track_name: Option<String>,
	/// Submitted at (ongoing) or ended at (block).
	pub since: BlockNumber,
	/// Aye votes with conviction (smallest units).
	pub ayes: String,
	/// Nay votes with conviction.
	pub nays: String,
	/// Aye and abstain capital.
	pub support: String,
	/// ayes / (ayes + nays).
	pub approval: String,
	/// support / active issuance.
	pub support_ratio: String,
	/// What the approval curve asks for now.
	pub approval_needed: String,
	/// What the support curve asks for now.
	pub support_needed: String,
	/// Block the decision period ends.
	pub decision_ends: Option<BlockNumber>,
	/// Block the confirmation ends.
	pub confirm_ends: Option<BlockNumber>,
	/// Blocks left until the decision (confirmation first, if confirming).
	pub blocks_left: Option<BlockNumber>,
	/// `passing` or `failing` as the votes stand; the final outcome once ended.
	pub projected_outcome: String,
}

fn referendum_json(r: ReferendumView<BlockNumber>, now: BlockNumber) -> ReferendumJson {
	let ended = !matches!(
		r.stage,
		ReferendumStage::Preparing | ReferendumStage::Deciding | ReferendumStage::Confirming
	);
	let track_name =
		r.track.and_then(|t| TRACKS.iter().find(|(id, _)| *id == t)).map(|(_, n)| n.to_string());
	let blocks_left = r.confirm_ends.or(r.decision_ends).map(|end| end.saturating_sub(now));
	ReferendumJson {
		index: r.index,
		status: stage_name(r.stage).into(),
		track: r.track,
		track_name,
		since: r.since,
		ayes: r.ayes.to_string(),
		nays: r.nays.to_string(),
		support: r.support.to_string(),
		approval: ratio(r.approval),
		support_ratio: ratio(r.support_ratio),
		approval_needed: ratio(r.approval_needed),
		support_needed: ratio(r.support_needed),
		decision_ends: r.decision_ends,
		confirm_ends: r.confirm_ends,
		blocks_left,
		projected_outcome: if ended {
			stage_name(r.stage).into()
		} else if r.passing {
			"passing".into()
		} else {
			"failing".into()
		},
	}
}

/// Voting power on one track.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackPowerJson {
	/// The track.
	pub track: u16,
	/// SS58 of the delegate, if the account delegates on this track.
	pub delegating_to: Option<String>,
	/// Capital delegated.
	pub delegated_balance: Option<String>,
	/// Conviction of the delegation, as a multiple (`0.1`, `1` … `6`).
	pub delegation_conviction: Option<f64>,
	/// Votes others delegated to this account (conviction included).
	pub delegated_votes: String,
	/// Capital behind them.
	pub delegated_capital: String,
	/// Referenda it votes on directly.
	pub direct_votes: u32,
}

/// What `governance_votingPower` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VotingPowerJson {
	/// Free balance (smallest units).
	pub balance: String,
	/// Locked by votes now.
	pub locked: String,
	/// Per track.
	pub tracks: Vec<TrackPowerJson>,
}

fn power_json(p: VotingPower<AccountId>) -> VotingPowerJson {
	VotingPowerJson {
		balance: p.balance.to_string(),
		locked: p.locked.to_string(),
		tracks: p
			.tracks
			.into_iter()
			.map(|t| TrackPowerJson {
				track: t.track,
				delegating_to: t.delegating.as_ref().map(|(d, _, _)| d.to_string()),
				delegated_balance: t.delegating.as_ref().map(|(_, b, _)| b.to_string()),
				delegation_conviction: t.delegating.as_ref().map(|(_, _, c)| f64::from(*c) / 10.0),
				delegated_votes: t.delegated_votes.to_string(),
				delegated_capital: t.delegated_capital.to_string(),
				direct_votes: t.direct_votes,
			})
			.collect(),
	}
}

/// A recommended delegate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DelegateJson {
	/// SS58.
	pub account: String,
	/// Cosine similarity of the votes both cast, in [−1, 1].
	pub similarity: f64,
	/// The explanation: referenda both voted on...
	pub shared: u32,
	/// ...and how many of them the same way.
	pub agreements: u32,
	/// What it is ranked by: the delegate model's score, or `similarity` without a model.
	pub score: f64,
	/// The delegate model's explained answer (features `similarity`, `shared`, `agreements`);
	/// `null` without a model.
	pub recommendation: Option<PredictionJson>,
}

fn delegate_json(m: DelegateMatch<AccountId>) -> DelegateJson {
	DelegateJson {
		account: m.account.to_string(),
		similarity: float::to_f64(m.similarity),
		shared: m.shared,
		agreements: m.agreements,
		score: float::to_f64(m.score),
		recommendation: m
			.recommendation
			.map(|r| prediction_json(r, &feature_names(&DELEGATE_FEATURES))),
	}
}

/// A look-alike's vote on a recommended referendum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LookAlikeVoteJson {
	/// SS58.
	pub account: String,
	/// `aye`, `nay` or `abstain`.
	pub vote: String,
	/// How alike it votes to the account, in (0, 1].
	pub similarity: f64,
}

/// A recommended referendum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferendumRecommendationJson {
	/// The referendum.
	pub referendum: ReferendumJson,
	/// How the account's look-alikes lean, weighted by similarity: −1 all nay … 1 all aye.
	pub lean: f64,
	/// The explanation: the look-alikes' votes.
	pub voters: Vec<LookAlikeVoteJson>,
	/// The referendum model's score; `null` without a model (ranked by look-alikes, then
	/// |lean|, then the soonest end).
	pub score: Option<f64>,
	/// The referendum model's explained answer (features `lean`, `look_alikes`,
	/// `blocks_left`); `null` without a model.
	pub recommendation: Option<PredictionJson>,
}

fn referendum_recommendation_json(
	r: ReferendumRecommendation<AccountId, BlockNumber>,
	now: BlockNumber,
) -> ReferendumRecommendationJson {
	ReferendumRecommendationJson {
		referendum: referendum_json(r.referendum, now),
		lean: float::to_f64(r.lean),
		score: r.score.map(float::to_f64),
		recommendation: r
			.recommendation
			.map(|p| prediction_json(p, &feature_names(&REFERENDUM_FEATURES))),
		voters: r
			.voters
			.into_iter()
			.map(|(account, d, s)| LookAlikeVoteJson {
				account: account.to_string(),
				vote: match d {
					VoteDirection::Aye => "aye",
					VoteDirection::Nay => "nay",
					VoteDirection::Abstain => "abstain",
				}
				.into(),
				similarity: float::to_f64(s),
			})
			.collect(),
	}
}

/// `governance_*` methods.
#[rpc(client, server)]
pub trait GovernanceApi<BlockHash> {
	/// A referendum: status, tally, approval and support against the track's curves, time
	/// left, projected outcome; `null` for an unknown index.
	#[method(name = "governance_referendum", blocking)]
	fn referendum(&self, index: u32, at: Option<BlockHash>) -> RpcResult<Option<ReferendumJson>>;

	/// Referenda in index order from `start` (default 0), at most `limit` (default and most
	/// 100), only those with `status` if given.
	#[method(name = "governance_referenda", blocking)]
	fn referenda(
		&self,
		status: Option<String>,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ReferendumJson>>;

	/// An account's balance, vote locks and delegations per track.
	#[method(name = "governance_votingPower", blocking)]
	fn voting_power(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<VotingPowerJson>;

	/// The `k` (1–50) accounts whose votes resemble `who`'s most, with the explanation.
	#[method(name = "governance_recommendDelegates", blocking)]
	fn recommend_delegates(
		&self,
		who: AccountId,
		k: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<DelegateJson>>;

	/// At most `k` (1–50) open referenda `who` has not voted on, those its look-alikes voted on
	/// first, with their votes as the explanation.
	#[method(name = "governance_recommendReferenda", blocking)]
	fn recommend_referenda(
		&self,
		who: AccountId,
		k: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ReferendumRecommendationJson>>;
}

/// Serves [`GovernanceApiServer`] from the client's runtime API.
pub struct Governance<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Governance<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

use super::invalid_params as invalid;

/// The block a call reads (`at`, or the best block) and its number: the "now" that
/// `blocksLeft` counts from, so that a view at an older block counts from that block.
fn at_and_number<C, Block>(client: &C, at: Option<Block::Hash>) -> (Block::Hash, BlockNumber)
where
	Block: BlockT,
	Block::Header: sp_runtime::traits::Header<Number = BlockNumber>,
	C: HeaderBackend<Block>,
{
	let info = client.info();
	match at {
		None => (info.best_hash, info.best_number),
		// An unknown block: the runtime call that follows reports it.
		Some(at) => (at, client.number(at).ok().flatten().unwrap_or(info.best_number)),
	}
}

impl<C, Block> GovernanceApiServer<<Block as BlockT>::Hash> for Governance<C, Block>
where
	Block: BlockT,
	Block::Header: sp_runtime::traits::Header<Number = BlockNumber>,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: GovernanceRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn referendum(
		&self,
		index: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ReferendumJson>> {
		let (at, now) = at_and_number(&*self.client, at);
		let r = self.client.runtime_api().referendum(at, index).map_err(runtime_error)?;
		Ok(r.map(|r| referendum_json(r, now)))
	}

	fn referenda(
		&self,
		status: Option<String>,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<ReferendumJson>> {
		let stage = match status {
			None => None,
			Some(s) => {
				Some(parse_stage(&s).ok_or_else(|| invalid(format!("unknown status {s:?}")))?)
			},
		};
		let limit = super::page_limit(limit)?;
		let (at, now) = at_and_number(&*self.client, at);
		let all = self
			.client
			.runtime_api()
			.referenda(at, stage, start.unwrap_or(0), limit)
			.map_err(runtime_error)?;
		Ok(all.into_iter().map(|r| referendum_json(r, now)).collect())
	}

	fn voting_power(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<VotingPowerJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let p = self.client.runtime_api().voting_power(at, who).map_err(runtime_error)?;
		Ok(power_json(p))
	}

	fn recommend_delegates(
		&self,
		who: AccountId,
		k: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<DelegateJson>> {
		if k == 0 || k > MAX_DELEGATES {
			return Err(invalid(format!("k must be 1..={MAX_DELEGATES}")));
		}
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let m = self.client.runtime_api().recommend_delegates(at, who, k).map_err(runtime_error)?;
		Ok(m.into_iter().map(delegate_json).collect())
	}

	fn recommend_referenda(
		&self,
		who: AccountId,
		k: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<ReferendumRecommendationJson>> {
		if k == 0 || k > MAX_DELEGATES {
			return Err(invalid(format!("k must be 1..={MAX_DELEGATES}")));
		}
		let (at, now) = at_and_number(&*self.client, at);
		let r = self.client.runtime_api().recommend_referenda(at, who, k).map_err(runtime_error)?;
		Ok(r.into_iter().map(|r| referendum_recommendation_json(r, now)).collect())
	}
}
