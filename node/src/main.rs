//! `agora-node`: the Agora chain's node.

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod recommender_cli;
mod rpc;
mod service;

fn main() {
	// The error's message, not its debug form: `NetworkKeyNotFound("/data/…")` hides the
	// explanation and the commands that sc-cli's message gives (how to make a node key, which
	// spec file could not be read).
	if let Err(e) = command::run() {
		eprintln!("Error: {e}");
		std::process::exit(1);
	}
}
