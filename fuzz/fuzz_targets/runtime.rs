//! The libFuzzer target: the fuzzer's bytes become up to 64 actions on the Agora runtime (see
//! `agora_fuzz::run`); a violated invariant or a panic in the runtime is a crash.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
	agora_fuzz::run(data);
});
