//! `agora-node`: the Agora chain's node.

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod recommender_cli;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
