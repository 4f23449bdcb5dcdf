//! The money features beyond vaults: the global debt limit (dss's `Line`), savings (dss's
//! Pot), peg stability modules (dss-psm) and the flash mint (dss-flash).

use crate::{
	debt_of, debt_of_vault, normalize, pallet::*, psm_unit, value_of, Pot, Psm, MAX_PSM_SCALE,
	MAX_SAVINGS_RATE,
};
use agora_primitives::{
	assets::transfer,
	stablecoin::{MoneyInfo, MoneyParams, PsmInfo, PsmParams, SavingsInfo},
	AssetId, AssetKind, Balance, Moment, Price,
};
use alloc::vec::Vec;
use frame_support::{
	dispatch::{extract_actual_weight, GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{
		fungibles::{Inspect as _, Mutate as _},
		tokens::Preservation,
		Time,
	},
};
use sp_arithmetic::Rounding;
use sp_runtime::{
	traits::{AccountIdConversion, Dispatchable, One, Saturating},
	DispatchErrorWithPostInfo,
};

use crate::weights::WeightInfo as _;

/// What compounding the savings rate up to a moment gives: the pot, the AGD the surplus pays
/// into the savings account, and `chi` at that moment as if the surplus could pay everything
/// (what a saver joining then pays per unit of pie).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Dripped {
	/// The pot: `chi` grown over the whole seconds the surplus could pay for, `last_drip`
	/// moved on by as many.
	pub pot: Pot,
	/// AGD moved from the surplus to the savings account.
	pub paid: Balance,
	/// `chi` grown over every second up to the moment.
	pub target: Price,
}

/// (1 + `rate`)^`seconds` × `chi`, saturating.
fn grown(chi: Price, rate: Price, seconds: u64) -> Price {
	// `saturating_pow` takes the exponent as a `u32` whatever `usize` is: clamp it so that
	// native and wasm agree (past 136 years).
	let exponent = u32::try_from(seconds).unwrap_or(u32::MAX) as usize;
	chi.saturating_mul(Price::one().saturating_add(rate).saturating_pow(exponent))
}

/// `pot` with the savings rate compounded up to `now`, paying at most `surplus` AGD into a
/// savings account holding `held`. `chi` grows by (1 + `rate`) per whole second for as many
/// seconds as the account, with what it holds plus what is paid, can pay `⌊pie × chi⌋` for;
/// the seconds it cannot pay for yet stay owed (`last_drip` stops where payment stopped), so
/// compounding at a moment the surplus is empty takes nothing from the savers. `chi` never
/// falls.
pub fn dripped(mut pot: Pot, rate: Price, now: Moment, held: Balance, surplus: Balance) -> Dripped {
	if pot.last_drip == 0 {
		// Genesis, before the first block time: savings start now.
		pot.last_drip = now;
		return Dripped { pot, paid: 0, target: pot.chi };
	}
	let seconds = now.saturating_sub(pot.last_drip) / 1000;
	let target = grown(pot.chi, rate, seconds);
	let affordable = |chi: Price| debt_of(pot.pie, chi).saturating_sub(held) <= surplus;
	let funded = if affordable(target) {
		seconds
	} else {
		// The most whole seconds the surplus pays for: 0 is affordable (the account holds
		// `⌊pie × chi⌋`), `seconds` is not.
		let (mut lo, mut hi) = (0u64, seconds);
		while hi - lo > 1 {
			let mid = lo + (hi - lo) / 2;
			if affordable(grown(pot.chi, rate, mid)) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		lo
	};
	let chi = if funded == seconds { target } else { grown(pot.chi, rate, funded) };
	let paid = debt_of(pot.pie, chi).saturating_sub(held).min(surplus);
	pot.chi = chi.max(pot.chi);
	pot.last_drip = pot.last_drip.saturating_add(funded.saturating_mul(1000));
	pot.paid = pot.paid.saturating_add(paid);
	Dripped { pot, paid, target }
}

impl<T: Config> Pallet<T> {
	/// The account that holds the savers' AGD.
	pub fn savings_account() -> T::AccountId {
		T::SavingsPalletId::get().into_account_truncating()
	}

	pub(crate) fn money_params_valid(p: &MoneyParams) -> bool {
		p.savings_rate <= MAX_SAVINGS_RATE && p.flash_fee < Price::one()
	}

	pub(crate) fn psm_params_valid(asset: AssetId, p: &PsmParams) -> bool {
		asset != T::StableAsset::get()
			&& p.fee_in < Price::one()
			&& p.fee_out < Price::one()
			&& p.scale <= MAX_PSM_SCALE
	}

	/// AGD in existence but for a flash mint's: what the debt limit bounds.
	pub(crate) fn limited_issuance() -> Balance {
		T::Assets::total_issuance(T::StableAsset::get())
			.saturating_sub(FlashMinted::<T>::get().unwrap_or(0))
	}

	/// Fails unless the AGD in existence is within the debt limit.
	pub(crate) fn check_debt_limit() -> DispatchResult {
		ensure!(
			Self::limited_issuance() <= MoneyParameters::<T>::get().debt_limit,
			Error::<T>::DebtLimitExceeded
		);
		Ok(())
	}

	/// The surplus left once bad debt is paid from it.
	fn free_surplus() -> Balance {
		Self::surplus().saturating_sub(BadDebt::<T>::get())
	}

	/// The pot compounded up to now, as [`dripped`] computes it (no interest after a shutdown).
	fn pot_now() -> Dripped {
		let pot = Savings::<T>::get();
		if Shutdown::<T>::exists() {
			return Dripped { pot, paid: 0, target: pot.chi };
		}
		let held = T::Assets::balance(T::StableAsset::get(), &Self::savings_account());
		let rate = MoneyParameters::<T>::get().savings_rate;
		dripped(pot, rate, T::Time::now(), held, Self::free_surplus())
	}

	/// Compounds the savings rate up to now (dss's Pot `drip`), paying the interest from the
	/// surplus (after bad debt) to the savings account; returns the pot, not yet stored, and
	/// `chi` as if every second were paid for.
	pub(crate) fn drip() -> Result<Dripped, DispatchError> {
		Self::heal();
		let before = Savings::<T>::get();
		let dripped = Self::pot_now();
		let (pot, paid) = (dripped.pot, dripped.paid);
		if paid > 0 {
			T::Assets::transfer(
				T::StableAsset::get(),
				&Self::surplus_account(),
				&Self::savings_account(),
				paid,
				Preservation::Expendable,
			)?;
		}
		if pot.chi != before.chi {
			Self::deposit_event(Event::SavingsDripped { chi: pot.chi, paid });
		}
		Ok(dripped)
	}

	/// Compounds what the surplus can pay and gives up the seconds it cannot pay for: before
	/// the rate changes (so that no second is paid at a rate it did not run at) and at a
	/// shutdown (after which savings earn nothing). Stores the pot.
	pub(crate) fn settle_savings() -> DispatchResult {
		let mut pot = Self::drip()?.pot;
		pot.last_drip = T::Time::now();
		Savings::<T>::put(pot);
		Ok(())
	}

	pub(crate) fn do_savings_join(who: &T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let Dripped { mut pot, target, .. } = Self::drip()?;
		// While seconds are owed, nobody joins: pie bought at the lagging `chi` would share
		// the owed seconds, and pie bought at the full one would pay for them at once (what
		// the account holds beyond `⌊pie × chi⌋` funds the next compounding).
		ensure!(target <= pot.chi, Error::<T>::SavingsLagging);
		let pie = normalize(amount, pot.chi, Rounding::Down).ok_or(Error::<T>::Overflow)?;
		ensure!(pie > 0, Error::<T>::ZeroAmount);
		// ⌈pie × chi⌉ ≤ amount: the account always holds what its savers can take out.
		let cost = debt_of_vault(pie, pot.chi);
		T::Assets::transfer(
			T::StableAsset::get(),
			who,
			&Self::savings_account(),
			cost,
			Preservation::Expendable,
		)?;
		pot.pie = pot.pie.checked_add(pie).ok_or(Error::<T>::Overflow)?;
		SavingsPie::<T>::try_mutate(who, |p| -> DispatchResult {
			*p = p.checked_add(pie).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		Savings::<T>::put(pot);
		Self::deposit_event(Event::SavingsJoined { who: who.clone(), amount: cost, pie });
		Ok(())
	}

	pub(crate) fn do_savings_exit(who: &T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mine = SavingsPie::<T>::get(who);
		ensure!(mine > 0, Error::<T>::NoSavings);
		let mut pot = Self::drip()?.pot;
		let worth = debt_of(mine, pot.chi);
		let (pie, out) = if amount >= worth {
			(mine, worth)
		} else {
			// ⌈amount / chi⌉ normalized savings for `amount`: rounding favours the pot.
			(
				normalize(amount, pot.chi, Rounding::Up).ok_or(Error::<T>::Overflow)?.min(mine),
				amount,
			)
		};
		if out > 0 {
			T::Assets::transfer(
				T::StableAsset::get(),
				&Self::savings_account(),
				who,
				out,
				Preservation::Expendable,
			)?;
		}
		if pie == mine {
			SavingsPie::<T>::remove(who);
		} else {
			SavingsPie::<T>::insert(who, mine - pie);
		}
		pot.pie = pot.pie.saturating_sub(pie);
		Savings::<T>::put(pot);
		Self::deposit_event(Event::SavingsExited { who: who.clone(), amount: out, pie });
		Ok(())
	}

	pub(crate) fn do_psm_swap_in(
		who: &T::AccountId,
		asset: AssetId,
		amount: Balance,
	) -> DispatchResult {
		ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut psm = Psms::<T>::get(asset).ok_or(Error::<T>::UnknownPsm)?;
		let unit = psm_unit(psm.params.scale).ok_or(Error::<T>::Overflow)?;
		let agd = amount.checked_mul(unit).ok_or(Error::<T>::Overflow)?;
		let reserve = psm.reserve.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		let debt = reserve.checked_mul(unit).ok_or(Error::<T>::Overflow)?;
		ensure!(debt <= psm.params.ceiling, Error::<T>::PsmCeilingExceeded);
		let fee = value_of(agd, psm.params.fee_in, Rounding::Up).min(agd);
		let minted = agd - fee;
		ensure!(minted > 0, Error::<T>::ZeroAmount);
		transfer::<_, T::Currency, T::Assets>(
			AssetKind::Asset(asset),
			who,
			&Self::account(),
			amount,
		)?;
		T::Assets::mint_into(T::StableAsset::get(), who, minted)?;
		Self::add_surplus(fee)?;
		Self::check_debt_limit()?;
		psm.reserve = reserve;
		Psms::<T>::insert(asset, psm);
		Self::heal();
		Self::deposit_event(Event::PsmSwappedIn { who: who.clone(), asset, amount, minted, fee });
		Ok(())
	}

	pub(crate) fn do_psm_swap_out(
		who: &T::AccountId,
		asset: AssetId,
		amount: Balance,
	) -> DispatchResult {
		ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut psm = Psms::<T>::get(asset).ok_or(Error::<T>::UnknownPsm)?;
		ensure!(amount <= psm.reserve, Error::<T>::InsufficientReserve);
		let unit = psm_unit(psm.params.scale).ok_or(Error::<T>::Overflow)?;
		let burned = amount.checked_mul(unit).ok_or(Error::<T>::Overflow)?;
		let fee = value_of(burned, psm.params.fee_out, Rounding::Up);
		Self::burn_and_pay_surplus(who, burned, fee)?;
		psm.reserve -= amount;
		Psms::<T>::insert(asset, psm);
		Self::pay_out(AssetKind::Asset(asset), who, amount)?;
		Self::heal();
		Self::deposit_event(Event::PsmSwappedOut { who: who.clone(), asset, amount, burned, fee });
		Ok(())
	}

	pub(crate) fn do_flash_mint(
		origin: T::RuntimeOrigin,
		who: T::AccountId,
		amount: Balance,
		call: <T as Config>::RuntimeCall,
	) -> DispatchResultWithPostInfo {
		ensure!(!Shutdown::<T>::exists(), Error::<T>::ShutDown);
		ensure!(!FlashMinted::<T>::exists(), Error::<T>::FlashReentrancy);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let params = MoneyParameters::<T>::get();
		ensure!(amount <= params.flash_max, Error::<T>::FlashMaxExceeded);
		let fee = value_of(amount, params.flash_fee, Rounding::Up);
		let stable = T::StableAsset::get();
		FlashMinted::<T>::put(amount);
		T::Assets::mint_into(stable, &who, amount)?;

		let info = call.get_dispatch_info();
		let result = call.dispatch(origin);
		let used =
			T::WeightInfo::flash_mint().saturating_add(extract_actual_weight(&result, &info));
		let post = PostDispatchInfo { actual_weight: Some(used), pays_fee: Pays::Yes };
		// The call's failure fails the flash mint: FRAME undoes everything since it began.
		result.map_err(|e| DispatchErrorWithPostInfo { post_info: post, error: e.error })?;

		let not_repaid = |_| DispatchErrorWithPostInfo {
			post_info: post,
			error: Error::<T>::FlashNotRepaid.into(),
		};
		Self::burn_and_pay_surplus(&who, amount, fee).map_err(not_repaid)?;
		if fee > 0 {
			Self::heal();
		}
		FlashMinted::<T>::kill();
		Self::deposit_event(Event::FlashMinted { who, amount, fee });
		Ok(post)
	}

	/// After a shutdown, moves every module's reserve to the redemption pools: the AGD minted
	/// against it becomes settled debt, redeemed pro rata as the collateral's is.
	pub(crate) fn settle_psms() {
		let psms: Vec<(AssetId, Psm)> = Psms::<T>::iter().collect();
		for (asset, mut psm) in psms {
			if psm.reserve == 0 {
				continue;
			}
			let debt = psm.debt();
			RedemptionPools::<T>::mutate(AssetKind::Asset(asset), |p| {
				*p = p.saturating_add(psm.reserve)
			});
			SettledDebt::<T>::mutate(|d| *d = d.saturating_add(debt));
			psm.reserve = 0;
			Psms::<T>::insert(asset, psm);
		}
	}

	/// Σ AGD the modules minted against their reserves.
	pub(crate) fn psm_debt() -> Balance {
		Psms::<T>::iter_values().fold(0u128, |d, psm| d.saturating_add(psm.debt()))
	}

	/// The invariants of savings, the modules and the flash mint (see the crate docs).
	pub(crate) fn money_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		ensure!(!FlashMinted::<T>::exists(), "a flash mint outlived its extrinsic");
		let pot = Savings::<T>::get();
		let pie = SavingsPie::<T>::iter_values().fold(0u128, |s, p| s.saturating_add(p));
		ensure!(pie == pot.pie, "Σ savers' pie differs from the pot's");
		ensure!(SavingsPie::<T>::iter_values().all(|p| p > 0), "a saver with no savings is stored");
		let held = T::Assets::balance(T::StableAsset::get(), &Self::savings_account());
		ensure!(held >= debt_of(pot.pie, pot.chi), "the savings account holds less than it owes");
		ensure!(pot.chi >= Price::one(), "the savings accumulator fell below 1");
		ensure!(Psms::<T>::count() <= T::MaxPsms::get(), "more PSMs than MaxPsms");
		Ok(())
	}
}

/// The read-only views of the money features.
impl<T: Config> Pallet<T> {
	/// The debt limit, savings, modules and flash mint parameters, compounded up to now.
	pub fn money_info() -> MoneyInfo<T::AccountId> {
		let pot = Self::pot_now().pot;
		MoneyInfo {
			params: MoneyParameters::<T>::get(),
			chi: pot.chi,
			savings_pie: pot.pie,
			savings: debt_of(pot.pie, pot.chi),
			savings_account: Self::savings_account(),
			savings_paid: pot.paid,
			psms: Psms::<T>::iter()
				.map(|(asset, psm)| PsmInfo {
					asset,
					params: psm.params,
					reserve: psm.reserve,
					debt: psm.debt(),
				})
				.collect(),
		}
	}

	/// `who`'s savings, compounded up to now.
	pub fn savings_info(who: &T::AccountId) -> SavingsInfo {
		let pot = Self::pot_now().pot;
		let pie = SavingsPie::<T>::get(who);
		SavingsInfo { pie, balance: debt_of(pie, pot.chi), chi: pot.chi }
	}
}
