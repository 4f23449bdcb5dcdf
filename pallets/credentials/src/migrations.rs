//! Storage migrations of the credentials pallet.

use super::*;

/// Version 1 → 2: courses get their own reward budget ([`Course::budget`]) and grant
/// ([`Course::granted`]), and the credentials each issuer gave each subject directly are
/// counted ([`IssuedDirectly`], for [`Config::MaxCredentialsPerIssuer`]). Pre-existing
/// delegations keep holding no deposit ([`DelegationDeposits`] starts empty).
///
/// Version 1 paid every course's reward from one shared pot, so a provider publishing a course
/// with any reward could let sybils drain it. From version 2 a course pays only from what its
/// provider escrowed or governance granted it; the migration starts every course with neither
/// (the pot's AGR stays in the pot, for governance to grant), and [`Earmarked`] at zero.
pub mod v2 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// [`Course`] as version 1 stored it: no budget, no grant.
	#[derive(
		CloneNoBound,
		PartialEqNoBound,
		EqNoBound,
		DebugNoBound,
		Encode,
		Decode,
		MaxEncodedLen,
		TypeInfo,
	)]
	#[scale_info(skip_type_params(T))]
	pub struct CourseV1<T: Config> {
		/// See [`Course::provider`].
		pub provider: T::AccountId,
		/// See [`Course::name`].
		pub name: NameOf<T>,
		/// See [`Course::schema`].
		pub schema: H256,
		/// The eight skill levels (version 3 names skills by id).
		pub skills: v3::OldSkills,
		/// See [`Course::price`].
		pub price: CoursePrice,
		/// See [`Course::reward`].
		pub reward: Balance,
		/// See [`Course::capacity`].
		pub capacity: u32,
		/// See [`Course::enrolled`].
		pub enrolled: u32,
		/// See [`Course::completed`].
		pub completed: u32,
		/// See [`Course::open`].
		pub open: bool,
	}

	impl<T: Config> CourseV1<T> {
		/// The course with an empty budget and grant.
		pub fn migrate(self) -> v3::CourseV2<T> {
			v3::CourseV2 {
				provider: self.provider,
				name: self.name,
				schema: self.schema,
				skills: self.skills,
				price: self.price,
				reward: self.reward,
				capacity: self.capacity,
				enrolled: self.enrolled,
				completed: self.completed,
				open: self.open,
				budget: 0,
				granted: 0,
			}
		}
	}

	/// The migration without its version check: use [`MigrateV1ToV2`].
	pub struct VersionUncheckedMigrateV1ToV2<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for VersionUncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			// Written in version 2's format, for the next migration (v3) to read.
			let mut n = 0u64;
			for id in Courses::<T>::iter_keys().collect::<alloc::vec::Vec<_>>() {
				let key = Courses::<T>::hashed_key_for(id);
				n = n.saturating_add(1);
				if let Some(old) = frame_support::storage::unhashed::get::<CourseV1<T>>(&key) {
					frame_support::storage::unhashed::put(&key, &old.migrate());
				}
			}
			Earmarked::<T>::kill();
			// Count the credentials issued directly, for the per-issuer cap.
			let mut c = 0u64;
			for id in Credentials::<T>::iter_keys().collect::<alloc::vec::Vec<_>>() {
				let key = Credentials::<T>::hashed_key_for(id);
				let Some(credential) =
					frame_support::storage::unhashed::get::<v3::CredentialV2<T>>(&key)
				else {
					continue;
				};
				c = c.saturating_add(1);
				if credential.course.is_none() {
					IssuedDirectly::<T>::mutate(&credential.subject, &credential.issuer, |k| {
						*k = k.saturating_add(1)
					});
				}
			}
			T::DbWeight::get().reads_writes(
				n.saturating_add(c.saturating_mul(2)),
				n.saturating_add(1).saturating_add(c),
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let mut courses: alloc::vec::Vec<(CourseId, CourseV1<T>)> = alloc::vec::Vec::new();
			for id in Courses::<T>::iter_keys() {
				let key = Courses::<T>::hashed_key_for(id);
				let v1 = frame_support::storage::unhashed::get::<CourseV1<T>>(&key)
					.ok_or("a course is not in version 1's format")?;
				courses.push((id, v1));
			}
			Ok(courses.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let old = <alloc::vec::Vec<(CourseId, CourseV1<T>)>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			ensure!(Courses::<T>::iter_keys().count() == old.len(), "courses were lost");
			for (id, v1) in old {
				let key = Courses::<T>::hashed_key_for(id);
				let now = frame_support::storage::unhashed::get::<v3::CourseV2<T>>(&key)
					.ok_or("a course is gone")?;
				ensure!(now == v1.migrate(), "a course changed");
			}
			ensure!(Earmarked::<T>::get() == 0, "a budget appeared");
			Ok(())
		}
	}

	/// Version 1 → 2, run only when the pallet's on-chain storage version is 1. Add it to the
	/// runtime's `Migrations`: `pallet_credentials::migrations::v2::MigrateV1ToV2<Runtime>`.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		VersionUncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 → 3: skills become ids of a governed taxonomy.
///
/// Version 2 stored eight unnamed skill levels per course and credential. Version 3 registers
/// one skill per slot (named by `Seed`, ids 0–7, unless the taxonomy has skills already),
/// turns each course's levels into what it teaches (slot `i` at a level above zero → skill `i`)
/// with no requirements, and each credential's into the skills it attests. Every credential
/// gets the next index of its issuer's status lists, with its revocation or suspension bit
/// set; every learner gets a mastery record per skill over its credentials that are neither
/// revoked nor suspended, traced with the default [`MasteryParams`].
///
/// It reads and writes every course and credential once, in one block: sized for a young
/// chain (a few thousand credentials); a chain holding many more would need it as a
/// multi-block migration.
pub mod v3 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// Version 2's skill levels: one per slot, 0–100.
	pub type OldSkills = BoundedVec<u8, ConstU32<32>>;

	/// [`Course`] as version 2 stored it.
	#[derive(
		CloneNoBound,
		PartialEqNoBound,
		EqNoBound,
		DebugNoBound,
		Encode,
		Decode,
		MaxEncodedLen,
		TypeInfo,
	)]
	#[scale_info(skip_type_params(T))]
	pub struct CourseV2<T: Config> {
		/// See [`Course::provider`].
		pub provider: T::AccountId,
		/// See [`Course::name`].
		pub name: NameOf<T>,
		/// See [`Course::schema`].
		pub schema: H256,
		/// One level per slot.
		pub skills: OldSkills,
		/// See [`Course::price`].
		pub price: CoursePrice,
		/// See [`Course::reward`].
		pub reward: Balance,
		/// See [`Course::capacity`].
		pub capacity: u32,
		/// See [`Course::enrolled`].
		pub enrolled: u32,
		/// See [`Course::completed`].
		pub completed: u32,
		/// See [`Course::open`].
		pub open: bool,
		/// See [`Course::budget`].
		pub budget: Balance,
		/// See [`Course::granted`].
		pub granted: Balance,
	}

	/// [`Credential`] as version 2 stored it.
	#[derive(
		CloneNoBound,
		PartialEqNoBound,
		EqNoBound,
		DebugNoBound,
		Encode,
		Decode,
		MaxEncodedLen,
		TypeInfo,
	)]
	#[scale_info(skip_type_params(T))]
	pub struct CredentialV2<T: Config> {
		/// See [`Credential::subject`].
		pub subject: T::AccountId,
		/// See [`Credential::issuer`].
		pub issuer: T::AccountId,
		/// See [`Credential::issued_by`].
		pub issued_by: T::AccountId,
		/// See [`Credential::schema`].
		pub schema: H256,
		/// See [`Credential::claim_hash`].
		pub claim_hash: H256,
		/// One level per slot.
		pub skills: OldSkills,
		/// See [`Credential::issued_at`].
		pub issued_at: Moment,
		/// See [`Credential::expires_at`].
		pub expires_at: Option<Moment>,
		/// See [`Credential::course`].
		pub course: Option<CourseId>,
		/// See [`Credential::revoked`].
		pub revoked: Option<Revocation>,
		/// See [`Credential::hidden`].
		pub hidden: bool,
		/// See [`Credential::depositor`].
		pub depositor: T::AccountId,
		/// See [`Credential::deposit`].
		pub deposit: Balance,
	}

	/// Slot `i` at a level above zero → skill `i` (levels above 100 become 100; slots without
	/// a seeded skill are dropped).
	pub fn map_slots<T: Config>(old: &OldSkills, seeded: u32) -> SkillsOf<T> {
		let mut out = SkillsOf::<T>::default();
		for (i, level) in old.iter().enumerate() {
			let Ok(skill) = SkillId::try_from(i) else { break };
			if *level > 0 && skill < seeded {
				let _ = out.try_push(SkillLevel { skill, level: (*level).min(MAX_SKILL_LEVEL) });
			}
		}
		out
	}

	impl<T: Config> CourseV2<T> {
		/// The course teaching the seeded skills of its slots, requiring nothing.
		pub fn migrate(self, seeded: u32) -> Course<T> {
			Course {
				provider: self.provider,
				name: self.name,
				schema: self.schema,
				teaches: map_slots::<T>(&self.skills, seeded),
				requires: Default::default(),
				price: self.price,
				reward: self.reward,
				capacity: self.capacity,
				enrolled: self.enrolled,
				completed: self.completed,
				open: self.open,
				budget: self.budget,
				granted: self.granted,
			}
		}
	}

	impl<T: Config> CredentialV2<T> {
		/// The credential attesting the seeded skills of its slots, at `status_index`.
		pub fn migrate(self, seeded: u32, status_index: u32) -> Credential<T> {
			Credential {
				subject: self.subject,
				issuer: self.issuer,
				issued_by: self.issued_by,
				schema: self.schema,
				claim_hash: self.claim_hash,
				skills: map_slots::<T>(&self.skills, seeded),
				status_index,
				issued_at: self.issued_at,
				expires_at: self.expires_at,
				course: self.course,
				revoked: self.revoked,
				hidden: self.hidden,
				depositor: self.depositor,
				deposit: self.deposit,
			}
		}
	}

	/// The migration without its version check: use [`MigrateV2ToV3`]. `Seed` names the skills
	/// registered for version 2's slots, in slot order, with their prerequisites (earlier
	/// seeds).
	pub struct VersionUncheckedMigrateV2ToV3<T, Seed>(PhantomData<(T, Seed)>);

	impl<T: Config, Seed: Get<alloc::vec::Vec<(&'static str, alloc::vec::Vec<SkillId>)>>>
		UncheckedOnRuntimeUpgrade for VersionUncheckedMigrateV2ToV3<T, Seed>
	{
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (1u64, 0u64);
			if NextSkillId::<T>::get() == 0 {
				let mut id: SkillId = 0;
				for (name, prerequisites) in
					Seed::get().into_iter().take(T::MaxSkills::get() as usize)
				{
					let Ok(name) = NameOf::<T>::try_from(name.as_bytes().to_vec()) else { break };
					// Prerequisites name skills seeded before: the graph is acyclic.
					let prerequisites: alloc::vec::Vec<SkillId> =
						prerequisites.into_iter().filter(|p| *p < id).collect();
					let skill = Skill::<T> {
						name,
						alignment: None,
						prerequisites: prerequisites.try_into().unwrap_or_default(),
						retired: false,
					};
					Skills::<T>::insert(id, skill);
					id = id.saturating_add(1);
					writes = writes.saturating_add(1);
				}
				NextSkillId::<T>::put(id);
				writes = writes.saturating_add(1);
			}
			let seeded = NextSkillId::<T>::get();
			for id in Courses::<T>::iter_keys().collect::<alloc::vec::Vec<_>>() {
				let key = Courses::<T>::hashed_key_for(id);
				reads = reads.saturating_add(1);
				if let Some(old) = frame_support::storage::unhashed::get::<CourseV2<T>>(&key) {
					Courses::<T>::insert(id, old.migrate(seeded));
					writes = writes.saturating_add(1);
				}
			}
			let mut ids: alloc::vec::Vec<CredentialId> = Credentials::<T>::iter_keys().collect();
			ids.sort();
			let mut evidence: BTreeMap<(T::AccountId, SkillId), EvidenceOf<T>> = BTreeMap::new();
			for id in ids {
				let key = Credentials::<T>::hashed_key_for(id);
				reads = reads.saturating_add(3);
				let Some(old) = frame_support::storage::unhashed::get::<CredentialV2<T>>(&key)
				else {
					continue;
				};
				let index = NextStatusIndex::<T>::get(&old.issuer);
				NextStatusIndex::<T>::insert(&old.issuer, index.saturating_add(1));
				let new = old.migrate(seeded, index);
				if new.revoked.is_some() {
					Pallet::<T>::set_status(&new.issuer, StatusPurpose::Revocation, index, true);
					writes = writes.saturating_add(1);
				}
				if Suspensions::<T>::contains_key(id) {
					Pallet::<T>::set_status(&new.issuer, StatusPurpose::Suspension, index, true);
					writes = writes.saturating_add(1);
				} else if new.revoked.is_none() {
					for s in new.skills.iter() {
						let e = evidence.entry((new.subject.clone(), s.skill)).or_default();
						let _ = e.try_push((id, s.level, new.expires_at));
					}
				}
				Credentials::<T>::insert(id, new);
				writes = writes.saturating_add(2);
			}
			let params = MasteryParameters::<T>::get();
			for ((learner, skill), evidence) in evidence {
				let (level, mastery) = params.estimate(evidence.iter().map(|(_, l, _)| *l));
				Mastery::<T>::insert(learner, skill, MasteryRecord { level, mastery, evidence });
				writes = writes.saturating_add(1);
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let mut courses: alloc::vec::Vec<(CourseId, CourseV2<T>)> = alloc::vec::Vec::new();
			for id in Courses::<T>::iter_keys() {
				let key = Courses::<T>::hashed_key_for(id);
				let v2 = frame_support::storage::unhashed::get::<CourseV2<T>>(&key)
					.ok_or("a course is not in version 2's format")?;
				courses.push((id, v2));
			}
			let mut credentials: alloc::vec::Vec<(CredentialId, CredentialV2<T>)> =
				alloc::vec::Vec::new();
			for id in Credentials::<T>::iter_keys() {
				let key = Credentials::<T>::hashed_key_for(id);
				let v2 = frame_support::storage::unhashed::get::<CredentialV2<T>>(&key)
					.ok_or("a credential is not in version 2's format")?;
				credentials.push((id, v2));
			}
			Ok((courses, credentials).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			type Old<T> = (
				alloc::vec::Vec<(CourseId, CourseV2<T>)>,
				alloc::vec::Vec<(CredentialId, CredentialV2<T>)>,
			);
			let (courses, credentials) = <Old<T>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			let seeded = NextSkillId::<T>::get();
			ensure!(seeded > 0 || (courses.is_empty() && credentials.is_empty()), "no skills");
			ensure!(Courses::<T>::iter().count() == courses.len(), "courses were lost");
			for (id, v2) in courses {
				let now = Courses::<T>::get(id).ok_or("a course is gone")?;
				ensure!(now == v2.migrate(seeded), "a course changed beyond its skills");
			}
			ensure!(Credentials::<T>::iter().count() == credentials.len(), "credentials lost");
			for (id, v2) in credentials {
				let now = Credentials::<T>::get(id).ok_or("a credential is gone")?;
				ensure!(
					now == v2.clone().migrate(seeded, now.status_index),
					"a credential changed beyond its skills"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 2 → 3, run only when the pallet's on-chain storage version is 2. Add it to the
	/// runtime's `Migrations`: `pallet_credentials::migrations::v3::MigrateV2ToV3<Runtime, Seed>`.
	pub type MigrateV2ToV3<T, Seed> = VersionedMigration<
		2,
		3,
		VersionUncheckedMigrateV2ToV3<T, Seed>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
