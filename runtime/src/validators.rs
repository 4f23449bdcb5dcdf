//! Validators by governance: `pallet-session` rotates the Aura and GRANDPA keys of the validator
//! set that `pallet-collator-selection` assembles, and governance decides who is in it.
//!
//! - A validator runs a node with `--validator`, generates its session keys there
//!   (`author_rotateKeysWithOwner` with its account id as owner, which also returns the proof
//!   that it holds them) and registers them with `session.setKeys(keys, proof)` from its
//!   account ([`SessionKeyDeposit`] is held while they are registered).
//! - An `admin` referendum (or `root`) adds it with `collatorSelection.addInvulnerable(account)`
//!   (refused unless its keys are registered) and removes one with `removeInvulnerable`; at most
//!   [`MaxValidators`]. A set with fewer than [`MinValidators`] validators holding keys is never
//!   queued ([`NonEmptySessions`]): the chain keeps its current validators instead of stopping.
//! - Changes take effect at a session boundary: the set chosen when session `n` ends is queued
//!   for session `n + 1` and authors (and votes in GRANDPA) from session `n + 2`. A session lasts
//!   `pallet_governance::GovernanceParams::session_period` blocks ([`SessionPeriod`]), which a
//!   `root` referendum sets with `governance.setParams` (default one hour).
//! - Permissionless candidates are off: `desired_candidates` is 0 in every genesis preset, so
//!   a `collatorSelection.registerAsCandidate` (which holds [`CandidacyBond`]) never makes a
//!   validator. An `admin` referendum may open candidacy with `setDesiredCandidates`; the
//!   candidates with the highest bonds then join the invulnerables, and a candidate that authors
//!   nothing for two sessions (counted from two sessions after it registered) is dropped.
//!
//! `pallet-collator-selection` is polkadot-sdk's validator-set manager for chains without
//! nominated proof of stake; on a solochain it works unchanged (its pot pays block authors half
//! of what it holds per block; nothing funds it unless a treasury spend does).

use crate::{
	governance::AdminOrigin, AccountId, Aura, Balance, Balances, BlockNumber, Runtime,
	RuntimeEvent, SessionKeys, UNITS,
};
use alloc::vec::Vec;
use frame_support::{parameter_types, traits::Get, PalletId};
use sp_runtime::traits::OpaqueKeys;

/// How many blocks a session lasts: governance's `session_period`.
pub struct SessionPeriod;
impl Get<BlockNumber> for SessionPeriod {
	fn get() -> BlockNumber {
		pallet_governance::Pallet::<Runtime>::session_period()
	}
}

/// A candidate that authored nothing for two sessions is dropped from the candidates.
pub struct KickThreshold;
impl Get<BlockNumber> for KickThreshold {
	fn get() -> BlockNumber {
		SessionPeriod::get().saturating_mul(2)
	}
}

parameter_types! {
	/// Sessions start at block 0.
	pub const SessionOffset: BlockNumber = 0;
	/// Registering session keys holds this much (refunded by `session.purgeKeys`).
	pub const SessionKeyDeposit: Balance = UNITS;
	/// The account of collator selection's reward pot.
	pub const PotId: PalletId = PalletId(*b"agr/pot_");
	/// Most validators that governance chooses (invulnerables).
	pub const MaxValidators: u32 = 32;
	/// Fewest validators: removing the last one is refused.
	pub const MinValidators: u32 = 1;
	/// Most candidates waiting for a seat (only when governance opens candidacy).
	pub const MaxCandidates: u32 = 16;
	/// What a candidate holds by default; governance retunes it (`setCandidacyBond`).
	pub const CandidacyBond: Balance = 10_000 * UNITS;
}

/// Most authorities Aura and GRANDPA keep: every invulnerable and every candidate at once.
pub const MAX_AUTHORITIES: u32 = 48;

// Every validator must fit Aura's and GRANDPA's authority lists.
const _: () = assert!(
	MaxValidators::get() + MaxCandidates::get() <= MAX_AUTHORITIES,
	"the validators must fit the consensus pallets' MaxAuthorities"
);

/// Collator selection as the session manager, except that a set with fewer than
/// [`MinValidators`] validators holding session keys is never queued: the current set stays.
///
/// Collator selection alone would queue an empty set (governance removing the last
/// invulnerable while a bonded candidate is registered, which collator selection counts
/// although it never selects one; `setInvulnerables` with accounts without keys; every
/// validator purging its keys), and two sessions later Aura would have no authority: no block
/// could be authored again, so no referendum could repair it.
pub struct NonEmptySessions;

impl pallet_session::SessionManager<AccountId> for NonEmptySessions {
	fn new_session(index: u32) -> Option<Vec<AccountId>> {
		use pallet_session::SessionManager;
		let next = <crate::CollatorSelection as SessionManager<AccountId>>::new_session(index)?;
		// pallet-session drops the validators without keys when it rotates.
		let with_keys =
			next.iter().filter(|v| pallet_session::NextKeys::<Runtime>::contains_key(v)).count();
		if (with_keys as u32) < MinValidators::get() {
			return None;
		}
		Some(next)
	}

	fn end_session(index: u32) {
		<crate::CollatorSelection as pallet_session::SessionManager<AccountId>>::end_session(index)
	}

	fn start_session(index: u32) {
		<crate::CollatorSelection as pallet_session::SessionManager<AccountId>>::start_session(
			index,
		)
	}
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = NonEmptySessions;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = crate::CollatorSelection;
}

impl pallet_collator_selection::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type UpdateOrigin = AdminOrigin;
	type PotId = PotId;
	type MaxCandidates = MaxCandidates;
	type MinEligibleCollators = MinValidators;
	type MaxInvulnerables = MaxValidators;
	type KickThreshold = KickThreshold;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ValidatorRegistration = crate::Session;
	type WeightInfo = crate::weights::pallet_collator_selection::WeightInfo<Runtime>;
}
