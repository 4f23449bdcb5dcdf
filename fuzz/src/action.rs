//! What the fuzzer does: [`Action`]s decoded from raw bytes.
//!
//! Decoding is independent of the chain state, so that the same bytes always give the same
//! actions; values that only make sense against the state (a referendum index, "half of my
//! balance") are decoded as selectors ([`Pick`], [`Amount::Percent`]) and resolved when the
//! action runs.

use arbitrary::{Result, Unstructured};

/// One of the signing accounts (an index into [`crate::SIGNERS`], taken modulo its length).
pub type Who = u8;
/// One of the signing accounts or a pallet account (an index into the harness's target list:
/// the signers, then the treasury, the credentials reward pot, the lending reward pot, the
/// stablecoin's account and the lending pallet's account).
pub type Target = u8;

/// Number of targets [`Target`] ranges over.
pub const TARGETS: u8 = 11;

/// An asset as the harness names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asset {
	/// AGR.
	Native,
	/// AGD, the stablecoin (pallet-assets id 1).
	Agd,
	/// The lend token of the AGR market (pallet-assets id 1000, frozen for transfers).
	LendAgr,
	/// An asset id nobody created.
	Unknown,
}

/// An amount: an edge value, a fixed size, or a share of a reference the action supplies
/// (the sender's balance, the vault's debt, the borrow's close-factor limit…).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
	/// 0.
	Zero,
	/// 1 (the smallest unit).
	One,
	/// The existential deposit of AGR.
	Ed,
	/// `u128::MAX`.
	Max,
	/// `i128::MAX` (the largest amount that converts to a signed vault delta).
	I128Max,
	/// This many percent (1–110) of the action's reference amount.
	Percent(u8),
	/// This many thousandths of a unit.
	Milli(u32),
	/// This many whole units.
	Units(u32),
	/// Any value.
	Raw(u128),
}

/// An index into a list that only exists at run time (courses, credentials, auctions,
/// referenda, models): `255` is the newest, `254` one past the end (nonexistent), anything
/// else is taken modulo the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick(pub u8);

impl Pick {
	/// The index this picks among `count` items.
	pub fn resolve(self, count: u64) -> u64 {
		match self.0 {
			_ if count == 0 => 0,
			255 => count - 1,
			254 => count,
			v => u64::from(v) % count,
		}
	}
}

/// How a price moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceMove {
	/// To this many percent of the current price.
	Percent(u16),
	/// Back to the start price (2 for AGR, 1 for other assets).
	Reset,
	/// To the smallest positive price.
	Tiny,
	/// To a billion.
	Huge,
	/// To zero (the oracle refuses it).
	Zero,
}

/// The origin of a privileged call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OriginSel {
	/// The origin the call is meant for (only for referendum proposals).
	Natural,
	/// Root.
	Root,
	/// The `parameters` track.
	Parameters,
	/// The `treasury` track.
	Treasury,
	/// The `referendum_canceller` track.
	Canceller,
	/// The `referendum_killer` track.
	Killer,
	/// A signed account.
	Signed(Who),
	/// No origin.
	Unsigned,
}

/// When a credential expires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiry {
	/// Never.
	Never,
	/// A second ago (refused).
	Past,
	/// In six seconds: the next block may see it expired.
	Soon,
	/// In thirty days.
	Later,
}

/// Skill levels of a credential or course, by skill id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skills {
	/// Up to eight of the ten first skills, levels derived from a seed (a retired or missing
	/// skill is refused).
	Valid(u8),
	/// A skill named twice (refused).
	WrongCount,
	/// A level above 100 (refused).
	TooHigh,
}

/// A conviction vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteKind {
	/// Aye or nay with a conviction (0–6).
	Standard { aye: bool, conviction: u8 },
	/// Split: this many percent aye, the rest nay.
	Split { aye_percent: u8 },
	/// Split three ways, a third each.
	SplitAbstain,
}

/// The order [`Action::VoteAll`] votes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
	/// Lowest referendum first.
	Ascending,
	/// Highest first.
	Descending,
	/// Even indices, then odd ones.
	Interleaved,
}

/// A referendum's proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proposal {
	/// `system.remark` (parameters track).
	Remark,
	/// A remark too long to inline: its preimage is noted (root track).
	LongRemark(u8),
	/// `oracle.setParams` with this minimum of feeders (parameters track).
	OracleMinFeeders(u8),
	/// `lending.setParams` switching the borrower-score boost (parameters track).
	LendingBoost(bool),
	/// `governance.spend` (treasury track).
	Spend(Target, Amount),
	/// `stablecoin.shutdown` (root track).
	Shutdown,
	/// `credentials.suspendIssuer` (parameters track).
	Suspend(Who),
	/// `referenda.cancel` (canceller track).
	Cancel(Pick),
	/// `referenda.kill` (killer track).
	Kill(Pick),
	/// `governance.setParams` with this vote locking period (root track).
	VoteLocking(u8),
}

/// When an approved referendum is enacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enactment {
	/// This many blocks after approval.
	After(u8),
	/// At this many blocks from now.
	At(u8),
}

/// Governance operations on the oracle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OracleOp {
	AddFeeder(Who),
	RemoveFeeder(Who),
	/// Staleness and history interval in minutes (0 is refused), the minimum of feeders, the
	/// delay of the delayed price in minutes (0: none).
	SetParams {
		staleness_minutes: u8,
		min_feeders: u8,
		history_minutes: u8,
		delay_minutes: u8,
	},
	ListAsset(Asset),
	UnlistAsset(Asset),
	/// `oracle.poke` by an account (not a governance call: `origin` is ignored).
	Poke(Who, Asset),
}

/// Governance operations on the credentials pallet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CredentialsOp {
	Accredit(Who),
	Suspend(Who),
	SetParams {
		schema_deposit: Amount,
		credential_deposit: Amount,
		max_reward: Amount,
		model: Option<Pick>,
	},
	/// Registers a skill building on two others (either may be unknown).
	RegisterSkill(u8, u8),
	/// Sets a skill's prerequisites (cycles are refused).
	SetPrerequisites(u8, u8, u8),
	/// Retires a skill.
	RetireSkill(u8),
	/// Sets the knowledge-tracing parameters (invalid ones are refused).
	SetMastery(u8),
}

/// Which features a model takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Features {
	/// The lending borrower score's five.
	Borrower,
	/// Three (the stablecoin risk model's, the governance models').
	Three,
	/// Four (the credentials course model's).
	Course,
	/// One.
	One,
}

/// Governance operations on the recommender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecommenderOp {
	Upload { features: Features, seed: u8 },
	Replace { id: Pick, seed: u8 },
	Retire { id: Pick },
}

/// Shorthand vault calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultOp {
	Deposit,
	Withdraw,
	Mint,
	Repay,
	Close,
	/// AGD into savings (`amount` of the signer's AGD).
	SavingsJoin,
	/// AGD out of savings (`amount` of what its savings are worth).
	SavingsExit,
	/// The test dollar swapped in (`amount` of the signer's).
	PsmIn,
	/// The test dollar swapped out (`amount` of the module's reserve).
	PsmOut,
	/// A flash mint (`amount` of the flash maximum) around a round trip through the module.
	FlashRepay,
	/// A flash mint that gives the AGD away: never repaid.
	FlashKeep,
}

/// Calls of the stablecoin's emergency shutdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettleOp {
	SettleVault(Who),
	SettleAuction(Pick),
	OpenRedemption,
	Redeem(Amount),
}

/// Governance operations on the stablecoin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StablecoinOp {
	Shutdown,
	/// A collateral type for `asset`, its parameters varied by `variant`.
	SetCollateral {
		asset: Asset,
		variant: u8,
	},
	/// The system parameters, varied by `variant`.
	SetParams {
		variant: u8,
	},
	/// Pays `amount` (of the surplus) of the surplus account's AGD to `to`.
	SpendSurplus {
		to: Who,
		amount: Amount,
	},
	/// The debt limit, savings rate and flash parameters, varied by `variant`.
	SetMoney {
		variant: u8,
	},
	/// A peg stability module listed or changed, varied by `variant`.
	SetPsm {
		variant: u8,
	},
}

/// Governance operations on the lending pallet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LendingOp {
	/// The market's parameters, varied by `variant`.
	SetMarket {
		asset: Asset,
		variant: u8,
	},
	ReduceReserves {
		asset: Asset,
		amount: Amount,
		to: Target,
	},
	SetParams {
		boost: bool,
		max_boost_percent: u8,
		safe_margin_percent: u8,
		model: Option<Pick>,
	},
	AddMarket {
		asset: Asset,
		lend_token: u8,
	},
}

/// Governance operations on the governance pallet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GovernanceOp {
	SetParams {
		locking: u8,
		timeout: u8,
		models: bool,
	},
	/// Track `track`'s parameters, varied by `variant`.
	SetTrack {
		track: u16,
		variant: u8,
	},
}

/// One step of a fuzz run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
	// --- time and prices
	/// Ends the block and runs `blocks` more (each `slots` × 6 s later), every one with its
	/// hooks and the invariants; with `refeed` the feeders feed their last values again in
	/// each new block.
	NextBlocks {
		blocks: u8,
		slots: u32,
		refeed: bool,
	},
	/// Every feeder feeds the moved price.
	FeedAll {
		asset: Asset,
		change: PriceMove,
	},
	/// One account feeds a price.
	Feed {
		feeder: Who,
		asset: Asset,
		change: PriceMove,
	},
	OracleGov {
		origin: OriginSel,
		op: OracleOp,
	},
	// --- balances and assets
	/// `mode`: 0 keep alive, 1 allow death, 2 transfer all keeping alive, 3 transfer all.
	Transfer {
		from: Who,
		to: Target,
		amount: Amount,
		mode: u8,
	},
	AssetTransfer {
		from: Who,
		to: Target,
		asset: Asset,
		amount: Amount,
	},
	// --- credentials
	RegisterSchema {
		who: Who,
		schema: u8,
	},
	PublishCourse {
		who: Who,
		schema: u8,
		asset: Asset,
		price: Amount,
		reward: Amount,
		capacity: u8,
		skills: Skills,
		requires: Skills,
	},
	CloseCourse {
		who: Who,
		course: Pick,
	},
	Enroll {
		who: Who,
		course: Pick,
	},
	CompleteCourse {
		who: Who,
		course: Pick,
		learner: Who,
		expiry: Expiry,
	},
	IssueCredential {
		who: Who,
		subject: Who,
		schema: u8,
		skills: Skills,
		expiry: Expiry,
	},
	RevokeCredential {
		who: Who,
		id: Pick,
		reason: u8,
	},
	SetVisibility {
		who: Who,
		id: Pick,
		hidden: bool,
	},
	RemoveCredential {
		who: Who,
		id: Pick,
	},
	AddDelegate {
		who: Who,
		delegate: Who,
	},
	RemoveDelegate {
		who: Who,
		delegate: Who,
	},
	FundRewards {
		who: Who,
		amount: Amount,
	},
	CredentialsGov {
		origin: OriginSel,
		op: CredentialsOp,
	},
	// --- recommender
	RecommenderGov {
		origin: OriginSel,
		op: RecommenderOp,
	},
	// --- stablecoin
	VaultAdjust {
		who: Who,
		asset: Asset,
		collateral: (bool, Amount),
		debt: (bool, Amount),
	},
	Vault {
		who: Who,
		asset: Asset,
		op: VaultOp,
		amount: Amount,
	},
	StableLiquidate {
		keeper: Who,
		owner: Who,
		asset: Asset,
	},
	/// `max_price`: percent of the auction's current price, `None` for no limit.
	StableTake {
		bidder: Who,
		auction: Pick,
		amount: Amount,
		max_price: Option<u8>,
	},
	StableRestart {
		who: Who,
		auction: Pick,
	},
	StableSettle {
		who: Who,
		op: SettleOp,
	},
	StableGov {
		origin: OriginSel,
		op: StablecoinOp,
	},
	// --- lending
	Supply {
		who: Who,
		asset: Asset,
		amount: Amount,
	},
	Redeem {
		who: Who,
		asset: Asset,
		amount: Amount,
	},
	Borrow {
		who: Who,
		asset: Asset,
		amount: Amount,
	},
	Repay {
		who: Who,
		asset: Asset,
		amount: Amount,
	},
	RepayOnBehalf {
		payer: Who,
		borrower: Who,
		asset: Asset,
		amount: Amount,
	},
	Collateral {
		who: Who,
		asset: Asset,
		enable: bool,
	},
	/// `lending.liquidate` of `borrower`'s `asset` debt (`amount` of what the close factor
	/// allows), seizing `collateral`. The liquidator is the signer `liquidator + 1` places after
	/// the borrower: the borrower itself only when that comes round to it.
	LendLiquidate {
		liquidator: Who,
		borrower: Who,
		asset: Asset,
		collateral: Asset,
		amount: Amount,
	},
	AddReserves {
		who: Who,
		asset: Asset,
		amount: Amount,
	},
	ClaimRewards {
		who: Who,
	},
	LendingGov {
		origin: OriginSel,
		op: LendingOp,
	},
	// --- governance (OpenGov)
	Submit {
		who: Who,
		proposal: Proposal,
		origin: OriginSel,
		enactment: Enactment,
		deposit: bool,
	},
	/// `count` referenda (remarks) on the five tracks in turn, each with its decision deposit
	/// if `deposit` (at most 120 per block, see `exec::SUBMIT_MANY_PER_BLOCK`).
	SubmitMany {
		who: Who,
		count: u8,
		deposit: bool,
	},
	PlaceDecisionDeposit {
		who: Who,
		index: Pick,
	},
	Vote {
		who: Who,
		index: Pick,
		vote: VoteKind,
		balance: Amount,
	},
	/// A vote on every ongoing referendum, in `order`.
	VoteAll {
		who: Who,
		aye: bool,
		conviction: u8,
		balance: Amount,
		order: Order,
	},
	Delegate {
		who: Who,
		class: u16,
		to: Who,
		conviction: u8,
		balance: Amount,
	},
	Undelegate {
		who: Who,
		class: u16,
	},
	RemoveVote {
		who: Who,
		class: Option<u16>,
		index: Pick,
	},
	RemoveOtherVote {
		who: Who,
		target: Who,
		class: u16,
		index: Pick,
	},
	Unlock {
		who: Who,
		class: u16,
		target: Who,
	},
	RefundDeposit {
		who: Who,
		index: Pick,
		decision: bool,
	},
	/// `referenda.kill` (or `cancel`) with `origin`.
	ReferendaGov {
		origin: OriginSel,
		kill: bool,
		index: Pick,
	},
	Spend {
		origin: OriginSel,
		to: Target,
		amount: Amount,
	},
	GovernanceGov {
		origin: OriginSel,
		op: GovernanceOp,
	},
	/// Notes (or unnotes) the preimage `[byte % 4; len]`.
	Preimage {
		who: Who,
		len: u8,
		byte: u8,
		unnote: bool,
	},
}

/// The name of each kind of action, in the order [`Action::decode`] numbers them.
pub const ACTION_NAMES: [&str; 52] = [
	"NextBlocks",
	"FeedAll",
	"Feed",
	"OracleGov",
	"Transfer",
	"AssetTransfer",
	"RegisterSchema",
	"PublishCourse",
	"CloseCourse",
	"Enroll",
	"CompleteCourse",
	"IssueCredential",
	"RevokeCredential",
	"SetVisibility",
	"RemoveCredential",
	"AddDelegate",
	"RemoveDelegate",
	"FundRewards",
	"CredentialsGov",
	"RecommenderGov",
	"VaultAdjust",
	"Vault",
	"StableLiquidate",
	"StableTake",
	"StableRestart",
	"StableSettle",
	"StableGov",
	"Supply",
	"Redeem",
	"Borrow",
	"Repay",
	"RepayOnBehalf",
	"Collateral",
	"LendLiquidate",
	"AddReserves",
	"ClaimRewards",
	"LendingGov",
	"Submit",
	"SubmitMany",
	"PlaceDecisionDeposit",
	"Vote",
	"VoteAll",
	"Delegate",
	"Undelegate",
	"RemoveVote",
	"RemoveOtherVote",
	"Unlock",
	"RefundDeposit",
	"ReferendaGov",
	"Spend",
	"GovernanceGov",
	"Preimage",
];

/// How many kinds of action there are.
pub const ACTION_KINDS: usize = ACTION_NAMES.len();

fn who(u: &mut Unstructured) -> Result<Who> {
	u.int_in_range(0..=5)
}

fn target(u: &mut Unstructured) -> Result<Target> {
	u.int_in_range(0..=TARGETS - 1)
}

fn asset(u: &mut Unstructured) -> Result<Asset> {
	Ok(match u.int_in_range(0..=9u8)? {
		0..=3 => Asset::Native,
		4..=7 => Asset::Agd,
		8 => Asset::LendAgr,
		_ => Asset::Unknown,
	})
}

fn pick(u: &mut Unstructured) -> Result<Pick> {
	Ok(Pick(u.arbitrary()?))
}

fn amount(u: &mut Unstructured) -> Result<Amount> {
	Ok(match u.int_in_range(0..=11u8)? {
		0 => Amount::Zero,
		1 => Amount::One,
		2 => Amount::Ed,
		3 => Amount::Max,
		4 => Amount::I128Max,
		5..=7 => Amount::Percent(u.int_in_range(1..=110)?),
		8 => Amount::Milli(u.arbitrary()?),
		9 | 10 => Amount::Units(u.int_in_range(1..=2_000_000)?),
		_ => Amount::Raw(u.arbitrary()?),
	})
}

fn signed_amount(u: &mut Unstructured) -> Result<(bool, Amount)> {
	Ok((u.arbitrary()?, amount(u)?))
}

fn price_move(u: &mut Unstructured) -> Result<PriceMove> {
	const PERCENTS: [u16; 14] = [50, 70, 80, 90, 95, 98, 99, 101, 102, 105, 110, 120, 150, 200];
	Ok(match u.int_in_range(0..=19u8)? {
		0..=13 => PriceMove::Percent(PERCENTS[usize::from(u.int_in_range(0..=13u8)?)]),
		14 | 15 => PriceMove::Percent(u.int_in_range(1..=1_000)?),
		16 => PriceMove::Reset,
		17 => PriceMove::Tiny,
		18 => PriceMove::Huge,
		_ => PriceMove::Zero,
	})
}

/// The origin of a governance call: mostly Root, sometimes a track or an account.
fn gov_origin(u: &mut Unstructured) -> Result<OriginSel> {
	Ok(match u.int_in_range(0..=9u8)? {
		0..=5 => OriginSel::Root,
		6 => OriginSel::Parameters,
		7 => OriginSel::Treasury,
		8 => OriginSel::Signed(who(u)?),
		_ => OriginSel::Unsigned,
	})
}

/// The origin of a referendum proposal: mostly the natural one.
fn proposal_origin(u: &mut Unstructured) -> Result<OriginSel> {
	Ok(match u.int_in_range(0..=15u8)? {
		0..=8 => OriginSel::Natural,
		9 => OriginSel::Root,
		10 => OriginSel::Parameters,
		11 => OriginSel::Treasury,
		12 => OriginSel::Canceller,
		13 => OriginSel::Killer,
		14 => OriginSel::Signed(who(u)?),
		_ => OriginSel::Unsigned,
	})
}

fn expiry(u: &mut Unstructured) -> Result<Expiry> {
	Ok(match u.int_in_range(0..=5u8)? {
		0..=2 => Expiry::Never,
		3 => Expiry::Past,
		4 => Expiry::Soon,
		_ => Expiry::Later,
	})
}

fn skills(u: &mut Unstructured) -> Result<Skills> {
	Ok(match u.int_in_range(0..=7u8)? {
		0..=5 => Skills::Valid(u.arbitrary()?),
		6 => Skills::WrongCount,
		_ => Skills::TooHigh,
	})
}

fn schema(u: &mut Unstructured) -> Result<u8> {
	u.int_in_range(0..=3)
}

/// A voting class: mostly one of the five tracks, sometimes none.
fn class(u: &mut Unstructured) -> Result<u16> {
	Ok(match u.int_in_range(0..=7u8)? {
		c @ 0..=4 => u16::from(c),
		5 | 6 => 1,
		_ => 9,
	})
}

fn conviction(u: &mut Unstructured) -> Result<u8> {
	u.int_in_range(0..=6)
}

fn proposal(u: &mut Unstructured) -> Result<Proposal> {
	Ok(match u.int_in_range(0..=12u8)? {
		0..=2 => Proposal::Remark,
		3 => Proposal::LongRemark(u.arbitrary()?),
		4 => Proposal::OracleMinFeeders(u.int_in_range(0..=4)?),
		5 => Proposal::LendingBoost(u.arbitrary()?),
		6 => Proposal::Spend(target(u)?, amount(u)?),
		7 => Proposal::Shutdown,
		8 => Proposal::Suspend(who(u)?),
		9 => Proposal::Cancel(pick(u)?),
		10 => Proposal::Kill(pick(u)?),
		_ => Proposal::VoteLocking(u.int_in_range(0..=20)?),
	})
}

impl Action {
	/// The name of this kind of action (an entry of [`ACTION_NAMES`]).
	pub fn name(&self) -> &'static str {
		ACTION_NAMES[self.kind()]
	}

	/// The number of this kind of action (its index in [`ACTION_NAMES`]).
	pub fn kind(&self) -> usize {
		use Action::*;
		match self {
			NextBlocks { .. } => 0,
			FeedAll { .. } => 1,
			Feed { .. } => 2,
			OracleGov { .. } => 3,
			Transfer { .. } => 4,
			AssetTransfer { .. } => 5,
			RegisterSchema { .. } => 6,
			PublishCourse { .. } => 7,
			CloseCourse { .. } => 8,
			Enroll { .. } => 9,
			CompleteCourse { .. } => 10,
			IssueCredential { .. } => 11,
			RevokeCredential { .. } => 12,
			SetVisibility { .. } => 13,
			RemoveCredential { .. } => 14,
			AddDelegate { .. } => 15,
			RemoveDelegate { .. } => 16,
			FundRewards { .. } => 17,
			CredentialsGov { .. } => 18,
			RecommenderGov { .. } => 19,
			VaultAdjust { .. } => 20,
			Vault { .. } => 21,
			StableLiquidate { .. } => 22,
			StableTake { .. } => 23,
			StableRestart { .. } => 24,
			StableSettle { .. } => 25,
			StableGov { .. } => 26,
			Supply { .. } => 27,
			Redeem { .. } => 28,
			Borrow { .. } => 29,
			Repay { .. } => 30,
			RepayOnBehalf { .. } => 31,
			Collateral { .. } => 32,
			LendLiquidate { .. } => 33,
			AddReserves { .. } => 34,
			ClaimRewards { .. } => 35,
			LendingGov { .. } => 36,
			Submit { .. } => 37,
			SubmitMany { .. } => 38,
			PlaceDecisionDeposit { .. } => 39,
			Vote { .. } => 40,
			VoteAll { .. } => 41,
			Delegate { .. } => 42,
			Undelegate { .. } => 43,
			RemoveVote { .. } => 44,
			RemoveOtherVote { .. } => 45,
			Unlock { .. } => 46,
			RefundDeposit { .. } => 47,
			ReferendaGov { .. } => 48,
			Spend { .. } => 49,
			GovernanceGov { .. } => 50,
			Preimage { .. } => 51,
		}
	}

	/// Decodes one action: a byte chooses its kind (modulo [`ACTION_KINDS`]), the following
	/// bytes its parameters. Never fails on short input (missing bytes read as zeros), so every
	/// input decodes to actions until it is used up.
	pub fn decode(u: &mut Unstructured) -> Result<Action> {
		use Action::*;
		Ok(match u.choose_index(ACTION_KINDS)? {
			0 => NextBlocks {
				blocks: u.int_in_range(1..=4)?,
				slots: *u.choose(&[1, 1, 1, 2, 5, 10, 100, 300, 599, 600, 601, 14_400])?,
				refeed: u.ratio(2u8, 3)?,
			},
			1 => FeedAll { asset: asset(u)?, change: price_move(u)? },
			2 => Feed { feeder: who(u)?, asset: asset(u)?, change: price_move(u)? },
			3 => OracleGov {
				origin: gov_origin(u)?,
				op: match u.int_in_range(0..=7u8)? {
					0 => OracleOp::AddFeeder(who(u)?),
					1 => OracleOp::RemoveFeeder(who(u)?),
					2 => OracleOp::SetParams {
						staleness_minutes: u.int_in_range(0..=120)?,
						min_feeders: u.int_in_range(0..=5)?,
						history_minutes: u.int_in_range(0..=120)?,
						delay_minutes: *u.choose(&[0, 0, 1, 10, 60, 61])?,
					},
					3 => OracleOp::ListAsset(asset(u)?),
					4 => OracleOp::UnlistAsset(asset(u)?),
					_ => OracleOp::Poke(who(u)?, asset(u)?),
				},
			},
			4 => Transfer {
				from: who(u)?,
				to: target(u)?,
				amount: amount(u)?,
				mode: *u.choose(&[0, 0, 0, 0, 1, 1, 2, 3])?,
			},
			5 => AssetTransfer {
				from: who(u)?,
				to: target(u)?,
				asset: asset(u)?,
				amount: amount(u)?,
			},
			6 => RegisterSchema { who: who(u)?, schema: schema(u)? },
			7 => PublishCourse {
				who: who(u)?,
				schema: schema(u)?,
				asset: asset(u)?,
				price: amount(u)?,
				reward: amount(u)?,
				capacity: u.int_in_range(0..=5)?,
				skills: skills(u)?,
				requires: skills(u)?,
			},
			8 => CloseCourse { who: who(u)?, course: pick(u)? },
			9 => Enroll { who: who(u)?, course: pick(u)? },
			10 => CompleteCourse {
				who: who(u)?,
				course: pick(u)?,
				learner: who(u)?,
				expiry: expiry(u)?,
			},
			11 => IssueCredential {
				who: who(u)?,
				subject: who(u)?,
				schema: schema(u)?,
				skills: skills(u)?,
				expiry: expiry(u)?,
			},
			12 => RevokeCredential { who: who(u)?, id: pick(u)?, reason: u.arbitrary()? },
			13 => SetVisibility { who: who(u)?, id: pick(u)?, hidden: u.arbitrary()? },
			14 => RemoveCredential { who: who(u)?, id: pick(u)? },
			15 => AddDelegate { who: who(u)?, delegate: who(u)? },
			16 => RemoveDelegate { who: who(u)?, delegate: who(u)? },
			17 => FundRewards { who: who(u)?, amount: amount(u)? },
			18 => CredentialsGov {
				origin: gov_origin(u)?,
				op: match u.int_in_range(0..=7u8)? {
					0 | 1 => CredentialsOp::Accredit(who(u)?),
					2 => CredentialsOp::Suspend(who(u)?),
					4 => CredentialsOp::RegisterSkill(
						u.int_in_range(0..=12)?,
						u.int_in_range(0..=12)?,
					),
					5 => CredentialsOp::SetPrerequisites(
						u.int_in_range(0..=12)?,
						u.int_in_range(0..=12)?,
						u.int_in_range(0..=12)?,
					),
					6 => CredentialsOp::RetireSkill(u.int_in_range(0..=12)?),
					7 => CredentialsOp::SetMastery(u.arbitrary()?),
					_ => CredentialsOp::SetParams {
						schema_deposit: amount(u)?,
						credential_deposit: amount(u)?,
						max_reward: amount(u)?,
						model: if u.arbitrary()? { Some(pick(u)?) } else { None },
					},
				},
			},
			19 => RecommenderGov {
				origin: gov_origin(u)?,
				op: match u.int_in_range(0..=2u8)? {
					0 => RecommenderOp::Upload {
						features: *u.choose(&[
							Features::Borrower,
							Features::Three,
							Features::Course,
							Features::One,
						])?,
						seed: u.arbitrary()?,
					},
					1 => RecommenderOp::Replace { id: pick(u)?, seed: u.arbitrary()? },
					_ => RecommenderOp::Retire { id: pick(u)? },
				},
			},
			20 => VaultAdjust {
				who: who(u)?,
				asset: asset(u)?,
				collateral: signed_amount(u)?,
				debt: signed_amount(u)?,
			},
			21 => Vault {
				who: who(u)?,
				asset: asset(u)?,
				op: *u.choose(&[
					VaultOp::Deposit,
					VaultOp::Withdraw,
					VaultOp::Mint,
					VaultOp::Repay,
					VaultOp::Close,
					VaultOp::SavingsJoin,
					VaultOp::SavingsExit,
					VaultOp::PsmIn,
					VaultOp::PsmOut,
					VaultOp::FlashRepay,
					VaultOp::FlashKeep,
				])?,
				amount: amount(u)?,
			},
			22 => StableLiquidate { keeper: who(u)?, owner: who(u)?, asset: asset(u)? },
			23 => StableTake {
				bidder: who(u)?,
				auction: pick(u)?,
				amount: amount(u)?,
				max_price: if u.ratio(1u8, 4)? { None } else { Some(u.int_in_range(50..=150)?) },
			},
			24 => StableRestart { who: who(u)?, auction: pick(u)? },
			25 => StableSettle {
				who: who(u)?,
				op: match u.int_in_range(0..=3u8)? {
					0 => SettleOp::SettleVault(who(u)?),
					1 => SettleOp::SettleAuction(pick(u)?),
					2 => SettleOp::OpenRedemption,
					_ => SettleOp::Redeem(amount(u)?),
				},
			},
			26 => StableGov {
				origin: gov_origin(u)?,
				op: match u.int_in_range(0..=19u8)? {
					0 => StablecoinOp::Shutdown,
					1..=8 => {
						StablecoinOp::SetCollateral { asset: asset(u)?, variant: u.arbitrary()? }
					},
					9..=12 => StablecoinOp::SetParams { variant: u.arbitrary()? },
					13..=15 => StablecoinOp::SpendSurplus { to: who(u)?, amount: amount(u)? },
					16..=17 => StablecoinOp::SetMoney { variant: u.arbitrary()? },
					_ => StablecoinOp::SetPsm { variant: u.arbitrary()? },
				},
			},
			27 => Supply { who: who(u)?, asset: asset(u)?, amount: amount(u)? },
			28 => Redeem { who: who(u)?, asset: asset(u)?, amount: amount(u)? },
			29 => Borrow { who: who(u)?, asset: asset(u)?, amount: amount(u)? },
			30 => Repay { who: who(u)?, asset: asset(u)?, amount: amount(u)? },
			31 => RepayOnBehalf {
				payer: who(u)?,
				borrower: who(u)?,
				asset: asset(u)?,
				amount: amount(u)?,
			},
			32 => Collateral { who: who(u)?, asset: asset(u)?, enable: u.ratio(2u8, 3)? },
			33 => LendLiquidate {
				liquidator: who(u)?,
				borrower: who(u)?,
				asset: asset(u)?,
				collateral: asset(u)?,
				amount: amount(u)?,
			},
			34 => AddReserves { who: who(u)?, asset: asset(u)?, amount: amount(u)? },
			35 => ClaimRewards { who: who(u)? },
			36 => LendingGov {
				origin: gov_origin(u)?,
				op: match u.int_in_range(0..=5u8)? {
					0..=2 => LendingOp::SetMarket { asset: asset(u)?, variant: u.arbitrary()? },
					3 => LendingOp::ReduceReserves {
						asset: asset(u)?,
						amount: amount(u)?,
						to: target(u)?,
					},
					4 => LendingOp::SetParams {
						boost: u.arbitrary()?,
						max_boost_percent: u.int_in_range(0..=15)?,
						safe_margin_percent: u.int_in_range(0..=100)?,
						model: if u.ratio(3u8, 4)? { Some(pick(u)?) } else { None },
					},
					_ => LendingOp::AddMarket { asset: asset(u)?, lend_token: u.arbitrary()? },
				},
			},
			37 => Submit {
				who: who(u)?,
				proposal: proposal(u)?,
				origin: proposal_origin(u)?,
				enactment: if u.ratio(3u8, 4)? {
					Enactment::After(u.int_in_range(0..=3)?)
				} else {
					Enactment::At(u.int_in_range(0..=30)?)
				},
				deposit: u.ratio(3u8, 4)?,
			},
			38 => SubmitMany {
				who: who(u)?,
				count: *u.choose(&[1, 2, 3, 5, 10, 20, 40])?,
				deposit: u.arbitrary()?,
			},
			39 => PlaceDecisionDeposit { who: who(u)?, index: pick(u)? },
			40 => Vote {
				who: who(u)?,
				index: pick(u)?,
				vote: match u.int_in_range(0..=7u8)? {
					0..=5 => VoteKind::Standard { aye: u.arbitrary()?, conviction: conviction(u)? },
					6 => VoteKind::Split { aye_percent: u.int_in_range(0..=100)? },
					_ => VoteKind::SplitAbstain,
				},
				balance: amount(u)?,
			},
			41 => VoteAll {
				who: who(u)?,
				aye: u.arbitrary()?,
				conviction: conviction(u)?,
				balance: amount(u)?,
				order: *u.choose(&[Order::Ascending, Order::Descending, Order::Interleaved])?,
			},
			42 => Delegate {
				who: who(u)?,
				class: class(u)?,
				to: who(u)?,
				conviction: conviction(u)?,
				balance: amount(u)?,
			},
			43 => Undelegate { who: who(u)?, class: class(u)? },
			44 => RemoveVote {
				who: who(u)?,
				class: if u.ratio(3u8, 4)? { Some(class(u)?) } else { None },
				index: pick(u)?,
			},
			45 => {
				RemoveOtherVote { who: who(u)?, target: who(u)?, class: class(u)?, index: pick(u)? }
			},
			46 => Unlock { who: who(u)?, class: class(u)?, target: who(u)? },
			47 => RefundDeposit { who: who(u)?, index: pick(u)?, decision: u.arbitrary()? },
			48 => ReferendaGov {
				origin: match u.int_in_range(0..=5u8)? {
					0 | 1 => OriginSel::Root,
					2 => OriginSel::Canceller,
					3 => OriginSel::Killer,
					4 => OriginSel::Parameters,
					_ => OriginSel::Signed(who(u)?),
				},
				kill: u.arbitrary()?,
				index: pick(u)?,
			},
			49 => Spend {
				origin: match u.int_in_range(0..=4u8)? {
					0 | 1 => OriginSel::Root,
					2 | 3 => OriginSel::Treasury,
					_ => OriginSel::Signed(who(u)?),
				},
				to: target(u)?,
				amount: amount(u)?,
			},
			50 => GovernanceGov {
				origin: gov_origin(u)?,
				op: if u.arbitrary()? {
					GovernanceOp::SetParams {
						locking: u.int_in_range(0..=10)?,
						timeout: u.int_in_range(0..=200)?,
						models: u.arbitrary()?,
					}
				} else {
					GovernanceOp::SetTrack {
						track: *u.choose(&[0, 1, 1, 2, 3, 4, 7])?,
						variant: u.arbitrary()?,
					}
				},
			},
			_ => Preimage {
				who: who(u)?,
				len: u.arbitrary()?,
				byte: u.arbitrary()?,
				unnote: u.arbitrary()?,
			},
		})
	}
}

impl Amount {
	/// The amount this is, for an action whose reference amount is `reference`.
	pub fn resolve(self, reference: u128) -> u128 {
		use agora_primitives::currency::{EXISTENTIAL_DEPOSIT, MILLI_UNITS, UNITS};
		match self {
			Amount::Zero => 0,
			Amount::One => 1,
			Amount::Ed => EXISTENTIAL_DEPOSIT,
			Amount::Max => u128::MAX,
			Amount::I128Max => i128::MAX as u128,
			Amount::Percent(p) => {
				let p = u128::from(p);
				(reference / 100).saturating_mul(p).saturating_add(reference % 100 * p / 100)
			},
			Amount::Milli(m) => u128::from(m).saturating_mul(MILLI_UNITS),
			Amount::Units(n) => u128::from(n).saturating_mul(UNITS),
			Amount::Raw(r) => r,
		}
	}

	/// The signed amount `(negative, self)` is: `Max` is `i128::MIN` or `i128::MAX`, other
	/// amounts saturate at `i128::MAX`.
	pub fn resolve_signed(self, negative: bool, reference: u128) -> i128 {
		if self == Amount::Max {
			return if negative { i128::MIN } else { i128::MAX };
		}
		let v = i128::try_from(self.resolve(reference)).unwrap_or(i128::MAX);
		if negative {
			-v
		} else {
			v
		}
	}
}
