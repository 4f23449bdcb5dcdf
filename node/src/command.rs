//! Dispatches the command line to the node service or to a subcommand.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use agora_runtime::{genesis_config_presets, opaque::Block};
#[cfg(feature = "benchmark-cli")]
use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use sc_cli::SubstrateCli;
use sc_service::{ChainType, PartialComponents};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Agora Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://example.invalid/agora/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	/// The built-in chains (`dev`, `local`) or a chain specification file. A built-in chain's
	/// genesis is built natively ([`chain_spec::native_genesis_storage`]), except where
	/// `build-spec` or `export-chain-spec` print it as the preset's readable patch (without
	/// `--raw`).
	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		let (mut spec, preset) = match id {
			"dev" => (chain_spec::development_chain_spec()?, genesis_config_presets::DEVELOPMENT),
			"" | "local" => {
				(chain_spec::local_chain_spec()?, genesis_config_presets::LOCAL_TESTNET)
			},
			path => {
				return Ok(Box::new(chain_spec::ChainSpec::from_json_file(
					std::path::PathBuf::from(path),
				)?))
			},
		};
		#[allow(deprecated)]
		let prints_the_patch = match &self.subcommand {
			Some(Subcommand::BuildSpec(cmd)) => !cmd.raw,
			Some(Subcommand::ExportChainSpec(cmd)) => !cmd.raw,
			_ => false,
		};
		if !prints_the_patch {
			sc_service::ChainSpec::set_storage(
				&mut spec,
				chain_spec::native_genesis_storage(preset)?,
			);
		}
		Ok(Box::new(spec))
	}
}

/// The command-line argument that picks how wasmtime instantiates the runtime.
const INSTANTIATION_STRATEGY_ARG: &str = "wasmtime_instantiation_strategy";

/// Makes `pooling` the default `--wasmtime-instantiation-strategy` of every (sub)command that
/// has the option (Substrate's default is `pooling-copy-on-write`).
///
/// The copy-on-write strategies back each runtime's initial memory with a sealed memfd: wasmtime
/// writes the image into a `memfd_create` file and seals it (`F_SEAL_WRITE`). Linux refuses the
/// seal with `EBUSY` while any page of the file still holds an extra reference after about 150 ms
/// of retries (`memfd_wait_for_pins`); such references are transient kernel bookkeeping (page
/// migration and compaction, LRU batches, reclaim scans) that other processes' memory churn
/// makes more likely. The executor then fails to construct the runtime: at start, or when it
/// first runs a new runtime after an upgrade. `pooling` keeps the pooling allocator and copies
/// the data segments into each instance instead: no memfd, no seal. An operator can still choose
/// any strategy explicitly. (The genesis of the built-in chains, which sc-chain-spec would build
/// in an executor of its own with the copy-on-write strategy, is built natively: see
/// [`SubstrateCli::load_spec`] and [`chain_spec::native_genesis_storage`].)
fn pooling_by_default(cmd: clap::Command) -> clap::Command {
	let cmd = if cmd.get_arguments().any(|a| a.get_id() == INSTANTIATION_STRATEGY_ARG) {
		cmd.mut_arg(INSTANTIATION_STRATEGY_ARG, |a| {
			a.default_value("pooling").long_help(
				"How wasmtime instantiates the runtime. `pooling` (agora-node's default) copies \
				 each instance's data segments in; the copy-on-write strategies map them from a \
				 sealed memfd, a seal Linux can refuse (`EBUSY`), and the node then fails to \
				 build its runtime.",
			)
		})
	} else {
		cmd
	};
	let subcommands: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_owned()).collect();
	subcommands.into_iter().fold(cmd, |cmd, name| cmd.mut_subcommand(name, pooling_by_default))
}

/// Parses the command line: Substrate's parser ([`SubstrateCli::from_args`]) with `pooling` as
/// the default instantiation strategy (see [`pooling_by_default`]).
fn parse_command_line() -> Cli {
	use clap::{CommandFactory, FromArgMatches};
	let command = pooling_by_default(Cli::setup_command(Cli::command()));
	let matches = command.try_get_matches().unwrap_or_else(|e| e.exit());
	Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// Parses and runs the command line.
pub fn run() -> sc_cli::Result<()> {
	let cli = parse_command_line();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, None)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		#[cfg(feature = "benchmark-cli")]
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config, None)?;
					cmd.run(client)
				},
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } =
						service::new_partial(&config, None)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_cache)
				},
				BenchmarkCmd::Overhead(_) | BenchmarkCmd::Extrinsic(_) => Err(
					"`benchmark overhead` and `benchmark extrinsic` are not wired in agora-node; \
					 the block and extrinsic base weights are FRAME's defaults."
						.into(),
				),
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone())
				},
			})
		},
		Some(Subcommand::Recommender(cmd)) => {
			use crate::recommender_cli::{run_evaluate, run_train, RecommenderCmd};
			match cmd {
				RecommenderCmd::Train(cmd) => run_train(cmd),
				RecommenderCmd::Evaluate(cmd) => run_evaluate(cmd),
			}
			.map_err(sc_cli::Error::Input)
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		None => {
			let runner = cli.create_runner(&cli.run.base)?;
			let sealing = cli.run.sealing;
			runner.run_node_until_exit(|config| async move {
				if sealing.is_some() && config.chain_spec.chain_type() != ChainType::Development {
					return Err(sc_cli::Error::Input(format!(
						"--sealing is for development chains only; {} is a {:?} chain",
						config.chain_spec.name(),
						config.chain_spec.chain_type()
					)));
				}
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							Block,
							<Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config, sealing)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, sealing)
							.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}
