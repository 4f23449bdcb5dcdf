//! # Governance pallet
//!
//! Agora's community governance is polkadot-sdk's OpenGov: `pallet-referenda` runs referenda on
//! tracks, `pallet-conviction-voting` counts AGR-weighted votes with conviction and delegation,
//! `pallet-scheduler` enacts approved calls and `pallet-preimage` stores them. This pallet is the
//! Agora layer around them:
//!
//! - **Tracks** ([`Tracks`], read by the runtime's `TracksInfo`): each track's decision deposit,
//!   maximum number of referenda deciding at once, prepare, decision, confirm and minimum
//!   enactment periods, and approval and support curves. They are storage, with genesis
//!   defaults (fast periods on the development chain), retuned by a root referendum through
//!   [`Pallet::set_track`]. The tracks are [`agora_primitives::governance::TRACKS`]: `root`
//!   (any call), `parameters` (the domain pallets' parameter calls), `treasury` (spending from
//!   the treasury, e.g. to fund reward pots), `referendum_canceller` and `referendum_killer`.
//! - **Origins** ([`Origin`]): a referendum approved on a track dispatches its call with the
//!   track's origin; [`EnsureParameters`], [`EnsureTreasury`], [`EnsureCanceller`] and
//!   [`EnsureKiller`] accept them. The runtime makes the credentials, recommender, oracle,
//!   stablecoin and lending pallets' governance origin "Root or the parameters track".
//! - **Voting periods** ([`Parameters`], [`Pallet::set_params`]): the conviction lock period
//!   and the undeciding timeout, read by the runtime's conviction voting and referenda, and the
//!   session period ([`GovernanceParams::session_period`]), read by the runtime's
//!   `pallet-session`: how often the validator set that governance chose takes effect.
//! - **Treasury** ([`Pallet::spend`]): an account ([`Pallet::treasury_account`]) that the
//!   treasury track pays from.
//! - **Voting histories** ([`VoteHistory`]): this pallet is conviction voting's `VotingHooks`;
//!   it keeps each account's last [`Config::MaxVoteHistory`] votes (aye, nay or abstain per
//!   referendum; a vote with no balance at stake is not kept), from which
//!   [`Pallet::recommend_delegates`] finds the accounts that vote most alike (cosine
//!   similarity), with an explanation (referenda in common, agreements). The accounts compared
//!   are the [`DelegateCandidates`]: the [`Config::MaxDelegateCandidates`] voters with the most
//!   at stake in their latest vote, still holding it; copying a voter costs real balance.
//! - **Recommendations through the recommender** ([`Config::Recommender`]): when governance
//!   sets [`GovernanceParams::delegate_model`], the candidates are ranked by that model's score
//!   over [`DELEGATE_FEATURES`] (similarity, referenda shared, agreements), each with the
//!   model's explanation; [`GovernanceParams::referenda_model`] does the same for the open
//!   referenda recommended to an account (the runtime's `governance_recommendReferenda`), over
//!   [`agora_primitives::governance::REFERENDUM_FEATURES`]. Without a model, or when the model
//!   cannot answer (unknown, retired, other features), the plain cosine ranking is used.
//!
//! ## Invariants (`try_state`)
//!
//! - the tracks are sorted by id, each id at most once, every one valid ([`Pallet::track_valid`]);
//! - every voting history is sorted by referendum and holds each referendum at most once;
//! - the delegate candidates are sorted by stake (most first), each once, each with a nonzero
//!   stake and a voting history;
//! - and what the runtime's [`Config::OpenGovChecks`] checks: in Agora's runtime, no track
//!   decides more referenda than its maximum, every ongoing referendum outside a deciding queue
//!   has an alarm in the scheduler, and every vote and delegation is covered by the account's
//!   conviction lock on its track.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

/// The features a delegate model scores, in order.
pub use agora_primitives::governance::DELEGATE_FEATURES;
pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use agora_primitives::{
	governance::{
		DelegateMatch, PayoutLimit, TrackId, VoteDirection, ADMIN, MIN_APPROVAL_FLOOR_PERCENT,
		TRACKS,
	},
	oracle::PriceProvider,
	recommend::{ModelId, Recommend},
	recommender::Fixed,
	AssetKind, Balance,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		EnsureOrigin, OriginTrait,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use pallet_conviction_voting::AccountVote;
use pallet_referenda::{Curve, Track, TrackInfo};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{AccountIdConversion, Saturating, Zero},
	FixedPointNumber, FixedU128, Perbill,
};

/// A track as the runtime's referenda see it.
pub type TrackOf<T> = Track<TrackId, Balance, BlockNumberFor<T>>;
/// A track's parameters.
pub type TrackInfoOf<T> = TrackInfo<Balance, BlockNumberFor<T>>;
/// A referendum's index.
pub type ReferendumIndex = u32;

/// A track as a genesis config (JSON) gives it: the name comes from [`TRACKS`], both curves fall
/// linearly over the decision period from `(ceil %, floor %)`. Any curve can be set later
/// through [`Pallet::set_track`].
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenesisTrack<BlockNumber> {
	/// One of [`TRACKS`].
	pub id: TrackId,
	/// Most referenda deciding at once.
	pub max_deciding: u32,
	/// The decision deposit (AGR smallest units).
	pub decision_deposit: Balance,
	/// Blocks before a referendum may start deciding.
	pub prepare_period: BlockNumber,
	/// Blocks a referendum decides for.
	pub decision_period: BlockNumber,
	/// Blocks it must stay passing to be approved.
	pub confirm_period: BlockNumber,
	/// Least blocks between approval and enactment.
	pub min_enactment_period: BlockNumber,
	/// Approval needed, from `ceil` % down to `floor` %.
	pub approval: (u32, u32),
	/// Support needed, from `ceil` % down to `floor` %.
	pub support: (u32, u32),
}

impl<BlockNumber> GenesisTrack<BlockNumber> {
	/// The track `pallet-referenda` reads.
	pub fn into_track(self) -> Track<TrackId, Balance, BlockNumber> {
		let name = TRACKS.iter().find(|(id, _)| *id == self.id).map_or("", |(_, n)| n);
		Track {
			id: self.id,
			info: TrackInfo {
				name: name_bytes(name),
				max_deciding: self.max_deciding,
				decision_deposit: self.decision_deposit,
				prepare_period: self.prepare_period,
				decision_period: self.decision_period,
				confirm_period: self.confirm_period,
				min_enactment_period: self.min_enactment_period,
				min_approval: linear_curve(self.approval.0, self.approval.1),
				min_support: linear_curve(self.support.0, self.support.1),
			},
		}
	}
}

/// The voting periods governance sets (in blocks).
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
#[serde(
	rename_all = "camelCase",
	bound(deserialize = "BlockNumber: serde::Deserialize<'de> + From<u32>")
)]
pub struct GovernanceParams<BlockNumber> {
	/// How long a vote with 1× conviction stays locked after its referendum ends (on the
	/// winning side); each further step of conviction doubles it (2× → 2 periods, 3× → 4, …,
	/// 6× → 32). Votes cast with 0.1× are not locked.
	pub vote_locking_period: BlockNumber,
	/// How long a submitted referendum waits for its decision deposit before it times out.
	pub undeciding_timeout: BlockNumber,
	/// The recommender model that ranks delegates over [`DELEGATE_FEATURES`] (`None`: cosine
	/// similarity ranks them).
	#[serde(default)]
	pub delegate_model: Option<ModelId>,
	/// The recommender model that ranks open referenda for an account over
	/// [`agora_primitives::governance::REFERENDUM_FEATURES`] (`None`: look-alikes, then lean).
	#[serde(default)]
	pub referenda_model: Option<ModelId>,
	/// Most AGR the treasury pays in one block ([`Pallet::spend`]), so at most this much per
	/// referendum however many spends it batches.
	#[serde(default = "default_max_spend")]
	pub max_spend: Balance,
	/// How many blocks a session lasts: validators that governance adds or removes
	/// (`collatorSelection.addInvulnerable`, `removeInvulnerable`) author from the second
	/// session boundary after the change. Between [`MIN_SESSION_PERIOD`] and
	/// [`MAX_SESSION_PERIOD`]; a new period takes effect at the next block that is a multiple
	/// of it. The runtime rotates sessions with it (`pallet_session::PeriodicSessions`).
	#[serde(default = "default_session_period")]
	pub session_period: BlockNumber,
}

/// The shortest session: 5 blocks (half a minute of 6-second blocks).
pub const MIN_SESSION_PERIOD: u32 = 5;
/// The longest session: 7 days of 6-second blocks.
pub const MAX_SESSION_PERIOD: u32 = 7 * 24 * 600;

/// The default of [`GovernanceParams::session_period`]: one hour of 6-second blocks.
pub fn default_session_period<BlockNumber: From<u32>>() -> BlockNumber {
	BlockNumber::from(600)
}

/// The default of [`GovernanceParams::max_spend`]: 10,000 AGR.
pub fn default_max_spend() -> Balance {
	10_000 * agora_primitives::currency::UNITS
}

impl<BlockNumber: From<u32>> Default for GovernanceParams<BlockNumber> {
	/// Seven days of 6-second blocks for both.
	fn default() -> Self {
		let week = || BlockNumber::from(7 * 24 * 600);
		GovernanceParams {
			vote_locking_period: week(),
			undeciding_timeout: week(),
			delegate_model: None,
			referenda_model: None,
			max_spend: default_max_spend(),
			session_period: default_session_period(),
		}
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version (2: the `admin` track, a spend cap per block; 3: the session
	/// period).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the governance pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// AGR: what the treasury pays.
		type Currency: Mutate<Self::AccountId, Balance = Balance>;

		/// Who retunes tracks: a root referendum (or the sudo key on a development chain).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who spends from the treasury: the treasury track.
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The treasury's account id.
		#[pallet::constant]
		type TreasuryId: Get<PalletId>;

		/// How many of an account's latest votes are kept for recommendations.
		#[pallet::constant]
		type MaxVoteHistory: Get<u32>;

		/// How many voters [`Pallet::recommend_delegates`] compares at most.
		#[pallet::constant]
		type MaxDelegateCandidates: Get<u32>;

		/// Prices that value payouts in other assets than AGR against
		/// [`GovernanceParams::max_spend`] (see [`PayoutLimit`]).
		type Oracle: PriceProvider;

		/// AGD, the stablecoin: worth one unit of the oracle's quote currency by definition.
		#[pallet::constant]
		type StableAsset: Get<AssetKind>;

		/// The recommender whose models ([`GovernanceParams::delegate_model`],
		/// [`GovernanceParams::referenda_model`]) rank delegates and referenda.
		type Recommender: Recommend;

		/// Invariants of the OpenGov pallets beside this one, checked with this pallet's own in
		/// `try_state` (the runtime supplies them; `()` checks nothing).
		type OpenGovChecks: OpenGovChecks;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The tracks, sorted by id.
	#[pallet::storage]
	pub type Tracks<T: Config> =
		StorageValue<_, BoundedVec<TrackOf<T>, ConstU32<{ TRACKS.len() as u32 }>>, ValueQuery>;

	/// The voting periods.
	#[pallet::storage]
	pub type Parameters<T: Config> =
		StorageValue<_, GovernanceParams<BlockNumberFor<T>>, ValueQuery>;

	/// What governance paid out in a block, valued in AGR: `(block, total)`. Every payout
	/// ([`Pallet::spend`] and the other pallets' payouts through [`PayoutLimit`]) keeps the
	/// total of the current block within [`GovernanceParams::max_spend`].
	#[pallet::storage]
	pub type SpentInBlock<T: Config> = StorageValue<_, (BlockNumberFor<T>, Balance), ValueQuery>;

	/// After [`Pallet::set_params`] shortened the vote locking period: `(the longer period,
	/// until when it still applies)`. Votes cast under the longer period keep it
	/// ([`Pallet::vote_locking_period`]).
	#[pallet::storage]
	pub type LockPeriodFloor<T: Config> =
		StorageValue<_, (BlockNumberFor<T>, BlockNumberFor<T>), OptionQuery>;

	/// Each account's latest votes, sorted by referendum: `(referendum, direction)`.
	#[pallet::storage]
	pub type VoteHistory<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(ReferendumIndex, VoteDirection), T::MaxVoteHistory>,
		ValueQuery,
	>;

	/// The accounts [`Pallet::recommend_delegates`] compares: the
	/// [`Config::MaxDelegateCandidates`] voters with the most at stake in their latest vote,
	/// most first (ties: who got there first). Copying a voter's votes costs real balance to
	/// get in, and no key order decides who is compared.
	#[pallet::storage]
	pub type DelegateCandidates<T: Config> =
		StorageValue<_, BoundedVec<(T::AccountId, Balance), T::MaxDelegateCandidates>, ValueQuery>;

	/// A referendum approved on a track dispatches with that track's origin.
	#[pallet::origin]
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
	pub enum Origin {
		/// The `parameters` track: the domain pallets' parameter calls.
		Parameters,
		/// The `treasury` track: [`Pallet::spend`].
		Treasury,
		/// The `referendum_canceller` track: cancels a referendum (deposits refunded).
		ReferendumCanceller,
		/// The `referendum_killer` track: kills a referendum (deposits slashed).
		ReferendumKiller,
		/// The `admin` track: the calls that most reward capture (oracle feeders, issuer
		/// accreditation, trusted schemas, a stablecoin shutdown).
		Admin,
	}

	impl Origin {
		/// The track whose referenda dispatch with this origin.
		pub fn track(self) -> TrackId {
			use agora_primitives::governance::*;
			match self {
				Origin::Parameters => PARAMETERS,
				Origin::Treasury => TREASURY,
				Origin::ReferendumCanceller => REFERENDUM_CANCELLER,
				Origin::ReferendumKiller => REFERENDUM_KILLER,
				Origin::Admin => ADMIN,
			}
		}
	}

	/// Genesis: the tracks and the voting periods.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Every track of [`TRACKS`], in any order.
		pub tracks: Vec<GenesisTrack<BlockNumberFor<T>>>,
		/// The voting periods.
		pub params: GovernanceParams<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for track in &self.tracks {
				let track = track.clone().into_track();
				assert!(Pallet::<T>::track_valid(&track), "a valid genesis track {}", track.id);
				Pallet::<T>::put_track(track);
			}
			assert!(Pallet::<T>::params_valid(&self.params), "valid genesis voting periods");
			Parameters::<T>::put(self.params);
		}
	}

	/// Events of the governance pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A track's parameters changed.
		TrackSet { id: TrackId },
		/// The treasury paid `amount` to `to`.
		Spent { to: T::AccountId, amount: Balance },
		/// The voting periods changed.
		ParamsSet { params: GovernanceParams<BlockNumberFor<T>> },
	}

	/// Errors of the governance pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No such track: tracks are the ones of `agora_primitives::governance::TRACKS`.
		UnknownTrack,
		/// Track parameters out of range: a zero `max_deciding` or decision period, a curve
		/// whose floor is above its ceiling, an approval floor below a majority, an `admin`
		/// track without a support floor, or a name that differs from the track's.
		InvalidTrack,
		/// The treasury holds less than the amount (it keeps its existential deposit).
		InsufficientTreasury,
		/// The payout would take governance's payouts in this block (valued in AGR) above
		/// [`GovernanceParams::max_spend`].
		SpendAboveCap,
		/// A payout in an asset the oracle has no price for (or AGR has none): it cannot be
		/// valued against [`GovernanceParams::max_spend`], so it is refused.
		PayoutUnpriced,
		/// Nothing to spend.
		ZeroAmount,
		/// A voting period of zero blocks, or a session period outside [`MIN_SESSION_PERIOD`] ..=
		/// [`MAX_SESSION_PERIOD`].
		InvalidParams,
		/// More referenda decide on the track now than the new `max_deciding`: lower it once
		/// they have ended.
		MaxDecidingBelowDeciding,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVoteHistory::get() > 0, "MaxVoteHistory must keep a vote");
			assert!(T::MaxDelegateCandidates::get() > 0, "MaxDelegateCandidates must be > 0");
			assert!(
				0 < MIN_SESSION_PERIOD && MIN_SESSION_PERIOD <= 600 && 600 <= MAX_SESSION_PERIOD,
				"the default session period lies within its bounds"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Replaces the parameters of track `track.id` (one of [`TRACKS`]). Referenda deciding
		/// on it go on under the new periods and curves; `max_deciding` cannot drop below the
		/// number deciding now.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::TrackSet`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_track())]
		pub fn set_track(origin: OriginFor<T>, track: TrackOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(TRACKS.iter().any(|(id, _)| *id == track.id), Error::<T>::UnknownTrack);
			ensure!(Self::track_valid(&track), Error::<T>::InvalidTrack);
			ensure!(
				track.info.max_deciding >= T::OpenGovChecks::deciding(track.id),
				Error::<T>::MaxDecidingBelowDeciding
			);
			let id = track.id;
			Self::put_track(track);
			Self::deposit_event(Event::TrackSet { id });
			Ok(())
		}

		/// Pays `amount` AGR from the treasury to `to`. Governance pays out at most
		/// [`GovernanceParams::max_spend`] per block, this spend and every other pallet's
		/// payouts together ([`PayoutLimit`]): a referendum, however many payouts it batches,
		/// pays at most that.
		///
		/// The origin must be [`Config::SpendOrigin`]. Emits [`Event::Spent`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(origin: OriginFor<T>, to: T::AccountId, amount: Balance) -> DispatchResult {
			T::SpendOrigin::ensure_origin(origin)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let treasury = Self::treasury_account();
			let available = T::Currency::reducible_balance(
				&treasury,
				Preservation::Preserve,
				Fortitude::Polite,
			);
			ensure!(amount <= available, Error::<T>::InsufficientTreasury);
			Self::charge_payout(amount)?;
			T::Currency::transfer(&treasury, &to, amount, Preservation::Preserve)?;
			Self::deposit_event(Event::Spent { to, amount });
			Ok(())
		}

		/// Sets the voting periods: the conviction lock period and the undeciding timeout, the
		/// models, the spend cap and the session period. A shorter lock period applies only to votes cast from now
		/// on: until every vote cast before can have ended its longest lock, the previous
		/// period still applies ([`LockPeriodFloor`], [`Pallet::vote_locking_period`]).
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(
			origin: OriginFor<T>,
			params: GovernanceParams<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			let current = Self::vote_locking_period();
			if params.vote_locking_period < current {
				// A vote cast now is on a referendum that ends within the longest undeciding
				// timeout plus the longest decision and confirm periods; its lock then runs
				// at most 32 periods (6× conviction).
				let old = Parameters::<T>::get();
				let longest_track = Tracks::<T>::get()
					.iter()
					.map(|t| t.info.decision_period.saturating_add(t.info.confirm_period))
					.max()
					.unwrap_or_else(Zero::zero);
				let horizon = old
					.undeciding_timeout
					.max(params.undeciding_timeout)
					.saturating_add(longest_track)
					.saturating_add(current.saturating_mul(MAX_LOCK_PERIODS.into()));
				let now = frame_system::Pallet::<T>::block_number();
				let until = now.saturating_add(horizon);
				let until = match LockPeriodFloor::<T>::get() {
					Some((_, before)) => until.max(before),
					None => until,
				};
				LockPeriodFloor::<T>::put((current, until));
			}
			Parameters::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Adds `value` (AGR) to what governance paid out in this block, or fails, changing
	/// nothing, when the total would pass [`GovernanceParams::max_spend`].
	pub fn charge_payout(value: Balance) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let (block, spent) = SpentInBlock::<T>::get();
		let spent = if block == now { spent } else { 0 };
		let total = spent.saturating_add(value);
		ensure!(total <= Parameters::<T>::get().max_spend, Error::<T>::SpendAboveCap);
		SpentInBlock::<T>::put((now, total));
		Ok(())
	}

	/// What `amount` of `asset` is worth in AGR for the payout cap, rounded up: AGD at one
	/// quote unit, any other asset at the higher of its live and delayed prices, AGR at the
	/// lower of its own (so a payout is never valued below what it is worth). `None` without
	/// the prices it needs.
	pub fn payout_value(asset: AssetKind, amount: Balance) -> Option<Balance> {
		if asset == AssetKind::Native {
			return Some(amount);
		}
		let quote = if asset == T::StableAsset::get() {
			amount
		} else {
			// Rounded up: no payout is valued at nothing.
			sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				amount,
				T::Oracle::debt_price(asset)?.into_inner(),
				<FixedU128 as FixedPointNumber>::DIV,
				sp_runtime::Rounding::Up,
			)
			.unwrap_or(Balance::MAX)
		};
		let agr = T::Oracle::collateral_price(AssetKind::Native)?.into_inner();
		if agr == 0 {
			return None;
		}
		Some(
			sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				quote,
				<FixedU128 as FixedPointNumber>::DIV,
				agr,
				sp_runtime::Rounding::Up,
			)
			.unwrap_or(Balance::MAX),
		)
	}

	/// The treasury's account.
	pub fn treasury_account() -> T::AccountId {
		T::TreasuryId::get().into_account_truncating()
	}

	/// The conviction lock period in force: [`GovernanceParams::vote_locking_period`], or the
	/// longer period it replaced while votes cast under that one can still be locked
	/// ([`LockPeriodFloor`]).
	pub fn vote_locking_period() -> BlockNumberFor<T> {
		let period = Parameters::<T>::get().vote_locking_period;
		match LockPeriodFloor::<T>::get() {
			Some((floor, until)) if frame_system::Pallet::<T>::block_number() < until => {
				period.max(floor)
			},
			_ => period,
		}
	}

	/// Whether `track` is usable: its name is the one [`TRACKS`] gives its id, at least one
	/// referendum may decide, the decision period is not zero, each curve's floor is at most
	/// its ceiling, the approval curve never asks for less than a majority
	/// ([`agora_primitives::governance::MIN_APPROVAL_FLOOR_PERCENT`]), and the `admin`
	/// track's support curve has a floor above zero.
	pub fn track_valid(track: &TrackOf<T>) -> bool {
		let Some((_, name)) = TRACKS.iter().find(|(id, _)| *id == track.id) else {
			return false;
		};
		let curve_ok = |c: &Curve| match c {
			Curve::LinearDecreasing { floor, ceil, .. } => floor <= ceil,
			Curve::SteppedDecreasing { begin, end, .. } => end <= begin,
			// y = factor / (x + x_offset) + y_offset falls only with a positive factor, and
			// has no pole in [0, 1] only with a positive offset.
			Curve::Reciprocal { factor, x_offset, .. } => {
				factor.is_positive() && x_offset.is_positive()
			},
		};
		let info = &track.info;
		// The curves fall: their lowest point is at the end of the decision period (evaluated
		// only once the curve is known to be well formed; both ends, to be sure).
		let floor = |c: &Curve| c.threshold(Perbill::one()).min(c.threshold(Perbill::zero()));
		name_bytes(name) == info.name
			&& info.max_deciding > 0
			&& !info.decision_period.is_zero()
			&& curve_ok(&info.min_approval)
			&& curve_ok(&info.min_support)
			&& floor(&info.min_approval) >= Perbill::from_percent(MIN_APPROVAL_FLOOR_PERCENT)
			&& (track.id != ADMIN || !floor(&info.min_support).is_zero())
	}

	/// Whether the voting periods are usable: neither is zero.
	pub fn params_valid(params: &GovernanceParams<BlockNumberFor<T>>) -> bool {
		!params.vote_locking_period.is_zero()
			&& !params.undeciding_timeout.is_zero()
			&& params.session_period >= MIN_SESSION_PERIOD.into()
			&& params.session_period <= MAX_SESSION_PERIOD.into()
	}

	/// How many blocks a session lasts ([`GovernanceParams::session_period`]).
	pub fn session_period() -> BlockNumberFor<T> {
		Parameters::<T>::get().session_period
	}

	/// Inserts or replaces `track`, keeping the list sorted by id.
	pub(crate) fn put_track(track: TrackOf<T>) {
		Tracks::<T>::mutate(|tracks| match tracks.binary_search_by_key(&track.id, |t| t.id) {
			Ok(i) => tracks[i] = track,
			// At most one entry per id of TRACKS: the list cannot be full here.
			Err(i) => {
				let _ = tracks.try_insert(i, track);
			},
		});
	}

	/// The track `id`, if it exists.
	pub fn track(id: TrackId) -> Option<TrackOf<T>> {
		Tracks::<T>::get().into_iter().find(|t| t.id == id)
	}

	/// Records `who`'s vote on `index` in its history. A full history keeps the latest
	/// referenda: it drops its oldest one for a newer referendum, and ignores a vote on a
	/// referendum older than all it keeps.
	pub fn record_vote(who: &T::AccountId, index: ReferendumIndex, vote: AccountVote<Balance>) {
		let stake = match vote {
			AccountVote::Standard { balance, .. } => balance,
			AccountVote::Split { aye, nay } => aye.saturating_add(nay),
			AccountVote::SplitAbstain { aye, nay, abstain } => {
				aye.saturating_add(nay).saturating_add(abstain)
			},
		};
		// A vote with nothing at stake says nothing about the voter: copying someone's votes
		// must cost something.
		if stake.is_zero() {
			return;
		}
		Self::note_candidate(who, stake);
		let direction = match vote {
			AccountVote::Standard { vote, .. } if vote.aye => VoteDirection::Aye,
			AccountVote::Standard { .. } => VoteDirection::Nay,
			AccountVote::Split { aye, nay } | AccountVote::SplitAbstain { aye, nay, .. } => {
				match aye.cmp(&nay) {
					core::cmp::Ordering::Greater => VoteDirection::Aye,
					core::cmp::Ordering::Less => VoteDirection::Nay,
					core::cmp::Ordering::Equal => VoteDirection::Abstain,
				}
			},
		};
		VoteHistory::<T>::mutate(who, |history| {
			match history.binary_search_by_key(&index, |(i, _)| *i) {
				Ok(i) => history[i].1 = direction,
				Err(0) if history.is_full() => {},
				Err(i) => {
					// Full: the oldest referendum makes room, and everything before the
					// insertion point moves down by one.
					let at = if history.is_full() {
						history.remove(0);
						i.saturating_sub(1)
					} else {
						i
					};
					let _ = history.try_insert(at, (index, direction));
				},
			}
		});
	}

	/// Puts `who`, whose latest vote staked `stake`, in its place among the
	/// [`DelegateCandidates`]: a new voter enters when the list has room or it stakes more
	/// than the last one, which leaves.
	fn note_candidate(who: &T::AccountId, stake: Balance) {
		DelegateCandidates::<T>::mutate(|list| {
			if let Some(i) = list.iter().position(|(a, _)| a == who) {
				list.remove(i);
			} else if list.is_full() {
				match list.last() {
					Some((_, least)) if *least < stake => {
						list.pop();
					},
					_ => return,
				}
			}
			// After every candidate with at least this stake.
			let at = list.partition_point(|(_, s)| *s >= stake);
			let _ = list.try_insert(at, (who.clone(), stake));
		});
	}

	/// The `k` accounts whose votes resemble `who`'s most, best first, each with its cosine
	/// similarity (over the referenda both voted on, aye = 1, nay = −1, abstain = 0) and how
	/// many referenda they share and agree on. The candidates are the [`DelegateCandidates`]
	/// (the voters with most at stake), each still holding what it staked; equally similar
	/// candidates rank by stake. Accounts with no referendum in common are left out.
	///
	/// With [`GovernanceParams::delegate_model`] set, the model scores every candidate over
	/// [`DELEGATE_FEATURES`] and ranks them, each match carrying the model's explanation; if the
	/// model cannot answer, the cosine ranking stands.
	pub fn recommend_delegates(who: &T::AccountId, k: u32) -> Vec<DelegateMatch<T::AccountId>> {
		let mine = VoteHistory::<T>::get(who);
		if mine.is_empty() || k == 0 {
			return Vec::new();
		}
		let mut matches: Vec<DelegateMatch<T::AccountId>> = DelegateCandidates::<T>::get()
			.into_iter()
			.filter(|(account, stake)| {
				account != who && T::Currency::total_balance(account) >= *stake
			})
			.filter_map(|(account, _)| {
				let theirs = VoteHistory::<T>::get(&account);
				let (similarity, shared, agreements) = similarity(&mine, &theirs)?;
				Some(DelegateMatch {
					account,
					similarity,
					shared,
					agreements,
					score: similarity,
					recommendation: None,
				})
			})
			.collect();
		if let Some(ranked) = Parameters::<T>::get()
			.delegate_model
			.and_then(|model| Self::rank_delegates(model, &matches, k))
		{
			return ranked;
		}
		// A stable sort: equal similarities keep the candidates' order (most stake first).
		matches.sort_by(|a, b| b.similarity.cmp(&a.similarity));
		matches.truncate(usize::try_from(k).unwrap_or(usize::MAX));
		matches
	}

	/// The `k` best of `matches` by `model`'s score over [`DELEGATE_FEATURES`], each with the
	/// model's answer; `None` when the model cannot score them.
	fn rank_delegates(
		model: ModelId,
		matches: &[DelegateMatch<T::AccountId>],
		k: u32,
	) -> Option<Vec<DelegateMatch<T::AccountId>>> {
		let count = |n: u32| Fixed::try_from_int(i64::from(n)).unwrap_or(Fixed::MAX);
		let candidates: Vec<(usize, Vec<Fixed>)> = matches
			.iter()
			.enumerate()
			.map(|(i, m)| (i, alloc::vec![m.similarity, count(m.shared), count(m.agreements)]))
			.collect();
		let ranked = T::Recommender::rank(model, &candidates, k).ok()?;
		Some(
			ranked
				.into_iter()
				.filter_map(|r| {
					let mut m = matches.get(r.id)?.clone();
					m.score = r.recommendation.score;
					m.recommendation = Some(r.recommendation);
					Some(m)
				})
				.collect(),
		)
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let tracks = Tracks::<T>::get();
		ensure!(
			tracks.windows(2).all(|w| w[0].id < w[1].id),
			"tracks are not sorted by id or an id repeats"
		);
		ensure!(tracks.iter().all(Self::track_valid), "an invalid track");
		ensure!(Self::params_valid(&Parameters::<T>::get()), "invalid voting periods");
		for (_, history) in VoteHistory::<T>::iter() {
			ensure!(
				history.windows(2).all(|w| w[0].0 < w[1].0),
				"a voting history is not sorted by referendum or repeats one"
			);
		}
		let candidates = DelegateCandidates::<T>::get();
		ensure!(
			candidates.windows(2).all(|w| w[0].1 >= w[1].1),
			"the delegate candidates are not sorted by stake"
		);
		let mut seen = alloc::collections::BTreeSet::new();
		for (account, stake) in candidates.iter() {
			ensure!(seen.insert(account), "a delegate candidate is listed twice");
			ensure!(!stake.is_zero(), "a delegate candidate staked nothing");
			ensure!(VoteHistory::<T>::contains_key(account), "a delegate candidate has no votes");
		}
		T::OpenGovChecks::check()
	}
}

/// How long a track name may be: `pallet-referenda`'s default.
pub const TRACK_NAME_LEN: usize = 25;

/// What this pallet asks of the runtime's OpenGov pallets: how many referenda decide on a
/// track now, and their invariants, checked in this pallet's `try_state`.
pub trait OpenGovChecks {
	/// Referenda deciding on `track` now.
	fn deciding(track: TrackId) -> u32;

	/// `Ok` when they hold.
	fn check() -> Result<(), sp_runtime::TryRuntimeError>;
}

/// No OpenGov pallets: nothing decides, nothing to check.
impl OpenGovChecks for () {
	fn deciding(_: TrackId) -> u32 {
		0
	}

	fn check() -> Result<(), sp_runtime::TryRuntimeError> {
		Ok(())
	}
}

/// A track name as `pallet-referenda` stores it: the bytes, zero-padded.
pub fn name_bytes(name: &str) -> [u8; TRACK_NAME_LEN] {
	let mut out = [0u8; TRACK_NAME_LEN];
	for (o, b) in out.iter_mut().zip(name.as_bytes()) {
		*o = *b;
	}
	out
}

/// How alike two voting histories are, over the referenda both voted on: `(cosine similarity,
/// referenda shared, agreements)`, `None` without a referendum in common. Directions are aye = 1,
/// nay = −1, abstain = 0; a history of abstentions only has no direction and scores 0.
fn similarity(
	mine: &[(ReferendumIndex, VoteDirection)],
	theirs: &[(ReferendumIndex, VoteDirection)],
) -> Option<(Fixed, u32, u32)> {
	let (mut dot, mut norm_a, mut norm_b, mut shared, mut agreements) =
		(0i64, 0i64, 0i64, 0u32, 0u32);
	let (mut i, mut j) = (0, 0);
	while i < mine.len() && j < theirs.len() {
		match mine[i].0.cmp(&theirs[j].0) {
			core::cmp::Ordering::Less => i += 1,
			core::cmp::Ordering::Greater => j += 1,
			core::cmp::Ordering::Equal => {
				let (x, y) = (i64::from(mine[i].1.value()), i64::from(theirs[j].1.value()));
				dot = dot.saturating_add(x * y);
				norm_a = norm_a.saturating_add(x * x);
				norm_b = norm_b.saturating_add(y * y);
				shared = shared.saturating_add(1);
				if mine[i].1 == theirs[j].1 {
					agreements = agreements.saturating_add(1);
				}
				i += 1;
				j += 1;
			},
		}
	}
	if shared == 0 {
		return None;
	}
	let cosine = Fixed::try_from_int(norm_a.saturating_mul(norm_b))
		.and_then(|n| n.sqrt())
		.and_then(|root| Fixed::try_from_int(dot)?.checked_div(root))
		.unwrap_or(Fixed::ZERO);
	Some((cosine, shared, agreements))
}

macro_rules! ensure_track_origin {
	($(#[$doc:meta])* $name:ident, $variant:ident) => {
		$(#[$doc])*
		pub struct $name;
		impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for $name
		where
			O: Into<Result<Origin, O>>,
		{
			type Success = ();

			fn try_origin(o: O) -> Result<(), O> {
				o.into().and_then(|origin| match origin {
					Origin::$variant => Ok(()),
					other => Err(O::from(other)),
				})
			}

			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$variant))
			}
		}
	};
}

ensure_track_origin!(
	/// Accepts a referendum approved on the `parameters` track.
	EnsureParameters,
	Parameters
);
ensure_track_origin!(
	/// Accepts a referendum approved on the `treasury` track.
	EnsureTreasury,
	Treasury
);
ensure_track_origin!(
	/// Accepts a referendum approved on the `referendum_canceller` track.
	EnsureCanceller,
	ReferendumCanceller
);
ensure_track_origin!(
	/// Accepts a referendum approved on the `referendum_killer` track.
	EnsureKiller,
	ReferendumKiller
);
ensure_track_origin!(
	/// Accepts a referendum approved on the `admin` track.
	EnsureAdmin,
	Admin
);

/// The most lock periods a vote's conviction asks for (6×: 32 periods).
pub const MAX_LOCK_PERIODS: u32 = 32;

/// Conviction voting tells this pallet of every vote: it keeps the voting histories.
impl<T: Config> pallet_conviction_voting::VotingHooks<T::AccountId, ReferendumIndex, Balance>
	for Pallet<T>
{
	fn on_before_vote(
		who: &T::AccountId,
		index: ReferendumIndex,
		vote: AccountVote<Balance>,
	) -> DispatchResult {
		Self::record_vote(who, index, vote);
		Ok(())
	}

	fn on_remove_vote(_: &T::AccountId, _: ReferendumIndex, _: pallet_conviction_voting::Status) {
		// A removed vote still says how the account voted: the history keeps it.
	}

	fn lock_balance_on_unsuccessful_vote(_: &T::AccountId, _: ReferendumIndex) -> Option<Balance> {
		None
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn on_vote_worst_case(who: &T::AccountId) {
		let full: Vec<(ReferendumIndex, VoteDirection)> = (0..T::MaxVoteHistory::get())
			.map(|i| (i.saturating_add(1_000_000), VoteDirection::Aye))
			.collect();
		VoteHistory::<T>::insert(who, BoundedVec::truncate_from(full));
		// A full candidate list the voter enters at the top, the last one leaving.
		let candidates: Vec<(T::AccountId, Balance)> = (0..T::MaxDelegateCandidates::get())
			.map(|i| (frame_benchmarking::account("candidate", i, 0), 1))
			.collect();
		DelegateCandidates::<T>::put(BoundedVec::truncate_from(candidates));
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn on_remove_vote_worst_case(_: &T::AccountId) {}
}

/// A fixed-threshold curve: `percent` % all along.
pub fn fixed_curve(percent: u32) -> Curve {
	let p = Perbill::from_percent(percent);
	Curve::LinearDecreasing { length: Perbill::one(), floor: p, ceil: p }
}

/// A curve falling linearly from `ceil` % to `floor` % over the decision period.
pub fn linear_curve(ceil: u32, floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::one(),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

/// The runtime's payout cap: every pallet's payout is valued in AGR
/// ([`Pallet::payout_value`]) and charged with the treasury's spends against
/// [`GovernanceParams::max_spend`].
impl<T: Config> PayoutLimit for Pallet<T> {
	fn charge(asset: AssetKind, amount: Balance) -> DispatchResult {
		let value = Self::payout_value(asset, amount).ok_or(Error::<T>::PayoutUnpriced)?;
		Self::charge_payout(value)
	}
}
