//! Genesis presets, served by the `GenesisBuilder` runtime API and used by the node's
//! `--dev` / `--chain local` chain specs.
//!
//! - [`DEVELOPMENT`] (`development`): one validator (Alice), the twelve well-known dev accounts
//!   endowed, Alice as sudo key, governance tracks with periods of a few blocks. For
//!   `agora-node --dev` only.
//! - [`LOCAL_TESTNET`] (`local_testnet`): four validators (Alice, Bob, Charlie, Dave), the same
//!   endowed accounts, no sudo key: every privileged call is a referendum, on tracks with real
//!   periods (hours and days), and validators change by `admin` referendum at hourly sessions.
//!
//! Validators are `collatorSelection`'s invulnerables with their session keys (see
//! [`crate::validators`]); Aura's and GRANDPA's authorities follow from the session.

use crate::{
	AccountId, BalancesConfig, RuntimeGenesisConfig, SessionKeys, SudoConfig, AGD_ASSET_ID, UNITS,
};
use agora_primitives::{
	governance::{TrackId, ADMIN, REFERENDUM_CANCELLER, REFERENDUM_KILLER, ROOT, TRACKS, TREASURY},
	AssetKind,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Name of the single-validator development preset.
pub const DEVELOPMENT: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;
/// Name of the four-validator local testnet preset.
pub const LOCAL_TESTNET: &str = sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;

/// What each endowed development account starts with: one million AGR.
pub const ENDOWMENT: u128 = 1_000_000 * UNITS;

/// What the governance treasury starts with: one hundred thousand AGR.
pub const TREASURY_ENDOWMENT: u128 = 100_000 * UNITS;

fn genesis(
	validators: Vec<(AccountId, AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	root: Option<AccountId>,
	fast_governance: bool,
) -> Value {
	let endowed_assets: Vec<(crate::AssetId, AccountId, u128)> =
		endowed.iter().map(|a| (TEST_DOLLAR, a.clone(), 1_000_000_000_000)).collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			// The stablecoin's account holds collateral under auction and in redemption
			// pools: it exists from genesis so that any amount can move into it.
			balances: endowed
				.into_iter()
				.map(|a| (a, ENDOWMENT))
				.chain([
					(stablecoin_account(), crate::EXISTENTIAL_DEPOSIT),
					(lending_account(), crate::EXISTENTIAL_DEPOSIT),
					(treasury_account(), TREASURY_ENDOWMENT),
				])
				.collect::<Vec<_>>(),
		},
		// Aura's and GRANDPA's authorities come from the session's keys.
		collator_selection: pallet_collator_selection::GenesisConfig {
			invulnerables: validators.iter().map(|(who, _, _)| who.clone()).collect::<Vec<_>>(),
			candidacy_bond: crate::validators::CandidacyBond::get(),
			desired_candidates: 0,
		},
		session: pallet_session::GenesisConfig {
			keys: validators
				.into_iter()
				.map(|(who, aura, grandpa)| (who.clone(), who, SessionKeys { aura, grandpa }))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: root },
		assets: pallet_assets::GenesisConfig {
			assets: vec![
				(AGD_ASSET_ID, stablecoin_account(), true, 1),
				(TEST_DOLLAR, stablecoin_account(), true, 1),
			],
			metadata: vec![
				(AGD_ASSET_ID, b"Agora Dollar".to_vec(), b"AGD".to_vec(), 12),
				(TEST_DOLLAR, b"Test Dollar".to_vec(), b"TUSD".to_vec(), 6),
			],
			accounts: endowed_assets,
		},
		oracle: pallet_oracle::GenesisConfig {
			assets: crate::configs::OracleGenesisAssets::get(),
			params: oracle_params(fast_governance),
		},
		stablecoin: pallet_stablecoin::GenesisConfig {
			collateral_types: vec![(AssetKind::Native, agr_collateral())],
			psms: vec![(TEST_DOLLAR, test_dollar_psm())],
		},
		lending: pallet_lending::GenesisConfig {
			markets: vec![
				(AssetKind::Native, LEND_AGR, lending_market(60)),
				(
					AssetKind::Asset(AGD_ASSET_ID),
					LEND_AGD,
					pallet_lending::MarketParams {
						borrowable_in_isolation: true,
						..lending_market(80)
					},
				),
			],
		},
		governance: pallet_governance::GenesisConfig {
			tracks: tracks(fast_governance),
			params: voting_periods(fast_governance),
		},
		credentials: pallet_credentials::GenesisConfig {
			skills: crate::configs::SEED_SKILLS
				.iter()
				.map(|(name, prerequisites)| (name.as_bytes().to_vec(), prerequisites.to_vec()))
				.collect::<Vec<_>>(),
		},
	})
}

/// A test stable asset of the development and local chains (pallet-assets id 2, 6 decimals,
/// "TUSD"): every endowed account holds a million, and a peg stability module swaps it with AGD
/// ([`test_dollar_psm`]). A network lists a real one by an `admin` referendum.
pub const TEST_DOLLAR: crate::AssetId = 2;

/// The test dollar's module: 0.1 % in, 0.1 % out, a ceiling of 1,000,000 AGD, scale 6 (one
/// 10^-6 TUSD for 10^6 of AGD's smallest units).
pub fn test_dollar_psm() -> pallet_stablecoin::PsmParams {
	use agora_primitives::Price;
	pallet_stablecoin::PsmParams {
		fee_in: Price::from_rational(1, 1_000),
		fee_out: Price::from_rational(1, 1_000),
		ceiling: 1_000_000 * UNITS,
		scale: 6,
	}
}

/// The oracle's parameters: the defaults (values stale after an hour, three fresh values, hourly
/// history, prices delayed an hour as dss's OSM), except that the development chain does not
/// delay prices, so that a script can feed a price and mint against it in the next block.
pub fn oracle_params(fast: bool) -> pallet_oracle::OracleParams {
	let defaults = pallet_oracle::OracleParams::default();
	pallet_oracle::OracleParams { delay: if fast { 0 } else { defaults.delay }, ..defaults }
}

/// The lend token of the AGR market (pallet-assets id).
pub const LEND_AGR: crate::AssetId = 1_000;
/// The lend token of the AGD market (pallet-assets id).
pub const LEND_AGD: crate::AssetId = 1_001;

/// A lending market with a collateral factor of `percent` and the defaults of
/// [`pallet_lending::MarketParams::with_collateral_factor`]: liquidation threshold 5 points
/// higher, 10 % reserve factor, 50 % close factor, 8 % liquidation incentive, the jump-rate
/// model 2 % + 10 % × utilization up to the 80 % kink and +300 % above it; a minimum borrow of
/// [`MIN_BORROW`].
pub fn lending_market(percent: u128) -> pallet_lending::MarketParams {
	pallet_lending::MarketParams {
		min_borrow: MIN_BORROW,
		..pallet_lending::MarketParams::with_collateral_factor(
			agora_primitives::Ratio::from_rational(percent, 100),
		)
	}
}

/// The minimum borrow of the genesis markets, and of every market the lending storage
/// migration v1 → v2 upgrades: 1 unit (12 decimals) of the market's asset.
pub const MIN_BORROW: u128 = UNITS;

/// The lending pallet's account: the markets' cash.
fn lending_account() -> AccountId {
	use sp_runtime::traits::AccountIdConversion;
	crate::configs::LendingPalletId::get().into_account_truncating()
}

/// The stablecoin pallet's account: AGD's owner.
fn stablecoin_account() -> AccountId {
	use sp_runtime::traits::AccountIdConversion;
	crate::configs::StablecoinPalletId::get().into_account_truncating()
}

/// AGR as collateral: 150 % liquidation ratio, ≈ 2 % a year in stability fees (compounded per
/// second), 13 % penalty, 10 million AGD ceiling, 10 AGD floor, at most 2 million AGD (debt
/// plus penalty) in its auctions at once.
pub fn agr_collateral() -> pallet_stablecoin::CollateralParams {
	use agora_primitives::Price;
	pallet_stablecoin::CollateralParams {
		liquidation_ratio: Price::from_rational(3, 2),
		// (1.02)^(1 / 31,536,000) − 1 ≈ 6.2793e-10.
		stability_fee: Price::from_inner(627_937_192),
		liquidation_penalty: Price::from_rational(13, 100),
		debt_ceiling: 10_000_000 * UNITS,
		debt_floor: 10 * UNITS,
		auction_limit: 2_000_000 * UNITS,
	}
}

/// The governance tracks (see the README's table): real periods of 6-second blocks for a
/// network; for the development chain a 10 AGR deposit, 1 / 20 / 2 / 1 blocks and support from
/// 1 % so that a referendum passes in seconds.
///
/// On both, the `referendum_canceller` and `referendum_killer` tracks act faster than the
/// tracks they guard (a shorter prepare + confirm + enactment than any other track's, and a
/// shorter decision period), and the `admin` track keeps a support floor (and, on a network,
/// a day between approval and enactment).
pub fn tracks(fast: bool) -> Vec<pallet_governance::GenesisTrack<crate::BlockNumber>> {
	TRACKS.iter().map(|&(id, _)| track(id, fast)).collect()
}

/// Track `id` as [`tracks`] gives it.
pub fn track(id: TrackId, fast: bool) -> pallet_governance::GenesisTrack<crate::BlockNumber> {
	use crate::{DAYS, HOURS, MINUTES};
	// (max deciding, decision deposit, prepare, decision, confirm, enactment, support %)
	let (max_deciding, deposit, prepare, decision, confirm, enactment, support) = match id {
		ROOT => (1, 1_000 * UNITS, 2 * HOURS, 14 * DAYS, DAYS, DAYS, (50, 0)),
		ADMIN => (5, 500 * UNITS, 2 * HOURS, 7 * DAYS, DAYS, DAYS, (20, 5)),
		TREASURY => (10, 100 * UNITS, HOURS, 7 * DAYS, 3 * HOURS, DAYS, (10, 0)),
		REFERENDUM_CANCELLER => (10, 100 * UNITS, 30 * MINUTES, 2 * DAYS, HOURS, MINUTES, (10, 0)),
		REFERENDUM_KILLER => (10, 500 * UNITS, 30 * MINUTES, 2 * DAYS, HOURS, MINUTES, (10, 0)),
		// parameters
		_ => (10, 100 * UNITS, HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES, (10, 0)),
	};
	if fast {
		let guard = matches!(id, REFERENDUM_CANCELLER | REFERENDUM_KILLER);
		pallet_governance::GenesisTrack {
			id,
			max_deciding,
			decision_deposit: 10 * UNITS,
			prepare_period: 1,
			decision_period: if guard { 10 } else { 20 },
			confirm_period: if guard { 1 } else { 2 },
			min_enactment_period: 1,
			approval: (100, 50),
			support: if id == ADMIN { (2, 1) } else { (1, 0) },
		}
	} else {
		pallet_governance::GenesisTrack {
			id,
			max_deciding,
			decision_deposit: deposit,
			prepare_period: prepare,
			decision_period: decision,
			confirm_period: confirm,
			min_enactment_period: enactment,
			approval: (100, 50),
			support,
		}
	}
}

/// The voting periods: 2 blocks per conviction period and a 100-block undeciding timeout on
/// the development chain, 7 days each on a network. Sessions last an hour on a network; the
/// development chain has one validator and rotates once a day (a session's first block is
/// taken whole by the rotation, which `--sealing instant` would otherwise meet often).
fn voting_periods(fast: bool) -> pallet_governance::GovernanceParams<crate::BlockNumber> {
	if fast {
		pallet_governance::GovernanceParams {
			vote_locking_period: 2,
			undeciding_timeout: 100,
			session_period: crate::DAYS,
			..Default::default()
		}
	} else {
		pallet_governance::GovernanceParams {
			vote_locking_period: 7 * crate::DAYS,
			undeciding_timeout: 7 * crate::DAYS,
			session_period: crate::HOURS,
			..Default::default()
		}
	}
}

/// The governance treasury's account.
pub fn treasury_account() -> AccountId {
	pallet_governance::Pallet::<crate::Runtime>::treasury_account()
}

/// A validator of the well-known dev seed `//Name`: its account and the session keys the seed
/// derives (sr25519 for Aura, ed25519 for GRANDPA).
fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, AuraId, GrandpaId) {
	(aura.to_account_id(), aura.public().into(), grandpa.public().into())
}

fn endowed() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		endowed(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		true,
	)
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		endowed(),
		None,
		false,
	)
}

/// The preset of the given name, JSON-encoded.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEVELOPMENT => development_config_genesis(),
		LOCAL_TESTNET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets this runtime knows.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEVELOPMENT), PresetId::from(LOCAL_TESTNET)]
}

/// Preset `name`'s whole genesis config: the preset's patch over the default config, merged the
/// way the node's chain-spec builder merges them. The node builds its built-in chains' genesis
/// from it natively (`agora-node`'s `chain_spec::native_genesis_storage`).
#[cfg(feature = "std")]
pub fn preset_config(name: &str) -> Result<RuntimeGenesisConfig, alloc::string::String> {
	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(b), Value::Object(p)) => {
				for (k, v) in p {
					merge(b.entry(k).or_insert(Value::Null), v);
				}
			},
			(b, p) => *b = p,
		}
	}
	let preset = get_preset(&PresetId::from(name)).ok_or("unknown preset")?;
	let patch: Value = serde_json::from_slice(&preset).map_err(|e| e.to_string())?;
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).map_err(|e| e.to_string())?;
	merge(&mut config, patch);
	serde_json::from_value(config).map_err(|e| e.to_string())
}

/// Builds preset `name`'s genesis state into the current externalities the way the node's
/// chain-spec builder does (the preset's patch over the default config): for the runtime's
/// integration tests and the fuzzer.
#[cfg(feature = "std")]
pub fn build_preset_state(name: &str) -> Result<(), alloc::string::String> {
	let config = preset_config(name)?;
	<RuntimeGenesisConfig as frame_support::traits::BuildGenesisConfig>::build(&config);
	Ok(())
}
