//! Benchmarks of the credentials pallet, each in its worst case: delegates at the deepest
//! level the runtime allows (their chains are walked), the open-course list and the subject's
//! credential list one short of full (they are decoded and scanned), courses priced in a
//! pallet-assets asset (an asset transfer costs more than a native one), every course and
//! credential naming [`Config::MaxSkillsPerRecord`] skills whose mastery records hold a full
//! subject's evidence (each update decodes, folds and writes them all).

use super::*;
use agora_primitives::assets::BenchmarkHelper as _;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;

const SEED: u32 = 0;
/// The asset benchmark courses are priced in.
const BENCH_ASSET: AssetId = 4_242;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let amount = T::Currency::minimum_balance().saturating_mul(1_000_000_000_000);
	T::Currency::set_balance(&who, amount.max(1_000_000_000_000_000_000));
	who
}

fn gov<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn admin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn spender<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Trusts the benchmark schema for lending and rewards.
fn trust<T: Config>() -> Result<(), BenchmarkError> {
	let all = SchemaTrust { lending: true, rewards: true };
	Pallet::<T>::set_schema_trust(admin::<T>()?, schema(), all)?;
	Ok(())
}

/// A credential issued by the deepest delegate of a chain as deep as the runtime allows, and
/// the first delegate of that chain: proving its authority over the credential walks both
/// chains.
fn deep_credential<T: Config>() -> Result<(CredentialId, T::AccountId), BenchmarkError> {
	let issuer = issuer::<T>()?;
	let chain = delegates::<T>(&issuer, T::MaxDelegationDepth::get())?;
	let signer = chain.last().cloned().unwrap_or(issuer.clone());
	let top = chain.first().cloned().unwrap_or(issuer.clone());
	let subject: T::AccountId = account("subject", 0, SEED);
	// The subject's list is full and every credential attests every skill: each mastery
	// record it touches holds a full list of evidence.
	credentials::<T>(&issuer, &subject, direct_room::<T>() - 1)?;
	let id = NextCredentialId::<T>::get();
	direct_credentials::<T>(&signer, &subject, 1)?;
	credentials::<T>(&issuer, &subject, T::CompletionSlots::get())?;
	Ok((id, top))
}

/// Registers skills until the taxonomy holds `n`.
fn taxonomy<T: Config>(n: u32) -> Result<(), BenchmarkError> {
	while NextSkillId::<T>::get() < n {
		let mut label = b"Skill ".to_vec();
		label.extend(NextSkillId::<T>::get().to_le_bytes());
		let name: NameOf<T> = label.try_into().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::register_skill(admin::<T>()?, name, None, Default::default())?;
	}
	Ok(())
}

/// The longest alignment the pallet stores.
fn alignment<T: Config>() -> Alignment<T> {
	Alignment {
		framework: name::<T>(),
		code: name::<T>(),
		url: alloc::vec![b'u'; MAX_URL_LEN as usize].try_into().expect("sized to the bound"),
	}
}

fn name<T: Config>() -> NameOf<T> {
	let mut n = b"Agora benchmark academy".to_vec();
	n.resize(T::MaxNameLen::get() as usize, b'.');
	n.try_into().expect("sized to the bound")
}

/// [`Config::MaxSkillsPerRecord`] skills (registered by [`issuer`]) at level 60.
fn skills<T: Config>() -> SkillsOf<T> {
	(0..T::MaxSkillsPerRecord::get())
		.map(|skill| SkillLevel { skill, level: 60 })
		.collect::<Vec<_>>()
		.try_into()
		.expect("sized to the bound")
}

/// A distinct claim hash per `i`.
fn claim(i: u32) -> H256 {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	H256(bytes)
}

fn schema() -> H256 {
	H256::repeat_byte(0x5c)
}

/// An accredited issuer holding a registered schema.
fn issuer<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let issuer = funded::<T>("issuer", 0);
	taxonomy::<T>(T::MaxSkillsPerRecord::get())?;
	Pallet::<T>::accredit_issuer(admin::<T>()?, issuer.clone(), name::<T>())?;
	Pallet::<T>::register_schema(RawOrigin::Signed(issuer.clone()).into(), schema())?;
	Ok(issuer)
}

/// A chain of `depth` delegates under `issuer`; returns them, the deepest last.
fn delegates<T: Config>(
	issuer: &T::AccountId,
	depth: u32,
) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let mut chain = Vec::new();
	let mut parent = issuer.clone();
	for i in 0..depth {
		let d = funded::<T>("delegate", i);
		Pallet::<T>::add_delegate(RawOrigin::Signed(parent.clone()).into(), d.clone())?;
		chain.push(d.clone());
		parent = d;
	}
	Ok(chain)
}

/// `n` open courses of `provider`, priced in the benchmark asset; returns the last id.
fn courses<T: Config>(provider: &T::AccountId, n: u32) -> Result<CourseId, BenchmarkError> {
	let price = CoursePrice { asset: PaymentAsset::Asset(BENCH_ASSET), amount: 1_000 };
	for _ in 0..n {
		Pallet::<T>::publish_course(
			RawOrigin::Signed(provider.clone()).into(),
			name::<T>(),
			schema(),
			skills::<T>(),
			Default::default(),
			price,
			1_000_000,
			u32::MAX,
		)?;
	}
	Ok(NextCourseId::<T>::get().saturating_sub(1))
}

/// Gives `subject` `n` credentials issued by `issuer` as course completions do (beyond the
/// limits of direct issuance).
fn credentials<T: Config>(
	issuer: &T::AccountId,
	subject: &T::AccountId,
	n: u32,
) -> Result<(), BenchmarkError> {
	for i in 0..n {
		Pallet::<T>::do_issue(
			issuer,
			issuer.clone(),
			subject.clone(),
			schema(),
			claim(i),
			skills::<T>(),
			None,
			Some(0),
		)?;
	}
	Ok(())
}

/// Gives `subject` `n` credentials issued by `issuer` directly ([`Pallet::issue_credential`]).
fn direct_credentials<T: Config>(
	issuer: &T::AccountId,
	subject: &T::AccountId,
	n: u32,
) -> Result<(), BenchmarkError> {
	for i in 0..n {
		Pallet::<T>::issue_credential(
			RawOrigin::Signed(issuer.clone()).into(),
			subject.clone(),
			schema(),
			claim(1_000_000 + i),
			skills::<T>(),
			None,
		)?;
	}
	Ok(())
}

/// Slots of a subject that credentials issued directly may fill.
fn direct_room<T: Config>() -> u32 {
	T::MaxCredentialsPerSubject::get() - T::CompletionSlots::get()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn accredit_issuer() -> Result<(), BenchmarkError> {
		// Worst case: the account has a void delegation record whose deposit goes back.
		let other = issuer::<T>()?;
		let grantor = funded::<T>("grantor", 0);
		let who: T::AccountId = account("new issuer", 0, SEED);
		Pallet::<T>::add_delegate(RawOrigin::Signed(other.clone()).into(), grantor.clone())?;
		Pallet::<T>::add_delegate(RawOrigin::Signed(grantor.clone()).into(), who.clone())?;
		Pallet::<T>::remove_delegate(RawOrigin::Signed(other).into(), grantor)?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), name::<T>());

		assert!(Issuers::<T>::get(&who).is_some_and(|i| i.status == IssuerStatus::Accredited));
		Ok(())
	}

	#[benchmark]
	fn suspend_issuer() -> Result<(), BenchmarkError> {
		let who = issuer::<T>()?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Issuers::<T>::get(&who).is_some_and(|i| i.status == IssuerStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn add_delegate() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let chain = delegates::<T>(&issuer, T::MaxDelegationDepth::get() - 1)?;
		let caller = chain.last().cloned().unwrap_or(issuer.clone());
		// The new delegate has a void record (its grantor's right was removed) whose deposit
		// goes back.
		let new: T::AccountId = account("new delegate", 0, SEED);
		let old = funded::<T>("old grantor", 0);
		Pallet::<T>::add_delegate(RawOrigin::Signed(issuer.clone()).into(), old.clone())?;
		Pallet::<T>::add_delegate(RawOrigin::Signed(old.clone()).into(), new.clone())?;
		Pallet::<T>::remove_delegate(RawOrigin::Signed(issuer).into(), old)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), new.clone());

		assert!(Pallet::<T>::valid_delegation(&new).is_some());
		assert!(DelegationDeposits::<T>::get(&new).is_some_and(|(d, _)| d == caller));
		Ok(())
	}

	#[benchmark]
	fn remove_delegate() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let chain = delegates::<T>(&issuer, T::MaxDelegationDepth::get())?;
		let (top, deepest) = (chain[0].clone(), chain[chain.len() - 1].clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(top), deepest.clone());

		assert!(Delegates::<T>::get(&deepest).is_none());
		Ok(())
	}

	#[benchmark]
	fn register_schema() -> Result<(), BenchmarkError> {
		let who = funded::<T>("registrant", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), schema());

		assert!(Schemas::<T>::contains_key(schema()));
		Ok(())
	}

	#[benchmark]
	fn publish_course() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &issuer, 1_000_000);
		courses::<T>(&issuer, T::MaxOpenCourses::get() - 1)?;
		let price = CoursePrice { asset: PaymentAsset::Asset(BENCH_ASSET), amount: 1_000 };

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			name::<T>(),
			schema(),
			skills::<T>(),
			skills::<T>(),
			price,
			1_000,
			100,
		);

		assert_eq!(OpenCourses::<T>::get().len() as u32, T::MaxOpenCourses::get());
		Ok(())
	}

	#[benchmark]
	fn close_course() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &issuer, 1_000_000);
		let last = courses::<T>(&issuer, T::MaxOpenCourses::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), last);

		assert!(!OpenCourses::<T>::get().contains(&last));
		Ok(())
	}

	/// With `r` requirements (the call is charged for [`Config::MaxSkillsPerRecord`] and
	/// refunded to the course's).
	#[benchmark]
	fn enroll(r: Linear<0, { T::MaxSkillsPerRecord::get() }>) -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let learner = funded::<T>("learner", 0);
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &learner, 1_000_000);
		// The course requires every skill a record names; the learner holds them all on a full
		// list of credentials, but for each skill the newest three (distinct credentials, one
		// skill each) are from a suspended issuer: the gate reads every candidate it may, each
		// a different credential, before an older one from an accredited issuer counts.
		let price = CoursePrice { asset: PaymentAsset::Asset(BENCH_ASSET), amount: 1_000 };
		let course = NextCourseId::<T>::get();
		let mut requires = skills::<T>();
		requires.truncate(r as usize);
		Pallet::<T>::publish_course(
			RawOrigin::Signed(issuer.clone()).into(),
			name::<T>(),
			schema(),
			skills::<T>(),
			requires,
			price,
			1_000_000,
			u32::MAX,
		)?;
		let bad = GATE_CANDIDATES as u32 - 1;
		// Every skill where the list has room (all of them in Agora's runtime: 16 × 3 < 128).
		let covered =
			((T::MaxCredentialsPerSubject::get() - 1) / bad).min(T::MaxSkillsPerRecord::get());
		credentials::<T>(&issuer, &learner, T::MaxCredentialsPerSubject::get() - covered * bad)?;
		// Each from an issuer of its own (each issuer is read too), suspended since.
		for skill in 0..covered {
			let one: SkillsOf<T> =
				alloc::vec![SkillLevel { skill, level: 60 }].try_into().expect("one skill");
			for i in 0..bad {
				let mill = funded::<T>("diploma mill", skill * bad + i);
				Pallet::<T>::accredit_issuer(admin::<T>()?, mill.clone(), name::<T>())?;
				Pallet::<T>::do_issue(
					&mill,
					mill.clone(),
					learner.clone(),
					schema(),
					claim(2_000_000 + skill * 10 + i),
					one.clone(),
					None,
					Some(0),
				)?;
				Pallet::<T>::suspend_issuer(admin::<T>()?, mill)?;
			}
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(learner.clone()), course);

		assert!(Enrollments::<T>::contains_key(course, &learner));
		Ok(())
	}

	#[benchmark]
	fn complete_course() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let chain = delegates::<T>(&issuer, T::MaxDelegationDepth::get())?;
		let instructor = chain.last().cloned().unwrap_or(issuer.clone());
		let learner = funded::<T>("learner", 0);
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &learner, 1_000_000);
		let course = courses::<T>(&issuer, 1)?;
		Pallet::<T>::enroll(RawOrigin::Signed(learner.clone()).into(), course)?;
		credentials::<T>(&issuer, &learner, T::MaxCredentialsPerSubject::get() - 1)?;
		// The reward is paid from the budget and the grant both.
		trust::<T>()?;
		Pallet::<T>::fund_course(RawOrigin::Signed(issuer.clone()).into(), course, 400_000)?;
		let funder = funded::<T>("funder", 0);
		Pallet::<T>::fund_rewards(RawOrigin::Signed(funder).into(), 1_000_000_000_000_000)?;
		Pallet::<T>::grant_course_rewards(spender::<T>()?, course, 1_000_000)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(instructor),
			course,
			learner.clone(),
			H256::repeat_byte(7),
			Some(u64::MAX),
		);

		assert!(RewardsPaid::<T>::get(&learner) > 0);
		Ok(())
	}

	#[benchmark]
	fn issue_credential() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let chain = delegates::<T>(&issuer, T::MaxDelegationDepth::get())?;
		let instructor = chain.last().cloned().unwrap_or(issuer.clone());
		let subject: T::AccountId = account("subject", 0, SEED);
		// The subject holds one less than the issuer may give it directly, and the slots
		// direct issuance may fill are all taken but one.
		let direct = (T::MaxCredentialsPerIssuer::get() - 1).min(direct_room::<T>() - 1);
		direct_credentials::<T>(&issuer, &subject, direct)?;
		credentials::<T>(&issuer, &subject, direct_room::<T>() - 1 - direct)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(instructor),
			subject.clone(),
			schema(),
			H256::repeat_byte(9),
			skills::<T>(),
			Some(u64::MAX),
		);

		assert_eq!(CredentialsOf::<T>::get(&subject).len() as u32, direct_room::<T>());
		Ok(())
	}

	#[benchmark]
	fn revoke_credential() -> Result<(), BenchmarkError> {
		// Not suspended: its evidence leaves every full mastery record it is in (a suspended
		// one left them when it was suspended; clearing its bit instead costs less).
		let (id, top) = deep_credential::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(top), id, RevocationReason::Other(7));

		assert!(Credentials::<T>::get(id).is_some_and(|c| c.revoked.is_some()));
		Ok(())
	}

	#[benchmark]
	fn suspend_credential() -> Result<(), BenchmarkError> {
		let (id, top) = deep_credential::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(top), id);

		assert!(Suspensions::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn reinstate_credential() -> Result<(), BenchmarkError> {
		let (id, top) = deep_credential::<T>()?;
		Pallet::<T>::suspend_credential(RawOrigin::Signed(top.clone()).into(), id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(top), id);

		assert!(!Suspensions::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn reverse_revocation() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let subject: T::AccountId = account("subject", 0, SEED);
		credentials::<T>(&issuer, &subject, T::MaxCredentialsPerSubject::get())?;
		Pallet::<T>::revoke_credential(
			RawOrigin::Signed(issuer).into(),
			0,
			RevocationReason::Other(7),
		)?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0);

		assert!(Credentials::<T>::get(0).is_some_and(|c| c.revoked.is_none()));
		Ok(())
	}

	/// Worst case: every open course is read (none uses the schema).
	#[benchmark]
	fn deregister_schema(n: Linear<0, { T::MaxOpenCourses::get() }>) -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &issuer, 1_000_000);
		courses::<T>(&issuer, n)?;
		let other = H256::repeat_byte(0x6d);
		Pallet::<T>::register_schema(RawOrigin::Signed(issuer.clone()).into(), other)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), other);

		assert!(!Schemas::<T>::contains_key(other));
		Ok(())
	}

	/// Worst case: the taker stands at the top of the deepest chain above the signer.
	#[benchmark]
	fn change_deposit_owner() -> Result<(), BenchmarkError> {
		let (id, top) = deep_credential::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(top.clone()), id);

		assert!(Credentials::<T>::get(id).is_some_and(|c| c.depositor == top));
		Ok(())
	}

	#[benchmark]
	fn set_schema_trust() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let all = SchemaTrust { lending: true, rewards: true };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, schema(), all);

		assert_eq!(TrustedSchemas::<T>::get(schema()), Some(all));
		Ok(())
	}

	#[benchmark]
	fn fund_course() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let learner = funded::<T>("learner", 0);
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &learner, 1_000_000);
		let course = courses::<T>(&issuer, 1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), course, 1_000_000_000);

		assert_eq!(Earmarked::<T>::get(), 1_000_000_000);
		Ok(())
	}

	#[benchmark]
	fn grant_course_rewards() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let learner = funded::<T>("learner", 0);
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &learner, 1_000_000);
		let course = courses::<T>(&issuer, 1)?;
		trust::<T>()?;
		let funder = funded::<T>("funder", 0);
		Pallet::<T>::fund_rewards(RawOrigin::Signed(funder).into(), 1_000_000_000_000_000)?;
		let origin = spender::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, course, 1_000_000_000);

		assert_eq!(Earmarked::<T>::get(), 1_000_000_000);
		Ok(())
	}

	/// Both the grant and the budget come back (the budget by a transfer).
	#[benchmark]
	fn reclaim_course_budget() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let learner = funded::<T>("learner", 0);
		T::BenchmarkHelper::create_asset(BENCH_ASSET, &issuer, &learner, 1_000_000);
		let course = courses::<T>(&issuer, 1)?;
		trust::<T>()?;
		let funder = funded::<T>("funder", 0);
		Pallet::<T>::fund_rewards(RawOrigin::Signed(funder).into(), 1_000_000_000_000_000)?;
		Pallet::<T>::grant_course_rewards(spender::<T>()?, course, 1_000_000_000)?;
		Pallet::<T>::fund_course(RawOrigin::Signed(issuer.clone()).into(), course, 1_000_000_000)?;
		Pallet::<T>::close_course(RawOrigin::Signed(issuer.clone()).into(), course)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), course);

		assert_eq!(Earmarked::<T>::get(), 0);
		Ok(())
	}

	#[benchmark]
	fn set_visibility() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let subject: T::AccountId = account("subject", 0, SEED);
		credentials::<T>(&issuer, &subject, 1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(subject), 0, true);

		assert!(Credentials::<T>::get(0).is_some_and(|c| c.hidden));
		Ok(())
	}

	#[benchmark]
	fn remove_credential() -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		let subject: T::AccountId = account("subject", 0, SEED);
		// A full list; the credential removed was issued directly (its count goes down too).
		credentials::<T>(&issuer, &subject, direct_room::<T>() - 1)?;
		let last = NextCredentialId::<T>::get();
		direct_credentials::<T>(&issuer, &subject, 1)?;
		credentials::<T>(&issuer, &subject, T::CompletionSlots::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(subject.clone()), last);

		assert!(Credentials::<T>::get(last).is_none());
		assert_eq!(IssuedDirectly::<T>::get(&subject, &issuer), 0);
		Ok(())
	}

	#[benchmark]
	fn fund_rewards() -> Result<(), BenchmarkError> {
		let funder = funded::<T>("funder", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(funder), 1_000_000_000_000_000);

		assert!(Pallet::<T>::pot_available() > 0);
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = gov::<T>()?;
		let params = Params { course_model: Some(3), ..Params::default() };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	/// Counting `n` valid credentials (each read with its issuer, its schema's trust and its
	/// suspension), for the lending pallet's borrower score.
	#[benchmark]
	fn valid_credentials(
		n: Linear<0, { T::MaxCredentialsPerSubject::get() }>,
	) -> Result<(), BenchmarkError> {
		let issuer = issuer::<T>()?;
		trust::<T>()?;
		let subject: T::AccountId = account("subject", 0, SEED);
		credentials::<T>(&issuer, &subject, n)?;
		let count;

		#[block]
		{
			count = <Pallet<T> as CredentialsInspect<T::AccountId>>::valid_credentials(&subject, n);
		}

		assert_eq!(count, n);
		Ok(())
	}

	/// Worst case: [`Config::MaxPrerequisites`] prerequisites, the longest alignment.
	#[benchmark]
	fn register_skill() -> Result<(), BenchmarkError> {
		taxonomy::<T>(T::MaxPrerequisites::get())?;
		let prerequisites: PrerequisitesOf<T> =
			(0..T::MaxPrerequisites::get()).collect::<Vec<_>>().try_into().expect("bounded");
		let id = NextSkillId::<T>::get();
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, name::<T>(), Some(alignment::<T>()), prerequisites);

		assert!(Skills::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn update_skill() -> Result<(), BenchmarkError> {
		taxonomy::<T>(1)?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, name::<T>(), Some(alignment::<T>()));

		assert!(Skills::<T>::get(0).is_some_and(|s| s.alignment.is_some()));
		Ok(())
	}

	/// The cycle check walks `n` skills: a chain `0 ← 1 ← … ← n − 1`, and the skill changed
	/// (another one) now builds on its end. Measured up to half the taxonomy (the rest may be
	/// taken at genesis); the call is charged for [`Config::MaxSkills`] and refunded to the
	/// skills it read.
	#[benchmark]
	fn set_prerequisites(n: Linear<1, { T::MaxSkills::get() / 2 }>) -> Result<(), BenchmarkError> {
		let first = NextSkillId::<T>::get();
		taxonomy::<T>(first + 1)?;
		for i in 1..n {
			let previous: PrerequisitesOf<T> =
				alloc::vec![first + i - 1].try_into().expect("one prerequisite");
			let mut label = b"Chain ".to_vec();
			label.extend(i.to_le_bytes());
			let name: NameOf<T> = label.try_into().map_err(|_| BenchmarkError::Weightless)?;
			Pallet::<T>::register_skill(admin::<T>()?, name, None, previous)?;
		}
		let end = NextSkillId::<T>::get() - 1;
		let target = NextSkillId::<T>::get();
		taxonomy::<T>(target + 1)?;
		let prerequisites: PrerequisitesOf<T> = alloc::vec![end].try_into().expect("one");
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target, prerequisites);

		assert_eq!(Skills::<T>::get(target).map(|s| s.prerequisites.len()), Some(1));
		Ok(())
	}

	#[benchmark]
	fn retire_skill() -> Result<(), BenchmarkError> {
		taxonomy::<T>(1)?;
		let origin = admin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0);

		assert!(Skills::<T>::get(0).is_some_and(|s| s.retired));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
