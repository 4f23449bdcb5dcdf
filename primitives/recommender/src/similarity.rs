//! Item-to-item cosine similarity with top-N retrieval.

use crate::distance::{cosine_key, squared_norm, CosineNorm, COSINE_BITS, COSINE_ZERO_NORM};
use crate::fixed::round_shr;
use crate::knn::TopK;
use crate::{u32_of, us, Error, Fixed, Matrix, Result, MAX_K};
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One result of [`ItemSimilarity::similar_items`].
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
pub struct SimilarItem {
	/// Item index (row of the item-feature matrix).
	pub index: u32,
	/// Cosine similarity to the query item, in `[-1, 1]`.
	pub similarity: Fixed,
}

/// Up to [`MAX_K`] similar items, most similar first (ties: lower item index first).
pub type SimilarItems = BoundedVec<SimilarItem, ConstU32<MAX_K>>;

/// A bounded item-feature matrix (one row per item) queried by cosine similarity.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ItemSimilarity {
	items: Matrix,
}

const ZERO_NORM_KEY: u128 = COSINE_ZERO_NORM;

/// Similarity (Q32.32) from a cosine key (distance in Q2.62, at most 2^63).
fn similarity_of(key: u128) -> Result<Fixed> {
	let d = i128::try_from(key).map_err(|_| Error::Overflow)?;
	let sim = round_shr((1i128 << COSINE_BITS) - d, COSINE_BITS - crate::FRAC_BITS);
	i64::try_from(sim).map(Fixed::from_bits).map_err(|_| Error::Overflow)
}

impl ItemSimilarity {
	/// Wraps an item-feature matrix; [`Error::EmptyModel`] if it has no items.
	pub fn new(items: Matrix) -> Result<Self> {
		let (rows, _) = items.validate()?;
		if rows == 0 {
			return Err(Error::EmptyModel);
		}
		Ok(ItemSimilarity { items })
	}

	/// The item-feature matrix.
	pub fn items(&self) -> &Matrix {
		&self.items
	}

	/// Number of items.
	pub fn n_items(&self) -> u32 {
		self.items.n_samples()
	}

	/// Cosine similarity of items `a` and `b` (0 if either has an all-zero feature vector).
	/// [`Error::InvalidParameter`] for an unknown item.
	pub fn similarity(&self, a: u32, b: u32) -> Result<Fixed> {
		let ra = self.items.row(a).ok_or(Error::InvalidParameter)?;
		let rb = self.items.row(b).ok_or(Error::InvalidParameter)?;
		let key = cosine_key(ra, rb, &CosineNorm::of(ra)?)?;
		if key == ZERO_NORM_KEY {
			return Ok(Fixed::ZERO);
		}
		similarity_of(key)
	}

	/// The `n` items most similar to `item` (excluding itself and items with an all-zero
	/// feature vector), most similar first, ties broken by lower index. Returns fewer than `n`
	/// if there are not enough items, and none if `item`'s own vector is all zeros.
	///
	/// Errors: [`Error::InvalidK`] if `n` is 0 or above [`MAX_K`], [`Error::InvalidParameter`]
	/// for an unknown item, [`Error::Overflow`] for vectors whose exact dot products exceed
	/// 128 bits.
	pub fn similar_items(&self, item: u32, n: u32) -> Result<SimilarItems> {
		if n == 0 || n > MAX_K {
			return Err(Error::InvalidK);
		}
		let (_, nf) = self.items.validate()?;
		let q = self.items.row(item).ok_or(Error::InvalidParameter)?;
		let (nq2, of) = squared_norm(q);
		if of {
			return Err(Error::Overflow);
		}
		let mut out = SimilarItems::new();
		if nq2 == 0 {
			return Ok(out);
		}
		// The query item's norm and its root once, not once per item.
		let nq = CosineNorm::from_squared(nq2);
		let mut top = TopK::new(us(n));
		for (i, row) in self.items.as_slice().chunks_exact(nf).enumerate() {
			let i = u32_of(i)?;
			if i == item {
				continue;
			}
			let key = cosine_key(q, row, &nq)?;
			if key != ZERO_NORM_KEY {
				top.offer(key, i);
			}
		}
		for &(key, index) in top.as_slice() {
			let similarity = similarity_of(key)?;
			out.try_push(SimilarItem { index, similarity }).map_err(|_| Error::InvalidK)?;
		}
		Ok(out)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn top_n() {
		let rows: Vec<Vec<Fixed>> = [[1, 0], [1, 1], [0, 1], [0, 0], [2, 0], [-1, 0]]
			.iter()
			.map(|r| r.iter().map(|v| Fixed::from_int(*v)).collect())
			.collect();
		let s = ItemSimilarity::new(Matrix::from_rows(&rows).unwrap()).unwrap();
		let r = s.similar_items(0, 10).unwrap();
		let idx: Vec<u32> = r.iter().map(|s| s.index).collect();
		assert_eq!(idx, vec![4, 1, 2, 5]);
		assert_eq!(r[0].similarity, Fixed::ONE);
		assert_eq!(r[3].similarity, Fixed::from_int(-1));
		assert_eq!(s.similar_items(3, 2).unwrap().len(), 0);
		assert_eq!(s.similar_items(0, 0), Err(Error::InvalidK));
		assert_eq!(s.similar_items(0, 33), Err(Error::InvalidK));
		assert_eq!(s.similar_items(6, 1), Err(Error::InvalidParameter));
		assert_eq!(s.similarity(0, 3).unwrap(), Fixed::ZERO);
		let h = s.similarity(0, 1).unwrap().to_bits() as f64 / 4294967296.0;
		assert!((h - 0.5f64.sqrt()).abs() < 1e-9);
	}
}
