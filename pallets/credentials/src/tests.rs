//! Unit tests of the credentials pallet: every call, every error, the invariants.

use crate::{mock::*, *};
use agora_primitives::{
	recommend::RecommendError,
	recommender::{KNNParameters, KNNRegressor, LinearRegression, Matrix},
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{BuildStorage, DispatchError::BadOrigin, TokenError};

/// The pallet (the mock's `Credentials` shares its name with the storage item).
type Cred = crate::Pallet<Test>;

const SUB: u64 = 4;
const SUBSUB: u64 = 5;

fn name(s: &str) -> NameOf<Test> {
	s.as_bytes().to_vec().try_into().unwrap()
}
/// Levels of skills 0–3 (a zero level leaves the skill out).
fn skills(l: [u8; 4]) -> SkillsOf<Test> {
	l.iter()
		.enumerate()
		.filter(|(_, l)| **l > 0)
		.map(|(i, l)| SkillLevel { skill: i as SkillId, level: *l })
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}
/// The levels of skills 0–3 in `who`'s profile (valid credentials, now).
fn profile(who: u64) -> Vec<u8> {
	let p = Cred::skill_profile(&who);
	(0..4).map(|s| p.get(&s).map(|(l, _)| *l).unwrap_or(0)).collect()
}
fn no_skills() -> SkillsOf<Test> {
	Default::default()
}
fn schema() -> H256 {
	H256::repeat_byte(1)
}
fn claim(n: u8) -> H256 {
	H256::repeat_byte(0x80 | n)
}
fn native(amount: u128) -> CoursePrice {
	CoursePrice { asset: PaymentAsset::Native, amount }
}
fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}
fn held(reason: HoldReason, who: u64) -> u128 {
	Balances::balance_on_hold(&RuntimeHoldReason::Credentials(reason), &who)
}
fn free(who: u64) -> u128 {
	Balances::balance(&who)
}

/// Accredits ISSUER and registers the schema.
fn setup() {
	assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), ISSUER, name("Academy")));
	assert_ok!(Cred::register_schema(signed(ISSUER), schema()));
}

/// Publishes a course by ISSUER; returns its id.
fn publish(levels: [u8; 4], price: CoursePrice, reward: u128, capacity: u32) -> CourseId {
	let id = NextCourseId::<Test>::get();
	assert_ok!(Cred::publish_course(
		signed(ISSUER),
		name("Course"),
		schema(),
		skills(levels),
		no_skills(),
		price,
		reward,
		capacity
	));
	id
}

/// ISSUER escrows `amount` for `course`'s rewards.
fn fund(course: CourseId, amount: u128) {
	assert_ok!(Cred::fund_course(signed(ISSUER), course, amount));
}

/// Governance trusts the test schema for lending and rewards.
fn trust_schema() {
	let all = SchemaTrust { lending: true, rewards: true };
	assert_ok!(Cred::set_schema_trust(RuntimeOrigin::root(), schema(), all));
}

/// Issues a credential from ISSUER to `subject`; returns its id.
fn issue(subject: u64, levels: [u8; 4], expires_at: Option<u64>) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Cred::issue_credential(
		signed(ISSUER),
		subject,
		schema(),
		claim(id as u8),
		skills(levels),
		expires_at
	));
	id
}

#[test]
fn accreditation_and_suspension_are_governance_only() {
	run(|| {
		assert_noop!(Cred::accredit_issuer(signed(1), ISSUER, name("A")), BadOrigin);
		assert_noop!(
			Cred::accredit_issuer(RuntimeOrigin::root(), ISSUER, name("")),
			Error::<Test>::EmptyName
		);
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), ISSUER, name("A")));
		System::assert_last_event(Event::IssuerAccredited { issuer: ISSUER }.into());
		assert_noop!(Cred::suspend_issuer(signed(1), ISSUER), BadOrigin);
		assert_noop!(
			Cred::suspend_issuer(RuntimeOrigin::root(), OTHER),
			Error::<Test>::UnknownIssuer
		);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		System::assert_last_event(Event::IssuerSuspended { issuer: ISSUER }.into());
		assert_noop!(
			Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER),
			Error::<Test>::AlreadySuspended
		);
		// A second accreditation reinstates and renames.
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), ISSUER, name("B")));
		let info = Issuers::<Test>::get(ISSUER).unwrap();
		assert_eq!((info.status, info.name), (IssuerStatus::Accredited, name("B")));
	});
}

#[test]
fn delegates_issue_within_the_depth_limit() {
	run(|| {
		setup();
		assert_noop!(Cred::add_delegate(signed(OTHER), SUB), Error::<Test>::NotAuthorized);
		assert_noop!(Cred::add_delegate(signed(ISSUER), ISSUER), Error::<Test>::SelfDelegation);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		System::assert_last_event(
			Event::DelegateAdded { issuer: ISSUER, parent: ISSUER, delegate: SUB, depth: 1 }.into(),
		);
		assert_noop!(Cred::add_delegate(signed(ISSUER), SUB), Error::<Test>::AlreadyDelegate);
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		// Depth 2 is the mock's maximum.
		assert_noop!(Cred::add_delegate(signed(SUBSUB), 6), Error::<Test>::DelegationTooDeep);
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), 7, name("Other")));
		assert_noop!(Cred::add_delegate(signed(SUBSUB), 7), Error::<Test>::AccountIsIssuer);
		assert_noop!(
			Cred::accredit_issuer(RuntimeOrigin::root(), SUB, name("X")),
			Error::<Test>::AccountIsDelegate
		);
		// The deepest delegate issues for the issuer.
		assert_ok!(Cred::issue_credential(
			signed(SUBSUB),
			LEARNER,
			schema(),
			claim(1),
			skills([1, 2, 3, 4]),
			None
		));
		let c = crate::Credentials::<Test>::get(0).unwrap();
		assert_eq!((c.issuer, c.issued_by, c.depositor), (ISSUER, SUBSUB, SUBSUB));
	});
}

#[test]
fn revoking_a_delegate_voids_its_subtree_for_good() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_noop!(Cred::remove_delegate(signed(OTHER), SUB), Error::<Test>::NotDelegator);
		assert_noop!(Cred::remove_delegate(signed(SUBSUB), SUB), Error::<Test>::NotDelegator);
		assert_noop!(Cred::remove_delegate(signed(ISSUER), 9), Error::<Test>::UnknownDelegate);
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		System::assert_last_event(Event::DelegateRemoved { issuer: ISSUER, delegate: SUB }.into());
		assert!(Cred::valid_delegation(&SUBSUB).is_none());
		assert_noop!(
			Cred::issue_credential(
				signed(SUBSUB),
				LEARNER,
				schema(),
				claim(1),
				skills([0; 4]),
				None
			),
			Error::<Test>::NotAuthorized
		);
		// Re-adding SUB does not revive SUBSUB's old right.
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert!(Cred::valid_delegation(&SUBSUB).is_none());
		// The void record can be replaced by a new grant.
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert!(Cred::valid_delegation(&SUBSUB).is_some());
		// An ancestor revokes; a delegate resigns.
		assert_ok!(Cred::remove_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::remove_delegate(signed(SUB), SUB));
		assert!(Delegates::<Test>::get(SUB).is_none());
	});
}

#[test]
fn suspended_issuers_and_their_delegates_cannot_act() {
	run(|| {
		setup();
		let course = publish([10, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(
			Cred::issue_credential(
				signed(ISSUER),
				LEARNER,
				schema(),
				claim(1),
				skills([0; 4]),
				None
			),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			Cred::issue_credential(signed(SUB), LEARNER, schema(), claim(1), skills([0; 4]), None),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			Cred::complete_course(signed(SUB), course, LEARNER, claim(1), None),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			Cred::publish_course(
				signed(ISSUER),
				name("C"),
				schema(),
				skills([0; 4]),
				no_skills(),
				native(0),
				0,
				1
			),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(Cred::enroll(signed(OTHER), course), Error::<Test>::IssuerNotAccredited);
		assert_noop!(Cred::add_delegate(signed(ISSUER), 6), Error::<Test>::IssuerNotAccredited);
	});
}

#[test]
fn schemas_hold_a_deposit() {
	run(|| {
		assert_ok!(Cred::register_schema(signed(OTHER), schema()));
		System::assert_last_event(
			Event::SchemaRegistered { schema: schema(), creator: OTHER, deposit: 10 * UNIT }.into(),
		);
		assert_eq!(held(HoldReason::SchemaDeposit, OTHER), 10 * UNIT);
		assert_noop!(Cred::register_schema(signed(LEARNER), schema()), Error::<Test>::SchemaExists);
		// Account 20 has nothing to hold.
		assert_noop!(
			Cred::register_schema(signed(20), H256::repeat_byte(2)),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn publishing_checks_every_field() {
	run(|| {
		setup();
		let sl = |skill, level| SkillLevel { skill, level };
		let try_publish = |who, n: &str, s, l: Vec<SkillLevel>, price, cap| {
			let l = l.try_into().unwrap();
			Cred::publish_course(signed(who), name(n), s, l, no_skills(), price, 0, cap)
		};
		assert_noop!(
			try_publish(OTHER, "C", schema(), vec![], native(1), 1),
			Error::<Test>::UnknownIssuer
		);
		assert_noop!(
			try_publish(ISSUER, "", schema(), vec![], native(1), 1),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			try_publish(ISSUER, "C", H256::repeat_byte(9), vec![], native(1), 1),
			Error::<Test>::UnknownSchema
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(1, 10), sl(1, 20)], native(1), 1),
			Error::<Test>::DuplicateSkill
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(2, 10), sl(1, 20)], native(1), 1),
			Error::<Test>::DuplicateSkill
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(3, 101)], native(1), 1),
			Error::<Test>::LevelOutOfRange
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(3, 0)], native(1), 1),
			Error::<Test>::LevelOutOfRange
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(4, 10)], native(1), 1),
			Error::<Test>::UnknownSkill
		);
		// Requirements are checked the same way.
		assert_noop!(
			Cred::publish_course(
				signed(ISSUER),
				name("C"),
				schema(),
				no_skills(),
				vec![sl(9, 10)].try_into().unwrap(),
				native(1),
				0,
				1
			),
			Error::<Test>::UnknownSkill
		);
		assert_ok!(Cred::retire_skill(RuntimeOrigin::root(), 2));
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![sl(2, 10)], native(1), 1),
			Error::<Test>::SkillRetired
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![], native(1), 0),
			Error::<Test>::ZeroCapacity
		);
		let unknown = CoursePrice { asset: PaymentAsset::Asset(99), amount: 1 };
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![], unknown, 1),
			Error::<Test>::UnknownAsset
		);
		for _ in 0..3 {
			publish([0; 4], native(1), 0, 1);
		}
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![], native(1), 1),
			Error::<Test>::TooManyOpenCourses
		);
		assert_eq!(OpenCourses::<Test>::get().into_inner(), vec![0, 1, 2]);
	});
}

#[test]
fn enrolling_pays_the_provider_directly() {
	run(|| {
		setup();
		let course = publish([10, 0, 0, 0], native(30 * UNIT), 0, 2);
		let (provider, learner) = (free(ISSUER), free(LEARNER));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		System::assert_last_event(
			Event::Enrolled { course, learner: LEARNER, paid: native(30 * UNIT) }.into(),
		);
		assert_eq!(free(ISSUER), provider + 30 * UNIT);
		assert_eq!(free(LEARNER), learner - 30 * UNIT);
		assert_noop!(Cred::enroll(signed(LEARNER), course), Error::<Test>::AlreadyEnrolled);
		assert_noop!(Cred::enroll(signed(ISSUER), course), Error::<Test>::OwnCourse);
		assert_noop!(Cred::enroll(signed(LEARNER), 9), Error::<Test>::UnknownCourse);
		assert_ok!(Cred::enroll(signed(OTHER), course));
		assert_noop!(Cred::enroll(signed(SUB), course), Error::<Test>::CourseFull);
		assert_eq!(Courses::<Test>::get(course).unwrap().enrolled, 2);
		// A learner who cannot pay (and stay alive) is refused, and nothing changes.
		let dear = publish([0; 4], native(1_000 * UNIT), 0, 5);
		assert_noop!(Cred::enroll(signed(SUBSUB), dear), TokenError::NotExpendable);
	});
}

#[test]
fn courses_can_be_priced_in_an_asset() {
	run(|| {
		setup();
		let price = CoursePrice { asset: PaymentAsset::Asset(ASSET), amount: 7 * UNIT };
		let course = publish([0; 4], price, 0, 5);
		let before =
			(Assets::balance(ASSET, ISSUER), Assets::balance(ASSET, LEARNER), free(ISSUER));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_eq!(Assets::balance(ASSET, ISSUER), before.0 + 7 * UNIT);
		assert_eq!(Assets::balance(ASSET, LEARNER), before.1 - 7 * UNIT);
		assert_eq!(free(ISSUER), before.2, "no AGR moves");
	});
}

#[test]
fn closing_stops_enrolments_but_not_completion() {
	run(|| {
		setup();
		let course = publish([0; 4], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_noop!(Cred::close_course(signed(OTHER), course), Error::<Test>::NotProvider);
		assert_noop!(Cred::close_course(signed(ISSUER), 9), Error::<Test>::UnknownCourse);
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		System::assert_last_event(Event::CourseClosed { course }.into());
		assert!(OpenCourses::<Test>::get().is_empty());
		assert_noop!(Cred::close_course(signed(ISSUER), course), Error::<Test>::CourseClosed);
		assert_noop!(Cred::enroll(signed(OTHER), course), Error::<Test>::CourseClosed);
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
	});
}

#[test]
fn completion_issues_the_credential_and_pays_the_reward() {
	run(|| {
		setup();
		let course = publish([30, 40, 0, 0], native(0), 5 * UNIT, 5);
		fund(course, 100 * UNIT);
		System::assert_last_event(Event::CourseFunded { course, amount: 100 * UNIT }.into());
		assert_noop!(
			Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None),
			Error::<Test>::NotEnrolled
		);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_noop!(
			Cred::complete_course(signed(OTHER), course, LEARNER, claim(1), None),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), 7, name("Rival")));
		assert_noop!(
			Cred::complete_course(signed(7), course, LEARNER, claim(1), None),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Cred::complete_course(signed(ISSUER), 9, LEARNER, claim(1), None),
			Error::<Test>::UnknownCourse
		);
		// A delegate of the provider completes.
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		let learner = free(LEARNER);
		assert_ok!(Cred::complete_course(signed(SUB), course, LEARNER, claim(1), None));
		System::assert_has_event(
			Event::CourseCompleted { course, learner: LEARNER, credential: 0 }.into(),
		);
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course, due: 5 * UNIT, paid: 5 * UNIT }.into(),
		);
		assert_eq!(free(LEARNER), learner + 5 * UNIT);
		assert_eq!(RewardsPaid::<Test>::get(LEARNER), 5 * UNIT);
		assert_eq!(Courses::<Test>::get(course).unwrap().budget, 95 * UNIT);
		assert_eq!(Earmarked::<Test>::get(), 95 * UNIT);
		let c = crate::Credentials::<Test>::get(0).unwrap();
		assert_eq!(
			(c.course, c.skills.clone(), c.issued_at),
			(Some(course), skills([30, 40, 0, 0]), NOW)
		);
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), UNIT);
		assert_eq!(
			Enrollments::<Test>::get(course, LEARNER).unwrap().status,
			EnrollmentStatus::Completed(0)
		);
		assert_eq!(Courses::<Test>::get(course).unwrap().completed, 1);
		assert_noop!(
			Cred::complete_course(signed(ISSUER), course, LEARNER, claim(2), None),
			Error::<Test>::AlreadyCompleted
		);
	});
}

#[test]
fn rewards_respect_the_learner_cap_and_the_course_budget() {
	run(|| {
		setup();
		let big = publish([0; 4], native(0), 40 * UNIT, 5);
		let other = publish([0; 4], native(0), 40 * UNIT, 5);
		let third = publish([0; 4], native(0), 40 * UNIT, 5);
		// A course without a budget pays nothing, however full the pot; the completion still
		// succeeds.
		assert_ok!(Cred::fund_rewards(signed(OTHER), 500 * UNIT));
		assert_ok!(Cred::enroll(signed(LEARNER), big));
		assert_ok!(Cred::complete_course(signed(ISSUER), big, LEARNER, claim(1), None));
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: big, due: 40 * UNIT, paid: 0 }.into(),
		);
		// A budget of 30 AGR pays 30 and is then empty.
		fund(other, 30 * UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), other));
		assert_ok!(Cred::complete_course(signed(ISSUER), other, LEARNER, claim(2), None));
		let paid = 30 * UNIT;
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: other, due: 40 * UNIT, paid }.into(),
		);
		assert_eq!(Courses::<Test>::get(other).unwrap().budget, 0);
		// The cap (50 AGR) limits the next payment to 50 − paid.
		fund(third, 100 * UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), third));
		assert_ok!(Cred::complete_course(signed(ISSUER), third, LEARNER, claim(3), None));
		System::assert_last_event(
			Event::RewardPaid {
				learner: LEARNER,
				course: third,
				due: 40 * UNIT,
				paid: 50 * UNIT - paid,
			}
			.into(),
		);
		assert_eq!(RewardsPaid::<Test>::get(LEARNER), 50 * UNIT);
		assert_eq!(Courses::<Test>::get(third).unwrap().budget, 80 * UNIT);
		assert_eq!(free(Cred::pot_account()), 500 * UNIT + 80 * UNIT + 1);
		assert_noop!(Cred::fund_rewards(signed(OTHER), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn issuing_checks_schema_skills_expiry_and_capacity() {
	run(|| {
		setup();
		let try_issue = |s, l: [u8; 4], e| {
			Cred::issue_credential(signed(ISSUER), LEARNER, s, claim(1), skills(l), e)
		};
		assert_noop!(try_issue(H256::repeat_byte(9), [0; 4], None), Error::<Test>::UnknownSchema);
		let twice = vec![SkillLevel { skill: 0, level: 5 }, SkillLevel { skill: 0, level: 6 }];
		assert_noop!(
			Cred::issue_credential(
				signed(ISSUER),
				LEARNER,
				schema(),
				claim(1),
				twice.try_into().unwrap(),
				None
			),
			Error::<Test>::DuplicateSkill
		);
		assert_noop!(try_issue(schema(), [200, 0, 0, 0], None), Error::<Test>::LevelOutOfRange);
		assert_noop!(try_issue(schema(), [0; 4], Some(NOW)), Error::<Test>::ExpiryInPast);
		for _ in 0..4 {
			issue(LEARNER, [1, 1, 1, 1], None);
		}
		assert_noop!(try_issue(schema(), [0; 4], None), Error::<Test>::TooManyCredentials);
		System::assert_has_event(
			Event::CredentialIssued { id: 3, subject: LEARNER, issuer: ISSUER, issued_by: ISSUER }
				.into(),
		);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), 4 * UNIT);
		// Without the deposit, nothing is issued.
		assert_ok!(Cred::add_delegate(signed(ISSUER), 20));
		assert_noop!(
			Cred::issue_credential(signed(20), OTHER, schema(), claim(1), skills([0; 4]), None),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn verification_reports_every_status() {
	run(|| {
		setup();
		let id = issue(LEARNER, [5, 5, 5, 5], Some(NOW + 1_000));
		let v = Cred::verify(id);
		assert_eq!(v.status, CredentialStatus::Valid);
		let c = v.credential.unwrap();
		assert_eq!((c.subject, c.issuer, c.issuer_name), (LEARNER, ISSUER, b"Academy".to_vec()));
		assert_eq!(c.expires_at, Some(NOW + 1_000));
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_eq!(Cred::verify(id).status, CredentialStatus::IssuerSuspended);
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), ISSUER, name("Academy")));
		assert_eq!(Cred::verify(id).status, CredentialStatus::Valid);
		pallet_timestamp::Now::<Test>::put(NOW + 1_000);
		assert_eq!(Cred::verify(id).status, CredentialStatus::Expired);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), id, RevocationReason::Superseded));
		assert_eq!(
			Cred::verify(id).status,
			CredentialStatus::Revoked(RevocationReason::Superseded)
		);
		assert_eq!(Cred::verify(77).status, CredentialStatus::Unknown);
		assert!(Cred::verify(77).credential.is_none());
	});
}

#[test]
fn other_pallets_count_only_valid_credentials() {
	use agora_primitives::credentials::CredentialsInspect;
	run(|| {
		setup();
		trust_schema();
		let count = |max| <Cred as CredentialsInspect<u64>>::valid_credentials(&LEARNER, max);
		assert_eq!(count(10), 0);
		let expiring = issue(LEARNER, [1; 4], Some(NOW + 1_000));
		let revoked = issue(LEARNER, [1; 4], None);
		issue(LEARNER, [1; 4], None);
		issue(LEARNER, [1; 4], None);
		assert_eq!(count(10), 4);
		// Only the newest `max` are looked at.
		assert_eq!(count(2), 2);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), revoked, RevocationReason::Misconduct));
		assert_eq!(count(10), 3);
		pallet_timestamp::Now::<Test>::put(NOW + 1_000);
		assert_eq!(count(10), 2, "{expiring} expired");
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_eq!(count(10), 0, "a suspended issuer's credentials do not count");
		let w = |max| <Cred as CredentialsInspect<u64>>::valid_credentials_weight(max);
		assert!(w(8).ref_time() > w(1).ref_time(), "the weight grows with what is read");
	});
}

#[test]
fn revocation_by_issuer_or_signer_only() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::issue_credential(
			signed(SUB),
			LEARNER,
			schema(),
			claim(1),
			skills([0; 4]),
			None
		));
		assert_noop!(
			Cred::revoke_credential(signed(LEARNER), 0, RevocationReason::Unspecified),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			Cred::revoke_credential(signed(ISSUER), 5, RevocationReason::Unspecified),
			Error::<Test>::UnknownCredential
		);
		assert_ok!(Cred::revoke_credential(signed(SUB), 0, RevocationReason::Other(42)));
		System::assert_last_event(
			Event::CredentialRevoked { id: 0, reason: RevocationReason::Other(42) }.into(),
		);
		assert_eq!(crate::Credentials::<Test>::get(0).unwrap().revoked.unwrap().at, NOW);
		assert_noop!(
			Cred::revoke_credential(signed(ISSUER), 0, RevocationReason::Misconduct),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn subjects_hide_and_remove_their_records() {
	run(|| {
		setup();
		let (a, b) = (issue(LEARNER, [1, 0, 0, 0], None), issue(LEARNER, [2, 0, 0, 0], None));
		assert_eq!(Cred::of_subject(&LEARNER).len(), 2);
		assert_noop!(Cred::set_visibility(signed(ISSUER), a, true), Error::<Test>::NotSubject);
		assert_noop!(
			Cred::set_visibility(signed(LEARNER), 9, true),
			Error::<Test>::UnknownCredential
		);
		assert_ok!(Cred::set_visibility(signed(LEARNER), a, true));
		System::assert_last_event(Event::VisibilityChanged { id: a, hidden: true }.into());
		let listed: Vec<_> = Cred::of_subject(&LEARNER).into_iter().map(|c| c.id).collect();
		assert_eq!(listed, vec![b]);
		// Each listed with its status and fields, as `verify` gives them.
		assert_eq!(Cred::of_subject(&LEARNER), vec![Cred::verify(b)]);
		assert_eq!(Cred::verify(a).status, CredentialStatus::Valid, "hidden still verifies");
		// The issuer may remove only a revoked record; the subject any.
		assert_noop!(Cred::remove_credential(signed(ISSUER), b), Error::<Test>::NotSubject);
		assert_noop!(Cred::remove_credential(signed(OTHER), b), Error::<Test>::NotSubject);
		let issuer_free = free(ISSUER);
		assert_ok!(Cred::remove_credential(signed(LEARNER), a));
		System::assert_last_event(
			Event::CredentialRemoved { id: a, deposit_returned: UNIT }.into(),
		);
		assert_eq!(free(ISSUER), issuer_free + UNIT, "the deposit returns to the depositor");
		assert_eq!(Cred::verify(a).status, CredentialStatus::Unknown);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), b, RevocationReason::IssuedInError));
		assert_ok!(Cred::remove_credential(signed(ISSUER), b));
		assert!(CredentialsOf::<Test>::get(LEARNER).is_empty());
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), 0);
		assert_noop!(Cred::remove_credential(signed(LEARNER), b), Error::<Test>::UnknownCredential);
	});
}

#[test]
fn course_listings_filter() {
	run(|| {
		setup();
		let a = publish([80, 0, 0, 0], native(1), 0, 1);
		let b = publish([20, 50, 0, 0], native(1), 0, 5);
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), 7, name("Other")));
		assert_ok!(Cred::register_schema(signed(7), H256::repeat_byte(7)));
		assert_ok!(Cred::publish_course(
			signed(7),
			name("X"),
			H256::repeat_byte(7),
			skills([0; 4]),
			no_skills(),
			native(1),
			0,
			1
		));
		assert_ok!(Cred::enroll(signed(LEARNER), a)); // a is now full
		let ids = |f: CourseFilter<u64>| -> Vec<CourseId> {
			Cred::courses(&f, 0, 100).into_iter().map(|c| c.id).collect()
		};
		assert_eq!(ids(CourseFilter::default()), vec![0, 1, 2]);
		assert_eq!(ids(CourseFilter { open_only: true, ..Default::default() }), vec![1, 2]);
		assert_eq!(ids(CourseFilter { provider: Some(7), ..Default::default() }), vec![2]);
		assert_eq!(ids(CourseFilter { min_skill: Some((0, 50)), ..Default::default() }), vec![a]);
		assert_eq!(ids(CourseFilter { min_skill: Some((1, 50)), ..Default::default() }), vec![b]);
		// Pages: from an id, at most a limit (clamped to MAX_PAGE).
		let page = |f: CourseFilter<u64>, start, limit| -> Vec<CourseId> {
			Cred::courses(&f, start, limit).into_iter().map(|c| c.id).collect()
		};
		assert_eq!(page(CourseFilter::default(), 1, 100), vec![1, 2]);
		assert_eq!(page(CourseFilter::default(), 0, 2), vec![0, 1]);
		assert_eq!(page(CourseFilter { open_only: true, ..Default::default() }, 2, 100), vec![2]);
		assert!(page(CourseFilter::default(), 3, 100).is_empty());
		assert!(page(CourseFilter::default(), u32::MAX, 100).is_empty());
		assert!(page(CourseFilter::default(), 0, 0).is_empty());
		assert!(ids(CourseFilter { min_skill: Some((9, 0)), ..Default::default() }).is_empty());
	});
}

#[test]
fn governance_sets_params() {
	run(|| {
		let params = Params {
			credential_deposit: 3 * UNIT,
			course_model: Some(2),
			..Parameters::<Test>::get()
		};
		assert_noop!(Cred::set_params(signed(1), params), BadOrigin);
		assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
		System::assert_last_event(Event::ParamsSet { params }.into());
		setup();
		issue(LEARNER, [0; 4], None);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), 3 * UNIT);
	});
}

/// Uploads `model` over 8 features as recommender model 0 and makes it the course model.
fn use_model(model: agora_primitives::recommender::Model, n_features: u32) {
	let names: Vec<pallet_recommender::NameOf<Test>> =
		(0..n_features).map(|i| format!("f{i}").into_bytes().try_into().unwrap()).collect();
	let metrics = agora_primitives::recommend::TrainingMetrics {
		n_train: 10,
		n_test: 2,
		accuracy: None,
		r2: None,
	};
	assert_ok!(Recommender::upload_model(
		RuntimeOrigin::root(),
		b"course".to_vec().try_into().unwrap(),
		names.try_into().unwrap(),
		Box::new(model),
		metrics,
		ISSUER
	));
	let params = Params { course_model: Some(0), ..Parameters::<Test>::get() };
	assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
}

#[test]
fn recommendations_rank_untaken_open_courses_with_explanations() {
	run(|| {
		setup();
		assert_eq!(Cred::recommend_courses(&LEARNER, 3), Err(CourseRecommendError::NoModel));
		// Score = Σ course skills − Σ learner skills (per hundred): prefers courses that add most.
		let f = |n: i32| Fixed::from_int(n);
		// Score = the level gap: what the course adds over the learner, per taught skill.
		let coefficients = [0, 0, 1, 0].map(f).to_vec();
		use_model(LinearRegression::new(coefficients, Fixed::ZERO).unwrap().into(), 4);
		let closed = publish([90, 90, 90, 0], native(0), 0, 5);
		assert_ok!(Cred::close_course(signed(ISSUER), closed));
		let small = publish([10, 0, 0, 0], native(0), 0, 5);
		let big = publish([50, 50, 0, 0], native(0), 0, 5);
		let taken = publish([90, 90, 90, 90], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), taken));
		issue(LEARNER, [50, 0, 0, 0], None);
		assert_eq!(profile(LEARNER), vec![50, 0, 0, 0]);
		let recs = Cred::recommend_courses(&LEARNER, 5).unwrap();
		let ids: Vec<_> = recs.iter().map(|r| r.course.id).collect();
		assert_eq!(ids, vec![big, small], "best first; taken and closed courses left out");
		// big: skill 0 adds nothing over 50, skill 1 adds 50: a mean gap of 0.25.
		let top = &recs[0].recommendation;
		assert_eq!(top.score, Fixed::from_rational(25, 100).unwrap());
		assert_eq!(recs[1].recommendation.score, Fixed::ZERO);
		match &top.explanation {
			agora_primitives::recommender::Explanation::Linear(b) => {
				assert_eq!(b.contributions[0], Fixed::ZERO);
				assert_eq!(b.contributions[2], Fixed::from_rational(25, 100).unwrap());
			},
			other => panic!("unexpected explanation {other:?}"),
		}
		assert_eq!(Cred::recommend_courses(&LEARNER, 1).unwrap().len(), 1);
		// The issuer is not recommended its own courses.
		assert!(Cred::recommend_courses(&ISSUER, 5).unwrap().is_empty());
	});
}

#[test]
fn a_model_of_the_wrong_shape_is_an_error() {
	run(|| {
		setup();
		publish([10, 0, 0, 0], native(0), 0, 5);
		let x = Matrix::new(3, vec![Fixed::ZERO; 6]).unwrap();
		let model =
			KNNRegressor::fit(x, &[Fixed::ONE, Fixed::ZERO], KNNParameters::default().with_k(1));
		use_model(model.unwrap().into(), 3);
		assert_eq!(
			Cred::recommend_courses(&LEARNER, 3),
			Err(CourseRecommendError::Recommender(RecommendError::FeatureCountMismatch))
		);
	});
}

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		setup();
		let course = publish([0; 4], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		issue(LEARNER, [0; 4], None);
		assert_ok!(Cred::do_try_state());
		Courses::<Test>::mutate(course, |c| c.as_mut().unwrap().enrolled = 0);
		assert!(Cred::do_try_state().is_err());
		Courses::<Test>::mutate(course, |c| c.as_mut().unwrap().enrolled = 1);
		crate::Credentials::<Test>::mutate(0, |c| c.as_mut().unwrap().deposit = 0);
		assert!(Cred::do_try_state().is_err());
	});
}

#[test]
fn exhausted_ids_are_an_error() {
	run(|| {
		setup();
		NextCourseId::<Test>::put(CourseId::MAX);
		assert_noop!(
			Cred::publish_course(
				signed(ISSUER),
				name("C"),
				schema(),
				skills([0; 4]),
				no_skills(),
				native(0),
				0,
				1
			),
			Error::<Test>::IdsExhausted
		);
		NextCredentialId::<Test>::put(CredentialId::MAX);
		assert_noop!(
			Cred::issue_credential(
				signed(ISSUER),
				LEARNER,
				schema(),
				claim(1),
				skills([0; 4]),
				None
			),
			Error::<Test>::IdsExhausted
		);
	});
}

// ---------------------------------------------------------------------------------------------
// More helpers.

/// Accredits `who` under `n` (governance).
fn accredit(who: u64, n: &str) {
	assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), who, name(n)));
}

/// Issues from `signer` to `subject` a credential of `schema()` with no expiry.
fn try_issue_by(signer: u64, subject: u64) -> sp_runtime::DispatchResult {
	Cred::issue_credential(signed(signer), subject, schema(), claim(9), skills([1, 2, 3, 4]), None)
}

/// This pallet's events, oldest first.
fn pallet_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Credentials(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn ids_of(recs: &[CourseRecommendation<u64>]) -> Vec<CourseId> {
	recs.iter().map(|r| r.course.id).collect()
}

// ---------------------------------------------------------------------------------------------
// Origins and governance.

#[test]
fn every_signed_call_rejects_an_unsigned_origin() {
	run(|| {
		setup();
		let none = RuntimeOrigin::none;
		assert_noop!(Cred::add_delegate(none(), SUB), BadOrigin);
		assert_noop!(Cred::remove_delegate(none(), SUB), BadOrigin);
		assert_noop!(Cred::register_schema(none(), H256::repeat_byte(2)), BadOrigin);
		assert_noop!(
			Cred::publish_course(
				none(),
				name("C"),
				schema(),
				skills([0; 4]),
				no_skills(),
				native(0),
				0,
				1
			),
			BadOrigin
		);
		assert_noop!(Cred::close_course(none(), 0), BadOrigin);
		assert_noop!(Cred::enroll(none(), 0), BadOrigin);
		assert_noop!(Cred::complete_course(none(), 0, LEARNER, claim(1), None), BadOrigin);
		assert_noop!(
			Cred::issue_credential(none(), LEARNER, schema(), claim(1), skills([0; 4]), None),
			BadOrigin
		);
		assert_noop!(Cred::revoke_credential(none(), 0, RevocationReason::Unspecified), BadOrigin);
		assert_noop!(Cred::set_visibility(none(), 0, true), BadOrigin);
		assert_noop!(Cred::remove_credential(none(), 0), BadOrigin);
		assert_noop!(Cred::fund_rewards(none(), UNIT), BadOrigin);
		// The governance calls want root, not a signed account (not even an issuer's).
		assert_noop!(Cred::accredit_issuer(signed(ISSUER), OTHER, name("X")), BadOrigin);
		assert_noop!(Cred::accredit_issuer(none(), OTHER, name("X")), BadOrigin);
		assert_noop!(Cred::suspend_issuer(signed(ISSUER), ISSUER), BadOrigin);
		assert_noop!(Cred::set_params(signed(ISSUER), Params::default()), BadOrigin);
		assert_noop!(Cred::set_params(none(), Params::default()), BadOrigin);
	});
}

#[test]
fn issuer_records_name_status_and_block() {
	run(|| {
		assert!(Issuers::<Test>::get(ISSUER).is_none());
		System::set_block_number(5);
		accredit(ISSUER, "Academy");
		assert_eq!(
			Issuers::<Test>::get(ISSUER).unwrap(),
			IssuerInfo { name: name("Academy"), status: IssuerStatus::Accredited, since: 5 }
		);
		// Accrediting again while accredited renames it.
		System::set_block_number(6);
		accredit(ISSUER, "Renamed");
		assert_eq!(Issuers::<Test>::get(ISSUER).unwrap().name, name("Renamed"));
		assert_eq!(Issuers::<Test>::get(ISSUER).unwrap().since, 6);
		System::set_block_number(9);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_eq!(
			Issuers::<Test>::get(ISSUER).unwrap(),
			IssuerInfo { name: name("Renamed"), status: IssuerStatus::Suspended, since: 9 }
		);
	});
}

#[test]
fn params_default_and_genesis() {
	// The defaults of the runtime: 1 AGR per schema, 0.1 AGR per credential, 100 AGR cap.
	use agora_primitives::currency::{MILLI_UNITS, UNITS};
	assert_eq!(
		Params::default(),
		Params {
			schema_deposit: UNITS,
			credential_deposit: 100 * MILLI_UNITS,
			max_reward_per_learner: 100 * UNITS,
			course_model: None,
		}
	);
	// Genesis accredits its issuers and sets the parameters.
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> {
		params: Params { credential_deposit: 7, ..Params::default() },
		issuers: vec![(ISSUER, b"Genesis U".to_vec())],
		trusted_schemas: vec![(schema(), SchemaTrust { lending: true, rewards: false })],
		skills: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		let info = Issuers::<Test>::get(ISSUER).unwrap();
		assert_eq!((info.name, info.status), (name("Genesis U"), IssuerStatus::Accredited));
		assert_eq!(Parameters::<Test>::get().credential_deposit, 7);
		assert!(Issuers::<Test>::get(OTHER).is_none());
		assert_eq!(
			TrustedSchemas::<Test>::get(schema()),
			Some(SchemaTrust { lending: true, rewards: false })
		);
		assert_ok!(Cred::do_try_state());
	});
}

#[test]
fn params_apply_to_new_records_only() {
	run(|| {
		setup();
		let old = issue(LEARNER, [0; 4], None);
		let params = Params {
			credential_deposit: 4 * UNIT,
			schema_deposit: 2 * UNIT,
			..Parameters::<Test>::get()
		};
		assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
		assert_eq!(Parameters::<Test>::get(), params);
		let new = issue(LEARNER, [0; 4], None);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), UNIT + 4 * UNIT);
		assert_ok!(Cred::register_schema(signed(OTHER), H256::repeat_byte(2)));
		assert_eq!(held(HoldReason::SchemaDeposit, OTHER), 2 * UNIT);
		assert_eq!(Schemas::<Test>::get(H256::repeat_byte(2)).unwrap().deposit, 2 * UNIT);
		// Removing the old record returns what it held, not today's deposit.
		let before = free(ISSUER);
		assert_ok!(Cred::remove_credential(signed(LEARNER), old));
		System::assert_last_event(
			Event::CredentialRemoved { id: old, deposit_returned: UNIT }.into(),
		);
		assert_eq!(free(ISSUER), before + UNIT);
		assert_ok!(Cred::remove_credential(signed(LEARNER), new));
		System::assert_last_event(
			Event::CredentialRemoved { id: new, deposit_returned: 4 * UNIT }.into(),
		);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), 0);
	});
}

#[test]
fn zero_deposits_hold_nothing() {
	run(|| {
		let params =
			Params { credential_deposit: 0, schema_deposit: 0, ..Parameters::<Test>::get() };
		assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
		accredit(ISSUER, "Academy");
		// Account 20 has no funds at all, yet registers and (as a delegate) issues.
		assert_ok!(Cred::register_schema(signed(20), schema()));
		assert_ok!(Cred::add_delegate(signed(ISSUER), 20));
		assert_ok!(try_issue_by(20, LEARNER));
		assert_eq!(held(HoldReason::SchemaDeposit, 20), 0);
		assert_eq!(held(HoldReason::CredentialDeposit, 20), 0);
		assert_eq!(crate::Credentials::<Test>::get(0).unwrap().deposit, 0);
		assert_ok!(Cred::remove_credential(signed(LEARNER), 0));
		System::assert_last_event(Event::CredentialRemoved { id: 0, deposit_returned: 0 }.into());
	});
}

// ---------------------------------------------------------------------------------------------
// Delegation.

#[test]
fn delegations_record_their_chain() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		System::assert_last_event(
			Event::DelegateAdded { issuer: ISSUER, parent: SUB, delegate: SUBSUB, depth: 2 }.into(),
		);
		let sub = Delegates::<Test>::get(SUB).unwrap();
		assert_eq!(
			sub,
			Delegation { issuer: ISSUER, parent: ISSUER, depth: 1, grant: 0, parent_grant: None }
		);
		let subsub = Delegates::<Test>::get(SUBSUB).unwrap();
		assert_eq!(
			subsub,
			Delegation { issuer: ISSUER, parent: SUB, depth: 2, grant: 1, parent_grant: Some(0) }
		);
		assert_eq!(NextGrant::<Test>::get(), 2);
		assert_eq!(Cred::valid_delegation(&SUBSUB), Some(subsub));
		assert_eq!(Cred::issuer_of(&SUBSUB), Ok(ISSUER));
		assert_eq!(Cred::issuer_of(&ISSUER), Ok(ISSUER));
		assert_eq!(Cred::issuer_of(&OTHER), Err(Error::<Test>::NotAuthorized.into()));
	});
}

#[test]
fn delegation_depth_is_bounded() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		// MaxDelegationDepth = 2: the depth-2 delegate cannot delegate further...
		assert_noop!(Cred::add_delegate(signed(SUBSUB), 6), Error::<Test>::DelegationTooDeep);
		// ...but the issuer and the depth-1 delegate still can, beside it.
		assert_ok!(Cred::add_delegate(signed(SUB), 6));
		assert_ok!(Cred::add_delegate(signed(ISSUER), 7));
		assert_eq!(Delegates::<Test>::get(6).unwrap().depth, 2);
		assert_eq!(Delegates::<Test>::get(7).unwrap().depth, 1);
		// A delegate of another issuer cannot be taken over.
		accredit(8, "Rival");
		assert_noop!(Cred::add_delegate(signed(8), SUBSUB), Error::<Test>::AlreadyDelegate);
		// A suspended issuer cannot be made a delegate either.
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), 8));
		assert_noop!(Cred::add_delegate(signed(ISSUER), 8), Error::<Test>::AccountIsIssuer);
	});
}

#[test]
fn the_issuer_or_any_ancestor_revokes_a_deep_delegate() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		// The issuer revokes the depth-2 delegate directly; the depth-1 one stays.
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUBSUB));
		System::assert_last_event(
			Event::DelegateRemoved { issuer: ISSUER, delegate: SUBSUB }.into(),
		);
		assert!(Delegates::<Test>::get(SUBSUB).is_none());
		assert!(Cred::valid_delegation(&SUB).is_some());
		assert_ok!(try_issue_by(SUB, LEARNER));
		assert_noop!(try_issue_by(SUBSUB, LEARNER), Error::<Test>::NotAuthorized);
		// Another issuer is no ancestor.
		accredit(8, "Rival");
		assert_noop!(Cred::remove_delegate(signed(8), SUB), Error::<Test>::NotDelegator);
		// A sibling is no ancestor.
		assert_ok!(Cred::add_delegate(signed(ISSUER), 6));
		assert_noop!(Cred::remove_delegate(signed(6), SUB), Error::<Test>::NotDelegator);
	});
}

#[test]
fn a_delegate_resigns_and_its_subtree_goes_with_it() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::remove_delegate(signed(SUB), SUB));
		System::assert_last_event(Event::DelegateRemoved { issuer: ISSUER, delegate: SUB }.into());
		assert!(Delegates::<Test>::get(SUB).is_none());
		assert_noop!(try_issue_by(SUB, LEARNER), Error::<Test>::NotAuthorized);
		assert_noop!(try_issue_by(SUBSUB, LEARNER), Error::<Test>::NotAuthorized);
		// The voided sub-delegate cannot delegate either.
		assert_noop!(Cred::add_delegate(signed(SUBSUB), 6), Error::<Test>::NotAuthorized);
		// Its void record can still be cleared by itself.
		assert_ok!(Cred::remove_delegate(signed(SUBSUB), SUBSUB));
		assert!(Delegates::<Test>::get(SUBSUB).is_none());
		assert_noop!(Cred::remove_delegate(signed(SUBSUB), SUBSUB), Error::<Test>::UnknownDelegate);
	});
}

#[test]
fn readding_a_delegate_does_not_revive_its_old_subdelegates() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		let old_grant = Delegates::<Test>::get(SUB).unwrap().grant;
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		let new = Delegates::<Test>::get(SUB).unwrap();
		assert_ne!(new.grant, old_grant);
		// The old record of SUBSUB is still there but names the old grant: void.
		assert_eq!(Delegates::<Test>::get(SUBSUB).unwrap().parent_grant, Some(old_grant));
		assert!(Cred::valid_delegation(&SUBSUB).is_none());
		assert_noop!(try_issue_by(SUBSUB, LEARNER), Error::<Test>::NotAuthorized);
		assert_ok!(try_issue_by(SUB, LEARNER));
	});
}

#[test]
fn a_void_delegate_can_be_accredited() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		// SUBSUB's record is void: it may become an issuer, and the record goes.
		assert!(Delegates::<Test>::contains_key(SUBSUB));
		accredit(SUBSUB, "Spin-off");
		assert!(!Delegates::<Test>::contains_key(SUBSUB));
		assert_ok!(Cred::register_schema(signed(SUBSUB), H256::repeat_byte(5)));
		assert_ok!(Cred::issue_credential(
			signed(SUBSUB),
			LEARNER,
			H256::repeat_byte(5),
			claim(1),
			skills([0; 4]),
			None
		));
		assert_eq!(crate::Credentials::<Test>::get(0).unwrap().issuer, SUBSUB);
	});
}

#[test]
fn suspension_stops_delegates_until_reaccreditation() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(try_issue_by(SUB, LEARNER), Error::<Test>::IssuerNotAccredited);
		assert_noop!(try_issue_by(SUBSUB, LEARNER), Error::<Test>::IssuerNotAccredited);
		assert_noop!(Cred::add_delegate(signed(SUB), 6), Error::<Test>::IssuerNotAccredited);
		// The rights survive the suspension and work again after reinstatement.
		accredit(ISSUER, "Academy");
		assert_ok!(try_issue_by(SUBSUB, LEARNER));
		assert_ok!(Cred::add_delegate(signed(SUB), 6));
	});
}

#[test]
fn grant_numbers_can_run_out() {
	run(|| {
		setup();
		NextGrant::<Test>::put(u64::MAX);
		assert_noop!(Cred::add_delegate(signed(ISSUER), SUB), Error::<Test>::IdsExhausted);
	});
}

// ---------------------------------------------------------------------------------------------
// Courses.

#[test]
fn publishing_stores_the_course() {
	run(|| {
		setup();
		let price = CoursePrice { asset: PaymentAsset::Asset(ASSET), amount: 3 * UNIT };
		assert_ok!(Cred::publish_course(
			signed(ISSUER),
			name("Rust 101"),
			schema(),
			skills([10, 20, 30, 40]),
			no_skills(),
			price,
			2 * UNIT,
			10
		));
		System::assert_last_event(
			Event::CoursePublished { course: 0, provider: ISSUER, price, reward: 2 * UNIT }.into(),
		);
		assert_eq!(
			Courses::<Test>::get(0).unwrap(),
			Course {
				provider: ISSUER,
				name: name("Rust 101"),
				schema: schema(),
				teaches: skills([10, 20, 30, 40]),
				requires: no_skills(),
				price,
				reward: 2 * UNIT,
				capacity: 10,
				enrolled: 0,
				completed: 0,
				open: true,
				budget: 0,
				granted: 0,
			}
		);
		assert_eq!(NextCourseId::<Test>::get(), 1);
		assert_eq!(OpenCourses::<Test>::get().into_inner(), vec![0]);
		// A skill level of exactly 100 is fine; a delegate may not publish.
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_noop!(
			Cred::publish_course(
				signed(SUB),
				name("C"),
				schema(),
				skills([100; 4]),
				no_skills(),
				native(0),
				0,
				1
			),
			Error::<Test>::UnknownIssuer
		);
		publish([100; 4], native(0), 0, 1);
	});
}

#[test]
fn closing_a_course_frees_an_open_slot() {
	run(|| {
		setup();
		let (a, b, c) = (
			publish([0; 4], native(0), 0, 1),
			publish([0; 4], native(0), 0, 1),
			publish([0; 4], native(0), 0, 1),
		);
		assert_eq!(OpenCourses::<Test>::get().into_inner(), vec![a, b, c]);
		assert_ok!(Cred::close_course(signed(ISSUER), b));
		assert_eq!(OpenCourses::<Test>::get().into_inner(), vec![a, c]);
		assert!(!Courses::<Test>::get(b).unwrap().open);
		let d = publish([0; 4], native(0), 0, 1);
		assert_eq!(OpenCourses::<Test>::get().into_inner(), vec![a, c, d]);
		// Closing is the provider's alone, even against its delegate.
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_noop!(Cred::close_course(signed(SUB), a), Error::<Test>::NotProvider);
	});
}

#[test]
fn enrolment_records_the_learner() {
	run(|| {
		setup();
		let course = publish([0; 4], native(5 * UNIT), 0, 3);
		System::set_block_number(4);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_eq!(
			Enrollments::<Test>::get(course, LEARNER).unwrap(),
			Enrollment {
				paid: native(5 * UNIT),
				enrolled_at: 4,
				status: EnrollmentStatus::Enrolled
			}
		);
		assert_eq!(Courses::<Test>::get(course).unwrap().enrolled, 1);
		assert!(Enrollments::<Test>::get(course, OTHER).is_none());
	});
}

#[test]
fn a_free_course_moves_no_funds() {
	run(|| {
		setup();
		let course = publish([0; 4], native(0), 0, 3);
		let (provider, learner) = (free(ISSUER), free(LEARNER));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		System::assert_last_event(
			Event::Enrolled { course, learner: LEARNER, paid: native(0) }.into(),
		);
		assert_eq!((free(ISSUER), free(LEARNER)), (provider, learner));
		// Even an account with no funds at all enrols in a free course.
		assert_ok!(Cred::enroll(signed(20), course));
		assert_eq!(free(20), 0);
	});
}

#[test]
fn an_asset_course_needs_the_asset() {
	run(|| {
		setup();
		let price = CoursePrice { asset: PaymentAsset::Asset(ASSET), amount: 7 * UNIT };
		let course = publish([0; 4], price, 0, 5);
		System::assert_last_event(
			Event::CoursePublished { course, provider: ISSUER, price, reward: 0 }.into(),
		);
		// Account 20 holds AGR but none of the asset.
		assert_ok!(Balances::transfer_allow_death(signed(OTHER), 20, 10 * UNIT));
		assert_noop!(Cred::enroll(signed(20), course), TokenError::FundsUnavailable);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		System::assert_last_event(Event::Enrolled { course, learner: LEARNER, paid: price }.into());
		assert_eq!(Enrollments::<Test>::get(course, LEARNER).unwrap().paid, price);
	});
}

#[test]
fn a_course_of_capacity_one_is_full_after_one_learner() {
	run(|| {
		setup();
		let course = publish([0; 4], native(UNIT), 0, 1);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		let before = free(OTHER);
		assert_noop!(Cred::enroll(signed(OTHER), course), Error::<Test>::CourseFull);
		assert_eq!(free(OTHER), before, "a refused learner pays nothing");
		// Completing does not free the seat.
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_noop!(Cred::enroll(signed(OTHER), course), Error::<Test>::CourseFull);
		// It stays open (closing is the provider's call) but no longer lists as open.
		assert!(Courses::<Test>::get(course).unwrap().open);
		let open = CourseFilter { open_only: true, ..Default::default() };
		assert!(Cred::courses(&open, 0, 100).is_empty());
	});
}

#[test]
fn course_views_carry_every_field() {
	run(|| {
		setup();
		let course = publish([1, 2, 3, 4], native(9), 8, 7);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::enroll(signed(OTHER), course));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		assert_eq!(
			Cred::courses(&CourseFilter::default(), 0, 100),
			vec![CourseView {
				id: course,
				provider: ISSUER,
				name: b"Course".to_vec(),
				schema: schema(),
				teaches: ["Rust", "Algorithms", "Cryptography", "Substrate"]
					.iter()
					.enumerate()
					.map(|(i, n)| NamedSkillLevel {
						skill: i as SkillId,
						level: i as u8 + 1,
						name: n.as_bytes().to_vec(),
						alignment: None,
					})
					.collect(),
				requires: vec![],
				price: native(9),
				reward: 8,
				capacity: 7,
				enrolled: 2,
				completed: 1,
				open: false,
			}]
		);
	});
}

#[test]
fn course_filters_combine() {
	run(|| {
		setup();
		let a = publish([80, 0, 0, 0], native(0), 0, 5);
		let b = publish([60, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::close_course(signed(ISSUER), b));
		accredit(7, "Other");
		assert_ok!(Cred::publish_course(
			signed(7),
			name("X"),
			schema(),
			skills([90, 0, 0, 0]),
			no_skills(),
			native(0),
			0,
			5
		));
		let ids = |f: CourseFilter<u64>| -> Vec<CourseId> {
			Cred::courses(&f, 0, 100).into_iter().map(|c| c.id).collect()
		};
		// Closed courses are listed unless open_only.
		assert_eq!(ids(CourseFilter { provider: Some(ISSUER), ..Default::default() }), vec![a, b]);
		assert_eq!(
			ids(CourseFilter { provider: Some(ISSUER), open_only: true, min_skill: None }),
			vec![a]
		);
		assert_eq!(
			ids(CourseFilter { min_skill: Some((0, 60)), ..Default::default() }),
			vec![a, b, 2]
		);
		assert_eq!(
			ids(CourseFilter { provider: Some(7), open_only: true, min_skill: Some((0, 90)) }),
			vec![2]
		);
		assert!(ids(CourseFilter {
			provider: Some(7),
			open_only: false,
			min_skill: Some((0, 91))
		})
		.is_empty());
		assert!(ids(CourseFilter { provider: Some(OTHER), ..Default::default() }).is_empty());
	});
}

#[test]
fn courses_of_a_suspended_provider_take_no_enrolments_and_are_not_listed_as_open() {
	run(|| {
		setup();
		let course = publish([50, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(Cred::enroll(signed(LEARNER), course), Error::<Test>::IssuerNotAccredited);
		let open = CourseFilter { open_only: true, ..Default::default() };
		assert!(Cred::courses(&open, 0, 100).is_empty());
		assert_eq!(Cred::courses(&CourseFilter::default(), 0, 100).len(), 1);
		// The suspended provider can still close its course.
		assert_ok!(Cred::close_course(signed(ISSUER), course));
	});
}

// ---------------------------------------------------------------------------------------------
// Completion and rewards.

#[test]
fn completion_checks_expiry_capacity_and_the_deposit() {
	run(|| {
		setup();
		let course = publish([10, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_noop!(
			Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), Some(NOW - 1)),
			Error::<Test>::ExpiryInPast
		);
		// A delegate without funds cannot hold the deposit.
		assert_ok!(Cred::add_delegate(signed(ISSUER), 20));
		assert_noop!(
			Cred::complete_course(signed(20), course, LEARNER, claim(1), None),
			Error::<Test>::InsufficientDeposit
		);
		// A learner holding the most credentials cannot complete.
		for _ in 0..4 {
			issue(LEARNER, [0; 4], None);
		}
		assert_noop!(
			Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None),
			Error::<Test>::TooManyCredentials
		);
		// Once one is removed, the completion goes through, with its expiry.
		assert_ok!(Cred::remove_credential(signed(LEARNER), 0));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), Some(NOW + 5)));
		let c = crate::Credentials::<Test>::get(4).unwrap();
		assert_eq!((c.expires_at, c.course, c.claim_hash), (Some(NOW + 5), Some(course), claim(1)));
		assert_eq!(CredentialsOf::<Test>::get(LEARNER).into_inner(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn completion_by_the_provider_emits_its_events_in_order() {
	run(|| {
		setup();
		let course = publish([10, 0, 0, 0], native(0), UNIT, 5);
		fund(course, 10 * UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		System::reset_events();
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_eq!(
			pallet_events(),
			vec![
				Event::CredentialIssued {
					id: 0,
					subject: LEARNER,
					issuer: ISSUER,
					issued_by: ISSUER
				},
				Event::MasteryUpdated {
					learner: LEARNER,
					skill: 0,
					level: 10,
					mastery: MasteryParams::default().trace([10]),
				},
				Event::CourseCompleted { course, learner: LEARNER, credential: 0 },
				Event::RewardPaid { learner: LEARNER, course, due: UNIT, paid: UNIT },
			]
		);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), UNIT);
		assert_eq!(Cred::verify(0).status, CredentialStatus::Valid);
	});
}

#[test]
fn a_course_without_reward_pays_nothing() {
	run(|| {
		setup();
		assert_ok!(Cred::fund_rewards(signed(OTHER), 10 * UNIT));
		let pot = free(Cred::pot_account());
		let course = publish([10, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		let learner = free(LEARNER);
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		System::assert_last_event(
			Event::CourseCompleted { course, learner: LEARNER, credential: 0 }.into(),
		);
		assert!(!pallet_events().iter().any(|e| matches!(e, Event::RewardPaid { .. })));
		assert_eq!((free(LEARNER), free(Cred::pot_account())), (learner, pot));
		assert_eq!(RewardsPaid::<Test>::get(LEARNER), 0);
	});
}

#[test]
fn the_reward_comes_from_the_course_budget_in_the_pot_account() {
	run(|| {
		setup();
		let pot = Cred::pot_account();
		let expected: u64 = PalletId(*b"agr/cred").into_account_truncating();
		assert_eq!(pot, expected);
		let funder = free(OTHER);
		assert_ok!(Cred::fund_rewards(signed(OTHER), 20 * UNIT));
		System::assert_last_event(Event::RewardsFunded { from: OTHER, amount: 20 * UNIT }.into());
		// The first funder also pays the pot's existential deposit, which the pot keeps.
		assert_eq!(free(OTHER), funder - 20 * UNIT - 1);
		assert_eq!(free(pot), 20 * UNIT + 1);
		assert_eq!(Cred::pot_available(), 20 * UNIT, "the pot keeps its ED");
		let course = publish([10, 0, 0, 0], native(0), 6 * UNIT, 5);
		let provider = free(ISSUER);
		fund(course, 6 * UNIT);
		assert_eq!(free(ISSUER), provider - 6 * UNIT);
		assert_eq!(Cred::pot_unallocated(), 20 * UNIT, "the budget is not the pot's");
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		let learner = free(LEARNER);
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_eq!(free(LEARNER), learner + 6 * UNIT);
		assert_eq!(free(pot), 20 * UNIT + 1, "the shared pot is untouched");
		// The funder cannot give what it does not have (and must stay alive).
		assert_noop!(Cred::fund_rewards(signed(OTHER), free(OTHER)), TokenError::NotExpendable);
		assert_noop!(Cred::fund_rewards(signed(20), UNIT), TokenError::FundsUnavailable);
		// Only the provider funds its course, with something.
		assert_noop!(Cred::fund_course(signed(OTHER), course, UNIT), Error::<Test>::NotProvider);
		assert_noop!(Cred::fund_course(signed(ISSUER), course, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Cred::fund_course(signed(ISSUER), 9, UNIT), Error::<Test>::UnknownCourse);
	});
}

#[test]
fn the_cap_limits_rewards_per_learner_not_overall() {
	run(|| {
		setup();
		let params = Params { max_reward_per_learner: 8 * UNIT, ..Parameters::<Test>::get() };
		assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
		let a = publish([0; 4], native(0), 5 * UNIT, 5);
		let b = publish([0; 4], native(0), 5 * UNIT, 5);
		let c = publish([0; 4], native(0), 5 * UNIT, 5);
		for course in [a, b, c] {
			fund(course, 20 * UNIT);
		}
		let complete = |course, learner| {
			assert_ok!(Cred::enroll(signed(learner), course));
			assert_ok!(Cred::complete_course(
				signed(ISSUER),
				course,
				learner,
				claim(course as u8),
				None
			));
		};
		complete(a, LEARNER);
		complete(b, LEARNER);
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: b, due: 5 * UNIT, paid: 3 * UNIT }.into(),
		);
		let (learner, pot) = (free(LEARNER), free(Cred::pot_account()));
		complete(c, LEARNER);
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: c, due: 5 * UNIT, paid: 0 }.into(),
		);
		assert_eq!((free(LEARNER), free(Cred::pot_account())), (learner, pot));
		assert_eq!(RewardsPaid::<Test>::get(LEARNER), 8 * UNIT);
		// Another learner has a cap of its own.
		complete(a, OTHER);
		System::assert_last_event(
			Event::RewardPaid { learner: OTHER, course: a, due: 5 * UNIT, paid: 5 * UNIT }.into(),
		);
		assert_eq!(RewardsPaid::<Test>::get(OTHER), 5 * UNIT);
	});
}

#[test]
fn a_budget_is_paid_out_to_the_last_planck() {
	// The pot account holds only a budget and its existential deposit (the funder paid it):
	// the budget is paid out to the last planck, the existential deposit stays.
	run(|| {
		setup();
		let course = publish([0; 4], native(0), UNIT, 5);
		fund(course, UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course, due: UNIT, paid: UNIT }.into(),
		);
		assert_eq!(free(Cred::pot_account()), 1);
		assert_eq!(Earmarked::<Test>::get(), 0);
		// The credential is issued all the same.
		assert_eq!(Cred::verify(0).status, CredentialStatus::Valid);
	});
}

// ---------------------------------------------------------------------------------------------
// Credentials.

#[test]
fn issuing_stores_the_record_and_holds_the_deposit() {
	run(|| {
		setup();
		let before = free(ISSUER);
		assert_ok!(Cred::issue_credential(
			signed(ISSUER),
			LEARNER,
			schema(),
			claim(3),
			skills([5, 6, 7, 8]),
			Some(NOW + 1)
		));
		System::assert_has_event(
			Event::CredentialIssued { id: 0, subject: LEARNER, issuer: ISSUER, issued_by: ISSUER }
				.into(),
		);
		assert_eq!(
			crate::Credentials::<Test>::get(0).unwrap(),
			Credential {
				subject: LEARNER,
				issuer: ISSUER,
				issued_by: ISSUER,
				schema: schema(),
				claim_hash: claim(3),
				skills: skills([5, 6, 7, 8]),
				status_index: 0,
				issued_at: NOW,
				expires_at: Some(NOW + 1),
				course: None,
				revoked: None,
				hidden: false,
				depositor: ISSUER,
				deposit: UNIT,
			}
		);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), UNIT);
		assert_eq!(free(ISSUER), before - UNIT);
		assert_eq!(CredentialsOf::<Test>::get(LEARNER).into_inner(), vec![0]);
		assert_eq!(NextCredentialId::<Test>::get(), 1);
		// Anyone can be a subject, an issuer itself included.
		assert_eq!(issue(ISSUER, [0; 4], None), 1);
		assert_eq!(CredentialsOf::<Test>::get(ISSUER).into_inner(), vec![1]);
	});
}

#[test]
fn issuing_needs_an_accredited_issuer_or_delegate() {
	run(|| {
		setup();
		assert_noop!(try_issue_by(OTHER, LEARNER), Error::<Test>::NotAuthorized);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_noop!(try_issue_by(ISSUER, LEARNER), Error::<Test>::IssuerNotAccredited);
		assert!(CredentialsOf::<Test>::get(LEARNER).is_empty());
		assert_eq!(NextCredentialId::<Test>::get(), 0);
	});
}

#[test]
fn the_subject_cap_counts_removed_credentials_out() {
	run(|| {
		setup();
		let ids: Vec<_> = (0..4).map(|_| issue(LEARNER, [0; 4], None)).collect();
		assert_noop!(try_issue_by(ISSUER, LEARNER), Error::<Test>::TooManyCredentials);
		// Another subject is not affected.
		assert_ok!(try_issue_by(ISSUER, OTHER));
		assert_ok!(Cred::remove_credential(signed(LEARNER), ids[1]));
		assert_ok!(try_issue_by(ISSUER, LEARNER));
		assert_eq!(CredentialsOf::<Test>::get(LEARNER).into_inner(), vec![0, 2, 3, 5]);
	});
}

#[test]
fn verification_follows_its_documented_order() {
	run(|| {
		setup();
		let id = issue(LEARNER, [0; 4], Some(NOW + 10));
		assert_eq!(Cred::verify(id).status, CredentialStatus::Valid);
		// Expiry is inclusive: at the expiry instant it no longer verifies.
		pallet_timestamp::Now::<Test>::put(NOW + 9);
		assert_eq!(Cred::verify(id).status, CredentialStatus::Valid);
		pallet_timestamp::Now::<Test>::put(NOW + 10);
		assert_eq!(Cred::verify(id).status, CredentialStatus::Expired);
		// A suspended issuer shows before expiry; a revocation before both.
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_eq!(Cred::verify(id).status, CredentialStatus::IssuerSuspended);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), id, RevocationReason::Misconduct));
		let v = Cred::verify(id);
		assert_eq!(v.status, CredentialStatus::Revoked(RevocationReason::Misconduct));
		assert_eq!(v.credential.unwrap().revoked_at, Some(NOW + 10));
		// Reinstating the issuer does not undo a revocation.
		accredit(ISSUER, "Academy");
		assert_eq!(
			Cred::verify(id).status,
			CredentialStatus::Revoked(RevocationReason::Misconduct)
		);
		// A credential without expiry never expires.
		let forever = issue(OTHER, [0; 4], None);
		pallet_timestamp::Now::<Test>::put(u64::MAX);
		assert_eq!(Cred::verify(forever).status, CredentialStatus::Valid);
	});
}

#[test]
fn a_credential_view_carries_every_field() {
	run(|| {
		setup();
		let course = publish([7, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::complete_course(signed(SUB), course, LEARNER, claim(1), Some(NOW + 50)));
		assert_ok!(Cred::set_visibility(signed(LEARNER), 0, true));
		assert_eq!(
			Cred::verify(0),
			Verification {
				id: 0,
				status: CredentialStatus::Valid,
				credential: Some(CredentialView {
					id: 0,
					subject: LEARNER,
					issuer: ISSUER,
					issuer_name: b"Academy".to_vec(),
					issued_by: SUB,
					schema: schema(),
					claim_hash: claim(1),
					skills: vec![NamedSkillLevel {
						skill: 0,
						level: 7,
						name: b"Rust".to_vec(),
						alignment: None,
					}],
					issued_at: NOW,
					expires_at: Some(NOW + 50),
					course: Some(course),
					course_name: Some(b"Course".to_vec()),
					status_index: 0,
					revoked_at: None,
					hidden: true,
				}),
			}
		);
		assert_eq!(
			Cred::verify(1),
			Verification { id: 1, status: CredentialStatus::Unknown, credential: None }
		);
	});
}

#[test]
fn revocation_rights() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(ISSUER), 6));
		assert_ok!(try_issue_by(SUB, LEARNER));
		assert_ok!(try_issue_by(SUB, LEARNER));
		// Neither a sibling delegate nor the subject may revoke; the issuer may.
		assert_noop!(
			Cred::revoke_credential(signed(6), 0, RevocationReason::Unspecified),
			Error::<Test>::NotIssuer
		);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), 0, RevocationReason::Superseded));
		assert_eq!(Cred::verify(0).status, CredentialStatus::Revoked(RevocationReason::Superseded));
		// Attack (issue 16, item 3): a delegate removed for misconduct revokes everything it
		// ever signed. Only current authority revokes now: the issuer still may.
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		assert_noop!(
			Cred::revoke_credential(signed(SUB), 1, RevocationReason::IssuedInError),
			Error::<Test>::NotIssuer
		);
		assert_noop!(Cred::suspend_credential(signed(SUB), 1), Error::<Test>::NotIssuer);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), 1, RevocationReason::IssuedInError));
		assert_eq!(
			Cred::verify(1).status,
			CredentialStatus::Revoked(RevocationReason::IssuedInError)
		);
		// A suspended issuer can still revoke.
		let id = issue(OTHER, [0; 4], None);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), ISSUER));
		assert_ok!(Cred::revoke_credential(signed(ISSUER), id, RevocationReason::Unspecified));
	});
}

#[test]
fn removal_returns_the_deposit_to_the_delegate_that_signed() {
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		let before = free(SUB);
		assert_ok!(try_issue_by(SUB, LEARNER));
		assert_ok!(try_issue_by(SUB, LEARNER));
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), 2 * UNIT);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), 0);
		assert_eq!(free(SUB), before - 2 * UNIT);
		// The subject removes one.
		assert_ok!(Cred::remove_credential(signed(LEARNER), 0));
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), UNIT);
		// Issue 16, item 4: the signing delegate's deposit was stuck (only subject or issuer
		// could remove the record). It may not remove a valid record, but once revoked the
		// record's depositor reclaims its deposit.
		assert_noop!(Cred::remove_credential(signed(SUB), 1), Error::<Test>::NotSubject);
		assert_ok!(Cred::revoke_credential(signed(SUB), 1, RevocationReason::Unspecified));
		let issuer = free(ISSUER);
		assert_ok!(Cred::remove_credential(signed(SUB), 1));
		System::assert_last_event(
			Event::CredentialRemoved { id: 1, deposit_returned: UNIT }.into(),
		);
		assert_eq!(free(SUB), before);
		assert_eq!(free(ISSUER), issuer, "the issuer gets nothing it did not hold");
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), 0);
		assert!(CredentialsOf::<Test>::get(LEARNER).is_empty());
		// Issue 16, item 6: the removed record's revocation is still known to verifiers.
		assert_eq!(
			Cred::verify(1).status,
			CredentialStatus::Revoked(RevocationReason::Unspecified)
		);
		assert_eq!(Cred::verify(0).status, CredentialStatus::Unknown, "0 was never revoked");
	});
}

#[test]
fn hidden_credentials_leave_listings_until_shown() {
	run(|| {
		setup();
		let (a, b, c) = (
			issue(LEARNER, [0; 4], None),
			issue(LEARNER, [0; 4], None),
			issue(OTHER, [0; 4], None),
		);
		let listed = |who| -> Vec<CredentialId> {
			Cred::of_subject(&who).into_iter().map(|v| v.id).collect()
		};
		assert_eq!(listed(LEARNER), vec![a, b]);
		assert_eq!(listed(OTHER), vec![c]);
		assert!(listed(20).is_empty());
		assert_ok!(Cred::set_visibility(signed(LEARNER), b, true));
		assert!(crate::Credentials::<Test>::get(b).unwrap().hidden);
		assert_eq!(listed(LEARNER), vec![a]);
		assert_ok!(Cred::set_visibility(signed(LEARNER), b, false));
		System::assert_last_event(Event::VisibilityChanged { id: b, hidden: false }.into());
		assert_eq!(listed(LEARNER), vec![a, b]);
		// Revoked and expired credentials are still listed (with their status via verify).
		assert_ok!(Cred::revoke_credential(signed(ISSUER), a, RevocationReason::Unspecified));
		assert_eq!(listed(LEARNER), vec![a, b]);
		// The issuer cannot hide a subject's record.
		assert_noop!(Cred::set_visibility(signed(ISSUER), a, true), Error::<Test>::NotSubject);
	});
}

// ---------------------------------------------------------------------------------------------
// Skill profiles and recommendations.

#[test]
fn the_skill_profile_counts_valid_credentials_only() {
	run(|| {
		setup();
		assert_eq!(profile(LEARNER), vec![0; 4]);
		issue(LEARNER, [10, 60, 0, 0], None);
		let revoked = issue(LEARNER, [90, 90, 90, 90], None);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), revoked, RevocationReason::Unspecified));
		issue(LEARNER, [40, 20, 0, 0], Some(NOW + 5));
		assert_eq!(profile(LEARNER), vec![40, 60, 0, 0]);
		// Expired credentials drop out.
		pallet_timestamp::Now::<Test>::put(NOW + 5);
		assert_eq!(profile(LEARNER), vec![10, 60, 0, 0]);
		// A second issuer's credential counts until that issuer is suspended.
		accredit(7, "Other");
		assert_ok!(Cred::issue_credential(
			signed(7),
			LEARNER,
			schema(),
			claim(1),
			skills([0, 0, 0, 70]),
			None
		));
		assert_eq!(profile(LEARNER), vec![10, 60, 0, 70]);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), 7));
		assert_eq!(profile(LEARNER), vec![10, 60, 0, 0]);
	});
}

#[test]
fn recommendations_leave_out_full_and_closed_courses() {
	run(|| {
		setup();
		let f = |n: i32| Fixed::from_int(n);
		// Score = the level gap (the learner has no skill: the course's level / 100).
		use_model(LinearRegression::new([0, 0, 1, 0].map(f).to_vec(), f(0)).unwrap().into(), 4);
		let full = publish([90, 0, 0, 0], native(0), 0, 1);
		let a = publish([20, 0, 0, 0], native(0), 0, 5);
		let b = publish([30, 0, 0, 0], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(OTHER), full));
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![b, a]);
		assert_ok!(Cred::close_course(signed(ISSUER), b));
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![a]);
		// k = 0 asks for nothing.
		assert!(Cred::recommend_courses(&LEARNER, 0).unwrap().is_empty());
		// Each answer names the model and its version.
		let rec = &Cred::recommend_courses(&LEARNER, 1).unwrap()[0].recommendation;
		assert_eq!((rec.model_id, rec.model_version), (0, 1));
		assert_eq!(rec.score, Fixed::from_rational(20, 100).unwrap());
	});
}

#[test]
fn recommendations_leave_out_a_suspended_providers_courses() {
	run(|| {
		setup();
		let f = |n: i32| Fixed::from_int(n);
		use_model(LinearRegression::new([0, 0, 1, 0].map(f).to_vec(), f(0)).unwrap().into(), 4);
		let a = publish([20, 0, 0, 0], native(0), 0, 5);
		accredit(7, "Other");
		assert_ok!(Cred::publish_course(
			signed(7),
			name("X"),
			schema(),
			skills([90, 0, 0, 0]),
			no_skills(),
			native(0),
			0,
			5
		));
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![1, a]);
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), 7));
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![a]);
	});
}

#[test]
fn a_knn_course_model_explains_with_neighbours() {
	run(|| {
		setup();
		let lvl = |l: i64| Fixed::from_rational(l, 100).unwrap();
		// Two past (learner, course) pairs, for a learner with no skills yet: a course whose
		// prerequisites the learner had mastered was rated 0.9, one whose prerequisites it had
		// not, 0.2.
		let rows = [[0, 100, 50, 100].map(lvl), [0, 0, 50, 100].map(lvl)];
		let x = Matrix::from_rows(&rows).unwrap();
		let y = [lvl(90), lvl(20)];
		let model = KNNRegressor::fit(x, &y, KNNParameters::default().with_k(1)).unwrap();
		use_model(model.into(), 4);
		// Skill 3 (Substrate) builds on skills 0 and 1, which the learner has not mastered.
		let second = publish([0, 0, 0, 50], native(0), 0, 5);
		let first = publish([50, 0, 0, 0], native(0), 0, 5);
		let recs = Cred::recommend_courses(&LEARNER, 5).unwrap();
		assert_eq!(ids_of(&recs), vec![first, second]);
		assert_eq!(recs[0].recommendation.score, lvl(90));
		assert_eq!(recs[1].recommendation.score, lvl(20));
		assert_eq!(recs[0].course, Cred::courses(&CourseFilter::default(), 0, 100)[1]);
		match &recs[0].recommendation.explanation {
			agora_primitives::recommender::Explanation::Neighbours(n) => {
				assert_eq!(n.len(), 1);
				assert_eq!(n[0].index, 0);
				assert_eq!(n[0].distance, Fixed::ZERO);
				assert_eq!(n[0].target, agora_primitives::recommender::Target::Value(lvl(90)));
			},
			other => panic!("unexpected explanation {other:?}"),
		}
		match &recs[1].recommendation.explanation {
			agora_primitives::recommender::Explanation::Neighbours(n) => {
				assert_eq!(n[0].index, 1)
			},
			other => panic!("unexpected explanation {other:?}"),
		}
	});
}

#[test]
fn recommendations_use_the_learners_profile() {
	run(|| {
		setup();
		let f = |n: i32| Fixed::from_int(n);
		// Score = the learner's mastery of the prerequisites of what the course teaches.
		use_model(LinearRegression::new([0, 1, 0, 0].map(f).to_vec(), f(0)).unwrap().into(), 4);
		// Skill 3 (Substrate) builds on skills 0 and 1.
		let course = publish([0, 0, 0, 40], native(0), 0, 5);
		let score = |who| Cred::recommend_courses(&who, 1).unwrap()[0].recommendation.score;
		assert_eq!(score(LEARNER), Fixed::ZERO);
		issue(LEARNER, [50, 0, 0, 0], None);
		let rec = Cred::recommend_courses(&LEARNER, 1).unwrap();
		assert_eq!(rec[0].course.id, course);
		let m0 = MasteryParams::default().trace([50]);
		assert_eq!(
			rec[0].recommendation.score,
			Fixed::from_rational(i64::from(m0), 2 * i64::from(PPM)).unwrap(),
			"the mean of skill 0's mastery and skill 1's (none)"
		);
		// The answer is explained in skill names.
		assert_eq!(
			rec[0].fit,
			vec![SkillFit {
				skill: 3,
				name: b"Substrate".to_vec(),
				course_level: 40,
				learner_level: 0,
				mastery: 0
			}]
		);
	});
}

#[test]
fn an_unknown_or_retired_course_model_is_an_error() {
	run(|| {
		setup();
		publish([0; 4], native(0), 0, 5);
		let params = Params { course_model: Some(9), ..Parameters::<Test>::get() };
		assert_ok!(Cred::set_params(RuntimeOrigin::root(), params));
		assert_eq!(
			Cred::recommend_courses(&LEARNER, 3),
			Err(CourseRecommendError::Recommender(RecommendError::UnknownModel))
		);
		let f = |n: i32| Fixed::from_int(n);
		use_model(LinearRegression::new(vec![f(1); 4], f(0)).unwrap().into(), 4);
		assert_eq!(Cred::recommend_courses(&LEARNER, 3).unwrap().len(), 1);
		assert_ok!(Recommender::retire_model(RuntimeOrigin::root(), 0));
		assert_eq!(
			Cred::recommend_courses(&LEARNER, 3),
			Err(CourseRecommendError::Recommender(RecommendError::ModelRetired))
		);
	});
}

#[test]
fn no_candidate_is_no_recommendation_even_for_a_bad_model() {
	run(|| {
		setup();
		// Without any course to score, even a model of the wrong shape answers "nothing".
		let f = |n: i32| Fixed::from_int(n);
		use_model(LinearRegression::new(vec![f(1); 3], f(0)).unwrap().into(), 3);
		assert_eq!(Cred::recommend_courses(&LEARNER, 3), Ok(vec![]));
		publish([0; 4], native(0), 0, 5);
		assert_eq!(
			Cred::recommend_courses(&LEARNER, 3),
			Err(CourseRecommendError::Recommender(RecommendError::FeatureCountMismatch))
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Invariants.

/// On a fresh chain with one of everything, applies `corrupt` and reports whether `try_state`
/// notices.
fn detects(corrupt: impl FnOnce()) -> bool {
	new_test_ext().execute_with(|| {
		setup();
		assert_ok!(Cred::fund_rewards(signed(OTHER), 100 * UNIT));
		let course = publish([10, 0, 0, 0], native(UNIT), 5 * UNIT, 3);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::enroll(signed(OTHER), course));
		assert_ok!(Cred::complete_course(signed(SUB), course, LEARNER, claim(1), None));
		issue(OTHER, [0; 4], None);
		assert_ok!(Cred::do_try_state());
		corrupt();
		Cred::do_try_state().is_err()
	})
}

#[test]
fn try_state_detects_each_corruption() {
	// Sanity: no corruption, no complaint.
	assert!(!detects(|| ()));
	let course =
		|f: fn(&mut Course<Test>)| move || Courses::<Test>::mutate(0, |c| f(c.as_mut().unwrap()));
	assert!(detects(course(|c| c.enrolled = 1)), "enrolled count");
	assert!(detects(course(|c| c.completed = 0)), "completed count");
	assert!(detects(course(|c| c.capacity = 1)), "over capacity");
	assert!(detects(course(|c| c.open = false)), "open flag vs OpenCourses");
	assert!(detects(OpenCourses::<Test>::kill), "OpenCourses emptied");
	assert!(
		detects(|| OpenCourses::<Test>::put(BoundedVec::truncate_from(vec![0, 0]))),
		"listed twice"
	);
	assert!(detects(|| Courses::<Test>::remove(0)), "enrolments without a course");
	assert!(detects(|| NextCourseId::<Test>::put(0)), "course id above next");
	assert!(detects(|| NextCredentialId::<Test>::put(1)), "credential id above next");
	assert!(
		detects(|| crate::Credentials::<Test>::mutate(1, |c| c.as_mut().unwrap().deposit = 2)),
		"credential deposit differs from the hold"
	);
	assert!(
		detects(|| crate::Credentials::<Test>::mutate(1, |c| c.as_mut().unwrap().subject = 9)),
		"CredentialsOf differs"
	);
	assert!(
		detects(|| CredentialsOf::<Test>::remove(OTHER)),
		"a credential missing from its subject"
	);
	assert!(
		detects(|| Schemas::<Test>::mutate(schema(), |s| s.as_mut().unwrap().deposit = 0)),
		"schema deposit differs from the hold"
	);
	assert!(detects(|| RewardsPaid::<Test>::insert(LEARNER, 5 * UNIT + 1)), "overpaid learner");
	assert!(detects(|| RewardsPaid::<Test>::insert(OTHER, 1)), "paid without completion");
	assert!(
		detects(|| Delegates::<Test>::mutate(SUBSUB, |d| d.as_mut().unwrap().depth = 3)),
		"too deep"
	);
	assert!(
		detects(|| Delegates::<Test>::mutate(SUB, |d| d.as_mut().unwrap().depth = 0)),
		"depth 0"
	);
	assert!(
		detects(|| Delegates::<Test>::mutate(SUB, |d| d.as_mut().unwrap().issuer = 9)),
		"delegation without an issuer"
	);
	assert!(
		detects(|| Issuers::<Test>::insert(
			SUB,
			IssuerInfo { name: name("X"), status: IssuerStatus::Accredited, since: 1 }
		)),
		"an issuer that is a delegate"
	);
	assert!(detects(|| NextGrant::<Test>::put(1)), "grant above next");
}

// ---------------------------------------------------------------------------------------------
// Issue 16: sybils, insiders and spam.

#[test]
fn sybils_cannot_drain_the_reward_pot() {
	// Attack (item 1): a pot of 10,000 AGR, a free course with a 100 AGR reward, 100 fresh
	// accounts enrol and are completed. Before, the pot paid each of them: it was empty.
	run(|| {
		setup();
		assert_ok!(Balances::mint_into(&OTHER, 10_000 * UNIT));
		assert_ok!(Cred::fund_rewards(signed(OTHER), 10_000 * UNIT));
		let pot = free(Cred::pot_account());
		let course = publish([0; 4], native(0), 100 * UNIT, 1_000);
		for sybil in 100..200u64 {
			assert_ok!(Balances::mint_into(&sybil, UNIT));
			assert_ok!(Cred::enroll(signed(sybil), course));
			assert_ok!(Cred::complete_course(signed(ISSUER), course, sybil, claim(1), None));
			assert_eq!(free(sybil), UNIT, "a sybil earns nothing");
		}
		assert_eq!(free(Cred::pot_account()), pot, "the pot is untouched");
		// A provider gives away only what it escrowed: 100 AGR pays two and a half rewards.
		let funded = publish([0; 4], native(0), 40 * UNIT, 1_000);
		fund(funded, 100 * UNIT);
		for sybil in 100..104u64 {
			assert_ok!(Cred::enroll(signed(sybil), funded));
			assert_ok!(Cred::complete_course(signed(ISSUER), funded, sybil, claim(2), None));
		}
		let paid: Vec<u128> = (100..104u64).map(|s| free(s) - UNIT).collect();
		assert_eq!(paid, vec![40 * UNIT, 40 * UNIT, 20 * UNIT, 0]);
		assert_eq!(free(Cred::pot_account()), pot, "still only the provider's money went");
	});
}

#[test]
fn dust_left_in_a_budget_does_not_reap_the_pot() {
	// Attack (found in review of item 1): a provider funds its course with one reward plus less
	// than the existential deposit. The reward paid, the pot held only that dust, was reaped,
	// and the courses' budgets (`Earmarked`) exceeded what it held: the next provider's escrow
	// paid the difference.
	run(|| {
		ExistentialDeposit::set(1_000);
		setup();
		assert_eq!(free(Cred::pot_account()), 0);
		let course = publish([0; 4], native(0), 10 * UNIT, 5);
		fund(course, 10 * UNIT + 999);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_eq!(Courses::<Test>::get(course).unwrap().budget, 999);
		assert_eq!(Earmarked::<Test>::get(), 999);
		// The pot keeps its existential deposit beside the courses' budgets.
		assert_eq!(free(Cred::pot_account()), 999 + 1_000);
		assert!(Cred::pot_available() >= Earmarked::<Test>::get());
		// Closing and reclaiming leaves the pot alive too.
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		assert_ok!(Cred::reclaim_course_budget(signed(ISSUER), course));
		assert_eq!(free(Cred::pot_account()), 1_000);
		assert_eq!(Earmarked::<Test>::get(), 0);
	});
}

#[test]
fn unsolicited_credentials_cannot_lock_a_learner_out() {
	// Attack (item 5): an issuer fills a learner's slots (4 in the mock) with unsolicited
	// credentials, and the learner's real completions fail with `TooManyCredentials`.
	run(|| {
		MaxCredentialsPerIssuer::set(2);
		CompletionSlots::set(1);
		setup();
		assert_ok!(Cred::accredit_issuer(RuntimeOrigin::root(), OTHER, name("Spam U")));
		let course = publish([0; 4], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		let direct = |by: u64, n: u8| {
			Cred::issue_credential(signed(by), LEARNER, schema(), claim(n), skills([1; 4]), None)
		};
		// One issuer gives a subject at most two credentials directly (its delegates count
		// with it).
		assert_ok!(direct(ISSUER, 1));
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(direct(SUB, 2));
		assert_noop!(direct(ISSUER, 3), Error::<Test>::TooManyFromIssuer);
		assert_noop!(direct(SUB, 3), Error::<Test>::TooManyFromIssuer);
		assert_eq!(IssuedDirectly::<Test>::get(LEARNER, ISSUER), 2);
		// Direct issuance never takes the slot kept for completions.
		assert_ok!(direct(OTHER, 4));
		assert_noop!(direct(OTHER, 5), Error::<Test>::SlotsReservedForCompletions);
		// The completion the learner asked for goes through.
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(6), None));
		assert_eq!(CredentialsOf::<Test>::get(LEARNER).len(), 4);
		// The learner removes what it did not want; the issuer's count goes down. Direct
		// issuance fills the slots while the learner holds fewer than 3 (4 − the reserved one).
		assert_ok!(Cred::remove_credential(signed(LEARNER), 0));
		assert_eq!(IssuedDirectly::<Test>::get(LEARNER, ISSUER), 1);
		assert_noop!(direct(ISSUER, 7), Error::<Test>::SlotsReservedForCompletions);
		assert_ok!(Cred::remove_credential(signed(LEARNER), 2));
		assert_eq!(IssuedDirectly::<Test>::get(LEARNER, OTHER), 0);
		assert_ok!(direct(ISSUER, 7));
		assert_eq!(IssuedDirectly::<Test>::get(LEARNER, ISSUER), 2);
	});
}

#[test]
fn delegations_are_paid_for_and_their_deposits_come_back() {
	// Item 5: delegation records took no deposit, so a delegate could write them for free.
	run(|| {
		setup();
		let before = free(ISSUER);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_eq!(held(HoldReason::DelegationDeposit, ISSUER), UNIT);
		assert_eq!(free(ISSUER), before - UNIT);
		assert_eq!(DelegationDeposits::<Test>::get(SUB), Some((ISSUER, UNIT)));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_eq!(held(HoldReason::DelegationDeposit, SUB), UNIT);
		// A delegate without the deposit cannot delegate.
		assert_ok!(Cred::add_delegate(signed(ISSUER), 20));
		assert_noop!(Cred::add_delegate(signed(20), 21), Error::<Test>::InsufficientDeposit);
		// The issuer removes SUB: SUBSUB's grant is void, and SUB (who paid for it) reclaims
		// its deposit by removing the void record.
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		assert_eq!(held(HoldReason::DelegationDeposit, ISSUER), UNIT, "20's deposit stays");
		assert!(Cred::valid_delegation(&SUBSUB).is_none());
		assert_noop!(Cred::remove_delegate(signed(OTHER), SUBSUB), Error::<Test>::NotDelegator);
		assert_ok!(Cred::remove_delegate(signed(SUB), SUBSUB));
		assert_eq!(held(HoldReason::DelegationDeposit, SUB), 0);
		assert!(DelegationDeposits::<Test>::get(SUBSUB).is_none());
		// Overwriting a void record returns the old deposit.
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUBSUB));
		assert_eq!(held(HoldReason::DelegationDeposit, SUB), 0);
		assert_eq!(DelegationDeposits::<Test>::get(SUBSUB), Some((ISSUER, UNIT)));
	});
}

#[test]
fn a_schema_s_creator_deregisters_it_when_no_open_course_uses_it() {
	// Item 4: schema deposits were held for ever.
	run(|| {
		setup();
		assert_eq!(held(HoldReason::SchemaDeposit, ISSUER), 10 * UNIT);
		let course = publish([0; 4], native(0), 0, 5);
		assert_noop!(
			Cred::deregister_schema(signed(OTHER), schema()),
			Error::<Test>::NotSchemaCreator
		);
		assert_noop!(Cred::deregister_schema(signed(ISSUER), schema()), Error::<Test>::SchemaInUse);
		assert_noop!(
			Cred::deregister_schema(signed(ISSUER), H256::repeat_byte(9)),
			Error::<Test>::UnknownSchema
		);
		let id = issue(LEARNER, [1; 4], None);
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		assert_ok!(Cred::deregister_schema(signed(ISSUER), schema()));
		System::assert_last_event(
			Event::SchemaDeregistered { schema: schema(), deposit_returned: 10 * UNIT }.into(),
		);
		assert_eq!(held(HoldReason::SchemaDeposit, ISSUER), 0);
		// Its credentials keep verifying; new ones need it registered again.
		assert_eq!(Cred::verify(id).status, CredentialStatus::Valid);
		assert_noop!(
			Cred::issue_credential(
				signed(ISSUER),
				LEARNER,
				schema(),
				claim(2),
				skills([0; 4]),
				None
			),
			Error::<Test>::UnknownSchema
		);
	});
}

#[test]
fn deregistering_a_schema_does_not_strand_enrolled_learners() {
	// Attack (review of item 4): a provider closes a course with learners still enrolled, the
	// schema's creator deregisters the schema, and every completion failed with UnknownSchema.
	run(|| {
		setup();
		let course = publish([0; 4], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		assert_ok!(Cred::deregister_schema(signed(ISSUER), schema()));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
	});
}

#[test]
fn a_deposit_taker_cannot_erase_a_revoked_credential() {
	// Attack (review of item 4): an ancestor delegate revokes a credential its sub-delegate
	// signed, takes over the deposit and removes the record; governance could no longer
	// reinstate it. Removal after revocation is for the issuer and the original signer.
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::issue_credential(
			signed(SUBSUB),
			LEARNER,
			schema(),
			claim(1),
			skills([1; 4]),
			None
		));
		assert_ok!(Cred::revoke_credential(signed(SUB), 0, RevocationReason::Misconduct));
		assert_ok!(Cred::change_deposit_owner(signed(SUB), 0));
		assert_noop!(Cred::remove_credential(signed(SUB), 0), Error::<Test>::NotSubject);
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), 0));
		assert_eq!(Cred::verify(0).status, CredentialStatus::Valid);
	});
}

#[test]
fn the_issuer_takes_over_a_removed_delegate_s_deposit() {
	// Item 4: a removed delegate's credential deposits were stuck: it may no longer act on
	// the credential, and only the subject (or, once revoked, the issuer) could remove it.
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::issue_credential(
			signed(SUB),
			LEARNER,
			schema(),
			claim(1),
			skills([1; 4]),
			None
		));
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), UNIT);
		assert_ok!(Cred::remove_delegate(signed(ISSUER), SUB));
		assert_noop!(Cred::change_deposit_owner(signed(SUB), 0), Error::<Test>::NotIssuer);
		assert_noop!(Cred::change_deposit_owner(signed(OTHER), 0), Error::<Test>::NotIssuer);
		assert_ok!(Cred::change_deposit_owner(signed(ISSUER), 0));
		System::assert_last_event(
			Event::CredentialDepositOwnerChanged { id: 0, previous: SUB, depositor: ISSUER }.into(),
		);
		assert_eq!(held(HoldReason::CredentialDeposit, SUB), 0);
		assert_eq!(held(HoldReason::CredentialDeposit, ISSUER), UNIT);
		assert_noop!(
			Cred::change_deposit_owner(signed(ISSUER), 0),
			Error::<Test>::AlreadyDepositor
		);
		assert_eq!(Cred::verify(0).status, CredentialStatus::Valid);
	});
}

#[test]
fn nobody_in_the_providers_tree_completes_their_own_enrolment() {
	// Attack (item 1): a delegate enrols itself and completes its own enrolment.
	run(|| {
		setup();
		let course = publish([0; 4], native(0), 10 * UNIT, 5);
		fund(course, 100 * UNIT);
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		// Delegates (at any depth) cannot enrol in their issuer's courses...
		assert_noop!(Cred::enroll(signed(SUB), course), Error::<Test>::OwnCourse);
		assert_noop!(Cred::enroll(signed(SUBSUB), course), Error::<Test>::OwnCourse);
		assert_noop!(Cred::enroll(signed(ISSUER), course), Error::<Test>::OwnCourse);
		// ...and one who enrolled before becoming a delegate cannot be completed.
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::add_delegate(signed(SUB), LEARNER));
		assert_noop!(
			Cred::complete_course(signed(LEARNER), course, LEARNER, claim(1), None),
			Error::<Test>::SelfDealing
		);
		assert_noop!(
			Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None),
			Error::<Test>::SelfDealing
		);
		// Once out of the tree, an honest completion pays.
		assert_ok!(Cred::remove_delegate(signed(ISSUER), LEARNER));
		assert_ok!(Cred::complete_course(signed(SUB), course, LEARNER, claim(1), None));
		assert_eq!(RewardsPaid::<Test>::get(LEARNER), 10 * UNIT);
	});
}

#[test]
fn governance_grants_the_pot_to_courses_of_trusted_schemas_only() {
	run(|| {
		setup();
		assert_ok!(Cred::fund_rewards(signed(OTHER), 100 * UNIT));
		let course = publish([0; 4], native(0), 10 * UNIT, 5);
		assert_noop!(Cred::grant_course_rewards(signed(ISSUER), course, UNIT), BadOrigin);
		assert_noop!(
			Cred::grant_course_rewards(RuntimeOrigin::root(), course, UNIT),
			Error::<Test>::SchemaNotTrusted
		);
		let lending_only = SchemaTrust { lending: true, rewards: false };
		assert_ok!(Cred::set_schema_trust(RuntimeOrigin::root(), schema(), lending_only));
		assert_noop!(
			Cred::grant_course_rewards(RuntimeOrigin::root(), course, UNIT),
			Error::<Test>::SchemaNotTrusted
		);
		trust_schema();
		System::assert_last_event(
			Event::SchemaTrustSet {
				schema: schema(),
				trust: SchemaTrust { lending: true, rewards: true },
			}
			.into(),
		);
		assert_noop!(
			Cred::grant_course_rewards(RuntimeOrigin::root(), course, 0),
			Error::<Test>::ZeroAmount
		);
		// The pot keeps its existential deposit (the first funder paid it): 100 AGR can be
		// granted, not more.
		assert_noop!(
			Cred::grant_course_rewards(RuntimeOrigin::root(), course, 100 * UNIT + 1),
			Error::<Test>::InsufficientPot
		);
		assert_ok!(Cred::grant_course_rewards(RuntimeOrigin::root(), course, 60 * UNIT));
		System::assert_last_event(Event::RewardsGranted { course, amount: 60 * UNIT }.into());
		// What is granted is no longer grantable.
		assert_noop!(
			Cred::grant_course_rewards(RuntimeOrigin::root(), course, 40 * UNIT + 1),
			Error::<Test>::InsufficientPot
		);
		assert_eq!(Cred::pot_unallocated(), 40 * UNIT);
		// The provider's budget pays first, then the grant.
		fund(course, 5 * UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		let c = Courses::<Test>::get(course).unwrap();
		assert_eq!((c.budget, c.granted), (0, 55 * UNIT));
		// Removing the trust removes the entry.
		assert_ok!(Cred::set_schema_trust(RuntimeOrigin::root(), schema(), SchemaTrust::default()));
		assert!(TrustedSchemas::<Test>::get(schema()).is_none());
		assert_noop!(
			Cred::set_schema_trust(signed(ISSUER), schema(), SchemaTrust::default()),
			BadOrigin
		);
	});
}

#[test]
fn a_closed_course_returns_what_its_learners_can_no_longer_earn() {
	run(|| {
		setup();
		trust_schema();
		assert_ok!(Cred::fund_rewards(signed(OTHER), 100 * UNIT));
		let course = publish([0; 4], native(0), 10 * UNIT, 5);
		assert_ok!(Cred::grant_course_rewards(RuntimeOrigin::root(), course, 15 * UNIT));
		fund(course, 20 * UNIT);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::enroll(signed(OTHER), course));
		assert_noop!(
			Cred::reclaim_course_budget(signed(ISSUER), course),
			Error::<Test>::CourseOpen
		);
		assert_ok!(Cred::close_course(signed(ISSUER), course));
		assert_noop!(
			Cred::reclaim_course_budget(signed(OTHER), course),
			Error::<Test>::NotProvider
		);
		// 35 held, 2 × 10 owed to the enrolled learners: 15 come back, the grant first.
		let provider = free(ISSUER);
		let unallocated = Cred::pot_unallocated();
		assert_ok!(Cred::reclaim_course_budget(signed(ISSUER), course));
		System::assert_last_event(
			Event::CourseBudgetReclaimed { course, to_provider: 0, to_pot: 15 * UNIT }.into(),
		);
		assert_eq!(Cred::pot_unallocated(), unallocated + 15 * UNIT);
		assert_eq!(free(ISSUER), provider);
		assert_noop!(
			Cred::reclaim_course_budget(signed(ISSUER), course),
			Error::<Test>::NothingToReclaim
		);
		// One learner completes; the other's reward is still owed.
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_eq!(Courses::<Test>::get(course).unwrap().budget, 10 * UNIT);
		assert_noop!(
			Cred::reclaim_course_budget(signed(ISSUER), course),
			Error::<Test>::NothingToReclaim
		);
	});
}

#[test]
fn self_issued_and_untrusted_credentials_do_not_raise_the_lending_score() {
	// Attack (item 2): an unvetted delegate issues credentials to itself (or to anyone) to
	// raise the borrower score the lending pallet counts.
	use agora_primitives::credentials::CredentialsInspect;
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		let count = |who| <Cred as CredentialsInspect<u64>>::valid_credentials(&who, 100);
		// Untrusted schema: nothing counts.
		assert_ok!(try_issue_by(SUB, LEARNER));
		assert_eq!(count(LEARNER), 0);
		trust_schema();
		assert_eq!(count(LEARNER), 1);
		// Issued to itself by the signer, or to the issuer itself: never counted.
		for _ in 0..2 {
			assert_ok!(try_issue_by(SUB, SUB));
		}
		issue(ISSUER, [1; 4], None);
		assert_eq!(Cred::of_subject(&SUB).len(), 2, "they exist and verify");
		assert_eq!(count(SUB), 0);
		assert_eq!(count(ISSUER), 0);
		// Review finding: the issuer issuing to its own delegate (or delegates to each other)
		// is self-issuance too.
		assert_ok!(Cred::add_delegate(signed(ISSUER), 6));
		issue(6, [1; 4], None);
		assert_ok!(try_issue_by(SUB, 6));
		assert_eq!(count(6), 0);
		// Another registered schema, never trusted: not counted.
		let other = H256::repeat_byte(2);
		assert_ok!(Cred::register_schema(signed(OTHER), other));
		assert_ok!(Cred::issue_credential(
			signed(SUB),
			LEARNER,
			other,
			claim(9),
			skills([1; 4]),
			None
		));
		assert_eq!(count(LEARNER), 1);
	});
}

#[test]
fn credentials_are_suspended_and_reinstated_by_current_authority() {
	// Item 3: W3C status purpose `suspension` beside `revocation`.
	run(|| {
		setup();
		assert_ok!(Cred::add_delegate(signed(ISSUER), SUB));
		assert_ok!(Cred::add_delegate(signed(SUB), SUBSUB));
		assert_ok!(Cred::add_delegate(signed(ISSUER), 6));
		assert_ok!(try_issue_by(SUBSUB, LEARNER));
		// A sibling, the subject and strangers have no authority; the signer's ancestors do.
		assert_noop!(Cred::suspend_credential(signed(6), 0), Error::<Test>::NotIssuer);
		assert_noop!(Cred::suspend_credential(signed(LEARNER), 0), Error::<Test>::NotIssuer);
		assert_noop!(Cred::suspend_credential(signed(SUB), 9), Error::<Test>::UnknownCredential);
		assert_noop!(
			Cred::reinstate_credential(signed(SUB), 0),
			Error::<Test>::CredentialNotSuspended
		);
		assert_ok!(Cred::suspend_credential(signed(SUB), 0));
		System::assert_last_event(Event::CredentialSuspended { id: 0 }.into());
		assert_eq!(Cred::verify(0).status, CredentialStatus::Suspended);
		assert_eq!(profile(LEARNER), vec![0; 4], "a suspended one does not count");
		assert_noop!(
			Cred::suspend_credential(signed(ISSUER), 0),
			Error::<Test>::CredentialAlreadySuspended
		);
		assert_ok!(Cred::reinstate_credential(signed(SUBSUB), 0));
		System::assert_last_event(Event::CredentialReinstated { id: 0 }.into());
		assert_eq!(Cred::verify(0).status, CredentialStatus::Valid);
		// Suspended, then revoked: the revocation wins and the suspension goes.
		assert_ok!(Cred::suspend_credential(signed(ISSUER), 0));
		assert_ok!(Cred::revoke_credential(signed(SUB), 0, RevocationReason::Misconduct));
		assert!(!Suspensions::<Test>::contains_key(0));
		assert_noop!(Cred::suspend_credential(signed(ISSUER), 0), Error::<Test>::AlreadyRevoked);
	});
}

#[test]
fn governance_reverses_a_wrongful_revocation_even_of_a_removed_record() {
	// Item 3: a revocation could never be undone, not even by governance.
	run(|| {
		setup();
		let id = issue(LEARNER, [1; 4], None);
		let removed = issue(LEARNER, [1; 4], None);
		assert_noop!(
			Cred::reverse_revocation(RuntimeOrigin::root(), id),
			Error::<Test>::NotRevoked
		);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), id, RevocationReason::Misconduct));
		assert_ok!(Cred::revoke_credential(signed(ISSUER), removed, RevocationReason::Misconduct));
		assert_ok!(Cred::remove_credential(signed(LEARNER), removed));
		assert_eq!(
			Cred::verify(removed).status,
			CredentialStatus::Revoked(RevocationReason::Misconduct)
		);
		assert_noop!(Cred::reverse_revocation(signed(ISSUER), id), BadOrigin);
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), id));
		System::assert_last_event(Event::RevocationReversed { id }.into());
		assert_eq!(Cred::verify(id).status, CredentialStatus::Valid);
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), removed));
		assert_eq!(Cred::verify(removed).status, CredentialStatus::Unknown);
		assert_noop!(
			Cred::reverse_revocation(RuntimeOrigin::root(), removed),
			Error::<Test>::NotRevoked
		);
	});
}

// ---- Issue 19: the skill taxonomy, mastery, requirements, learning paths, status lists ----

fn sl(skill: SkillId, level: u8) -> SkillLevel {
	SkillLevel { skill, level }
}
fn prereqs(p: &[SkillId]) -> PrerequisitesOf<Test> {
	p.to_vec().try_into().unwrap()
}
fn skill_list(l: &[(SkillId, u8)]) -> SkillsOf<Test> {
	l.iter().map(|(s, v)| sl(*s, *v)).collect::<Vec<_>>().try_into().unwrap()
}
/// Publishes a course by ISSUER teaching and requiring the given skills; returns its id.
fn publish_requiring(teaches: &[(SkillId, u8)], requires: &[(SkillId, u8)]) -> CourseId {
	let id = NextCourseId::<Test>::get();
	assert_ok!(Cred::publish_course(
		signed(ISSUER),
		name("Course"),
		schema(),
		skill_list(teaches),
		skill_list(requires),
		native(0),
		0,
		10
	));
	id
}
/// ISSUER issues `subject` a credential attesting `skills`; returns its id.
fn attest(subject: u64, skills: &[(SkillId, u8)]) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Cred::issue_credential(
		signed(ISSUER),
		subject,
		schema(),
		claim(id as u8),
		skill_list(skills),
		None
	));
	id
}

#[test]
fn governance_curates_the_taxonomy_and_refuses_cycles() {
	run(|| {
		let alignment = Alignment::<Test> {
			framework: name("ESCO"),
			code: name("S1.2.3"),
			url: b"https://esco.ec.europa.eu/skill/123".to_vec().try_into().unwrap(),
		};
		assert_noop!(
			Cred::register_skill(signed(ISSUER), name("Zk"), None, prereqs(&[])),
			BadOrigin
		);
		assert_noop!(
			Cred::register_skill(RuntimeOrigin::root(), name(""), None, prereqs(&[])),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			Cred::register_skill(RuntimeOrigin::root(), name("Zk"), None, prereqs(&[9])),
			Error::<Test>::UnknownSkill
		);
		assert_noop!(
			Cred::register_skill(RuntimeOrigin::root(), name("Zk"), None, prereqs(&[2, 2])),
			Error::<Test>::DuplicateSkill
		);
		assert_ok!(Cred::register_skill(
			RuntimeOrigin::root(),
			name("Zero knowledge"),
			Some(alignment.clone()),
			prereqs(&[2, 3])
		));
		System::assert_last_event(Event::SkillRegistered { skill: 4 }.into());
		let view = &Cred::skill_views(4, 10)[0];
		assert_eq!(
			(view.id, view.name.as_slice(), view.prerequisites.as_slice()),
			(4, &b"Zero knowledge"[..], &[2, 3][..])
		);
		assert_eq!(view.alignment.as_ref().unwrap().code, b"S1.2.3".to_vec());
		// 0 → 3 → 4: making 0 build on 4 (or on itself) would close a cycle.
		assert_noop!(
			Cred::set_prerequisites(RuntimeOrigin::root(), 0, prereqs(&[4])),
			Error::<Test>::PrerequisiteCycle
		);
		assert_noop!(
			Cred::set_prerequisites(RuntimeOrigin::root(), 1, prereqs(&[1])),
			Error::<Test>::PrerequisiteCycle
		);
		assert_noop!(
			Cred::set_prerequisites(RuntimeOrigin::root(), 9, prereqs(&[])),
			Error::<Test>::UnknownSkill
		);
		assert_ok!(Cred::set_prerequisites(RuntimeOrigin::root(), 2, prereqs(&[0])));
		assert_eq!(Skills::<Test>::get(2).unwrap().prerequisites.into_inner(), vec![0]);
		assert_ok!(Cred::update_skill(RuntimeOrigin::root(), 2, name("Applied crypto"), None));
		assert_eq!(Skills::<Test>::get(2).unwrap().name, name("Applied crypto"));
		assert_ok!(Cred::retire_skill(RuntimeOrigin::root(), 2));
		assert_noop!(Cred::retire_skill(RuntimeOrigin::root(), 2), Error::<Test>::SkillRetired);
		// The taxonomy is bounded.
		for i in 5..MaxSkills::get() {
			assert_ok!(Cred::register_skill(
				RuntimeOrigin::root(),
				name(&format!("S{i}")),
				None,
				prereqs(&[])
			));
		}
		assert_noop!(
			Cred::register_skill(RuntimeOrigin::root(), name("One too many"), None, prereqs(&[])),
			Error::<Test>::TooManySkills
		);
	});
}

#[test]
fn mastery_rises_with_each_credential_and_falls_back_when_one_is_revoked() {
	run(|| {
		setup();
		let p = MasteryParams::default();
		let a = attest(LEARNER, &[(0, 60), (1, 30)]);
		let m1 = Mastery::<Test>::get(LEARNER, 0).unwrap();
		assert_eq!((m1.level, m1.mastery), (60, p.trace([60])));
		let b = attest(LEARNER, &[(0, 90)]);
		let m2 = Mastery::<Test>::get(LEARNER, 0).unwrap();
		assert_eq!((m2.level, m2.mastery), (90, p.trace([60, 90])));
		assert!(m2.mastery > m1.mastery);
		assert_eq!(m2.evidence.into_inner(), vec![(a, 60, None), (b, 90, None)]);
		// Revoking the first: mastery is what the second alone supports.
		assert_ok!(Cred::revoke_credential(signed(ISSUER), a, RevocationReason::Misconduct));
		let m3 = Mastery::<Test>::get(LEARNER, 0).unwrap();
		assert_eq!((m3.level, m3.mastery), (90, p.trace([90])));
		assert!(Mastery::<Test>::get(LEARNER, 1).is_none(), "no evidence left for skill 1");
		// Suspending the second leaves nothing; reinstating brings it back.
		assert_ok!(Cred::suspend_credential(signed(ISSUER), b));
		assert!(Mastery::<Test>::get(LEARNER, 0).is_none());
		assert_ok!(Cred::reinstate_credential(signed(ISSUER), b));
		assert_eq!(Mastery::<Test>::get(LEARNER, 0).unwrap().mastery, p.trace([90]));
		// Governance reverses the revocation: the evidence is whole again, in issuance order.
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), a));
		assert_eq!(Mastery::<Test>::get(LEARNER, 0).unwrap().mastery, p.trace([60, 90]));
		// The learner removes one: it no longer counts.
		assert_ok!(Cred::remove_credential(signed(LEARNER), b));
		assert_eq!(Mastery::<Test>::get(LEARNER, 0).unwrap().mastery, p.trace([60]));
		// The profile shows the evidence with its status.
		let profile = Cred::learner_profile(&LEARNER);
		assert_eq!(profile.len(), 2);
		assert_eq!(
			(profile[0].skill, profile[0].level, profile[0].mastery),
			(0, 60, p.trace([60]))
		);
		assert_eq!(profile[0].stored_mastery, profile[0].mastery);
		assert_eq!(profile[0].evidence.len(), 1);
		assert_eq!(profile[0].name, b"Rust".to_vec());
		// An expiry is seen by the views at once (the stored estimate waits for an update).
		assert_ok!(Cred::issue_credential(
			signed(ISSUER),
			LEARNER,
			schema(),
			claim(9),
			skill_list(&[(2, 80)]),
			Some(NOW + 10)
		));
		pallet_timestamp::Now::<Test>::put(NOW + 10);
		let crypto = Cred::learner_profile(&LEARNER).into_iter().find(|m| m.skill == 2).unwrap();
		assert_eq!((crypto.level, crypto.mastery), (0, 0));
		assert_eq!(crypto.evidence[0].status, CredentialStatus::Expired);
		assert_eq!(crypto.stored_mastery, p.trace([80]));
	});
}

#[test]
fn governance_sets_the_mastery_model_within_its_bounds() {
	run(|| {
		let bad = MasteryParams { slip: 600_000, ..Default::default() };
		assert_noop!(Cred::set_mastery_params(signed(ISSUER), bad), BadOrigin);
		assert_noop!(
			Cred::set_mastery_params(RuntimeOrigin::root(), bad),
			Error::<Test>::InvalidMasteryParams
		);
		let quick = MasteryParams { init: 200_000, transit: 300_000, slip: 50_000, guess: 100_000 };
		assert_ok!(Cred::set_mastery_params(RuntimeOrigin::root(), quick));
		setup();
		attest(LEARNER, &[(0, 100)]);
		assert_eq!(Mastery::<Test>::get(LEARNER, 0).unwrap().mastery, quick.trace([100]));
	});
}

#[test]
fn a_course_with_requirements_is_neither_recommended_nor_open_until_they_are_met() {
	run(|| {
		setup();
		let f = |n: i32| Fixed::from_int(n);
		use_model(LinearRegression::new([0, 0, 1, 0].map(f).to_vec(), f(0)).unwrap().into(), 4);
		let intro = publish_requiring(&[(0, 50)], &[]);
		let advanced = publish_requiring(&[(3, 70)], &[(0, 50), (1, 30)]);
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![intro]);
		let missing = Cred::course_readiness(&LEARNER, advanced).unwrap();
		assert_eq!(
			missing.iter().map(|m| (m.skill, m.required, m.level)).collect::<Vec<_>>(),
			vec![(0, 50, 0), (1, 30, 0)]
		);
		assert_noop!(Cred::enroll(signed(LEARNER), advanced), Error::<Test>::RequirementsNotMet);
		assert_eq!(Cred::course_readiness(&LEARNER, 99), None);
		// Half the requirements: still closed to the learner.
		attest(LEARNER, &[(0, 50)]);
		assert_eq!(Cred::course_readiness(&LEARNER, advanced).unwrap().len(), 1);
		assert_noop!(Cred::enroll(signed(LEARNER), advanced), Error::<Test>::RequirementsNotMet);
		let c = attest(LEARNER, &[(1, 40)]);
		assert!(Cred::course_readiness(&LEARNER, advanced).unwrap().is_empty());
		assert_eq!(ids_of(&Cred::recommend_courses(&LEARNER, 10).unwrap()), vec![advanced, intro]);
		// A revoked prerequisite credential closes the course again.
		assert_ok!(Cred::revoke_credential(signed(ISSUER), c, RevocationReason::IssuedInError));
		assert_noop!(Cred::enroll(signed(LEARNER), advanced), Error::<Test>::RequirementsNotMet);
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), c));
		assert_ok!(Cred::enroll(signed(LEARNER), advanced));
	});
}

#[test]
fn the_learning_path_is_the_fewest_open_courses_in_prerequisite_order() {
	run(|| {
		setup();
		let basics = publish_requiring(&[(0, 60)], &[]);
		let algo = publish_requiring(&[(1, 50)], &[]);
		let pallets = publish_requiring(&[(3, 80)], &[(0, 50), (1, 50)]);
		let path = Cred::learning_path(&LEARNER, 3, 80).unwrap();
		assert_eq!(
			path.steps.iter().map(|c| c.id).collect::<Vec<_>>(),
			vec![basics, algo, pallets]
		);
		assert_eq!(path.reached, 80);
		attest(LEARNER, &[(1, 70)]);
		let path = Cred::learning_path(&LEARNER, 3, 60).unwrap();
		assert_eq!(path.steps.iter().map(|c| c.id).collect::<Vec<_>>(), vec![basics, pallets]);
		assert!(Cred::learning_path(&LEARNER, 1, 70).unwrap().steps.is_empty(), "reached");
		assert_eq!(Cred::learning_path(&LEARNER, 3, 90), Err(PathError::Unreachable));
		assert_eq!(Cred::learning_path(&LEARNER, 3, 0), Err(PathError::LevelOutOfRange));
		assert_eq!(Cred::learning_path(&LEARNER, 3, 101), Err(PathError::LevelOutOfRange));
		assert_eq!(Cred::learning_path(&LEARNER, 42, 10), Err(PathError::UnknownSkill));
	});
}

#[test]
fn status_lists_follow_revocation_and_suspension() {
	run(|| {
		setup();
		assert_eq!(Cred::status_lists(&ISSUER), None);
		let ids: Vec<_> = (0..3).map(|_| attest(LEARNER, &[(0, 10)])).collect();
		assert_eq!(crate::Credentials::<Test>::get(ids[2]).unwrap().status_index, 2);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), ids[1], RevocationReason::Superseded));
		assert_ok!(Cred::suspend_credential(signed(ISSUER), ids[2]));
		let lists = Cred::status_lists(&ISSUER).unwrap();
		assert_eq!(lists.length, 3);
		assert_eq!(lists.revocation, vec![0b0100_0000]);
		assert_eq!(lists.suspension, vec![0b0010_0000]);
		// Reinstated and reversed: the bits clear, and empty chunks are removed.
		assert_ok!(Cred::reinstate_credential(signed(ISSUER), ids[2]));
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), ids[1]));
		assert_eq!(Cred::status_lists(&ISSUER).unwrap().revocation, vec![0]);
		assert_eq!(StatusBits::<Test>::iter().count(), 0);
		// Indices are per issuer.
		accredit(7, "Other");
		let other = NextCredentialId::<Test>::get();
		assert_ok!(Cred::issue_credential(
			signed(7),
			LEARNER,
			schema(),
			claim(9),
			no_skills(),
			None
		));
		assert_eq!(crate::Credentials::<Test>::get(other).unwrap().status_index, 0);
	});
}

#[test]
fn a_bit_far_down_the_list_lands_in_its_own_chunk() {
	run(|| {
		setup();
		let index = STATUS_CHUNK_BYTES * 8 + 9;
		Cred::set_status(&ISSUER, StatusPurpose::Revocation, index, true);
		assert!(Cred::status_bit(&ISSUER, StatusPurpose::Revocation, index));
		assert!(!Cred::status_bit(&ISSUER, StatusPurpose::Revocation, index - 1));
		assert_eq!(
			StatusBits::<Test>::get((ISSUER, StatusPurpose::Revocation, 1)).unwrap().into_inner(),
			vec![0, 0b0100_0000]
		);
		Cred::set_status(&ISSUER, StatusPurpose::Revocation, index, false);
		assert_eq!(StatusBits::<Test>::iter().count(), 0);
	});
}

#[test]
fn retiring_a_skill_does_not_lock_enrolled_learners_out_of_completion() {
	run(|| {
		setup();
		let course = publish_requiring(&[(2, 40)], &[]);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
		assert_ok!(Cred::retire_skill(RuntimeOrigin::root(), 2));
		assert_ok!(Cred::complete_course(signed(ISSUER), course, LEARNER, claim(1), None));
		assert_eq!(Mastery::<Test>::get(LEARNER, 2).unwrap().level, 40);
		// New credentials cannot name it.
		assert_noop!(
			Cred::issue_credential(
				signed(ISSUER),
				LEARNER,
				schema(),
				claim(2),
				skill_list(&[(2, 10)]),
				None
			),
			Error::<Test>::SkillRetired
		);
		// Nor can new prerequisites.
		assert_noop!(
			Cred::register_skill(RuntimeOrigin::root(), name("After"), None, prereqs(&[2])),
			Error::<Test>::SkillRetired
		);
	});
}

#[test]
fn every_order_of_suspension_revocation_removal_and_reversal_keeps_the_books() {
	// `run` checks `try_state` (mastery evidence and status bits against the credentials)
	// after each scenario.
	let p = MasteryParams::default();
	// Suspended, then revoked, then reversed: it counts again, no bit left set.
	run(|| {
		setup();
		let c = attest(LEARNER, &[(0, 70)]);
		assert_ok!(Cred::suspend_credential(signed(ISSUER), c));
		assert_ok!(Cred::revoke_credential(signed(ISSUER), c, RevocationReason::Misconduct));
		assert!(!Cred::status_bit(&ISSUER, StatusPurpose::Suspension, 0));
		assert!(Cred::status_bit(&ISSUER, StatusPurpose::Revocation, 0));
		assert!(Mastery::<Test>::get(LEARNER, 0).is_none());
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), c));
		assert_eq!(Mastery::<Test>::get(LEARNER, 0).unwrap().mastery, p.trace([70]));
		assert_eq!(StatusBits::<Test>::iter().count(), 0);
	});
	// Suspended, then removed: the suspension bit clears, the revocation bit says the chain
	// no longer vouches for it.
	run(|| {
		setup();
		let c = attest(LEARNER, &[(0, 70)]);
		assert_ok!(Cred::suspend_credential(signed(ISSUER), c));
		assert_ok!(Cred::remove_credential(signed(LEARNER), c));
		assert!(!Cred::status_bit(&ISSUER, StatusPurpose::Suspension, 0));
		assert!(Cred::status_bit(&ISSUER, StatusPurpose::Revocation, 0));
		assert!(Mastery::<Test>::get(LEARNER, 0).is_none());
	});
	// Revoked, removed by the issuer, reversed: the id no longer verifies as revoked, and the
	// list still says the chain does not vouch for it.
	run(|| {
		setup();
		let c = attest(LEARNER, &[(0, 70)]);
		let keep = attest(LEARNER, &[(0, 40)]);
		assert_ok!(Cred::revoke_credential(signed(ISSUER), c, RevocationReason::Misconduct));
		assert_ok!(Cred::remove_credential(signed(ISSUER), c));
		assert_ok!(Cred::reverse_revocation(RuntimeOrigin::root(), c));
		assert_eq!(Cred::verify(c).status, CredentialStatus::Unknown);
		assert!(Cred::status_bit(&ISSUER, StatusPurpose::Revocation, 0));
		assert_eq!(
			Mastery::<Test>::get(LEARNER, 0).unwrap().evidence.into_inner(),
			vec![(keep, 40, None)]
		);
	});
	// Removed while valid: it stops counting and its revocation bit is set.
	run(|| {
		setup();
		let c = attest(LEARNER, &[(0, 70), (1, 20)]);
		assert_ok!(Cred::remove_credential(signed(LEARNER), c));
		assert!(Mastery::<Test>::iter().next().is_none());
		assert_eq!(Cred::status_lists(&ISSUER).unwrap().revocation, vec![0b1000_0000]);
	});
}

#[test]
fn enrolment_sees_expired_credentials_and_suspended_issuers() {
	run(|| {
		setup();
		let course = publish_requiring(&[(1, 50)], &[(0, 50)]);
		// Expired: the record still holds it, the gate does not count it.
		let id = NextCredentialId::<Test>::get();
		assert_ok!(Cred::issue_credential(
			signed(ISSUER),
			LEARNER,
			schema(),
			claim(1),
			skill_list(&[(0, 80)]),
			Some(NOW + 10)
		));
		assert_eq!(
			Mastery::<Test>::get(LEARNER, 0).unwrap().evidence.into_inner(),
			vec![(id, 80, Some(NOW + 10))]
		);
		pallet_timestamp::Now::<Test>::put(NOW + 10);
		assert_noop!(Cred::enroll(signed(LEARNER), course), Error::<Test>::RequirementsNotMet);
		// From an issuer suspended since: not counted either.
		accredit(7, "Mill");
		assert_ok!(Cred::issue_credential(
			signed(7),
			LEARNER,
			schema(),
			claim(2),
			skill_list(&[(0, 90)]),
			None
		));
		assert_ok!(Cred::suspend_issuer(RuntimeOrigin::root(), 7));
		assert_noop!(Cred::enroll(signed(LEARNER), course), Error::<Test>::RequirementsNotMet);
		// A valid one at the required level opens it.
		attest(LEARNER, &[(0, 50)]);
		assert_ok!(Cred::enroll(signed(LEARNER), course));
	});
}
