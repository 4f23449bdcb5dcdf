//! Benchmarks of the stablecoin pallet, in their worst cases: fees to compound since the last
//! touch, native collateral (holds), an auction that ends and returns collateral.

use super::*;
use agora_primitives::assets::BenchmarkHelper as _;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;

const AGR: AssetKind = AssetKind::Native;
/// One AGR / AGD (12 decimals).
const UNIT: Balance = 1_000_000_000_000;

fn gov<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn admin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn spender<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::set_balance(&who, 1_000_000_000 * UNIT);
	who
}

fn params() -> CollateralParams {
	CollateralParams {
		liquidation_ratio: Price::from_rational(3, 2),
		stability_fee: Price::from_inner(1_000_000_000), // ≈ 3 % a year
		liquidation_penalty: Price::from_rational(13, 100),
		debt_ceiling: Balance::MAX / 2,
		debt_floor: UNIT,
		auction_limit: Balance::MAX / 2,
	}
}

/// AGR as collateral at $2, with fees compounding for an hour before the measured call.
fn setup<T: Config>() -> Result<(), BenchmarkError> {
	T::BenchmarkHelper::set_time(1_700_000_000_000);
	Pallet::<T>::set_collateral_type(gov::<T>()?, AGR, params())?;
	T::BenchmarkHelper::set_price(AGR, Price::saturating_from_integer(2));
	Ok(())
}

/// Moves the clock `ms` on and feeds a fresh $2 price (the old one may have gone stale).
fn later<T: Config>(ms: Moment) {
	T::BenchmarkHelper::set_time(1_700_000_000_000 + ms);
	T::BenchmarkHelper::set_price(AGR, Price::saturating_from_integer(2));
}

/// A vault of `who`: 1,000 AGR, 1,300 AGD (153 % at $2).
fn risky<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	Pallet::<T>::adjust(
		RawOrigin::Signed(who.clone()).into(),
		AGR,
		1_000 * UNIT as i128,
		1_300 * UNIT as i128,
	)?;
	Ok(())
}

/// Liquidates a risky vault of "owner" at $1.9; the bidder has AGD. Returns the bidder.
fn auction<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	setup::<T>()?;
	let owner = funded::<T>("owner");
	let bidder = funded::<T>("bidder");
	risky::<T>(&owner)?;
	Pallet::<T>::adjust(
		RawOrigin::Signed(bidder.clone()).into(),
		AGR,
		100_000 * UNIT as i128,
		10_000 * UNIT as i128,
	)?;
	T::BenchmarkHelper::set_price(AGR, Price::from_rational(19, 10));
	let keeper = funded::<T>("keeper");
	Pallet::<T>::liquidate(RawOrigin::Signed(keeper).into(), owner, AGR)?;
	Ok(bidder)
}

/// Prices every collateral type at $2.
fn price_all<T: Config>() {
	for asset in CollateralTypes::<T>::iter_keys() {
		T::BenchmarkHelper::set_price(asset, Price::saturating_from_integer(2));
	}
}

/// `n` collateral types (AGR and assets 100, 101, ...; the assets' supply in the pallet's
/// account), all priced; "owner" has a risky AGR vault. Fees compound for an hour.
fn types<T: Config>(n: u32) -> Result<T::AccountId, BenchmarkError> {
	setup::<T>()?;
	let owner = funded::<T>("owner");
	risky::<T>(&owner)?;
	// Savers whom a shutdown pays first.
	savers::<T>()?;
	for i in 1..n {
		let id = 100 + i;
		T::BenchmarkHelper::create_asset(id, &owner, &Pallet::<T>::account(), 1_000 * UNIT);
		Pallet::<T>::set_collateral_type(gov::<T>()?, AssetKind::Asset(id), params())?;
	}
	later::<T>(3_600_000);
	price_all::<T>();
	Ok(owner)
}

/// The external stable asset of the `i`-th benchmark module (6 decimals against AGD's 12).
fn gem(i: u32) -> AssetId {
	900 + i
}

fn psm_params() -> PsmParams {
	PsmParams {
		fee_in: Price::from_rational(1, 1_000),
		fee_out: Price::from_rational(1, 1_000),
		ceiling: Balance::MAX / 4,
		scale: 6,
	}
}

/// [`Config::MaxPsms`] modules (and no others), each with a reserve of 1,000 (units of 10^-6) that "owner"
/// swapped in; "owner" holds 1,000,000 more of each asset.
fn psms<T: Config>(owner: &T::AccountId) -> Result<(), BenchmarkError> {
	// Genesis may list modules of its own (without reserves).
	let _ = Psms::<T>::clear(u32::MAX, None);
	for i in 0..T::MaxPsms::get() {
		T::BenchmarkHelper::create_asset(gem(i), owner, owner, 1_001_000_000_000);
		Pallet::<T>::set_psm(admin::<T>()?, gem(i), psm_params())?;
		Pallet::<T>::psm_swap_in(RawOrigin::Signed(owner.clone()).into(), gem(i), 1_000_000_000)?;
	}
	Ok(())
}

/// A savings pot with a saver ("saver", 1,000 AGD) and a rate, the surplus funded, and a day
/// to compound: the next drip pays interest.
fn savings<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	setup::<T>()?;
	let saver = savers::<T>()?;
	later::<T>(86_400_000);
	Ok(saver)
}

/// A saver ("saver", 1,000 AGD in savings) at the highest rate and 1,000 AGD in the surplus;
/// returns the saver. Compounding after the clock moves pays interest.
fn savers<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let saver = funded::<T>("saver");
	Pallet::<T>::adjust(
		RawOrigin::Signed(saver.clone()).into(),
		AGR,
		100_000 * UNIT as i128,
		10_000 * UNIT as i128,
	)?;
	let params = MoneyParams { savings_rate: MAX_SAVINGS_RATE, ..Default::default() };
	Pallet::<T>::set_money_params(gov::<T>()?, params)?;
	Pallet::<T>::savings_join(RawOrigin::Signed(saver.clone()).into(), 1_000 * UNIT)?;
	T::Assets::transfer(
		T::StableAsset::get(),
		&saver,
		&Pallet::<T>::surplus_account(),
		1_000 * UNIT,
		frame_support::traits::tokens::Preservation::Expendable,
	)?;
	Ok(saver)
}

/// [`types`], shut down, the owner's vault settled, and every asset type's supply in its
/// redemption pool; every peg stability module holds a reserve. Returns the owner (who holds
/// AGD).
fn settled<T: Config>(n: u32) -> Result<T::AccountId, BenchmarkError> {
	let owner = types::<T>(n)?;
	psms::<T>(&owner)?;
	Pallet::<T>::shutdown(admin::<T>()?)?;
	Pallet::<T>::settle_vault(RawOrigin::Signed(owner.clone()).into(), owner.clone(), AGR)?;
	let saver: T::AccountId = account("saver", 0, 0);
	Pallet::<T>::settle_vault(RawOrigin::Signed(owner.clone()).into(), saver, AGR)?;
	for i in 1..n {
		RedemptionPools::<T>::insert(AssetKind::Asset(100 + i), 1_000 * UNIT);
	}
	Ok(owner)
}

#[benchmarks(where <T as Config>::RuntimeCall: From<frame_system::Call<T>>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_collateral_type() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		risky::<T>(&funded::<T>("owner"))?;
		later::<T>(3_600_000);
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AGR, params());

		assert!(Pallet::<T>::surplus() > 0);
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = gov::<T>()?;
		let p =
			StablecoinParams { auction_duration: 1_000, auction_tail: 1_000, ..Default::default() };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, p);

		assert_eq!(Parameters::<T>::get(), p);
		Ok(())
	}

	#[benchmark]
	fn adjust() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		let owner = funded::<T>("owner");
		risky::<T>(&owner)?;
		later::<T>(3_600_000);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), AGR, 1_000 * UNIT as i128, 100 * UNIT as i128);

		assert_eq!(Vaults::<T>::get(&owner, AGR).map(|v| v.collateral), Some(2_000 * UNIT));
		Ok(())
	}

	#[benchmark]
	fn liquidate() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		let owner = funded::<T>("owner");
		risky::<T>(&owner)?;
		later::<T>(3_600_000);
		T::BenchmarkHelper::set_price(AGR, Price::from_rational(19, 10));
		let keeper = funded::<T>("keeper");

		#[extrinsic_call]
		_(RawOrigin::Signed(keeper), owner.clone(), AGR);

		assert!(Vaults::<T>::get(&owner, AGR).is_none());
		Ok(())
	}

	#[benchmark]
	fn take() -> Result<(), BenchmarkError> {
		let bidder = auction::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(bidder), 0, Balance::MAX, Price::saturating_from_integer(10));

		assert!(Auctions::<T>::get(0).is_none());
		Ok(())
	}

	#[benchmark]
	fn restart_auction() -> Result<(), BenchmarkError> {
		let bidder = auction::<T>()?;
		later::<T>(Parameters::<T>::get().auction_duration + 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(bidder), 0);

		assert!(Auctions::<T>::get(0).is_some_and(|a| a.started_at > 1_700_000_000_000));
		Ok(())
	}

	#[benchmark]
	fn shutdown(n: Linear<1, { T::MaxCollateralTypes::get() }>) -> Result<(), BenchmarkError> {
		types::<T>(n)?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert_eq!(FrozenPrices::<T>::iter().count(), n as usize);
		Ok(())
	}

	/// Worst case: native collateral paid to an account that has none yet.
	#[benchmark]
	fn claim_leftovers() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		let owner: T::AccountId = account("owner", 0, 0);
		T::Currency::mint_into(&Pallet::<T>::account(), 1_000 * UNIT)?;
		Leftovers::<T>::insert(&owner, AGR, 1_000 * UNIT);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), AGR);

		assert_eq!(Leftovers::<T>::get(&owner, AGR), 0);
		Ok(())
	}

	/// Worst case: AGD paid to an account that has none yet, savers paid their interest first.
	#[benchmark]
	fn spend_surplus() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		risky::<T>(&funded::<T>("owner"))?;
		savers::<T>()?;
		later::<T>(3_600_000);
		Pallet::<T>::accrue(AGR)?;
		// Half: the savers' interest comes out of it first.
		let amount = Pallet::<T>::surplus() / 2;
		let to: T::AccountId = account("to", 0, 0);
		let origin = spender::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, to.clone(), amount);

		assert_eq!(T::Assets::balance(T::StableAsset::get(), &to), amount);
		Ok(())
	}

	/// Worst case: the oracle's delayed price is read (`set_final_price` reads none).
	#[benchmark]
	fn freeze_price() -> Result<(), BenchmarkError> {
		types::<T>(1)?;
		Pallet::<T>::shutdown(admin::<T>()?)?;
		FrozenPrices::<T>::remove(AGR);
		later::<T>(3_600_000 + T::FinalPriceGrace::get());
		let caller = funded::<T>("caller");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), AGR);

		assert!(FrozenPrices::<T>::contains_key(AGR));
		Ok(())
	}

	#[benchmark]
	fn settle_vault() -> Result<(), BenchmarkError> {
		let owner = types::<T>(1)?;
		Pallet::<T>::shutdown(admin::<T>()?)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), owner.clone(), AGR);

		assert!(Vaults::<T>::get(&owner, AGR).is_some_and(|v| v.normalized_debt == 0));
		Ok(())
	}

	#[benchmark]
	fn settle_auction() -> Result<(), BenchmarkError> {
		let bidder = auction::<T>()?;
		Pallet::<T>::shutdown(admin::<T>()?)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(bidder), 0);

		assert!(Auctions::<T>::get(0).is_none());
		Ok(())
	}

	#[benchmark]
	fn open_redemption(
		n: Linear<1, { T::MaxCollateralTypes::get() }>,
	) -> Result<(), BenchmarkError> {
		let owner = settled::<T>(n)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner));

		assert_eq!(RedemptionFix::<T>::iter().count(), (n + T::MaxPsms::get()) as usize);
		Ok(())
	}

	#[benchmark]
	fn redeem(n: Linear<1, { T::MaxCollateralTypes::get() }>) -> Result<(), BenchmarkError> {
		let owner = settled::<T>(n)?;
		Pallet::<T>::open_redemption(RawOrigin::Signed(owner.clone()).into())?;
		let settled = SettledDebt::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), 1_000 * UNIT);

		assert_eq!(SettledDebt::<T>::get(), settled - 1_000 * UNIT);
		Ok(())
	}

	/// Worst case: the savings rate compounds and pays interest first.
	#[benchmark]
	fn set_money_params() -> Result<(), BenchmarkError> {
		savings::<T>()?;
		let params = MoneyParams { savings_rate: Price::zero(), ..Default::default() };
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert!(Savings::<T>::get().paid > 0);
		Ok(())
	}

	/// Worst case: a new listing (the count is read).
	#[benchmark]
	fn set_psm() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, gem(0), psm_params());

		assert!(Psms::<T>::contains_key(gem(0)));
		Ok(())
	}

	/// Worst case: the module's first reserve and the caller's first AGD (accounts created),
	/// a fee to the surplus.
	#[benchmark]
	fn psm_swap_in() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller");
		T::BenchmarkHelper::create_asset(gem(0), &caller, &caller, 1_000_000_000_000);
		Pallet::<T>::set_psm(admin::<T>()?, gem(0), psm_params())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), gem(0), 1_000_000_000);

		assert_eq!(Psms::<T>::get(gem(0)).map(|p| p.reserve), Some(1_000_000_000));
		Ok(())
	}

	/// Worst case: the caller's first units of the asset (account created), a fee to the
	/// surplus.
	#[benchmark]
	fn psm_swap_out() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("owner");
		psms::<T>(&owner)?;
		let caller = funded::<T>("caller");
		T::Assets::transfer(
			T::StableAsset::get(),
			&owner,
			&caller,
			900 * UNIT,
			frame_support::traits::tokens::Preservation::Expendable,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), gem(0), 500_000_000);

		assert_eq!(T::Assets::balance(gem(0), &caller), 500_000_000);
		Ok(())
	}

	/// Worst case: interest is paid first; a new saver.
	#[benchmark]
	fn savings_join() -> Result<(), BenchmarkError> {
		let saver = savings::<T>()?;
		let caller = funded::<T>("caller");
		T::Assets::transfer(
			T::StableAsset::get(),
			&saver,
			&caller,
			1_000 * UNIT,
			frame_support::traits::tokens::Preservation::Expendable,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 1_000 * UNIT);

		assert!(SavingsPie::<T>::get(&caller) > 0);
		Ok(())
	}

	/// Worst case: interest is paid first; the saver leaves (its entry removed).
	#[benchmark]
	fn savings_exit() -> Result<(), BenchmarkError> {
		let saver = savings::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(saver.clone()), Balance::MAX);

		assert_eq!(SavingsPie::<T>::get(&saver), 0);
		Ok(())
	}

	/// The flash mint's own work around a `remark` (the inner call's weight is added from its
	/// dispatch info): a fee to the surplus.
	#[benchmark]
	fn flash_mint() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		let caller = funded::<T>("caller");
		Pallet::<T>::adjust(
			RawOrigin::Signed(caller.clone()).into(),
			AGR,
			100_000 * UNIT as i128,
			1_000 * UNIT as i128,
		)?;
		let params =
			MoneyParams { flash_fee: Price::from_rational(1, 1_000), ..Default::default() };
		Pallet::<T>::set_money_params(gov::<T>()?, params)?;
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: alloc::vec![] }.into();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 100_000 * UNIT, Box::new(call));

		assert!(FlashMinted::<T>::get().is_none());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
