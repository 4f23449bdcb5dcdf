//! Unit tests of the credentials pallet (placeholder until written).
