//! Value of any [`AssetKind`]: how the pallets move it, and what their benchmarks need from the
//! runtime (prices, the clock, assets).

use crate::{AssetId, AssetKind, Balance, Moment, Price};
use frame_support::traits::{
	fungible, fungibles,
	tokens::{Preservation, Preservation::Expendable},
};
use sp_runtime::DispatchResult;

/// Moves `amount` of `asset` from `from` to `to`, as every Agora pallet moves value: an AGR
/// payment keeps `from` alive (no account is reaped by paying), a pallet-assets payment may
/// empty `from`'s asset account.
pub fn transfer<AccountId, Native, Assets>(
	asset: AssetKind,
	from: &AccountId,
	to: &AccountId,
	amount: Balance,
) -> DispatchResult
where
	AccountId: Eq,
	Native: fungible::Mutate<AccountId, Balance = Balance>,
	Assets: fungibles::Mutate<AccountId, AssetId = AssetId, Balance = Balance>,
{
	match asset {
		AssetKind::Native => Native::transfer(from, to, amount, Preservation::Preserve),
		AssetKind::Asset(id) => Assets::transfer(id, from, to, amount, Expendable),
	}
	.map(|_| ())
}

/// What the pallets' benchmarks need from the runtime they run in: oracle prices, the clock and
/// assets. The runtime implements it once; each mock runtime implements it over its mocks.
pub trait BenchmarkHelper<AccountId> {
	/// Makes `price` the oracle's price of `asset`.
	fn set_price(asset: AssetKind, price: Price);
	/// Sets the clock (Unix milliseconds).
	fn set_time(now: Moment);
	/// Creates asset `id` owned by `owner` and mints `amount` of it to `holder`.
	fn create_asset(id: AssetId, owner: &AccountId, holder: &AccountId, amount: Balance);
}

/// Creates asset `id` owned by `owner` (sufficient, minimum balance 1) and mints `amount` of it
/// to `holder`: what [`BenchmarkHelper::create_asset`] does in the runtime and in the mocks.
pub fn create_asset<AccountId, Assets>(
	id: AssetId,
	owner: &AccountId,
	holder: &AccountId,
	amount: Balance,
) -> DispatchResult
where
	AccountId: Clone + Eq,
	Assets: fungibles::Create<AccountId>
		+ fungibles::Mutate<AccountId, AssetId = AssetId, Balance = Balance>,
{
	Assets::create(id, owner.clone(), true, 1)?;
	Assets::mint_into(id, holder, amount).map(|_| ())
}
