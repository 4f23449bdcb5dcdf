//! Agora's benchmarks: the criterion speed benchmarks live in `benches/`, the load generator
//! in `src/bin/agora-load.rs` (`cargo run --release -p agora-benchmarks --bin agora-load`), the
//! grown-state generator in [`state`] (`agora-state`) and the RPC load benchmark in
//! `src/bin/agora-rpc-bench.rs`.

pub mod state;
