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
use sp_runtime::{DispatchError::BadOrigin, TokenError};

/// The pallet (the mock's `Credentials` shares its name with the storage item).
type Cred = crate::Pallet<Test>;

const SUB: u64 = 4;
const SUBSUB: u64 = 5;

fn name(s: &str) -> NameOf<Test> {
	s.as_bytes().to_vec().try_into().unwrap()
}
fn skills(l: [u8; 4]) -> SkillsOf<Test> {
	l.to_vec().try_into().unwrap()
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
		price,
		reward,
		capacity
	));
	id
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
		let try_publish = |who, n: &str, s, l: Vec<u8>, price, cap| {
			Cred::publish_course(signed(who), name(n), s, l.try_into().unwrap(), price, 0, cap)
		};
		assert_noop!(
			try_publish(OTHER, "C", schema(), vec![0; 4], native(1), 1),
			Error::<Test>::UnknownIssuer
		);
		assert_noop!(
			try_publish(ISSUER, "", schema(), vec![0; 4], native(1), 1),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			try_publish(ISSUER, "C", H256::repeat_byte(9), vec![0; 4], native(1), 1),
			Error::<Test>::UnknownSchema
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![0; 3], native(1), 1),
			Error::<Test>::WrongSkillCount
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![0, 0, 0, 101], native(1), 1),
			Error::<Test>::SkillLevelTooHigh
		);
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![0; 4], native(1), 0),
			Error::<Test>::ZeroCapacity
		);
		let unknown = CoursePrice { asset: PaymentAsset::Asset(99), amount: 1 };
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![0; 4], unknown, 1),
			Error::<Test>::UnknownAsset
		);
		for _ in 0..3 {
			publish([0; 4], native(1), 0, 1);
		}
		assert_noop!(
			try_publish(ISSUER, "C", schema(), vec![0; 4], native(1), 1),
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
		assert_ok!(Cred::fund_rewards(signed(OTHER), 100 * UNIT));
		System::assert_last_event(Event::RewardsFunded { from: OTHER, amount: 100 * UNIT }.into());
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
fn rewards_respect_the_learner_cap_and_the_pot() {
	run(|| {
		setup();
		let big = publish([0; 4], native(0), 40 * UNIT, 5);
		let other = publish([0; 4], native(0), 40 * UNIT, 5);
		let third = publish([0; 4], native(0), 40 * UNIT, 5);
		// An empty pot pays nothing; the completion still succeeds.
		assert_ok!(Cred::enroll(signed(LEARNER), big));
		assert_ok!(Cred::complete_course(signed(ISSUER), big, LEARNER, claim(1), None));
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: big, due: 40 * UNIT, paid: 0 }.into(),
		);
		// A pot of 30 AGR pays 30 − ED and stays alive.
		assert_ok!(Cred::fund_rewards(signed(OTHER), 30 * UNIT));
		assert_ok!(Cred::enroll(signed(LEARNER), other));
		assert_ok!(Cred::complete_course(signed(ISSUER), other, LEARNER, claim(2), None));
		let paid = 30 * UNIT - 1;
		System::assert_last_event(
			Event::RewardPaid { learner: LEARNER, course: other, due: 40 * UNIT, paid }.into(),
		);
		assert_eq!(free(Cred::pot_account()), 1, "the pot keeps its existential deposit");
		// The cap (50 AGR) limits the next payment to 50 − paid.
		assert_ok!(Cred::fund_rewards(signed(OTHER), 100 * UNIT));
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
		assert_noop!(Cred::fund_rewards(signed(OTHER), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn issuing_checks_schema_skills_expiry_and_capacity() {
	run(|| {
		setup();
		let try_issue = |s, l: Vec<u8>, e| {
			Cred::issue_credential(signed(ISSUER), LEARNER, s, claim(1), l.try_into().unwrap(), e)
		};
		assert_noop!(
			try_issue(H256::repeat_byte(9), vec![0; 4], None),
			Error::<Test>::UnknownSchema
		);
		assert_noop!(try_issue(schema(), vec![0; 2], None), Error::<Test>::WrongSkillCount);
		assert_noop!(
			try_issue(schema(), vec![200, 0, 0, 0], None),
			Error::<Test>::SkillLevelTooHigh
		);
		assert_noop!(try_issue(schema(), vec![0; 4], Some(NOW)), Error::<Test>::ExpiryInPast);
		for _ in 0..4 {
			issue(LEARNER, [1, 1, 1, 1], None);
		}
		assert_noop!(try_issue(schema(), vec![0; 4], None), Error::<Test>::TooManyCredentials);
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
			native(1),
			0,
			1
		));
		assert_ok!(Cred::enroll(signed(LEARNER), a)); // a is now full
		let ids = |f: CourseFilter<u64>| -> Vec<CourseId> {
			Cred::courses(&f).into_iter().map(|c| c.id).collect()
		};
		assert_eq!(ids(CourseFilter::default()), vec![0, 1, 2]);
		assert_eq!(ids(CourseFilter { open_only: true, ..Default::default() }), vec![1, 2]);
		assert_eq!(ids(CourseFilter { provider: Some(7), ..Default::default() }), vec![2]);
		assert_eq!(ids(CourseFilter { min_skill: Some((0, 50)), ..Default::default() }), vec![a]);
		assert_eq!(ids(CourseFilter { min_skill: Some((1, 50)), ..Default::default() }), vec![b]);
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
		let coefficients = [-1, -1, -1, -1, 1, 1, 1, 1].map(f).to_vec();
		use_model(LinearRegression::new(coefficients, Fixed::ZERO).unwrap().into(), 8);
		let closed = publish([90, 90, 90, 0], native(0), 0, 5);
		assert_ok!(Cred::close_course(signed(ISSUER), closed));
		let small = publish([10, 0, 0, 0], native(0), 0, 5);
		let big = publish([50, 50, 0, 0], native(0), 0, 5);
		let taken = publish([90, 90, 90, 90], native(0), 0, 5);
		assert_ok!(Cred::enroll(signed(LEARNER), taken));
		issue(LEARNER, [50, 0, 0, 0], None);
		assert_eq!(Cred::skill_profile(&LEARNER), vec![50, 0, 0, 0]);
		let recs = Cred::recommend_courses(&LEARNER, 5).unwrap();
		let ids: Vec<_> = recs.iter().map(|r| r.course.id).collect();
		assert_eq!(ids, vec![big, small], "best first; taken and closed courses left out");
		// (0.5 + 0.5) − 0.5 = 0.5, explained by per-feature contributions.
		let top = &recs[0].recommendation;
		assert_eq!(top.score, Fixed::HALF);
		assert_eq!(recs[1].recommendation.score, Fixed::from_rational(-4, 10).unwrap());
		match &top.explanation {
			agora_primitives::recommender::Explanation::Linear(b) => {
				assert_eq!(b.contributions[0], Fixed::from_rational(-5, 10).unwrap());
				assert_eq!(b.contributions[4], Fixed::HALF);
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
