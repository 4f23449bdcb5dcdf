//! Agora's benchmarks: the criterion speed benchmarks live in `benches/`, the load generator
//! in `src/bin/agora-load.rs` (`cargo run --release -p agora-benchmarks --bin agora-load`).
//! This library is intentionally empty.
