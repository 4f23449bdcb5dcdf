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

/// Parses and runs the command line.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

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
			let heavy = service::HeavyRpc {
				workers: cli.run.rpc_heavy_workers.into(),
				queue: cli.run.rpc_heavy_queue.into(),
				budget: std::time::Duration::from_millis(cli.run.rpc_heavy_budget.into()),
				cache_bytes: usize::from(cli.run.rpc_heavy_cache) << 20,
			};
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
					>(config, sealing, heavy)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(
							config, sealing, heavy,
						)
						.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}
