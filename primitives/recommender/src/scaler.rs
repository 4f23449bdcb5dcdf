//! Standardisation of features (smartcore's `StandardScaler`).

use crate::fixed::{div_round, div_round_u, from_i128_bits, isqrt_round};
use crate::{Error, FeatureVec, Fixed, Matrix, Result, FRAC_BITS};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Parameters of a [`StandardScaler`] (smartcore's `StandardScalerParameters`).
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
)]
pub struct StandardScalerParameters {
	/// Subtract the column mean (default `true`).
	pub with_mean: bool,
	/// Divide by the column standard deviation (default `true`).
	pub with_std: bool,
}

impl Default for StandardScalerParameters {
	fn default() -> Self {
		StandardScalerParameters { with_mean: true, with_std: true }
	}
}

impl StandardScalerParameters {
	/// Sets `with_mean`.
	pub fn with_mean(mut self, with_mean: bool) -> Self {
		self.with_mean = with_mean;
		self
	}
	/// Sets `with_std`.
	pub fn with_std(mut self, with_std: bool) -> Self {
		self.with_std = with_std;
		self
	}
}

/// Transforms each feature to `(x - mean) / std` (smartcore's `StandardScaler`).
///
/// `std` is the population standard deviation (divide by `n`, as smartcore). A zero standard
/// deviation is replaced by the smallest positive value ([`Fixed::EPSILON`]), mirroring
/// smartcore's `max(std, min_positive_value)`: a constant column then maps to 0 for its own
/// value and to [`Error::Overflow`] for any value more than 0.5 away from it.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct StandardScaler {
	means: FeatureVec,
	stds: FeatureVec,
	parameters: StandardScalerParameters,
}

impl StandardScaler {
	/// Fits the column means and standard deviations of `x`, exactly in integers (each rounded
	/// once to nearest).
	pub fn fit(x: &Matrix, parameters: StandardScalerParameters) -> Result<Self> {
		let (rows, n) = x.validate()?;
		if rows == 0 {
			return Err(Error::EmptyModel);
		}
		let rows_i = i128::try_from(rows).map_err(|_| Error::Overflow)?;
		let rows_u = u128::try_from(rows).map_err(|_| Error::Overflow)?;
		let mut means = FeatureVec::new();
		let mut stds = FeatureVec::new();
		for j in 0..n {
			let col = x.as_slice().iter().skip(j).step_by(n);
			let s1 = col.clone().fold(0i128, |a, v| a.saturating_add(i128::from(v.to_bits())));
			let mean = from_i128_bits(div_round(s1, rows_i)?)?;
			let mut s2: u128 = 0;
			for v in col {
				let d = u128::from(v.to_bits().abs_diff(mean.to_bits()));
				s2 = s2.checked_add(d * d).ok_or(Error::Overflow)?;
			}
			let var = div_round_u(s2, rows_u)?; // Q64.64
			let std = i64::try_from(isqrt_round(var)).map_err(|_| Error::Overflow)?;
			means.try_push(mean).map_err(|_| Error::TooManyFeatures)?;
			stds.try_push(Fixed::from_bits(std)).map_err(|_| Error::TooManyFeatures)?;
		}
		Ok(StandardScaler { means, stds, parameters })
	}

	/// Builds a scaler from known means and (non-negative) standard deviations.
	pub fn from_parts(
		means: Vec<Fixed>,
		stds: Vec<Fixed>,
		parameters: StandardScalerParameters,
	) -> Result<Self> {
		if means.is_empty() {
			return Err(Error::EmptyModel);
		}
		if means.len() != stds.len() {
			return Err(Error::DimensionMismatch);
		}
		if stds.iter().any(|s| s.is_negative()) {
			return Err(Error::InvalidParameter);
		}
		Ok(StandardScaler {
			means: FeatureVec::try_from(means).map_err(|_| Error::TooManyFeatures)?,
			stds: FeatureVec::try_from(stds).map_err(|_| Error::TooManyFeatures)?,
			parameters,
		})
	}

	/// Column means.
	pub fn means(&self) -> &[Fixed] {
		&self.means
	}

	/// Column (population) standard deviations.
	pub fn stds(&self) -> &[Fixed] {
		&self.stds
	}

	/// The parameters.
	pub fn parameters(&self) -> StandardScalerParameters {
		self.parameters
	}

	/// Fixed-point numbers the scaler holds: a mean and a standard deviation per feature.
	pub fn n_cells(&self) -> u32 {
		u32::try_from(self.means.len().saturating_add(self.stds.len())).unwrap_or(u32::MAX)
	}

	/// Checks a decoded (untrusted) scaler for an estimator of `n_features` features: one mean
	/// and one standard deviation per feature ([`Error::DimensionMismatch`]), none negative,
	/// and, when it divides by them, none zero ([`Error::InvalidParameter`]): a column that was
	/// constant in training would turn every other value into [`Error::Overflow`], so such a
	/// scaler is refused where it is stored rather than failing its users' queries later.
	pub fn validate(&self, n_features: u32) -> Result<()> {
		let n = usize::try_from(n_features).map_err(|_| Error::Overflow)?;
		if self.means.len() != n || self.stds.len() != n {
			return Err(Error::DimensionMismatch);
		}
		let bad = |s: &Fixed| s.is_negative() || (self.parameters.with_std && *s == Fixed::ZERO);
		if self.stds.iter().any(bad) {
			return Err(Error::InvalidParameter);
		}
		Ok(())
	}

	/// Transforms one sample.
	pub fn transform(&self, x: &[Fixed]) -> Result<FeatureVec> {
		if self.means.len() != self.stds.len() || self.means.is_empty() {
			return Err(Error::InvalidParameter);
		}
		if x.len() != self.means.len() {
			return Err(Error::DimensionMismatch);
		}
		let mut out = FeatureVec::new();
		for ((v, m), s) in x.iter().zip(self.means.iter()).zip(self.stds.iter()) {
			let m = if self.parameters.with_mean { m.to_bits() } else { 0 };
			let d = i128::from(v.to_bits()) - i128::from(m);
			let r = if self.parameters.with_std {
				let s = s.to_bits().max(Fixed::EPSILON.to_bits());
				div_round(d << FRAC_BITS, i128::from(s))?
			} else {
				d
			};
			out.try_push(from_i128_bits(r)?).map_err(|_| Error::TooManyFeatures)?;
		}
		Ok(out)
	}

	/// Transforms every row of `x`.
	pub fn transform_matrix(&self, x: &Matrix) -> Result<Matrix> {
		let (_, n) = x.validate()?;
		let mut data = Vec::with_capacity(x.as_slice().len());
		for row in x.as_slice().chunks_exact(n) {
			data.extend_from_slice(&self.transform(row)?);
		}
		Matrix::new(x.n_features(), data)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn fit_transform() {
		let rows: Vec<Vec<Fixed>> = [[0, 1], [2, 1], [4, 1]]
			.iter()
			.map(|r| r.iter().map(|v| Fixed::from_int(*v)).collect())
			.collect();
		let x = Matrix::from_rows(&rows).unwrap();
		let s = StandardScaler::fit(&x, Default::default()).unwrap();
		assert_eq!(s.means(), &[Fixed::from_int(2), Fixed::from_int(1)]);
		// population std of 0,2,4 = sqrt(8/3)
		let std = s.stds()[0].to_bits() as f64 / 4294967296.0;
		assert!((std - (8.0f64 / 3.0).sqrt()).abs() < 1e-9);
		assert_eq!(s.stds()[1], Fixed::ZERO);
		let t = s.transform(&[Fixed::from_int(2), Fixed::from_int(1)]).unwrap();
		assert_eq!(t.to_vec(), vec![Fixed::ZERO, Fixed::ZERO]);
		assert_eq!(s.transform(&[Fixed::ZERO, Fixed::from_int(2)]), Err(Error::Overflow));
		let m = s.transform_matrix(&x).unwrap();
		assert_eq!(m.n_samples(), 3);
		let p = StandardScalerParameters::default().with_mean(false).with_std(false);
		let s = StandardScaler::from_parts(vec![Fixed::ONE], vec![Fixed::ONE], p).unwrap();
		assert_eq!(s.transform(&[Fixed::from_int(5)]).unwrap()[0], Fixed::from_int(5));
		assert_eq!(s.transform(&[]), Err(Error::DimensionMismatch));
	}
}
