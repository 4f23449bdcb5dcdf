//! The pallets `agora-node benchmark pallet` measures. Each Agora pallet adds itself here.

pub use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::Pallet as SystemBench;

pub use super::*;

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_assets, Assets]
	[pallet_sudo, Sudo]
	[pallet_recommender, Recommender]
	[pallet_credentials, Credentials]
	[pallet_oracle, Oracle]
	[pallet_lending, Lending]
	[pallet_stablecoin, Stablecoin]
	[pallet_governance, Governance]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_collator_selection, CollatorSelection]
	[pallet_utility, Utility]
	[pallet_proxy, Proxy]
	[pallet_multisig, Multisig]
);

/// Session keys for `set_keys`' benchmark: generated in the benchmark's keystore, with the proof
/// that `owner` holds them (as `author_rotateKeysWithOwner` returns it).
impl cumulus_pallet_session_benchmarking::Config for Runtime {
	fn generate_session_keys_and_proof(owner: AccountId) -> (SessionKeys, alloc::vec::Vec<u8>) {
		use codec::Encode;
		let generated = SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}
