//! # Lending pallet
//!
//! Money markets after Compound v2 (CToken, Comptroller, JumpRateModelV2) and the Parallel /
//! Interlay loans pallets: suppliers lend an asset to a market and receive its *lend token*;
//! borrowers borrow against the lend tokens they enabled as collateral; interest accrues by
//! the second; accounts in shortfall are liquidated.
//!
//! ## Overview
//!
//! - **Markets** — one per asset (AGR, AGD or any pallet-assets asset) — are added by
//!   [`Config::GovernanceOrigin`] with [`Pallet::add_market`], which creates the market's lend
//!   token (a pallet-assets asset owned by this pallet, so wallets show it), and configured
//!   with [`MarketParams`]: collateral factor, liquidation threshold, reserve factor, close
//!   factor (default 50 %), liquidation incentive (default 8 %), supply and borrow caps, the
//!   jump-rate model, pause switches per action and the reward speeds. At most
//!   [`Config::MaxMarkets`] markets exist.
//! - **Interest** ([`InterestModel`], rates per year, Compound's JumpRateModelV2): utilization
//!   `u = borrows / (cash + borrows − reserves)`; borrow rate `base + u × multiplier / kink` up
//!   to the kink (default 80 %), `base + multiplier + (u − kink) × jump multiplier` above it;
//!   supply rate `borrow rate × u × (1 − reserve factor)`. Before every state change of a market, its
//!   borrow index grows by `rate × seconds elapsed` (simple interest per accrual, as
//!   Compound), and the reserve factor's share of the interest goes to its reserves. Borrows
//!   are kept *normalized* (amount / index, as Maker's `art`): an account owes
//!   `⌈normalized × index⌉`, the market's total borrows are `⌊Σ normalized × index⌋`.
//! - **Exchange rate**: `(cash + borrows − reserves) / lend-token supply` (1 while the supply is
//!   zero). Cash is accounted by the pallet, not read from its balance: tokens sent to the
//!   pallet's account directly (a "donation") do not move the exchange rate, which defeats the
//!   classic first-supplier inflation attack; rounding always favours the market (shares minted
//!   round down, shares burned round up, borrows round up).
//! - **Calls**: [`Pallet::supply`] / [`Pallet::redeem`], [`Pallet::borrow`] /
//!   [`Pallet::repay`] / [`Pallet::repay_on_behalf`], [`Pallet::enable_collateral`] /
//!   [`Pallet::disable_collateral`], [`Pallet::liquidate`], [`Pallet::add_reserves`] (anyone) and
//!   [`Pallet::reduce_reserves`] (governance), [`Pallet::claim_rewards`].
//! - **Account liquidity** ([`Pallet::account_liquidity`]): Σ over collateral markets of lend
//!   tokens × exchange rate × price × collateral factor, against Σ of borrows × price, at the
//!   oracle's prices ([`PriceProvider`]). Borrowing, redeeming or disabling collateral needs no
//!   shortfall afterwards, valuing collateral at the *lower* and borrows at the *higher* of the
//!   oracle's price and its delayed price (dss's OSM, an hour by default): neither a crash nor
//!   a spike still held back can be borrowed against. Without both prices for every market an
//!   account is in, these stop with [`Error::NoPrice`]. Liquidation uses the *liquidation
//!   threshold* instead of the collateral factor, so a position that just borrowed its maximum
//!   is not liquidatable at once, and the *delayed* prices, so a borrower sees a falling price
//!   coming for a whole delay. At liquidation, collateral and borrows without a delayed
//!   price count as nothing (the repaid borrow and the seized collateral need theirs): a sliver
//!   of an unpriced asset enabled as collateral, or borrowed, cannot make an account
//!   unliquidatable, and a shortfall shown is real. The other side of that rule: while one
//!   collateral asset has no delayed price (its feeds stopped for two delays, or governance
//!   unlisted it), accounts using it are judged on their other collateral alone.
//! - **Liquidation**: anyone repays up to the close factor of a borrow of an account in
//!   shortfall and seizes its collateral lend tokens worth the repayment × the liquidation
//!   incentive. The collateral market's [`MarketParams::protocol_seize_share`] of them
//!   (Compound's `protocolSeizeShare`, never more than half the bonus beyond the value repaid) is
//!   burned and its underlying joins that market's reserves, which
//!   [`Config::SpendOrigin`] pays out (in Agora's runtime, to the treasury by referendum).
//! - **Isolation** (Aave v3's isolation mode): a market with
//!   [`MarketParams::isolation_ceiling`] is a risky collateral that counts only for the accounts
//!   isolated in it ([`IsolatedIn`]). An account enters isolation by enabling it as its only
//!   collateral while owing nothing, then borrows only markets
//!   [`MarketParams::borrowable_in_isolation`], and all accounts isolated in the market together
//!   may owe at most the ceiling ([`Pallet::isolated_debt`] over [`IsolatedBorrows`], the sum
//!   of their normalized borrows per market, kept by every borrow, repayment and write-off).
//! - **Lend tokens move only through this pallet**: they are frozen in pallet-assets (this
//!   pallet is its `Freezer`, [`FrozenBalance`]) so that collateral and reward accounting cannot
//!   be bypassed by a plain transfer.
//! - **Rewards** (Compound's COMP): each market pays [`MarketParams::supply_reward_speed`] and
//!   [`MarketParams::borrow_reward_speed`] AGR per second, shared by lend-token holders in
//!   proportion to their tokens and by borrowers in proportion to their (normalized) borrows.
//!   [`Pallet::claim_rewards`] pays what the reward pot ([`Pallet::reward_pot`], funded by
//!   governance or anyone) holds; what it cannot pay stays owed.
//! - **Borrower score** ([`Pallet::recommend`], the `lending_recommend` RPC method): when
//!   governance set [`LendingParams::score_model`], a recommender model scores each borrower
//!   from on-chain features, in this order: valid credentials held (from the credentials
//!   pallet, at most [`Config::MaxCredentialsCounted`] of the newest), repayments made, times
//!   liquidated ([`BorrowerHistory`]), days since the account first supplied or borrowed, and
//!   its utilization (borrow value / capacity at the plain collateral factors, capped at 10).
//!   The answer comes with the model's explanation, and the recommendation says how much the
//!   account can borrow and keep [`LendingParams::safe_margin`] of its capacity unused.
//! - **Score boost** (off by default): with [`LendingParams::boost_enabled`], the score
//!   (clamped to [0, 1]) × [`LendingParams::max_boost`] (at most
//!   [`Config::MaxCollateralBoost`]) is added to every collateral factor the account borrows
//!   against, never beyond the market's liquidation threshold. Liquidation still uses the
//!   thresholds. **The risk**: a boosted borrower has a thinner buffer between the most it may
//!   borrow and liquidation, and a model that rates bad borrowers well lets them borrow more
//!   than the plain factors allow; the protocol's loss is bounded by the boost cap, and the
//!   liquidation threshold keeps a boosted position solvent at the prices it borrowed at.
//!   The score is asked with the utilization the borrow leads to, and the weight of borrowing,
//!   redeeming and disabling collateral grows by counting credentials and asking the model
//!   ([`Pallet::score_weight`]) while the switch is on.
//!
//! ## Invariants (`try_state`)
//!
//! - every market's `cash + borrows ≥ reserves`, and its cash is held by the pallet's account;
//! - Σ accounts' normalized borrows equals the market's exactly, so Σ account borrows exceeds
//!   the market's total borrows by less than one unit per borrower (each rounds up once);
//! - lend tokens map back to their markets; at most [`Config::MaxMarkets`] markets;
//! - the borrower-score parameters are within their bounds;
//! - an isolated account uses no collateral but its isolated market, and the isolated borrows
//!   of each (collateral, market) are exactly the sum of its isolated accounts' normalized
//!   borrows.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use types::*;

use agora_primitives::{
	assets::transfer,
	credentials::CredentialsInspect,
	lending::BorrowerRecommendation,
	oracle::PriceProvider,
	recommend::{ModelId, Recommend, Recommendation},
	recommender::Fixed,
	AssetId, AssetKind, Balance, Moment, Ratio,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{self, Inspect as _, Mutate as _},
		fungibles::{self, Create as _, Inspect as _, Mutate as _},
		tokens::{Fortitude, Precision, Preservation},
		Contains, EnsureOrigin, Time,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
pub use pallet_assets::FrozenBalance;
use scale_info::TypeInfo;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};
use sp_runtime::{
	traits::{AccountIdConversion, One, Saturating, Zero},
	FixedPointNumber,
};

/// Seconds in a (365-day) year: rates are set per year and accrue per second.
pub const SECONDS_PER_YEAR: u64 = 365 * 24 * 60 * 60;

/// A day in milliseconds: the borrower score's account age is in days.
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// The least share of what a borrower owes that a repayment must repay to count in its
/// borrower score ([`BorrowerHistory::repayments`]): 10 %. A repayment of a planck cannot farm
/// the score. (Without a minimum borrow, a borrower can still borrow a planck and repay it
/// whole; the minimum borrow of the audit's finding 9 closes that.)
pub const MIN_COUNTED_REPAYMENT: Ratio = Ratio::from_inner(Ratio::DIV / 10);

/// Who repays a borrow, and why.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RepayKind {
	/// The borrower itself ([`Pallet::repay`]).
	Own,
	/// Someone else ([`Pallet::repay_on_behalf`]).
	OnBehalf,
	/// A liquidator ([`Pallet::liquidate`]).
	Liquidation,
}

/// The utilization feature of the borrower score is capped here (an account with borrows and
/// no collateral).
const UTILIZATION_CAP: u32 = 10;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the lending pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native token (AGR): a market's asset and the rewards.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>;

		/// Assets: markets' assets and lend tokens (created by this pallet).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = Balance>
			+ fungibles::Mutate<Self::AccountId>
			+ fungibles::Create<Self::AccountId>;

		/// Asset prices in AGD.
		type Oracle: PriceProvider;

		/// The credentials the borrower score counts.
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// The recommender whose model ([`LendingParams::score_model`]) scores borrowers.
		type Recommender: Recommend;

		/// Who adds and configures markets: governance.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who pays reserves out: the treasury (in Agora's runtime, Root or the `treasury`
		/// track, whose enactment delay a payout cannot skip).
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The chain's cap on governance payouts per block, which this pallet's payouts charge
		/// (in Agora's runtime the governance pallet's `max_spend`, shared by every payout;
		/// `()` caps nothing).
		type PayoutLimit: agora_primitives::governance::PayoutLimit;

		/// The clock interest accrues by (Unix milliseconds).
		type Time: Time<Moment = Moment>;

		/// The id of the account that holds the markets' cash.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The id of the reward pot's account (fund it with AGR).
		#[pallet::constant]
		type RewardPotId: Get<PalletId>;

		/// Most markets.
		#[pallet::constant]
		type MaxMarkets: Get<u32>;

		/// The asset ids reserved for governance and the pallets: only these may be lend
		/// tokens, so that no stranger can create a lend token's id before its market is added
		/// (in the runtime, the ids below [`agora_primitives::FIRST_USER_ASSET_ID`]).
		type ReservedAssetIds: Contains<AssetId>;

		/// The borrower score counts at most this many of an account's newest credentials.
		#[pallet::constant]
		type MaxCredentialsCounted: Get<u32>;

		/// The most [`LendingParams::max_boost`] may be (below 1).
		#[pallet::constant]
		type MaxCollateralBoost: Get<Ratio>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Prices, time and assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: agora_primitives::assets::BenchmarkHelper<Self::AccountId>;
	}

	/// Markets, by asset.
	#[pallet::storage]
	pub type Markets<T: Config> = CountedStorageMap<_, Blake2_128Concat, AssetKind, Market>;

	/// The market of each lend token.
	#[pallet::storage]
	pub type LendTokens<T: Config> = StorageMap<_, Blake2_128Concat, AssetId, AssetKind>;

	/// Normalized borrows (amount / borrow index), by market and account.
	#[pallet::storage]
	pub type Borrows<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, AssetKind, Blake2_128Concat, T::AccountId, Balance>;

	/// The markets each account uses as collateral.
	#[pallet::storage]
	pub type Collateral<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Blake2_128Concat, AssetKind, ()>;

	/// Reward checkpoints, by market and account.
	#[pallet::storage]
	pub type RewardCheckpoints<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		AssetKind,
		Blake2_128Concat,
		T::AccountId,
		RewardCheckpoint,
		ValueQuery,
	>;

	/// AGR rewards counted but not claimed yet.
	#[pallet::storage]
	pub type RewardsAccrued<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Balance, ValueQuery>;

	/// The borrower score's parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, LendingParams, ValueQuery>;

	/// What the borrower score knows of each account that supplied or borrowed.
	#[pallet::storage]
	pub type Borrowers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BorrowerHistory>;

	/// The isolated collateral each account in isolation borrows against (Aave v3's isolation
	/// mode, [`MarketParams::isolation_ceiling`]): set when it enables an isolated market as its
	/// only collateral owing nothing, cleared when it disables that market owing nothing.
	#[pallet::storage]
	pub type IsolatedIn<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, AssetKind>;

	/// Σ normalized borrows of the accounts isolated in a collateral market, by isolated
	/// collateral and borrowed market (no zero entries): what the isolation ceiling measures.
	#[pallet::storage]
	pub type IsolatedBorrows<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, AssetKind, Blake2_128Concat, AssetKind, Balance>;

	/// Set while this pallet itself moves lend tokens (burns on redemption, liquidation
	/// seizures): the freeze on lend tokens is lifted for that moment only.
	#[pallet::storage]
	pub(super) type MovingShares<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Genesis: markets to open, each with its lend token id.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(asset, lend token, parameters)`.
		pub markets: alloc::vec::Vec<(AssetKind, AssetId, MarketParams)>,
		/// The borrower score's parameters.
		pub params: LendingParams,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _phantom: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (asset, lend_token, params) in &self.markets {
				Pallet::<T>::do_add_market(*asset, *lend_token, *params)
					.expect("a valid genesis market");
			}
			assert!(Pallet::<T>::params_valid(&self.params), "valid genesis lending parameters");
			Parameters::<T>::put(self.params);
		}
	}

	/// Events of the lending pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance added a market with lend token `lend_token`.
		MarketAdded { asset: AssetKind, lend_token: AssetId, params: MarketParams },
		/// Governance changed a market's parameters.
		MarketUpdated { asset: AssetKind, params: MarketParams },
		/// `who` supplied `amount` and received `shares` lend tokens.
		Supplied { who: T::AccountId, asset: AssetKind, amount: Balance, shares: Balance },
		/// `who` burned `shares` lend tokens for `amount`.
		Redeemed { who: T::AccountId, asset: AssetKind, amount: Balance, shares: Balance },
		/// `who` borrowed `amount`.
		Borrowed { who: T::AccountId, asset: AssetKind, amount: Balance },
		/// `payer` repaid `amount` of `borrower`'s borrow.
		Repaid { payer: T::AccountId, borrower: T::AccountId, asset: AssetKind, amount: Balance },
		/// `who` uses the market as collateral.
		CollateralEnabled { who: T::AccountId, asset: AssetKind },
		/// `who` no longer uses the market as collateral.
		CollateralDisabled { who: T::AccountId, asset: AssetKind },
		/// `liquidator` repaid `repaid` of `borrower`'s `asset` borrow and seized `seized` lend
		/// tokens of `collateral`: `protocol_seized` of them were burned and their underlying,
		/// `to_reserves`, joined `collateral`'s reserves (the protocol seize share); the
		/// liquidator received the rest.
		Liquidated {
			liquidator: T::AccountId,
			borrower: T::AccountId,
			asset: AssetKind,
			repaid: Balance,
			collateral: AssetKind,
			seized: Balance,
			protocol_seized: Balance,
			to_reserves: Balance,
		},
		/// `who` entered isolation: it borrows against `collateral` alone, within its ceiling.
		IsolationEntered { who: T::AccountId, collateral: AssetKind },
		/// `who` left isolation in `collateral`.
		IsolationLeft { who: T::AccountId, collateral: AssetKind },
		/// A liquidation took the last of `borrower`'s collateral: its `amount` still owed to
		/// `asset`'s market was written off, `from_reserves` of it paid by the reserves and the
		/// rest a loss to the suppliers (Compound III's `absorb`).
		DebtAbsorbed {
			borrower: T::AccountId,
			asset: AssetKind,
			amount: Balance,
			from_reserves: Balance,
		},
		/// Reserves grew by `amount`.
		ReservesAdded { who: T::AccountId, asset: AssetKind, amount: Balance },
		/// Governance took `amount` of reserves to `to`.
		ReservesReduced { asset: AssetKind, amount: Balance, to: T::AccountId },
		/// `who` was paid `amount` AGR of rewards.
		RewardsClaimed { who: T::AccountId, amount: Balance },
		/// Governance set the borrower score's parameters.
		ParamsSet { params: LendingParams },
	}

	/// Errors of the lending pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No market for this asset.
		UnknownMarket,
		/// A market for this asset exists already.
		MarketExists,
		/// The lend token id is taken by an existing asset.
		LendTokenExists,
		/// The lend token id is not one reserved for governance ([`Config::ReservedAssetIds`]):
		/// anyone could have created it first.
		LendTokenNotReserved,
		/// [`Config::MaxMarkets`] markets exist already.
		TooManyMarkets,
		/// Parameters out of range (see [`MarketParams::is_valid`]; a
		/// [`LendingParams::max_boost`] above [`Config::MaxCollateralBoost`] or a safety margin
		/// of 1 or more).
		InvalidParams,
		/// Only [`Config::SpendOrigin`] (the treasury) may raise a market's reward speed.
		RewardSpeedNeedsTreasury,
		/// The action is paused in this market.
		Paused,
		/// The amount is zero or buys nothing (no lend token, nothing to repay).
		ZeroAmount,
		/// The market's supply cap would be exceeded.
		SupplyCapExceeded,
		/// The market's borrow cap would be exceeded.
		BorrowCapExceeded,
		/// The market does not have the cash.
		InsufficientCash,
		/// More lend tokens than the account holds.
		InsufficientShares,
		/// The account would be in shortfall.
		InsufficientLiquidity,
		/// No fresh price for a market the account is in: borrowing, redeeming collateral and
		/// liquidation stop.
		NoPrice,
		/// The borrower is not in shortfall.
		NotInShortfall,
		/// The repayment exceeds the close factor of the borrow.
		TooMuchRepay,
		/// The borrower does not use this market as collateral, or has too little of it.
		InsufficientCollateral,
		/// A liquidator cannot liquidate itself.
		SelfLiquidation,
		/// The account has no borrow in this market.
		NoBorrow,
		/// The account would owe the market less than its minimum borrow.
		BelowMinBorrow,
		/// More than the market's reserves.
		InsufficientReserves,
		/// No rewards to claim, or the pot is empty.
		NoRewards,
		/// Isolation: an isolated market is enabled as collateral only by an account that uses
		/// no other collateral and owes nothing, and an account isolated in one may enable no
		/// other.
		CollateralIsolated,
		/// An account in isolation may borrow only markets borrowable in isolation.
		NotBorrowableInIsolation,
		/// The borrow would take the debt of the accounts isolated in the collateral past its
		/// isolation ceiling.
		IsolationCeilingExceeded,
		/// A market becomes isolated only while no collateral counts on it: with no lend tokens,
		/// or with a zero collateral factor and liquidation threshold (set them first).
		IsolationNeedsEmptyMarket,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxMarkets::get() > 0, "MaxMarkets must admit a market");
			assert!(T::MaxCollateralBoost::get() < Ratio::one(), "MaxCollateralBoost must be < 1");
			assert!(
				Self::params_valid(&LendingParams::default()),
				"the default lending parameters must be valid"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds a market for `asset` and creates its lend token `lend_token` (a fresh
		/// pallet-assets id, owned by this pallet).
		///
		/// The origin must be [`Config::GovernanceOrigin`], or [`Config::SpendOrigin`] (which
		/// alone may set reward speeds: rewards are payouts of the reward pot). Emits
		/// [`Event::MarketAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_market())]
		pub fn add_market(
			origin: OriginFor<T>,
			asset: AssetKind,
			lend_token: AssetId,
			params: MarketParams,
		) -> DispatchResult {
			Self::ensure_market_origin(origin, (0, 0), &params)?;
			Self::do_add_market(asset, lend_token, params)
		}

		/// Changes a market's parameters (interest and rewards up to now are counted at the
		/// old ones first). A market becomes isolated only while no collateral counts on it: it
		/// has no lend tokens, or its collateral factor and liquidation threshold are zero.
		/// Lifting isolation leaves the accounts isolated in it isolated until they leave.
		///
		/// The origin must be [`Config::GovernanceOrigin`], or [`Config::SpendOrigin`], which
		/// alone may raise a reward speed (a speed is a payout of the reward pot: raised by the
		/// parameters track, one supplier could claim the whole pot a block later). Emits
		/// [`Event::MarketUpdated`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_market())]
		pub fn set_market(
			origin: OriginFor<T>,
			asset: AssetKind,
			params: MarketParams,
		) -> DispatchResult {
			let old = Markets::<T>::get(asset).ok_or(Error::<T>::UnknownMarket)?.params;
			Self::ensure_market_origin(
				origin,
				(old.supply_reward_speed, old.borrow_reward_speed),
				&params,
			)?;
			ensure!(params.is_valid(), Error::<T>::InvalidParams);
			let mut market = Self::accrue(asset)?;
			// Turning isolation on must not take anyone's collateral away: the market has no
			// lend tokens, or governance first set its factors to zero (so a planck supplied
			// cannot block it).
			ensure!(
				old.isolation_ceiling.is_some()
					|| params.isolation_ceiling.is_none()
					|| (old.collateral_factor.is_zero() && old.liquidation_threshold.is_zero())
					|| T::Assets::total_issuance(market.lend_token) == 0,
				Error::<T>::IsolationNeedsEmptyMarket
			);
			market.params = params;
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::MarketUpdated { asset, params });
			Ok(())
		}

		/// Supplies `amount` of `asset` and mints lend tokens at the exchange rate (rounded
		/// down). Never needs a price.
		///
		/// Emits [`Event::Supplied`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::supply())]
		pub fn supply(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut market = Self::open_market(asset, |p| p.supply)?;
			let underlying = Self::underlying(&market);
			ensure!(
				underlying.checked_add(amount).ok_or(Error::<T>::Overflow)?
					<= market.params.supply_cap,
				Error::<T>::SupplyCapExceeded
			);
			let rate = Self::exchange_rate(&market);
			let shares = div(amount, rate, Rounding::Down).ok_or(Error::<T>::Overflow)?;
			ensure!(shares > 0, Error::<T>::ZeroAmount);
			Self::count_rewards(asset, &market, &who);
			Self::pull(asset, &who, amount)?;
			market.cash = market.cash.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			T::Assets::mint_into(market.lend_token, &who, shares)?;
			Self::note_seen(&who);
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::Supplied { who, asset, amount, shares });
			Ok(())
		}

		/// Burns `shares` lend tokens for the underlying at the exchange rate (rounded down).
		/// If the market is the caller's collateral and the caller owes anything, it must stay
		/// out of shortfall (which needs the oracle's price and delayed price of every market the
		/// account is in).
		///
		/// Emits [`Event::Redeemed`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::redeem().saturating_add(Pallet::<T>::score_weight()))]
		pub fn redeem(origin: OriginFor<T>, asset: AssetKind, shares: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut market = Self::open_market(asset, |p| p.redeem)?;
			ensure!(shares > 0, Error::<T>::ZeroAmount);
			ensure!(
				shares <= T::Assets::balance(market.lend_token, &who),
				Error::<T>::InsufficientShares
			);
			let amount = mul(shares, Self::exchange_rate(&market), Rounding::Down);
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			ensure!(amount <= market.cash, Error::<T>::InsufficientCash);
			if Collateral::<T>::contains_key(&who, asset) && Self::owes_anything(&who) {
				let after = Self::liquidity_with(&who, false, Some((asset, shares, 0)))?;
				ensure!(after.shortfall == 0, Error::<T>::InsufficientLiquidity);
			}
			Self::count_rewards(asset, &market, &who);
			Self::burn_shares(market.lend_token, &who, shares)?;
			market.cash -= amount;
			Self::push(asset, &who, amount)?;
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::Redeemed { who, asset, amount, shares });
			Ok(())
		}

		/// Borrows `amount` of `asset`. The caller must stay out of shortfall, at both prices
		/// of every market it is in, and owe the market at least its
		/// [`MarketParams::min_borrow`] afterwards. A caller in isolation may borrow only a
		/// market borrowable in isolation, and only within its collateral's isolation ceiling
		/// (which needs the price and delayed price of every market its isolated accounts owe).
		///
		/// Emits [`Event::Borrowed`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::borrow()
			.max(T::WeightInfo::borrow_isolated())
			.saturating_add(Pallet::<T>::score_weight()))]
		pub fn borrow(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut market = Self::open_market(asset, |p| p.borrow)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			ensure!(amount <= market.cash, Error::<T>::InsufficientCash);
			let n = div(amount, market.borrow_index, Rounding::Up).ok_or(Error::<T>::Overflow)?;
			market.normalized_borrows =
				market.normalized_borrows.checked_add(n).ok_or(Error::<T>::Overflow)?;
			ensure!(
				Self::total_borrows(&market) <= market.params.borrow_cap,
				Error::<T>::BorrowCapExceeded
			);
			let after = Self::liquidity_with(&who, false, Some((asset, 0, amount)))?;
			ensure!(after.shortfall == 0, Error::<T>::InsufficientLiquidity);
			Self::count_rewards(asset, &market, &who);
			let mine = Borrows::<T>::get(asset, &who).unwrap_or(0);
			let owed = Self::borrow_balance(&market, asset, &who).saturating_add(amount);
			ensure!(owed >= market.params.min_borrow, Error::<T>::BelowMinBorrow);
			Borrows::<T>::insert(asset, &who, mine.checked_add(n).ok_or(Error::<T>::Overflow)?);
			if let Some(isolated) = IsolatedIn::<T>::get(&who) {
				ensure!(
					market.params.borrowable_in_isolation,
					Error::<T>::NotBorrowableInIsolation
				);
				Self::note_isolated(&who, asset, |b| b.saturating_add(n));
				if let Some(ceiling) = Self::market(isolated)?.params.isolation_ceiling {
					let debt = Self::isolated_debt(isolated, Some((asset, &market)))?;
					ensure!(debt <= ceiling, Error::<T>::IsolationCeilingExceeded);
				}
			}
			market.cash -= amount;
			Self::push(asset, &who, amount)?;
			Markets::<T>::insert(asset, market);
			Self::note_seen(&who);
			Self::deposit_event(Event::Borrowed { who, asset, amount });
			Ok(())
		}

		/// Repays up to `amount` of the caller's borrow of `asset` (at least the balance repays
		/// all of it). Never needs a price.
		///
		/// Emits [`Event::Repaid`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::repay())]
		pub fn repay(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_repay(&who, &who, asset, amount, RepayKind::Own).map(|_| ())
		}

		/// Repays up to `amount` of `borrower`'s borrow of `asset` from the caller's funds.
		///
		/// Emits [`Event::Repaid`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::repay())]
		pub fn repay_on_behalf(
			origin: OriginFor<T>,
			borrower: T::AccountId,
			asset: AssetKind,
			amount: Balance,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_repay(&payer, &borrower, asset, amount, RepayKind::OnBehalf).map(|_| ())
		}

		/// Uses the caller's lend tokens of `asset` as collateral.
		///
		/// An isolated market ([`MarketParams::isolation_ceiling`]) puts the caller in
		/// isolation: it must use no other collateral and owe nothing. A caller in isolation may
		/// enable no other market.
		///
		/// Emits [`Event::CollateralEnabled`], and [`Event::IsolationEntered`] for an isolated
		/// market.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::enable_collateral())]
		pub fn enable_collateral(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let market = Self::market(asset)?;
			if Collateral::<T>::contains_key(&who, asset) {
				return Ok(());
			}
			ensure!(!IsolatedIn::<T>::contains_key(&who), Error::<T>::CollateralIsolated);
			if market.params.isolation_ceiling.is_some() {
				ensure!(
					Collateral::<T>::iter_prefix(&who).next().is_none()
						&& !Self::owes_anything(&who),
					Error::<T>::CollateralIsolated
				);
				IsolatedIn::<T>::insert(&who, asset);
				Self::deposit_event(Event::IsolationEntered {
					who: who.clone(),
					collateral: asset,
				});
			}
			Collateral::<T>::insert(&who, asset, ());
			Self::deposit_event(Event::CollateralEnabled { who, asset });
			Ok(())
		}

		/// Stops using the caller's lend tokens of `asset` as collateral; a caller that owes
		/// anything must stay out of shortfall without them. Disabling the collateral it is
		/// isolated in needs it to owe nothing, and ends its isolation.
		///
		/// Emits [`Event::CollateralDisabled`] (and [`Event::IsolationLeft`]).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::disable_collateral().saturating_add(Pallet::<T>::score_weight()))]
		pub fn disable_collateral(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Markets::<T>::contains_key(asset), Error::<T>::UnknownMarket);
			if Collateral::<T>::contains_key(&who, asset) {
				let owes = Self::owes_anything(&who);
				if owes {
					let shares = T::Assets::balance(Self::market(asset)?.lend_token, &who);
					let after = Self::liquidity_with(&who, false, Some((asset, shares, 0)))?;
					ensure!(after.shortfall == 0, Error::<T>::InsufficientLiquidity);
				}
				if IsolatedIn::<T>::get(&who) == Some(asset) {
					ensure!(!owes, Error::<T>::InsufficientLiquidity);
					IsolatedIn::<T>::remove(&who);
					Self::deposit_event(Event::IsolationLeft {
						who: who.clone(),
						collateral: asset,
					});
				}
				Collateral::<T>::remove(&who, asset);
				Self::deposit_event(Event::CollateralDisabled { who, asset });
			}
			Ok(())
		}

		/// Repays `amount` of `borrower`'s borrow of `asset` (at most the close factor of it,
		/// or all of it when the rest would be below the market's minimum borrow or the close
		/// factor rounds to nothing) and seizes `borrower`'s lend tokens of `collateral` worth
		/// `amount × incentive` at the oracle's delayed prices, or all of them if they are worth
		/// less. The borrower must be in shortfall at the liquidation thresholds. The
		/// collateral market's [`MarketParams::protocol_seize_share`] of the seized tokens (at
		/// most half the bonus beyond the value repaid) is burned into its reserves; the
		/// liquidator receives the rest. Any market the borrower enabled as collateral may be
		/// seized, even an isolated one that does not count for it.
		///
		/// When that takes the last of the borrower's lend tokens in every market, what it
		/// still owes is written off against each market's reserves (Compound III's `absorb`), so
		/// that an exchange rate never counts a debt nobody will repay.
		///
		/// Emits [`Event::Liquidated`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::liquidate().saturating_add(
			T::DbWeight::get().reads_writes(
				10u64.saturating_mul(T::MaxMarkets::get().into()),
				5u64.saturating_mul(T::MaxMarkets::get().into()),
			)
		))]
		pub fn liquidate(
			origin: OriginFor<T>,
			borrower: T::AccountId,
			asset: AssetKind,
			amount: Balance,
			collateral: AssetKind,
		) -> DispatchResult {
			let liquidator = ensure_signed(origin)?;
			ensure!(liquidator != borrower, Error::<T>::SelfLiquidation);
			let market = Self::open_market(asset, |p| p.liquidate)?;
			let coll_market = Self::accrue(collateral)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let liquidity = Self::liquidity_with(&borrower, true, None)?;
			ensure!(liquidity.shortfall > 0, Error::<T>::NotInShortfall);
			let owed = Self::borrow_balance(&market, asset, &borrower);
			ensure!(owed > 0, Error::<T>::NoBorrow);
			ensure!(amount <= Self::max_close(&market, owed), Error::<T>::TooMuchRepay);
			// Any collateral the borrower enabled may be seized, also an isolated market's that
			// does not count for it (enabled before the market turned isolated): else those
			// tokens would keep an emptied account's debt from ever being written off.
			ensure!(
				Collateral::<T>::contains_key(&borrower, collateral),
				Error::<T>::InsufficientCollateral
			);
			let price = T::Oracle::delayed_price(asset).ok_or(Error::<T>::NoPrice)?;
			let coll_price = T::Oracle::delayed_price(collateral).ok_or(Error::<T>::NoPrice)?;
			// Value repaid × incentive, in collateral underlying, then in lend tokens.
			let value = mul(
				mul(amount, price, Rounding::Down),
				market.params.liquidation_incentive,
				Rounding::Down,
			);
			let underlying = div(value, coll_price, Rounding::Down).ok_or(Error::<T>::NoPrice)?;
			let seized = div(underlying, Self::exchange_rate(&coll_market), Rounding::Down)
				.ok_or(Error::<T>::Overflow)?;
			// The last of an underwater account's collateral goes for less than the incentive
			// (the liquidator's choice), so that the account can always be emptied.
			let held = T::Assets::balance(coll_market.lend_token, &borrower);
			let seized = seized.min(held);
			ensure!(seized > 0, Error::<T>::InsufficientCollateral);
			// The protocol's share (Compound's `protocolSeizeShare`, rounded up), at most half of
			// what the liquidator seizes beyond the tokens worth the value it repaid (rounded up):
			// a liquidation always leaves the liquidator half its bonus.
			let at_par = div(mul(amount, price, Rounding::Up), coll_price, Rounding::Up)
				.and_then(|u| div(u, Self::exchange_rate(&coll_market), Rounding::Up))
				.ok_or(Error::<T>::Overflow)?;
			let protocol_seized =
				mul(seized, coll_market.params.protocol_seize_share, Rounding::Up)
					.min(seized.saturating_sub(at_par) / 2);
			let repaid =
				Self::do_repay(&liquidator, &borrower, asset, amount, RepayKind::Liquidation)?;
			// The collateral market again: the repayment changed it when it is the same.
			let mut coll_market = Self::market(collateral)?;
			let to_reserves =
				mul(protocol_seized, Self::exchange_rate(&coll_market), Rounding::Down);
			Self::count_rewards(collateral, &coll_market, &borrower);
			Self::count_rewards(collateral, &coll_market, &liquidator);
			Self::burn_shares(coll_market.lend_token, &borrower, seized)?;
			T::Assets::mint_into(coll_market.lend_token, &liquidator, seized - protocol_seized)?;
			if to_reserves > 0 {
				coll_market.total_reserves = coll_market
					.total_reserves
					.checked_add(to_reserves)
					.ok_or(Error::<T>::Overflow)?;
				Markets::<T>::insert(collateral, coll_market);
			}
			Self::deposit_event(Event::Liquidated {
				liquidator,
				borrower: borrower.clone(),
				asset,
				repaid,
				collateral,
				seized,
				protocol_seized,
				to_reserves,
			});
			if seized == held {
				Self::absorb_if_empty(&borrower)?;
			}
			Ok(())
		}

		/// Adds `amount` of the caller's `asset` to the market's reserves. Anyone may call it.
		///
		/// Emits [`Event::ReservesAdded`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::add_reserves())]
		pub fn add_reserves(
			origin: OriginFor<T>,
			asset: AssetKind,
			amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut market = Self::accrue(asset)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			market.cash = market.cash.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			market.total_reserves =
				market.total_reserves.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			Self::pull(asset, &who, amount)?;
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::ReservesAdded { who, asset, amount });
			Ok(())
		}

		/// Pays `amount` of the market's reserves to `to`.
		///
		/// The origin must be [`Config::SpendOrigin`]. Emits [`Event::ReservesReduced`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::reduce_reserves())]
		pub fn reduce_reserves(
			origin: OriginFor<T>,
			asset: AssetKind,
			amount: Balance,
			to: T::AccountId,
		) -> DispatchResult {
			T::SpendOrigin::ensure_origin(origin)?;
			let mut market = Self::accrue(asset)?;
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			ensure!(amount <= market.total_reserves, Error::<T>::InsufficientReserves);
			ensure!(amount <= market.cash, Error::<T>::InsufficientCash);
			<T::PayoutLimit as agora_primitives::governance::PayoutLimit>::charge(asset, amount)?;
			market.total_reserves -= amount;
			market.cash -= amount;
			Self::push(asset, &to, amount)?;
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::ReservesReduced { asset, amount, to });
			Ok(())
		}

		/// Counts the caller's rewards in every market and pays them from the reward pot, as
		/// far as the pot goes (the rest stays owed).
		///
		/// Emits [`Event::RewardsClaimed`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::claim_rewards(T::MaxMarkets::get()))]
		pub fn claim_rewards(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			// One pass: accrue every market and count the caller's rewards up to now (a failed
			// claim reverts these writes with the rest of the call).
			let assets: alloc::vec::Vec<AssetKind> = Markets::<T>::iter_keys().collect();
			for asset in assets {
				let market = Self::accrue(asset)?;
				Self::count_rewards(asset, &market, &who);
			}
			let owed = RewardsAccrued::<T>::get(&who);
			let pot = Self::reward_pot();
			let available =
				T::Currency::reducible_balance(&pot, Preservation::Preserve, Fortitude::Polite);
			let amount = owed.min(available);
			ensure!(amount > 0, Error::<T>::NoRewards);
			T::Currency::transfer(&pot, &who, amount, Preservation::Preserve)?;
			RewardsAccrued::<T>::insert(&who, owed - amount);
			Self::deposit_event(Event::RewardsClaimed { who, amount });
			Ok(())
		}

		/// Sets the borrower score's parameters: the model, the switch that lets the score raise
		/// collateral factors, the most it may raise them, and the safety margin of
		/// recommendations.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: LendingParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			Parameters::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account holding the markets' cash.
	pub fn account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account rewards are paid from (fund it with AGR).
	pub fn reward_pot() -> T::AccountId {
		T::RewardPotId::get().into_account_truncating()
	}

	/// Accepts [`Config::SpendOrigin`], or [`Config::GovernanceOrigin`] when `new` raises no
	/// reward speed above the old `(supply, borrow)` speeds.
	fn ensure_market_origin(
		origin: OriginFor<T>,
		(old_supply, old_borrow): (Balance, Balance),
		new: &MarketParams,
	) -> DispatchResult {
		if T::SpendOrigin::try_origin(origin.clone()).is_ok() {
			return Ok(());
		}
		T::GovernanceOrigin::ensure_origin(origin)?;
		ensure!(
			new.supply_reward_speed <= old_supply && new.borrow_reward_speed <= old_borrow,
			Error::<T>::RewardSpeedNeedsTreasury
		);
		Ok(())
	}

	fn do_add_market(
		asset: AssetKind,
		lend_token: AssetId,
		params: MarketParams,
	) -> DispatchResult {
		ensure!(params.is_valid(), Error::<T>::InvalidParams);
		ensure!(!Markets::<T>::contains_key(asset), Error::<T>::MarketExists);

		ensure!(Markets::<T>::count() < T::MaxMarkets::get(), Error::<T>::TooManyMarkets);
		ensure!(T::ReservedAssetIds::contains(&lend_token), Error::<T>::LendTokenNotReserved);
		ensure!(
			!T::Assets::asset_exists(lend_token) && AssetKind::Asset(lend_token) != asset,
			Error::<T>::LendTokenExists
		);
		T::Assets::create(lend_token, Self::account(), false, 1)?;
		Markets::<T>::insert(
			asset,
			Market {
				params,
				lend_token,
				cash: 0,
				normalized_borrows: 0,
				total_reserves: 0,
				borrow_index: Ratio::one(),
				last_accrued: T::Time::now(),
				supply_reward_index: Ratio::zero(),
				borrow_reward_index: Ratio::zero(),
			},
		);
		LendTokens::<T>::insert(lend_token, asset);
		Self::deposit_event(Event::MarketAdded { asset, lend_token, params });
		Ok(())
	}

	fn market(asset: AssetKind) -> Result<Market, DispatchError> {
		Ok(Markets::<T>::get(asset).ok_or(Error::<T>::UnknownMarket)?)
	}

	/// The market's total borrows: `⌊normalized borrows × index⌋`.
	pub fn total_borrows(m: &Market) -> Balance {
		mul(m.normalized_borrows, m.borrow_index, Rounding::Down)
	}

	/// What suppliers own: `cash + borrows − reserves`.
	pub fn underlying(m: &Market) -> Balance {
		m.cash.saturating_add(Self::total_borrows(m)).saturating_sub(m.total_reserves)
	}

	/// Underlying per lend token: `(cash + borrows − reserves) / supply`, 1 without supply.
	pub fn exchange_rate(m: &Market) -> Ratio {
		let supply = T::Assets::total_issuance(m.lend_token);
		if supply == 0 {
			return Ratio::one();
		}
		Ratio::checked_from_rational(Self::underlying(m), supply).unwrap_or(Ratio::one())
	}

	/// `m` with interest and rewards accrued up to `now` (read-only).
	pub fn accrued(mut m: Market, now: Moment) -> Market {
		if m.last_accrued == 0 {
			// Opened at genesis, before the first block time: interest starts now.
			m.last_accrued = now;
			return m;
		}
		let seconds = now.saturating_sub(m.last_accrued) / 1000;
		if seconds == 0 {
			return m;
		}
		let before = Self::total_borrows(&m);
		let util = utilization(m.cash, before, m.total_reserves);
		let per_year = m.params.interest.borrow_rate(util);
		let factor =
			per_year.saturating_mul(Ratio::saturating_from_rational(seconds, SECONDS_PER_YEAR));
		m.borrow_index = m.borrow_index.saturating_add(m.borrow_index.saturating_mul(factor));
		let interest = Self::total_borrows(&m).saturating_sub(before);
		m.total_reserves =
			m.total_reserves.saturating_add(mul(interest, m.params.reserve_factor, Rounding::Down));
		// Rewards: speed × seconds shared per lend token and per unit of normalized borrow.
		let supply = T::Assets::total_issuance(m.lend_token);
		if supply > 0 && m.params.supply_reward_speed > 0 {
			let paid = m.params.supply_reward_speed.saturating_mul(u128::from(seconds));
			m.supply_reward_index =
				m.supply_reward_index.saturating_add(Ratio::saturating_from_rational(paid, supply));
		}
		if m.normalized_borrows > 0 && m.params.borrow_reward_speed > 0 {
			let paid = m.params.borrow_reward_speed.saturating_mul(u128::from(seconds));
			m.borrow_reward_index = m
				.borrow_reward_index
				.saturating_add(Ratio::saturating_from_rational(paid, m.normalized_borrows));
		}
		m.last_accrued = m.last_accrued.saturating_add(seconds.saturating_mul(1000));
		m
	}

	/// Accrues `asset`'s market up to now and returns it.
	pub fn accrue(asset: AssetKind) -> Result<Market, DispatchError> {
		let old = Self::market(asset)?;
		let m = Self::accrued(old, T::Time::now());
		if m != old {
			Markets::<T>::insert(asset, m);
		}
		Ok(m)
	}

	/// Accrues `asset`'s market up to now and returns it, unless `paused` says the action is
	/// paused in it.
	fn open_market(asset: AssetKind, paused: fn(&Pauses) -> bool) -> Result<Market, DispatchError> {
		let market = Self::accrue(asset)?;
		ensure!(!paused(&market.params.paused), Error::<T>::Paused);
		Ok(market)
	}

	/// What `who` owes in `m` (the market of `asset`): `⌈normalized × index⌉`.
	pub fn borrow_balance(m: &Market, asset: AssetKind, who: &T::AccountId) -> Balance {
		Borrows::<T>::get(asset, who).map_or(0, |n| mul(n, m.borrow_index, Rounding::Up))
	}

	/// What `who` earned in `asset`'s market `m` (accrued) since its checkpoint `cp`.
	fn earned(asset: AssetKind, m: &Market, who: &T::AccountId, cp: &RewardCheckpoint) -> Balance {
		let shares = T::Assets::balance(m.lend_token, who);
		let supplied =
			mul(shares, m.supply_reward_index.saturating_sub(cp.supply_index), Rounding::Down);
		let borrowed = Borrows::<T>::get(asset, who).map_or(0, |normalized| {
			mul(normalized, m.borrow_reward_index.saturating_sub(cp.borrow_index), Rounding::Down)
		});
		supplied.saturating_add(borrowed)
	}

	/// Adds `who`'s rewards in `asset`'s market (already accrued) since its checkpoints.
	fn count_rewards(asset: AssetKind, m: &Market, who: &T::AccountId) {
		let cp = RewardCheckpoints::<T>::get(asset, who);
		let earned = Self::earned(asset, m, who, &cp);
		if earned > 0 {
			RewardsAccrued::<T>::mutate(who, |r| *r = r.saturating_add(earned));
		}
		let now = RewardCheckpoint {
			supply_index: m.supply_reward_index,
			borrow_index: m.borrow_reward_index,
		};
		if now != cp {
			RewardCheckpoints::<T>::insert(asset, who, now);
		}
	}

	/// `who`'s rewards owed, counted up to now (read-only).
	pub fn pending_rewards(who: &T::AccountId) -> Balance {
		let now = T::Time::now();
		Markets::<T>::iter().fold(RewardsAccrued::<T>::get(who), |total, (asset, stored)| {
			let m = Self::accrued(stored, now);
			let cp = RewardCheckpoints::<T>::get(asset, who);
			total.saturating_add(Self::earned(asset, &m, who, &cp))
		})
	}

	/// The most one liquidation may repay of a borrow of `owed`: the close factor of it, or all
	/// of it when the rest would be below the minimum borrow (or the close factor rounds to
	/// nothing), so that dust never outlives its liquidations.
	pub fn max_close(market: &Market, owed: Balance) -> Balance {
		let max = mul(owed, market.params.close_factor, Rounding::Down);
		if max == 0 || owed - max.min(owed) < market.params.min_borrow {
			owed
		} else {
			max
		}
	}

	/// Whether `who` owes any market anything.
	fn owes_anything(who: &T::AccountId) -> bool {
		Markets::<T>::iter_keys().any(|asset| Borrows::<T>::contains_key(asset, who))
	}

	/// Applies `f` to the isolated borrows in `asset` of the collateral `who` is isolated in,
	/// if any (a zero removes the entry).
	fn note_isolated(who: &T::AccountId, asset: AssetKind, f: impl FnOnce(Balance) -> Balance) {
		if let Some(isolated) = IsolatedIn::<T>::get(who) {
			IsolatedBorrows::<T>::mutate_exists(isolated, asset, |b| {
				let now = f(b.unwrap_or(0));
				*b = (now > 0).then_some(now);
			});
		}
	}

	/// What the accounts isolated in `isolated` owe now, in AGD smallest units at the higher of
	/// each borrowed asset's price and delayed price (rounded up), interest included; `market`
	/// is an accrued market to use instead of the stored one. [`Error::NoPrice`] without both
	/// prices of a market they owe.
	pub fn isolated_debt(
		isolated: AssetKind,
		market: Option<(AssetKind, &Market)>,
	) -> Result<Balance, DispatchError> {
		let now = T::Time::now();
		let mut debt = 0u128;
		for (asset, n) in IsolatedBorrows::<T>::iter_prefix(isolated) {
			let index = match market {
				Some((a, m)) if a == asset => m.borrow_index,
				_ => Self::accrued(Self::market(asset)?, now).borrow_index,
			};
			let price = T::Oracle::debt_price(asset).ok_or(Error::<T>::NoPrice)?;
			let owed = mul(n, index, Rounding::Up);
			debt = debt.saturating_add(mul(owed, price, Rounding::Up));
		}
		Ok(debt)
	}

	/// If `borrower` holds no lend tokens of any market (used as collateral or not: a
	/// borrower keeping a supply aside must not have its debt forgiven), writes off what it
	/// still owes: against each market's reserves, the rest a loss to the suppliers.
	fn absorb_if_empty(borrower: &T::AccountId) -> DispatchResult {
		for m in Markets::<T>::iter_values() {
			if T::Assets::balance(m.lend_token, borrower) > 0 {
				return Ok(());
			}
		}
		let borrows: alloc::vec::Vec<(AssetKind, Balance)> = Markets::<T>::iter_keys()
			.filter_map(|asset| Borrows::<T>::get(asset, borrower).map(|n| (asset, n)))
			.collect();
		for (asset, n) in borrows {
			let mut market = Self::accrue(asset)?;
			let amount = Self::borrow_balance(&market, asset, borrower);
			Self::count_rewards(asset, &market, borrower);
			Borrows::<T>::remove(asset, borrower);
			Self::note_isolated(borrower, asset, |b| b.saturating_sub(n));
			market.normalized_borrows = market.normalized_borrows.saturating_sub(n);
			let from_reserves = amount.min(market.total_reserves);
			market.total_reserves -= from_reserves;
			Markets::<T>::insert(asset, market);
			Self::deposit_event(Event::DebtAbsorbed {
				borrower: borrower.clone(),
				asset,
				amount,
				from_reserves,
			});
		}
		Ok(())
	}

	/// Repays up to `amount` of `borrower`'s borrow of `asset` from `payer` and records it in
	/// the borrower's history; returns what was repaid.
	///
	/// A liquidation is not stopped by the market's `repay` pause (the `liquidate` pause,
	/// checked by [`Pallet::liquidate`], is its own) and counts as a liquidation. A repayment
	/// counts in the borrower score ([`BorrowerHistory::repayments`]) only when the borrower
	/// makes it and it repays at least [`MIN_COUNTED_REPAYMENT`] of what was owed: a planck,
	/// or a friend's payment, proves nothing about the borrower.
	fn do_repay(
		payer: &T::AccountId,
		borrower: &T::AccountId,
		asset: AssetKind,
		amount: Balance,
		kind: RepayKind,
	) -> Result<Balance, DispatchError> {
		let mut market = match kind {
			RepayKind::Liquidation => Self::accrue(asset)?,
			RepayKind::Own | RepayKind::OnBehalf => Self::open_market(asset, |p| p.repay)?,
		};
		let owed = Self::borrow_balance(&market, asset, borrower);
		ensure!(owed > 0, Error::<T>::NoBorrow);
		let repaid = amount.min(owed);
		ensure!(repaid > 0, Error::<T>::ZeroAmount);
		Self::count_rewards(asset, &market, borrower);
		Self::pull(asset, payer, repaid)?;
		let mine = Borrows::<T>::get(asset, borrower).unwrap_or(0);
		// A full repayment clears the account; a partial one removes ⌊repaid / index⌋.
		let n = if repaid == owed {
			mine
		} else {
			div(repaid, market.borrow_index, Rounding::Down).unwrap_or(0).min(mine)
		};
		if n == mine {
			Borrows::<T>::remove(asset, borrower);
		} else {
			Borrows::<T>::insert(asset, borrower, mine - n);
		}
		Self::note_isolated(borrower, asset, |b| b.saturating_sub(n));
		market.normalized_borrows = market.normalized_borrows.saturating_sub(n);
		market.cash = market.cash.checked_add(repaid).ok_or(Error::<T>::Overflow)?;
		Markets::<T>::insert(asset, market);
		let now = T::Time::now();
		Borrowers::<T>::mutate(borrower, |h| {
			let h = h.get_or_insert(BorrowerHistory { first_seen: now, ..Default::default() });
			match kind {
				RepayKind::Liquidation => h.liquidations = h.liquidations.saturating_add(1),
				RepayKind::Own if repaid >= mul(owed, MIN_COUNTED_REPAYMENT, Rounding::Up) => {
					h.repayments = h.repayments.saturating_add(1)
				},
				RepayKind::Own | RepayKind::OnBehalf => {},
			}
		});
		Self::deposit_event(Event::Repaid {
			payer: payer.clone(),
			borrower: borrower.clone(),
			asset,
			amount: repaid,
		});
		Ok(repaid)
	}

	/// `who`'s liquidity now at the collateral factors (raised by the borrower score when
	/// governance's switch is on) or, with `at_threshold`, at the liquidation thresholds, after
	/// an optional change: `(market, lend tokens redeemed, amount borrowed)`.
	///
	/// At the collateral factors (borrowing, redeeming) it values collateral at the lower and
	/// debts at the higher of the oracle's price and delayed price, and needs both for every
	/// market the account supplies as collateral or borrows from. At the thresholds
	/// (liquidation) it uses the delayed prices and counts collateral and borrows without one
	/// as nothing (the liquidated borrow and the seized collateral need theirs).
	///
	/// The score is asked with the utilization the change leads to, so a borrow that uses more
	/// of the capacity is judged on that.
	pub fn liquidity_with(
		who: &T::AccountId,
		at_threshold: bool,
		change: Option<(AssetKind, Balance, Balance)>,
	) -> Result<Liquidity, DispatchError> {
		let now = T::Time::now();
		let mut borrow_value = 0u128;
		// (value of the collateral, collateral factor, liquidation threshold) per market.
		let mut collateral = alloc::vec::Vec::new();
		let isolated_in = IsolatedIn::<T>::get(who);
		for (asset, stored) in Markets::<T>::iter() {
			let m = Self::accrued(stored, now);
			let (redeemed, borrowed) = match change {
				Some((a, r, b)) if a == asset => (r, b),
				_ => (0, 0),
			};
			// An isolated market counts only for the accounts isolated in it.
			let is_collateral = Collateral::<T>::contains_key(who, asset)
				&& (m.params.isolation_ceiling.is_none() || isolated_in == Some(asset));
			let shares = if is_collateral {
				T::Assets::balance(m.lend_token, who).saturating_sub(redeemed)
			} else {
				0
			};
			let owed = Self::borrow_balance(&m, asset, who).saturating_add(borrowed);
			if shares == 0 && owed == 0 {
				continue;
			}
			// Liquidation judges at the delayed price (dss's OSM: a borrower sees a falling price
			// coming for a whole delay); borrowing and redeeming value collateral at the lower
			// and debts at the higher of the price and the delayed price.
			let (collateral_price, debt_price) = if at_threshold {
				let delayed = T::Oracle::delayed_price(asset);
				(delayed, delayed)
			} else {
				(T::Oracle::collateral_price(asset), T::Oracle::debt_price(asset))
			};
			if shares > 0 {
				match collateral_price {
					Some(price) => {
						let underlying = mul(shares, Self::exchange_rate(&m), Rounding::Down);
						collateral.push((
							mul(underlying, price, Rounding::Down),
							m.params.collateral_factor,
							m.params.liquidation_threshold,
						));
					},
					// At liquidation, collateral without a price counts as nothing: a
					// borrower cannot make itself unliquidatable by enabling a sliver of an
					// unpriced asset as collateral.
					None if at_threshold => {},
					None => return Err(Error::<T>::NoPrice.into()),
				}
			}
			if owed > 0 {
				match debt_price {
					Some(price) => {
						borrow_value = borrow_value.saturating_add(mul(owed, price, Rounding::Up))
					},
					// At liquidation a borrow without a price counts as nothing: the debt is
					// then a lower bound, so a shortfall shown is real, and a sliver borrowed
					// of a thinly fed asset cannot shield the other borrows.
					None if at_threshold => {},
					None => return Err(Error::<T>::NoPrice.into()),
				}
			}
		}
		let at = |boost: Ratio| {
			collateral.iter().fold(0u128, |sum, &(value, cf, lt)| {
				let factor = if at_threshold { lt } else { cf.saturating_add(boost).min(lt) };
				sum.saturating_add(mul(value, factor, Rounding::Down))
			})
		};
		let capacity = at(Ratio::zero());
		let (mut collateral_value, mut collateral_boost) = (capacity, Ratio::zero());
		if !at_threshold {
			let params = Parameters::<T>::get();
			if params.boost_enabled && params.score_model.is_some() {
				let features = Self::borrower_features(who, borrow_value, capacity);
				collateral_boost = Self::boost(&params, Self::score(&params, &features).as_ref());
				if !collateral_boost.is_zero() {
					collateral_value = at(collateral_boost);
				}
			}
		}
		Ok(Liquidity {
			collateral_value,
			borrow_value,
			liquidity: collateral_value.saturating_sub(borrow_value),
			shortfall: borrow_value.saturating_sub(collateral_value),
			collateral_boost,
			capacity,
		})
	}

	/// `who`'s liquidity now at the collateral factors.
	pub fn account_liquidity(who: &T::AccountId) -> Result<Liquidity, DispatchError> {
		Self::liquidity_with(who, false, None)
	}

	/// Whether the borrower-score parameters are usable: the boost at most
	/// [`Config::MaxCollateralBoost`], the safety margin below 1.
	pub fn params_valid(params: &LendingParams) -> bool {
		params.max_boost <= T::MaxCollateralBoost::get() && params.safe_margin < Ratio::one()
	}

	/// Records when `who` first used the markets.
	fn note_seen(who: &T::AccountId) {
		if !Borrowers::<T>::contains_key(who) {
			let first_seen = T::Time::now();
			Borrowers::<T>::insert(who, BorrowerHistory { first_seen, ..Default::default() });
		}
	}

	/// The borrower-score features of `who` (see
	/// [`agora_primitives::lending::BORROWER_FEATURES`]), given its borrow value and its
	/// capacity at the plain collateral factors.
	pub fn borrower_features(
		who: &T::AccountId,
		borrow_value: Balance,
		capacity: Balance,
	) -> alloc::vec::Vec<Fixed> {
		let history = Borrowers::<T>::get(who).unwrap_or_default();
		let credentials = T::Credentials::valid_credentials(who, T::MaxCredentialsCounted::get());
		let age = match history.first_seen {
			0 => 0,
			t => T::Time::now().saturating_sub(t),
		};
		let cap = Ratio::from_u32(UTILIZATION_CAP);
		let utilization = match (borrow_value, capacity) {
			(0, _) => Ratio::zero(),
			(_, 0) => cap,
			(b, c) => Ratio::checked_from_rational(b, c).unwrap_or(cap).min(cap),
		};
		let count = |n: u32| Fixed::try_from_int(i64::from(n)).unwrap_or(Fixed::MAX);
		let fixed = |r: Ratio| Fixed::try_from_fixed_u128(r).unwrap_or(Fixed::MAX);
		alloc::vec![
			count(credentials),
			count(history.repayments),
			count(history.liquidations),
			fixed(Ratio::saturating_from_rational(age, DAY_MS)),
			fixed(utilization),
		]
	}

	/// The score model's explained answer for `features`, if governance set a model and it
	/// answers.
	fn score(params: &LendingParams, features: &[Fixed]) -> Option<Recommendation> {
		params.score_model.and_then(|m| T::Recommender::recommend(m, features).ok())
	}

	/// What `score` adds to the collateral factors: `max boost × score` (the score clamped to
	/// [0, 1]) while the switch is on, else zero.
	fn boost(params: &LendingParams, score: Option<&Recommendation>) -> Ratio {
		let Some(r) = score.filter(|_| params.boost_enabled) else {
			return Ratio::zero();
		};
		let clamped = if r.score.is_negative() {
			Ratio::zero()
		} else {
			r.score.try_to_fixed_u128().unwrap_or(Ratio::one()).min(Ratio::one())
		};
		params.max_boost.min(T::MaxCollateralBoost::get()).saturating_mul(clamped)
	}

	/// The weight the borrower score adds to a liquidity check while the switch is on: the
	/// history and parameter reads, counting credentials and asking the model.
	pub fn score_weight() -> Weight {
		let params = Parameters::<T>::get();
		match params.score_model.filter(|_| params.boost_enabled) {
			Some(model) => {
				T::Credentials::valid_credentials_weight(T::MaxCredentialsCounted::get())
					.saturating_add(T::Recommender::recommend_weight(model))
					.saturating_add(T::DbWeight::get().reads(1))
			},
			None => Weight::zero(),
		}
	}

	fn burn_shares(token: AssetId, who: &T::AccountId, shares: Balance) -> DispatchResult {
		MovingShares::<T>::put(true);
		let result = T::Assets::burn_from(
			token,
			who,
			shares,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Force,
		);
		MovingShares::<T>::kill();
		result.map(|_| ())
	}

	/// Moves `amount` of `asset` from `who` into the pallet's account.
	fn pull(asset: AssetKind, who: &T::AccountId, amount: Balance) -> DispatchResult {
		transfer::<_, T::Currency, T::Assets>(asset, who, &Self::account(), amount)
	}

	/// Pays `amount` of `asset` out of the pallet's account (which exists from genesis and is
	/// kept alive).
	fn push(asset: AssetKind, to: &T::AccountId, amount: Balance) -> DispatchResult {
		transfer::<_, T::Currency, T::Assets>(asset, &Self::account(), to, amount)
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(Markets::<T>::count() <= T::MaxMarkets::get(), "more markets than MaxMarkets");
		for (asset, m) in Markets::<T>::iter() {
			ensure!(
				m.cash.saturating_add(Self::total_borrows(&m)) >= m.total_reserves,
				"a market's reserves exceed its cash and borrows"
			);
			ensure!(LendTokens::<T>::get(m.lend_token) == Some(asset), "a lend token is unmapped");
			let held = match asset {
				AssetKind::Native => T::Currency::balance(&Self::account()),
				AssetKind::Asset(id) => T::Assets::balance(id, &Self::account()),
			};
			ensure!(held >= m.cash, "the pallet holds less than a market's cash");
			let sum =
				Borrows::<T>::iter_prefix_values(asset).fold(0u128, |s, n| s.saturating_add(n));
			ensure!(
				sum == m.normalized_borrows,
				"Σ account normalized borrows differs from the market's"
			);
		}
		ensure!(
			LendTokens::<T>::iter().all(|(token, asset)| {
				Markets::<T>::get(asset).is_some_and(|m| m.lend_token == token)
			}),
			"a lend token maps to a market that does not use it"
		);
		ensure!(!MovingShares::<T>::get(), "the lend-token freeze was left lifted");
		// Isolation: each isolated account uses its isolated market alone as collateral, and the
		// isolated borrows are exactly the sums of its accounts' normalized borrows.
		let mut sums = alloc::collections::BTreeMap::<(AssetKind, AssetKind), Balance>::new();
		for (who, isolated) in IsolatedIn::<T>::iter() {
			ensure!(Markets::<T>::contains_key(isolated), "an account is isolated in no market");
			ensure!(
				Collateral::<T>::iter_key_prefix(&who).all(|a| a == isolated),
				"an isolated account uses another collateral"
			);
			for asset in Markets::<T>::iter_keys() {
				if let Some(n) = Borrows::<T>::get(asset, &who) {
					let sum = sums.entry((isolated, asset)).or_default();
					*sum = sum.saturating_add(n);
				}
			}
		}
		let stored: alloc::collections::BTreeMap<(AssetKind, AssetKind), Balance> =
			IsolatedBorrows::<T>::iter().map(|(x, a, n)| ((x, a), n)).collect();
		sums.retain(|_, n| *n > 0);
		ensure!(stored == sums, "isolated borrows differ from their accounts' borrows");
		ensure!(Self::params_valid(&Parameters::<T>::get()), "invalid lending parameters");
		Ok(())
	}
}

/// Lend tokens are frozen in pallet-assets: they move only through this pallet.
impl<T: Config> FrozenBalance<AssetId, T::AccountId, Balance> for Pallet<T> {
	fn frozen_balance(asset: AssetId, who: &T::AccountId) -> Option<Balance> {
		if !LendTokens::<T>::contains_key(asset) || MovingShares::<T>::get() {
			return None;
		}
		Some(T::Assets::balance(asset, who))
	}

	fn died(_: AssetId, _: &T::AccountId) {}

	fn contains_freezes(asset: AssetId) -> bool {
		LendTokens::<T>::contains_key(asset)
	}
}

/// The read-only views behind the `LendingApi` runtime API.
impl<T: Config> Pallet<T> {
	/// `rate` per year compounded per second over a year, minus 1.
	pub fn apy(rate: Ratio) -> Ratio {
		let per_second = Ratio::from_inner(rate.into_inner() / u128::from(SECONDS_PER_YEAR));
		Ratio::one()
			.saturating_add(per_second)
			.saturating_pow(SECONDS_PER_YEAR as usize)
			.saturating_sub(Ratio::one())
	}

	/// Every market, accrued up to now.
	pub fn markets_info() -> alloc::vec::Vec<agora_primitives::lending::MarketInfo> {
		let now = T::Time::now();
		Markets::<T>::iter()
			.map(|(asset, stored)| {
				let m = Self::accrued(stored, now);
				let total_borrows = Self::total_borrows(&m);
				let util = utilization(m.cash, total_borrows, m.total_reserves);
				let borrow_rate = m.params.interest.borrow_rate(util);
				let supply_rate = m.params.interest.supply_rate(util, m.params.reserve_factor);
				agora_primitives::lending::MarketInfo {
					asset,
					lend_token: m.lend_token,
					collateral_factor: m.params.collateral_factor,
					liquidation_threshold: m.params.liquidation_threshold,
					reserve_factor: m.params.reserve_factor,
					cash: m.cash,
					total_borrows,
					total_reserves: m.total_reserves,
					total_supply: T::Assets::total_issuance(m.lend_token),
					exchange_rate: Self::exchange_rate(&m),
					utilization: util,
					borrow_rate,
					supply_rate,
					borrow_apy: Self::apy(borrow_rate),
					supply_apy: Self::apy(supply_rate),
					price: T::Oracle::price(asset),
				}
			})
			.collect()
	}

	/// `who`'s liquidity at the collateral factors and at the liquidation thresholds.
	pub fn liquidity_info(
		who: &T::AccountId,
	) -> Result<agora_primitives::lending::LiquidityInfo, agora_primitives::lending::LiquidityError>
	{
		let l = Self::liquidity_with(who, false, None)
			.map_err(|_| agora_primitives::lending::LiquidityError::NoPrice)?;
		Self::info_of(who, l)
	}

	fn info_of(
		who: &T::AccountId,
		l: Liquidity,
	) -> Result<agora_primitives::lending::LiquidityInfo, agora_primitives::lending::LiquidityError>
	{
		use agora_primitives::lending::{LiquidityError, LiquidityInfo};
		let at_threshold =
			Self::liquidity_with(who, true, None).map_err(|_| LiquidityError::NoPrice)?;
		Ok(LiquidityInfo {
			collateral_value: l.collateral_value,
			borrow_value: l.borrow_value,
			liquidity: l.liquidity,
			shortfall: l.shortfall,
			liquidation_shortfall: at_threshold.shortfall,
			collateral_boost: l.collateral_boost,
		})
	}

	/// `who`'s explained borrower score and what it can borrow safely (the `lending_recommend`
	/// RPC method).
	pub fn recommend(
		who: &T::AccountId,
	) -> Result<BorrowerRecommendation, agora_primitives::lending::LiquidityError> {
		let l = Self::liquidity_with(who, false, None)
			.map_err(|_| agora_primitives::lending::LiquidityError::NoPrice)?;
		let params = Parameters::<T>::get();
		let features = Self::borrower_features(who, l.borrow_value, l.capacity);
		let score = Self::score(&params, &features);
		let usable = mul(
			l.collateral_value,
			Ratio::one().saturating_sub(params.safe_margin),
			Rounding::Down,
		);
		let safe_borrow_value = usable.saturating_sub(l.borrow_value);
		let now = T::Time::now();
		let safe_borrow = Markets::<T>::iter()
			.filter_map(|(asset, stored)| {
				let m = Self::accrued(stored, now);
				if m.params.paused.borrow {
					return None;
				}
				let price = T::Oracle::debt_price(asset)?;
				let amount = div(safe_borrow_value, price, Rounding::Down)?.min(m.cash);
				Some((asset, amount))
			})
			.collect();
		Ok(BorrowerRecommendation {
			features,
			score,
			boost_enabled: params.boost_enabled,
			collateral_boost: l.collateral_boost,
			liquidity: Self::info_of(who, l)?,
			safe_borrow_value,
			safe_borrow,
		})
	}

	/// Every market's protocol seize share and isolation settings, with what the accounts
	/// isolated in it owe now.
	pub fn market_risks() -> alloc::vec::Vec<agora_primitives::lending::MarketRiskInfo> {
		Markets::<T>::iter()
			.map(|(asset, m)| agora_primitives::lending::MarketRiskInfo {
				asset,
				protocol_seize_share: m.params.protocol_seize_share,
				isolation_ceiling: m.params.isolation_ceiling,
				isolated_debt: Self::isolated_debt(asset, None).ok(),
				borrowable_in_isolation: m.params.borrowable_in_isolation,
			})
			.collect()
	}

	/// `who`'s positions in every market it uses, and its rewards.
	pub fn position(who: &T::AccountId) -> agora_primitives::lending::AccountPosition {
		let now = T::Time::now();
		let markets = Markets::<T>::iter()
			.filter_map(|(asset, stored)| {
				let m = Self::accrued(stored, now);
				let lend_tokens = T::Assets::balance(m.lend_token, who);
				let borrowed = Self::borrow_balance(&m, asset, who);
				let collateral = Collateral::<T>::contains_key(who, asset);
				(lend_tokens > 0 || borrowed > 0 || collateral).then(|| {
					agora_primitives::lending::PositionInfo {
						asset,
						lend_tokens,
						supplied: mul(lend_tokens, Self::exchange_rate(&m), Rounding::Down),
						borrowed,
						collateral,
					}
				})
			})
			.collect();
		agora_primitives::lending::AccountPosition { markets, rewards: Self::pending_rewards(who) }
	}
}
