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
		/// See [`Course::skills`].
		pub skills: SkillsOf<T>,
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
		pub fn migrate(self) -> Course<T> {
			Course {
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
			let mut n = 0u64;
			Courses::<T>::translate_values::<CourseV1<T>, _>(|old| {
				n = n.saturating_add(1);
				Some(old.migrate())
			});
			Earmarked::<T>::kill();
			// Count the credentials issued directly, for the per-issuer cap.
			let mut c = 0u64;
			for (_, credential) in Credentials::<T>::iter() {
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
			ensure!(Courses::<T>::iter().count() == old.len(), "courses were lost");
			for (id, v1) in old {
				let now = Courses::<T>::get(id).ok_or("a course is gone")?;
				ensure!(now == v1.migrate(), "a course changed");
			}
			ensure!(Earmarked::<T>::get() == 0, "a budget appeared");
			Pallet::<T>::do_try_state()
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
