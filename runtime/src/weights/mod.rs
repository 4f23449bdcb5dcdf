//! Weights of the polkadot-sdk pallets measured on this machine by `agora-node benchmark
//! pallet` (the default template: a `WeightInfo<T>` struct implementing each pallet's trait).
//! Regenerate with `scripts/bench-pallet.sh <pallet>`.

pub mod pallet_collator_selection;
pub mod pallet_conviction_voting;
pub mod pallet_multisig;
pub mod pallet_preimage;
pub mod pallet_proxy;
pub mod pallet_referenda;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_utility;
