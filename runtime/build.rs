//! Builds the runtime to WebAssembly (the on-chain code) with substrate-wasm-builder when the
//! `std` feature is on; the wasm blob is embedded in the native crate as `WASM_BINARY`.
fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
