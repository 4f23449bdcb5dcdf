//! What wallets expect of a polkadot-sdk chain: `pallet-utility` (batches), `pallet-proxy`
//! (accounts acting for others, limited by [`ProxyType`]) and `pallet-multisig` (k-of-n
//! accounts).

use crate::{
	Balance, Balances, BlakeTwo256, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System,
	MILLI_UNITS, UNITS,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{parameter_types, traits::InstanceFilter};
use scale_info::TypeInfo;

/// A storage deposit: `items` entries and `bytes` bytes of state. One AGR per entry, a
/// thousandth per byte (the preimage deposit's rate).
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * UNITS + bytes as Balance * MILLI_UNITS
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

/// What a proxy may do for the account that added it. A proxy's calls, and the calls inside
/// its batches, pass this filter; a proxy adds or removes only proxies of a type it includes
/// (`Any` includes every type, `NonTransfer` every type but `Any`).
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Every call.
	#[default]
	Any,
	/// Every call except those of [`moves_funds_away`]. It may still borrow, adjust vaults and
	/// vote for the principal (a proxy could push a position towards liquidation): give it to
	/// someone trusted with the principal's positions.
	NonTransfer,
	/// Votes and delegations in referenda (`convictionVoting`), alone or in batches. A vote or
	/// delegation with conviction locks the principal's balance (up to 32 lock periods at 6×).
	Governance,
	/// Rejecting announcements of a time-delayed proxy (`proxy.rejectAnnouncement`).
	CancelProxy,
}

/// Calls a `NonTransfer` proxy may not make: those that send the principal's funds to another
/// account (transfers and approvals of AGR and assets, paying a course provider or a reward pot,
/// buying auctioned collateral, swapping through a peg stability module or flash minting
/// (each pays fees away), repaying someone else's loan or liquidating it, adding to a
/// market's reserves), those that hand out the principal's authority or spend what it holds for
/// others (credentials delegates, completing courses from its budget, moving its deposits), and
/// those that escape the proxy filter or lock its funds in other pallets' hands (acting through
/// a multisig or as another account's proxy, validator bonds and session keys, sudo).
pub fn moves_funds_away(call: &RuntimeCall) -> bool {
	use pallet_credentials::Call as Credentials;
	use pallet_lending::Call as Lending;
	use pallet_stablecoin::Call as Stablecoin;
	matches!(
		call,
		RuntimeCall::Balances(..)
			| RuntimeCall::Assets(..)
			| RuntimeCall::Sudo(..)
			| RuntimeCall::Multisig(..)
			| RuntimeCall::CollatorSelection(..)
			| RuntimeCall::Session(..)
			| RuntimeCall::Proxy(
				pallet_proxy::Call::proxy { .. } | pallet_proxy::Call::proxy_announced { .. }
			) | RuntimeCall::Credentials(
			Credentials::enroll { .. }
				| Credentials::fund_rewards { .. }
				| Credentials::fund_course { .. }
				| Credentials::change_deposit_owner { .. }
				| Credentials::add_delegate { .. }
				| Credentials::complete_course { .. }
		) | RuntimeCall::Stablecoin(
			Stablecoin::take { .. }
				| Stablecoin::psm_swap_in { .. }
				| Stablecoin::psm_swap_out { .. }
				| Stablecoin::flash_mint { .. }
		) | RuntimeCall::Lending(
			Lending::repay_on_behalf { .. }
				| Lending::add_reserves { .. }
				| Lending::liquidate { .. }
		)
	)
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !moves_funds_away(call),
			ProxyType::Governance => {
				matches!(call, RuntimeCall::ConvictionVoting(..) | RuntimeCall::Utility(..))
			},
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(..)
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, _) => true,
			_ => false,
		}
	}
}

parameter_types! {
	/// Holding proxies: one entry...
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// ...plus an account id and a proxy type per proxy.
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	/// Announcements of time-delayed proxies: one entry...
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// ...plus an account id, a hash and a block number each.
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
	/// An open multisig operation: one entry and its fixed fields...
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	/// ...plus an account id per signatory.
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = frame_support::traits::ConstU32<32>;
	type WeightInfo = crate::weights::pallet_proxy::WeightInfo<Runtime>;
	type MaxPending = frame_support::traits::ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = frame_support::traits::ConstU32<100>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = System;
}
