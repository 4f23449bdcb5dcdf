//! Community governance: the tracks every referendum runs on, the directions of votes the
//! governance pallet remembers, and its delegate recommendations.

use crate::{recommend::Recommendation, recommender::Fixed};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Identifier of a referendum track.
pub type TrackId = u16;

/// `root`: any call, dispatched as Root.
pub const ROOT: TrackId = 0;
/// `parameters`: the domain pallets' parameter calls (their governance origin).
pub const PARAMETERS: TrackId = 1;
/// `treasury`: spending from the governance treasury (reward pots).
pub const TREASURY: TrackId = 2;
/// `referendum_canceller`: cancels a referendum, refunding its deposits.
pub const REFERENDUM_CANCELLER: TrackId = 3;
/// `referendum_killer`: kills a referendum, slashing its deposits.
pub const REFERENDUM_KILLER: TrackId = 4;
/// `admin`: the calls an attacker would most like to pass (oracle feeders and parameters,
/// issuer accreditation and trusted schemas, a stablecoin shutdown): a support floor and at
/// least a day between approval and enactment.
pub const ADMIN: TrackId = 5;

/// Every track, by id, with its name (at most 25 bytes, as `pallet-referenda` stores it).
pub const TRACKS: [(TrackId, &str); 6] = [
	(ROOT, "root"),
	(PARAMETERS, "parameters"),
	(TREASURY, "treasury"),
	(REFERENDUM_CANCELLER, "referendum_canceller"),
	(REFERENDUM_KILLER, "referendum_killer"),
	(ADMIN, "admin"),
];

/// The chain's cap on what governance pays out of the chain's own accounts per block.
///
/// Every payout a treasury-track referendum can make (the governance treasury's `spend`, the
/// stablecoin's surplus, the lending markets' reserves, the credentials pot's course grants)
/// charges the same per-block total, valued in AGR, against one cap (the governance pallet's
/// `max_spend`). A referendum that batches every payout call there is still pays at most the
/// cap, and the cap is one governed number, not one per pallet.
pub trait PayoutLimit {
	/// Charges a payout of `amount` of `asset` to the current block's total, or fails, changing
	/// nothing, when that would take the total above the cap or the payout cannot be valued
	/// (no price for a non-native asset).
	fn charge(asset: crate::AssetKind, amount: crate::Balance) -> sp_runtime::DispatchResult;
}

/// No cap (mock runtimes of pallets that pay out).
impl PayoutLimit for () {
	fn charge(_: crate::AssetKind, _: crate::Balance) -> sp_runtime::DispatchResult {
		Ok(())
	}
}

/// The lowest approval any track may ask for at the end of its decision period: a majority.
pub const MIN_APPROVAL_FLOOR_PERCENT: u32 = 50;

/// The features of a delegate model (`GovernanceParams::delegate_model`), in order: for a
/// candidate delegate, the cosine similarity of its votes to the account's, the referenda both
/// voted on, and how many of them they voted the same way.
pub const DELEGATE_FEATURES: [&str; 3] = ["similarity", "shared", "agreements"];

/// The features of a referendum model (`GovernanceParams::referenda_model`), in order: for an
/// open referendum, how the account's look-alikes voted on it (from −1, all nay, to 1, all
/// aye), how many of them voted on it, and the blocks left until its decision period ends
/// (0 when it is not deciding).
pub const REFERENDUM_FEATURES: [&str; 3] = ["lean", "look_alikes", "blocks_left"];

/// Which way an account voted on a referendum, as its voting history keeps it.
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
pub enum VoteDirection {
	/// For (a split vote with more aye than nay counts as aye).
	Aye,
	/// Against.
	Nay,
	/// Neither (an abstention, or a split vote with as much aye as nay).
	Abstain,
}

impl VoteDirection {
	/// The direction as a number: aye 1, nay −1, abstain 0.
	pub fn value(self) -> i32 {
		match self {
			VoteDirection::Aye => 1,
			VoteDirection::Nay => -1,
			VoteDirection::Abstain => 0,
		}
	}
}

/// An account whose votes resemble another's, as `governance_recommendDelegates` returns it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct DelegateMatch<AccountId> {
	/// The candidate delegate.
	pub account: AccountId,
	/// Cosine similarity of the two accounts' votes on the referenda both voted on, in [−1, 1].
	pub similarity: Fixed,
	/// The explanation: referenda both voted on...
	pub shared: u32,
	/// ...and how many of them they voted the same way.
	pub agreements: u32,
	/// What the match is ranked by: the delegate model's score when governance set one and it
	/// answered, else `similarity`.
	pub score: Fixed,
	/// The delegate model's explained answer over [`DELEGATE_FEATURES`], if it scored.
	pub recommendation: Option<Recommendation>,
}

/// Where a referendum stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum ReferendumStage {
	/// Waiting for its decision deposit or for its prepare period to pass.
	Preparing,
	/// Deciding: counting towards the decision period's end.
	Deciding,
	/// Passing: it must stay above both curves for the confirm period.
	Confirming,
	/// Approved: enacted (or scheduled to be) with the track's origin.
	Approved,
	/// Rejected at the end of the decision period.
	Rejected,
	/// Cancelled by the `referendum_canceller` track or Root.
	Cancelled,
	/// Never got its decision deposit in time.
	TimedOut,
	/// Killed by the `referendum_killer` track or Root: deposits slashed.
	Killed,
}

/// A referendum as `governance_referendum` shows it. Ratios are parts per billion.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ReferendumView<BlockNumber> {
	/// Its index.
	pub index: u32,
	/// Where it stands.
	pub stage: ReferendumStage,
	/// Its track (`None` once it ended).
	pub track: Option<TrackId>,
	/// When it was submitted, or when it ended.
	pub since: BlockNumber,
	/// Aye votes, conviction included (`0` once it ended).
	pub ayes: crate::Balance,
	/// Nay votes, conviction included.
	pub nays: crate::Balance,
	/// Aye and abstain capital, without conviction: what support counts.
	pub support: crate::Balance,
	/// ayes / (ayes + nays), in parts per billion.
	pub approval: u32,
	/// support / active issuance, in parts per billion.
	pub support_ratio: u32,
	/// The approval the track's curve asks for now (parts per billion).
	pub approval_needed: u32,
	/// The support the track's curve asks for now (parts per billion).
	pub support_needed: u32,
	/// The block its decision period ends (while deciding).
	pub decision_ends: Option<BlockNumber>,
	/// The block its confirmation ends (while confirming).
	pub confirm_ends: Option<BlockNumber>,
	/// Whether it would pass if the votes stayed as they are: both above their curves.
	pub passing: bool,
}

/// An account's voting power on one track.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct TrackPower<AccountId> {
	/// The track.
	pub track: TrackId,
	/// Whom the account delegates to on it, if anyone: `(delegate, capital, conviction ×10)`.
	pub delegating: Option<(AccountId, crate::Balance, u32)>,
	/// Votes delegated to the account on it, conviction included...
	pub delegated_votes: crate::Balance,
	/// ...and the capital behind them.
	pub delegated_capital: crate::Balance,
	/// Referenda the account votes on directly on it.
	pub direct_votes: u32,
}

/// What `governance_votingPower` returns.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct VotingPower<AccountId> {
	/// AGR the account could vote with (its free balance).
	pub balance: crate::Balance,
	/// AGR locked by votes now.
	pub locked: crate::Balance,
	/// Per track where it votes, delegates or is delegated to.
	pub tracks: alloc::vec::Vec<TrackPower<AccountId>>,
}

/// An open referendum recommended to an account, as `governance_recommendReferenda` returns it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ReferendumRecommendation<AccountId, BlockNumber> {
	/// The referendum.
	pub referendum: ReferendumView<BlockNumber>,
	/// How its voters who vote like the account lean, weighted by similarity: from −1 (all
	/// nay) to 1 (all aye).
	pub lean: Fixed,
	/// The explanation: those voters, how they voted and how alike they vote to the account.
	pub voters: alloc::vec::Vec<(AccountId, VoteDirection, Fixed)>,
	/// What the referendum is ranked by when governance set a referendum model and it
	/// answered: its score (`None`: ranked by look-alikes, then |lean|, then the soonest end).
	pub score: Option<Fixed>,
	/// The referendum model's explained answer over [`REFERENDUM_FEATURES`], if it scored.
	pub recommendation: Option<Recommendation>,
}

sp_api::decl_runtime_apis! {
	/// Governance views, served over JSON-RPC as `governance_*`.
	pub trait GovernanceApi<AccountId: codec::Codec, BlockNumber: codec::Codec> {
		/// Referendum `index`, with its tally against the curves.
		fn referendum(index: u32) -> Option<ReferendumView<BlockNumber>>;
		/// Referenda from `start` (index order), at most `limit`, only those at `stage` if given.
		fn referenda(stage: Option<ReferendumStage>, start: u32, limit: u32) -> alloc::vec::Vec<ReferendumView<BlockNumber>>;
		/// `who`'s voting power and delegations.
		fn voting_power(who: AccountId) -> VotingPower<AccountId>;
		/// The `k` accounts that vote most like `who`.
		fn recommend_delegates(who: AccountId, k: u32) -> alloc::vec::Vec<DelegateMatch<AccountId>>;
		/// At most `k` open referenda `who` has not voted on, those its look-alikes voted on
		/// first.
		fn recommend_referenda(who: AccountId, k: u32) -> alloc::vec::Vec<ReferendumRecommendation<AccountId, BlockNumber>>;
	}
}
