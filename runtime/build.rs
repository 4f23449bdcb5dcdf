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
//! referendum (without it, that directory is removed). Only the runtime crate itself is built
//! again (for the wasm, and natively for its metadata hash); its dependencies are shared.
fn main() {
	#[cfg(feature = "std")]
	{
		println!("cargo:rerun-if-env-changed=AGORA_UPGRADE_TEST_RUNTIME");
		let target_directory = std::env::var_os("WASM_TARGET_DIRECTORY");
		if std::env::var_os("AGORA_UPGRADE_TEST_RUNTIME").is_some() {
			build_upgrade_test_runtime();
		} else {
			// No stale upgrade-test runtime from an earlier build.
			let _ = std::fs::remove_dir_all(upgrade_test_dir());
		}
		// The real runtime last: its blob is the one `WASM_BINARY` embeds.
		match target_directory {
			Some(dir) => std::env::set_var("WASM_TARGET_DIRECTORY", dir),
			None => std::env::remove_var("WASM_TARGET_DIRECTORY"),
		}
		substrate_wasm_builder::WasmBuilder::init_with_defaults()
			.enable_metadata_hash(TOKEN_SYMBOL, TOKEN_DECIMALS)
			.build();
	}
}

/// `<target>/<profile>/wbuild/upgrade-test`, where the upgrade-test runtime is copied.
#[cfg(feature = "std")]
fn upgrade_test_dir() -> std::path::PathBuf {
	let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
	// OUT_DIR is <target>/<profile>/build/agora-runtime-<hash>/out.
	out.ancestors()
		.find(|p| p.ends_with("build"))
		.and_then(|p| p.parent())
		.expect("OUT_DIR lies under <target>/<profile>/build")
		.join("wbuild")
		.join("upgrade-test")
}

/// The runtime with `spec_version` one higher, copied out of the shared wasm project.
#[cfg(feature = "std")]
fn build_upgrade_test_runtime() {
	std::env::set_var("WASM_TARGET_DIRECTORY", upgrade_test_dir());
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
