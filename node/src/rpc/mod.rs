//! Agora's JSON-RPC methods, served next to Substrate's own (`system_*`, `chain_*`, `state_*`,
//! `author_*`, `payment_*`).
//!
//! Each Agora method is a jsonrpsee `#[rpc(client, server)]` trait in a module of its own,
//! implemented by calling a runtime API at the requested block (the best block when none is
//! given). They are `blocking` methods: the runtime call runs on a blocking thread, not on the
//! async tasks that serve every connection. [`limits`] wraps every one of them: parameters are
//! bounded before any work, and the heavy ones (model evaluations, scans of up to
//! [`agora_primitives::MAX_SCAN`] entries) run on a low-priority pool of their own with an
//! admission limit, a per-connection budget and a per-block cache, so that no RPC load
//! starves block production. Custom methods: [`agora::AgoraApiServer`] (`agora_info`),
//! [`recommender::RecommenderApiServer`] (`recommender_models`, `recommender_predict`),
//! [`credentials::CredentialsApiServer`] (`credentials_verify`, `credentials_ofSubject`,
//! `credentials_courses`, `credentials_recommendCourses`), [`oracle::OracleApiServer`]
//! (`oracle_price`), [`stablecoin::StablecoinApiServer`] (`stablecoin_vault`,
//! `stablecoin_system`, `stablecoin_auctions`, `stablecoin_recommend`,
//! `stablecoin_atRiskVaults`, `stablecoin_savings`), [`lending::LendingApiServer`] (`lending_markets`,
//! `lending_accountLiquidity`, `lending_position`, `lending_recommend`),
//! [`governance::GovernanceApiServer`] (`governance_referendum`, `governance_referenda`,
//! `governance_votingPower`, `governance_recommendDelegates`, `governance_recommendReferenda`);
//! with `--sealing` (development chains only), manual-seal's `engine_createBlock` and
//! `engine_finalizeBlock` as unsafe methods ([`engine::EngineApiServer`]).

#![warn(missing_docs)]

pub mod agora;
pub mod credentials;
pub mod engine;
pub mod governance;
pub mod lending;
pub mod limits;
pub mod oracle;
pub mod recommender;
pub mod stablecoin;

use std::sync::Arc;

use jsonrpsee::types::{ErrorObject, ErrorObjectOwned};

use agora_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash, Nonce};
use jsonrpsee::RpcModule;
use sc_consensus_manual_seal::{rpc::ManualSeal, EngineCommand};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// JSON-RPC error code: invalid parameters (also what a parameter that does not parse gets).
pub const INVALID_PARAMS: i32 = -32602;

/// An invalid-parameters error saying `message`.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS, message.into(), None::<()>)
}

/// The page size a list method was asked for: `limit` within `1..=MAX_PAGE`
/// ([`agora_primitives::MAX_PAGE`], 100), `MAX_PAGE` when omitted.
pub fn page_limit(limit: Option<u32>) -> Result<u32, ErrorObjectOwned> {
	let max = agora_primitives::MAX_PAGE;
	match limit.unwrap_or(max) {
		l @ 1..=agora_primitives::MAX_PAGE => Ok(l),
		_ => Err(invalid_params(format!("limit must be within 1..={max}"))),
	}
}

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client: reads the chain and calls runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// Where `engine_*` commands go when the node runs with `--sealing`.
	pub manual_seal: Option<futures::channel::mpsc::Sender<EngineCommand<Hash>>>,
	/// The pool, cache and admission limit of the heavy methods ([`limits`]).
	pub heavy: Arc<limits::Heavy>,
}

/// Builds the RPC module with every Agora method.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: agora_primitives::AgoraApi<Block>,
	C::Api: agora_primitives::recommend::RecommenderApi<Block, AccountId, BlockNumber>,
	C::Api: agora_primitives::credentials::CredentialsApi<Block, AccountId>,
	C::Api: agora_primitives::oracle::OracleApi<Block, AccountId>,
	C::Api: agora_primitives::stablecoin::StablecoinApi<Block, AccountId>,
	C::Api: agora_primitives::lending::LendingApi<Block, AccountId>,
	C::Api: agora_primitives::governance::GovernanceApi<Block, AccountId, BlockNumber>,
	C::Api: BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use agora::{Agora, AgoraApiServer};
	use credentials::{Credentials, CredentialsApiServer};
	use engine::{Engine, EngineApiServer};
	use governance::{Governance, GovernanceApiServer};
	use lending::{Lending, LendingApiServer};
	use oracle::{Oracle, OracleApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use recommender::{Recommender, RecommenderApiServer};
	use stablecoin::{Stablecoin, StablecoinApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, manual_seal, heavy } = deps;
	let best_client = client.clone();

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Agora::new(client.clone()).into_rpc())?;
	module.merge(Recommender::<_, _, AccountId, BlockNumber>::new(client.clone()).into_rpc())?;
	module.merge(Credentials::new(client.clone()).into_rpc())?;
	module.merge(Oracle::new(client.clone()).into_rpc())?;
	module.merge(Stablecoin::new(client.clone()).into_rpc())?;
	module.merge(Lending::new(client.clone()).into_rpc())?;
	module.merge(Governance::new(client).into_rpc())?;
	if let Some(sink) = manual_seal {
		module.merge(Engine::new(ManualSeal::new(sink)).into_rpc())?;
	}
	// Every Agora method's parameters bounded before any work, the heavy ones on their own
	// pool (`limits`); `system_accountNextIndex` too, whose SS58 decoding is quadratic.
	let best = Arc::new(move || {
		serde_json::to_string(&best_client.info().best_hash).unwrap_or_else(|_| "null".into())
	});
	limits::guard(&mut module, heavy, best)?;

	Ok(module)
}
