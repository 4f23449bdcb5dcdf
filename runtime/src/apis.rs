//! The runtime APIs the node and RPC clients call: the standard Substrate set plus
//! [`agora_primitives::AgoraApi`].

use alloc::{format, string::String, vec::Vec};
use codec::Decode;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::{PalletsInfoAccess, STORAGE_VERSION_STORAGE_KEY_POSTFIX},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, AllPalletsWithSystem, Aura, Balance, Block, BlockNumber, Credentials, Executive,
	Grandpa, InherentDataExt, Lending, Nonce, Oracle, Recommender, Runtime, RuntimeCall,
	RuntimeGenesisConfig, SessionKeys, Stablecoin, System, TransactionPayment, TOKEN_DECIMALS,
	TOKEN_SYMBOL, VERSION,
};
use agora_primitives::{AgoraInfo, PalletSummary};

/// The on-chain storage version of the pallet named `name` in this runtime, 0 if none was
/// ever written (FRAME's default).
fn storage_version_of(name: &str) -> u16 {
	let key = frame_support::storage::storage_prefix(
		name.as_bytes(),
		STORAGE_VERSION_STORAGE_KEY_POSTFIX,
	);
	sp_io::storage::get(&key).and_then(|raw| u16::decode(&mut &raw[..]).ok()).unwrap_or_default()
}

/// Builds the answer of `AgoraApi::info` from the runtime's own metadata and state.
pub fn agora_info() -> AgoraInfo {
	let pallets = <AllPalletsWithSystem as PalletsInfoAccess>::infos()
		.into_iter()
		.map(|p| PalletSummary {
			index: p.index as u32,
			name: String::from(p.name),
			module: String::from(p.module_name),
			crate_version: format!(
				"{}.{}.{}",
				p.crate_version.major, p.crate_version.minor, p.crate_version.patch
			),
			storage_version: storage_version_of(p.name),
		})
		.collect();
	AgoraInfo {
		spec_name: String::from(&*VERSION.spec_name),
		spec_version: VERSION.spec_version,
		token_symbol: String::from(TOKEN_SYMBOL),
		token_decimals: TOKEN_DECIMALS,
		pallets,
	}
}

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(
			encoded: Vec<u8>,
		) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			// The key owner proof type is `Void`: no proof can exist.
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl agora_primitives::AgoraApi<Block> for Runtime {
		fn info() -> AgoraInfo {
			agora_info()
		}
	}

	impl agora_primitives::recommend::RecommenderApi<Block, AccountId, BlockNumber> for Runtime {
		fn models(
			start: agora_primitives::recommend::ModelId,
			limit: u32,
		) -> Vec<agora_primitives::recommend::ModelSummary<AccountId, BlockNumber>> {
			Recommender::model_summaries(start, limit)
		}

		fn predict(
			model_id: agora_primitives::recommend::ModelId,
			features: Vec<agora_primitives::recommender::Fixed>,
		) -> Result<
			agora_primitives::recommend::Recommendation,
			agora_primitives::recommend::RecommendError,
		> {
			<Recommender as agora_primitives::recommend::Recommend>::recommend(model_id, &features)
		}
	}

	impl agora_primitives::credentials::CredentialsApi<Block, AccountId> for Runtime {
		fn verify(
			id: agora_primitives::credentials::CredentialId,
		) -> agora_primitives::credentials::Verification<AccountId> {
			Credentials::verify(id)
		}

		fn of_subject(
			subject: AccountId,
		) -> Vec<agora_primitives::credentials::Verification<AccountId>> {
			Credentials::of_subject(&subject)
		}

		fn courses(
			filter: agora_primitives::credentials::CourseFilter<AccountId>,
			start: agora_primitives::credentials::CourseId,
			limit: u32,
		) -> Vec<agora_primitives::credentials::CourseView<AccountId>> {
			Credentials::courses(&filter, start, limit)
		}

		fn recommend_courses(
			learner: AccountId,
			k: u32,
		) -> Result<
			Vec<agora_primitives::credentials::CourseRecommendation<AccountId>>,
			agora_primitives::credentials::CourseRecommendError,
		> {
			Credentials::recommend_courses(&learner, k)
		}

		fn skills(
			start: agora_primitives::credentials::SkillId,
			limit: u32,
		) -> Vec<agora_primitives::credentials::SkillView> {
			Credentials::skill_views(start, limit)
		}

		fn learner_profile(
			learner: AccountId,
		) -> Vec<agora_primitives::credentials::SkillMastery> {
			Credentials::learner_profile(&learner)
		}

		fn course_readiness(
			learner: AccountId,
			course: agora_primitives::credentials::CourseId,
		) -> Option<Vec<agora_primitives::credentials::MissingSkill>> {
			Credentials::course_readiness(&learner, course)
		}

		fn learning_path(
			learner: AccountId,
			skill: agora_primitives::credentials::SkillId,
			level: u8,
		) -> Result<
			agora_primitives::credentials::LearningPath<AccountId>,
			agora_primitives::credentials::PathError,
		> {
			Credentials::learning_path(&learner, skill, level)
		}

		fn status_lists(
			issuer: AccountId,
		) -> Option<agora_primitives::credentials::StatusLists> {
			Credentials::status_lists(&issuer)
		}
	}

	impl agora_primitives::oracle::OracleApi<Block, AccountId> for Runtime {
		fn price(
			asset: agora_primitives::AssetKind,
		) -> agora_primitives::oracle::PriceInfo<AccountId> {
			Oracle::price_info(asset)
		}
	}

	impl agora_primitives::stablecoin::StablecoinApi<Block, AccountId> for Runtime {
		fn vault(
			owner: AccountId,
			asset: agora_primitives::AssetKind,
		) -> Option<agora_primitives::stablecoin::VaultInfo<AccountId>> {
			Stablecoin::vault_info(&owner, asset)
		}

		fn system() -> agora_primitives::stablecoin::SystemInfo<AccountId> {
			Stablecoin::system_info()
		}

		fn auctions(
			start: u32,
			limit: u32,
		) -> Vec<agora_primitives::stablecoin::AuctionInfo<AccountId>> {
			Stablecoin::auctions_info(start, limit)
		}

		fn recommend(owner: AccountId) -> Vec<agora_primitives::stablecoin::VaultRisk<AccountId>> {
			Stablecoin::recommend(&owner)
		}

		fn at_risk_vaults(
			start: Option<Vec<u8>>,
			limit: u32,
		) -> agora_primitives::stablecoin::AtRiskPage<AccountId> {
			Stablecoin::at_risk_vaults(start, limit)
		}

		fn money() -> agora_primitives::stablecoin::MoneyInfo<AccountId> {
			Stablecoin::money_info()
		}

		fn savings(who: AccountId) -> agora_primitives::stablecoin::SavingsInfo {
			Stablecoin::savings_info(&who)
		}
	}

	impl agora_primitives::lending::LendingApi<Block, AccountId> for Runtime {
		fn markets() -> Vec<agora_primitives::lending::MarketInfo> {
			Lending::markets_info()
		}

		fn account_liquidity(
			who: AccountId,
		) -> Result<agora_primitives::lending::LiquidityInfo, agora_primitives::lending::LiquidityError> {
			Lending::liquidity_info(&who)
		}

		fn position(who: AccountId) -> agora_primitives::lending::AccountPosition {
			Lending::position(&who)
		}

		fn market_risks() -> Vec<agora_primitives::lending::MarketRiskInfo> {
			Lending::market_risks()
		}

		fn isolated_in(who: AccountId) -> Option<agora_primitives::AssetKind> {
			pallet_lending::IsolatedIn::<Runtime>::get(&who)
		}

		fn recommend(
			who: AccountId,
		) -> Result<agora_primitives::lending::BorrowerRecommendation, agora_primitives::lending::LiquidityError> {
			Lending::recommend(&who)
		}
	}

	impl agora_primitives::governance::GovernanceApi<Block, AccountId, BlockNumber> for Runtime {
		fn referendum(index: u32) -> Option<agora_primitives::governance::ReferendumView<BlockNumber>> {
			crate::governance::views::referendum(index)
		}

		fn referenda(
			stage: Option<agora_primitives::governance::ReferendumStage>,
			start: u32,
			limit: u32,
		) -> Vec<agora_primitives::governance::ReferendumView<BlockNumber>> {
			crate::governance::views::referenda(stage, start, limit)
		}

		fn voting_power(who: AccountId) -> agora_primitives::governance::VotingPower<AccountId> {
			crate::governance::views::voting_power(who)
		}

		fn recommend_delegates(
			who: AccountId,
			k: u32,
		) -> Vec<agora_primitives::governance::DelegateMatch<AccountId>> {
			crate::Governance::recommend_delegates(&who, k)
		}

		fn recommend_referenda(
			who: AccountId,
			k: u32,
		) -> Vec<agora_primitives::governance::ReferendumRecommendation<AccountId, BlockNumber>> {
			crate::governance::views::recommend_referenda(who, k)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use super::benchmarks::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			let storage_info = AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use frame_support::traits::WhitelistedStorageKeys;
			use sp_storage::TrackedStorageKey;
			use super::benchmarks::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
