//! **Off-chain only** (`std` feature): conversions between `f64` and [`Fixed`].
//!
//! This is the only module of the crate that touches floating point. It exists for off-chain
//! trainers (e.g. turning smartcore coefficients into a [`crate::LogisticRegression`]) and
//! tests. Never call it from runtime code; it is not compiled without `std`.
#![allow(clippy::float_arithmetic, clippy::cast_possible_truncation)]

use crate::{Error, Fixed, Matrix, Result};
use alloc::vec::Vec;

/// `2^32` as `f64`.
const SCALE: f64 = 4_294_967_296.0;

/// Rounds `v` to the nearest [`Fixed`]; [`Error::Overflow`] for NaN, infinities and values
/// outside the range.
pub fn to_fixed(v: f64) -> Result<Fixed> {
	let s = (v * SCALE).round();
	// i64::MAX as f64 rounds up to 2^63, hence the strict upper bound.
	if !s.is_finite() || !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&s) {
		return Err(Error::Overflow);
	}
	Ok(Fixed::from_bits(s as i64))
}

/// The value of `v` as `f64` (exact for `|bits| < 2^53`, otherwise rounded).
pub fn to_f64(v: Fixed) -> f64 {
	v.to_bits() as f64 / SCALE
}

/// Converts a slice elementwise with [`to_fixed`].
pub fn slice_to_fixed(v: &[f64]) -> Result<Vec<Fixed>> {
	v.iter().map(|x| to_fixed(*x)).collect()
}

/// Builds a [`Matrix`] from `f64` rows.
pub fn matrix_from_rows<R: AsRef<[f64]>>(rows: &[R]) -> Result<Matrix> {
	let rows: Vec<Vec<Fixed>> =
		rows.iter().map(|r| slice_to_fixed(r.as_ref())).collect::<Result<_>>()?;
	Matrix::from_rows(&rows)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn conversions() {
		assert_eq!(to_fixed(1.5).unwrap(), Fixed::from_rational(3, 2).unwrap());
		assert_eq!(to_f64(Fixed::from_int(-7)), -7.0);
		assert_eq!(to_fixed(f64::NAN), Err(Error::Overflow));
		assert_eq!(to_fixed(2147483648.0), Err(Error::Overflow));
		assert_eq!(to_fixed(-2147483648.0).unwrap(), Fixed::MIN);
		assert!(to_fixed(2147483647.99999).is_ok());
	}
}
