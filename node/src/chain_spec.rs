//! Chain specifications built from the runtime's genesis presets.

use agora_runtime::{
	genesis_config_presets, SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY,
};
use sc_service::{ChainType, Properties};

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
