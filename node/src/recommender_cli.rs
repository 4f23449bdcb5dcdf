//! `agora-node recommender train|evaluate`: the off-chain side of the recommender pallet.
//!
//! `train` reads a CSV file (a header row, then numbers), holds out every N-th row, trains the
//! model with smartcore (k-NN is fitted directly in fixed point, like on chain), converts it to
//! the runtime's Q32.32 fixed point, prints the hold-out metrics of the fixed-point model and
//! its agreement with smartcore, and writes a JSON file whose `call` is the SCALE-encoded
//! `Recommender::upload_model` (or `replace_model`) call, ready for a governance proposal or
//! `sudo.sudo`.
//!
//! `evaluate` asks a node (`recommender_predict` over JSON-RPC) for the predictions of an
//! on-chain model on every row of a CSV file and prints its accuracy or R².

use std::path::PathBuf;

use agora_primitives::{
	recommend::{ModelKind, TrainingMetrics},
	recommender::{
		float, Distance, Estimator, Fixed, KNNClassifier, KNNParameters, KNNRegressor,
		KNNWeightFunction, LinearRegression, LogisticRegression, Model, Pipeline, StandardScaler,
	},
};
use agora_runtime::{AccountId, Runtime, RuntimeCall};
use codec::Encode;
use smartcore::{
	algorithm::neighbour::KNNAlgorithmName,
	api::{Transformer, UnsupervisedEstimator},
	linalg::basic::{arrays::Array, matrix::DenseMatrix},
	linear::{
		linear_regression::{LinearRegression as ScLinear, LinearRegressionParameters},
		logistic_regression::{LogisticRegression as ScLogistic, LogisticRegressionParameters},
	},
	metrics::distance::{cosine::Cosine, euclidian::Euclidian, manhattan::Manhattan},
	neighbors::{
		knn_classifier::{KNNClassifier as ScKnnC, KNNClassifierParameters},
		knn_regressor::{KNNRegressor as ScKnnR, KNNRegressorParameters},
		KNNWeightFunction as ScWeight,
	},
	preprocessing::numerical::{
		StandardScaler as ScScaler, StandardScalerParameters as ScScalerParameters,
	},
};
use sp_core::crypto::Ss58Codec;
use sp_runtime::Perbill;

/// `agora-node recommender ...`
#[derive(Debug, clap::Subcommand)]
pub enum RecommenderCmd {
	/// Train a model with smartcore on a CSV file, print hold-out metrics and write the
	/// `upload_model` call (SCALE, hex) and a JSON description.
	Train(TrainCmd),
	/// Evaluate a model on chain against a CSV file, through a node's JSON-RPC.
	Evaluate(EvaluateCmd),
}

/// The algorithm to train.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Algorithm {
	/// k-nearest neighbours (classifier or, with `--task regression`, regressor).
	Knn,
	/// Logistic regression (binary or multinomial, as smartcore trains it).
	Logistic,
	/// Ordinary least-squares linear regression.
	Linear,
}

/// What a k-NN model predicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Task {
	/// A class label (a non-negative integer target).
	Classification,
	/// A number.
	Regression,
}

/// k-NN distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DistanceArg {
	/// Euclidean (smartcore's `Euclidian`).
	Euclidean,
	/// Manhattan (L1).
	Manhattan,
	/// Cosine distance (1 − cosine similarity).
	Cosine,
}

/// k-NN vote weighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WeightArg {
	/// Every neighbour counts the same.
	Uniform,
	/// Neighbours count by inverse distance.
	Distance,
}

/// `agora-node recommender train`
#[derive(Debug, clap::Args)]
pub struct TrainCmd {
	/// Algorithm.
	#[arg(long, value_enum)]
	pub algorithm: Algorithm,
	/// CSV file: a header row of column names, then one row of numbers per sample.
	#[arg(long)]
	pub csv: PathBuf,
	/// Name of the column to predict; every other column is a feature, in file order.
	#[arg(long)]
	pub target: String,
	/// k-NN only: classification (integer labels) or regression.
	#[arg(long, value_enum, default_value = "classification")]
	pub task: Task,
	/// k-NN: number of neighbours.
	#[arg(long, default_value_t = 5)]
	pub k: u32,
	/// k-NN: distance.
	#[arg(long, value_enum, default_value = "euclidean")]
	pub distance: DistanceArg,
	/// k-NN: vote weighting.
	#[arg(long, value_enum, default_value = "uniform")]
	pub weight: WeightArg,
	/// Standardise every feature first (smartcore's `StandardScaler`: subtract the training
	/// mean, divide by the training standard deviation): the stored model is a pipeline that
	/// scales each query on chain. Use it when features have different units (counts, days,
	/// ratios), or a k-NN distance is decided by the feature with the largest numbers.
	#[arg(long)]
	pub scale: bool,
	/// Hold out every N-th data row (row index divisible by N) for evaluation.
	#[arg(long, default_value_t = 5)]
	pub holdout_every: usize,
	/// The model's name on chain (default: the CSV file's stem).
	#[arg(long)]
	pub name: Option<String>,
	/// The model's author on chain, SS58 (default: the development account Alice).
	#[arg(long)]
	pub author: Option<String>,
	/// Write a `replace_model` call for this model id instead of `upload_model`.
	#[arg(long)]
	pub replace: Option<u32>,
	/// Where to write the JSON description (with the call in `call`).
	#[arg(long)]
	pub out: PathBuf,
}

/// `agora-node recommender evaluate`
#[derive(Debug, clap::Args)]
pub struct EvaluateCmd {
	/// The node's JSON-RPC WebSocket address.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
	/// The on-chain model.
	#[arg(long)]
	pub model_id: u32,
	/// CSV file with the model's features (by name) and the target column.
	#[arg(long)]
	pub csv: PathBuf,
	/// Name of the target column.
	#[arg(long)]
	pub target: String,
}

/// A CSV file of numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
	/// Column names.
	pub columns: Vec<String>,
	/// Rows, each as long as `columns`.
	pub rows: Vec<Vec<f64>>,
}

/// Parses a CSV text of numbers with a header row.
pub fn parse_csv(text: &str) -> Result<Table, String> {
	let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
	let (_, header) = lines.next().ok_or("the CSV file is empty")?;
	let columns: Vec<String> = header.split(',').map(|c| c.trim().to_string()).collect();
	let mut rows = Vec::new();
	for (i, line) in lines {
		let row = line
			.split(',')
			.map(|v| {
				let v = v.trim();
				v.parse::<f64>()
					.ok()
					.filter(|x| x.is_finite())
					.ok_or_else(|| format!("line {}: `{v}` is not a number", i + 1))
			})
			.collect::<Result<Vec<_>, _>>()?;
		if row.len() != columns.len() {
			return Err(format!(
				"line {}: {} values for {} columns",
				i + 1,
				row.len(),
				columns.len()
			));
		}
		rows.push(row);
	}
	if rows.is_empty() {
		return Err("the CSV file has no data rows".into());
	}
	Ok(Table { columns, rows })
}

/// Features and target of a table: (feature names, feature rows, targets).
pub fn split_target(
	table: &Table,
	target: &str,
) -> Result<(Vec<String>, Vec<Vec<f64>>, Vec<f64>), String> {
	let t = table
		.columns
		.iter()
		.position(|c| c == target)
		.ok_or_else(|| format!("no column named `{target}`"))?;
	let names = table.columns.iter().enumerate().filter(|(i, _)| *i != t).map(|(_, c)| c.clone());
	let x = table
		.rows
		.iter()
		.map(|r| r.iter().enumerate().filter(|(i, _)| *i != t).map(|(_, v)| *v).collect())
		.collect();
	let y = table.rows.iter().map(|r| r[t]).collect();
	Ok((names.collect(), x, y))
}

fn labels(y: &[f64]) -> Result<Vec<u32>, String> {
	y.iter()
		.map(|v| {
			if v.fract() == 0.0 && *v >= 0.0 && *v <= u32::MAX as f64 {
				Ok(*v as u32)
			} else {
				Err(format!("class label {v} is not a non-negative integer"))
			}
		})
		.collect()
}

/// Coefficient of determination of `pred` against `truth`.
pub fn r2(truth: &[f64], pred: &[f64]) -> f64 {
	let mean = truth.iter().sum::<f64>() / truth.len().max(1) as f64;
	let ss_tot: f64 = truth.iter().map(|t| (t - mean).powi(2)).sum();
	let ss_res: f64 = truth.iter().zip(pred).map(|(t, p)| (t - p).powi(2)).sum();
	if ss_tot == 0.0 {
		if ss_res == 0.0 {
			1.0
		} else {
			0.0
		}
	} else {
		1.0 - ss_res / ss_tot
	}
}

fn dense(rows: &[Vec<f64>]) -> Result<DenseMatrix<f64>, String> {
	DenseMatrix::from_2d_vec(&rows.to_vec()).map_err(|e| format!("{e}"))
}

fn fx(e: impl std::fmt::Debug) -> String {
	format!("fixed point: {e:?}")
}

fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + 2 * bytes.len());
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// What training produced.
pub struct Trained {
	/// The fixed-point model.
	pub model: Model,
	/// Its metrics on the hold-out rows.
	pub metrics: TrainingMetrics,
	/// Share of hold-out rows where the fixed-point and smartcore models agree (classifiers),
	/// or the largest relative difference of their outputs (regressors).
	pub smartcore_agreement: f64,
}

fn split_holdout(
	x: Vec<Vec<f64>>,
	y: Vec<f64>,
	every: usize,
) -> Result<(Vec<Vec<f64>>, Vec<f64>, Vec<Vec<f64>>, Vec<f64>), String> {
	if every < 2 {
		return Err("--holdout-every must be at least 2".into());
	}
	let (mut tx, mut ty, mut hx, mut hy) = (vec![], vec![], vec![], vec![]);
	for (i, (row, t)) in x.into_iter().zip(y).enumerate() {
		if i % every == 0 {
			hx.push(row);
			hy.push(t);
		} else {
			tx.push(row);
			ty.push(t);
		}
	}
	if tx.is_empty() || hx.is_empty() {
		return Err("too few rows to hold some out".into());
	}
	Ok((tx, ty, hx, hy))
}

/// Trains `cmd.algorithm` on `x`/`y` (features, targets).
pub fn train(cmd: &TrainCmd, x: Vec<Vec<f64>>, y: Vec<f64>) -> Result<Trained, String> {
	let (tx, ty, hx, hy) = split_holdout(x, y, cmd.holdout_every)?;
	let n_train = tx.len() as u32;
	let n_test = hx.len() as u32;
	let queries: Vec<Vec<Fixed>> =
		hx.iter().map(|r| float::slice_to_fixed(r)).collect::<Result<_, _>>().map_err(fx)?;
	let classify = |model: Model, truth: &[u32], smartcore: &[u32]| -> Result<Trained, String> {
		let mut correct = 0u32;
		let mut agree = 0u32;
		for ((q, t), s) in queries.iter().zip(truth).zip(smartcore) {
			let label = model.predict(q).map_err(fx)?.label().ok_or("not a classifier")?;
			correct += (label == *t) as u32;
			agree += (label == *s) as u32;
		}
		Ok(Trained {
			model,
			metrics: TrainingMetrics {
				n_train,
				n_test,
				accuracy: Some(Perbill::from_rational(correct, n_test)),
				r2: None,
			},
			smartcore_agreement: agree as f64 / n_test as f64,
		})
	};
	let regress = |model: Model, smartcore: &[f64]| -> Result<Trained, String> {
		let mut pred = Vec::with_capacity(queries.len());
		let mut worst = 0f64;
		for (q, s) in queries.iter().zip(smartcore) {
			let v = float::to_f64(model.predict(q).map_err(fx)?.value().ok_or("not a regressor")?);
			worst = worst.max((v - s).abs() / s.abs().max(1.0));
			pred.push(v);
		}
		Ok(Trained {
			model,
			metrics: TrainingMetrics {
				n_train,
				n_test,
				accuracy: None,
				r2: Some(float::to_fixed(r2(&hy, &pred)).map_err(fx)?),
			},
			smartcore_agreement: worst,
		})
	};

	// With `--scale`, smartcore trains on its scaler's output and our estimator on our
	// scaler's, inside a pipeline that standardises each (raw) query itself.
	let (sx, shx, scaler) = if cmd.scale {
		let matrix = float::matrix_from_rows(&tx).map_err(fx)?;
		let scaler = StandardScaler::fit(&matrix, Default::default()).map_err(fx)?;
		if let Some(j) = scaler.stds().iter().position(|s| *s == Fixed::ZERO) {
			return Err(format!(
				"feature {} (in file order, target excluded) is constant in the training rows: \
				 it cannot be standardised; drop the column or train without --scale",
				j + 1
			));
		}
		let train = dense(&tx)?;
		let sc = ScScaler::fit(&train, ScScalerParameters::default()).map_err(|e| e.to_string())?;
		let sx = sc.transform(&train).map_err(|e| e.to_string())?;
		let shx = sc.transform(&dense(&hx)?).map_err(|e| e.to_string())?;
		(sx, shx, Some(scaler))
	} else {
		(dense(&tx)?, dense(&hx)?, None)
	};
	let model = |estimator: Estimator| -> Result<Model, String> {
		match &scaler {
			None => Ok(estimator.into()),
			Some(s) => Ok(Pipeline::new(s.clone(), estimator).map_err(fx)?.into()),
		}
	};
	match cmd.algorithm {
		Algorithm::Knn => {
			let params = KNNParameters::default()
				.with_k(cmd.k)
				.with_distance(match cmd.distance {
					DistanceArg::Euclidean => Distance::Euclidian,
					DistanceArg::Manhattan => Distance::Manhattan,
					DistanceArg::Cosine => Distance::Cosine,
				})
				.with_weight(match cmd.weight {
					WeightArg::Uniform => KNNWeightFunction::Uniform,
					WeightArg::Distance => KNNWeightFunction::Distance,
				});
			let weight = match cmd.weight {
				WeightArg::Uniform => ScWeight::Uniform,
				WeightArg::Distance => ScWeight::Distance,
			};
			let k = cmd.k as usize;
			let mut matrix = float::matrix_from_rows(&tx).map_err(fx)?;
			if let Some(s) = &scaler {
				matrix = s.transform_matrix(&matrix).map_err(fx)?;
			}
			match cmd.task {
				Task::Classification => {
					let (yl, hl) = (labels(&ty)?, labels(&hy)?);
					let fitted = KNNClassifier::fit(matrix, &yl, params).map_err(fx)?;
					macro_rules! sc {
						($d:expr) => {{
							let p = KNNClassifierParameters::default()
								.with_k(k)
								.with_weight(weight.clone())
								.with_algorithm(KNNAlgorithmName::LinearSearch)
								.with_distance($d);
							ScKnnC::fit(&sx, &yl, p)
								.and_then(|m| m.predict(&shx))
								.map_err(|e| e.to_string())?
						}};
					}
					let smart: Vec<u32> = match cmd.distance {
						DistanceArg::Euclidean => sc!(Euclidian::new()),
						DistanceArg::Manhattan => sc!(Manhattan::new()),
						DistanceArg::Cosine => sc!(Cosine::new()),
					};
					classify(model(fitted.into())?, &hl, &smart)
				},
				Task::Regression => {
					let targets = float::slice_to_fixed(&ty).map_err(fx)?;
					let fitted = KNNRegressor::fit(matrix, &targets, params).map_err(fx)?;
					macro_rules! sc {
						($d:expr) => {{
							let p = KNNRegressorParameters::default()
								.with_k(k)
								.with_weight(weight.clone())
								.with_algorithm(KNNAlgorithmName::LinearSearch)
								.with_distance($d);
							ScKnnR::fit(&sx, &ty, p)
								.and_then(|m| m.predict(&shx))
								.map_err(|e| e.to_string())?
						}};
					}
					let smart: Vec<f64> = match cmd.distance {
						DistanceArg::Euclidean => sc!(Euclidian::new()),
						DistanceArg::Manhattan => sc!(Manhattan::new()),
						DistanceArg::Cosine => sc!(Cosine::new()),
					};
					regress(model(fitted.into())?, &smart)
				},
			}
		},
		Algorithm::Logistic => {
			let (yl, hl) = (labels(&ty)?, labels(&hy)?);
			let m = ScLogistic::fit(&sx, &yl, LogisticRegressionParameters::default())
				.map_err(|e| e.to_string())?;
			let smart = m.predict(&shx).map_err(|e| e.to_string())?;
			let (rows, p) = m.coefficients().shape();
			let mut coefs = Vec::with_capacity(rows * p);
			for i in 0..rows {
				for j in 0..p {
					coefs.push(float::to_fixed(*m.coefficients().get((i, j))).map_err(fx)?);
				}
			}
			let intercepts = (0..rows)
				.map(|i| float::to_fixed(*m.intercept().get((i, 0))))
				.collect::<Result<Vec<_>, _>>()
				.map_err(fx)?;
			let fitted = LogisticRegression::new(p as u32, coefs, intercepts, m.classes().clone())
				.map_err(fx)?;
			classify(model(fitted.into())?, &hl, &smart)
		},
		Algorithm::Linear => {
			let m = ScLinear::fit(&sx, &ty, LinearRegressionParameters::default())
				.map_err(|e| e.to_string())?;
			let smart: Vec<f64> = m.predict(&shx).map_err(|e| e.to_string())?;
			let (p, _) = m.coefficients().shape();
			let coefs = (0..p)
				.map(|j| float::to_fixed(*m.coefficients().get((j, 0))))
				.collect::<Result<Vec<_>, _>>()
				.map_err(fx)?;
			let fitted = LinearRegression::new(coefs, float::to_fixed(*m.intercept()).map_err(fx)?)
				.map_err(fx)?;
			regress(model(fitted.into())?, &smart)
		},
	}
}

fn bounded_name<S: frame_support::traits::Get<u32>>(
	s: &str,
) -> Result<frame_support::BoundedVec<u8, S>, String> {
	s.as_bytes()
		.to_vec()
		.try_into()
		.map_err(|_| format!("name `{s}` is longer than {} bytes", S::get()))
}

/// Runs `agora-node recommender train`.
pub fn run_train(cmd: &TrainCmd) -> Result<(), String> {
	let text = std::fs::read_to_string(&cmd.csv)
		.map_err(|e| format!("cannot read {}: {e}", cmd.csv.display()))?;
	let table = parse_csv(&text)?;
	let (feature_names, x, y) = split_target(&table, &cmd.target)?;
	let trained = train(cmd, x, y)?;
	let kind = ModelKind::of(&trained.model);

	let name = cmd.name.clone().unwrap_or_else(|| {
		cmd.csv.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
	});
	let author = match &cmd.author {
		Some(a) => AccountId::from_ss58check(a).map_err(|e| format!("--author: {e:?}"))?,
		None => sp_keyring::Sr25519Keyring::Alice.to_account_id(),
	};
	let names = feature_names
		.iter()
		.map(|n| bounded_name(n))
		.collect::<Result<Vec<_>, _>>()?
		.try_into()
		.map_err(|_| "too many features".to_string())?;
	let model = Box::new(trained.model.clone());
	let call = match cmd.replace {
		None => RuntimeCall::Recommender(pallet_recommender::Call::<Runtime>::upload_model {
			name: bounded_name(&name)?,
			feature_names: names,
			model,
			metrics: trained.metrics,
			author: author.clone(),
		}),
		Some(id) => RuntimeCall::Recommender(pallet_recommender::Call::<Runtime>::replace_model {
			id,
			feature_names: names,
			model,
			metrics: trained.metrics,
			author: author.clone(),
		}),
	};
	let encoded = call.encode();

	let accuracy = trained.metrics.accuracy.map(|p| p.deconstruct() as f64 / 1e9);
	let r2 = trained.metrics.r2.map(float::to_f64);
	let json = serde_json::json!({
		"name": name,
		"algorithm": format!("{:?}", cmd.algorithm).to_lowercase(),
		"kind": format!("{kind:?}"),
		"target": cmd.target,
		"features": feature_names,
		"nTrain": trained.metrics.n_train,
		"nTest": trained.metrics.n_test,
		"accuracy": accuracy,
		"r2": r2,
		"smartcoreAgreement": if kind.is_classifier() { Some(trained.smartcore_agreement) } else { None },
		"smartcoreMaxRelativeDifference": if kind.is_classifier() { None } else { Some(trained.smartcore_agreement) },
		"scaled": trained.model.scaler().is_some(),
		"nCells": trained.model.n_cells(),
		"author": author.to_ss58check(),
		"call": hex(&encoded),
		"callBytes": encoded.len(),
	});
	std::fs::write(&cmd.out, serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?)
		.map_err(|e| format!("cannot write {}: {e}", cmd.out.display()))?;

	println!(
		"model      {name} ({kind:?}{}, {} features, {} cells)",
		if trained.model.scaler().is_some() { " after a StandardScaler" } else { "" },
		feature_names.len(),
		trained.model.n_cells()
	);
	println!(
		"rows       {} training, {} held out",
		trained.metrics.n_train, trained.metrics.n_test
	);
	match (accuracy, r2) {
		(Some(a), _) => println!(
			"hold-out   accuracy {:.4}; agreement with smartcore {:.4}",
			a, trained.smartcore_agreement
		),
		(_, Some(r)) => println!(
			"hold-out   R² {:.6}; max relative difference from smartcore {:.2e}",
			r, trained.smartcore_agreement
		),
		_ => {},
	}
	println!("call       {} bytes -> {}", encoded.len(), cmd.out.display());
	Ok(())
}

/// Runs `agora-node recommender evaluate`.
pub fn run_evaluate(cmd: &EvaluateCmd) -> Result<(), String> {
	use crate::rpc::recommender::{FeatureValue, RecommenderApiClient};
	use jsonrpsee::ws_client::WsClientBuilder;

	let text = std::fs::read_to_string(&cmd.csv)
		.map_err(|e| format!("cannot read {}: {e}", cmd.csv.display()))?;
	let table = parse_csv(&text)?;
	let rt = tokio::runtime::Builder::new_current_thread()
		.enable_all()
		.build()
		.map_err(|e| e.to_string())?;
	rt.block_on(async {
		let client = WsClientBuilder::default()
			.build(&cmd.url)
			.await
			.map_err(|e| format!("cannot connect to {}: {e}", cmd.url))?;
		let models = RecommenderApiClient::<agora_runtime::Hash>::models(
			&client,
			Some(cmd.model_id),
			Some(1),
			None,
		)
		.await
		.map_err(|e| e.to_string())?;
		let model = models
			.into_iter()
			.find(|m| m.id == cmd.model_id)
			.ok_or_else(|| format!("no model {} on chain", cmd.model_id))?;
		let t = table
			.columns
			.iter()
			.position(|c| *c == cmd.target)
			.ok_or_else(|| format!("no column named `{}`", cmd.target))?;
		let idx = model
			.feature_names
			.iter()
			.map(|f| {
				table.columns.iter().position(|c| c == f).ok_or_else(|| format!("no column `{f}`"))
			})
			.collect::<Result<Vec<_>, _>>()?;
		let (mut truth, mut pred, mut correct) = (vec![], vec![], 0usize);
		for row in &table.rows {
			let q: Vec<FeatureValue> = idx.iter().map(|i| FeatureValue(row[*i])).collect();
			// A public node may answer 8010 (its heavy methods busy, or this connection's share
			// of them spent): wait and ask again, for up to a minute.
			let mut tries = 0;
			let p = loop {
				match RecommenderApiClient::<agora_runtime::Hash>::predict(
					&client,
					cmd.model_id,
					q.clone(),
					None,
				)
				.await
				{
					Err(jsonrpsee::core::ClientError::Call(e))
						if e.code() == crate::rpc::limits::SERVER_BUSY && tries < 60 =>
					{
						tries += 1;
						tokio::time::sleep(std::time::Duration::from_secs(1)).await;
					},
					other => break other.map_err(|e| e.to_string())?,
				}
			};
			truth.push(row[t]);
			match (p.label, p.value) {
				(Some(l), _) => {
					correct += (l as f64 == row[t]) as usize;
					pred.push(l as f64);
				},
				(_, Some(v)) => pred.push(v),
				_ => return Err("the node returned neither label nor value".into()),
			}
		}
		println!("model      {} `{}` v{} ({})", model.id, model.name, model.version, model.kind);
		println!("rows       {}", truth.len());
		if model.kind == "knnClassifier" || model.kind == "logistic" {
			println!("accuracy   {:.4}", correct as f64 / truth.len() as f64);
		} else {
			println!("R²         {:.6}", r2(&truth, &pred));
		}
		Ok(())
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn csv_parses_numbers_and_reports_bad_lines() {
		let t = parse_csv("a, b ,y\n1,2,0\n\n3.5,-4,1\n").unwrap();
		assert_eq!(t.columns, vec!["a", "b", "y"]);
		assert_eq!(t.rows, vec![vec![1.0, 2.0, 0.0], vec![3.5, -4.0, 1.0]]);
		assert_eq!(parse_csv("a,b\n1,x\n").unwrap_err(), "line 2: `x` is not a number");
		assert_eq!(parse_csv("a,b\n1\n").unwrap_err(), "line 2: 1 values for 2 columns");
		assert!(parse_csv("").is_err());
		assert!(parse_csv("a,b\n").is_err());
		let (names, x, y) = split_target(&t, "b").unwrap();
		assert_eq!(names, vec!["a", "y"]);
		assert_eq!(x, vec![vec![1.0, 0.0], vec![3.5, 1.0]]);
		assert_eq!(y, vec![2.0, -4.0]);
		assert!(split_target(&t, "nope").is_err());
	}

	#[test]
	fn r2_is_one_for_a_perfect_fit_and_zero_for_the_mean() {
		assert_eq!(r2(&[1.0, 2.0, 3.0], &[1.0, 2.0, 3.0]), 1.0);
		assert_eq!(r2(&[1.0, 2.0, 3.0], &[2.0, 2.0, 2.0]), 0.0);
	}

	fn cmd(algorithm: Algorithm, task: Task) -> TrainCmd {
		TrainCmd {
			algorithm,
			csv: PathBuf::new(),
			target: "y".into(),
			task,
			k: 3,
			distance: DistanceArg::Euclidean,
			weight: WeightArg::Uniform,
			scale: false,
			holdout_every: 4,
			name: None,
			author: None,
			replace: None,
			out: PathBuf::new(),
		}
	}

	/// Two separable clusters: label 1 iff x0 + x1 > 10.
	fn clusters() -> (Vec<Vec<f64>>, Vec<f64>) {
		let mut x = vec![];
		let mut y = vec![];
		for i in 0..40 {
			let (a, b) = ((i % 7) as f64, (i % 5) as f64);
			let (a, b) = if i % 2 == 0 { (a, b) } else { (a + 10.0, b + 10.0) };
			x.push(vec![a, b]);
			y.push((i % 2) as f64);
		}
		(x, y)
	}

	#[test]
	fn trains_classifiers_that_agree_with_smartcore() {
		for algorithm in [Algorithm::Knn, Algorithm::Logistic] {
			let (x, y) = clusters();
			let t = train(&cmd(algorithm, Task::Classification), x, y).unwrap();
			assert_eq!(t.metrics.n_test, 10);
			assert_eq!(t.metrics.n_train, 30);
			assert_eq!(t.metrics.accuracy, Some(Perbill::one()), "{algorithm:?}");
			assert_eq!(t.smartcore_agreement, 1.0);
		}
	}

	#[test]
	fn trains_a_linear_regression_on_an_exact_line() {
		let x: Vec<Vec<f64>> = (0..20).map(|i| vec![i as f64, (i * i % 7) as f64]).collect();
		let y: Vec<f64> = x.iter().map(|r| 3.0 * r[0] - 2.0 * r[1] + 5.0).collect();
		let t = train(&cmd(Algorithm::Linear, Task::Regression), x, y).unwrap();
		assert!(float::to_f64(t.metrics.r2.unwrap()) > 0.999_999);
		assert!(t.smartcore_agreement < 1e-6);
	}

	#[test]
	fn rejects_non_integer_labels() {
		let x = vec![vec![0.0], vec![1.0], vec![2.0], vec![3.0], vec![4.0]];
		let y = vec![0.0, 0.5, 1.0, 1.0, 0.0];
		assert!(train(&cmd(Algorithm::Logistic, Task::Classification), x, y).is_err());
	}

	/// Good payers hold many credentials (feature 0, 0–10); feature 1, days since the first
	/// loan (0–3,650), is noise in units that dwarf it.
	fn borrowers() -> (Vec<Vec<f64>>, Vec<f64>) {
		let mut x = vec![];
		let mut y = vec![];
		for i in 0..80u32 {
			let good = i % 2 == 1;
			let credentials = if good { 6 + i % 5 } else { i % 4 };
			let days = (i * 7_919) % 3_650;
			x.push(vec![credentials as f64, days as f64]);
			y.push(good as u32 as f64);
		}
		(x, y)
	}

	#[test]
	fn scale_stores_a_pipeline_that_is_not_decided_by_the_largest_unit() {
		let (x, y) = borrowers();
		let raw = train(&cmd(Algorithm::Knn, Task::Classification), x.clone(), y.clone()).unwrap();
		let raw_accuracy = raw.metrics.accuracy.unwrap();
		assert!(raw_accuracy < Perbill::from_percent(80), "raw k-NN: {raw_accuracy:?}");
		assert!(raw.model.scaler().is_none());
		for algorithm in [Algorithm::Knn, Algorithm::Logistic] {
			let mut c = cmd(algorithm, Task::Classification);
			c.scale = true;
			let t = train(&c, x.clone(), y.clone()).unwrap();
			assert!(t.model.scaler().is_some(), "{algorithm:?}");
			assert_eq!(t.metrics.accuracy, Some(Perbill::one()), "{algorithm:?}");
			assert_eq!(t.smartcore_agreement, 1.0, "{algorithm:?}");
			// Two features: a mean and a standard deviation each, on top of the estimator.
			let Model::Scaled(p) = &t.model else { panic!() };
			assert_eq!(p.scaler().means().len(), 2);
		}
		let mut c = cmd(Algorithm::Linear, Task::Regression);
		c.scale = true;
		let x: Vec<Vec<f64>> =
			(0..20).map(|i| vec![i as f64, (i * i % 7) as f64 * 100.0]).collect();
		let y: Vec<f64> = x.iter().map(|r| 3.0 * r[0] - 0.02 * r[1] + 5.0).collect();
		let t = train(&c, x, y).unwrap();
		assert!(t.model.scaler().is_some());
		assert!(t.smartcore_agreement < 1e-6, "{}", t.smartcore_agreement);
	}

	#[test]
	fn scale_refuses_a_constant_feature() {
		let (mut x, y) = borrowers();
		for row in &mut x {
			row.push(1.0);
		}
		let mut c = cmd(Algorithm::Knn, Task::Classification);
		c.scale = true;
		let err = train(&c, x, y).err().unwrap();
		assert!(err.starts_with("feature 3 (in file order, target excluded) is constant"), "{err}");
	}
}
