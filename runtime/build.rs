//! Builds the runtime to WebAssembly (the on-chain code) with substrate-wasm-builder when the
//! `std` feature is on; the wasm blob is embedded in the native crate as `WASM_BINARY`.
//!
//! The build also computes the runtime's metadata hash (RFC-0078, `CheckMetadataHash`), with
//! the native token's symbol and decimals as hardware and offline signers show amounts: they
//! must be `agora_primitives::currency::{TOKEN_SYMBOL, TOKEN_DECIMALS}` (a runtime test
//! compares them).
//!
//! With `AGORA_UPGRADE_TEST_RUNTIME` set (`scripts/dev.sh` and `scripts/test.sh` set it), it
//! first builds the same runtime with `spec_version` one higher (feature
//! `upgrade-test-version`) and copies it to `<target>/<profile>/wbuild/upgrade-test/
//! agora_runtime.wasm`: the runtime the end-to-end suite upgrades the network to by
//! referendum. Only the runtime crate itself is compiled twice; its dependencies are shared.
fn main() {
	#[cfg(feature = "std")]
	{
		println!("cargo:rerun-if-env-changed=AGORA_UPGRADE_TEST_RUNTIME");
		if std::env::var_os("AGORA_UPGRADE_TEST_RUNTIME").is_some() {
			build_upgrade_test_runtime();
		}
		// The real runtime last: its blob is the one `WASM_BINARY` embeds.
		std::env::remove_var("WASM_TARGET_DIRECTORY");
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_metadata_hash(TOKEN_SYMBOL, TOKEN_DECIMALS)
			.build();
	}
}

/// The runtime with `spec_version` one higher, copied out of the shared wasm project.
#[cfg(feature = "std")]
fn build_upgrade_test_runtime() {
	let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
	// OUT_DIR is <target>/<profile>/build/agora-runtime-<hash>/out.
	let profile_dir = out
		.ancestors()
		.find(|p| p.ends_with("build"))
		.and_then(|p| p.parent())
		.expect("OUT_DIR lies under <target>/<profile>/build");
	std::env::set_var("WASM_TARGET_DIRECTORY", profile_dir.join("wbuild").join("upgrade-test"));
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_feature("upgrade-test-version")
		.enable_metadata_hash(TOKEN_SYMBOL, TOKEN_DECIMALS)
		.set_file_name("wasm_binary_upgrade_test.rs")
		.build();
}

/// The symbol signers show: `agora_primitives::currency::TOKEN_SYMBOL`.
pub const TOKEN_SYMBOL: &str = "AGR";
/// The decimals signers show: `agora_primitives::currency::TOKEN_DECIMALS`.
pub const TOKEN_DECIMALS: u8 = 12;
