//! Runtime upgrades and the operational class: [`OperationalGuard`].
//!
//! A runtime upgrade is enacted in two steps: a root referendum calls
//! `system.authorizeUpgrade(code_hash)`, then anyone submits the code itself with
//! `system.applyAuthorizedUpgrade(code)`, unsigned (the pool accepts it only if its hash is the
//! authorized one) or signed (refunded when it succeeds).
//!
//! frame-system gives that call, and its root-only calls carrying bytes (`setCode`,
//! `setStorage`, `killPrefix`, …), the `Operational` class, so that a multi-megabyte runtime
//! fits: an operational extrinsic may use the whole 8 MiB block and the quarter of the block's
//! weight that ordinary transactions cannot touch, and it is ordered before them. The class
//! carries through `utility`, `proxy`, `sudo` and `multisig.asMultiThreshold1` wrappers. Whether
//! the signer may make the call is only checked when it is dispatched, so without a guard a
//! signed `applyAuthorizedUpgrade` or `setCode` with *any* bytes passed validation, was
//! included, failed (`Unauthorized`, `BadOrigin`) and paid its fee: for about 80 AGR a block
//! anyone could fill the reserved operational space (and 8 MiB of block) with junk, every block,
//! ahead of every ordinary transaction. The authorized code itself, wrapped in a call that fails
//! (`sudo` without the key, a proxy call for a stranger), could be replayed the same way, since
//! the failure keeps the authorization.
//!
//! [`OperationalGuard`] closes that by the class rather than by the call: it wraps
//! `ChargeTransactionPayment` and refuses at validation (by the pool, and again when a block
//! applies the transaction) every operational transaction except
//!
//! - a top-level `system.applyAuthorizedUpgrade` whose code hashes to the authorized upgrade,
//! - any call signed by the sudo key (the development chain's; launched chains have none).
//!
//! Refused transactions never reach a block and pay nothing. Upgrade code nested in an ordinary
//! (`Normal`) call, say inside `multisig.asMulti`, is only ordinary bytes: it pays the byte fee
//! and cannot touch the operational space.
//!
//! The wrapper is invisible to wallets: it keeps `ChargeTransactionPayment`'s identifier, its
//! encoding (the tip), its type in the metadata and its implicit data, so signed payloads and the
//! metadata hash are unchanged. Its encoding must stay the inner extension's: the metadata
//! describes it as that (a runtime test compares the two).

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{dispatch::DispatchClass, pallet_prelude::TransactionSource, weights::Weight};
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, DispatchOriginOf, Hash, Implication,
		PostDispatchInfoOf, TransactionExtension, ValidateResult,
	},
	transaction_validity::{InvalidTransaction, TransactionValidity, TransactionValidityError},
	DispatchResult,
};

use crate::{Runtime, RuntimeCall};

/// The hash of the authorized upgrade, if one is authorized. frame-system keeps the hash in a
/// private field of `CodeUpgradeAuthorization`; its encoding is `(code_hash, check_version)`,
/// which a test checks (a different layout fails closed: no signed upgrade validates, the
/// unsigned one still does).
pub fn authorized_code_hash() -> Option<<Runtime as frame_system::Config>::Hash> {
	let authorization = frame_system::Pallet::<Runtime>::authorized_upgrade()?;
	let (hash, _check_version) =
		<(<Runtime as frame_system::Config>::Hash, bool)>::decode(&mut &authorization.encode()[..])
			.ok()?;
	Some(hash)
}

/// Whether a transaction of the operational class with `call`, signed by `signer` (if anyone),
/// may be validated: see the [module docs](self).
pub fn operational_allowed(signer: Option<&crate::AccountId>, call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code }) => {
			authorized_code_hash()
				== Some(<<Runtime as frame_system::Config>::Hashing as Hash>::hash(code))
		},
		RuntimeCall::Sudo(..) => {
			signer.is_some() && signer.cloned() == pallet_sudo::Key::<Runtime>::get()
		},
		_ => false,
	}
}

/// What checking costs beyond the inner extension: the authorization's read and hashing the
/// code (charged at 10 ns a byte, several times blake2's speed here) for an upgrade, the sudo
/// key's read for a sudo call.
fn check_weight(call: &RuntimeCall) -> Weight {
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	match call {
		RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code }) => db
			.reads(1)
			.saturating_add(Weight::from_parts((code.len() as u64).saturating_mul(10_000), 0)),
		RuntimeCall::Sudo(..) => db.reads(1),
		_ => Weight::zero(),
	}
}

/// `S` (the runtime's `ChargeTransactionPayment`), refusing operational transactions other than
/// the authorized upgrade and the sudo key's. See the [module docs](self).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq)]
pub struct OperationalGuard<S>(pub S);

impl<S> From<S> for OperationalGuard<S> {
	fn from(inner: S) -> Self {
		Self(inner)
	}
}

impl<S: core::fmt::Debug> core::fmt::Debug for OperationalGuard<S> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "OperationalGuard({:?})", self.0)
	}
}

/// The same type as `S` in the metadata: wallets see `ChargeTransactionPayment` unchanged.
impl<S: scale_info::TypeInfo + 'static> scale_info::TypeInfo for OperationalGuard<S> {
	type Identity = S::Identity;
	fn type_info() -> scale_info::Type {
		S::type_info()
	}
}

impl<S: TransactionExtension<RuntimeCall>> TransactionExtension<RuntimeCall>
	for OperationalGuard<S>
{
	const IDENTIFIER: &'static str = S::IDENTIFIER;
	type Implicit = S::Implicit;
	type Val = S::Val;
	type Pre = S::Pre;

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn metadata() -> Vec<sp_runtime::traits::TransactionExtensionMetadata> {
		S::metadata()
	}

	fn weight(&self, call: &RuntimeCall) -> Weight {
		self.0.weight(call).saturating_add(check_weight(call))
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if info.class == DispatchClass::Operational
			&& !operational_allowed(origin.as_system_origin_signer(), call)
		{
			return Err(InvalidTransaction::Call.into());
		}
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		self.0.prepare(val, origin, call, info, len)
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		S::post_dispatch_details(pre, info, post_info, len, result)
	}

	fn post_dispatch(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		S::post_dispatch(pre, info, post_info, len, result)
	}

	fn bare_validate(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> TransactionValidity {
		S::bare_validate(call, info, len)
	}

	fn bare_validate_and_prepare(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<(), TransactionValidityError> {
		S::bare_validate_and_prepare(call, info, len)
	}

	fn bare_post_dispatch(
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		S::bare_post_dispatch(info, post_info, len, result)
	}
}
