//! `agora-load`: a load generator for a running Agora development node.
//!
//! For each scenario it prepares what the call needs (oracle feeders and prices, an accredited
//! issuer and a schema, vaults, lending collateral and AGD liquidity, an open referendum),
//! signs `--count` extrinsics ahead of time with the well-known development accounts (each
//! sender's nonces in sequence), submits them all over JSON-RPC (`author_submitExtrinsic`,
//! `--concurrency` requests in flight), and follows the chain until every one was included.
//! It reports, per scenario:
//!
//! - **included/s (all)**: extrinsics that executed successfully divided by the on-chain time
//!   (`pallet_timestamp`) between the block before the first inclusion and the last block
//!   with one of them;
//! - **sustained/s**: the same over the blocks before the last one, which the backlog kept
//!   full (the last block only takes what is left): the rate the chain sustains under load;
//! - **best block**: the most of them one block included;
//! - **max/block (weight)**: how many fit in one block by the call's benchmarked weight
//!   against the normal-class block limit (and by length), computed from the runtime itself.
//!
//! The `fees` scenario is not part of the default run: it keeps `--full-blocks` blocks full of
//! transfers (topping the pool up as each block arrives), then watches `--idle-blocks` empty
//! ones, and prints per block the normal-class weight used, `TransactionPayment::
//! NextFeeMultiplier` and the fee of a transfer (`payment_queryInfo` at that block): the
//! slow-adjusting multiplier rises under full blocks and falls back when the load stops.
//!
//! ```sh
//! agora-node --dev --tmp &          # 6-second Aura blocks
//! agora-load --url ws://127.0.0.1:9944 --count 2000
//! agora-load --scenarios fees --full-blocks 20 --idle-blocks 20
//! ```

use std::{
	collections::BTreeMap,
	time::{Duration, Instant},
};

use agora_primitives::{AssetKind, Price, AGD_ASSET_ID};
use agora_runtime::{
	AccountId, Runtime, RuntimeCall, RuntimeEvent, SignedPayload, TxExtension, UncheckedExtrinsic,
	UNITS,
};
use clap::Parser;
use codec::{Decode, Encode};
use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
use futures::{stream, StreamExt};
use jsonrpsee::{
	core::client::{ClientT, Subscription, SubscriptionClientT},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use serde_json::Value;
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::generic::Era;

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Result<T> = std::result::Result<T, BoxError>;

/// The command line.
#[derive(Parser, Debug)]
#[command(about = "Measures sustained included extrinsics per second on an Agora dev chain")]
struct Args {
	/// The node's WebSocket RPC endpoint (a `--dev` chain: Alice is the sudo key).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Extrinsics per scenario.
	#[arg(long, default_value_t = 2000)]
	count: u32,
	/// Submissions in flight at once.
	#[arg(long, default_value_t = 64)]
	concurrency: usize,
	/// Scenarios to run (default: all but `fees`): transfer, credential, vault, borrow, vote,
	/// psm, savings, flash, fees.
	#[arg(long, value_delimiter = ',')]
	scenarios: Vec<String>,
	/// `fees`: how many blocks to keep full of transfers.
	#[arg(long, default_value_t = 20)]
	full_blocks: u32,
	/// `fees`: how many blocks to watch after the load stops.
	#[arg(long, default_value_t = 20)]
	idle_blocks: u32,
	/// Give up on a scenario after this many seconds.
	#[arg(long, default_value_t = 300)]
	timeout: u64,
}

/// The senders: the twelve endowed development accounts.
fn senders() -> Vec<sr25519::Pair> {
	let names = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"];
	names
		.iter()
		.flat_map(|n| [format!("//{n}"), format!("//{n}//stash")])
		.map(|uri| sr25519::Pair::from_string(&uri, None).expect("a dev key"))
		.collect()
}

fn account(pair: &sr25519::Pair) -> AccountId {
	AccountId::from(pair.public())
}

/// A connection and what signing needs.
struct Chain {
	rpc: WsClient,
	genesis: H256,
	spec_version: u32,
	tx_version: u32,
	nonces: BTreeMap<AccountId, u32>,
}

impl Chain {
	async fn connect(url: &str) -> Result<Self> {
		let rpc = WsClientBuilder::default()
			.max_concurrent_requests(4096)
			.request_timeout(Duration::from_secs(120))
			.build(url)
			.await?;
		let genesis: H256 = rpc.request("chain_getBlockHash", rpc_params![0]).await?;
		let version: Value = rpc.request("state_getRuntimeVersion", rpc_params![]).await?;
		let field = |k: &str| version[k].as_u64().map(|v| v as u32).ok_or(format!("no {k}"));
		Ok(Chain {
			spec_version: field("specVersion")?,
			tx_version: field("transactionVersion")?,
			rpc,
			genesis,
			nonces: BTreeMap::new(),
		})
	}

	/// The next nonce of `who` (from the node the first time, then counted here).
	async fn next_nonce(&mut self, who: &AccountId) -> Result<u32> {
		if let Some(n) = self.nonces.get_mut(who) {
			*n += 1;
			return Ok(*n - 1);
		}
		let n: u32 =
			self.rpc.request("system_accountNextIndex", rpc_params![who.to_string()]).await?;
		self.nonces.insert(who.clone(), n + 1);
		Ok(n)
	}

	/// `call` signed by `pair` with its next nonce, immortal, no tip: the encoded extrinsic.
	async fn sign(&mut self, pair: &sr25519::Pair, call: RuntimeCall) -> Result<Vec<u8>> {
		let who = account(pair);
		let nonce = self.next_nonce(&who).await?;
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::Immortal),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0).into(),
			// Mode 0: no metadata hash (what a software wallet sends).
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
		);
		let implicit =
			((), self.spec_version, self.tx_version, self.genesis, self.genesis, (), (), (), None);
		let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
		let signature = payload.using_encoded(|bytes| pair.sign(bytes));
		Ok(UncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension).encode())
	}

	async fn best_number(&self) -> Result<u32> {
		let header: Value = self.rpc.request("chain_getHeader", rpc_params![]).await?;
		let hex = header["number"].as_str().ok_or("no number")?;
		Ok(u32::from_str_radix(hex.trim_start_matches("0x"), 16)?)
	}

	/// The best block's hash (`chain_getBlockHash` without a number).
	async fn best_hash(&self) -> Result<H256> {
		let hash: Option<H256> = self.rpc.request("chain_getBlockHash", rpc_params![]).await?;
		Ok(hash.ok_or("no best block")?)
	}

	async fn block_hash(&self, n: u32) -> Result<Option<H256>> {
		Ok(self.rpc.request("chain_getBlockHash", rpc_params![n]).await?)
	}

	async fn storage<T: Decode>(&self, key: Vec<u8>, at: H256) -> Result<Option<T>> {
		let raw: Option<sp_core::Bytes> =
			self.rpc.request("state_getStorage", rpc_params![sp_core::Bytes(key), at]).await?;
		Ok(match raw {
			Some(bytes) => Some(T::decode(&mut &bytes[..])?),
			None => None,
		})
	}

	async fn exists(&self, key: Vec<u8>, at: H256) -> Result<bool> {
		let raw: Option<sp_core::Bytes> =
			self.rpc.request("state_getStorage", rpc_params![sp_core::Bytes(key), at]).await?;
		Ok(raw.is_some())
	}

	async fn events(&self, at: H256) -> Result<Vec<frame_system::EventRecord<RuntimeEvent, H256>>> {
		// `System::Events` (the storage item is private to frame-system).
		let key = frame_support::storage::storage_prefix(b"System", b"Events").to_vec();
		Ok(self.storage(key, at).await?.unwrap_or_default())
	}

	async fn timestamp(&self, at: H256) -> Result<u64> {
		let key = pallet_timestamp::Now::<Runtime>::hashed_key().to_vec();
		Ok(self.storage(key, at).await?.unwrap_or(0))
	}

	/// Submits `xts` and waits until every one is in a block; fails if any of them failed to
	/// dispatch (or its sudo call did).
	async fn submit_all(&self, xts: Vec<Vec<u8>>) -> Result<()> {
		let mut subs = Vec::new();
		for xt in xts {
			let sub: Subscription<Value> = self
				.rpc
				.subscribe(
					"author_submitAndWatchExtrinsic",
					rpc_params![sp_core::Bytes(xt)],
					"author_unwatchExtrinsic",
				)
				.await?;
			subs.push(sub);
		}
		let mut blocks = Vec::new();
		for mut sub in subs {
			loop {
				let status = sub.next().await.ok_or("subscription closed")??;
				if let Some(hash) = status.get("inBlock") {
					blocks.push(serde_json::from_value::<H256>(hash.clone())?);
					break;
				}
				if status.get("invalid").is_some()
					|| status.get("dropped").is_some()
					|| status.as_str() == Some("invalid")
					|| status.as_str() == Some("dropped")
				{
					return Err(format!("setup transaction {status}").into());
				}
			}
		}
		blocks.sort();
		blocks.dedup();
		for at in blocks {
			for record in self.events(at).await? {
				match record.event {
					RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
						dispatch_error,
						..
					}) => return Err(format!("setup failed: {dispatch_error:?}").into()),
					RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result: Err(e) }) => {
						return Err(format!("setup sudo failed: {e:?}").into())
					},
					_ => {},
				}
			}
		}
		Ok(())
	}
}

/// Sudo `call` as Alice.
fn sudo(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) })
}

fn agd() -> AssetKind {
	AssetKind::Asset(AGD_ASSET_ID)
}

/// The oracle feeders the load test approves.
const FEEDERS: [Sr25519Keyring; 3] =
	[Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave];

/// Makes the oracle price AGR at 2 AGD and AGD at 1 (three feeders, the least for a price: Bob,
/// Charlie and Dave; the development genesis lists both assets).
async fn setup_prices(chain: &mut Chain) -> Result<()> {
	let alice = Sr25519Keyring::Alice.pair();
	let mut xts = Vec::new();
	let key = pallet_oracle::Feeders::<Runtime>::hashed_key().to_vec();
	let best = chain.best_hash().await?;
	let feeders: Vec<AccountId> = chain.storage(key, best).await?.unwrap_or_default();
	for feeder in FEEDERS {
		if !feeders.contains(&feeder.to_account_id()) {
			let call = sudo(RuntimeCall::Oracle(pallet_oracle::Call::add_feeder {
				feeder: feeder.to_account_id(),
			}));
			xts.push(chain.sign(&alice, call).await?);
		}
	}
	chain.submit_all(xts).await?;
	let mut xts = Vec::new();
	for feeder in FEEDERS {
		for (asset, price) in [(AssetKind::Native, Price::from_u32(2)), (agd(), Price::from_u32(1))]
		{
			let call = RuntimeCall::Oracle(pallet_oracle::Call::feed_price { asset, price });
			xts.push(chain.sign(&feeder.pair(), call).await?);
		}
	}
	chain.submit_all(xts).await
}

fn transfer(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let from = (i as usize) % senders.len();
	let to = account(&senders[(from + 1) % senders.len()]);
	let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.into(),
		value: UNITS,
	});
	(from, call)
}

/// The eight skills genesis registers, at level 50.
fn skills() -> pallet_credentials::SkillsOf<Runtime> {
	(0..8)
		.map(|skill| pallet_credentials::SkillLevel { skill, level: 50 })
		.collect::<Vec<_>>()
		.try_into()
		.expect("8 skills")
}

const SCHEMA: H256 = H256::repeat_byte(0x5c);

/// Accredits every sender as an issuer and registers the load schema.
async fn setup_credentials(chain: &mut Chain, senders: &[sr25519::Pair]) -> Result<()> {
	let alice = Sr25519Keyring::Alice.pair();
	let best = chain.best_hash().await?;
	let mut xts = Vec::new();
	for (i, s) in senders.iter().enumerate() {
		let key = pallet_credentials::Issuers::<Runtime>::hashed_key_for(account(s));
		if !chain.exists(key, best).await? {
			let name = format!("Load issuer {i}").into_bytes().try_into().expect("short name");
			let call = sudo(RuntimeCall::Credentials(pallet_credentials::Call::accredit_issuer {
				issuer: account(s),
				name,
			}));
			xts.push(chain.sign(&alice, call).await?);
		}
	}
	chain.submit_all(xts).await?;
	let key = pallet_credentials::Schemas::<Runtime>::hashed_key_for(SCHEMA);
	if !chain.exists(key, best).await? {
		let call =
			RuntimeCall::Credentials(pallet_credentials::Call::register_schema { schema: SCHEMA });
		let xt = chain.sign(&alice, call).await?;
		chain.submit_all(vec![xt]).await?;
	}
	Ok(())
}

fn credential(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let from = (i as usize) % senders.len();
	// A fresh subject per credential (a subject holds at most 128).
	let subject = AccountId::from(
		sr25519::Pair::from_seed(&H256::from_low_u64_be(u64::from(i) + 1).0).public(),
	);
	let call = RuntimeCall::Credentials(pallet_credentials::Call::issue_credential {
		subject,
		schema: SCHEMA,
		claim_hash: H256::from_low_u64_be(u64::from(i)),
		skills: skills(),
		expires_at: None,
	});
	(from, call)
}

/// Opens a vault per sender: 10,000 AGR of collateral, 100 AGD of debt.
async fn setup_vaults(chain: &mut Chain, senders: &[sr25519::Pair]) -> Result<()> {
	let best = chain.best_hash().await?;
	let mut xts = Vec::new();
	for s in senders {
		let key =
			pallet_stablecoin::Vaults::<Runtime>::hashed_key_for(account(s), AssetKind::Native);
		if !chain.exists(key, best).await? {
			let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::adjust {
				asset: AssetKind::Native,
				collateral: 10_000 * UNITS as i128,
				debt: 100 * UNITS as i128,
			});
			xts.push(chain.sign(s, call).await?);
		}
	}
	chain.submit_all(xts).await
}

fn vault(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::adjust {
		asset: AssetKind::Native,
		collateral: UNITS as i128,
		debt: (UNITS / 10) as i128,
	});
	((i as usize) % senders.len(), call)
}

/// The development chain's test dollar, which its peg stability module swaps with AGD.
const TEST_DOLLAR: u32 = agora_runtime::genesis_config_presets::TEST_DOLLAR;

/// One test dollar swapped in for AGD (the senders hold a million each from genesis).
fn psm_swap(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::psm_swap_in {
		asset: TEST_DOLLAR,
		amount: 1_000_000,
	});
	((i as usize) % senders.len(), call)
}

/// AGD for every sender: 10,000 test dollars swapped in.
async fn setup_agd(chain: &mut Chain, senders: &[sr25519::Pair]) -> Result<()> {
	let mut xts = Vec::new();
	for s in senders {
		let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::psm_swap_in {
			asset: TEST_DOLLAR,
			amount: 10_000_000_000,
		});
		xts.push(chain.sign(s, call).await?);
	}
	chain.submit_all(xts).await
}

/// A tenth of an AGD into savings.
fn savings_join(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let call =
		RuntimeCall::Stablecoin(pallet_stablecoin::Call::savings_join { amount: UNITS / 10 });
	((i as usize) % senders.len(), call)
}

/// A flash mint of 1,000 AGD around a remark (what the flash mint itself costs).
fn flash_mint(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
	let call = RuntimeCall::Stablecoin(pallet_stablecoin::Call::flash_mint {
		amount: 1_000 * UNITS,
		call: Box::new(remark),
	});
	((i as usize) % senders.len(), call)
}

/// AGD liquidity from Alice's vault, and every other sender's AGR as lending collateral.
async fn setup_lending(chain: &mut Chain, senders: &[sr25519::Pair]) -> Result<()> {
	let alice = Sr25519Keyring::Alice.pair();
	let mint = RuntimeCall::Stablecoin(pallet_stablecoin::Call::adjust {
		asset: AssetKind::Native,
		collateral: 200_000 * UNITS as i128,
		debt: 50_000 * UNITS as i128,
	});
	let xt = chain.sign(&alice, mint).await?;
	chain.submit_all(vec![xt]).await?;
	let supply =
		RuntimeCall::Lending(pallet_lending::Call::supply { asset: agd(), amount: 40_000 * UNITS });
	let mut xts = vec![chain.sign(&alice, supply).await?];
	for s in senders.iter().skip(1) {
		let supply = RuntimeCall::Lending(pallet_lending::Call::supply {
			asset: AssetKind::Native,
			amount: 20_000 * UNITS,
		});
		xts.push(chain.sign(s, supply).await?);
		let enable = RuntimeCall::Lending(pallet_lending::Call::enable_collateral {
			asset: AssetKind::Native,
		});
		xts.push(chain.sign(s, enable).await?);
	}
	chain.submit_all(xts).await
}

fn borrow(i: u32, senders: &[sr25519::Pair]) -> (usize, RuntimeCall) {
	// Alice supplies the AGD; the others borrow it, the genesis markets' minimum borrow each.
	let from = 1 + (i as usize) % (senders.len() - 1);
	let amount = agora_runtime::genesis_config_presets::MIN_BORROW;
	let call = RuntimeCall::Lending(pallet_lending::Call::borrow { asset: agd(), amount });
	(from, call)
}

/// Submits a `parameters` referendum (a remark) with its decision deposit; returns its index.
async fn setup_referendum(chain: &mut Chain) -> Result<u32> {
	let charlie = Sr25519Keyring::Charlie.pair();
	let best = chain.best_hash().await?;
	let key = pallet_referenda::ReferendumCount::<Runtime>::hashed_key().to_vec();
	let index: u32 = chain.storage(key, best).await?.unwrap_or(0);
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: b"load".to_vec() });
	let origin: agora_runtime::OriginCaller = pallet_governance::Origin::Parameters.into();
	let submit = RuntimeCall::Referenda(pallet_referenda::Call::submit {
		proposal_origin: Box::new(origin),
		proposal: frame_support::traits::Bounded::Inline(
			remark.encode().try_into().map_err(|_| "remark too long")?,
		),
		enactment_moment: frame_support::traits::schedule::DispatchTime::After(1),
	});
	let deposit = RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index });
	let xts = vec![chain.sign(&charlie, submit).await?, chain.sign(&charlie, deposit).await?];
	chain.submit_all(xts).await?;
	Ok(index)
}

fn vote(index: u32) -> impl Fn(u32, &[sr25519::Pair]) -> (usize, RuntimeCall) {
	move |i, senders| {
		use pallet_conviction_voting::{AccountVote, Conviction, Vote};
		// Nay with 0.1×: the referendum keeps deciding for the whole run.
		let vote = AccountVote::Standard {
			vote: Vote { aye: false, conviction: Conviction::None },
			balance: UNITS + u128::from(i),
		};
		let call = RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote {
			poll_index: index,
			vote,
		});
		((i as usize) % senders.len(), call)
	}
}

/// How many of the signed extrinsic `xt` one block holds by weight (normal class: the call's
/// benchmarked weight, the transaction extensions' and the base extrinsic weight) and by
/// length. Some weights read parameters from storage: they are taken on the `development`
/// genesis state.
fn max_per_block(xt: &[u8]) -> Result<(u64, &'static str)> {
	let xt = UncheckedExtrinsic::decode(&mut &xt[..])?;
	Ok(sp_io::TestExternalities::new_empty().execute_with(|| {
		agora_runtime::genesis_config_presets::build_preset_state("development")
			.expect("the development genesis builds");
		max_per_block_here(&xt)
	}))
}

fn max_per_block_here(xt: &UncheckedExtrinsic) -> (u64, &'static str) {
	let encoded_len = xt.encoded_size();
	let weights = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = weights.get(DispatchClass::Normal);
	let limit = normal.max_total.unwrap_or(weights.max_block);
	let per = normal.base_extrinsic.saturating_add(xt.get_dispatch_info().total_weight());
	let by_time = limit.ref_time() / per.ref_time().max(1);
	let by_proof = limit.proof_size() / per.proof_size().max(1);
	let length = <Runtime as frame_system::Config>::BlockLength::get();
	let by_length = u64::from(*length.max.get(DispatchClass::Normal)) / encoded_len.max(1) as u64;
	let mut bounds = [(by_time, "ref time"), (by_proof, "proof size"), (by_length, "length")];
	bounds.sort();
	bounds[0]
}

/// What one scenario measured.
struct Measured {
	name: &'static str,
	submitted: u32,
	ok: u32,
	failed: u32,
	blocks: u32,
	seconds: f64,
	best_block: u32,
	sustained: f64,
	max_by_weight: (u64, &'static str),
}

async fn run(
	chain: &mut Chain,
	args: &Args,
	name: &'static str,
	make: impl Fn(u32, &[sr25519::Pair]) -> (usize, RuntimeCall),
) -> Result<Measured> {
	let senders = senders();
	println!("{}: signing {} extrinsics", name, args.count);
	let mut xts = Vec::with_capacity(args.count as usize);
	for i in 0..args.count {
		let (from, call) = make(i, &senders);
		xts.push(chain.sign(&senders[from], call).await?);
	}
	let max_by_weight = max_per_block(xts.first().ok_or("no extrinsic")?)?;
	let start = chain.best_number().await?;
	let began = Instant::now();
	let rpc = &chain.rpc;
	let results: Vec<bool> = stream::iter(xts)
		.map(|xt| async move {
			rpc.request::<H256, _>("author_submitExtrinsic", rpc_params![sp_core::Bytes(xt)])
				.await
				.is_ok()
		})
		.buffer_unordered(args.concurrency)
		.collect()
		.await;
	let accepted = results.iter().filter(|ok| **ok).count() as u32;
	println!(
		"{}: {accepted} of {} accepted by the pool in {:.1} s",
		name,
		args.count,
		began.elapsed().as_secs_f64()
	);

	// Follow the chain until every accepted extrinsic executed (or gave up).
	let (mut ok, mut failed, mut best_block, mut last_count) = (0u32, 0u32, 0u32, 0u32);
	let (mut first, mut last) = (None, None);
	let mut next = start + 1;
	let deadline = Instant::now() + Duration::from_secs(args.timeout);
	while ok + failed < accepted && Instant::now() < deadline {
		let Some(hash) = chain.block_hash(next).await? else {
			tokio::time::sleep(Duration::from_millis(500)).await;
			continue;
		};
		let (mut o, mut f) = (0u32, 0u32);
		for record in chain.events(hash).await? {
			match record.event {
				RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { dispatch_info })
					if dispatch_info.class == DispatchClass::Normal =>
				{
					o += 1
				},
				RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
					dispatch_info,
					..
				}) if dispatch_info.class == DispatchClass::Normal => f += 1,
				_ => {},
			}
		}
		if o + f > 0 {
			first.get_or_insert(next);
			last = Some(next);
			last_count = o;
		}
		ok += o;
		failed += f;
		best_block = best_block.max(o);
		println!("{}: block #{next}: {o} ok, {f} failed", name);
		next += 1;
	}
	let (first, last) = (first.ok_or("nothing was included")?, last.unwrap_or(start));
	let time_at = |n: u32| {
		let chain = &*chain;
		async move {
			let hash = chain.block_hash(n).await?.ok_or("no block")?;
			chain.timestamp(hash).await
		}
	};
	let seconds = (time_at(last).await? - time_at(first - 1).await?) as f64 / 1000.0;
	// Sustained: the blocks before the last, which the backlog kept full (the last one only
	// took what was left); a single block counts as it is.
	let (steady_ok, steady_seconds) = if last > first {
		(ok - last_count, (time_at(last - 1).await? - time_at(first - 1).await?) as f64 / 1000.0)
	} else {
		(ok, seconds)
	};
	Ok(Measured {
		name,
		submitted: args.count,
		ok,
		failed,
		blocks: last - first + 1,
		seconds,
		best_block,
		sustained: f64::from(steady_ok) / steady_seconds.max(1.0),
		max_by_weight,
	})
}

/// One block of the `fees` scenario.
struct FeeSample {
	number: u32,
	/// Transfers of the load that executed in it.
	included: u32,
	/// The normal class's share of its ref-time limit, in percent.
	normal_percent: f64,
	/// `NextFeeMultiplier` after it (what the next block charges).
	multiplier: sp_runtime::FixedU128,
	/// `payment_queryInfo`'s fee of a transfer at this block, in planck.
	transfer_fee: u128,
}

/// Keeps `full` blocks full of transfers, then watches `idle` blocks without load; returns a
/// sample per block from the one before the load to the last idle one.
async fn fees(chain: &mut Chain, args: &Args) -> Result<Vec<FeeSample>> {
	use sp_runtime::FixedU128;
	let senders = senders();
	// The fee a wallet is quoted: a transfer from the last sender, signed once, never submitted.
	let sample = {
		let (_, call) = transfer(0, &senders);
		let quote_signer = sr25519::Pair::from_string("//Ferdie//quote", None)?;
		chain.sign(&quote_signer, call).await?
	};
	let per_block = max_per_block(&sample)?.0 as u32;
	let total = per_block.saturating_mul(args.full_blocks);
	println!("fees: signing {total} transfers ({per_block} fill a block)");
	let mut xts = Vec::with_capacity(total as usize);
	for i in 0..total {
		let (from, call) = transfer(i, &senders);
		xts.push(chain.sign(&senders[from], call).await?);
	}
	let mut pending = xts.into_iter();
	let submit = |chunk: Vec<Vec<u8>>| {
		let rpc = &chain.rpc;
		async move {
			stream::iter(chunk)
				.map(|xt| async move {
					rpc.request::<H256, _>(
						"author_submitExtrinsic",
						rpc_params![sp_core::Bytes(xt)],
					)
					.await
					.map_err(|e| e.to_string())
				})
				.buffer_unordered(args.concurrency)
				.collect::<Vec<_>>()
				.await
		}
	};
	let report = |results: Vec<std::result::Result<H256, String>>| {
		let refused: Vec<String> = results.into_iter().filter_map(|r| r.err()).collect();
		if let Some(first) = refused.first() {
			println!("fees: {} refused by the pool, the first: {first}", refused.len());
		}
	};
	let start = chain.best_number().await?;
	// Two blocks' worth in the pool, then one more block's worth as each block arrives.
	report(submit(pending.by_ref().take(2 * per_block as usize).collect()).await);
	let key_multiplier =
		pallet_transaction_payment::NextFeeMultiplier::<Runtime>::hashed_key().to_vec();
	let key_weight = frame_support::storage::storage_prefix(b"System", b"BlockWeight").to_vec();
	let normal_limit = {
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let normal = weights.get(DispatchClass::Normal);
		normal.max_total.unwrap_or(weights.max_block).ref_time()
	};
	let mut samples = Vec::new();
	let (mut next, mut idle_seen, mut loaded_seen) = (start, 0u32, 0u32);
	let deadline = Instant::now() + Duration::from_secs(args.timeout);
	while idle_seen < args.idle_blocks && Instant::now() < deadline {
		let Some(hash) = chain.block_hash(next).await? else {
			tokio::time::sleep(Duration::from_millis(300)).await;
			continue;
		};
		let included = chain
			.events(hash)
			.await?
			.iter()
			.filter(|r| {
				matches!(r.event, RuntimeEvent::Balances(pallet_balances::Event::Transfer { .. }))
			})
			.count() as u32;
		let used: frame_support::dispatch::PerDispatchClass<frame_support::weights::Weight> =
			chain.storage(key_weight.clone(), hash).await?.unwrap_or_default();
		let multiplier: FixedU128 =
			chain.storage(key_multiplier.clone(), hash).await?.unwrap_or_default();
		let info: Value = chain
			.rpc
			.request("payment_queryInfo", rpc_params![sp_core::Bytes(sample.clone()), hash])
			.await?;
		let transfer_fee = info["partialFee"]
			.as_str()
			.map(|s| s.parse::<u128>())
			.transpose()?
			.or_else(|| info["partialFee"].as_u64().map(u128::from))
			.ok_or("no partialFee")?;
		let normal_percent =
			used.get(DispatchClass::Normal).ref_time() as f64 * 100.0 / normal_limit.max(1) as f64;
		println!(
			"fees: block #{next}: {included} transfers, normal weight {normal_percent:.1} %, \
			 next multiplier {}, transfer fee {transfer_fee}",
			fixed(multiplier)
		);
		samples.push(FeeSample {
			number: next,
			included,
			normal_percent,
			multiplier,
			transfer_fee,
		});
		if next > start {
			if included > 0 {
				loaded_seen += 1;
				report(submit(pending.by_ref().take(per_block as usize).collect()).await);
			} else if loaded_seen > 0 {
				idle_seen += 1;
			}
		}
		next += 1;
	}
	Ok(samples)
}

/// A fee multiplier as a decimal number (nine places: a full block moves it by about 0.00006).
fn fixed(m: sp_runtime::FixedU128) -> String {
	format!("{:.9}", m.into_inner() as f64 / 1e18)
}

fn print_fees(samples: &[FeeSample]) {
	let Some(before) = samples.first() else { return };
	let peak = samples.iter().max_by_key(|s| s.multiplier).unwrap_or(before);
	let after = samples.last().unwrap_or(before);
	let agr = |planck: u128| planck as f64 / UNITS as f64;
	println!();
	println!("| block | load transfers | normal weight used | next fee multiplier | transfer fee (AGR) |");
	println!("|---|---|---|---|---|");
	for s in samples {
		println!(
			"| #{} | {} | {:.1} % | {} | {:.9} |",
			s.number,
			s.included,
			s.normal_percent,
			fixed(s.multiplier),
			agr(s.transfer_fee)
		);
	}
	let change = |a: sp_runtime::FixedU128, b: sp_runtime::FixedU128| {
		(b.into_inner() as f64 / a.into_inner().max(1) as f64 - 1.0) * 100.0
	};
	println!();
	println!(
		"multiplier {} before the load, {} at its peak after #{} ({:+.4} %), {} after the idle \
		 blocks ({:+.4} % from the peak); transfer fee {:.9} → {:.9} → {:.9} AGR",
		fixed(before.multiplier),
		fixed(peak.multiplier),
		peak.number,
		change(before.multiplier, peak.multiplier),
		fixed(after.multiplier),
		change(peak.multiplier, after.multiplier),
		agr(before.transfer_fee),
		agr(peak.transfer_fee),
		agr(after.transfer_fee),
	);
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
	let args = Args::parse();
	let mut chain = Chain::connect(&args.url).await?;
	let all = ["transfer", "credential", "vault", "borrow", "vote", "psm", "savings", "flash"];
	let wanted: Vec<&str> = if args.scenarios.is_empty() {
		all.to_vec()
	} else {
		args.scenarios.iter().map(String::as_str).collect()
	};
	let senders = senders();
	let mut measured = Vec::new();
	let mut fee_samples = Vec::new();
	for name in wanted {
		let m = match name {
			"fees" => {
				fee_samples = fees(&mut chain, &args).await?;
				continue;
			},
			"transfer" => run(&mut chain, &args, "balances.transferKeepAlive", transfer).await?,
			"credential" => {
				setup_credentials(&mut chain, &senders).await?;
				run(&mut chain, &args, "credentials.issueCredential", credential).await?
			},
			"vault" => {
				setup_prices(&mut chain).await?;
				setup_vaults(&mut chain, &senders).await?;
				run(&mut chain, &args, "stablecoin.adjust", vault).await?
			},
			"borrow" => {
				setup_prices(&mut chain).await?;
				setup_lending(&mut chain, &senders).await?;
				run(&mut chain, &args, "lending.borrow", borrow).await?
			},
			"vote" => {
				let index = setup_referendum(&mut chain).await?;
				let make = vote(index);
				run(&mut chain, &args, "convictionVoting.vote", make).await?
			},
			"psm" => run(&mut chain, &args, "stablecoin.psmSwapIn", psm_swap).await?,
			"savings" => {
				setup_agd(&mut chain, &senders).await?;
				run(&mut chain, &args, "stablecoin.savingsJoin", savings_join).await?
			},
			"flash" => run(&mut chain, &args, "stablecoin.flashMint", flash_mint).await?,
			other => return Err(format!("unknown scenario {other}").into()),
		};
		measured.push(m);
	}

	print_fees(&fee_samples);
	if measured.is_empty() {
		return Ok(());
	}
	println!();
	println!("| call | submitted | executed ok | failed | blocks | on-chain s | included/s (all) | sustained/s | best block | max/block (weight) |");
	println!("|---|---|---|---|---|---|---|---|---|---|");
	for m in measured {
		println!(
			"| `{}` | {} | {} | {} | {} | {:.0} | {:.1} | {:.1} | {} | {} ({}) |",
			m.name,
			m.submitted,
			m.ok,
			m.failed,
			m.blocks,
			m.seconds,
			f64::from(m.ok) / m.seconds.max(1.0),
			m.sustained,
			m.best_block,
			m.max_by_weight.0,
			m.max_by_weight.1,
		);
	}
	Ok(())
}
