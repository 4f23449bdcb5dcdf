//! Writes the libFuzzer seed inputs of [`agora_fuzz::seed_scripts`] to a folder
//! (`fuzz/seeds/` by default): `cargo run --release -p agora-fuzz --bin agora-fuzz-seeds`.
//! Give the folder to `cargo fuzz run` beside the corpus so that fuzzing starts from the deep
//! states the scripts reach.

fn main() {
	let dir = std::env::args()
		.nth(1)
		.unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/seeds").to_string());
	std::fs::create_dir_all(&dir).expect("the seeds folder");
	for (name, script) in agora_fuzz::seed_scripts() {
		for a in &script {
			if agora_fuzz::encode(core::slice::from_ref(a), 50_000_000).is_none() {
				panic!("{name}: no bytes decode to {a:?}");
			}
		}
		let bytes = agora_fuzz::encode(&script, 50_000_000)
			.unwrap_or_else(|| panic!("no bytes found for the script {name}"));
		let path = format!("{dir}/{name}");
		std::fs::write(&path, &bytes).expect("a seed file");
		println!("{path}: {} actions, {} bytes", script.len(), bytes.len());
	}
}
