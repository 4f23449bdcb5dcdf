//! `engine_*`: manual-seal's block authoring commands (`--sealing instant|manual` only), as
//! unsafe methods.
//!
//! `sc-consensus-manual-seal` serves `engine_createBlock` and `engine_finalizeBlock` without
//! looking at `--rpc-methods`: anyone who reaches the RPC port could author and finalize
//! blocks. These methods forward to it only when the server lets the caller use unsafe methods
//! (`--rpc-methods unsafe`, or the default `auto` on a local interface); otherwise they answer
//! JSON-RPC error -32601 "RPC call is unsafe to be called externally".

use jsonrpsee::{core::async_trait, proc_macros::rpc, types::ErrorObjectOwned, Extensions};
use sc_consensus_manual_seal::rpc::{CreatedBlock, ManualSeal, ManualSealApiServer};
use sp_runtime::EncodedJustification;

/// `engine_*` methods, checked against the server's unsafe-method policy.
#[rpc(client, server)]
pub trait EngineApi<Hash> {
	/// Seals a new block now, on top of `parentHash` (the best block when not given), empty or
	/// not, and finalizes it when asked to.
	#[method(name = "engine_createBlock", with_extensions)]
	async fn create_block(
		&self,
		create_empty: bool,
		finalize: bool,
		parent_hash: Option<Hash>,
	) -> Result<CreatedBlock<Hash>, ErrorObjectOwned>;

	/// Finalizes block `hash`.
	#[method(name = "engine_finalizeBlock", with_extensions)]
	async fn finalize_block(
		&self,
		hash: Hash,
		justification: Option<EncodedJustification>,
	) -> Result<bool, ErrorObjectOwned>;
}

/// Manual-seal's commands behind the unsafe-method check.
pub struct Engine<Hash> {
	inner: ManualSeal<Hash>,
}

impl<Hash> Engine<Hash> {
	/// Wraps manual-seal's RPC handler.
	pub fn new(inner: ManualSeal<Hash>) -> Self {
		Self { inner }
	}
}

fn unsafe_error(e: sc_rpc_api::UnsafeRpcError) -> ErrorObjectOwned {
	e.into()
}

#[async_trait]
impl<Hash: Send + Sync + 'static> EngineApiServer<Hash> for Engine<Hash> {
	async fn create_block(
		&self,
		ext: &Extensions,
		create_empty: bool,
		finalize: bool,
		parent_hash: Option<Hash>,
	) -> Result<CreatedBlock<Hash>, ErrorObjectOwned> {
		sc_rpc_api::check_if_safe(ext).map_err(unsafe_error)?;
		self.inner.create_block(create_empty, finalize, parent_hash).await.map_err(Into::into)
	}

	async fn finalize_block(
		&self,
		ext: &Extensions,
		hash: Hash,
		justification: Option<EncodedJustification>,
	) -> Result<bool, ErrorObjectOwned> {
		sc_rpc_api::check_if_safe(ext).map_err(unsafe_error)?;
		self.inner.finalize_block(hash, justification).await.map_err(Into::into)
	}
}
