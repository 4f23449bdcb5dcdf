//! Governance: polkadot-sdk's OpenGov pallets (preimage, scheduler, referenda, conviction
//! voting) with Agora's tracks, origins, treasury and voting histories (`pallet-governance`).
//!
//! A referendum approved on a track is enacted through the scheduler with the track's origin:
//! `root` dispatches as Root; `parameters`, `treasury`, `referendum_canceller` and
//! `referendum_killer` as [`pallet_governance::Origin`]. The domain pallets accept "Root or the
//! `parameters` track" as their governance origin ([`GovernanceOrigin`]).

use crate::{
	configs::RuntimeBlockWeights, AccountId, Balance, Balances, BlockNumber, OriginCaller,
	Preimage, Referenda, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin,
	Scheduler, System, UNITS,
};
use agora_primitives::governance::ROOT;
use alloc::borrow::Cow;
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration,
		schedule::{
			v3::{Anon, Named, TaskName},
			DispatchTime, Period, Priority,
		},
		AsEnsureOriginWithArg, Bounded, ConstU32, Currency, EitherOf, EqualPrivilegeOnly, Get,
		LinearStoragePrice, OnUnbalanced,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::{DispatchError, Perbill};

/// The governance origin of the credentials, recommender, stablecoin and lending pallets'
/// parameter calls: Root (a `root` referendum, or the sudo key on a development chain) or a
/// referendum approved on the `parameters` track.
pub type GovernanceOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureParameters>;

/// The origin of the calls an attacker would most like to pass: every oracle call (feeders,
/// listings, `min_feeders`, delays), issuer accreditation and suspension, trusted schemas,
/// reversed revocations, a stablecoin shutdown and its final prices, peg stability module
/// listings. Root or the `admin` track
/// (a support floor, a day before enactment on a network).
pub type AdminOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureAdmin>;

/// The origin of every payout of a pallet's funds: the governance treasury's spends, the
/// stablecoin's surplus, the lending reserves, the credentials reward pot's grants. Root or the
/// `treasury` track (a day before enactment on a network).
pub type SpendOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureTreasury>;

parameter_types! {
	/// Storing a preimage holds this much...
	pub const PreimageBaseDeposit: Balance = UNITS;
	/// ...plus this much per byte.
	pub const PreimageByteDeposit: Balance = UNITS / 1_000;
	/// The hold reason of preimage deposits.
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// The scheduler may use 80 % of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	/// Submitting a referendum holds this much until it ends (refunded unless it is killed).
	pub const SubmissionDeposit: Balance = 10 * UNITS;
	/// The governance treasury's account id (the `treasury` track pays from it).
	pub const TreasuryId: frame_support::PalletId = frame_support::PalletId(*b"agr/trsy");
	/// The treasury's account: killed referenda's deposits go there.
	pub TreasuryAccount: AccountId = pallet_governance::Pallet::<Runtime>::treasury_account();
	/// Tasks the scheduler keeps for one block (its agenda's bound).
	pub const MaxScheduledPerBlock: u32 = 50;
}

/// Slots of every block's agenda that referendum alarms leave free: enactments of approved
/// referenda (and anything else scheduled by name) can always use them. See [`AlarmScheduler`].
pub const ENACTMENT_RESERVE: u32 = 10;

/// How many blocks past its due block [`AlarmScheduler`] looks for a block with room.
pub const MAX_ALARM_SLIDE: BlockNumber = 16;

// Alarms must have room in a block beside the enactments' reserve, and may slide.
const _: () = assert!(ENACTMENT_RESERVE < MaxScheduledPerBlock::get() && MAX_ALARM_SLIDE > 0);

/// How long a conviction of 1× locks a vote; each step of conviction doubles it. Set by
/// governance (`governance.setParams`), short on the development chain.
pub struct VoteLockingPeriod;
impl Get<BlockNumber> for VoteLockingPeriod {
	fn get() -> BlockNumber {
		pallet_governance::Pallet::<Runtime>::vote_locking_period()
	}
}

/// How long a referendum may wait for its decision deposit before it times out. Set by
/// governance.
pub struct UndecidingTimeout;
impl Get<BlockNumber> for UndecidingTimeout {
	fn get() -> BlockNumber {
		pallet_governance::Parameters::<Runtime>::get().undeciding_timeout
	}
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = MaxScheduledPerBlock;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// The scheduler as `pallet-referenda` uses it: `pallet-scheduler`, except that a task due in a
/// block whose agenda is full goes to the first of the next [`MAX_ALARM_SLIDE`] blocks with room.
///
/// `pallet-referenda` moves every referendum with one scheduler task (its alarm, a call to
/// `nudge_referendum`, priority 128, scheduled anonymously) and enacts an approved proposal
/// with a named task. The scheduler holds at most [`MaxScheduledPerBlock`] tasks per block and
/// refuses more with `Exhausted`; `pallet-referenda` ignores that refusal (a `debug_assert`
/// only), so without this adapter a referendum whose alarm fell in a full block was never
/// serviced again (no timeout, deposits held, a deciding referendum never concluded), and an
/// approved proposal whose enactment block was full was never enacted. Alarms are due at
/// `now + 1` after every vote and at `submitted + undeciding_timeout` after a submission, so
/// ordinary traffic (one account voting on 60 referenda in a batch) fills a block.
///
/// Here a late alarm means the referendum is serviced a few blocks later, exactly as when the
/// scheduler runs out of block weight. Alarms leave [`ENACTMENT_RESERVE`] slots of every block
/// to named tasks, so filling blocks with referenda (each holding the submission deposit) cannot
/// delay an enactment: enactments compete only with each other. What remains is an economic
/// bound: more than `(MAX_ALARM_SLIDE + 1) × (MaxScheduledPerBlock − ENACTMENT_RESERVE)` (680)
/// referenda with alarms due in the same 17 blocks leave the next one without an alarm until
/// any vote or its decision deposit sets a new one; the governance pallet's `try_state`
/// reports such a referendum ([`OpenGovChecks`]).
pub struct AlarmScheduler;

/// Reads of one block's agenda by [`AlarmScheduler::has_room`] at most: its length, then (full
/// of cancelled holes) the whole agenda.
pub const AGENDA_READS_PER_BLOCK: u64 = 2;

/// Agenda reads of one alarm placement at most: every block it may slide over.
pub const ALARM_SCAN_READS: u64 = AGENDA_READS_PER_BLOCK * (MAX_ALARM_SLIDE as u64 + 1);

#[cfg(feature = "std")]
std::thread_local! {
	/// Agenda reads by [`AlarmScheduler::has_room`] on this thread (native tests count them
	/// against [`ALARM_SCAN_READS`]).
	pub static AGENDA_READS: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

fn count_agenda_read() {
	#[cfg(feature = "std")]
	AGENDA_READS.with(|c| c.set(c.get().saturating_add(1)));
}

/// The worst case of placing one alarm ([`AlarmScheduler`]): [`ALARM_SCAN_READS`] reads of
/// full agendas and the decoding of each (the per-task part of the scheduler's benchmarked
/// `schedule`, which decodes and re-encodes an agenda), each agenda's proof size. Pallet
/// referenda's and conviction voting's benchmarks place alarms in empty agendas: the runtime
/// adds this to every call of theirs that may place one ([`ReferendaWeights`],
/// [`ConvictionVotingWeights`]).
pub fn alarm_scan_weight() -> Weight {
	use pallet_scheduler::WeightInfo as _;
	type W = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	let empty = W::schedule(0);
	let decode = W::schedule(MaxScheduledPerBlock::get()).saturating_sub(empty);
	let per_agenda = Weight::from_parts(decode.ref_time(), empty.proof_size());
	per_agenda
		.saturating_mul(MAX_ALARM_SLIDE as u64 + 1)
		.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(ALARM_SCAN_READS))
}

/// Pallet referenda's benchmarked weights, plus [`alarm_scan_weight`] for every call that may
/// place an alarm.
pub struct ReferendaWeights;

macro_rules! with_alarm {
	($($f:ident),* $(,)?) => {
		$(fn $f() -> Weight {
			crate::weights::pallet_referenda::WeightInfo::<Runtime>::$f()
				.saturating_add(alarm_scan_weight())
		})*
	};
}
macro_rules! without_alarm {
	($($f:ident),* $(,)?) => {
		$(fn $f() -> Weight {
			crate::weights::pallet_referenda::WeightInfo::<Runtime>::$f()
		})*
	};
}

impl pallet_referenda::WeightInfo for ReferendaWeights {
	with_alarm!(
		submit,
		place_decision_deposit_preparing,
		place_decision_deposit_queued,
		place_decision_deposit_not_queued,
		place_decision_deposit_passing,
		place_decision_deposit_failing,
		one_fewer_deciding_queue_empty,
		one_fewer_deciding_failing,
		one_fewer_deciding_passing,
		nudge_referendum_requeued_insertion,
		nudge_referendum_requeued_slide,
		nudge_referendum_queued,
		nudge_referendum_not_queued,
		nudge_referendum_no_deposit,
		nudge_referendum_preparing,
		nudge_referendum_timed_out,
		nudge_referendum_begin_deciding_failing,
		nudge_referendum_begin_deciding_passing,
		nudge_referendum_begin_confirming,
		nudge_referendum_end_confirming,
		nudge_referendum_continue_not_confirming,
		nudge_referendum_continue_confirming,
		nudge_referendum_approved,
		nudge_referendum_rejected,
	);
	without_alarm!(
		refund_decision_deposit,
		refund_submission_deposit,
		cancel,
		kill,
		set_some_metadata,
		clear_metadata,
	);
}

/// Conviction voting's benchmarked weights, plus [`alarm_scan_weight`] for each referendum a
/// call touches (a vote moves the referendum's alarm to the next block).
pub struct ConvictionVotingWeights;

impl pallet_conviction_voting::WeightInfo for ConvictionVotingWeights {
	fn vote_new() -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::vote_new()
			.saturating_add(alarm_scan_weight())
	}
	fn vote_existing() -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::vote_existing()
			.saturating_add(alarm_scan_weight())
	}
	fn remove_vote() -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::remove_vote()
			.saturating_add(alarm_scan_weight())
	}
	fn remove_other_vote() -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::remove_other_vote()
			.saturating_add(alarm_scan_weight())
	}
	fn delegate(r: u32) -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::delegate(r)
			.saturating_add(alarm_scan_weight().saturating_mul(r.into()))
	}
	fn undelegate(r: u32) -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::undelegate(r)
			.saturating_add(alarm_scan_weight().saturating_mul(r.into()))
	}
	fn unlock() -> Weight {
		crate::weights::pallet_conviction_voting::WeightInfo::<Runtime>::unlock()
	}
}

/// A task's address in the scheduler's agenda: (block, index).
pub type TaskAddress = pallet_scheduler::TaskAddress<BlockNumber>;
type BoundedCall = Bounded<RuntimeCall, <Runtime as frame_system::Config>::Hashing>;

impl AlarmScheduler {
	/// Whether block `when`'s agenda takes one more task and still leaves `reserve` slots.
	/// Reads the agenda at most twice ([`AGENDA_READS_PER_BLOCK`]).
	pub fn has_room(when: BlockNumber, reserve: u32) -> bool {
		let limit = MaxScheduledPerBlock::get().saturating_sub(reserve) as usize;
		count_agenda_read();
		match pallet_scheduler::Agenda::<Runtime>::decode_len(when) {
			None => limit > 0,
			Some(len) if len < limit => true,
			// Cancelled tasks leave holes the scheduler reuses: count the live ones.
			Some(_) => {
				count_agenda_read();
				pallet_scheduler::Agenda::<Runtime>::get(when).iter().flatten().count() < limit
			},
		}
	}

	/// Schedules with `schedule` in the first block from `when` on (at most [`MAX_ALARM_SLIDE`]
	/// blocks late) that has room for one more task besides `reserve` free slots.
	fn place(
		when: DispatchTime<BlockNumber>,
		reserve: u32,
		mut schedule: impl FnMut(DispatchTime<BlockNumber>) -> Result<TaskAddress, DispatchError>,
	) -> Result<TaskAddress, DispatchError> {
		// `pallet-scheduler`'s reading of a relative time: after this block's agenda ran.
		let first = match when {
			DispatchTime::At(n) => n,
			DispatchTime::After(n) => System::block_number().saturating_add(n).saturating_add(1),
		};
		for late in 0..=MAX_ALARM_SLIDE {
			let at = first.saturating_add(late);
			if Self::has_room(at, reserve) {
				return schedule(DispatchTime::At(at));
			}
		}
		Err(DispatchError::Exhausted)
	}
}

impl Anon<BlockNumber, RuntimeCall, OriginCaller> for AlarmScheduler {
	type Address = TaskAddress;
	type Hasher = <Runtime as frame_system::Config>::Hashing;

	fn schedule(
		when: DispatchTime<BlockNumber>,
		maybe_periodic: Option<Period<BlockNumber>>,
		priority: Priority,
		origin: OriginCaller,
		call: BoundedCall,
	) -> Result<TaskAddress, DispatchError> {
		Self::place(when, ENACTMENT_RESERVE, |at| {
			<Scheduler as Anon<_, _, _>>::schedule(
				at,
				maybe_periodic,
				priority,
				origin.clone(),
				call.clone(),
			)
		})
	}

	fn cancel(address: TaskAddress) -> Result<(), DispatchError> {
		<Scheduler as Anon<_, _, _>>::cancel(address)
	}

	fn reschedule(
		address: TaskAddress,
		when: DispatchTime<BlockNumber>,
	) -> Result<TaskAddress, DispatchError> {
		<Scheduler as Anon<_, _, _>>::reschedule(address, when)
	}

	fn next_dispatch_time(address: TaskAddress) -> Result<BlockNumber, DispatchError> {
		<Scheduler as Anon<_, _, _>>::next_dispatch_time(address)
	}
}

impl Named<BlockNumber, RuntimeCall, OriginCaller> for AlarmScheduler {
	type Address = TaskAddress;
	type Hasher = <Runtime as frame_system::Config>::Hashing;

	fn schedule_named(
		id: TaskName,
		when: DispatchTime<BlockNumber>,
		maybe_periodic: Option<Period<BlockNumber>>,
		priority: Priority,
		origin: OriginCaller,
		call: BoundedCall,
	) -> Result<TaskAddress, DispatchError> {
		Self::place(when, 0, |at| {
			<Scheduler as Named<_, _, _>>::schedule_named(
				id,
				at,
				maybe_periodic,
				priority,
				origin.clone(),
				call.clone(),
			)
		})
	}

	fn cancel_named(id: TaskName) -> Result<(), DispatchError> {
		<Scheduler as Named<_, _, _>>::cancel_named(id)
	}

	fn reschedule_named(
		id: TaskName,
		when: DispatchTime<BlockNumber>,
	) -> Result<TaskAddress, DispatchError> {
		<Scheduler as Named<_, _, _>>::reschedule_named(id, when)
	}

	fn next_dispatch_time(id: TaskName) -> Result<BlockNumber, DispatchError> {
		<Scheduler as Named<_, _, _>>::next_dispatch_time(id)
	}
}

/// The tracks of [`agora_primitives::governance::TRACKS`], with the parameters governance set
/// in `pallet-governance`'s storage.
pub struct Tracks;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for Tracks {
	type Id = agora_primitives::governance::TrackId;
	type RuntimeOrigin = OriginCaller;

	fn tracks(
	) -> impl Iterator<Item = Cow<'static, pallet_referenda::Track<Self::Id, Balance, BlockNumber>>>
	{
		pallet_governance::Tracks::<Runtime>::get().into_iter().map(Cow::Owned)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT),
			OriginCaller::Governance(o) => Ok(o.track()),
			_ => Err(()),
		}
	}
}

/// Deposits of killed referenda go to the treasury.
pub struct SlashToTreasury;
impl OnUnbalanced<pallet_balances::NegativeImbalance<Runtime>> for SlashToTreasury {
	fn on_nonzero_unbalanced(amount: pallet_balances::NegativeImbalance<Runtime>) {
		Balances::resolve_creating(&TreasuryAccount::get(), amount);
	}
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ReferendaWeights;
	type Scheduler = AlarmScheduler;
	type Currency = Balances;
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, pallet_governance::EnsureKiller>;
	type Slash = SlashToTreasury;
	type Votes = Balance;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<50>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = Tracks;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ConvictionVotingWeights;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<64>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = crate::Governance;
}

/// The OpenGov invariants the governance pallet's `try_state` checks: no track decides more
/// referenda than its maximum, every ongoing referendum outside a deciding queue has a scheduled
/// alarm, and every account's conviction lock on a track covers its votes and delegation there.
pub struct OpenGovChecks;
impl pallet_governance::OpenGovChecks for OpenGovChecks {
	fn deciding(track: agora_primitives::governance::TrackId) -> u32 {
		pallet_referenda::DecidingCount::<Runtime>::get(track)
	}

	fn check() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		use pallet_conviction_voting::{AccountVote, Voting};
		for (track, count) in pallet_referenda::DecidingCount::<Runtime>::iter() {
			let max = pallet_governance::Pallet::<Runtime>::track(track)
				.map_or(0, |t| t.info.max_deciding);
			ensure!(count <= max, "a track decides more referenda than its maximum");
		}
		// `pallet-referenda` services a referendum only from its alarm: every ongoing one that
		// is not waiting in its track's deciding queue has an alarm the scheduler still holds.
		for (_, info) in pallet_referenda::ReferendumInfoFor::<Runtime>::iter() {
			if let pallet_referenda::ReferendumInfo::Ongoing(status) = info {
				if status.in_queue {
					continue;
				}
				let held = status.alarm.is_some_and(|(_, address)| {
					<Scheduler as Anon<_, _, _>>::next_dispatch_time(address).is_ok()
				});
				ensure!(held, "an ongoing referendum has no alarm: it would never be serviced");
			}
		}
		for (who, class, voting) in pallet_conviction_voting::VotingFor::<Runtime>::iter() {
			let needed = match voting {
				Voting::Casting(c) => c
					.votes
					.iter()
					.map(|(_, v)| match v {
						AccountVote::Standard { balance, .. } => *balance,
						AccountVote::Split { aye, nay } => aye.saturating_add(*nay),
						AccountVote::SplitAbstain { aye, nay, abstain } => {
							aye.saturating_add(*nay).saturating_add(*abstain)
						},
					})
					.max()
					.unwrap_or(0),
				Voting::Delegating(d) => d.balance,
			};
			let locked = pallet_conviction_voting::ClassLocksFor::<Runtime>::get(&who)
				.iter()
				.find(|(c, _)| *c == class)
				.map_or(0, |(_, amount)| *amount);
			ensure!(locked >= needed, "a vote or delegation is not covered by its lock");
		}
		Ok(())
	}
}

/// The `admin` track the governance migration v1 → v2 adds: the network periods of the
/// genesis presets.
pub struct AdminTrack;
impl Get<pallet_governance::TrackOf<Runtime>> for AdminTrack {
	fn get() -> pallet_governance::TrackOf<Runtime> {
		crate::genesis_config_presets::track(agora_primitives::governance::ADMIN, false)
			.into_track()
	}
}

parameter_types! {
	/// AGD as the governance pallet values payouts in it.
	pub const StableAssetKind: agora_primitives::AssetKind =
		agora_primitives::AssetKind::Asset(crate::AGD_ASSET_ID);
}

impl pallet_governance::Config for Runtime {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type SpendOrigin = SpendOrigin;
	type TreasuryId = TreasuryId;
	type MaxVoteHistory = ConstU32<64>;
	type MaxDelegateCandidates = ConstU32<256>;
	type Oracle = crate::Oracle;
	type StableAsset = StableAssetKind;
	type Recommender = crate::Recommender;
	type OpenGovChecks = OpenGovChecks;
	type WeightInfo = pallet_governance::weights::SubstrateWeight<Runtime>;
}

/// The views behind the `GovernanceApi` runtime API (`governance_*` over JSON-RPC).
pub mod views {
	use super::*;
	use agora_primitives::governance::{
		ReferendumRecommendation, ReferendumStage, ReferendumView, TrackPower, VotingPower,
	};
	use alloc::vec::Vec;
	use frame_support::traits::{fungible::Inspect, VoteTally};
	use pallet_conviction_voting::{Conviction, Voting};
	use pallet_referenda::ReferendumInfo;

	/// A conviction as a multiple of 0.1 (None 1, Locked1x 10, … Locked6x 60).
	fn tenths(c: Conviction) -> u32 {
		match u8::from(c) {
			0 => 1,
			n => u32::from(n) * 10,
		}
	}

	fn ended(index: u32, stage: ReferendumStage, at: BlockNumber) -> ReferendumView<BlockNumber> {
		ReferendumView {
			index,
			stage,
			track: None,
			since: at,
			ayes: 0,
			nays: 0,
			support: 0,
			approval: 0,
			support_ratio: 0,
			approval_needed: 0,
			support_needed: 0,
			decision_ends: None,
			confirm_ends: None,
			passing: stage == ReferendumStage::Approved,
		}
	}

	/// Referendum `index` with its tally against its track's curves now.
	pub fn referendum(index: u32) -> Option<ReferendumView<BlockNumber>> {
		let info = pallet_referenda::ReferendumInfoFor::<Runtime>::get(index)?;
		let status = match info {
			ReferendumInfo::Ongoing(status) => status,
			ReferendumInfo::Approved(at, ..) => {
				return Some(ended(index, ReferendumStage::Approved, at))
			},
			ReferendumInfo::Rejected(at, ..) => {
				return Some(ended(index, ReferendumStage::Rejected, at))
			},
			ReferendumInfo::Cancelled(at, ..) => {
				return Some(ended(index, ReferendumStage::Cancelled, at))
			},
			ReferendumInfo::TimedOut(at, ..) => {
				return Some(ended(index, ReferendumStage::TimedOut, at))
			},
			ReferendumInfo::Killed(at) => return Some(ended(index, ReferendumStage::Killed, at)),
		};
		let track = pallet_governance::Pallet::<Runtime>::track(status.track)?;
		let now = System::block_number();
		let tally = &status.tally;
		let approval = tally.approval(status.track);
		let support = tally.support(status.track);
		let (stage, decision_ends, confirm_ends, elapsed) = match status.deciding {
			None => (ReferendumStage::Preparing, None, None, Perbill::zero()),
			Some(d) => {
				let period = track.info.decision_period.max(1);
				let elapsed =
					Perbill::from_rational(now.saturating_sub(d.since).min(period), period);
				let ends = Some(d.since.saturating_add(track.info.decision_period));
				match d.confirming {
					Some(c) => (ReferendumStage::Confirming, ends, Some(c), elapsed),
					None => (ReferendumStage::Deciding, ends, None, elapsed),
				}
			},
		};
		let approval_needed = track.info.min_approval.threshold(elapsed);
		let support_needed = track.info.min_support.threshold(elapsed);
		Some(ReferendumView {
			index,
			stage,
			track: Some(status.track),
			since: status.submitted,
			ayes: tally.ayes,
			nays: tally.nays,
			support: tally.support,
			approval: approval.deconstruct(),
			support_ratio: support.deconstruct(),
			approval_needed: approval_needed.deconstruct(),
			support_needed: support_needed.deconstruct(),
			decision_ends,
			confirm_ends,
			passing: approval >= approval_needed && support >= support_needed,
		})
	}

	/// Referenda `start..` in index order, at most `limit` (capped at 100), those at `stage`
	/// only if given; one call looks at 1,000 indices at most (page on with `start`).
	pub fn referenda(
		stage: Option<ReferendumStage>,
		start: u32,
		limit: u32,
	) -> Vec<ReferendumView<BlockNumber>> {
		let count = pallet_referenda::ReferendumCount::<Runtime>::get();
		let limit = usize::try_from(limit.min(agora_primitives::MAX_PAGE)).unwrap_or(0);
		(start..count.min(start.saturating_add(agora_primitives::MAX_SCAN)))
			.filter_map(referendum)
			.filter(|r| stage.is_none_or(|s| r.stage == s))
			.take(limit)
			.collect()
	}

	/// How many look-alikes [`recommend_referenda`] asks.
	const LOOK_ALIKES: u32 = 10;

	/// At most `k` open referenda `who` has not voted on, ranked: those more of its look-alikes
	/// (the [`LOOK_ALIKES`] accounts that vote most like it, with a positive similarity) voted
	/// on first, then by how clearly they lean, then by the decision ending soonest. Each comes
	/// with the look-alikes' votes as its explanation. Looks at the last 1,000 referenda.
	/// Referenda not deciding yet (no decision end) come after those that are.
	///
	/// With [`pallet_governance::GovernanceParams::referenda_model`] set, the model ranks them
	/// all, read and decoded once for all of them (issue 21: once per referendum before).
	pub fn recommend_referenda(
		who: AccountId,
		k: u32,
	) -> Vec<ReferendumRecommendation<AccountId, BlockNumber>> {
		use agora_primitives::recommender::Fixed;
		let alike: Vec<_> = crate::Governance::recommend_delegates(&who, LOOK_ALIKES)
			.into_iter()
			.filter(|m| m.similarity > Fixed::ZERO)
			.map(|m| (pallet_governance::VoteHistory::<Runtime>::get(&m.account), m))
			.collect();
		let mine = pallet_governance::VoteHistory::<Runtime>::get(&who);
		let count = pallet_referenda::ReferendumCount::<Runtime>::get();
		let mut recs: Vec<_> = (count.saturating_sub(agora_primitives::MAX_SCAN)..count)
			.filter(|i| !mine.iter().any(|(j, _)| j == i))
			.filter_map(referendum)
			.filter(|r| {
				matches!(
					r.stage,
					ReferendumStage::Preparing
						| ReferendumStage::Deciding
						| ReferendumStage::Confirming
				)
			})
			.map(|r| {
				let voters: Vec<_> = alike
					.iter()
					.filter_map(|(history, m)| {
						let (_, d) = history.iter().find(|(i, _)| *i == r.index)?;
						Some((m.account.clone(), *d, m.similarity))
					})
					.collect();
				let (mut sum, mut weight) = (Fixed::ZERO, Fixed::ZERO);
				for (_, d, s) in &voters {
					sum = sum.saturating_add(s.saturating_mul(Fixed::from_int(d.value())));
					weight = weight.saturating_add(*s);
				}
				let lean = sum.checked_div(weight).unwrap_or(Fixed::ZERO);
				ReferendumRecommendation {
					referendum: r,
					lean,
					voters,
					score: None,
					recommendation: None,
				}
			})
			.collect();
		let magnitude = |f: Fixed| f.checked_abs().unwrap_or(Fixed::MAX);
		let ends = |r: &ReferendumView<BlockNumber>| r.decision_ends.unwrap_or(BlockNumber::MAX);
		// Ties and the fallback: look-alikes who voted, then |lean|, then the soonest end.
		recs.sort_by(|a, b| {
			b.voters
				.len()
				.cmp(&a.voters.len())
				.then(magnitude(b.lean).cmp(&magnitude(a.lean)))
				.then(ends(&a.referendum).cmp(&ends(&b.referendum)))
		});
		if let Some(model) = pallet_governance::Parameters::<Runtime>::get().referenda_model {
			score_referenda(model, &mut recs);
		}
		recs.truncate(usize::try_from(k).unwrap_or(usize::MAX));
		recs
	}

	/// Ranks `recs` by the referendum model's score over
	/// [`agora_primitives::governance::REFERENDUM_FEATURES`], keeping each answer as the
	/// explanation; leaves them as they are if the model cannot score one.
	fn score_referenda(
		model: agora_primitives::recommend::ModelId,
		recs: &mut [ReferendumRecommendation<AccountId, BlockNumber>],
	) {
		use agora_primitives::{recommend::Recommend, recommender::Fixed};
		let now = System::block_number();
		let count = |n: u64| Fixed::try_from_int(i64::try_from(n).unwrap_or(i64::MAX));
		let candidates: Vec<(usize, Vec<Fixed>)> = recs
			.iter()
			.map(|r| {
				let left = r.referendum.decision_ends.map_or(0, |end| end.saturating_sub(now));
				alloc::vec![
					r.lean,
					count(r.voters.len() as u64).unwrap_or(Fixed::MAX),
					count(u64::from(left)).unwrap_or(Fixed::MAX),
				]
			})
			.enumerate()
			.collect();
		// All or none, as before: a model that cannot score one leaves the fallback order.
		let Ok(ranked) = crate::Recommender::rank(model, &candidates, u32::MAX) else { return };
		for r in ranked {
			if let Some(rec) = recs.get_mut(r.id) {
				rec.score = Some(r.recommendation.score);
				rec.recommendation = Some(r.recommendation);
			}
		}
		// A stable sort: equal scores keep the fallback order.
		recs.sort_by(|a, b| b.score.cmp(&a.score));
	}

	/// `who`'s balance, locks and delegations per track.
	pub fn voting_power(who: AccountId) -> VotingPower<AccountId> {
		let locked = pallet_conviction_voting::ClassLocksFor::<Runtime>::get(&who)
			.iter()
			.map(|(_, amount)| *amount)
			.max()
			.unwrap_or(0);
		let tracks = pallet_conviction_voting::VotingFor::<Runtime>::iter_prefix(&who)
			.map(|(track, voting)| match voting {
				Voting::Casting(c) => TrackPower {
					track,
					delegating: None,
					delegated_votes: c.delegations.votes,
					delegated_capital: c.delegations.capital,
					direct_votes: u32::try_from(c.votes.len()).unwrap_or(u32::MAX),
				},
				Voting::Delegating(d) => TrackPower {
					track,
					delegating: Some((d.target, d.balance, tenths(d.conviction))),
					delegated_votes: d.delegations.votes,
					delegated_capital: d.delegations.capital,
					direct_votes: 0,
				},
			})
			.collect();
		VotingPower { balance: Balances::balance(&who), locked, tracks }
	}
}
