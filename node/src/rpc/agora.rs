//! `agora_*`: general information about the chain's runtime.

use std::sync::Arc;

use agora_primitives::{AgoraApi as AgoraRuntimeApi, AgoraInfo};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// JSON-RPC error code: the runtime API call failed (for example at a block whose runtime
/// predates the API).
pub const RUNTIME_ERROR: i32 = 8000;

/// Turns a runtime-API failure into a JSON-RPC error.
pub fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "Runtime API call failed", Some(format!("{e:?}")))
}

/// `agora_*` methods.
#[rpc(client, server)]
pub trait AgoraApi<BlockHash> {
	/// The runtime's name, spec version, token and pallets (index, name, crate version,
	/// storage version) at block `at`, or at the best block.
	#[method(name = "agora_info", blocking)]
	fn info(&self, at: Option<BlockHash>) -> RpcResult<AgoraInfo>;
}

/// Serves [`AgoraApiServer`] from the client's runtime API.
pub struct Agora<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Agora<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> AgoraApiServer<<Block as BlockT>::Hash> for Agora<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: AgoraRuntimeApi<Block>,
{
	fn info(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<AgoraInfo> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		self.client.runtime_api().info(at).map_err(runtime_error)
	}
}
