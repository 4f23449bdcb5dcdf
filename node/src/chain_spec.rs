//! Chain specifications built from the runtime's genesis presets.

use agora_runtime::{
	genesis_config_presets, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::{ChainType, Properties};
use sp_core::storage::{well_known_keys, Storage};
use sp_runtime::BuildStorage;

/// A chain specification of the Agora runtime.
pub type ChainSpec = sc_service::GenericChainSpec;

/// `tokenSymbol`, `tokenDecimals` and `ss58Format`, which wallets read from `system_properties`.
pub fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The wasm runtime is not available: the node was built with SKIP_WASM_BUILD".to_string()
	})
}

/// The genesis state of the runtime's preset `name` with the runtime code, built natively (the
/// node is compiled with the runtime).
///
/// A chain specification names its genesis by preset; building it the usual way runs the wasm
/// runtime in an executor of sc-chain-spec's own, whose wasmtime instantiation strategy is always
/// `pooling-copy-on-write`: it seals a memfd, which Linux can refuse with `EBUSY`, and the node
/// then fails to start (README, "Node start reliability"). The node therefore resolves its
/// built-in chains' genesis here, on every start, and gets the same state
/// (`tests::native_genesis_is_the_runtime_built_one`).
pub fn native_genesis_storage(name: &str) -> Result<Storage, String> {
	let mut storage = genesis_config_presets::preset_config(name)?.build_storage()?;
	storage.top.insert(well_known_keys::CODE.to_vec(), wasm()?.to_vec());
	Ok(storage)
}

/// `--dev`: one validator (Alice), dev accounts endowed.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Agora Development")
		.with_id("agora_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(genesis_config_presets::DEVELOPMENT)
		.with_properties(properties())
		.build())
}

/// `--chain local`: four validators (Alice, Bob, Charlie, Dave).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Agora Local Testnet")
		.with_id("agora_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(genesis_config_presets::LOCAL_TESTNET)
		.with_protocol_id("agora")
		.with_properties(properties())
		.build())
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The first key (hex) at which `a` and `b` differ, or `None`.
	fn first_difference(a: &Storage, b: &Storage) -> Option<String> {
		let keys: std::collections::BTreeSet<_> = a.top.keys().chain(b.top.keys()).collect();
		keys.into_iter()
			.find(|k| a.top.get(*k) != b.top.get(*k))
			.map(|k| format!("0x{}", sp_core::hexdisplay::HexDisplay::from(k)))
	}

	#[test]
	fn native_genesis_is_the_runtime_built_one() {
		for (spec, name) in [
			(development_chain_spec(), genesis_config_presets::DEVELOPMENT),
			(local_chain_spec(), genesis_config_presets::LOCAL_TESTNET),
		] {
			// sc-chain-spec's way: the preset resolved and built by the wasm runtime.
			let by_runtime = spec.unwrap().build_storage().unwrap();
			let native = native_genesis_storage(name).unwrap();
			assert!(native.top.len() > 10, "{name}: an empty genesis");
			assert_eq!(first_difference(&native, &by_runtime), None, "{name}");
			assert!(native.children_default.is_empty() && by_runtime.children_default.is_empty());
		}
	}
}
