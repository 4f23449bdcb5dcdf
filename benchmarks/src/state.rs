//! A development chain grown by many users, through the runtime's own calls.
//!
//! [`build`] starts from the development preset's genesis and dispatches, with signed and
//! governance origins, the calls users and governance would make: funding accounts, listing
//! assets and markets, feeding prices, opening vaults, supplying and borrowing, accrediting
//! issuers who publish courses that learners enrol in and complete (each completion issues a
//! credential), submitting referenda, voting and delegating, and uploading recommender models
//! of every kind at their largest size and binding them to the pallets that ask for them.
//! Every entry is one a pallet wrote in a call, so the pallets' invariants (`try_state`) hold on
//! it ([`try_state`]). Only the clock and the block number are set directly, as a block's
//! inherents and its header would: the clock once (`pallet_timestamp::Now`, without the
//! per-block `DidUpdate` flag a `Timestamp::set` would leave), the block number as the
//! submissions and votes move on (twenty referenda a block, votes over as many blocks as the
//! scheduler's agenda needs), and both back to 0 at the end, as a genesis state has them. The
//! development tracks' undeciding timeout (100 blocks) is raised to a network's 7 days first,
//! so that the referenda stay open while the node runs on the state.
//!
//! The same generator serves the `agora-state` tool (the full-size state, written as a chain
//! specification the node starts from: README, "Scale") and the runtime's CI test that compares
//! what each RPC method and each pallet's main calls read on two small states ten times apart
//! (the runtime's integration tests include this file).
//!
//! One account, [`probe`], has the same positions at every scale that holds them: a vault, a
//! supply in every market, collateral in every market and a borrow from each,
//! [`Scale::probe_credentials`] credentials and [`Scale::probe_votes`] votes. It is the account
//! the RPC benchmark and the counted-reads test ask about.

use agora_primitives::{
	recommender::{
		Distance, Fixed, KNNClassifier, KNNParameters, KNNRegressor, KNNWeightFunction,
		LinearRegression, LogisticRegression, Matrix, Model, MAX_CLASSES, MAX_FEATURES, MAX_K,
		MAX_SAMPLES,
	},
	AssetKind, Price,
};
use agora_runtime::{
	genesis_config_presets as presets, AccountId, Assets, Balances, ConvictionVoting, Credentials,
	Governance, Lending, Oracle, Recommender, Referenda, Runtime, RuntimeCall, RuntimeOrigin,
	Stablecoin, System, UNITS,
};
use frame_support::traits::StorePreimage;
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_credentials::{CoursePrice, PaymentAsset, SkillLevel};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, FixedPointNumber};

/// How many of each thing the grown state holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
	/// Users (accounts holding AGR), besides issuers and feeders.
	pub users: u32,
	/// Accredited issuers, each with its own schema.
	pub issuers: u32,
	/// Courses each issuer publishes.
	pub courses_per_issuer: u32,
	/// Credentials issued by course completions, spread evenly over the courses, besides the
	/// probe's.
	pub credentials: u32,
	/// Users with a vault (AGR collateral, AGD debt).
	pub vaults: u32,
	/// Users with a lending position (AGD collateral and an AGR borrow, a supply and a borrow
	/// in the listed test assets' markets); the probe is one of them, with its own positions.
	/// At most [`Scale::vaults`]: their AGD comes from their vaults.
	pub lenders: u32,
	/// Referenda on the `parameters` track.
	pub referenda: u32,
	/// Users who vote (or, one in ten, delegate their votes).
	pub voters: u32,
	/// Referenda each voter votes on.
	pub votes_per_voter: u32,
	/// Credentials the probe account holds (course completions).
	pub probe_credentials: u32,
	/// Referenda the probe account votes on.
	pub probe_votes: u32,
	/// Courses left open (the runtime's `MaxOpenCourses` is 512); later ones are closed once
	/// their learners completed them.
	pub open_courses: u32,
}

impl Scale {
	/// The state issue 21 asks for: 100,000 accounts, 200,000 credentials from 200 issuers
	/// over 2,000 courses, 20,000 vaults, 20,000 lending accounts over 8 markets, 2,000
	/// referenda with 50,000 voters. The probe holds 100 credentials and has voted on 64
	/// referenda (the most one account can on one track).
	pub const FULL: Scale = Scale {
		users: 100_000,
		issuers: 200,
		courses_per_issuer: 10,
		credentials: 200_000,
		vaults: 20_000,
		lenders: 20_000,
		referenda: 2_000,
		voters: 50_000,
		votes_per_voter: 4,
		probe_credentials: 100,
		probe_votes: 64,
		open_courses: 400,
	};

	/// [`Scale::FULL`] with the users, issuers, credentials, vaults, lenders, referenda and
	/// voters divided by `by` (at least one of each; the courses per issuer, votes per voter and
	/// open courses stay), the probe's positions as given within what the state holds.
	pub fn divided(by: u32, probe_credentials: u32, probe_votes: u32) -> Scale {
		let d = |n: u32| (n / by.max(1)).max(1);
		let full = Scale::FULL;
		let issuers = d(full.issuers);
		let referenda = d(full.referenda);
		Scale {
			users: d(full.users).max(2),
			issuers,
			courses_per_issuer: full.courses_per_issuer,
			credentials: d(full.credentials),
			vaults: d(full.vaults),
			lenders: d(full.lenders),
			referenda,
			voters: d(full.voters),
			votes_per_voter: full.votes_per_voter,
			probe_credentials: probe_credentials.min(issuers * full.courses_per_issuer),
			probe_votes: probe_votes.min(referenda),
			open_courses: full.open_courses,
		}
	}

	/// The courses all issuers publish.
	pub fn courses(&self) -> u32 {
		self.issuers.saturating_mul(self.courses_per_issuer)
	}

	/// Why the generator cannot build this state, if it cannot: checked before it starts.
	pub fn check(&self) -> Result<(), String> {
		let max_votes = <<Runtime as pallet_conviction_voting::Config>::MaxVotes as frame_support::traits::Get<u32>>::get();
		let fail = |what: String| Err(what);
		if self.users < 2 {
			return fail("at least two users: the probe and another".into());
		}
		if self.lenders > self.vaults || self.vaults > self.users || self.voters >= self.users {
			return fail(format!("lenders ≤ vaults ≤ users, voters < users: {self:?}"));
		}
		if self.probe_credentials > self.courses() {
			return fail(format!(
				"the probe completes one course per credential: {} courses",
				self.courses()
			));
		}
		if self.probe_votes > self.referenda.min(max_votes) || self.votes_per_voter > max_votes {
			return fail(format!("at most {max_votes} votes an account, on existing referenda"));
		}
		if self.open_courses > 500 {
			return fail("at most 500 open courses (MaxOpenCourses is 512)".into());
		}
		Ok(())
	}
}

/// Test assets listed as lending markets beside AGR and AGD: eight markets in all.
pub const MARKET_ASSETS: [u32; 6] = [50, 51, 52, 53, 54, 55];

fn account(tag: u8, i: u32) -> AccountId {
	let mut bytes = [tag; 32];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	AccountId::new(bytes)
}

/// The `i`-th user. User 0 is the [`probe`].
pub fn user(i: u32) -> AccountId {
	account(7, i)
}

/// The account whose positions are the same at every scale.
pub fn probe() -> AccountId {
	user(0)
}

/// The `j`-th accredited issuer (an academy).
pub fn issuer(j: u32) -> AccountId {
	account(9, j)
}

/// The `j`-th oracle feeder added.
pub fn feeder(j: u32) -> AccountId {
	account(11, j)
}

/// The account supplying every market's cash.
pub fn whale() -> AccountId {
	account(13, 0)
}

/// `what` failed: the generator is wrong, not the chain.
fn ok(r: DispatchResult, what: &str) {
	if let Err(e) = r {
		panic!("{what}: {e:?}");
	}
}

fn ok_post(r: frame_support::dispatch::DispatchResultWithPostInfo, what: &str) {
	ok(r.map(|_| ()).map_err(|e| e.error), what)
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn fund(who: &AccountId, amount: u128) {
	ok(Balances::force_set_balance(root(), who.clone().into(), amount), "fund");
}

fn bounded<B: TryFrom<Vec<u8>>>(s: &str) -> B {
	s.as_bytes().to_vec().try_into().unwrap_or_else(|_| panic!("{s} too long"))
}

/// Externalities holding the development genesis, at block 1.
pub fn genesis() -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		presets::build_preset_state(presets::DEVELOPMENT).expect("genesis builds");
		System::set_block_number(1);
	});
	ext
}

/// Builds the grown state of `scale`, reporting each stage to `progress`, at time `now` (Unix
/// milliseconds: prices, feeds and vaults are stamped with it). The state returned has, as a
/// genesis, the clock and the block number at 0.
///
/// Panics if [`Scale::check`] refuses `scale`, or if a call fails (the generator's bug).
pub fn build(scale: Scale, now: u64, mut progress: impl FnMut(&str)) -> sp_io::TestExternalities {
	if let Err(why) = scale.check() {
		panic!("{why}");
	}
	let mut ext = genesis();
	ext.execute_with(|| {
		pallet_timestamp::Now::<Runtime>::put(now);
		markets_and_feeds();
		progress("assets, markets and 16 feeders");
		accounts(scale);
		progress("accounts funded");
		vaults_and_loans(scale);
		progress("vaults and lending positions");
		courses_and_credentials(scale);
		progress("issuers, courses and credentials");
		referenda_and_votes(scale);
		progress("referenda, votes and delegations");
		models();
		progress("recommender models");
		// The state is a genesis: no block's events, number or time stay in it (the first
		// block's timestamp, later than `now`, sets the clock; Aura's slot is 0 until then).
		System::reset_events();
		System::set_block_number(0);
		pallet_timestamp::Now::<Runtime>::put(0);
	});
	ext
}

/// Six test assets listed and given lending markets; as many feeders as the oracle takes,
/// each feeding every listed asset.
fn markets_and_feeds() {
	let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
	let whale = whale();
	fund(&whale, 10u128.pow(30));
	for (i, id) in MARKET_ASSETS.into_iter().enumerate() {
		ok(Assets::force_create(root(), id.into(), alice.clone().into(), true, 1), "asset");
		ok(Assets::mint(signed(&alice), id.into(), whale.clone().into(), u64::MAX.into()), "mint");
		let asset = AssetKind::Asset(id);
		ok(Oracle::list_asset(root(), asset), "list");
		let params = pallet_lending::MarketParams {
			borrowable_in_isolation: true,
			..presets::lending_market(50)
		};
		ok(Lending::add_market(root(), asset, 2_050 + i as u32, params), "market");
	}
	// Bob, Charlie and Dave first: `agora-load` feeds prices with them on this state too.
	use sp_keyring::Sr25519Keyring::{Bob, Charlie, Dave};
	for dev in [Bob, Charlie, Dave].map(|k| k.to_account_id()) {
		if !Oracle::is_feeder(&dev) {
			ok(Oracle::add_feeder(root(), dev), "feeder");
		}
	}
	let max = <agora_runtime::configs::MaxFeeders as frame_support::traits::Get<u32>>::get();
	let mut j = 0;
	while (pallet_oracle::Feeders::<Runtime>::get().len() as u32) < max {
		ok(Oracle::add_feeder(root(), feeder(j)), "feeder");
		j += 1;
	}
	for f in pallet_oracle::Feeders::<Runtime>::get() {
		// New feeders get fees; the development accounts keep their endowment.
		if Balances::free_balance(&f) < 1_000 * UNITS {
			fund(&f, 1_000 * UNITS);
		}
		for asset in pallet_oracle::ListedAssets::<Runtime>::get() {
			let price = match asset {
				AssetKind::Native => Price::saturating_from_integer(2),
				_ => Price::from_u32(1),
			};
			ok(Oracle::feed_price(signed(&f), asset, price), "feed");
		}
	}
	ok(Lending::supply(signed(&whale), AssetKind::Native, u64::MAX.into()), "whale AGR");
	for id in MARKET_ASSETS {
		ok(Lending::supply(signed(&whale), AssetKind::Asset(id), 1u128 << 62), "whale asset");
	}
}

fn accounts(scale: Scale) {
	for i in 0..scale.users {
		fund(&user(i), 1_000_000 * UNITS);
		if i % 10_000 == 0 {
			System::reset_events();
		}
	}
}

/// A vault for each of the first `vaults` users (one in ten at 160 %, between its liquidation
/// ratio of 150 % and its safe ratio of 175 %: the at-risk vaults a keeper looks for; the
/// others at 2,000 %), and for the first `lenders` of them an AGD supply as collateral with an
/// AGR borrow, and a supply and a borrow in two test markets. The probe supplies to every
/// market, uses each as collateral and borrows from each.
fn vaults_and_loans(scale: Scale) {
	let agd = AssetKind::Asset(agora_runtime::AGD_ASSET_ID);
	let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
	let mint = |id: u32, who: &AccountId, amount: u128| {
		ok(Assets::mint(signed(&alice), id.into(), who.clone().into(), amount), "mint");
	};
	let n = MARKET_ASSETS.len() as u32;
	for i in 0..scale.vaults.max(1) {
		let who = user(i);
		// AGR at $2: 80 AGR against 100 AGD is 160 %.
		let collateral = if i % 10 == 5 { 80 } else { 1_000 } * UNITS as i128;
		let debt = 100 * UNITS as i128;
		ok(Stablecoin::adjust(signed(&who), AssetKind::Native, collateral, debt), "vault");
		if i > 0 && i < scale.lenders {
			ok(Lending::supply(signed(&who), agd, 50 * UNITS), "supply AGD");
			ok(Lending::enable_collateral(signed(&who), agd), "collateral AGD");
			ok(Lending::borrow(signed(&who), AssetKind::Native, UNITS), "borrow AGR");
			let (a, b) = (MARKET_ASSETS[(i % n) as usize], MARKET_ASSETS[((i + 1) % n) as usize]);
			mint(a, &who, 100 * UNITS);
			ok(Lending::supply(signed(&who), AssetKind::Asset(a), 100 * UNITS), "supply asset");
			ok(Lending::borrow(signed(&who), AssetKind::Asset(b), UNITS), "borrow asset");
		}
		if i % 1_000 == 0 {
			System::reset_events();
		}
	}
	// The probe, last: the AGD market's cash is the lenders' supply.
	let who = probe();
	for asset in [AssetKind::Native, agd] {
		ok(Lending::supply(signed(&who), asset, 50 * UNITS), "probe supply");
		ok(Lending::enable_collateral(signed(&who), asset), "probe collateral");
	}
	for id in MARKET_ASSETS {
		mint(id, &who, 1_000 * UNITS);
		ok(Lending::supply(signed(&who), AssetKind::Asset(id), 500 * UNITS), "probe supply");
		ok(Lending::enable_collateral(signed(&who), AssetKind::Asset(id)), "probe collateral");
	}
	for asset in pallet_lending::Markets::<Runtime>::iter_keys().collect::<Vec<_>>() {
		ok(Lending::borrow(signed(&who), asset, UNITS), "probe borrow");
	}
}

/// `issuers` academies, each with a schema and `courses_per_issuer` courses (teaching two
/// seed skills, priced 1 AGR); `credentials` completions spread over the courses, learners
/// enrolling (and paying) first. The probe completes the first `probe_credentials` courses.
/// Courses past the first `open_courses` are closed once completed.
fn courses_and_credentials(scale: Scale) {
	let courses = scale.courses().max(1);
	let per_course = scale.credentials.div_ceil(courses);
	let others = scale.users.saturating_sub(1).max(1);
	let mut issued = 0u32;
	let mut k = 0u32;
	for j in 0..scale.issuers {
		let academy = issuer(j);
		fund(&academy, 1_000_000_000 * UNITS);
		ok(Credentials::accredit_issuer(root(), academy.clone(), bounded("Academy")), "accredit");
		let schema = H256::from_low_u64_be(u64::from(j) + 1);
		ok(Credentials::register_schema(signed(&academy), schema), "schema");
		for c in 0..scale.courses_per_issuer {
			let course = pallet_credentials::NextCourseId::<Runtime>::get();
			let skill = |s: u32, level| SkillLevel { skill: (course + s) % 8, level };
			let mut teaches = vec![skill(0, 40), skill(3, 60)];
			teaches.sort_by_key(|s| s.skill);
			let teaches = teaches.try_into().expect("two skills");
			ok(
				Credentials::publish_course(
					signed(&academy),
					bounded(&format!("Course {j}.{c}")),
					schema,
					teaches,
					Default::default(),
					CoursePrice { asset: PaymentAsset::Native, amount: UNITS },
					0,
					per_course + 1,
				),
				"course",
			);
			let count = per_course.min(scale.credentials - issued);
			let mut learners: Vec<AccountId> =
				(0..count).map(|m| user(1 + (k * per_course + m) % others)).collect();
			issued += count;
			if k < scale.probe_credentials {
				learners.push(probe());
			}
			learners.sort();
			learners.dedup();
			for learner in learners {
				ok_post(Credentials::enroll(signed(&learner), course), "enroll");
				let claim = H256::from_low_u64_be(
					u64::from(course) << 32
						| u64::from(pallet_credentials::NextCredentialId::<Runtime>::get()),
				);
				ok(
					Credentials::complete_course(signed(&academy), course, learner, claim, None),
					"complete",
				);
			}
			if k >= scale.open_courses {
				ok(Credentials::close_course(signed(&academy), course), "close");
			}
			k += 1;
			System::reset_events();
		}
	}
	assert!(
		scale.probe_credentials <= courses,
		"the probe completes one course per credential: {courses} courses"
	);
}

/// `referenda` referenda on the `parameters` track, the first ten with their decision
/// deposits; the probe votes on the first `probe_votes`; each voter votes on `votes_per_voter`
/// consecutive ones, one in ten delegates instead (to the voter nine before it).
///
/// Every submission and every vote sets the referendum's alarm (at `now + 1` after a vote),
/// and a block's agenda holds 40 alarms: twenty referenda are submitted a block, and the
/// voters vote over as many blocks as keep the referenda voted on in one block to 32 or so,
/// as users voting over days would.
fn referenda_and_votes(scale: Scale) {
	let origin: agora_runtime::OriginCaller = pallet_governance::Origin::Parameters.into();
	let track = pallet_governance::Origin::Parameters.track();
	let params = pallet_governance::Parameters::<Runtime>::get();
	let params = pallet_governance::GovernanceParams {
		undeciding_timeout: 7 * agora_runtime::DAYS,
		..params
	};
	ok(Governance::set_params(root(), params), "undeciding timeout");
	let others = scale.users.saturating_sub(1).max(1);
	for r in 0..scale.referenda {
		System::set_block_number(1 + r / 20);
		let proposer = user(1 + r % others);
		let call =
			RuntimeCall::System(frame_system::Call::remark { remark: r.to_le_bytes().to_vec() });
		let proposal = agora_runtime::Preimage::bound(call).expect("a remark is inline");
		ok(
			Referenda::submit(
				signed(&proposer),
				Box::new(origin.clone()),
				proposal,
				frame_support::traits::schedule::DispatchTime::After(10),
			),
			"submit",
		);
		if r < 10 {
			ok_post(Referenda::place_decision_deposit(signed(&proposer), r), "decision deposit");
		}
	}
	System::reset_events();
	let vote = |aye: bool, balance: u128| AccountVote::Standard {
		vote: Vote { aye, conviction: Conviction::Locked1x },
		balance,
	};
	let block = System::block_number() + 1;
	System::set_block_number(block);
	for r in 0..scale.probe_votes {
		ok(ConvictionVoting::vote(signed(&probe()), r, vote(r % 3 != 0, 10 * UNITS)), "probe vote");
	}
	let votes = scale.votes_per_voter.min(scale.referenda);
	let voters = scale.voters.min(others);
	for v in 1..=voters {
		// Voters in order vote on referenda in order: the first referendum of voter `v`.
		let base = (u64::from(v) * u64::from(scale.referenda) / u64::from(voters + 1)) as u32;
		let at = System::block_number().max(block + 1 + base / 32);
		System::set_block_number(at);
		let who = user(v);
		if v % 10 == 9 {
			ok_post(
				ConvictionVoting::delegate(
					signed(&who),
					track,
					user(v - 9).into(),
					Conviction::Locked1x,
					5 * UNITS,
				),
				"delegate",
			);
		} else {
			for j in 0..votes {
				let r = (base + j) % scale.referenda;
				let balance = UNITS * u128::from(1 + v % 100);
				ok(
					ConvictionVoting::vote(signed(&who), r, vote((v + j) % 3 != 0, balance)),
					"vote",
				);
			}
		}
		if v % 1_000 == 0 {
			System::reset_events();
		}
	}
}

/// Deterministic sample data: `rows × n_features` values in `0..1000`.
fn samples(rows: u32, n_features: u32) -> Matrix {
	let data = (0..rows * n_features)
		.map(|i| Fixed::from_int(((i.wrapping_mul(7_919)) % 1_000) as i32))
		.collect();
	Matrix::new(n_features, data).expect("within bounds")
}

fn knn_parameters() -> KNNParameters {
	KNNParameters::default()
		.with_k(MAX_K)
		.with_distance(Distance::Euclidian)
		.with_weight(KNNWeightFunction::Distance)
}

/// The largest k-NN regressor over `n_features` features: `MAX_SAMPLES` rows, `k = MAX_K`.
fn largest_regressor(n_features: u32) -> Model {
	let targets: Vec<Fixed> = (0..MAX_SAMPLES).map(|i| Fixed::from_int((i % 100) as i32)).collect();
	KNNRegressor::fit(samples(MAX_SAMPLES, n_features), &targets, knn_parameters())
		.expect("valid")
		.into()
}

fn upload(name: &str, features: Vec<String>, model: Model) -> u32 {
	use sp_runtime::Perbill;
	let id = pallet_recommender::NextModelId::<Runtime>::get();
	let classifier = agora_primitives::recommend::ModelKind::of(&model).is_classifier();
	let metrics = agora_primitives::recommend::TrainingMetrics {
		n_train: 10_000,
		n_test: 2_000,
		accuracy: classifier.then(|| Perbill::from_percent(90)),
		r2: (!classifier).then_some(Fixed::HALF),
	};
	let names: Vec<_> = features.iter().map(|f| bounded(f)).collect();
	ok(
		Recommender::upload_model(
			root(),
			bounded(name),
			names.try_into().expect("at most MAX_FEATURES names"),
			Box::new(model),
			metrics,
			sp_keyring::Sr25519Keyring::Alice.to_account_id(),
		),
		"model",
	);
	id
}

fn named(features: &[&str]) -> Vec<String> {
	features.iter().map(|f| f.to_string()).collect()
}

fn numbered(n: u32) -> Vec<String> {
	(0..n).map(|i| format!("f{i}")).collect()
}

/// A model of every kind at its largest size (a k-NN classifier of `MAX_SAMPLES` ×
/// `MAX_FEATURES`, a multinomial logistic regression of `MAX_CLASSES` × `MAX_FEATURES`, a
/// linear regression of `MAX_FEATURES`), and for each pallet that asks for recommendations a
/// k-NN regressor of `MAX_SAMPLES` rows over its features, bound through its parameters.
fn models() {
	let classifier = {
		let labels: Vec<u32> = (0..MAX_SAMPLES).map(|i| i % MAX_CLASSES).collect();
		KNNClassifier::fit(samples(MAX_SAMPLES, MAX_FEATURES), &labels, knn_parameters())
			.expect("valid")
			.into()
	};
	upload("largest knn classifier", numbered(MAX_FEATURES), classifier);
	let logistic = LogisticRegression::new(
		MAX_FEATURES,
		(0..MAX_CLASSES * MAX_FEATURES).map(|i| Fixed::from_int((i % 7) as i32 - 3)).collect(),
		(0..MAX_CLASSES).map(|_| Fixed::ZERO).collect(),
		(0..MAX_CLASSES).collect(),
	)
	.expect("valid");
	upload("largest logistic", numbered(MAX_FEATURES), logistic.into());
	let linear = LinearRegression::new(
		(0..MAX_FEATURES).map(|i| Fixed::from_int((i % 5) as i32 - 2)).collect(),
		Fixed::ONE,
	)
	.expect("valid");
	upload("largest linear", numbered(MAX_FEATURES), linear.into());

	use agora_primitives::{governance, lending};
	let course = pallet_credentials::COURSE_FEATURES;
	let course = upload("courses", numbered(course), largest_regressor(course));
	let params = pallet_credentials::Parameters::<Runtime>::get();
	let params = pallet_credentials::Params { course_model: Some(course), ..params };
	ok(Credentials::set_params(root(), params), "course model");

	let delegates = governance::DELEGATE_FEATURES;
	let delegate =
		upload("delegates", named(&delegates), largest_regressor(delegates.len() as u32));
	let referenda = governance::REFERENDUM_FEATURES;
	let referendum =
		upload("referenda", named(&referenda), largest_regressor(referenda.len() as u32));
	let params = pallet_governance::Parameters::<Runtime>::get();
	let params = pallet_governance::GovernanceParams {
		delegate_model: Some(delegate),
		referenda_model: Some(referendum),
		..params
	};
	ok(Governance::set_params(root(), params), "governance models");

	let borrowers = lending::BORROWER_FEATURES;
	let score = upload("borrowers", named(&borrowers), largest_regressor(borrowers.len() as u32));
	let params = pallet_lending::Parameters::<Runtime>::get();
	ok(
		Lending::set_params(
			root(),
			pallet_lending::LendingParams { score_model: Some(score), ..params },
		),
		"score model",
	);

	let risk = upload("vault risk", numbered(3), largest_regressor(3));
	let params = pallet_stablecoin::Parameters::<Runtime>::get();
	ok(
		Stablecoin::set_params(
			root(),
			pallet_stablecoin::StablecoinParams { risk_model: Some(risk), ..params },
		),
		"risk model",
	);
}

/// The invariants of Agora's pallets (and, built with `try-runtime`, of every pallet's
/// `try_state`) on the current state.
pub fn try_state() -> Result<(), String> {
	let named = |pallet: &str, r: Result<(), DispatchError>| {
		r.map_err(|e| format!("try_state of {pallet}: {e:?}"))
	};
	named("Credentials", Credentials::do_try_state())?;
	named("Stablecoin", Stablecoin::do_try_state())?;
	named("Lending", Lending::do_try_state())?;
	named("Oracle", Oracle::do_try_state())?;
	named("Governance", Governance::do_try_state())?;
	named("Recommender", Recommender::do_try_state())?;
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::{
			__private::metadata::RuntimeMetadata,
			traits::{TryState, TryStateSelect},
		};
		// One pallet at a time, so that a failure names its pallet.
		let RuntimeMetadata::V14(metadata) = Runtime::metadata().1 else {
			return Err("metadata v14".into());
		};
		for pallet in metadata.pallets {
			let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
			named(
				&pallet.name,
				agora_runtime::AllPalletsWithSystem::try_state(System::block_number(), only),
			)?;
		}
	}
	Ok(())
}

/// Storage item names (`Pallet::Item`) by their 32-byte key prefix, from the runtime's
/// metadata. Call within the externalities.
pub fn item_names() -> std::collections::BTreeMap<Vec<u8>, String> {
	use frame_support::__private::metadata::RuntimeMetadata;
	let RuntimeMetadata::V14(metadata) = Runtime::metadata().1 else { panic!("metadata v14") };
	let mut names = std::collections::BTreeMap::new();
	for storage in metadata.pallets.iter().filter_map(|p| p.storage.as_ref()) {
		for entry in &storage.entries {
			let mut prefix = sp_io::hashing::twox_128(storage.prefix.as_bytes()).to_vec();
			prefix.extend(sp_io::hashing::twox_128(entry.name.as_bytes()));
			names.insert(prefix, format!("{}::{}", storage.prefix, entry.name));
		}
	}
	names
}

/// Every key and value of the state, in key order.
pub fn pairs(ext: &mut sp_io::TestExternalities) -> Vec<(Vec<u8>, Vec<u8>)> {
	ext.execute_with(|| {
		let mut all = Vec::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			let value = sp_io::storage::get(&next).map(|v| v.to_vec()).unwrap_or_default();
			all.push((next.clone(), value));
			key = next;
		}
		all
	})
}
