//! Distance metrics (smartcore's `Euclidian`, `Manhattan` and `Cosine`).

use crate::fixed::{div_round, isqrt_round, round_shr, round_shr_u};
use crate::FRAC_BITS;
use crate::{Error, Fixed, Result};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A distance metric between two feature vectors, named as in smartcore 0.7.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Distance {
	/// Euclidean distance `sqrt(Σ (a_i - b_i)^2)` (smartcore spells it `Euclidian`; so do we).
	/// The default, as in smartcore.
	#[default]
	Euclidian,
	/// Manhattan (L1) distance `Σ |a_i - b_i|`.
	Manhattan,
	/// Cosine distance `1 - a·b / (|a| |b|)`, in `[0, 2]`. If either vector is all zeros the
	/// distance is [`Fixed::MAX`] (smartcore uses similarity `f64::MIN`, i.e. an "infinite"
	/// distance). The similarity is clamped to `[-1, 1]` before subtracting.
	Cosine,
}

impl Distance {
	/// The distance between `a` and `b`.
	///
	/// Errors: [`Error::DimensionMismatch`] for different lengths, [`Error::Overflow`] if the
	/// distance exceeds [`Fixed::MAX`] or an exact intermediate sum exceeds 128 bits.
	pub fn distance(&self, a: &[Fixed], b: &[Fixed]) -> Result<Fixed> {
		if a.len() != b.len() {
			return Err(Error::DimensionMismatch);
		}
		let key = match self {
			Distance::Euclidian => squared_euclidean(a, b).ok_or(Error::Overflow)?,
			Distance::Manhattan => manhattan(a, b),
			Distance::Cosine => cosine_key(a, b, &CosineNorm::of(a)?)?,
		};
		self.key_to_distance(key)
	}

	/// `1 / distance` of a ranking key as `(mantissa, exponent)`: proportional to
	/// `mantissa * 2^exponent`, mantissa in `(2^59, 2^66)`, relative precision ~2^-58.
	/// `key` must be non-zero.
	pub(crate) fn inverse(&self, key: u128) -> (u128, i32) {
		match self {
			Distance::Euclidian => {
				// 1/sqrt(key) = 2^k / root.
				let (root, k) = normalized_root(key);
				((1u128 << 124) / root.max(1), k)
			},
			Distance::Manhattan | Distance::Cosine => {
				// Normalise key into [2^63, 2^64): key' = key * 2^s; 1/key = 2^s / key'.
				let bits = 128 - key.leading_zeros();
				let bits = i32::try_from(bits).unwrap_or(128);
				let s = 64 - bits;
				let norm = if s >= 0 {
					key << u32::try_from(s).unwrap_or(0)
				} else {
					key >> u32::try_from(-s).unwrap_or(0)
				};
				((1u128 << 124) / norm.max(1), s)
			},
		}
	}

	/// Converts a ranking key to the reported distance.
	pub(crate) fn key_to_distance(&self, key: u128) -> Result<Fixed> {
		let bits = match self {
			// key is Σ diff_bits^2, i.e. the squared distance in Q64.64: its root is Q32.32.
			Distance::Euclidian => isqrt_round(key),
			Distance::Manhattan => key,
			Distance::Cosine if key == COSINE_ZERO_NORM => return Ok(Fixed::MAX),
			// Q2.62 -> Q32.32.
			Distance::Cosine => round_shr_u(key, COSINE_BITS - FRAC_BITS),
		};
		i64::try_from(bits).map(Fixed::from_bits).map_err(|_| Error::Overflow)
	}
}

/// Fractional bits of the cosine ranking key (the cosine distance in Q2.62).
pub(crate) const COSINE_BITS: u32 = 62;
/// Cosine ranking key of a pair involving an all-zero vector ("infinite" distance).
pub(crate) const COSINE_ZERO_NORM: u128 = u128::MAX;

/// Exact `Σ (a_i - b_i)^2` in Q64.64 bits, `None` if it exceeds `u128`.
#[inline]
pub(crate) fn squared_euclidean(a: &[Fixed], b: &[Fixed]) -> Option<u128> {
	let mut acc: u128 = 0;
	let mut overflow = false;
	for (x, y) in a.iter().zip(b) {
		// |x - y| < 2^64 fits u64 exactly, and its square fits u128.
		let d = u128::from(x.to_bits().abs_diff(y.to_bits()));
		let (s, o) = acc.overflowing_add(d * d);
		acc = s;
		overflow |= o;
	}
	if overflow {
		None
	} else {
		Some(acc)
	}
}

/// Exact `Σ |a_i - b_i|` in Q32.32 bits (at most 64 terms below 2^64: cannot overflow).
#[inline]
pub(crate) fn manhattan(a: &[Fixed], b: &[Fixed]) -> u128 {
	a.iter().zip(b).fold(0u128, |acc, (x, y)| {
		acc.saturating_add(u128::from(x.to_bits().abs_diff(y.to_bits())))
	})
}

/// Exact `Σ a_i^2` in Q64.64 bits and an overflow flag.
#[inline]
pub(crate) fn squared_norm(a: &[Fixed]) -> (u128, bool) {
	let mut acc: u128 = 0;
	let mut overflow = false;
	for x in a {
		let v = u128::from(x.to_bits().unsigned_abs());
		let (s, o) = acc.overflowing_add(v * v);
		acc = s;
		overflow |= o;
	}
	(acc, overflow)
}

/// A vector's squared norm with its normalised root: computed once per query and reused for
/// every row it is compared with (the root is an integer square root of a `u128`, the most
/// expensive step of a cosine distance).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CosineNorm {
	/// Exact `Σ a_i^2` in Q64.64 bits.
	n2: u128,
	/// [`normalized_root`] of `n2` (unused when `n2` is 0).
	root: (u128, i32),
}

impl CosineNorm {
	/// The norm of `a`. Errors: [`Error::Overflow`] if `Σ a_i^2` exceeds `u128`.
	#[inline]
	pub(crate) fn of(a: &[Fixed]) -> Result<Self> {
		let (n2, of) = squared_norm(a);
		if of {
			return Err(Error::Overflow);
		}
		Ok(Self::from_squared(n2))
	}

	/// The norm of a vector whose exact squared norm is `n2`.
	#[inline]
	pub(crate) fn from_squared(n2: u128) -> Self {
		CosineNorm { n2, root: if n2 == 0 { (0, 0) } else { normalized_root(n2) } }
	}
}

/// Cosine distance in Q2.62 (the ranking key) between `a` and `b`, given `a`'s norm;
/// [`COSINE_ZERO_NORM`] if either vector is all zeros. One square root (of `b`'s norm) per
/// call.
#[inline]
pub(crate) fn cosine_key(a: &[Fixed], b: &[Fixed], norm_a: &CosineNorm) -> Result<u128> {
	let mut dot: i128 = 0;
	for (x, y) in a.iter().zip(b) {
		// |x * y| < 2^126; the sum is checked.
		let p = i128::from(x.to_bits()) * i128::from(y.to_bits());
		dot = dot.checked_add(p).ok_or(Error::Overflow)?;
	}
	let (norm_b2, of) = squared_norm(b);
	if of {
		return Err(Error::Overflow);
	}
	match cosine_similarity(dot, norm_a, norm_b2, COSINE_BITS)? {
		None => Ok(COSINE_ZERO_NORM),
		// sim in [-2^62, 2^62]: the distance is in [0, 2^63].
		Some(s) => u128::try_from((1i128 << COSINE_BITS) - s).map_err(|_| Error::Overflow),
	}
}

/// `sqrt(n2 * 4^k)` with `k` chosen so the root lies in `[2^60, 2^61)`; returns `(root, k)`.
fn normalized_root(n2: u128) -> (u128, i32) {
	#[cfg(test)]
	ROOTS.with(|r| r.set(r.get() + 1));
	// Want n2 * 4^k in [2^120, 2^122).
	let bits = 128 - n2.leading_zeros(); // n2 > 0: bits in 1..=128
	let bits = i32::try_from(bits).unwrap_or(128);
	let k = (121 - bits).div_euclid(2);
	let scaled = if k >= 0 {
		n2 << u32::try_from(2 * k).unwrap_or(0)
	} else {
		n2 >> u32::try_from(-2 * k).unwrap_or(0)
	};
	(scaled.isqrt(), k)
}

#[cfg(test)]
std::thread_local! {
	/// How many integer square roots [`normalized_root`] took on this thread (tests only).
	pub(crate) static ROOTS: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

/// Cosine similarity `dot / (|a| |b|)` with `frac` fractional bits (at most 62), clamped to
/// `[-1, 1]`; `None` when a norm is zero. `dot` and `norm_b2` are Q64.64 bits; `norm_a` is
/// precomputed.
pub(crate) fn cosine_similarity(
	dot: i128,
	norm_a: &CosineNorm,
	norm_b2: u128,
	frac: u32,
) -> Result<Option<i128>> {
	if norm_a.n2 == 0 || norm_b2 == 0 {
		return Ok(None);
	}
	let (ra, ka) = norm_a.root;
	let (rb, kb) = normalized_root(norm_b2);
	// denom = |a||b| * 2^(ka+kb) in the same units as dot; in [2^120, 2^122).
	let denom = ra.checked_mul(rb).ok_or(Error::Overflow)?;
	// denom >> frac keeps at least 57 significant bits.
	let denom = i128::try_from(denom >> frac.min(62)).map_err(|_| Error::Overflow)?;
	let e = ka.saturating_add(kb);
	// By Cauchy-Schwarz |dot| * 2^e <= denom (1 + 2^-58) < 2^123: shifting fits.
	let num = if e >= 0 {
		let s = u32::try_from(e).map_err(|_| Error::Overflow)?;
		if s >= 127 {
			return Err(Error::Overflow);
		}
		let v = dot.checked_shl(s).ok_or(Error::Overflow)?;
		if v >> s != dot {
			return Err(Error::Overflow);
		}
		v
	} else {
		let s = u32::try_from(-i64::from(e)).map_err(|_| Error::Overflow)?;
		if s >= 127 {
			0
		} else {
			round_shr(dot, s)
		}
	};
	let one = 1i128 << frac.min(62);
	Ok(Some(div_round(num, denom)?.clamp(-one, one)))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn v(xs: &[f64]) -> Vec<Fixed> {
		xs.iter().map(|x| Fixed::from_bits((x * 4294967296.0).round() as i64)).collect()
	}
	fn g(v: Fixed) -> f64 {
		v.to_bits() as f64 / 4294967296.0
	}

	#[test]
	fn distances_match_float() {
		let a = v(&[1.0, 2.0, 3.5, -4.0]);
		let b = v(&[0.5, -2.0, 3.0, 4.0]);
		let e = g(Distance::Euclidian.distance(&a, &b).unwrap());
		assert!((e - (0.25f64 + 16.0 + 0.25 + 64.0).sqrt()).abs() < 1e-9);
		assert_eq!(g(Distance::Manhattan.distance(&a, &b).unwrap()), 13.0);
		let dot = 0.5 - 4.0 + 10.5 - 16.0;
		let na = (1.0f64 + 4.0 + 12.25 + 16.0).sqrt();
		let nb = (0.25f64 + 4.0 + 9.0 + 16.0).sqrt();
		let c = g(Distance::Cosine.distance(&a, &b).unwrap());
		assert!((c - (1.0 - dot / (na * nb))).abs() < 1e-9, "{c}");
		// Tiny vectors keep their precision.
		let a = v(&[1e-6, 2e-6]);
		let b = v(&[2e-6, 1e-6]);
		let c = g(Distance::Cosine.distance(&a, &b).unwrap());
		assert!((c - 0.2).abs() < 1e-3, "{c}");
		assert_eq!(Distance::Cosine.distance(&v(&[0.0]), &v(&[1.0])).unwrap(), Fixed::MAX);
		assert_eq!(Distance::Cosine.distance(&a, &a).unwrap(), Fixed::ZERO);
	}

	#[test]
	fn distance_extremes() {
		let a = vec![Fixed::MAX; 64];
		let b = vec![Fixed::MIN; 64];
		assert_eq!(Distance::Euclidian.distance(&a, &b), Err(Error::Overflow));
		assert_eq!(Distance::Manhattan.distance(&a, &b), Err(Error::Overflow));
		assert_eq!(Distance::Cosine.distance(&a, &b), Err(Error::Overflow));
		assert_eq!(Distance::Euclidian.distance(&a[..1], &b[..2]), Err(Error::DimensionMismatch));
		let c = Distance::Cosine.distance(&a[..1], &b[..1]).unwrap();
		assert_eq!(c, Fixed::from_int(2));
	}
}
