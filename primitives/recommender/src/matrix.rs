//! A bounded, row-major matrix of [`Fixed`] values.

use crate::{us, Error, Fixed, Result, MAX_CELLS, MAX_FEATURES, MAX_SAMPLES};
use alloc::vec::Vec;
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A dense row-major matrix: `n_samples()` rows of `n_features()` [`Fixed`] values, stored
/// flat. At most [`MAX_SAMPLES`] rows and `1..=`[`MAX_FEATURES`] columns.
///
/// A decoded value is not trusted: every consumer re-checks the shape and returns
/// [`Error::InvalidParameter`] for an inconsistent one.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Matrix {
	n_features: u32,
	data: BoundedVec<Fixed, ConstU32<MAX_CELLS>>,
}

impl Matrix {
	/// Builds a matrix from flat row-major `data` with `n_features` columns.
	///
	/// Errors: [`Error::TooManyFeatures`] if `n_features` is 0 or above [`MAX_FEATURES`],
	/// [`Error::DimensionMismatch`] if `data.len()` is not a multiple of `n_features`,
	/// [`Error::TooManySamples`] for more than [`MAX_SAMPLES`] rows.
	pub fn new(n_features: u32, data: Vec<Fixed>) -> Result<Matrix> {
		check_shape(n_features, data.len())?;
		let data = BoundedVec::try_from(data).map_err(|_| Error::TooManySamples)?;
		Ok(Matrix { n_features, data })
	}

	/// Builds a matrix from rows; all rows must have the same non-zero length.
	pub fn from_rows<R: AsRef<[Fixed]>>(rows: &[R]) -> Result<Matrix> {
		let first = rows.first().ok_or(Error::EmptyModel)?;
		let n = first.as_ref().len();
		if rows.len() > us(MAX_SAMPLES) {
			return Err(Error::TooManySamples);
		}
		let mut data = Vec::with_capacity(n.saturating_mul(rows.len()));
		for r in rows {
			let r = r.as_ref();
			if r.len() != n {
				return Err(Error::DimensionMismatch);
			}
			data.extend_from_slice(r);
		}
		let n = u32::try_from(n).map_err(|_| Error::TooManyFeatures)?;
		Matrix::new(n, data)
	}

	/// Number of columns.
	pub fn n_features(&self) -> u32 {
		self.n_features
	}

	/// Number of rows (0 for an inconsistent decoded value).
	pub fn n_samples(&self) -> u32 {
		if self.n_features == 0 {
			return 0;
		}
		u32::try_from(self.data.len() / us(self.n_features)).unwrap_or(0)
	}

	/// Row `i`, or `None` if out of range.
	pub fn row(&self, i: u32) -> Option<&[Fixed]> {
		let n = us(self.n_features);
		let start = us(i).checked_mul(n)?;
		self.data.get(start..start.checked_add(n)?)
	}

	/// The flat row-major data.
	pub fn as_slice(&self) -> &[Fixed] {
		&self.data
	}

	/// Re-checks the invariants (relevant for decoded values); returns `(rows, columns)`.
	pub(crate) fn validate(&self) -> Result<(usize, usize)> {
		check_shape(self.n_features, self.data.len()).map_err(|_| Error::InvalidParameter)?;
		let n = us(self.n_features);
		Ok((self.data.len() / n, n))
	}
}

fn check_shape(n_features: u32, len: usize) -> Result<()> {
	if n_features == 0 || n_features > MAX_FEATURES {
		return Err(Error::TooManyFeatures);
	}
	let n = us(n_features);
	if !len.is_multiple_of(n) {
		return Err(Error::DimensionMismatch);
	}
	if len / n > us(MAX_SAMPLES) {
		return Err(Error::TooManySamples);
	}
	Ok(())
}
