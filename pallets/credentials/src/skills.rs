//! The skill taxonomy's types, the knowledge-tracing model of learner mastery and the
//! learning-path search: the pure parts of the pallet's adaptive learning.
//!
//! ## Mastery: Bayesian knowledge tracing over credentials
//!
//! A learner's mastery of a skill is the probability that the skill is learned, in parts per
//! million, estimated by Bayesian knowledge tracing (Corbett & Anderson, 1994) with the four
//! parameters of [`MasteryParams`]:
//!
//! - `init`: P(L₀), the probability that a learner knows the skill before any evidence;
//! - `slip`: P(S), that a learner who knows the skill fails an assessment;
//! - `guess`: P(G), that a learner who does not know it passes;
//! - `transit`: P(T), that a learner learns it at an opportunity (a course, an assessment).
//!
//! Every valid credential attesting the skill at level `l` is a passed assessment, weighted by
//! `l / 100`: the posterior after a pass, `P·(1−S) / (P·(1−S) + (1−P)·G)`, is taken for `l / 100`
//! of its way from the prior, then the learning step `P + (1−P)·T` applies. The credentials fold
//! in issuance (id) order, so the estimate is a pure function of the evidence: revoking,
//! suspending or removing a credential takes it out of the evidence and the estimate falls back
//! to what the others support, exactly. An update costs one storage read and one write per
//! skill of the credential, and folds at most [`Config::MaxCredentialsPerSubject`] pieces of
//! evidence in memory.
//!
//! Integer arithmetic only; every division rounds down, so the chain never overstates mastery.

use super::*;
use agora_primitives::credentials::{
	MasteryPpm, PathError, SkillId, SkillLevel, MAX_PATH_LEN, MAX_PATH_STATES, MAX_PATH_WORK,
};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};

/// One in parts per million.
pub const PPM: u32 = 1_000_000;
/// Longest alignment URL, in bytes.
pub const MAX_URL_LEN: u32 = 256;

/// Skill levels of a course or a credential, by skill id, strictly increasing ids.
pub type SkillsOf<T> = BoundedVec<SkillLevel, <T as Config>::MaxSkillsPerRecord>;
/// The prerequisites of a skill.
pub type PrerequisitesOf<T> = BoundedVec<SkillId, <T as Config>::MaxPrerequisites>;
/// The credentials behind a learner's mastery of a skill, by id: each with the level it attests
/// and its expiry (so that enrolment sees an expired credential without reading it).
pub type EvidenceOf<T> =
	BoundedVec<(CredentialId, u8, Option<Moment>), <T as Config>::MaxCredentialsPerSubject>;

/// Most credentials [`Pallet::enroll`] reads per requirement (the highest levels, newest first,
/// unexpired) to find one whose issuer is accredited now.
pub const GATE_CANDIDATES: usize = 4;

/// Where a skill sits in an external framework (Open Badges 3.0 `Alignment`).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Alignment<T: Config> {
	/// The framework (`ESCO`, `O*NET`, a university's catalogue).
	pub framework: NameOf<T>,
	/// The skill's code in the framework.
	pub code: NameOf<T>,
	/// Where the framework describes it.
	pub url: BoundedVec<u8, ConstU32<MAX_URL_LEN>>,
}

/// A skill of the taxonomy.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Skill<T: Config> {
	/// Its name.
	pub name: NameOf<T>,
	/// Its place in an external framework, if any.
	pub alignment: Option<Alignment<T>>,
	/// The skills it builds on: the prerequisite graph is acyclic.
	pub prerequisites: PrerequisitesOf<T>,
	/// Retired: no new course or credential may name it; existing ones keep it.
	pub retired: bool,
}

/// A learner's mastery of one skill, as stored.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct MasteryRecord<T: Config> {
	/// The highest level among the evidence.
	pub level: u8,
	/// Knowledge tracing over the evidence, with the parameters of the last update.
	pub mastery: MasteryPpm,
	/// The learner's credentials attesting the skill that are neither revoked nor suspended,
	/// by id, with the level each attests and its expiry.
	pub evidence: EvidenceOf<T>,
}

/// The knowledge-tracing parameters governance tunes, each in parts per million.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct MasteryParams {
	/// P(L₀): mastery before any evidence.
	pub init: MasteryPpm,
	/// P(T): the chance to learn the skill at each opportunity.
	pub transit: MasteryPpm,
	/// P(S): the chance that a learner who knows the skill fails an assessment (< 0.5).
	pub slip: MasteryPpm,
	/// P(G): the chance that a learner who does not know it passes (< 0.5).
	pub guess: MasteryPpm,
}

impl Default for MasteryParams {
	/// P(L₀) = 0.1, P(T) = 0.1, P(S) = 0.1, P(G) = 0.2: three full-level credentials take a
	/// learner from 0.1 to 0.95.
	fn default() -> Self {
		MasteryParams { init: 100_000, transit: 100_000, slip: 100_000, guess: 200_000 }
	}
}

impl MasteryParams {
	/// Whether the parameters make a model: probabilities, and slip and guess below one half
	/// (above it, passing an assessment would be evidence against mastery).
	pub fn is_valid(&self) -> bool {
		self.init <= PPM
			&& self.transit <= PPM
			&& self.slip < PPM / 2
			&& self.guess < PPM / 2
			&& self.guess > 0
	}

	/// One passed assessment at `level` (0–100) after mastery `p`.
	pub fn step(&self, p: MasteryPpm, level: u8) -> MasteryPpm {
		let p = u128::from(p.min(PPM));
		let one = u128::from(PPM);
		let known = p.saturating_mul(one.saturating_sub(u128::from(self.slip)));
		let lucky = one.saturating_sub(p).saturating_mul(u128::from(self.guess));
		let denominator = known.saturating_add(lucky);
		let posterior =
			if denominator == 0 { p } else { known.saturating_mul(one) / denominator }.min(one);
		let weight = u128::from(level.min(MAX_SKILL_LEVEL));
		let observed = if posterior >= p {
			p.saturating_add(posterior.saturating_sub(p).saturating_mul(weight) / 100)
		} else {
			p.saturating_sub(p.saturating_sub(posterior).saturating_mul(weight).div_ceil(100))
		};
		let learned = observed.saturating_add(
			one.saturating_sub(observed).saturating_mul(u128::from(self.transit)) / one,
		);
		u32::try_from(learned.min(one)).unwrap_or(PPM)
	}

	/// Mastery after the evidence `levels`, in order, starting from `init`.
	pub fn trace(&self, levels: impl IntoIterator<Item = u8>) -> MasteryPpm {
		levels.into_iter().fold(self.init.min(PPM), |p, l| self.step(p, l))
	}

	/// The level (the highest) and mastery a learner holds on the evidence `levels`, in order:
	/// `(0, 0)` without any.
	pub fn estimate(&self, levels: impl Iterator<Item = u8> + Clone) -> (u8, MasteryPpm) {
		match levels.clone().max() {
			None => (0, 0),
			Some(level) => (level, self.trace(levels)),
		}
	}
}

/// The result of a learning-path search: the courses in order, the level reached and the
/// states expanded.
pub type PathFound = (Vec<CourseId>, u8, u32);

/// A course as the path search sees it.
pub struct PathCourse<'a> {
	/// Its id.
	pub id: CourseId,
	/// What it teaches.
	pub teaches: &'a [SkillLevel],
	/// What it requires.
	pub requires: &'a [SkillLevel],
}

fn level_in(levels: &BTreeMap<SkillId, u8>, skill: SkillId) -> u8 {
	levels.get(&skill).copied().unwrap_or(0)
}

/// The fewest courses of `courses` (each taken at most once, only when the levels so far meet
/// its requirements) that bring `target.skill` to `target.level` from the levels `start`:
/// breadth first over the levels of the skills that matter (the target and, transitively,
/// what the courses teaching them require), expanding at most [`MAX_PATH_STATES`] states,
/// [`MAX_PATH_LEN`] courses deep, within [`MAX_PATH_WORK`] units of work (one per course
/// looked at, per requirement checked, per level taught and per level copied into a new
/// state). Ties go to the lower course ids.
pub fn shortest_path(
	start: &BTreeMap<SkillId, u8>,
	target: SkillLevel,
	courses: &[PathCourse],
) -> Result<PathFound, PathError> {
	if level_in(start, target.skill) >= target.level {
		return Ok((Vec::new(), level_in(start, target.skill), 0));
	}
	let mut work = 0u32;
	let mut spend = |units: usize| -> Result<(), PathError> {
		work = work.saturating_add(u32::try_from(units).unwrap_or(u32::MAX));
		if work > MAX_PATH_WORK {
			Err(PathError::SearchBound)
		} else {
			Ok(())
		}
	};
	// Which courses teach each skill: one pass over the catalog.
	let mut teaching: BTreeMap<SkillId, Vec<usize>> = BTreeMap::new();
	for (i, c) in courses.iter().enumerate() {
		spend(1usize.saturating_add(c.teaches.len()))?;
		for t in c.teaches {
			teaching.entry(t.skill).or_default().push(i);
		}
	}
	// The skills that matter, from the target down through the requirements of the courses
	// teaching them: each skill and each course is visited once.
	let mut index: BTreeMap<SkillId, usize> = BTreeMap::new();
	let mut queue = alloc::vec![target.skill];
	let mut useful_set = BTreeSet::new();
	while let Some(skill) = queue.pop() {
		if index.contains_key(&skill) {
			continue;
		}
		index.insert(skill, index.len());
		for i in teaching.get(&skill).map(|v| v.as_slice()).unwrap_or_default() {
			if useful_set.insert(*i) {
				let c = &courses[*i];
				spend(1usize.saturating_add(c.requires.len()))?;
				queue.extend(c.requires.iter().map(|r| r.skill));
			}
		}
	}
	// Courses by index of relevant skill: what each requires and teaches.
	type Indexed = Vec<(usize, u8)>;
	let useful: Vec<(CourseId, Indexed, Indexed)> = useful_set
		.into_iter()
		.map(|i| {
			let c = &courses[i];
			let req = c
				.requires
				.iter()
				.filter_map(|r| index.get(&r.skill).map(|x| (*x, r.level)))
				.collect();
			let teach = c
				.teaches
				.iter()
				.filter_map(|t| index.get(&t.skill).map(|x| (*x, t.level)))
				.collect();
			(c.id, req, teach)
		})
		.collect();
	let goal = index.get(&target.skill).copied().unwrap_or(0);
	let mut initial = alloc::vec![0u8; index.len()];
	for (skill, at) in &index {
		initial[*at] = level_in(start, *skill);
	}
	spend(initial.len())?;
	// Nodes: levels, parent node, course taken, depth.
	let mut nodes: Vec<(Vec<u8>, usize, CourseId, u32)> = alloc::vec![(initial.clone(), 0, 0, 0)];
	let mut seen = BTreeSet::from([initial]);
	let mut next = 0usize;
	let mut expanded = 0u32;
	let mut bounded = false;
	while next < nodes.len() {
		if expanded >= MAX_PATH_STATES {
			return Err(PathError::SearchBound);
		}
		expanded = expanded.saturating_add(1);
		let (levels, _, _, depth) = nodes[next].clone();
		if depth >= MAX_PATH_LEN {
			bounded = true;
			next = next.saturating_add(1);
			continue;
		}
		for (id, req, teach) in &useful {
			spend(1usize.saturating_add(req.len()).saturating_add(teach.len()))?;
			if req.iter().any(|(x, l)| levels[*x] < *l)
				|| !teach.iter().any(|(x, l)| *l > levels[*x])
			{
				continue;
			}
			spend(levels.len().saturating_mul(2))?;
			let mut after = levels.clone();
			for (x, l) in teach {
				after[*x] = after[*x].max(*l);
			}
			if !seen.insert(after.clone()) {
				continue;
			}
			let reached = after[goal];
			nodes.push((after, next, *id, depth.saturating_add(1)));
			if reached >= target.level {
				let mut path = Vec::new();
				let mut at = nodes.len().saturating_sub(1);
				while at != 0 {
					path.push(nodes[at].2);
					at = nodes[at].1;
				}
				path.reverse();
				return Ok((path, reached, expanded));
			}
		}
		next = next.saturating_add(1);
	}
	Err(if bounded { PathError::SearchBound } else { PathError::Unreachable })
}

#[cfg(test)]
mod tests {
	use super::*;

	fn sl(skill: SkillId, level: u8) -> SkillLevel {
		SkillLevel { skill, level }
	}

	#[test]
	fn three_full_credentials_take_the_default_learner_to_ninety_five_percent() {
		let p = MasteryParams::default();
		let trace: Vec<u32> = (0..3)
			.scan(p.init, |m, _| {
				*m = p.step(*m, 100);
				Some(*m)
			})
			.collect();
		// 0.1 → posterior 1/3 → 0.4; → 0.75 → 0.775; → 0.939… → 0.945… (rounded down).
		assert!((399_990..=400_000).contains(&trace[0]), "{}", trace[0]);
		assert!((774_990..=775_000).contains(&trace[1]), "{}", trace[1]);
		assert!((945_000..946_000).contains(&trace[2]), "{}", trace[2]);
		assert!(trace.windows(2).all(|w| w[1] > w[0]), "every pass raises mastery");
	}

	#[test]
	fn a_lower_level_is_weaker_evidence_and_level_zero_only_teaches() {
		let p = MasteryParams::default();
		assert!(p.step(p.init, 40) < p.step(p.init, 80));
		// Level 0: no evidence, only the learning step.
		assert_eq!(p.step(100_000, 0), 190_000);
		assert_eq!(p.trace([]), p.init);
	}

	#[test]
	fn mastery_never_leaves_the_unit_interval() {
		let extreme = MasteryParams { init: PPM, transit: PPM, slip: 499_999, guess: 1 };
		assert!(extreme.is_valid());
		assert_eq!(extreme.trace([100; 10]), PPM);
		let zero = MasteryParams { init: 0, transit: 0, slip: 0, guess: 499_999 };
		assert_eq!(zero.trace([100; 10]), 0, "no prior and no learning: passes prove nothing");
		for bad in [
			MasteryParams { init: PPM + 1, ..Default::default() },
			MasteryParams { slip: PPM / 2, ..Default::default() },
			MasteryParams { guess: 0, ..Default::default() },
			MasteryParams { transit: u32::MAX, ..Default::default() },
		] {
			assert!(!bad.is_valid(), "{bad:?}");
		}
	}

	#[test]
	fn the_trace_is_a_function_of_the_evidence_in_order() {
		let p = MasteryParams::default();
		let all = p.trace([60, 100, 30]);
		let without_second = p.trace([60, 30]);
		assert!(without_second < all);
		assert_eq!(without_second, p.step(p.step(p.init, 60), 30));
		// The level is the highest; no evidence is neither level nor mastery.
		assert_eq!(p.estimate([60u8, 100, 30].into_iter()), (100, all));
		assert_eq!(p.estimate(core::iter::empty()), (0, 0));
	}

	#[test]
	fn the_path_search_takes_prerequisites_first_and_the_fewest_courses() {
		// 0 → 1 → 2: course 10 teaches skill 0; 11 requires 0 and teaches 1; 12 requires 1 at
		// 50 and teaches 2 at 80; 13 teaches 2 at 40 without requirements.
		let c = [
			(10, alloc::vec![sl(0, 60)], alloc::vec![]),
			(11, alloc::vec![sl(1, 50)], alloc::vec![sl(0, 50)]),
			(12, alloc::vec![sl(2, 80)], alloc::vec![sl(1, 50)]),
			(13, alloc::vec![sl(2, 40)], alloc::vec![]),
			(14, alloc::vec![sl(7, 100)], alloc::vec![]),
		];
		let courses: Vec<PathCourse> =
			c.iter().map(|(id, t, r)| PathCourse { id: *id, teaches: t, requires: r }).collect();
		let none = BTreeMap::new();
		assert_eq!(shortest_path(&none, sl(2, 30), &courses).unwrap().0, alloc::vec![13]);
		assert_eq!(shortest_path(&none, sl(2, 80), &courses).unwrap().0, alloc::vec![10, 11, 12]);
		let knows_0 = BTreeMap::from([(0, 70)]);
		let (path, reached, _) = shortest_path(&knows_0, sl(2, 80), &courses).unwrap();
		assert_eq!((path, reached), (alloc::vec![11, 12], 80));
		assert!(shortest_path(&knows_0, sl(0, 50), &courses).unwrap().0.is_empty());
		assert_eq!(shortest_path(&none, sl(2, 90), &courses), Err(PathError::Unreachable));
		assert_eq!(shortest_path(&none, sl(5, 10), &courses), Err(PathError::Unreachable));
	}

	#[test]
	fn the_path_search_stops_at_its_bounds() {
		// A ladder of MAX_PATH_LEN + 1 courses, each requiring the previous rung.
		let rungs = MAX_PATH_LEN + 1;
		let c: Vec<(CourseId, Vec<SkillLevel>, Vec<SkillLevel>)> = (0..rungs)
			.map(|i| {
				let req = if i == 0 { alloc::vec![] } else { alloc::vec![sl(0, i as u8 * 10)] };
				(i, alloc::vec![sl(0, (i as u8 + 1) * 10)], req)
			})
			.collect();
		let courses: Vec<PathCourse> =
			c.iter().map(|(id, t, r)| PathCourse { id: *id, teaches: t, requires: r }).collect();
		let none = BTreeMap::new();
		let (path, _, _) = shortest_path(&none, sl(0, MAX_PATH_LEN as u8 * 10), &courses).unwrap();
		assert_eq!(path.len() as u32, MAX_PATH_LEN);
		assert_eq!(
			shortest_path(&none, sl(0, rungs as u8 * 10), &courses),
			Err(PathError::SearchBound)
		);
		// A path of six courses exists (five rungs to 20 in skills 1–5, then course 99), but
		// forty courses open on twenty skills make the state space explode first: the search
		// stops at its bound rather than run on.
		let wide: Vec<(CourseId, Vec<SkillLevel>, Vec<SkillLevel>)> = (0..40u32)
			.map(|i| {
				(
					i,
					alloc::vec![sl(i % 20, 10 + (i / 20) as u8 * 10)],
					alloc::vec![sl(i % 20 + 1, 1)],
				)
			})
			.chain(core::iter::once((
				99,
				alloc::vec![sl(0, 100)],
				(1..6).map(|s| sl(s, 20)).collect(),
			)))
			.collect();
		let courses: Vec<PathCourse> =
			wide.iter().map(|(id, t, r)| PathCourse { id: *id, teaches: t, requires: r }).collect();
		let start: BTreeMap<SkillId, u8> = (1..21).map(|s| (s, 1)).collect();
		assert_eq!(shortest_path(&start, sl(0, 100), &courses), Err(PathError::SearchBound));
		// With only the courses that matter, the same path is found.
		let narrow: Vec<PathCourse> =
			courses.into_iter().filter(|c| c.id == 99 || (21..26).contains(&c.id)).collect();
		let (path, reached, _) = shortest_path(&start, sl(0, 100), &narrow).unwrap();
		assert_eq!((path, reached), (alloc::vec![21, 22, 23, 24, 25, 99], 100));
	}
}
