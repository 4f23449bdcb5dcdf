//! The invariants checked after every block: every Agora pallet's `do_try_state`, global
//! accounting of AGR and of every pallet-assets asset, the pallets' accounts staying alive,
//! the runtime-API views not panicking, and the views agreeing with the calls (a vault the
//! views call liquidatable can be liquidated).

use crate::chain;
use agora_primitives::AssetKind;
use agora_runtime::{AccountId, Runtime, RuntimeCall, RuntimeOrigin, AGD_ASSET_ID};
use frame_support::storage::with_transaction;
use sp_runtime::{traits::Dispatchable, DispatchError, TransactionOutcome};

/// Runs `f` in a storage transaction that is rolled back: views must not write, and a
/// dry-run call leaves nothing behind.
pub fn rolled_back<R>(f: impl FnOnce() -> R) -> R {
	with_transaction(|| TransactionOutcome::Rollback(Ok::<R, DispatchError>(f())))
		.expect("a storage transaction can be opened")
}

/// Every invariant; the first violated one as `Err`.
pub fn check_all() -> Result<(), String> {
	pallets()?;
	agr_issuance()?;
	assets()?;
	accounts()?;
	rolled_back(views);
	vaults_liquidatable()?;
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryState, TryStateSelect};
		let n = agora_runtime::System::block_number();
		<agora_runtime::AllPalletsWithSystem as TryState<agora_runtime::BlockNumber>>::try_state(
			n,
			TryStateSelect::All,
		)
		.map_err(|e| format!("try_state of the runtime's pallets: {e:?}"))?;
	}
	Ok(())
}

/// Every Agora pallet's `do_try_state` (the governance pallet's includes the runtime's OpenGov
/// checks).
fn pallets() -> Result<(), String> {
	let results = [
		("recommender", pallet_recommender::Pallet::<Runtime>::do_try_state()),
		("credentials", pallet_credentials::Pallet::<Runtime>::do_try_state()),
		("oracle", pallet_oracle::Pallet::<Runtime>::do_try_state()),
		("stablecoin", pallet_stablecoin::Pallet::<Runtime>::do_try_state()),
		("lending", pallet_lending::Pallet::<Runtime>::do_try_state()),
		("governance", pallet_governance::Pallet::<Runtime>::do_try_state()),
	];
	for (pallet, result) in results {
		result.map_err(|e| format!("{pallet} try_state: {e:?}"))?;
	}
	Ok(())
}

/// AGR's total issuance is the sum of every account's free and reserved balance.
fn agr_issuance() -> Result<(), String> {
	let mut sum: u128 = 0;
	for (who, info) in frame_system::Account::<Runtime>::iter() {
		sum = sum
			.checked_add(info.data.free)
			.and_then(|s| s.checked_add(info.data.reserved))
			.ok_or_else(|| format!("AGR balances overflow at {who}"))?;
		if info.consumers > 0 && info.providers == 0 && info.sufficients == 0 {
			return Err(format!("account {who} has consumers but no providers: {info:?}"));
		}
	}
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	if sum != issuance {
		return Err(format!("AGR total issuance {issuance} differs from the accounts' sum {sum}"));
	}
	Ok(())
}

/// Each pallet-assets asset's supply is the sum of its accounts' balances, and its account
/// count their number; AGD exists.
fn assets() -> Result<(), String> {
	if !pallet_assets::Asset::<Runtime>::contains_key(AGD_ASSET_ID) {
		return Err("AGD no longer exists".into());
	}
	for (id, details) in pallet_assets::Asset::<Runtime>::iter() {
		let (mut sum, mut accounts) = (0u128, 0u32);
		for account in pallet_assets::Account::<Runtime>::iter_prefix_values(id) {
			sum = sum
				.checked_add(account.balance)
				.ok_or_else(|| format!("asset {id}: balances overflow"))?;
			accounts += 1;
		}
		if sum != details.supply {
			return Err(format!(
				"asset {id}: supply {} differs from the balances' sum {sum}",
				details.supply
			));
		}
		if accounts != details.accounts {
			return Err(format!(
				"asset {id}: {} accounts recorded, {accounts} exist",
				details.accounts
			));
		}
	}
	Ok(())
}

/// The stablecoin's and the lending pallet's accounts are never reaped (both pallets rely on
/// it to receive any amount).
fn accounts() -> Result<(), String> {
	let stable = pallet_stablecoin::Pallet::<Runtime>::account();
	let lending = pallet_lending::Pallet::<Runtime>::account();
	for (name, who) in [("stablecoin", stable), ("lending", lending)] {
		if !frame_system::Pallet::<Runtime>::account_exists(&who) {
			return Err(format!("the {name} pallet's account was reaped"));
		}
	}
	Ok(())
}

/// Every runtime-API view, for every signer: they must not panic (a panic here is a finding;
/// in a node it would fail the RPC call).
fn views() {
	use agora_runtime::{
		governance::views as gov, Credentials, Governance, Lending, Oracle, Stablecoin,
	};
	let signers: Vec<AccountId> = (0..chain::SIGNERS.len() as u8).map(chain::signer).collect();
	let agd = AssetKind::Asset(AGD_ASSET_ID);
	for who in &signers {
		let _ = Credentials::recommend_courses(who, 5);
		let _ = Credentials::of_subject(who);
		let _ = Credentials::skill_profile(who);
		let _ = Credentials::learner_profile(who);
		let _ = Credentials::learning_path(who, 5, 90);
		let _ = Credentials::course_readiness(who, 1);
		let _ = Credentials::status_lists(who);
		let _ = Stablecoin::recommend(who);
		let _ = Stablecoin::vault_info(who, AssetKind::Native);
		let _ = Stablecoin::savings_info(who);
		let _ = Lending::position(who);
		let _ = Lending::liquidity_info(who);
		let _ = Lending::recommend(who);
		let _ = Lending::pending_rewards(who);
		let _ = Governance::recommend_delegates(who, 5);
		let _ = gov::recommend_referenda(who.clone(), 5);
		let _ = gov::voting_power(who.clone());
	}
	let mut filter =
		pallet_credentials::CourseFilter { provider: None, open_only: false, min_skill: None };
	let _ = Credentials::courses(&filter, 0, 100);
	filter.open_only = true;
	filter.min_skill = Some((0, 10));
	let _ = Credentials::courses(&filter, 0, 100);
	for id in 0..pallet_credentials::NextCredentialId::<Runtime>::get().min(50) {
		let _ = Credentials::verify(id);
	}
	let _ = Stablecoin::system_info();
	let _ = Stablecoin::money_info();
	let _ = Stablecoin::at_risk_vaults(None, 100);
	let _ = Stablecoin::auctions_info(0, 100);
	let _ = Lending::markets_info();
	let _ = Lending::market_risks();
	for asset in [AssetKind::Native, agd] {
		let _ = Oracle::price_info(asset);
		let _ = Oracle::volatility_of(asset);
	}
	let _ = gov::referenda(None, 0, 100);
	let _ = pallet_recommender::Pallet::<Runtime>::model_summaries(0, 100);
	let _ = agora_runtime::apis::agora_info();
}

/// While the stablecoin is not shut down, every vault the views call liquidatable can be
/// liquidated (checked with a dry run that is rolled back).
fn vaults_liquidatable() -> Result<(), String> {
	if pallet_stablecoin::Shutdown::<Runtime>::exists() {
		return Ok(());
	}
	let vaults: Vec<(AccountId, AssetKind)> = pallet_stablecoin::Vaults::<Runtime>::iter()
		.map(|(owner, asset, _)| (owner, asset))
		.collect();
	for (owner, asset) in vaults {
		let Some(info) = pallet_stablecoin::Pallet::<Runtime>::vault_info(&owner, asset) else {
			continue;
		};
		if !info.liquidatable {
			continue;
		}
		// A keeper whose account exists (the incentive may be below the existential deposit).
		let Some(keeper) = (0..chain::SIGNERS.len() as u8)
			.map(chain::signer)
			.find(|k| frame_system::Pallet::<Runtime>::account_exists(k))
		else {
			continue;
		};
		let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::<Runtime>::liquidate {
			owner: owner.clone(),
			asset,
		});
		let result = rolled_back(|| call.dispatch(RuntimeOrigin::signed(keeper)));
		// The auction limits may hold a liquidation back until bids make room.
		let limited = [
			pallet_stablecoin::Error::<Runtime>::AuctionLimitReached,
			pallet_stablecoin::Error::<Runtime>::DustyAuction,
		]
		.map(sp_runtime::DispatchError::from);
		let failure = result.err().map(|e| e.error).filter(|e| !limited.contains(e));
		if let Some(e) = failure {
			return Err(format!(
				"stablecoin: {owner}'s {asset:?} vault is liquidatable by the views ({info:?}) \
				 but liquidate fails: {e:?}"
			));
		}
	}
	Ok(())
}
