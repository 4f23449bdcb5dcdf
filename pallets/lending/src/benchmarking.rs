//! Benchmarks of the lending pallet, in their worst cases: [`Config::MaxMarkets`] markets, each
//! used by the account as collateral and borrowed from (the liquidity check prices them all),
//! interest and rewards to accrue since the last touch, native AGR as the moved asset.

use super::*;
use agora_primitives::assets::BenchmarkHelper as _;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;

const AGR: AssetKind = AssetKind::Native;
/// One unit (12 decimals).
const UNIT: Balance = 1_000_000_000_000;
const T0: Moment = 1_700_000_000_000;

fn gov<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::set_balance(&who, 1_000_000_000 * UNIT);
	who
}

fn params() -> MarketParams {
	MarketParams {
		supply_reward_speed: UNIT,
		borrow_reward_speed: UNIT,
		..MarketParams::with_collateral_factor(Ratio::from_rational(75, 100))
	}
}

/// The `i`-th benchmark market's asset: AGR first, then assets 6,000 + i.
fn asset_of(i: u32) -> AssetKind {
	if i == 0 {
		AGR
	} else {
		AssetKind::Asset(6_000 + i)
	}
}

/// The `i`-th benchmark market's lend token.
fn lend_token(i: u32) -> AssetId {
	5_000 + i
}

/// Forgets the genesis markets (their lend tokens stay in pallet-assets, unused).
fn no_markets<T: Config>() {
	let _ = Markets::<T>::clear(u32::MAX, None);
	let _ = LendTokens::<T>::clear(u32::MAX, None);
}

/// `n` markets (lend tokens 5,000 + i), priced at $1; "user" supplied 1,000 units of each as
/// collateral and borrowed 100 of each; "supplier" supplied 100,000 of each. Then an hour
/// passes (prices refreshed). Returns the user.
fn markets<T: Config>(n: u32) -> Result<T::AccountId, BenchmarkError> {
	T::BenchmarkHelper::set_time(T0);
	no_markets::<T>();
	let user = funded::<T>("user");
	let supplier = funded::<T>("supplier");
	for i in 0..n {
		let asset = asset_of(i);
		if let AssetKind::Asset(id) = asset {
			T::BenchmarkHelper::create_asset(id, &supplier, &supplier, 1_000_000 * UNIT);
			T::Assets::mint_into(id, &user, 1_000_000 * UNIT)?;
		}
		Pallet::<T>::add_market(gov::<T>()?, asset, lend_token(i), params())?;
		T::BenchmarkHelper::set_price(asset, Ratio::one());
		Pallet::<T>::supply(RawOrigin::Signed(supplier.clone()).into(), asset, 100_000 * UNIT)?;
		Pallet::<T>::supply(RawOrigin::Signed(user.clone()).into(), asset, 1_000 * UNIT)?;
		Pallet::<T>::enable_collateral(RawOrigin::Signed(user.clone()).into(), asset)?;
	}
	for i in 0..n {
		Pallet::<T>::borrow(RawOrigin::Signed(user.clone()).into(), asset_of(i), 100 * UNIT)?;
	}
	T::BenchmarkHelper::set_time(T0 + 3_600_000);
	for i in 0..n {
		T::BenchmarkHelper::set_price(asset_of(i), Ratio::one());
	}
	Ok(user)
}

/// `n` markets as [`markets`] makes them, then isolation: AGR's market (market 0) is made
/// isolated with an unlimited ceiling (on the first market, before anyone supplies), the others
/// borrowable in isolation; "isolated" supplies 1,000,000 AGR, enters isolation and borrows 100
/// of every other market. Then an hour passes (prices refreshed). Returns the isolated account.
fn isolated<T: Config>(n: u32) -> Result<T::AccountId, BenchmarkError> {
	T::BenchmarkHelper::set_time(T0);
	no_markets::<T>();
	let isolated = funded::<T>("isolated");
	let supplier = funded::<T>("supplier");
	for i in 0..n {
		let asset = asset_of(i);
		if let AssetKind::Asset(id) = asset {
			T::BenchmarkHelper::create_asset(id, &supplier, &supplier, 1_000_000 * UNIT);
		}
		let params = if i == 0 {
			MarketParams { isolation_ceiling: Some(Balance::MAX), ..params() }
		} else {
			MarketParams { borrowable_in_isolation: true, ..params() }
		};
		Pallet::<T>::add_market(gov::<T>()?, asset, lend_token(i), params)?;
		T::BenchmarkHelper::set_price(asset, Ratio::one());
		if i > 0 {
			Pallet::<T>::supply(RawOrigin::Signed(supplier.clone()).into(), asset, 100_000 * UNIT)?;
		}
	}
	Pallet::<T>::supply(RawOrigin::Signed(isolated.clone()).into(), AGR, 1_000_000 * UNIT)?;
	Pallet::<T>::enable_collateral(RawOrigin::Signed(isolated.clone()).into(), AGR)?;
	for i in 1..n {
		Pallet::<T>::borrow(RawOrigin::Signed(isolated.clone()).into(), asset_of(i), 100 * UNIT)?;
	}
	T::BenchmarkHelper::set_time(T0 + 3_600_000);
	for i in 0..n {
		T::BenchmarkHelper::set_price(asset_of(i), Ratio::one());
	}
	Ok(isolated)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_market() -> Result<(), BenchmarkError> {
		no_markets::<T>();
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AGR, lend_token(0), params());

		assert!(Markets::<T>::contains_key(AGR));
		Ok(())
	}

	#[benchmark]
	fn set_market() -> Result<(), BenchmarkError> {
		markets::<T>(1)?;
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AGR, params());

		assert_eq!(Markets::<T>::get(AGR).map(|m| m.last_accrued), Some(T0 + 3_600_000));
		Ok(())
	}

	#[benchmark]
	fn supply() -> Result<(), BenchmarkError> {
		let user = markets::<T>(1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()), AGR, 10 * UNIT);

		Ok(())
	}

	#[benchmark]
	fn redeem() -> Result<(), BenchmarkError> {
		let user = markets::<T>(T::MaxMarkets::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()), AGR, 10 * UNIT);

		Ok(())
	}

	#[benchmark]
	fn borrow() -> Result<(), BenchmarkError> {
		let user = markets::<T>(T::MaxMarkets::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()), AGR, 10 * UNIT);

		Ok(())
	}

	/// Worst case: the borrower is isolated, so its collateral's ceiling is measured: every
	/// market is owed by another account isolated in the same collateral, so the ceiling
	/// prices and accrues markets the borrower's own liquidity check never read.
	#[benchmark]
	fn borrow_isolated() -> Result<(), BenchmarkError> {
		let n = T::MaxMarkets::get();
		isolated::<T>(n)?;
		let user = funded::<T>("borrower");
		Pallet::<T>::supply(RawOrigin::Signed(user.clone()).into(), AGR, 1_000 * UNIT)?;
		Pallet::<T>::enable_collateral(RawOrigin::Signed(user.clone()).into(), AGR)?;
		let asset = asset_of(n - 1);

		#[extrinsic_call]
		borrow(RawOrigin::Signed(user.clone()), asset, 10 * UNIT);

		assert!(IsolatedBorrows::<T>::get(AGR, asset).is_some());
		Ok(())
	}

	/// Worst case: the borrower is isolated, so its collateral's isolated borrows change too.
	#[benchmark]
	fn repay() -> Result<(), BenchmarkError> {
		let user = isolated::<T>(2)?;
		let asset = asset_of(1);
		if let AssetKind::Asset(id) = asset {
			T::Assets::mint_into(id, &user, 1_000 * UNIT)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()), asset, 10 * UNIT);

		Ok(())
	}

	/// Worst case: entering isolation, which looks for a borrow in every market.
	#[benchmark]
	fn enable_collateral() -> Result<(), BenchmarkError> {
		markets::<T>(T::MaxMarkets::get())?;
		let params = MarketParams { isolation_ceiling: Some(UNIT), ..params() };
		// Isolation needs an empty market: the last one, which "other" then enters.
		let last = asset_of(T::MaxMarkets::get() - 1);
		Markets::<T>::mutate(last, |m| {
			if let Some(m) = m {
				m.params = params
			}
		});
		let other = funded::<T>("other");

		#[extrinsic_call]
		_(RawOrigin::Signed(other.clone()), last);

		assert_eq!(IsolatedIn::<T>::get(&other), Some(last));
		Ok(())
	}

	#[benchmark]
	fn disable_collateral() -> Result<(), BenchmarkError> {
		let user = markets::<T>(T::MaxMarkets::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()), AGR);

		assert!(!Collateral::<T>::contains_key(&user, AGR));
		Ok(())
	}

	/// Worst case: every market in the liquidity check; the borrower stopped using the debt
	/// market as collateral, and every other price fell a hundredfold.
	#[benchmark]
	fn liquidate() -> Result<(), BenchmarkError> {
		let n = T::MaxMarkets::get();
		let user = markets::<T>(n)?;
		let debt = asset_of(n - 1);
		Pallet::<T>::disable_collateral(RawOrigin::Signed(user.clone()).into(), debt)?;
		for i in 0..n - 1 {
			T::BenchmarkHelper::set_price(asset_of(i), Ratio::from_rational(1, 100));
		}
		let liquidator = funded::<T>("liquidator");
		if let AssetKind::Asset(id) = debt {
			T::Assets::mint_into(id, &liquidator, 1_000 * UNIT)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(liquidator.clone()), user.clone(), debt, 5 * UNIT, AGR);

		assert!(T::Assets::balance(lend_token(0), &liquidator) > 0);
		Ok(())
	}

	#[benchmark]
	fn add_reserves() -> Result<(), BenchmarkError> {
		let user = markets::<T>(1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(user), AGR, 10 * UNIT);

		Ok(())
	}

	#[benchmark]
	fn reduce_reserves() -> Result<(), BenchmarkError> {
		let user = markets::<T>(1)?;
		Pallet::<T>::add_reserves(RawOrigin::Signed(user.clone()).into(), AGR, 10 * UNIT)?;
		let origin =
			T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AGR, 10 * UNIT, user);

		Ok(())
	}

	#[benchmark]
	fn claim_rewards(n: Linear<1, { T::MaxMarkets::get() }>) -> Result<(), BenchmarkError> {
		let user = markets::<T>(n)?;
		T::Currency::set_balance(&Pallet::<T>::reward_pot(), 1_000_000_000 * UNIT);

		#[extrinsic_call]
		_(RawOrigin::Signed(user.clone()));

		assert_eq!(RewardsAccrued::<T>::get(&user), 0);
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = gov::<T>()?;
		let params =
			LendingParams { score_model: Some(1), boost_enabled: true, ..Default::default() };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
