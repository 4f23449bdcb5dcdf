//! Benchmarks for Agora live in `benches/`; this library is intentionally empty.
