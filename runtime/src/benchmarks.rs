//! The pallets `agora-node benchmark pallet` measures. Each Agora pallet adds itself here.

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
);
