//! Command-line interface: Substrate's standard flags and subcommands, plus Agora's own.

use clap::ValueEnum;

/// How a development node makes blocks.
#[derive(Debug, Copy, Clone, PartialEq, Eq, ValueEnum)]
pub enum Sealing {
	/// Seal (and finalize) a block as soon as a transaction enters the pool. Blocks can also
	/// be made on request with the `engine_createBlock` RPC.
	Instant,
	/// Seal a block only when the `engine_createBlock` RPC asks for one; finalize with
	/// `engine_finalizeBlock` or the `finalize` flag of `engine_createBlock`.
	Manual,
}

/// The `run` command: Substrate's `RunCmd` and Agora's sealing option.
///
/// Its argument group is named `AgoraRunCmd`: the derive names a struct's group after the
/// struct, and the flattened `sc_cli::RunCmd` already takes `RunCmd` (a debug build's clap
/// assertions refuse the duplicate and every command panicked).
#[derive(Debug, clap::Parser)]
#[group(id = "AgoraRunCmd")]
pub struct RunCmd {
	#[allow(missing_docs)]
	#[clap(flatten)]
	pub base: sc_cli::RunCmd,

	/// Development block production instead of Aura + GRANDPA. `instant` seals a block as soon
	/// as a transaction arrives and finalizes it at once; `manual` seals on `engine_createBlock`.
	/// Time advances by at least one slot per block. Only for development chains (`--dev`, or a
	/// chain spec of type Development; refused otherwise): the node runs no consensus with
	/// other validators in this mode. `engine_*` are unsafe RPC methods.
	#[arg(long, value_enum)]
	pub sealing: Option<Sealing>,

	/// Threads for Agora's heavy RPC methods (recommendations, model predictions, long scans:
	/// see the README's table). They run at a lower CPU priority than block production and
	/// the other RPC methods, and each takes one of the executor's wasm instances while it
	/// runs. Keep it below the number of cores.
	#[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
	pub rpc_heavy_workers: u16,

	/// How many more distinct heavy RPC calls may wait for a thread; beyond that (or after
	/// waiting 10 s) a heavy call is refused with error 8010 at once. Identical calls at the
	/// same block share one answer and count once.
	#[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(0..=4096))]
	pub rpc_heavy_queue: u16,

	/// Milliseconds of the heavy pool's time one connection (a WebSocket, or one HTTP request
	/// and so one batch) may use per 10 s: each heavy computation is charged what it took, and
	/// once the budget is spent the connection's heavy calls are refused with error 8010 until
	/// the 10 s are over. Answers from the per-block cache, and calls that join an identical
	/// one running, cost nothing.
	#[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u32).range(1..))]
	pub rpc_heavy_budget: u32,

	/// MiB of answers the heavy RPC methods' per-block cache holds (by method, parameters and
	/// block; 0 turns it off). An answer depends only on its block, so a popular call costs
	/// one computation per block however many clients make it.
	#[arg(
		long,
		default_value_t = (crate::rpc::limits::CACHE_BYTES >> 20) as u16,
		value_parser = clap::value_parser!(u16).range(0..=4096)
	)]
	pub rpc_heavy_cache: u16,
}

/// `agora-node`'s command line.
#[derive(Debug, clap::Parser)]
#[command(
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
pub struct Cli {
	#[allow(missing_docs)]
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[allow(missing_docs)]
	#[clap(flatten)]
	pub run: RunCmd,
}

/// The subcommands of `agora-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (JSON); `--raw` for the storage form a network starts from.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmark the runtime (`benchmark pallet` writes `weights.rs` files). Only in a node built
	/// with `--features benchmark-cli` (`scripts/bench-pallet.sh` builds one).
	#[cfg(feature = "benchmark-cli")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Train recommender models off chain (smartcore) and evaluate on-chain models.
	#[command(subcommand)]
	Recommender(crate::recommender_cli::RecommenderCmd),
}

#[cfg(test)]
mod tests {
	/// clap's own consistency checks (unique argument and group names, valid defaults), which
	/// only a debug build runs on its own: a duplicate group once made every command of a
	/// debug `agora-node` panic, while release builds ran.
	#[test]
	fn the_command_line_passes_clap_s_checks() {
		use clap::CommandFactory;
		// The node adds its version at start (`SubstrateCli`); give it one here.
		super::Cli::command().version("0.1.0").debug_assert();
	}
}
