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
	for i in 1..n {
		let id = 100 + i;
		T::BenchmarkHelper::create_asset(id, &owner, &Pallet::<T>::account(), 1_000 * UNIT);
		Pallet::<T>::set_collateral_type(gov::<T>()?, AssetKind::Asset(id), params())?;
	}
	later::<T>(3_600_000);
	price_all::<T>();
	Ok(owner)
}

/// [`types`], shut down, the owner's vault settled, and every asset type's supply in its
/// redemption pool. Returns the owner (who holds AGD).
fn settled<T: Config>(n: u32) -> Result<T::AccountId, BenchmarkError> {
	let owner = types::<T>(n)?;
	Pallet::<T>::shutdown(admin::<T>()?)?;
	Pallet::<T>::settle_vault(RawOrigin::Signed(owner.clone()).into(), owner.clone(), AGR)?;
	for i in 1..n {
		RedemptionPools::<T>::insert(AssetKind::Asset(100 + i), 1_000 * UNIT);
	}
	Ok(owner)
}

#[benchmarks]
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

	/// Worst case: AGD paid to an account that has none yet.
	#[benchmark]
	fn spend_surplus() -> Result<(), BenchmarkError> {
		setup::<T>()?;
		risky::<T>(&funded::<T>("owner"))?;
		later::<T>(3_600_000);
		Pallet::<T>::accrue(AGR)?;
		let amount = Pallet::<T>::surplus();
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

		assert_eq!(RedemptionFix::<T>::iter().count(), n as usize);
		Ok(())
	}

	#[benchmark]
	fn redeem(n: Linear<1, { T::MaxCollateralTypes::get() }>) -> Result<(), BenchmarkError> {
		let owner = settled::<T>(n)?;
		Pallet::<T>::open_redemption(RawOrigin::Signed(owner.clone()).into())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), 1_000 * UNIT);

		assert_eq!(SettledDebt::<T>::get(), 300 * UNIT);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
