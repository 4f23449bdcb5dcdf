//! # Stablecoin pallet
//!
//! AGD, a US-dollar stablecoin minted against collateral in vaults, after MakerDAO (Vat, Jug,
//! Spot, Dog/Clip, Vow) and Acala Honzon.
//!
//! ## Overview
//!
//! - **Collateral types** — AGR or any pallet-assets asset — are configured by
//!   [`Config::GovernanceOrigin`] with [`CollateralParams`]: the liquidation ratio (default
//!   150 %), a per-second stability fee, the liquidation penalty (default 13 %), a debt ceiling
//!   and a debt floor (dust).
//! - **Vaults**: one per owner and collateral type. [`Pallet::adjust`] deposits or withdraws
//!   collateral and mints or repays AGD in one call (`deposit`, `withdraw`, `mint`, `repay` and
//!   `close` are shorthands). Native collateral is held with a fungible hold
//!   ([`HoldReason::VaultCollateral`]); asset collateral moves to the pallet's account. AGD is a
//!   pallet-assets asset ([`Config::StableAsset`]) this pallet mints and burns. Minting or
//!   withdrawing needs a fresh oracle price and leaves the vault at or above its liquidation
//!   ratio, valuing the collateral at the *lower* of the oracle's price and its delayed price
//!   ([`PriceProvider::collateral_price`]): neither a crash nor a spike the delay still holds
//!   back can be minted against. Depositing and repaying never need a price.
//! - **Stability fees** compound per second into each type's rate accumulator (Maker's
//!   `rate`): a vault's debt is its normalized debt × rate. Accrued fees are minted as AGD to
//!   the surplus account ([`Pallet::surplus_account`], dss's `fold` crediting the Vow), which
//!   also receives penalties and rounding: its AGD is the surplus, burned first against bad
//!   debt, spent by governance ([`Pallet::spend_surplus`]) and burned at redemption.
//! - **Liquidation**: anyone may liquidate a vault below its liquidation ratio at the oracle's
//!   *delayed* price ([`PriceProvider::delayed_price`], dss's OSM: an hour by default), so an
//!   owner sees a falling price coming for a whole delay before it can liquidate the vault.
//!   Auctions start and restart from the delayed price, and a shutdown freezes it. The keeper earns [`StablecoinParams::keeper_incentive`] of the collateral; the rest
//!   is sold in a descending-price auction (Maker Clip): the price starts at the oracle price ×
//!   [`StablecoinParams::auction_buffer`] and falls linearly to zero over
//!   [`StablecoinParams::auction_duration`]. Bidders [`Pallet::take`] collateral at the current
//!   price, paying AGD (burned), until the debt plus the penalty is covered; the collateral left
//!   is credited to the owner ([`Leftovers`]), who claims it with [`Pallet::claim_leftovers`]
//!   (as dss's Clip credits the urn: pushing it could fail for ever on an account that cannot
//!   take it, and block the auction and a shutdown's redemption). Penalties go to the surplus; a shortfall when the collateral runs out
//!   becomes [`BadDebt`]. Surplus offsets bad debt as soon as both exist. An auction that ran
//!   its course is restarted from the current price with [`Pallet::restart_auction`].
//! - **Emergency shutdown** ([`Pallet::shutdown`], governance; after Maker's End): compounds
//!   fees one last time, freezes every type's rate and oracle price ([`FrozenPrices`]) and
//!   stops minting, liquidation, auctions and parameter changes. Anyone then settles each vault
//!   ([`Pallet::settle_vault`]) and auction ([`Pallet::settle_auction`]) at the frozen price:
//!   collateral worth the debt moves to the type's [`RedemptionPools`], owners withdraw the
//!   rest. When no debt is left, [`Pallet::open_redemption`] fixes `pool / AGD supply` per
//!   type ([`RedemptionFix`], rounded down, so the pools always cover the AGD left) and AGD
//!   holders [`Pallet::redeem`] AGD for their pro-rata share of every pool.
//! - **Beyond vaults** (`money.rs`): a global debt limit ([`MoneyParams::debt_limit`], dss's
//!   `Line`) on every mint and peg-stability swap in; **savings** ([`Pallet::savings_join`],
//!   [`Pallet::savings_exit`], dss's Pot) that grow at [`MoneyParams::savings_rate`] through the
//!   accumulator `chi`, the interest moved from the surplus and never more than it holds;
//!   **peg stability modules** ([`Pallet::psm_swap_in`], [`Pallet::psm_swap_out`], dss-psm)
//!   that swap AGD 1:1 with a listed external stable asset, with fees and a ceiling; and the
//!   **flash mint** ([`Pallet::flash_mint`], dss-flash and ERC-3156) that mints AGD for the
//!   length of one call and undoes everything unless it is burned again with its fee.
//! - **Risk recommendations**: [`Pallet::recommend`] and [`Pallet::at_risk_vaults`] (the
//!   `stablecoin_recommend` and `stablecoin_atRiskVaults` RPC methods) value each vault, give
//!   the collateral to deposit to reach the *safe ratio* (liquidation ratio +
//!   [`StablecoinParams::safe_margin`]) and, when governance set
//!   [`StablecoinParams::risk_model`], the model's explained risk score through the
//!   [`Recommend`] trait. The model's features, in order: collateral ratio (capped at
//!   [`RATIO_CAP`]), the collateral's price volatility ([`PriceProvider::volatility`]), the
//!   vault's age in days. At-risk vaults are ranked by that score, else by lowest ratio.
//!
//! ## Accounting (exact) and invariants (`try_state`)
//!
//! Debt per collateral type is `⌊normalized debt × rate⌋`. Minting `x` adds `⌈x / rate⌉`
//! normalized debt, repaying `x` removes `⌊x / rate⌋` (all of it for a full repayment, whose
//! price is `⌈normalized × rate⌉`, except for the type's last vault, which owes the type's
//! `⌊normalized × rate⌋` so that it can always close); every rounding difference is minted to
//! the surplus account, so that
//!
//! `AGD issuance (the surplus account's included) = Σ types ⌊normalized debt × rate⌋ +
//! AuctionDebt + BadDebt + SettledDebt + Σ modules' reserve × 10^scale`
//!
//! holds exactly ([`SettledDebt`] is zero until a shutdown; opening redemption absorbs the
//! surplus and bad debt into it, and each redemption burns as much of it as of AGD).
//! `try_state` checks it, and that each type's totals equal the sums over its vaults, that
//! held native collateral equals the native vaults' collateral, that the auctions' debts sum
//! to [`AuctionDebt`], that there are at most [`Config::MaxCollateralTypes`] types, and, once
//! redemption is open, that every pool covers the AGD left at its fixed ratio; that no flash
//! mint outlives its extrinsic, that the savers' pies sum to the pot's and the savings account
//! holds at least `⌊Σ pie × chi⌋`, and that `chi` never fell below 1. Savings move AGD from
//! the surplus and never mint, so the identity above is also the proof that they pay no more
//! than the surplus held.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
mod money;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use agora_primitives::stablecoin::{
	AtRiskPage, AuctionInfo, CollateralInfo, CollateralParams, MoneyInfo, MoneyParams, PsmInfo,
	PsmParams, SavingsInfo, ShutdownInfo, SystemInfo, VaultInfo, VaultRisk,
};
use agora_primitives::{
	assets::transfer, oracle::PriceProvider, recommend::Recommend, recommender::Fixed, AssetId,
	AssetKind, Balance, Moment, Price,
};
use alloc::{boxed::Box, vec::Vec};
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{
		fungible::{self, MutateHold as _},
		fungibles::{self, Inspect as _, Mutate as _},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		EnsureOrigin, Time,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};
use sp_runtime::{
	traits::{AccountIdConversion, Dispatchable, One, Saturating, Zero},
	FixedPointNumber,
};

pub use types::*;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons this pallet holds funds for.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Native collateral locked in a vault.
		VaultCollateral,
	}

	/// Configuration of the stablecoin pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native token (AGR) as collateral.
		type Currency: fungible::Inspect<Self::AccountId, Balance = Balance>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Assets: AGD itself and asset collateral.
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = Balance>
			+ fungibles::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The asset id of AGD.
		#[pallet::constant]
		type StableAsset: Get<AssetId>;

		/// Collateral prices in AGD.
		type Oracle: PriceProvider;

		/// Who configures collateral types and parameters: governance.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who shuts the system down and sets final prices: a governance origin that is hard
		/// to capture (in Agora's runtime, Root or the `admin` track).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who spends the surplus: the treasury (in Agora's runtime, Root or the `treasury`
		/// track).
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The chain's cap on governance payouts per block, which this pallet's payouts charge
		/// (in Agora's runtime the governance pallet's `max_spend`, shared by every payout;
		/// `()` caps nothing).
		type PayoutLimit: agora_primitives::governance::PayoutLimit;

		/// The clock of fees and auctions (Unix milliseconds).
		type Time: Time<Moment = Moment>;

		/// The id of the account that keeps asset collateral and collateral under auction.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The id of the account that holds the savers' AGD ([`Pallet::savings_account`]; dss's
		/// Pot is a contract of its own): apart from every other account of this pallet's, so
		/// that nothing but savings can be counted as savings.
		#[pallet::constant]
		type SavingsPalletId: Get<PalletId>;

		/// The recommender whose model ([`StablecoinParams::risk_model`]) scores vault risk.
		type Recommender: Recommend;

		/// Most collateral types.
		#[pallet::constant]
		type MaxCollateralTypes: Get<u32>;

		/// Milliseconds after a shutdown during which only governance may set the final price
		/// of a type the shutdown could not price ([`Pallet::set_final_price`]); after it,
		/// anyone may freeze the oracle's ([`Pallet::freeze_price`]). Without it, whoever gains
		/// from a price (owners from a high one, AGD holders from a low one) would freeze the
		/// first favourable oracle price before governance could decide.
		#[pallet::constant]
		type FinalPriceGrace: Get<Moment>;

		/// The overarching call: what a flash mint dispatches ([`Pallet::flash_mint`]).
		type RuntimeCall: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ GetDispatchInfo;

		/// Most peg stability modules ([`Psms`]).
		#[pallet::constant]
		type MaxPsms: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Prices and assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: agora_primitives::assets::BenchmarkHelper<Self::AccountId>;
	}

	/// Collateral types, by asset.
	#[pallet::storage]
	pub type CollateralTypes<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, AssetKind, CollateralType>;

	/// Vaults, by owner and collateral type.
	#[pallet::storage]
	pub type Vaults<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Blake2_128Concat, AssetKind, Vault>;

	/// Running liquidation auctions.
	#[pallet::storage]
	pub type Auctions<T: Config> = StorageMap<_, Twox64Concat, AuctionId, Auction<T>>;

	/// The id the next auction gets.
	#[pallet::storage]
	pub type NextAuctionId<T: Config> = StorageValue<_, AuctionId, ValueQuery>;

	/// Debt taken from liquidated vaults that auctions have not covered yet.
	#[pallet::storage]
	pub type AuctionDebt<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// AGD (debt plus penalty) all running auctions are still raising (dss Dog's `Dirt`), at
	/// most [`StablecoinParams::auction_limit`] as liquidations go.
	#[pallet::storage]
	pub type AuctionTab<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// Debt no collateral covers.
	#[pallet::storage]
	pub type BadDebt<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// System-wide parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, StablecoinParams, ValueQuery>;

	/// Set by an emergency shutdown: when, and the AGD supply redemption opened with.
	#[pallet::storage]
	pub type Shutdown<T: Config> = StorageValue<_, ShutdownInfo>;

	/// Collateral prices frozen by the emergency shutdown.
	#[pallet::storage]
	pub type FrozenPrices<T: Config> = StorageMap<_, Blake2_128Concat, AssetKind, Price>;

	/// Collateral an ended or settled auction left to a vault's owner, kept in the pallet's
	/// account until the owner claims it ([`Pallet::claim_leftovers`]). Credited, never pushed:
	/// a transfer to an owner whose account cannot take it (below the minimum balance, no
	/// consumer slot left) would otherwise fail the auction's last `take` or its settlement for
	/// ever, and with it the shutdown's redemption.
	#[pallet::storage]
	pub type Leftovers<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		AssetKind,
		Balance,
		ValueQuery,
	>;

	/// Collateral taken from settled vaults and auctions after a shutdown, for AGD holders.
	#[pallet::storage]
	pub type RedemptionPools<T: Config> =
		StorageMap<_, Blake2_128Concat, AssetKind, Balance, ValueQuery>;

	/// Collateral one unit of AGD redeems for, per type, fixed when redemption opens.
	#[pallet::storage]
	pub type RedemptionFix<T: Config> = StorageMap<_, Blake2_128Concat, AssetKind, Price>;

	/// Debt of vaults and auctions settled by the shutdown: AGD backed by the redemption pools.
	#[pallet::storage]
	pub type SettledDebt<T: Config> = StorageValue<_, Balance, ValueQuery>;

	/// The debt limit, the savings rate and the flash mint's limit and fee.
	#[pallet::storage]
	pub type MoneyParameters<T: Config> = StorageValue<_, MoneyParams, ValueQuery>;

	/// The savings pot: the accumulator `chi` and the savers' total (dss's Pot).
	#[pallet::storage]
	pub type Savings<T: Config> = StorageValue<_, Pot, ValueQuery>;

	/// Each saver's normalized savings (dss's `pie`): worth `pie × chi` AGD.
	#[pallet::storage]
	pub type SavingsPie<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Balance, ValueQuery>;

	/// Peg stability modules, by external stable asset (dss-psm).
	#[pallet::storage]
	pub type Psms<T: Config> = CountedStorageMap<_, Blake2_128Concat, AssetId, Psm>;

	/// AGD the flash mint in progress has minted; absent outside a flash mint (which is also
	/// its reentrancy guard).
	#[pallet::storage]
	pub type FlashMinted<T: Config> = StorageValue<_, Balance>;

	/// Genesis: parameters, collateral types and peg stability modules.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// System-wide parameters.
		pub params: StablecoinParams,
		/// Collateral types and their parameters.
		pub collateral_types: alloc::vec::Vec<(AssetKind, CollateralParams)>,
		/// The debt limit, savings rate and flash-mint parameters.
		pub money: MoneyParams,
		/// Peg stability modules: external stable assets and their parameters.
		pub psms: alloc::vec::Vec<(AssetId, PsmParams)>,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _phantom: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Parameters::<T>::put(self.params);
			for (asset, params) in &self.collateral_types {
				assert!(Pallet::<T>::params_valid(params), "invalid collateral parameters");
				CollateralTypes::<T>::insert(asset, Pallet::<T>::new_type(*params));
			}
			assert!(Pallet::<T>::money_params_valid(&self.money), "invalid money parameters");
			MoneyParameters::<T>::put(self.money);
			assert!(self.psms.len() <= T::MaxPsms::get() as usize, "more PSMs than MaxPsms");
			for (asset, params) in &self.psms {
				assert!(Pallet::<T>::psm_params_valid(*asset, params), "invalid PSM parameters");
				Psms::<T>::insert(asset, Psm { params: *params, reserve: 0 });
			}
		}
	}

	/// Events of the stablecoin pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance created or changed a collateral type.
		CollateralTypeSet { asset: AssetKind, params: CollateralParams },
		/// Governance set the system-wide parameters.
		ParamsSet { params: StablecoinParams },
		/// A vault changed: collateral and debt deltas (positive: deposited / minted).
		VaultAdjusted { owner: T::AccountId, asset: AssetKind, collateral: i128, debt: i128 },
		/// A vault was liquidated: its collateral went to auction `auction`, minus the keeper's
		/// incentive.
		Liquidated {
			owner: T::AccountId,
			asset: AssetKind,
			collateral: Balance,
			debt: Balance,
			auction: AuctionId,
			keeper: T::AccountId,
			incentive: Balance,
		},
		/// A bidder bought `collateral` for `paid` AGD at `price`.
		Taken {
			auction: AuctionId,
			bidder: T::AccountId,
			collateral: Balance,
			paid: Balance,
			price: Price,
		},
		/// An auction ended: `returned` collateral was credited to the owner's leftovers,
		/// `bad_debt` was left.
		AuctionEnded { auction: AuctionId, returned: Balance, bad_debt: Balance },
		/// An auction that needed it restarted from the current price.
		AuctionRestarted { auction: AuctionId, start_price: Price },
		/// Governance paid `amount` of the surplus's AGD to `to`.
		SurplusSpent { to: T::AccountId, amount: Balance },
		/// Governance shut the system down: prices frozen, vaults and auctions to be settled.
		Shutdown { at: Moment },
		/// After the shutdown, the final price of a collateral type was frozen.
		PriceFrozen { asset: AssetKind, price: Price },
		/// An auction left `amount` of collateral to the vault's owner, to claim.
		LeftoversCredited { owner: T::AccountId, asset: AssetKind, amount: Balance },
		/// An owner claimed the collateral its auctions left it.
		LeftoversClaimed { owner: T::AccountId, asset: AssetKind, amount: Balance },
		/// A vault's debt was settled at the frozen price: `collateral` went to the redemption
		/// pool, `bad_debt` was not covered.
		VaultSettled {
			owner: T::AccountId,
			asset: AssetKind,
			debt: Balance,
			collateral: Balance,
			bad_debt: Balance,
		},
		/// An auction was settled at the frozen price: `collateral` went to the redemption pool,
		/// `returned` to the vault's owner, `bad_debt` was not covered; the penalty is waived.
		AuctionSettled {
			auction: AuctionId,
			debt: Balance,
			collateral: Balance,
			returned: Balance,
			bad_debt: Balance,
		},
		/// Every debt is settled: `supply` AGD redeem the pools pro rata.
		RedemptionOpened { supply: Balance },
		/// `who` burned `amount` AGD for its share of each pool.
		Redeemed {
			who: T::AccountId,
			amount: Balance,
			collateral: BoundedVec<(AssetKind, Balance), MaxPools<T>>,
		},
		/// Governance set the debt limit, the savings rate and the flash mint's parameters.
		MoneyParamsSet { params: MoneyParams },
		/// Governance listed a peg stability module or changed its parameters.
		PsmSet { asset: AssetId, params: PsmParams },
		/// `who` swapped `amount` of `asset` in: `minted` AGD to it, `fee` AGD to the surplus.
		PsmSwappedIn {
			who: T::AccountId,
			asset: AssetId,
			amount: Balance,
			minted: Balance,
			fee: Balance,
		},
		/// `who` swapped `amount` of `asset` out: `burned` AGD burned, `fee` AGD to the surplus.
		PsmSwappedOut {
			who: T::AccountId,
			asset: AssetId,
			amount: Balance,
			burned: Balance,
			fee: Balance,
		},
		/// Interest was compounded into the savings accumulator: `paid` AGD moved from the
		/// surplus to the savings account.
		SavingsDripped { chi: Price, paid: Balance },
		/// `who` put `amount` AGD into savings for `pie` normalized savings.
		SavingsJoined { who: T::AccountId, amount: Balance, pie: Balance },
		/// `who` took `amount` AGD out of savings, `pie` normalized savings less.
		SavingsExited { who: T::AccountId, amount: Balance, pie: Balance },
		/// `who` flash-minted `amount` AGD, and paid it back with `fee` to the surplus.
		FlashMinted { who: T::AccountId, amount: Balance, fee: Balance },
	}

	/// Errors of the stablecoin pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The asset is not a collateral type.
		UnknownCollateral,
		/// Parameters out of range: a liquidation ratio of at least 1, a penalty below 1, an
		/// auction limit that fits an auction at the debt floor; a positive auction duration, a
		/// tail no longer, a cusp and a keeper incentive below 1, a positive global auction
		/// limit.
		InvalidParams,
		/// No fresh oracle price for the collateral: minting, withdrawing and liquidation stop.
		NoPrice,
		/// The vault would be below its liquidation ratio.
		Unsafe,
		/// The vault's debt would be positive but below the debt floor.
		BelowDebtFloor,
		/// The collateral type's debt ceiling would be exceeded.
		DebtCeilingExceeded,
		/// More collateral withdrawn than the vault holds.
		InsufficientCollateral,
		/// No such vault.
		NoVault,
		/// The vault is at or above its liquidation ratio.
		VaultSafe,
		/// No such auction.
		UnknownAuction,
		/// The auction needs a restart: its price fell below the cusp × its start price, or it
		/// ran for the tail.
		AuctionExpired,
		/// The auction does not need a restart yet.
		AuctionNotExpired,
		/// The auctions of the type, or all auctions, raise their limit of AGD already: wait
		/// for bids to lower it.
		AuctionLimitReached,
		/// The room left under the auction limits would make an auction below the debt floor.
		DustyAuction,
		/// The auction has no more than the type's debt floor × (1 + penalty) left to raise:
		/// only the whole lot can be bought.
		MustBuyAll,
		/// The surplus holds less AGD than asked for.
		InsufficientSurplus,
		/// The auction price is above the bidder's limit.
		PriceTooHigh,
		/// The bid buys no collateral.
		ZeroTake,
		/// An amount overflowed.
		Overflow,
		/// The system is shut down: only settling, withdrawing settled collateral and redeeming
		/// remain.
		ShutDown,
		/// The system is not shut down.
		NotShutDown,
		/// Redemption has not opened yet: vaults or auctions still have debt to settle.
		RedemptionNotOpen,
		/// Redemption is already open.
		RedemptionAlreadyOpen,
		/// A vault or auction still has unsettled debt (`settle_vault` / `settle_auction`).
		Unsettled,
		/// The vault has no debt to settle.
		NothingToSettle,
		/// [`Config::MaxCollateralTypes`] collateral types exist already.
		TooManyCollateralTypes,
		/// The amount is zero.
		ZeroAmount,
		/// The collateral type's final price is frozen already.
		PriceAlreadyFrozen,
		/// A price must be positive.
		ZeroPrice,
		/// No auction left the caller collateral of this asset.
		NoLeftovers,
		/// Only governance may set a final price until [`Config::FinalPriceGrace`] has passed
		/// since the shutdown.
		TooEarly,
		/// The AGD in existence would exceed the global debt limit
		/// ([`MoneyParams::debt_limit`]).
		DebtLimitExceeded,
		/// The asset has no peg stability module.
		UnknownPsm,
		/// [`Config::MaxPsms`] modules exist already.
		TooManyPsms,
		/// The module's AGD minted against its reserve would exceed its ceiling.
		PsmCeilingExceeded,
		/// The module holds less of the asset than asked for.
		InsufficientReserve,
		/// A module's scale cannot change while it holds a reserve.
		PsmScaleLocked,
		/// The caller has no savings.
		NoSavings,
		/// The surplus has not paid the savings rate up to now: nobody joins until it has (or
		/// governance changes the rate, which gives up the seconds it could not pay).
		SavingsLagging,
		/// More than [`MoneyParams::flash_max`] asked of a flash mint.
		FlashMaxExceeded,
		/// A flash mint is in progress: flash mints do not nest.
		FlashReentrancy,
		/// The flash mint's amount plus its fee was not in the caller's account when its call
		/// returned: everything it did is undone.
		FlashNotRepaid,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxCollateralTypes::get() > 0, "MaxCollateralTypes must admit a type");
			assert!(
				Self::money_params_valid(&MoneyParams::default()),
				"the default money parameters must be valid"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a collateral type or changes its parameters (fees accrued so far are
		/// compounded at the old fee first).
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::CollateralTypeSet`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_collateral_type())]
		pub fn set_collateral_type(
			origin: OriginFor<T>,
			asset: AssetKind,
			params: CollateralParams,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			let ct = match Self::accrue(asset) {
				Ok(mut ct) => {
					ct.params = params;
					ct
				},
				Err(_) => {
					ensure!(
						CollateralTypes::<T>::count() < T::MaxCollateralTypes::get(),
						Error::<T>::TooManyCollateralTypes
					);
					Self::new_type(params)
				},
			};
			CollateralTypes::<T>::insert(asset, ct);
			Self::deposit_event(Event::CollateralTypeSet { asset, params });
			Ok(())
		}

		/// Sets the system-wide auction and keeper parameters.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: StablecoinParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(
				params.auction_duration > 0
					&& params.auction_tail > 0
					&& params.auction_tail <= params.auction_duration
					&& params.auction_cusp < Price::one()
					&& params.auction_limit > 0
					&& params.keeper_incentive < Price::one()
					&& params.auction_buffer >= Price::one(),
				Error::<T>::InvalidParams
			);
			Parameters::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}

		/// Changes the caller's vault of `asset`: `collateral` > 0 deposits, < 0 withdraws;
		/// `debt` > 0 mints AGD to the caller, < 0 repays (a repayment of at least the debt
		/// repays it all and burns exactly what is owed). Opens the vault on first use and
		/// removes it when empty.
		///
		/// Minting or withdrawing needs a fresh price and leaves the vault at or above its
		/// liquidation ratio; debt stays 0 or at least the debt floor, and the type's debt
		/// within its ceiling. Emits [`Event::VaultAdjusted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::adjust())]
		pub fn adjust(
			origin: OriginFor<T>,
			asset: AssetKind,
			collateral: i128,
			debt: i128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_adjust(&who, asset, collateral, debt)
		}

		/// Repays all of the caller's debt in `asset`'s vault and withdraws all its collateral.
		/// After an emergency shutdown the debt is settled at the frozen price instead (see
		/// [`Pallet::settle_vault`]) and the collateral left is withdrawn.
		///
		/// Emits [`Event::VaultAdjusted`] (and [`Event::VaultSettled`] after a shutdown).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::adjust().saturating_add(T::WeightInfo::settle_vault()))]
		pub fn close(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut vault = Vaults::<T>::get(&who, asset).ok_or(Error::<T>::NoVault)?;
			if Shutdown::<T>::exists() {
				if vault.normalized_debt > 0 {
					Self::do_settle_vault(&who, asset)?;
				}
				vault = Vaults::<T>::get(&who, asset).unwrap_or_default();
				if vault.collateral == 0 {
					return Ok(());
				}
				let collateral =
					i128::try_from(vault.collateral).map_err(|_| Error::<T>::Overflow)?;
				return Self::do_adjust(&who, asset, -collateral, 0);
			}
			let collateral = i128::try_from(vault.collateral).map_err(|_| Error::<T>::Overflow)?;
			Self::do_adjust(&who, asset, -collateral, i128::MIN)
		}

		/// Liquidates `owner`'s vault of `asset` if it is below its liquidation ratio at the
		/// oracle's delayed price. The caller earns the keeper incentive in collateral; the rest
		/// goes to a new auction for the vault's debt plus the liquidation penalty.
		///
		/// As dss's Dog `bark`: the auctions of a type, and all auctions together, raise at most
		/// their limits ([`CollateralParams::auction_limit`], [`StablecoinParams::auction_limit`])
		/// at once. A vault whose debt plus penalty exceeds the room left is liquidated in part
		/// (debt and collateral in proportion), unless what would be left of it is below the debt
		/// floor, in which case all of it goes; a part below the debt floor is refused
		/// ([`Error::DustyAuction`]), as is any liquidation once a limit is reached
		/// ([`Error::AuctionLimitReached`]).
		///
		/// Emits [`Event::Liquidated`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::liquidate())]
		pub fn liquidate(
			origin: OriginFor<T>,
			owner: T::AccountId,
			asset: AssetKind,
		) -> DispatchResult {
			let keeper = ensure_signed(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			let mut ct = Self::accrue(asset)?;
			let mut vault = Vaults::<T>::get(&owner, asset).ok_or(Error::<T>::NoVault)?;
			let price = T::Oracle::delayed_price(asset).ok_or(Error::<T>::NoPrice)?;
			ensure!(!Self::is_safe(&ct, &vault, price), Error::<T>::VaultSafe);
			let params = Parameters::<T>::get();
			let (seized_debt, seized) = Self::liquidation_size(&ct, &vault, &params)?;

			let before = debt_of(ct.normalized_debt, ct.rate);
			ct.normalized_debt = ct.normalized_debt.saturating_sub(seized_debt);
			let debt = before.saturating_sub(debt_of(ct.normalized_debt, ct.rate));
			ct.collateral = ct.collateral.saturating_sub(seized);
			vault.normalized_debt -= seized_debt;
			vault.collateral -= seized;
			Self::seize(asset, &owner, seized)?;
			let incentive = value_of(seized, params.keeper_incentive, Rounding::Down);
			if incentive > 0 {
				Self::pay_out(asset, &keeper, incentive)?;
			}
			let auction = NextAuctionId::<T>::get();
			NextAuctionId::<T>::put(auction.checked_add(1).ok_or(Error::<T>::Overflow)?);
			let collateral = seized.saturating_sub(incentive);
			let penalty = value_of(debt, ct.params.liquidation_penalty, Rounding::Up);
			let tab = debt.saturating_add(penalty);
			Auctions::<T>::insert(
				auction,
				Auction {
					owner: owner.clone(),
					asset,
					collateral,
					debt,
					penalty,
					start_price: price.saturating_mul(params.auction_buffer),
					started_at: T::Time::now(),
				},
			);
			AuctionDebt::<T>::mutate(|d| *d = d.saturating_add(debt));
			AuctionTab::<T>::mutate(|d| *d = d.saturating_add(tab));
			ct.auction_tab = ct.auction_tab.saturating_add(tab);
			if vault.normalized_debt == 0 && vault.collateral == 0 {
				Vaults::<T>::remove(&owner, asset);
			} else {
				Vaults::<T>::insert(&owner, asset, vault);
			}
			CollateralTypes::<T>::insert(asset, ct);
			Self::deposit_event(Event::Liquidated {
				owner,
				asset,
				collateral,
				debt,
				auction,
				keeper,
				incentive,
			});
			Ok(())
		}

		/// Buys up to `max_collateral` of auction `auction`'s collateral at its current price,
		/// if that price is at most `max_price`, paying AGD. The payment covers the debt first
		/// (burned), then the penalty (to the surplus account); a bid larger than what is owed
		/// buys only what is owed. As dss's Clip, a purchase never leaves less to raise than
		/// the type's debt floor × (1 + penalty) (`chost`): a bid that would is cut to leave
		/// exactly that, and when the auction has no more than that left to raise, only the
		/// whole lot can be bought ([`Error::MustBuyAll`]). An auction that needs a restart
		/// sells nothing ([`Error::AuctionExpired`]). When the debt and penalty are covered the collateral left is
		/// credited to the owner ([`Leftovers`], [`Pallet::claim_leftovers`]); when the
		/// collateral runs out first, the debt left is bad debt.
		///
		/// Emits [`Event::Taken`] and, when the auction ends, [`Event::AuctionEnded`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::take())]
		pub fn take(
			origin: OriginFor<T>,
			auction: AuctionId,
			max_collateral: Balance,
			max_price: Price,
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			let mut a = Auctions::<T>::get(auction).ok_or(Error::<T>::UnknownAuction)?;
			let price = Self::auction_price(&a).ok_or(Error::<T>::AuctionExpired)?;
			ensure!(price <= max_price, Error::<T>::PriceTooHigh);
			let owed = a.debt.saturating_add(a.penalty);
			let mut slice = max_collateral.min(a.collateral);
			let mut paid = value_of(slice, price, Rounding::Up);
			if paid > owed {
				paid = owed;
				slice = normalize(owed, price, Rounding::Down).unwrap_or(0).min(a.collateral);
			} else if paid < owed && slice < a.collateral {
				// dss's `chost`: a partial purchase must not leave less to raise than the
				// smallest auction worth a bidder's while.
				let chost = Self::chost(a.asset);
				if owed - paid < chost {
					ensure!(owed > chost, Error::<T>::MustBuyAll);
					paid = owed - chost;
					slice = normalize(paid, price, Rounding::Down).unwrap_or(0);
				}
			}
			// Paying the whole remainder ends the auction even if it buys no whole planck of
			// collateral (as dss's Clip), so no remainder is left that nobody can buy.
			ensure!(paid > 0 && (slice > 0 || paid == owed), Error::<T>::ZeroTake);
			let to_debt = paid.min(a.debt);
			let to_penalty = paid - to_debt;
			Self::burn_and_pay_surplus(&bidder, to_debt, to_penalty)?;
			if slice > 0 {
				Self::pay_out(a.asset, &bidder, slice)?;
			}
			a.debt -= to_debt;
			AuctionDebt::<T>::mutate(|d| *d = d.saturating_sub(to_debt));
			a.penalty = a.penalty.saturating_sub(to_penalty);
			a.collateral -= slice;
			Self::deposit_event(Event::Taken { auction, bidder, collateral: slice, paid, price });

			if (a.debt == 0 && a.penalty == 0) || a.collateral == 0 {
				let returned = if a.debt == 0 && a.penalty == 0 { a.collateral } else { 0 };
				Self::credit_leftovers(&a.owner, a.asset, returned);
				// The tab drops by what was paid and, as the auction ends, by what is left.
				Self::reduce_tab(a.asset, paid.saturating_add(a.debt).saturating_add(a.penalty));
				let bad_debt = a.debt;
				if bad_debt > 0 {
					AuctionDebt::<T>::mutate(|d| *d = d.saturating_sub(bad_debt));
					BadDebt::<T>::mutate(|b| *b = b.saturating_add(bad_debt));
				}
				Auctions::<T>::remove(auction);
				Self::deposit_event(Event::AuctionEnded { auction, returned, bad_debt });
			} else {
				Self::reduce_tab(a.asset, paid);
				Auctions::<T>::insert(auction, a);
			}
			Self::heal();
			Ok(())
		}

		/// Restarts an auction that needs it — its price fell below
		/// [`StablecoinParams::auction_cusp`] × its start price, or it has run for
		/// [`StablecoinParams::auction_tail`] (dss Clip's `redo`) — from the oracle's delayed
		/// price × the auction buffer. Anyone may call it.
		///
		/// Emits [`Event::AuctionRestarted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::restart_auction())]
		pub fn restart_auction(origin: OriginFor<T>, auction: AuctionId) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			let mut a = Auctions::<T>::get(auction).ok_or(Error::<T>::UnknownAuction)?;
			ensure!(Self::auction_price(&a).is_none(), Error::<T>::AuctionNotExpired);
			let price = T::Oracle::delayed_price(a.asset).ok_or(Error::<T>::NoPrice)?;
			a.start_price = price.saturating_mul(Parameters::<T>::get().auction_buffer);
			a.started_at = T::Time::now();
			let start_price = a.start_price;
			Auctions::<T>::insert(auction, a);
			Self::deposit_event(Event::AuctionRestarted { auction, start_price });
			Ok(())
		}

		/// Deposits `amount` of `asset` into the caller's vault (opening it). Never needs a
		/// price. Shorthand for [`Pallet::adjust`]`(asset, amount, 0)`.
		///
		/// Emits [`Event::VaultAdjusted`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::adjust())]
		pub fn deposit(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_adjust(&who, asset, Self::signed(amount)?, 0)
		}

		/// Withdraws `amount` of collateral from the caller's vault; with debt, needs a fresh
		/// price and leaves the vault at or above its liquidation ratio. Shorthand for
		/// [`Pallet::adjust`]`(asset, -amount, 0)`.
		///
		/// Emits [`Event::VaultAdjusted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::adjust())]
		pub fn withdraw(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_adjust(&who, asset, -Self::signed(amount)?, 0)
		}

		/// Mints `amount` AGD to the caller against its vault of `asset`: needs a fresh price;
		/// the vault stays at or above its liquidation ratio, the debt at or above the floor,
		/// the type within its ceiling. Shorthand for [`Pallet::adjust`]`(asset, 0, amount)`.
		///
		/// Emits [`Event::VaultAdjusted`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::adjust())]
		pub fn mint(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_adjust(&who, asset, 0, Self::signed(amount)?)
		}

		/// Repays `amount` AGD (burned) of the caller's vault of `asset`; at least the debt
		/// repays all of it and burns exactly what is owed. Never needs a price. Shorthand for
		/// [`Pallet::adjust`]`(asset, 0, -amount)`.
		///
		/// Emits [`Event::VaultAdjusted`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::adjust())]
		pub fn repay(origin: OriginFor<T>, asset: AssetKind, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_adjust(&who, asset, 0, -Self::signed(amount)?)
		}

		/// **Emergency shutdown** (Maker's End `cage`). Compounds every type's fees one last
		/// time, freezes its rate and its current oracle price, and stops minting, liquidation,
		/// auctions and parameter changes for good. Then:
		///
		/// 1. anyone settles each vault with debt ([`Pallet::settle_vault`]) and each running
		///    auction ([`Pallet::settle_auction`]) at the frozen prices: the collateral worth
		///    the debt goes to the redemption pool of its type, the rest stays the owner's to
		///    withdraw ([`Pallet::withdraw`] or [`Pallet::close`]);
		/// 2. once no debt is left, anyone opens redemption ([`Pallet::open_redemption`]),
		///    which fixes how much of each pool one AGD is worth;
		/// 3. AGD holders [`Pallet::redeem`] their AGD for their pro-rata share of every pool.
		///
		/// It succeeds whatever any type's price does (as dss's End cages types one by one): a
		/// type without a delayed price at the shutdown is frozen later, from the oracle by
		/// anyone ([`Pallet::freeze_price`]) or at a price governance sets
		/// ([`Pallet::set_final_price`]); its vaults with debt settle once it is. A type holding
		/// collateral but no debt needs no price at all: its owners just withdraw. (A deposit
		/// needs no price, so requiring one here let anyone block the shutdown with one planck
		/// in an unpriced type, exactly when oracles fail.)
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::Shutdown`] (and
		/// [`Event::PriceFrozen`] per type frozen).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::shutdown(T::MaxCollateralTypes::get()))]
		pub fn shutdown(origin: OriginFor<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			let assets: Vec<AssetKind> = CollateralTypes::<T>::iter_keys().collect();
			for asset in assets {
				Self::accrue(asset)?;
				if let Some(price) = T::Oracle::delayed_price(asset) {
					FrozenPrices::<T>::insert(asset, price);
					Self::deposit_event(Event::PriceFrozen { asset, price });
				}
			}
			// Savers are paid what the surplus holds, fees accrued up to now included, before
			// redemption burns it.
			Self::settle_savings()?;
			let at = T::Time::now();
			Shutdown::<T>::put(ShutdownInfo { at, redemption_supply: None });
			Self::deposit_event(Event::Shutdown { at });
			Ok(())
		}

		/// After a shutdown, settles `owner`'s vault of `asset` at the frozen price: collateral
		/// worth its debt (all of it if that is not enough) moves to the redemption pool, the
		/// debt not covered becomes bad debt, and the vault keeps the rest, debt-free. Anyone
		/// may call it.
		///
		/// Emits [`Event::VaultSettled`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::settle_vault())]
		pub fn settle_vault(
			origin: OriginFor<T>,
			owner: T::AccountId,
			asset: AssetKind,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_vault(&owner, asset)
		}

		/// After a shutdown, settles auction `auction` at the frozen price: collateral worth
		/// its remaining debt moves to the redemption pool, the rest is credited to the vault's
		/// owner; the penalty is waived. Its collateral type needs a frozen price (see
		/// [`Pallet::shutdown`]): settling without one would hand the owner's share to the pool.
		/// Anyone may call it.
		///
		/// Emits [`Event::AuctionSettled`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::settle_auction())]
		pub fn settle_auction(origin: OriginFor<T>, auction: AuctionId) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(Shutdown::<T>::exists(), Error::<T>::NotShutDown);
			let a = Auctions::<T>::get(auction).ok_or(Error::<T>::UnknownAuction)?;
			let price = FrozenPrices::<T>::get(a.asset).ok_or(Error::<T>::NoPrice)?;
			let (taken, covered) = Self::claim(a.debt, a.collateral, price);
			let returned = a.collateral - taken;
			Self::credit_leftovers(&a.owner, a.asset, returned);
			Self::reduce_tab(a.asset, a.debt.saturating_add(a.penalty));
			RedemptionPools::<T>::mutate(a.asset, |p| *p = p.saturating_add(taken));
			let bad_debt = a.debt - covered;
			AuctionDebt::<T>::mutate(|d| *d = d.saturating_sub(a.debt));
			SettledDebt::<T>::mutate(|d| *d = d.saturating_add(covered));
			BadDebt::<T>::mutate(|b| *b = b.saturating_add(bad_debt));
			Auctions::<T>::remove(auction);
			Self::heal();
			Self::deposit_event(Event::AuctionSettled {
				auction,
				debt: a.debt,
				collateral: taken,
				returned,
				bad_debt,
			});
			Ok(())
		}

		/// After a shutdown, once no vault or auction has debt left, opens redemption: the AGD
		/// supply now is what the pools are shared among, each unit of AGD redeeming
		/// `pool / supply` (rounded down) of each type. The surplus account's AGD is burned
		/// first and bad debt written off: both are absorbed into that ratio. Anyone may call
		/// it.
		///
		/// Emits [`Event::RedemptionOpened`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::open_redemption(MaxPools::<T>::get()))]
		pub fn open_redemption(origin: OriginFor<T>) -> DispatchResult {
			ensure_signed(origin)?;
			let mut info = Shutdown::<T>::get().ok_or(Error::<T>::NotShutDown)?;
			ensure!(info.redemption_supply.is_none(), Error::<T>::RedemptionAlreadyOpen);
			ensure!(Auctions::<T>::iter_keys().next().is_none(), Error::<T>::Unsettled);
			ensure!(
				CollateralTypes::<T>::iter_values().all(|ct| ct.normalized_debt == 0),
				Error::<T>::Unsettled
			);
			// The peg stability modules' reserves join the pools, their AGD the settled debt.
			Self::settle_psms();
			// The surplus AGD is the system's own: burning it raises every holder's share.
			Self::heal();
			let surplus = Self::surplus();
			if surplus > 0 {
				Self::burn_surplus(surplus);
			}
			let supply = T::Assets::total_issuance(T::StableAsset::get());
			if supply > 0 {
				let pools: Vec<(AssetKind, Balance)> = RedemptionPools::<T>::iter().collect();
				for (asset, pool) in pools {
					let fix = multiply_by_rational_with_rounding(
						pool,
						Price::DIV,
						supply,
						Rounding::Down,
					)
					.ok_or(Error::<T>::Overflow)?;
					RedemptionFix::<T>::insert(asset, Price::from_inner(fix));
				}
			}
			SettledDebt::<T>::put(supply);
			BadDebt::<T>::kill();
			info.redemption_supply = Some(supply);
			Shutdown::<T>::put(info);
			Self::deposit_event(Event::RedemptionOpened { supply });
			Ok(())
		}

		/// Pays the caller the collateral of `asset` its vault's auctions left it
		/// ([`Leftovers`]). If the transfer fails (e.g. below the asset's minimum balance for an
		/// empty account) nothing changes: the leftovers wait until the account can take them.
		///
		/// Emits [`Event::LeftoversClaimed`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::claim_leftovers())]
		pub fn claim_leftovers(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let amount = Leftovers::<T>::take(&who, asset);
			ensure!(amount > 0, Error::<T>::NoLeftovers);
			Self::pay_out(asset, &who, amount)?;
			Self::deposit_event(Event::LeftoversClaimed { owner: who, asset, amount });
			Ok(())
		}

		/// After a shutdown, freezes the oracle's delayed price for a collateral type that had
		/// none at the shutdown, so that its vaults can settle. Anyone may call it once
		/// [`Config::FinalPriceGrace`] has passed since the shutdown (governance may set the
		/// price before: [`Pallet::set_final_price`]).
		///
		/// Emits [`Event::PriceFrozen`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::freeze_price())]
		pub fn freeze_price(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			ensure_signed(origin)?;
			let info = Shutdown::<T>::get().ok_or(Error::<T>::NotShutDown)?;
			ensure!(
				T::Time::now() >= info.at.saturating_add(T::FinalPriceGrace::get()),
				Error::<T>::TooEarly
			);
			Self::do_freeze_price(asset, None)
		}

		/// After a shutdown, sets the final price of a collateral type that has none frozen
		/// (its oracle failed): its vaults then settle at it.
		///
		/// The origin must be [`Config::AdminOrigin`]. Emits [`Event::PriceFrozen`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::freeze_price())]
		pub fn set_final_price(
			origin: OriginFor<T>,
			asset: AssetKind,
			price: Price,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
			Self::do_freeze_price(asset, Some(price))
		}

		/// Pays `amount` of the surplus account's AGD to `to`: accrued fees, penalties and
		/// rounding are real AGD, and governance spends them (bad debt has always been paid
		/// from the surplus first). Not after a shutdown: the surplus then goes to AGD holders.
		///
		/// The origin must be [`Config::SpendOrigin`]. Emits [`Event::SurplusSpent`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::spend_surplus().saturating_add(T::DbWeight::get().reads(1)))]
		pub fn spend_surplus(
			origin: OriginFor<T>,
			to: T::AccountId,
			amount: Balance,
		) -> DispatchResult {
			T::SpendOrigin::ensure_origin(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			// Bad debt is paid first (the surplus could hold AGD beside bad debt only after a
			// transfer straight to the surplus account), then the interest savers earned.
			Self::heal();
			let pot = Self::drip()?.pot;
			Savings::<T>::put(pot);
			ensure!(amount <= Self::surplus(), Error::<T>::InsufficientSurplus);
			<T::PayoutLimit as agora_primitives::governance::PayoutLimit>::charge(
				AssetKind::Asset(T::StableAsset::get()),
				amount,
			)?;
			T::Assets::transfer(
				T::StableAsset::get(),
				&Self::surplus_account(),
				&to,
				amount,
				Preservation::Expendable,
			)?;
			Self::deposit_event(Event::SurplusSpent { to, amount });
			Ok(())
		}

		/// Burns `amount` of the caller's AGD for its share of every redemption pool:
		/// `amount × fix` (rounded down) of each collateral type.
		///
		/// Emits [`Event::Redeemed`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::redeem(MaxPools::<T>::get()))]
		pub fn redeem(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Shutdown::<T>::get().ok_or(Error::<T>::NotShutDown)?;
			ensure!(info.redemption_supply.is_some(), Error::<T>::RedemptionNotOpen);
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			T::Assets::burn_from(
				T::StableAsset::get(),
				&who,
				amount,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			let mut collateral = BoundedVec::new();
			let fixes: Vec<(AssetKind, Price)> = RedemptionFix::<T>::iter().collect();
			for (asset, fix) in fixes {
				let pool = RedemptionPools::<T>::get(asset);
				let out = value_of(amount, fix, Rounding::Down).min(pool);
				if out > 0 {
					// A payout that fails (an external stable asset frozen by its issuer, a
					// share below an asset's minimum balance) is credited to claim later: one
					// pool must not stop the redemption of the others.
					let paid = frame_support::storage::with_storage_layer(|| {
						Self::pay_out(asset, &who, out)
					});
					if paid.is_err() {
						Self::credit_leftovers(&who, asset, out);
					}
					RedemptionPools::<T>::insert(asset, pool - out);
					collateral.try_push((asset, out)).map_err(|_| Error::<T>::Overflow)?;
				}
			}
			SettledDebt::<T>::mutate(|d| *d = d.saturating_sub(amount));
			Self::deposit_event(Event::Redeemed { who, amount, collateral });
			Ok(())
		}

		/// Sets the global debt limit, the savings rate and the flash mint's limit and fee.
		/// Savings are compounded at the old rate first, as far as the surplus pays; the seconds
		/// it could not pay for are given up (none is paid at a rate it did not run at).
		///
		/// The savings rate is at most [`MAX_SAVINGS_RATE`] per second and the flash fee below
		/// 1 ([`Error::InvalidParams`]). The origin must be [`Config::GovernanceOrigin`]. Emits
		/// [`Event::MoneyParamsSet`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::set_money_params())]
		pub fn set_money_params(origin: OriginFor<T>, params: MoneyParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			ensure!(Self::money_params_valid(&params), Error::<T>::InvalidParams);
			Self::settle_savings()?;
			MoneyParameters::<T>::put(params);
			Self::deposit_event(Event::MoneyParamsSet { params });
			Ok(())
		}

		/// Lists `asset` (a pallet-assets asset, not AGD) as a peg stability module's external
		/// stable asset, or changes its module's parameters: fees below 1, a scale of at most
		/// [`MAX_PSM_SCALE`] that cannot change while the module holds a reserve. A ceiling of 0
		/// stops swaps in; swaps out go on while the reserve lasts.
		///
		/// Listing is on the hard-to-capture origin: whoever controls the listed asset's supply
		/// can mint AGD up to the ceiling with it. The origin must be [`Config::AdminOrigin`].
		/// Emits [`Event::PsmSet`].
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::set_psm())]
		pub fn set_psm(origin: OriginFor<T>, asset: AssetId, params: PsmParams) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
			ensure!(Self::psm_params_valid(asset, &params), Error::<T>::InvalidParams);
			let psm = match Psms::<T>::get(asset) {
				Some(psm) => {
					ensure!(
						psm.reserve == 0 || psm.params.scale == params.scale,
						Error::<T>::PsmScaleLocked
					);
					Psm { params, ..psm }
				},
				None => {
					ensure!(Psms::<T>::count() < T::MaxPsms::get(), Error::<T>::TooManyPsms);
					Psm { params, reserve: 0 }
				},
			};
			Psms::<T>::insert(asset, psm);
			Self::deposit_event(Event::PsmSet { asset, params });
			Ok(())
		}

		/// Swaps `amount` of the external stable `asset` for AGD at par (dss-psm's `sellGem`):
		/// the module keeps the asset and mints `amount × 10^scale` AGD, the fee in
		/// ([`PsmParams::fee_in`], rounded up) to the surplus and the rest to the caller. The
		/// module's AGD stays within its ceiling and all AGD within the debt limit, whatever
		/// the asset is worth: a depegged asset can mint no more than the ceiling.
		///
		/// Emits [`Event::PsmSwappedIn`].
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::psm_swap_in())]
		pub fn psm_swap_in(
			origin: OriginFor<T>,
			asset: AssetId,
			amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_psm_swap_in(&who, asset, amount)
		}

		/// Swaps AGD for `amount` of the external stable `asset` at par (dss-psm's `buyGem`):
		/// burns `amount × 10^scale` AGD of the caller's, moves the fee out
		/// ([`PsmParams::fee_out`], rounded up) to the surplus and pays the asset from the
		/// reserve.
		///
		/// Emits [`Event::PsmSwappedOut`].
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::psm_swap_out())]
		pub fn psm_swap_out(
			origin: OriginFor<T>,
			asset: AssetId,
			amount: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_psm_swap_out(&who, asset, amount)
		}

		/// Puts AGD into savings (dss's Pot `join`): compounds the savings rate up to now, then
		/// moves `⌈pie × chi⌉` ≤ `amount` AGD to the savings account for `pie = ⌊amount / chi⌋`
		/// normalized savings. Savings grow at the savings rate, paid from the surplus and never
		/// more than it holds; while the surplus has not paid up to now, joining is refused
		/// ([`Error::SavingsLagging`]).
		///
		/// Emits [`Event::SavingsJoined`] (and [`Event::SavingsDripped`] when interest is paid).
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::savings_join())]
		pub fn savings_join(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_savings_join(&who, amount)
		}

		/// Takes `amount` AGD out of savings (dss's Pot `exit`), all of them when `amount` is at
		/// least what the caller's savings are worth (`⌊pie × chi⌋`, after compounding up to
		/// now). Also after a shutdown.
		///
		/// Emits [`Event::SavingsExited`] (and [`Event::SavingsDripped`] when interest is paid).
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::savings_exit())]
		pub fn savings_exit(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_savings_exit(&who, amount)
		}

		/// Flash mint (dss-flash, ERC-3156): mints `amount` AGD to the caller, dispatches `call`
		/// with the caller's origin, then burns `amount` and moves the fee
		/// ([`MoneyParams::flash_fee`] × `amount`, rounded up) to the surplus from the caller's
		/// account. If the call fails, or the caller cannot pay both back, the whole flash mint
		/// fails and everything it did is undone: no AGD is left minted.
		///
		/// At most [`MoneyParams::flash_max`]; a flash mint inside another is refused
		/// ([`Error::FlashReentrancy`]); the AGD minted is not held to the debt limit (it does
		/// not outlive the call). Weighs this call's own weight plus `call`'s, refunded to what
		/// `call` used.
		///
		/// Emits [`Event::FlashMinted`].
		#[pallet::call_index(26)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::flash_mint().saturating_add(info.call_weight), info.class)
		})]
		pub fn flash_mint(
			origin: OriginFor<T>,
			amount: Balance,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin.clone())?;
			Self::do_flash_mint(origin, who, amount, *call)
		}
	}
}

/// Most redemption pools: one per collateral type and one per peg stability module.
pub struct MaxPools<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxPools<T> {
	fn get() -> u32 {
		T::MaxCollateralTypes::get().saturating_add(T::MaxPsms::get())
	}
}

impl<T: Config> Pallet<T> {
	/// The account keeping asset collateral and collateral under auction.
	pub fn account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	fn params_valid(p: &CollateralParams) -> bool {
		p.liquidation_ratio >= Price::one()
			&& p.liquidation_penalty < Price::one()
			&& p.auction_limit > 0
			&& p.auction_limit >= Self::chost_of(p)
	}

	/// The account that owns the surplus: accrued fees, penalties and rounding, as AGD.
	pub fn surplus_account() -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(*b"surplus")
	}

	/// The surplus: the surplus account's AGD.
	pub fn surplus() -> Balance {
		T::Assets::balance(T::StableAsset::get(), &Self::surplus_account())
	}

	/// Mints `amount` AGD to the surplus account (fees accrued, rounding): the AGD that the
	/// debt grew by now exists (dss's `fold` credits the Vow).
	fn add_surplus(amount: Balance) -> DispatchResult {
		if amount > 0 {
			T::Assets::mint_into(T::StableAsset::get(), &Self::surplus_account(), amount)?;
		}
		Ok(())
	}

	/// Burns `burn` of `who`'s AGD and moves `to_surplus` more of it to the surplus account (a
	/// bid's debt and penalty, a swap out and its fee, a flash mint and its fee).
	fn burn_and_pay_surplus(
		who: &T::AccountId,
		burn: Balance,
		to_surplus: Balance,
	) -> DispatchResult {
		let stable = T::StableAsset::get();
		T::Assets::burn_from(
			stable,
			who,
			burn,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		if to_surplus > 0 {
			T::Assets::transfer(
				stable,
				who,
				&Self::surplus_account(),
				to_surplus,
				Preservation::Expendable,
			)?;
		}
		Ok(())
	}

	/// Burns up to `amount` of the surplus account's AGD; returns what it burned.
	fn burn_surplus(amount: Balance) -> Balance {
		T::Assets::burn_from(
			T::StableAsset::get(),
			&Self::surplus_account(),
			amount,
			Preservation::Expendable,
			Precision::BestEffort,
			Fortitude::Force,
		)
		.unwrap_or(0)
	}

	/// dss's `chost` of a type: its debt floor × (1 + penalty), the least an auction of it
	/// should have left to raise.
	pub fn chost_of(p: &CollateralParams) -> Balance {
		value_of(p.debt_floor, Price::one().saturating_add(p.liquidation_penalty), Rounding::Up)
	}

	fn chost(asset: AssetKind) -> Balance {
		CollateralTypes::<T>::get(asset).map(|ct| Self::chost_of(&ct.params)).unwrap_or(0)
	}

	/// Lowers the AGD the auctions of `asset` (and all auctions) are raising by `amount`.
	fn reduce_tab(asset: AssetKind, amount: Balance) {
		if amount == 0 {
			return;
		}
		AuctionTab::<T>::mutate(|d| *d = d.saturating_sub(amount));
		CollateralTypes::<T>::mutate(asset, |ct| {
			if let Some(ct) = ct {
				ct.auction_tab = ct.auction_tab.saturating_sub(amount);
			}
		});
	}

	/// How much of `vault` a liquidation takes, as dss's Dog `bark`: `(normalized debt,
	/// collateral)`, all of it when the room under the auction limits allows, else in
	/// proportion.
	fn liquidation_size(
		ct: &CollateralType,
		vault: &Vault,
		params: &StablecoinParams,
	) -> Result<(Balance, Balance), DispatchError> {
		let room = params
			.auction_limit
			.saturating_sub(AuctionTab::<T>::get())
			.min(ct.params.auction_limit.saturating_sub(ct.auction_tab));
		ensure!(room > 0, Error::<T>::AuctionLimitReached);
		let art = vault.normalized_debt;
		// The most debt whose tab (debt × (1 + penalty)) fits the room, normalized.
		let chop = Price::one().saturating_add(ct.params.liquidation_penalty);
		let max_debt =
			multiply_by_rational_with_rounding(room, Price::DIV, chop.into_inner(), Rounding::Down)
				.unwrap_or(0);
		let mut dart = normalize(max_debt, ct.rate, Rounding::Down).unwrap_or(0).min(art);
		if dart < art {
			if debt_of_vault(art - dart, ct.rate) < ct.params.debt_floor {
				// What would be left is dust: it all goes (the limit is passed by less than
				// one auction at the floor, as in dss).
				dart = art;
			} else {
				ensure!(debt_of(dart, ct.rate) >= ct.params.debt_floor, Error::<T>::DustyAuction);
			}
		}
		ensure!(dart > 0, Error::<T>::AuctionLimitReached);
		let dink = if dart == art {
			vault.collateral
		} else {
			multiply_by_rational_with_rounding(vault.collateral, dart, art, Rounding::Down)
				.unwrap_or(0)
		};
		ensure!(dink > 0, Error::<T>::DustyAuction);
		Ok((dart, dink))
	}

	fn new_type(params: CollateralParams) -> CollateralType {
		CollateralType {
			params,
			rate: Price::one(),
			last_accrual: T::Time::now(),
			normalized_debt: 0,
			collateral: 0,
			auction_tab: 0,
		}
	}

	/// `amount` as a positive `i128`.
	fn signed(amount: Balance) -> Result<i128, DispatchError> {
		Ok(i128::try_from(amount).map_err(|_| Error::<T>::Overflow)?)
	}

	/// `ct` with its fees compounded up to `now` (the rate frozen after a shutdown), and the
	/// fees that adds.
	pub fn compounded(mut ct: CollateralType, now: Moment) -> (CollateralType, Balance) {
		if ct.last_accrual == 0 {
			// Created at genesis, before the first block time: fees start now.
			ct.last_accrual = now;
			return (ct, 0);
		}
		let seconds = now.saturating_sub(ct.last_accrual) / 1000;
		if seconds == 0 || Shutdown::<T>::exists() {
			return (ct, 0);
		}
		let growth = Price::one()
			.saturating_add(ct.params.stability_fee)
			.saturating_pow(usize::try_from(seconds).unwrap_or(usize::MAX));
		let rate = ct.rate.saturating_mul(growth);
		let fees =
			debt_of(ct.normalized_debt, rate).saturating_sub(debt_of(ct.normalized_debt, ct.rate));
		ct.rate = rate;
		ct.last_accrual = ct.last_accrual.saturating_add(seconds.saturating_mul(1000));
		(ct, fees)
	}

	/// Compounds `asset`'s stability fee up to now, minting the fees to the surplus account;
	/// returns the type.
	pub fn accrue(asset: AssetKind) -> Result<CollateralType, DispatchError> {
		let old = CollateralTypes::<T>::get(asset).ok_or(Error::<T>::UnknownCollateral)?;
		let (ct, fees) = Self::compounded(old, T::Time::now());
		if ct != old {
			CollateralTypes::<T>::insert(asset, ct);
		}
		if fees > 0 {
			Self::add_surplus(fees)?;
			Self::heal();
		}
		Ok(ct)
	}

	/// Collateral worth `debt` at `price` out of `collateral` (all of it if not enough), and
	/// the debt that covers: `(taken, covered)`.
	fn claim(debt: Balance, collateral: Balance, price: Price) -> (Balance, Balance) {
		match normalize(debt, price, Rounding::Up) {
			Some(needed) if needed <= collateral => (needed, debt),
			_ => (collateral, value_of(collateral, price, Rounding::Down).min(debt)),
		}
	}

	/// Freezes `price`, or else the oracle's delayed price, for `asset` after a shutdown.
	fn do_freeze_price(asset: AssetKind, price: Option<Price>) -> DispatchResult {
		ensure!(Shutdown::<T>::exists(), Error::<T>::NotShutDown);
		ensure!(CollateralTypes::<T>::contains_key(asset), Error::<T>::UnknownCollateral);
		ensure!(!FrozenPrices::<T>::contains_key(asset), Error::<T>::PriceAlreadyFrozen);
		let price = match price {
			Some(price) => price,
			None => T::Oracle::delayed_price(asset).ok_or(Error::<T>::NoPrice)?,
		};
		FrozenPrices::<T>::insert(asset, price);
		Self::deposit_event(Event::PriceFrozen { asset, price });
		Ok(())
	}

	fn do_settle_vault(owner: &T::AccountId, asset: AssetKind) -> DispatchResult {
		ensure!(Shutdown::<T>::exists(), Error::<T>::NotShutDown);
		let mut ct = CollateralTypes::<T>::get(asset).ok_or(Error::<T>::UnknownCollateral)?;
		let mut vault = Vaults::<T>::get(owner, asset).ok_or(Error::<T>::NoVault)?;
		ensure!(vault.normalized_debt > 0, Error::<T>::NothingToSettle);
		// A type without a price at the shutdown waits for `freeze_price` or `set_final_price`.
		let price = FrozenPrices::<T>::get(asset).ok_or(Error::<T>::NoPrice)?;
		let before = debt_of(ct.normalized_debt, ct.rate);
		ct.normalized_debt = ct.normalized_debt.saturating_sub(vault.normalized_debt);
		let debt = before.saturating_sub(debt_of(ct.normalized_debt, ct.rate));
		let (taken, covered) = Self::claim(debt, vault.collateral, price);
		Self::seize(asset, owner, taken)?;
		vault.collateral -= taken;
		vault.normalized_debt = 0;
		ct.collateral = ct.collateral.saturating_sub(taken);
		RedemptionPools::<T>::mutate(asset, |p| *p = p.saturating_add(taken));
		SettledDebt::<T>::mutate(|d| *d = d.saturating_add(covered));
		let bad_debt = debt - covered;
		BadDebt::<T>::mutate(|b| *b = b.saturating_add(bad_debt));
		if vault.collateral == 0 {
			Vaults::<T>::remove(owner, asset);
		} else {
			Vaults::<T>::insert(owner, asset, vault);
		}
		CollateralTypes::<T>::insert(asset, ct);
		Self::heal();
		Self::deposit_event(Event::VaultSettled {
			owner: owner.clone(),
			asset,
			debt,
			collateral: taken,
			bad_debt,
		});
		Ok(())
	}

	/// Whether `vault` is at or above the type's liquidation ratio at `price`.
	pub fn is_safe(ct: &CollateralType, vault: &Vault, price: Price) -> bool {
		let debt = debt_of_vault(vault.normalized_debt, ct.rate);
		let value = value_of(vault.collateral, price, Rounding::Down);
		value >= value_of(debt, ct.params.liquidation_ratio, Rounding::Up)
	}

	/// The current price of an auction, `None` once it needs a restart: after the tail, or
	/// below the cusp × its start price (or at zero).
	pub fn auction_price(a: &Auction<T>) -> Option<Price> {
		let params = Parameters::<T>::get();
		let duration = params.auction_duration;
		let elapsed = T::Time::now().saturating_sub(a.started_at);
		if elapsed >= duration || elapsed >= params.auction_tail {
			return None;
		}
		let left = Price::saturating_from_rational(duration - elapsed, duration);
		let price = a.start_price.saturating_mul(left);
		(!price.is_zero() && price >= a.start_price.saturating_mul(params.auction_cusp))
			.then_some(price)
	}

	/// When an auction started at `started_at` needs a restart (unless its start price is
	/// zero): after the tail, or once its price falls below the cusp.
	pub fn auction_end(started_at: Moment, params: &StablecoinParams) -> Moment {
		let below_cusp = value_of(
			u128::from(params.auction_duration),
			Price::one().saturating_sub(params.auction_cusp),
			Rounding::Up,
		);
		let until = u64::try_from(below_cusp).unwrap_or(u64::MAX).min(params.auction_tail);
		started_at.saturating_add(until)
	}

	/// Pays bad debt from the surplus: burns the surplus account's AGD, as much as both.
	fn heal() {
		let bad = BadDebt::<T>::get();
		if bad == 0 {
			return;
		}
		let m = Self::surplus().min(bad);
		if m > 0 {
			let burned = Self::burn_surplus(m);
			BadDebt::<T>::put(bad - burned.min(bad));
		}
	}

	fn lock(asset: AssetKind, who: &T::AccountId, amount: Balance) -> DispatchResult {
		match asset {
			AssetKind::Native => {
				T::Currency::hold(&HoldReason::VaultCollateral.into(), who, amount)
			},
			AssetKind::Asset(_) => {
				transfer::<_, T::Currency, T::Assets>(asset, who, &Self::account(), amount)
			},
		}
	}

	fn unlock(asset: AssetKind, who: &T::AccountId, amount: Balance) -> DispatchResult {
		match asset {
			AssetKind::Native => T::Currency::release(
				&HoldReason::VaultCollateral.into(),
				who,
				amount,
				Precision::Exact,
			)
			.map(|_| ()),
			AssetKind::Asset(_) => Self::pay_out(asset, who, amount),
		}
	}

	/// Moves a liquidated vault's collateral to the pallet's account, whatever locks its
	/// owner put on its balance (held collateral counts towards conviction-voting locks: a
	/// polite transfer would let an owner make its vault unliquidatable).
	fn seize(asset: AssetKind, owner: &T::AccountId, amount: Balance) -> DispatchResult {
		if let AssetKind::Native = asset {
			T::Currency::transfer_on_hold(
				&HoldReason::VaultCollateral.into(),
				owner,
				&Self::account(),
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
		}
		Ok(())
	}

	/// Credits `amount` of `asset` to `owner`'s leftovers ([`Leftovers`]).
	fn credit_leftovers(owner: &T::AccountId, asset: AssetKind, amount: Balance) {
		if amount > 0 {
			Leftovers::<T>::mutate(owner, asset, |l| *l = l.saturating_add(amount));
			Self::deposit_event(Event::LeftoversCredited { owner: owner.clone(), asset, amount });
		}
	}

	/// Pays collateral out of the pallet's account.
	fn pay_out(asset: AssetKind, to: &T::AccountId, amount: Balance) -> DispatchResult {
		// The account exists from genesis (endowed with the existential deposit) and is never
		// reaped, so that any amount can move into it.
		transfer::<_, T::Currency, T::Assets>(asset, &Self::account(), to, amount)
	}

	fn do_adjust(
		who: &T::AccountId,
		asset: AssetKind,
		collateral: i128,
		debt: i128,
	) -> DispatchResult {
		let mut ct = Self::accrue(asset)?;
		let existing = Vaults::<T>::get(who, asset);
		if Shutdown::<T>::exists() {
			// Only settled collateral leaves; nothing enters, nothing is minted or repaid.
			ensure!(collateral <= 0 && debt == 0, Error::<T>::ShutDown);
			let debt_free = existing.is_none_or(|v| v.normalized_debt == 0);
			ensure!(debt_free, Error::<T>::Unsettled);
		}
		let mut vault =
			existing.unwrap_or(Vault { opened_at: T::Time::now(), ..Default::default() });
		let stable = T::StableAsset::get();
		let (mut riskier, mut minted, mut repaid) = (false, 0, 0);

		if collateral > 0 {
			let amount = collateral.unsigned_abs();
			Self::lock(asset, who, amount)?;
			vault.collateral = vault.collateral.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			ct.collateral = ct.collateral.saturating_add(amount);
		} else if collateral < 0 {
			let amount = collateral.unsigned_abs();
			ensure!(amount <= vault.collateral, Error::<T>::InsufficientCollateral);
			Self::unlock(asset, who, amount)?;
			vault.collateral -= amount;
			ct.collateral = ct.collateral.saturating_sub(amount);
			riskier = true;
		}

		let before = debt_of(ct.normalized_debt, ct.rate);
		if debt > 0 {
			let amount = debt.unsigned_abs();
			let n = normalize(amount, ct.rate, Rounding::Up).ok_or(Error::<T>::Overflow)?;
			vault.normalized_debt =
				vault.normalized_debt.checked_add(n).ok_or(Error::<T>::Overflow)?;
			ct.normalized_debt = ct.normalized_debt.checked_add(n).ok_or(Error::<T>::Overflow)?;
			let after = debt_of(ct.normalized_debt, ct.rate);
			ensure!(after <= ct.params.debt_ceiling, Error::<T>::DebtCeilingExceeded);
			Self::add_surplus(after.saturating_sub(before).saturating_sub(amount))?;
			minted = amount;
			riskier = true;
		} else if debt < 0 {
			// A vault owes its debt rounded up; the type's last vault owes the type's debt,
			// rounded down like every type's debt in the books (`AGD issuance = Σ ⌊debt⌋ + …`),
			// so that the AGD in existence always suffices to close the last vault.
			let last = vault.normalized_debt == ct.normalized_debt;
			let owed = if last { before } else { debt_of_vault(vault.normalized_debt, ct.rate) };
			let amount = debt.unsigned_abs();
			let (n, burn) = if amount >= owed {
				(vault.normalized_debt, owed)
			} else {
				(normalize(amount, ct.rate, Rounding::Down).unwrap_or(0), amount)
			};
			vault.normalized_debt -= n;
			ct.normalized_debt = ct.normalized_debt.saturating_sub(n);
			let decrease = before.saturating_sub(debt_of(ct.normalized_debt, ct.rate));
			Self::add_surplus(burn.saturating_sub(decrease))?;
			repaid = burn;
		}

		let owed = debt_of_vault(vault.normalized_debt, ct.rate);
		ensure!(owed == 0 || owed >= ct.params.debt_floor, Error::<T>::BelowDebtFloor);
		if riskier && vault.normalized_debt > 0 {
			let price = T::Oracle::collateral_price(asset).ok_or(Error::<T>::NoPrice)?;
			ensure!(Self::is_safe(&ct, &vault, price), Error::<T>::Unsafe);
		}
		if repaid > 0 {
			T::Assets::burn_from(
				stable,
				who,
				repaid,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Polite,
			)?;
		}
		if minted > 0 {
			T::Assets::mint_into(stable, who, minted)?;
			Self::check_debt_limit()?;
		}
		if vault.collateral == 0 && vault.normalized_debt == 0 {
			Vaults::<T>::remove(who, asset);
		} else {
			Vaults::<T>::insert(who, asset, vault);
		}
		CollateralTypes::<T>::insert(asset, ct);
		Self::heal();
		let debt_delta = if repaid > 0 {
			i128::try_from(repaid).map(|r| -r).unwrap_or(i128::MIN)
		} else {
			i128::try_from(minted).unwrap_or(i128::MAX)
		};
		Self::deposit_event(Event::VaultAdjusted {
			owner: who.clone(),
			asset,
			collateral,
			debt: debt_delta,
		});
		Ok(())
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut sums: BTreeMap<AssetKind, (Balance, Balance)> = BTreeMap::new();
		let mut held: BTreeMap<T::AccountId, Balance> = BTreeMap::new();
		for (owner, asset, v) in Vaults::<T>::iter() {
			let s = sums.entry(asset).or_default();
			s.0 = s.0.saturating_add(v.collateral);
			s.1 = s.1.saturating_add(v.normalized_debt);
			if asset == AssetKind::Native {
				let h = held.entry(owner).or_default();
				*h = h.saturating_add(v.collateral);
			}
		}
		let mut debt: Balance = 0;
		for (asset, ct) in CollateralTypes::<T>::iter() {
			let (collateral, normalized) = sums.remove(&asset).unwrap_or_default();
			ensure!(ct.collateral == collateral, "a type's collateral differs from its vaults'");
			ensure!(ct.normalized_debt == normalized, "a type's debt differs from its vaults'");
			debt = debt.saturating_add(debt_of(ct.normalized_debt, ct.rate));
		}
		ensure!(sums.is_empty(), "a vault of an unknown collateral type");
		for (who, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::VaultCollateral.into(), &who) == amount,
				"held native collateral differs from the vaults'"
			);
		}
		// The pallet's account holds what it owes: the auctions' collateral, the redemption
		// pools, the owners' leftovers and the asset collateral of vaults.
		let mut owed: BTreeMap<AssetKind, Balance> = BTreeMap::new();
		let mut owe = |asset: AssetKind, amount: Balance| {
			let o = owed.entry(asset).or_default();
			*o = o.saturating_add(amount);
		};
		Auctions::<T>::iter_values().for_each(|a| owe(a.asset, a.collateral));
		RedemptionPools::<T>::iter().for_each(|(asset, pool)| owe(asset, pool));
		Leftovers::<T>::iter().for_each(|(_, asset, amount)| owe(asset, amount));
		CollateralTypes::<T>::iter()
			.filter(|(asset, _)| *asset != AssetKind::Native)
			.for_each(|(asset, ct)| owe(asset, ct.collateral));
		Psms::<T>::iter().for_each(|(asset, psm)| owe(AssetKind::Asset(asset), psm.reserve));
		for (asset, amount) in owed {
			let held = match asset {
				AssetKind::Native => {
					<T::Currency as fungible::Inspect<_>>::balance(&Self::account())
				},
				AssetKind::Asset(id) => T::Assets::balance(id, &Self::account()),
			};
			ensure!(held >= amount, "the pallet's account holds less collateral than it owes");
		}
		let auction_debt =
			Auctions::<T>::iter_values().fold(0u128, |d, a| d.saturating_add(a.debt));
		ensure!(auction_debt == AuctionDebt::<T>::get(), "AuctionDebt differs from the auctions'");
		let mut tabs: BTreeMap<AssetKind, Balance> = BTreeMap::new();
		for a in Auctions::<T>::iter_values() {
			let t = tabs.entry(a.asset).or_default();
			*t = t.saturating_add(a.debt.saturating_add(a.penalty));
		}
		let total_tab = tabs.values().fold(0u128, |d, t| d.saturating_add(*t));
		ensure!(total_tab == AuctionTab::<T>::get(), "AuctionTab differs from the auctions'");
		for (asset, ct) in CollateralTypes::<T>::iter() {
			ensure!(
				ct.auction_tab == tabs.get(&asset).copied().unwrap_or_default(),
				"a type's auction tab differs from its auctions'"
			);
		}
		let issuance = T::Assets::total_issuance(T::StableAsset::get());
		ensure!(
			issuance
				== debt
					.saturating_add(AuctionDebt::<T>::get())
					.saturating_add(BadDebt::<T>::get())
					.saturating_add(SettledDebt::<T>::get())
					.saturating_add(Self::psm_debt()),
			"AGD issuance differs from vault, auction, bad, settled and PSM debt"
		);
		Self::money_try_state()?;
		ensure!(
			CollateralTypes::<T>::count() <= T::MaxCollateralTypes::get(),
			"more collateral types than MaxCollateralTypes"
		);
		match Shutdown::<T>::get() {
			None => {
				ensure!(SettledDebt::<T>::get() == 0, "settled debt without a shutdown");
				ensure!(
					RedemptionPools::<T>::iter_keys().next().is_none()
						&& RedemptionFix::<T>::iter_keys().next().is_none()
						&& FrozenPrices::<T>::iter_keys().next().is_none(),
					"shutdown state without a shutdown"
				);
			},
			Some(info) => {
				if info.redemption_supply.is_some() {
					for (asset, fix) in RedemptionFix::<T>::iter() {
						ensure!(
							RedemptionPools::<T>::get(asset)
								>= value_of(issuance, fix, Rounding::Down),
							"a redemption pool cannot pay the AGD left"
						);
					}
				} else {
					ensure!(
						RedemptionFix::<T>::iter_keys().next().is_none(),
						"a redemption ratio before redemption opened"
					);
				}
			},
		}
		ensure!(
			T::Assets::minimum_balance(T::StableAsset::get()) <= 1,
			"AGD's minimum balance must be 1: the surplus account takes any amount"
		);
		Ok(())
	}
}

/// The read-only views behind the `StablecoinApi` runtime API.
impl<T: Config> Pallet<T> {
	/// The price a vault is valued at: the frozen price after a shutdown, else the oracle's
	/// delayed price (what liquidation uses).
	pub fn price_now(asset: AssetKind) -> Option<Price> {
		if Shutdown::<T>::exists() {
			FrozenPrices::<T>::get(asset)
		} else {
			T::Oracle::delayed_price(asset)
		}
	}

	/// `owner`'s vault of `asset` with its debt accrued up to now.
	pub fn vault_info(owner: &T::AccountId, asset: AssetKind) -> Option<VaultInfo<T::AccountId>> {
		let vault = Vaults::<T>::get(owner, asset)?;
		let stored = CollateralTypes::<T>::get(asset)?;
		let (ct, _) = Self::compounded(stored, T::Time::now());
		Some(Self::info_of(owner.clone(), asset, &vault, &ct, Self::price_now(asset)))
	}

	fn info_of(
		owner: T::AccountId,
		asset: AssetKind,
		vault: &Vault,
		ct: &CollateralType,
		price: Option<Price>,
	) -> VaultInfo<T::AccountId> {
		let debt = debt_of_vault(vault.normalized_debt, ct.rate);
		let lr = ct.params.liquidation_ratio;
		let value = price.map(|p| value_of(vault.collateral, p, Rounding::Down));
		let ratio = value.filter(|_| debt > 0).map(|v| Price::saturating_from_rational(v, debt));
		let liquidation_price = (debt > 0 && vault.collateral > 0).then(|| {
			let needed = value_of(debt, lr, Rounding::Up);
			Price::from_inner(
				multiply_by_rational_with_rounding(
					needed,
					Price::DIV,
					vault.collateral,
					Rounding::Up,
				)
				.unwrap_or(u128::MAX),
			)
		});
		let max_mintable = value
			.map(|v| {
				let carried = multiply_by_rational_with_rounding(
					v,
					Price::DIV,
					lr.into_inner().max(1),
					Rounding::Down,
				)
				.unwrap_or(0);
				let room =
					ct.params.debt_ceiling.saturating_sub(debt_of(ct.normalized_debt, ct.rate));
				carried.saturating_sub(debt).min(room)
			})
			.unwrap_or(0);
		let liquidatable = debt > 0 && price.is_some_and(|p| !Self::is_safe(ct, vault, p));
		VaultInfo {
			owner,
			asset,
			collateral: vault.collateral,
			debt,
			price,
			ratio,
			liquidation_price,
			max_mintable,
			liquidatable,
			opened_at: vault.opened_at,
		}
	}

	/// The risk of a vault: its safe ratio, what to deposit to reach it, and the risk model's
	/// explained score.
	pub fn risk_of(info: VaultInfo<T::AccountId>, ct: &CollateralType) -> VaultRisk<T::AccountId> {
		let params = Parameters::<T>::get();
		let volatility = T::Oracle::volatility(info.asset).unwrap_or_default();
		let mut risk = Self::unscored_risk(info, ct, &params, volatility);
		risk.risk = params
			.risk_model
			.filter(|_| risk.vault.price.is_some())
			.and_then(|m| T::Recommender::recommend(m, &risk.features).ok());
		risk
	}

	/// [`Pallet::risk_of`] without the model's score: the safe ratio, what to deposit and the
	/// model's features, from the parameters and the collateral's volatility already read.
	fn unscored_risk(
		info: VaultInfo<T::AccountId>,
		ct: &CollateralType,
		params: &StablecoinParams,
		volatility: Price,
	) -> VaultRisk<T::AccountId> {
		let safe_ratio = ct.params.liquidation_ratio.saturating_add(params.safe_margin);
		let collateral_to_safe = info
			.price
			.filter(|p| !p.is_zero() && info.debt > 0)
			.map(|p| {
				let needed_value = value_of(info.debt, safe_ratio, Rounding::Up);
				normalize(needed_value, p, Rounding::Up)
					.unwrap_or(Balance::MAX)
					.saturating_sub(info.collateral)
			})
			.unwrap_or(0);
		let cap = Price::from_u32(RATIO_CAP);
		let ratio = match info.ratio {
			Some(r) => r.min(cap),
			None if info.debt == 0 => cap,
			None => Price::zero(),
		};
		let age = T::Time::now().saturating_sub(info.opened_at);
		let fixed = |p: Price| Fixed::try_from(p).unwrap_or(Fixed::MAX);
		let features = alloc::vec![
			fixed(ratio),
			fixed(volatility),
			fixed(Price::saturating_from_rational(age, DAY_MS)),
		];
		VaultRisk { vault: info, safe_ratio, collateral_to_safe, features, risk: None }
	}

	/// The risk of each of `owner`'s vaults.
	pub fn recommend(owner: &T::AccountId) -> Vec<VaultRisk<T::AccountId>> {
		let now = T::Time::now();
		Vaults::<T>::iter_prefix(owner)
			.filter_map(|(asset, vault)| {
				let (ct, _) = Self::compounded(CollateralTypes::<T>::get(asset)?, now);
				let info = Self::info_of(owner.clone(), asset, &vault, &ct, Self::price_now(asset));
				Some(Self::risk_of(info, &ct))
			})
			.collect()
	}

	/// At most `limit` (clamped to [`agora_primitives::MAX_PAGE`]) vaults with debt below
	/// their safe ratio among the next [`agora_primitives::MAX_SCAN`] vaults from the storage
	/// cursor `start` (the first vault when `None`), riskiest first: by the risk model's score
	/// when there is one (vaults it could not score after those it did), else by lowest
	/// collateral ratio. Vaults of a collateral without a price are left out. The page says
	/// where the next one starts.
	///
	/// Only the vaults below their safe ratio are scored, by the model read and decoded once
	/// for all of them: a safe vault costs its read and its ratio, not a model evaluation
	/// (issue 21: every vault scanned was scored, the model decoded for each).
	pub fn at_risk_vaults(start: Option<Vec<u8>>, limit: u32) -> AtRiskPage<T::AccountId> {
		let now = T::Time::now();
		let params = Parameters::<T>::get();
		let mut types = alloc::collections::BTreeMap::new();
		for (asset, stored) in CollateralTypes::<T>::iter() {
			let ct = Self::compounded(stored, now).0;
			let safe = ct.params.liquidation_ratio.saturating_add(params.safe_margin);
			types.insert(asset, (ct, Self::price_now(asset), safe, None));
		}
		let mut iter = match start {
			Some(cursor) => Vaults::<T>::iter_from(cursor),
			None => Vaults::<T>::iter(),
		};
		let (mut risky, mut scanned) = (Vec::new(), 0u32);
		while scanned < agora_primitives::MAX_SCAN {
			let Some((owner, asset, vault)) = iter.next() else { break };
			scanned = scanned.saturating_add(1);
			let Some((ct, price, safe, volatility)) = types.get_mut(&asset) else { continue };
			let info = Self::info_of(owner, asset, &vault, ct, *price);
			if info.ratio.is_some_and(|r| r < *safe) {
				let volatility = *volatility
					.get_or_insert_with(|| T::Oracle::volatility(asset).unwrap_or_default());
				risky.push(Self::unscored_risk(info, ct, &params, volatility));
			}
		}
		let next = (scanned == agora_primitives::MAX_SCAN)
			.then(|| iter.last_raw_key().to_vec())
			.filter(|key| Vaults::<T>::iter_from(key.clone()).next().is_some());
		if let Some(model) = params.risk_model {
			let candidates: Vec<(usize, Vec<Fixed>)> =
				risky.iter().map(|r| r.features.clone()).enumerate().collect();
			match T::Recommender::rank(model, &candidates, u32::MAX) {
				Ok(ranked) => {
					for r in ranked {
						if let Some(v) = risky.get_mut(r.id) {
							v.risk = Some(r.recommendation);
						}
					}
				},
				// A vault the model cannot score stops the batch: score them one by one.
				Err(_) => {
					for v in risky.iter_mut() {
						v.risk = T::Recommender::recommend(model, &v.features).ok();
					}
				},
			}
		}
		risky.sort_by(|a, b| {
			let score = |r: &VaultRisk<T::AccountId>| r.risk.as_ref().map(|x| x.score);
			score(b).cmp(&score(a)).then(a.vault.ratio.cmp(&b.vault.ratio))
		});
		risky.truncate(usize::try_from(limit.min(agora_primitives::MAX_PAGE)).unwrap_or(0));
		AtRiskPage { vaults: risky, scanned, next }
	}

	/// The system's books.
	pub fn system_info() -> SystemInfo<T::AccountId> {
		let now = T::Time::now();
		let collaterals: Vec<CollateralInfo> = CollateralTypes::<T>::iter()
			.map(|(asset, stored)| {
				let (ct, _) = Self::compounded(stored, now);
				CollateralInfo {
					asset,
					params: ct.params,
					rate: ct.rate,
					collateral: ct.collateral,
					debt: debt_of(ct.normalized_debt, ct.rate),
					price: Self::price_now(asset),
					auction_tab: ct.auction_tab,
				}
			})
			.collect();
		SystemInfo {
			issuance: T::Assets::total_issuance(T::StableAsset::get()),
			total_debt: collaterals.iter().fold(0, |d: Balance, c| d.saturating_add(c.debt)),
			surplus: Self::surplus(),
			surplus_account: Self::surplus_account(),
			auction_tab: AuctionTab::<T>::get(),
			auction_limit: Parameters::<T>::get().auction_limit,
			bad_debt: BadDebt::<T>::get(),
			auction_debt: AuctionDebt::<T>::get(),
			settled_debt: SettledDebt::<T>::get(),
			collaterals,
			shutdown: Shutdown::<T>::get(),
			redemption: RedemptionPools::<T>::iter()
				.map(|(asset, pool)| (asset, pool, RedemptionFix::<T>::get(asset)))
				.collect(),
		}
	}

	/// At most `limit` (clamped to [`agora_primitives::MAX_PAGE`]) running auctions with ids
	/// in `start..start + MAX_SCAN`, by id.
	pub fn auctions_info(start: AuctionId, limit: u32) -> Vec<AuctionInfo<T::AccountId>> {
		let params = Parameters::<T>::get();
		let end = NextAuctionId::<T>::get().min(start.saturating_add(agora_primitives::MAX_SCAN));
		let limit = usize::try_from(limit.min(agora_primitives::MAX_PAGE)).unwrap_or(0);
		(start..end)
			.filter_map(|id| Auctions::<T>::get(id).map(|a| (id, a)))
			.take(limit)
			.map(|(id, a)| AuctionInfo {
				id,
				price: Self::auction_price(&a).filter(|_| !Shutdown::<T>::exists()),
				ends_at: Self::auction_end(a.started_at, &params),
				owner: a.owner,
				asset: a.asset,
				collateral: a.collateral,
				debt: a.debt,
				penalty: a.penalty,
				start_price: a.start_price,
				started_at: a.started_at,
			})
			.collect()
	}
}
