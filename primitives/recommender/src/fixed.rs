//! The [`Fixed`] Q32.32 number, integer square root, `exp`, `sigmoid` and `softmax`.
//!
//! Everything here is integer-only. See the crate documentation for the format and the
//! rounding rules.

use crate::{Error, Probabilities, Result, MAX_CLASSES};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;
use sp_arithmetic::{FixedI128, FixedU128};

/// Number of fractional bits of [`Fixed`].
pub const FRAC_BITS: u32 = 32;

/// Fractional bits of the private high-precision format used inside `exp`/`sigmoid`/`softmax`.
const HP_BITS: u32 = 62;
/// `1.0` in the high-precision (Q62) format.
const HP_ONE: i128 = 1 << HP_BITS;
/// `ln 2` in Q62, rounded to nearest.
const LN2_HP: i128 = 3_196_577_161_300_663_915;
/// `10^18`, the `DIV` of `sp_arithmetic::FixedI128` / `FixedU128`.
const SP_DIV: i128 = 1_000_000_000_000_000_000;

/// A signed Q32.32 fixed-point number: the real value is `bits / 2^32`.
///
/// Range `[-2^31, 2^31 - 2^-32]`, resolution `2^-32 ≈ 2.33e-10`. Ordering, equality and
/// hashing are those of the underlying `i64`, so they agree with the real values.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Hash,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Fixed(i64);

impl Fixed {
	/// `0`.
	pub const ZERO: Fixed = Fixed(0);
	/// `1`.
	pub const ONE: Fixed = Fixed(1 << FRAC_BITS);
	/// `0.5`.
	pub const HALF: Fixed = Fixed(1 << (FRAC_BITS - 1));
	/// The largest value, `2^31 - 2^-32`.
	pub const MAX: Fixed = Fixed(i64::MAX);
	/// The smallest (most negative) value, `-2^31`.
	pub const MIN: Fixed = Fixed(i64::MIN);
	/// The smallest positive value, `2^-32`.
	pub const EPSILON: Fixed = Fixed(1);

	/// Builds a number from its raw Q32.32 bits (`value = bits / 2^32`).
	pub const fn from_bits(bits: i64) -> Fixed {
		Fixed(bits)
	}

	/// The raw Q32.32 bits (`bits = value * 2^32`).
	pub const fn to_bits(self) -> i64 {
		self.0
	}

	/// Converts an integer; every `i32` is representable, so this cannot fail.
	pub const fn from_int(n: i32) -> Fixed {
		// Widening i32 -> i64 is lossless; the shift cannot overflow for |n| <= 2^31.
		Fixed((n as i64) << FRAC_BITS)
	}

	/// Converts an `i64` integer, failing with [`Error::Overflow`] outside `[-2^31, 2^31)`.
	pub fn try_from_int(n: i64) -> Result<Fixed> {
		let n = i32::try_from(n).map_err(|_| Error::Overflow)?;
		Ok(Fixed::from_int(n))
	}

	/// `n / d` rounded to the nearest representable value (ties toward +∞).
	///
	/// Fails with [`Error::DivisionByZero`] if `d == 0` and [`Error::Overflow`] if the
	/// quotient is out of range.
	pub fn from_rational(n: i64, d: i64) -> Result<Fixed> {
		let q = div_round(i128::from(n) << FRAC_BITS, i128::from(d))?;
		from_i128_bits(q)
	}

	/// The integer part, rounded toward −∞ (`floor`).
	pub const fn floor_int(self) -> i64 {
		self.0 >> FRAC_BITS
	}

	/// `true` if the value is negative.
	pub const fn is_negative(self) -> bool {
		self.0 < 0
	}

	/// `self + rhs`, or [`Error::Overflow`].
	pub fn checked_add(self, rhs: Fixed) -> Result<Fixed> {
		self.0.checked_add(rhs.0).map(Fixed).ok_or(Error::Overflow)
	}

	/// `self - rhs`, or [`Error::Overflow`].
	pub fn checked_sub(self, rhs: Fixed) -> Result<Fixed> {
		self.0.checked_sub(rhs.0).map(Fixed).ok_or(Error::Overflow)
	}

	/// `self * rhs` computed exactly in `i128` and rounded once (nearest, ties toward +∞),
	/// or [`Error::Overflow`].
	pub fn checked_mul(self, rhs: Fixed) -> Result<Fixed> {
		let p = i128::from(self.0) * i128::from(rhs.0);
		from_i128_bits(round_shr(p, FRAC_BITS))
	}

	/// `self / rhs` rounded once (nearest, ties toward +∞), or [`Error::DivisionByZero`] /
	/// [`Error::Overflow`].
	pub fn checked_div(self, rhs: Fixed) -> Result<Fixed> {
		let q = div_round(i128::from(self.0) << FRAC_BITS, i128::from(rhs.0))?;
		from_i128_bits(q)
	}

	/// `self + rhs`, clamped to [`Fixed::MIN`, `Fixed::MAX`].
	pub const fn saturating_add(self, rhs: Fixed) -> Fixed {
		Fixed(self.0.saturating_add(rhs.0))
	}

	/// `self - rhs`, clamped to [`Fixed::MIN`, `Fixed::MAX`].
	pub const fn saturating_sub(self, rhs: Fixed) -> Fixed {
		Fixed(self.0.saturating_sub(rhs.0))
	}

	/// `self * rhs` (rounded like [`Fixed::checked_mul`]), clamped to the range.
	pub fn saturating_mul(self, rhs: Fixed) -> Fixed {
		let p = round_shr(i128::from(self.0) * i128::from(rhs.0), FRAC_BITS);
		saturate(p)
	}

	/// `|self|`, or [`Error::Overflow`] for [`Fixed::MIN`].
	pub fn checked_abs(self) -> Result<Fixed> {
		self.0.checked_abs().map(Fixed).ok_or(Error::Overflow)
	}

	/// `-self`, or [`Error::Overflow`] for [`Fixed::MIN`].
	pub fn checked_neg(self) -> Result<Fixed> {
		self.0.checked_neg().map(Fixed).ok_or(Error::Overflow)
	}

	/// Square root rounded to nearest; [`Error::InvalidParameter`] for negative input.
	pub fn sqrt(self) -> Result<Fixed> {
		let v = u128::try_from(self.0).map_err(|_| Error::InvalidParameter)?;
		// sqrt(bits / 2^32) * 2^32 = sqrt(bits * 2^32).
		let r = isqrt_round(v << FRAC_BITS);
		i64::try_from(r).map(Fixed).map_err(|_| Error::Overflow)
	}

	/// `e^self`, absolute error ≤ 2^-32 (plus, for results above 1, a relative error
	/// below 2^-55). [`Error::Overflow`] if the result exceeds [`Fixed::MAX`] (input
	/// above ≈ 21.487).
	pub fn exp(self) -> Result<Fixed> {
		let x = i128::from(self.0) << (HP_BITS - FRAC_BITS);
		let (n, r) = reduce_ln2(x);
		let er = exp_small_hp(r);
		if n <= 0 {
			let s = n.unsigned_abs();
			// Q62 -> Q32 plus the 2^n scaling in one rounded shift.
			let shift = (HP_BITS - FRAC_BITS).saturating_add(u32::try_from(s).unwrap_or(u32::MAX));
			if shift >= 126 {
				return Ok(Fixed::ZERO);
			}
			from_i128_bits(round_shr(er, shift))
		} else {
			// n > 0: the result is at least 2^(n - 0.5); n <= 31 keeps it in range checks.
			let up = u32::try_from(n).map_err(|_| Error::Overflow)?;
			if up > 32 {
				return Err(Error::Overflow);
			}
			let v = er.checked_shl(up).ok_or(Error::Overflow)?;
			from_i128_bits(round_shr(v, HP_BITS - FRAC_BITS))
		}
	}

	/// The logistic function `1 / (1 + e^-self)`, absolute error ≤ 2^-32 ≈ 2.33e-10.
	///
	/// Mirrors smartcore's `RealNumber::sigmoid`: exactly 0 below −40 and exactly 1 above 40
	/// (σ(−40) ≈ 4.2e-18 is below the resolution anyway). Never fails.
	pub fn sigmoid(self) -> Fixed {
		sigmoid_q64(i128::from(self.0) << FRAC_BITS)
	}
}

impl fmt::Debug for Fixed {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "Fixed({self})")
	}
}

impl fmt::Display for Fixed {
	/// Exact decimal expansion truncated to 10 fractional digits (integer-only formatting).
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let v = i128::from(self.0);
		let sign = if v < 0 { "-" } else { "" };
		let a = v.unsigned_abs();
		let int = a >> FRAC_BITS;
		let frac = a & ((1u128 << FRAC_BITS) - 1);
		let digits = (frac * 10_000_000_000) >> FRAC_BITS;
		write!(f, "{sign}{int}.{digits:010}")
	}
}

impl From<i32> for Fixed {
	fn from(n: i32) -> Fixed {
		Fixed::from_int(n)
	}
}

impl From<Fixed> for FixedI128 {
	/// Exact up to rounding to the nearest `10^-18` (ties toward +∞); never fails.
	fn from(v: Fixed) -> FixedI128 {
		// |bits * 10^18| < 2^63 * 2^60: no overflow.
		let inner = round_shr(i128::from(v.0) * SP_DIV, FRAC_BITS);
		FixedI128::from_inner(inner)
	}
}

impl TryFrom<FixedI128> for Fixed {
	type Error = Error;
	/// Rounds to the nearest `2^-32` (ties toward +∞); [`Error::Overflow`] out of range.
	fn try_from(v: FixedI128) -> Result<Fixed> {
		from_sp_inner(v.into_inner())
	}
}

impl TryFrom<Fixed> for FixedU128 {
	type Error = Error;
	/// [`Error::Overflow`] for negative values; otherwise rounds to the nearest `10^-18`.
	fn try_from(v: Fixed) -> Result<FixedU128> {
		if v.0 < 0 {
			return Err(Error::Overflow);
		}
		let inner = round_shr(i128::from(v.0) * SP_DIV, FRAC_BITS);
		u128::try_from(inner).map(FixedU128::from_inner).map_err(|_| Error::Overflow)
	}
}

impl TryFrom<FixedU128> for Fixed {
	type Error = Error;
	/// Rounds to the nearest `2^-32` (ties toward +∞); [`Error::Overflow`] out of range.
	fn try_from(v: FixedU128) -> Result<Fixed> {
		let inner = i128::try_from(v.into_inner()).map_err(|_| Error::Overflow)?;
		from_sp_inner(inner)
	}
}

impl Fixed {
	/// Converts to `sp_arithmetic::FixedI128` (see the `From` impl).
	pub fn to_fixed_i128(self) -> FixedI128 {
		self.into()
	}

	/// Converts from `sp_arithmetic::FixedI128` (see the `TryFrom` impl).
	pub fn try_from_fixed_i128(v: FixedI128) -> Result<Fixed> {
		v.try_into()
	}

	/// Converts to `sp_arithmetic::FixedU128`; [`Error::Overflow`] for negative values.
	pub fn try_to_fixed_u128(self) -> Result<FixedU128> {
		self.try_into()
	}

	/// Converts from `sp_arithmetic::FixedU128` (see the `TryFrom` impl).
	pub fn try_from_fixed_u128(v: FixedU128) -> Result<Fixed> {
		v.try_into()
	}
}

/// `inner / 10^18` as Q32.32 bits, rounded to nearest.
fn from_sp_inner(inner: i128) -> Result<Fixed> {
	let q = inner.div_euclid(SP_DIV);
	let r = inner.rem_euclid(SP_DIV);
	if !(-(1i128 << 32)..(1i128 << 32)).contains(&q) {
		return Err(Error::Overflow);
	}
	let frac = div_round(r << FRAC_BITS, SP_DIV)?;
	let bits = (q << FRAC_BITS).checked_add(frac).ok_or(Error::Overflow)?;
	from_i128_bits(bits)
}

/// Integer square root: the largest `r` with `r * r <= n`.
pub fn isqrt(n: u128) -> u128 {
	n.isqrt()
}

/// Square root rounded to the nearest integer (ties cannot occur for integers).
pub fn isqrt_round(n: u128) -> u128 {
	let r = n.isqrt();
	// n - r^2 > r  <=>  n > (r + 1/2)^2 - 1/4. r^2 <= n, so no overflow; r < 2^64.
	if n - r * r > r {
		r + 1
	} else {
		r
	}
}

/// Arithmetic right shift rounding to nearest, ties toward +∞. Never overflows.
/// `s` must be in `1..=127`; other values are clamped into that range.
pub(crate) fn round_shr(v: i128, s: u32) -> i128 {
	let s = s.clamp(1, 127);
	(v >> s) + ((v >> (s - 1)) & 1)
}

/// Same as [`round_shr`] for unsigned values.
pub(crate) fn round_shr_u(v: u128, s: u32) -> u128 {
	let s = s.clamp(1, 127);
	(v >> s) + ((v >> (s - 1)) & 1)
}

/// `n / d` rounded to nearest, ties toward +∞.
pub(crate) fn div_round(n: i128, d: i128) -> Result<i128> {
	if d == 0 {
		return Err(Error::DivisionByZero);
	}
	let (n, d) = if d < 0 {
		(n.checked_neg().ok_or(Error::Overflow)?, d.checked_neg().ok_or(Error::Overflow)?)
	} else {
		(n, d)
	};
	let q = n.div_euclid(d);
	let r = n.rem_euclid(d); // 0 <= r < d
	if r >= d - r {
		q.checked_add(1).ok_or(Error::Overflow)
	} else {
		Ok(q)
	}
}

/// `n / d` for unsigned values, rounded to nearest (ties up).
pub(crate) fn div_round_u(n: u128, d: u128) -> Result<u128> {
	if d == 0 {
		return Err(Error::DivisionByZero);
	}
	let q = n / d;
	let r = n % d;
	if r >= d - r {
		q.checked_add(1).ok_or(Error::Overflow)
	} else {
		Ok(q)
	}
}

/// Q32.32 bits held in an `i128` to a [`Fixed`], or [`Error::Overflow`].
pub(crate) fn from_i128_bits(v: i128) -> Result<Fixed> {
	i64::try_from(v).map(Fixed).map_err(|_| Error::Overflow)
}

/// Q32.32 bits held in an `i128` to a [`Fixed`], clamped to the range.
pub(crate) fn saturate(v: i128) -> Fixed {
	Fixed(i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX }))
}

/// Splits `x` (Q62) into `n * ln2 + r` with `r` in `[-ln2/2, ln2/2)`.
fn reduce_ln2(x: i128) -> (i128, i128) {
	let n = (x + LN2_HP / 2).div_euclid(LN2_HP);
	let r = x - n * LN2_HP;
	(n, r)
}

/// `e^r` in Q62 for `|r| <= ln2 / 2`, by Taylor series (terms until they vanish).
fn exp_small_hp(r: i128) -> i128 {
	let mut sum = HP_ONE;
	let mut term = HP_ONE;
	let mut i: i128 = 1;
	// |r| < 2^61 and |term| <= 2^62: products stay below 2^123.
	while i <= 24 {
		term = round_shr(term * r, HP_BITS) / i;
		if term == 0 {
			break;
		}
		sum += term;
		i += 1;
	}
	sum
}

/// `e^x` in Q62 for `x <= 0` (Q62). Results below 2^-62 are 0.
fn exp_neg_hp(x: i128) -> i128 {
	// e^-44 < 2^-63: anything below is zero at this precision (and avoids huge shifts).
	if x < -44 * HP_ONE {
		return 0;
	}
	let (n, r) = reduce_ln2(x);
	let er = exp_small_hp(r);
	if n >= 0 {
		return er;
	}
	let s = u32::try_from(n.unsigned_abs()).unwrap_or(127);
	if s >= 126 {
		0
	} else {
		round_shr(er, s)
	}
}

/// The logistic function of an exact Q64.64 score (see [`Fixed::sigmoid`]).
pub(crate) fn sigmoid_q64(z: i128) -> Fixed {
	const FORTY: i128 = 40 << 64;
	if z < -FORTY {
		return Fixed::ZERO;
	}
	if z > FORTY {
		return Fixed::ONE;
	}
	// |z| <= 40 * 2^64: the Q62 value is below 2^68.
	let a = round_shr(z.abs(), 64 - HP_BITS);
	let t = exp_neg_hp(-a); // e^-|z| in Q62, in (0, 1]
	let den = HP_ONE + t;
	let num = if z >= 0 { HP_ONE << FRAC_BITS } else { t << FRAC_BITS };
	// den > 0 and the quotient is in [0, 2^32]: the fallback is unreachable.
	Fixed(div_round(num, den).ok().and_then(|q| i64::try_from(q).ok()).unwrap_or(0))
}

/// Numerically stable softmax of `scores` (like smartcore's `softmax_mut`: subtract the
/// maximum, exponentiate, normalise). Each output has absolute error ≤ 2^-32 with respect to
/// the exact softmax of the given (fixed-point) scores; outputs are in `[0, 1]` and their sum
/// is within `len * 2^-33` of 1. Never overflows, whatever the scores.
///
/// Fails with [`Error::EmptyModel`] for no scores and [`Error::TooManyClasses`] for more than
/// [`MAX_CLASSES`] of them.
pub fn softmax(scores: &[Fixed]) -> Result<Probabilities> {
	let mut wide = [0i128; MAX_CLASSES as usize];
	if scores.len() > wide.len() {
		return Err(Error::TooManyClasses);
	}
	for (w, s) in wide.iter_mut().zip(scores) {
		*w = i128::from(s.0) << FRAC_BITS;
	}
	softmax_q64(wide.get(..scores.len()).unwrap_or(&[]))
}

/// [`softmax`] of exact Q64.64 scores.
pub(crate) fn softmax_q64(scores: &[i128]) -> Result<Probabilities> {
	if scores.is_empty() {
		return Err(Error::EmptyModel);
	}
	if scores.len() > crate::us(MAX_CLASSES) {
		return Err(Error::TooManyClasses);
	}
	let max = scores.iter().copied().max().unwrap_or(0);
	let mut exps = [0i128; MAX_CLASSES as usize];
	let mut sum: i128 = 0;
	for (e, s) in exps.iter_mut().zip(scores) {
		// s - max <= 0; a difference beyond -44 (or not representable) gives e = 0.
		*e = match s.checked_sub(max) {
			Some(d) if d >= -(44i128 << 64) => exp_neg_hp(round_shr(d, 64 - HP_BITS)),
			_ => 0,
		};
		sum += *e;
	}
	// The maximum contributes e^0 = 2^62, so sum >= 2^62 > 0.
	let mut out = Probabilities::new();
	for e in exps.iter().take(scores.len()) {
		let p = div_round(*e << FRAC_BITS, sum)?;
		out.try_push(from_i128_bits(p)?).map_err(|_| Error::TooManyClasses)?;
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_arithmetic::FixedPointNumber;

	fn f(v: f64) -> Fixed {
		Fixed((v * 4294967296.0).round() as i64)
	}
	fn g(v: Fixed) -> f64 {
		v.0 as f64 / 4294967296.0
	}

	#[test]
	fn basic_arithmetic() {
		let a = Fixed::from_rational(3, 2).unwrap();
		let b = Fixed::from_int(-2);
		assert_eq!(a.checked_mul(b).unwrap(), Fixed::from_int(-3));
		assert_eq!(b.checked_div(a).unwrap(), Fixed::from_rational(-4, 3).unwrap());
		assert_eq!(Fixed::ONE.checked_div(Fixed::ZERO), Err(Error::DivisionByZero));
		assert_eq!(Fixed::MAX.checked_add(Fixed::EPSILON), Err(Error::Overflow));
		assert_eq!(Fixed::MAX.checked_mul(Fixed::from_int(2)), Err(Error::Overflow));
		assert_eq!(Fixed::MIN.checked_abs(), Err(Error::Overflow));
		assert_eq!(Fixed::from_rational(1, 0), Err(Error::DivisionByZero));
		assert_eq!(Fixed::from_rational(i64::MAX, 1), Err(Error::Overflow));
		assert_eq!(Fixed::from_int(4).sqrt().unwrap(), Fixed::from_int(2));
		assert_eq!(Fixed::from_int(-4).sqrt(), Err(Error::InvalidParameter));
		assert!((g(Fixed::from_int(2).sqrt().unwrap()) - 2f64.sqrt()).abs() < 2.4e-10);
		assert_eq!(format!("{}", Fixed::from_rational(-5, 4).unwrap()), "-1.2500000000");
	}

	#[test]
	fn isqrt_edges() {
		assert_eq!(isqrt(u128::MAX), u64::MAX as u128);
		assert_eq!(isqrt_round(u128::MAX), 1u128 << 64);
		assert_eq!(isqrt_round(2), 1);
		assert_eq!(isqrt_round(3), 2);
		assert_eq!(isqrt_round(0), 0);
	}

	#[test]
	fn sp_arithmetic_round_trip() {
		for v in [0.0, 1.0, -1.0, 0.1, -123.456, 2147483647.0, -2147483648.0, 1e-9] {
			let x = f(v);
			let i: FixedI128 = x.into();
			assert_eq!(Fixed::try_from(i).unwrap(), x, "{v}");
			if v >= 0.0 {
				let u = FixedU128::try_from(x).unwrap();
				assert_eq!(Fixed::try_from(u).unwrap(), x);
			} else {
				assert_eq!(FixedU128::try_from(x), Err(Error::Overflow));
			}
		}
		assert_eq!(Fixed::try_from(FixedI128::from_u32(1 << 31)), Err(Error::Overflow));
		assert_eq!(Fixed::try_from(FixedI128::from_inner(i128::MIN)), Err(Error::Overflow));
		assert_eq!(Fixed::try_from(FixedU128::from_inner(u128::MAX)), Err(Error::Overflow));
		assert_eq!(
			Fixed::try_from(FixedI128::saturating_from_rational(1, 3)).unwrap(),
			Fixed::from_rational(1, 3).unwrap()
		);
	}

	/// The documented bound: ≤ 2^-32 absolute error for sigmoid, softmax and exp(x ≤ 0).
	const BOUND: f64 = 2.3283064365386963e-10 + 1e-15;

	#[test]
	fn sigmoid_error_bound_dense_grid() {
		let mut worst = 0f64;
		let mut x = -45.0;
		while x <= 45.0 {
			let fx = f(x);
			let exact = 1.0 / (1.0 + (-g(fx)).exp());
			let exact = if g(fx) < -40.0 {
				0.0
			} else if g(fx) > 40.0 {
				1.0
			} else {
				exact
			};
			let err = (g(fx.sigmoid()) - exact).abs();
			worst = worst.max(err);
			x += 0.000731;
		}
		assert!(worst <= BOUND, "sigmoid max error {worst}");
		for extreme in [Fixed::MIN, Fixed::MAX, Fixed::ZERO, Fixed::EPSILON, Fixed(-1)] {
			let s = extreme.sigmoid();
			assert!(s >= Fixed::ZERO && s <= Fixed::ONE);
		}
		assert_eq!(Fixed::MIN.sigmoid(), Fixed::ZERO);
		assert_eq!(Fixed::MAX.sigmoid(), Fixed::ONE);
		assert_eq!(Fixed::ZERO.sigmoid(), Fixed::HALF);
	}

	#[test]
	fn exp_error_bound() {
		let mut x = -60.0;
		while x <= 21.4 {
			let fx = f(x);
			let exact = g(fx).exp();
			let err = (g(fx.exp().unwrap()) - exact).abs();
			let tol = if exact > 1.0 { BOUND + exact * 3e-16 } else { BOUND };
			assert!(err <= tol, "exp({x}) err {err}");
			x += 0.00377;
		}
		assert_eq!(Fixed::from_int(22).exp(), Err(Error::Overflow));
		assert_eq!(Fixed::MAX.exp(), Err(Error::Overflow));
		assert_eq!(Fixed::MIN.exp().unwrap(), Fixed::ZERO);
	}

	#[test]
	fn softmax_error_bound() {
		let mut worst = 0f64;
		for seed in 0..20000u64 {
			let n = 2 + (seed % 15) as usize;
			let scores: Vec<Fixed> = (0..n)
				.map(|i| {
					let h = (seed * 2654435761 + i as u64 * 40503) % 100_000;
					f((h as f64 / 100_000.0 - 0.5) * (1 + seed % 60) as f64)
				})
				.collect();
			let p = softmax(&scores).unwrap();
			let m = scores.iter().map(|s| g(*s)).fold(f64::MIN, f64::max);
			let z: f64 = scores.iter().map(|s| (g(*s) - m).exp()).sum();
			for (pi, s) in p.iter().zip(&scores) {
				let e = ((g(*s) - m).exp() / z - g(*pi)).abs();
				worst = worst.max(e);
			}
		}
		assert!(worst <= BOUND, "softmax max error {worst}");
		let p = softmax(&[Fixed::MAX, Fixed::MIN]).unwrap();
		assert_eq!(p.to_vec(), vec![Fixed::ONE, Fixed::ZERO]);
		assert_eq!(softmax(&[]), Err(Error::EmptyModel));
		assert_eq!(softmax(&[Fixed::ZERO; 17]), Err(Error::TooManyClasses));
	}
}
