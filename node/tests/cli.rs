//! The `agora-node` binary's chain specifications, checked through its command line.

use std::process::Command;

fn build_spec(chain: &str) -> serde_json::Value {
	let out = Command::new(env!("CARGO_BIN_EXE_agora-node"))
		.args(["build-spec", "--chain", chain])
		.output()
		.expect("agora-node runs");
	assert!(out.status.success(), "build-spec failed: {}", String::from_utf8_lossy(&out.stderr));
	serde_json::from_slice(&out.stdout).expect("build-spec prints JSON")
}

fn patch(spec: &serde_json::Value) -> &serde_json::Value {
	&spec["genesis"]["runtimeGenesis"]["patch"]
}

#[test]
fn dev_spec_has_agr_properties_and_one_validator() {
	let spec = build_spec("dev");
	assert_eq!(spec["properties"]["tokenSymbol"], "AGR");
	assert_eq!(spec["properties"]["tokenDecimals"], 12);
	assert_eq!(spec["properties"]["ss58Format"], 42);
	assert_eq!(spec["chainType"], "Development");
	let p = patch(&spec);
	// One validator: Alice's session keys; Aura and GRANDPA take theirs from the session.
	assert_eq!(p["session"]["keys"].as_array().map(|a| a.len()), Some(1));
	assert_eq!(p["collatorSelection"]["invulnerables"].as_array().map(|a| a.len()), Some(1));
	assert_eq!(p["aura"], serde_json::Value::Null);
	// Alice, SS58 42.
	assert_eq!(p["sudo"]["key"], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
	// The twelve dev accounts, the stablecoin's and the lending pallet's accounts, the
	// governance treasury.
	assert_eq!(p["balances"]["balances"].as_array().map(|a| a.len()), Some(15));
	// Governance tracks with periods of a few blocks.
	assert_eq!(p["governance"]["tracks"].as_array().map(|t| t.len()), Some(6));
}

#[test]
fn local_spec_has_four_validators() {
	let spec = build_spec("local");
	assert_eq!(spec["chainType"], "Local");
	assert_eq!(spec["protocolId"], "agora");
	let p = patch(&spec);
	assert_eq!(p["session"]["keys"].as_array().map(|a| a.len()), Some(4));
	assert_eq!(p["collatorSelection"]["invulnerables"].as_array().map(|a| a.len()), Some(4));
	// Validators join only by referendum: no permissionless candidates.
	assert_eq!(p["collatorSelection"]["desiredCandidates"], 0);
	assert_eq!(p["governance"]["params"]["sessionPeriod"], 600);
	// No sudo key: governance only.
	assert_eq!(p["sudo"]["key"], serde_json::Value::Null);
}

#[test]
fn raw_spec_contains_the_runtime_code() {
	let out = Command::new(env!("CARGO_BIN_EXE_agora-node"))
		.args(["build-spec", "--chain", "dev", "--raw"])
		.output()
		.expect("agora-node runs");
	assert!(out.status.success());
	let spec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
	// `:code` is 0x3a636f6465.
	let code = spec["genesis"]["raw"]["top"]["0x3a636f6465"].as_str().unwrap_or_default();
	assert!(code.len() > 100_000, "the wasm runtime is in the raw spec");
}

#[test]
fn unknown_chain_is_an_error_not_a_crash() {
	let out = Command::new(env!("CARGO_BIN_EXE_agora-node"))
		.args(["build-spec", "--chain", "/nonexistent/spec.json"])
		.output()
		.expect("agora-node runs");
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(!stderr.contains("panicked"));
	assert!(stderr.contains("Error opening spec file `/nonexistent/spec.json`"), "{stderr}");
}

#[test]
fn a_validator_without_a_node_key_is_told_how_to_make_one() {
	// A validator of a real chain needs a stable network identity: the node refuses to start
	// without one and says how to make it (containers start exactly like this when the key file
	// is missing).
	let base = std::env::temp_dir().join(format!("agora-no-node-key-{}", std::process::id()));
	let out = Command::new(env!("CARGO_BIN_EXE_agora-node"))
		.args(["--chain", "local", "--validator", "--base-path"])
		.arg(&base)
		.output()
		.expect("agora-node runs");
	let _ = std::fs::remove_dir_all(&base);
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("without network key"), "{stderr}");
	assert!(stderr.contains("key generate-node-key"), "{stderr}");
	assert!(!stderr.contains("NetworkKeyNotFound("), "the message, not the debug form: {stderr}");
}
