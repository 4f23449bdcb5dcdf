//! Unit tests of the governance pallet.

use crate::{mock::*, *};
use agora_primitives::governance::{ADMIN, PARAMETERS, ROOT, TREASURY};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect as _};
use pallet_conviction_voting::{Conviction, Vote};
use sp_runtime::DispatchError::BadOrigin;

fn aye(aye: bool) -> AccountVote<Balance> {
	AccountVote::Standard { vote: Vote { aye, conviction: Conviction::Locked1x }, balance: 10 }
}

fn history(who: u64) -> Vec<(ReferendumIndex, VoteDirection)> {
	VoteHistory::<Test>::get(who).into_inner()
}

#[test]
fn genesis_tracks_are_sorted_and_valid() {
	run(|| {
		let tracks = Tracks::<Test>::get();
		assert_eq!(tracks.iter().map(|t| t.id).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
		assert_eq!(&tracks[1].info.name[..10], b"parameters");
		assert!(tracks.iter().all(Governance::track_valid));
	});
}

#[test]
fn a_root_origin_retunes_a_track_within_bounds() {
	run(|| {
		let mut track = Governance::track(PARAMETERS).unwrap();
		track.info.decision_period = 20;
		assert_noop!(Governance::set_track(RuntimeOrigin::signed(1), track.clone()), BadOrigin);
		assert_noop!(
			Governance::set_track(RuntimeOrigin::from(Origin::Parameters), track.clone()),
			BadOrigin
		);
		let unknown = Track { id: 9, ..track.clone() };
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), unknown),
			Error::<Test>::UnknownTrack
		);
		let renamed = Track { id: ROOT, ..track.clone() };
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), renamed),
			Error::<Test>::InvalidTrack
		);
		let mut nobody = track.clone();
		nobody.info.max_deciding = 0;
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), nobody),
			Error::<Test>::InvalidTrack
		);
		let mut instant = track.clone();
		instant.info.decision_period = 0;
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), instant),
			Error::<Test>::InvalidTrack
		);
		let mut upside_down = track.clone();
		upside_down.info.min_approval = linear_curve(40, 60);
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), upside_down),
			Error::<Test>::InvalidTrack
		);
		assert_ok!(Governance::set_track(RuntimeOrigin::root(), track.clone()));
		System::assert_last_event(Event::TrackSet { id: PARAMETERS }.into());
		assert_eq!(Governance::track(PARAMETERS), Some(track));
		assert_eq!(Tracks::<Test>::get().len(), 6, "replaced, not added");
	});
}

#[test]
fn max_deciding_cannot_drop_below_the_referenda_deciding_now() {
	// Found by the runtime fuzzer: lowering it broke the "deciding ≤ max" invariant.
	run(|| {
		set_deciding(PARAMETERS, 3);
		let mut track = Governance::track(PARAMETERS).unwrap();
		track.info.max_deciding = 2;
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), track.clone()),
			Error::<Test>::MaxDecidingBelowDeciding
		);
		track.info.max_deciding = 3;
		assert_ok!(Governance::set_track(RuntimeOrigin::root(), track));
		set_deciding(PARAMETERS, 0);
	});
}

#[test]
fn a_root_origin_sets_the_voting_periods() {
	run(|| {
		let params = GovernanceParams {
			vote_locking_period: 7,
			undeciding_timeout: 30,
			delegate_model: Some(0),
			referenda_model: None,
			max_spend: 100 * UNIT,
			session_period: 20,
		};
		assert_noop!(Governance::set_params(RuntimeOrigin::signed(1), params), BadOrigin);
		let zero = GovernanceParams { vote_locking_period: 0, ..params };
		assert_noop!(
			Governance::set_params(RuntimeOrigin::root(), zero),
			Error::<Test>::InvalidParams
		);
		// Sessions of fewer than MIN_SESSION_PERIOD blocks would rotate validators (each
		// rotation takes a whole block) faster than they can sync; longer than
		// MAX_SESSION_PERIOD would keep a removed validator for weeks.
		for session_period in [0, MIN_SESSION_PERIOD - 1, MAX_SESSION_PERIOD + 1] {
			assert_noop!(
				Governance::set_params(
					RuntimeOrigin::root(),
					GovernanceParams { session_period: session_period.into(), ..params }
				),
				Error::<Test>::InvalidParams
			);
		}
		assert_ok!(Governance::set_params(RuntimeOrigin::root(), params));
		System::assert_last_event(Event::ParamsSet { params }.into());
		assert_eq!(Parameters::<Test>::get(), params);
	});
}

#[test]
fn the_treasury_track_spends_from_the_treasury() {
	run(|| {
		let treasury = Governance::treasury_account();
		assert_noop!(Governance::spend(RuntimeOrigin::signed(1), 2, UNIT), BadOrigin);
		assert_noop!(Governance::spend(RuntimeOrigin::root(), 2, UNIT), BadOrigin);
		let spend = || RuntimeOrigin::from(Origin::Treasury);
		assert_noop!(Governance::spend(spend(), 2, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Governance::spend(spend(), 2, 1_000 * UNIT),
			Error::<Test>::InsufficientTreasury
		);
		assert_ok!(Governance::spend(spend(), 2, 999 * UNIT));
		System::assert_last_event(Event::Spent { to: 2, amount: 999 * UNIT }.into());
		assert_eq!(Balances::balance(&2), 1_099 * UNIT);
		assert_eq!(Balances::balance(&treasury), UNIT, "the treasury stays alive");
	});
}

#[test]
fn track_origins_are_told_apart() {
	use frame_support::traits::EnsureOrigin;
	run(|| {
		let o = |x: Origin| RuntimeOrigin::from(x);
		assert!(EnsureParameters::try_origin(o(Origin::Parameters)).is_ok());
		assert!(EnsureParameters::try_origin(o(Origin::Treasury)).is_err());
		assert!(EnsureTreasury::try_origin(o(Origin::Treasury)).is_ok());
		assert!(EnsureCanceller::try_origin(o(Origin::ReferendumCanceller)).is_ok());
		assert!(EnsureKiller::try_origin(o(Origin::ReferendumKiller)).is_ok());
		assert!(EnsureKiller::try_origin(o(Origin::ReferendumCanceller)).is_err());
		assert!(EnsureParameters::try_origin(RuntimeOrigin::root()).is_err());
		assert_eq!(Origin::Parameters.track(), PARAMETERS);
		assert_eq!(Origin::Treasury.track(), TREASURY);
	});
}

#[test]
fn votes_are_remembered_newest_last_and_bounded() {
	run(|| {
		use VoteDirection::*;
		Governance::record_vote(&1, 5, aye(true));
		Governance::record_vote(&1, 2, aye(false));
		Governance::record_vote(&1, 7, AccountVote::Split { aye: 3, nay: 3 });
		assert_eq!(history(1), vec![(2, Nay), (5, Aye), (7, Abstain)]);
		// A changed vote replaces the old one.
		Governance::record_vote(&1, 5, AccountVote::SplitAbstain { aye: 1, nay: 4, abstain: 9 });
		assert_eq!(history(1), vec![(2, Nay), (5, Nay), (7, Abstain)]);
		// Full (4): the oldest referendum is dropped.
		Governance::record_vote(&1, 8, aye(true));
		Governance::record_vote(&1, 9, aye(true));
		assert_eq!(history(1), vec![(5, Nay), (7, Abstain), (8, Aye), (9, Aye)]);
		// Full, a vote on a referendum between kept ones: the oldest goes, the order holds
		// (found by the runtime fuzzer: the history lost its order).
		Governance::record_vote(&1, 6, aye(true));
		assert_eq!(history(1), vec![(6, Aye), (7, Abstain), (8, Aye), (9, Aye)]);
		// Full, a vote on a referendum older than all kept: ignored.
		Governance::record_vote(&1, 1, aye(true));
		assert_eq!(history(1), vec![(6, Aye), (7, Abstain), (8, Aye), (9, Aye)]);
		Governance::do_try_state().expect("sorted histories");
	});
}

#[test]
fn delegates_are_recommended_by_how_alike_they_vote() {
	run(|| {
		assert!(Governance::recommend_delegates(&1, 3).is_empty(), "no votes: no match");
		for (i, v) in [true, true, false, true].into_iter().enumerate() {
			Governance::record_vote(&1, i as u32, aye(v));
			// 2 votes exactly alike, 3 exactly opposite, 4 agrees on two of three.
			Governance::record_vote(&2, i as u32, aye(v));
			Governance::record_vote(&3, i as u32, aye(!v));
		}
		Governance::record_vote(&4, 0, aye(true));
		Governance::record_vote(&4, 1, aye(false));
		Governance::record_vote(&4, 2, aye(false));
		// 5 voted on other referenda only.
		Governance::record_vote(&5, 77, aye(true));
		let matches = Governance::recommend_delegates(&1, 10);
		let accounts: Vec<u64> = matches.iter().map(|m| m.account).collect();
		assert_eq!(accounts, vec![2, 4, 3]);
		assert_eq!(matches[0].similarity, Fixed::ONE);
		assert_eq!((matches[0].shared, matches[0].agreements), (4, 4));
		// (1·1 + 1·(−1) + (−1)(−1)) / 3 = 1/3.
		assert_eq!((matches[1].shared, matches[1].agreements), (3, 2));
		let third = Fixed::from_rational(1, 3).unwrap();
		assert!(matches[1].similarity.to_bits().abs_diff(third.to_bits()) <= 1);
		assert_eq!(matches[2].similarity, Fixed::from_int(-1));
		assert_eq!(Governance::recommend_delegates(&1, 1).len(), 1);
		assert!(Governance::recommend_delegates(&1, 0).is_empty());
	});
}

#[test]
fn copying_a_voter_for_free_does_not_make_a_top_delegate() {
	// Attack (item 9): accounts copy a target's votes with no balance at stake; the old
	// candidate scan took the first voters in storage-hash order, so sybils with ground keys
	// crowded out the honest best match and moved the `lean` shown with recommendations.
	let vote = |aye: bool, balance: u128| AccountVote::Standard {
		vote: Vote { aye, conviction: Conviction::None },
		balance,
	};
	new_test_ext().execute_with(|| {
		for i in 0..4u32 {
			Governance::record_vote(&1, i, vote(true, 10));
			// The honest delegate votes alike with real stake.
			Governance::record_vote(&2, i, vote(true, 500));
		}
		// Zero-balance copies: not recorded at all.
		for sybil in 100..140u64 {
			for i in 0..4u32 {
				Governance::record_vote(&sybil, i, vote(true, 0));
			}
		}
		assert!(VoteHistory::<Test>::get(100).is_empty(), "a zero-balance vote is not recorded");
		// One-planck copies: more than the candidate list holds (16 in the mock); they never
		// push out a voter with more at stake, whatever their keys.
		for sybil in 200..240u64 {
			assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::mint_into(
				&sybil, 1
			));
			for i in 0..4u32 {
				Governance::record_vote(&sybil, i, vote(true, 1));
			}
		}
		let best = Governance::recommend_delegates(&1, 3);
		assert_eq!(best[0].account, 2, "the honest match is found whatever its key");
		assert_eq!(DelegateCandidates::<Test>::get().len(), 16);
		assert_eq!(DelegateCandidates::<Test>::get()[0], (2, 500));
		// A candidate whose stake has left its account is not recommended.
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<u64>>::burn_from(
			&2,
			Balances::free_balance(2) - 1,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::BestEffort,
			frame_support::traits::tokens::Fortitude::Force,
		));
		assert!(Governance::recommend_delegates(&1, 3).iter().all(|m| m.account != 2));
		Governance::do_try_state().expect("sorted candidates");
	});
}

/// Votes where account 2 agrees with 1 on all of three referenda, and 4 shares all four of 1's
/// referenda but agrees on only three.
fn alike_and_busy_voters() {
	for i in 0..4u32 {
		Governance::record_vote(&1, i, aye(true));
		Governance::record_vote(&4, i, aye(i < 3));
	}
	for i in 0..3u32 {
		Governance::record_vote(&2, i, aye(true));
	}
}

#[test]
fn a_delegate_model_ranks_the_candidates_with_its_explanation() {
	new_test_ext().execute_with(|| {
		alike_and_busy_voters();
		// Cosine: 2 (similarity 1) before 4 (1/2).
		let cosine = Governance::recommend_delegates(&1, 5);
		assert_eq!(cosine.iter().map(|m| m.account).collect::<Vec<_>>(), vec![2, 4]);
		assert!(cosine.iter().all(|m| m.recommendation.is_none() && m.score == m.similarity));

		// A model that values a long record: score = agreements (3 for both) + 0.5 × shared
		// (3 for 2, 4 for 4) puts 4 first.
		let half = Fixed::from_rational(1, 2).unwrap();
		let model = pallet_recommender::testing::upload_linear::<Test>(
			RuntimeOrigin::root(),
			"delegates",
			&agora_primitives::governance::DELEGATE_FEATURES,
			vec![Fixed::ZERO, half, Fixed::ONE],
			9,
		)
		.unwrap();
		Parameters::<Test>::mutate(|p| p.delegate_model = Some(model));
		let ranked = Governance::recommend_delegates(&1, 5);
		assert_eq!(ranked.iter().map(|m| m.account).collect::<Vec<_>>(), vec![4, 2]);
		assert_eq!(ranked[0].score, Fixed::from_int(5));
		assert_eq!(ranked[1].score, Fixed::from_rational(9, 2).unwrap());
		let answer = ranked[0].recommendation.as_ref().expect("the model's answer");
		assert_eq!(answer.model_id, model);
		// The explanation lists each feature's contribution: 0, 0.5 × 4, 1 × 3.
		match &answer.explanation {
			agora_primitives::recommender::Explanation::Linear(b) => {
				assert_eq!(b.contributions[1], Fixed::from_int(2));
				assert_eq!(b.contributions[2], Fixed::from_int(3));
			},
			other => panic!("a linear model explains by contributions, not {other:?}"),
		}
		assert_eq!(Governance::recommend_delegates(&1, 1).len(), 1);

		// A model that cannot answer (unknown id) leaves the cosine ranking.
		Parameters::<Test>::mutate(|p| p.delegate_model = Some(model + 1));
		assert_eq!(Governance::recommend_delegates(&1, 5), cosine);
	});
}

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		assert_ok!(Governance::do_try_state());
		let swap = |t: &mut BoundedVec<_, _>| {
			let first = t.remove(0);
			t.try_insert(1, first).unwrap();
		};
		Tracks::<Test>::mutate(swap);
		assert!(Governance::do_try_state().is_err());
		Tracks::<Test>::mutate(swap);
		VoteHistory::<Test>::insert(
			1,
			BoundedVec::truncate_from(vec![(3, VoteDirection::Aye), (3, VoteDirection::Nay)]),
		);
		assert!(Governance::do_try_state().is_err());
	});
}

#[test]
fn no_track_may_approve_with_less_than_a_majority() {
	// Attack: a root referendum sets a track's approval floor to 0 %: then a proposal passes
	// with more nays than ayes once the curve has fallen.
	run(|| {
		let mut track = Governance::track(PARAMETERS).unwrap();
		track.info.min_approval = linear_curve(100, 0);
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), track.clone()),
			Error::<Test>::InvalidTrack
		);
		track.info.min_approval = linear_curve(100, 49);
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), track.clone()),
			Error::<Test>::InvalidTrack
		);
		track.info.min_approval = fixed_curve(50);
		assert_ok!(Governance::set_track(RuntimeOrigin::root(), track));
	});
}

#[test]
fn a_rising_reciprocal_curve_cannot_pass_the_approval_floor() {
	// Attack (review of item 8): a Reciprocal curve with a negative factor rises, so checking
	// the floor at the end of the decision period passed while early approval needed ~0 %.
	run(|| {
		use sp_runtime::FixedI64;
		let mut track = Governance::track(ROOT).unwrap();
		track.info.min_approval = Curve::Reciprocal {
			factor: FixedI64::from_inner(-100_000_000),
			x_offset: FixedI64::from_rational(1, 10),
			y_offset: FixedI64::from_rational(105, 100),
		};
		// 5 % at the start, 96 % at the end.
		assert!(track.info.min_approval.threshold(Perbill::one()) >= Perbill::from_percent(50));
		assert!(track.info.min_approval.threshold(Perbill::zero()) < Perbill::from_percent(10));
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), track.clone()),
			Error::<Test>::InvalidTrack
		);
		// A falling one with a majority floor is fine.
		track.info.min_approval = Curve::Reciprocal {
			factor: FixedI64::from_rational(1, 10),
			x_offset: FixedI64::from_rational(1, 10),
			y_offset: FixedI64::from_rational(5, 10),
		};
		assert_ok!(Governance::set_track(RuntimeOrigin::root(), track));
	});
}

#[test]
fn the_admin_track_keeps_a_support_floor() {
	// Attack: with support falling to 0 %, one account holding 0.5 % of issuance, unopposed,
	// passes an admin referendum near the end of the decision period.
	run(|| {
		let mut track = Governance::track(ADMIN).unwrap();
		assert_eq!(&track.info.name[..5], b"admin");
		track.info.min_support = linear_curve(50, 0);
		assert_noop!(
			Governance::set_track(RuntimeOrigin::root(), track.clone()),
			Error::<Test>::InvalidTrack
		);
		track.info.min_support = linear_curve(50, 1);
		assert_ok!(Governance::set_track(RuntimeOrigin::root(), track));
		assert_eq!(Origin::Admin.track(), ADMIN);
	});
}

#[test]
fn a_referendum_spends_at_most_the_cap_however_many_spends_it_batches() {
	// Attack: a treasury referendum batches spends, each below a per-call cap.
	run(|| {
		let params = GovernanceParams { max_spend: 100 * UNIT, ..Parameters::<Test>::get() };
		assert_ok!(Governance::set_params(RuntimeOrigin::root(), params));
		let spend = || RuntimeOrigin::from(Origin::Treasury);
		assert_noop!(Governance::spend(spend(), 2, 101 * UNIT), Error::<Test>::SpendAboveCap);
		assert_ok!(Governance::spend(spend(), 2, 60 * UNIT));
		assert_noop!(Governance::spend(spend(), 3, 41 * UNIT), Error::<Test>::SpendAboveCap);
		assert_ok!(Governance::spend(spend(), 3, 40 * UNIT));
		assert_eq!(SpentInBlock::<Test>::get(), (1, 100 * UNIT));
		// The next block has its own cap.
		System::set_block_number(2);
		assert_ok!(Governance::spend(spend(), 3, 100 * UNIT));
		assert_eq!(SpentInBlock::<Test>::get(), (2, 100 * UNIT));
	});
}

#[test]
fn every_pallet_s_payouts_share_the_cap_valued_in_agr() {
	// Attack: a treasury referendum batches the other pallets' payouts (course grants, lending
	// reserves, the stablecoin's surplus) beside `spend`, each capped by nothing but what the
	// pallet holds.
	use agora_primitives::{governance::PayoutLimit, AssetKind, Price};
	run(|| {
		let params = GovernanceParams { max_spend: 100 * UNIT, ..Parameters::<Test>::get() };
		assert_ok!(Governance::set_params(RuntimeOrigin::root(), params));
		let agd = StableAsset::get();
		let dot = AssetKind::Asset(7);
		// Without prices only AGR payouts can be valued.
		assert_noop!(<Governance as PayoutLimit>::charge(agd, UNIT), Error::<Test>::PayoutUnpriced);
		assert_ok!(<Governance as PayoutLimit>::charge(AssetKind::Native, 10 * UNIT));
		// AGR at $2 (its lower price counts), the other asset at $5.
		set_price(AssetKind::Native, Some(Price::from_u32(2)));
		set_price(dot, Some(Price::from_u32(5)));
		assert_eq!(Governance::payout_value(agd, 40 * UNIT), Some(20 * UNIT));
		assert_eq!(Governance::payout_value(dot, 4 * UNIT), Some(10 * UNIT));
		// Rounded up, for the cap.
		assert_eq!(Governance::payout_value(agd, 1), Some(1));
		// 10 AGR + 40 AGD (20 AGR) + 4 of the asset (10 AGR) + a spend of 60 AGR = 100 AGR.
		assert_ok!(<Governance as PayoutLimit>::charge(agd, 40 * UNIT));
		assert_ok!(<Governance as PayoutLimit>::charge(dot, 4 * UNIT));
		assert_noop!(
			Governance::spend(RuntimeOrigin::from(Origin::Treasury), 2, 61 * UNIT),
			Error::<Test>::SpendAboveCap
		);
		assert_ok!(Governance::spend(RuntimeOrigin::from(Origin::Treasury), 2, 60 * UNIT));
		assert_noop!(<Governance as PayoutLimit>::charge(agd, 1), Error::<Test>::SpendAboveCap);
		assert_eq!(SpentInBlock::<Test>::get(), (1, 100 * UNIT));
	});
}

#[test]
fn shortening_the_lock_period_spares_the_locks_already_running() {
	// Attack: a root referendum shortens the conviction lock period to one block: votes cast
	// with 6× conviction (locked 32 periods) would unlock at once.
	run(|| {
		let before = Parameters::<Test>::get();
		assert_eq!(before.vote_locking_period, 5);
		assert_eq!(Governance::vote_locking_period(), 5);
		let short = GovernanceParams { vote_locking_period: 1, ..before };
		assert_ok!(Governance::set_params(RuntimeOrigin::root(), short));
		assert_eq!(Parameters::<Test>::get().vote_locking_period, 1);
		// Undeciding timeout 20, longest track decision + confirm 20, 32 periods of 5.
		let until = 1 + 20 + 20 + 32 * 5;
		assert_eq!(LockPeriodFloor::<Test>::get(), Some((5, until)));
		assert_eq!(Governance::vote_locking_period(), 5, "the old period still applies");
		System::set_block_number(until - 1);
		assert_eq!(Governance::vote_locking_period(), 5);
		System::set_block_number(until);
		assert_eq!(Governance::vote_locking_period(), 1, "then the new one");
		// Lengthening applies at once.
		let long = GovernanceParams { vote_locking_period: 9, ..before };
		assert_ok!(Governance::set_params(RuntimeOrigin::root(), long));
		assert_eq!(Governance::vote_locking_period(), 9);
	});
}

#[test]
fn migration_v2_to_v3_adds_the_session_period_and_keeps_the_rest() {
	use crate::migrations::v3::{GovernanceParamsV2, MigrateV2ToV3};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run(|| {
		let old = GovernanceParamsV2 {
			vote_locking_period: 9u64,
			undeciding_timeout: 31,
			delegate_model: Some(4),
			referenda_model: None,
			max_spend: 77 * UNIT,
		};
		frame_support::storage::unhashed::put(&Parameters::<Test>::hashed_key(), &old);
		StorageVersion::new(2).put::<Governance>();
		frame_support::parameter_types! { pub const Hour: u64 = 600; }
		MigrateV2ToV3::<Test, Hour>::on_runtime_upgrade();
		assert_eq!(Governance::on_chain_storage_version(), StorageVersion::new(3));
		let new = Parameters::<Test>::get();
		assert_eq!(new, old.migrate(600));
		assert_eq!(
			(new.vote_locking_period, new.max_spend, new.session_period),
			(9, 77 * UNIT, 600)
		);
		// Run again (version 3 now), it changes nothing.
		Parameters::<Test>::mutate(|p| p.session_period = 50);
		MigrateV2ToV3::<Test, Hour>::on_runtime_upgrade();
		assert_eq!(Parameters::<Test>::get().session_period, 50);
	});
}

#[test]
fn a_chain_at_version_1_reaches_version_3_in_one_upgrade() {
	// A chain that skipped the version-2 runtime runs both migrations in one upgrade, in the
	// runtime's order: the spend cap's default, then the session period.
	use crate::migrations::{
		v2::{GovernanceParamsV1, MigrateV1ToV2},
		v3::MigrateV2ToV3,
	};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run(|| {
		let old = GovernanceParamsV1 {
			vote_locking_period: 9u64,
			undeciding_timeout: 31,
			delegate_model: Some(4),
			referenda_model: None,
		};
		frame_support::storage::unhashed::put(&Parameters::<Test>::hashed_key(), &old);
		StorageVersion::new(1).put::<Governance>();
		let tracks = Tracks::<Test>::get();
		frame_support::parameter_types! {
			pub const Hour: u64 = 600;
			pub AdminTrack: TrackOf<Test> = Governance::track(ADMIN).expect("the mock's admin track");
		}
		<(MigrateV1ToV2<Test, AdminTrack>, MigrateV2ToV3<Test, Hour>)>::on_runtime_upgrade();
		assert_eq!(Governance::on_chain_storage_version(), StorageVersion::new(3));
		let new = Parameters::<Test>::get();
		assert_eq!(new, old.migrate().migrate(600));
		assert_eq!(
			(new.vote_locking_period, new.undeciding_timeout, new.delegate_model),
			(9, 31, Some(4))
		);
		assert_eq!((new.max_spend, new.session_period), (default_max_spend(), 600));
		assert_eq!(Tracks::<Test>::get(), tracks, "the tracks are untouched");
	});
}
