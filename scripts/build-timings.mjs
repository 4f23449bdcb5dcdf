// Summarises a cargo `--timings` report (target/cargo-timings/cargo-timing.html): how long the
// dependency graph took, how long the workspace's own crates added after it (the runtime's wasm
// build runs inside agora-runtime's build script), and the slowest compile units.
// Usage: node scripts/build-timings.mjs <cargo-timing.html> [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const html = readFileSync(file, 'utf8');
const start = html.indexOf('const UNIT_DATA = ');
const end = html.indexOf('];', start);
if (start < 0 || end < 0) throw new Error(`${file}: no UNIT_DATA`);
const units = JSON.parse(html.slice(start + 'const UNIT_DATA = '.length, end + 1));
const ours = /^(agora-|agora_|pallet-(recommender|credentials|oracle|stablecoin|lending|governance)$)/;
const finish = (u) => u.start + u.duration;
const wall = Math.max(0, ...units.map(finish));
const depsEnd = Math.max(0, ...units.filter((u) => !ours.test(u.name)).map(finish));
const label = (u) => `${u.name} ${u.version}${u.target}${u.mode === 'run-custom-build' ? ' (build script run)' : ''}`;
const fmt = (s) => `${Math.round(s)} s`.padStart(7);

console.log(`build: ${units.length} compile units in ${fmt(wall).trim()}`);
console.log(`  dependency graph done after ${fmt(depsEnd)}`);
console.log(`  workspace crates after that  ${fmt(wall - depsEnd)}`);
const wasm = units.find((u) => u.name === 'agora-runtime' && u.mode === 'run-custom-build');
if (wasm) console.log(`  runtime wasm build (in agora-runtime's build script) ${fmt(wasm.duration).trim()}`);
const top = Number(topArg ?? 12);
console.log(`slowest ${top} units:`);
for (const u of [...units].sort((a, b) => b.duration - a.duration).slice(0, top))
	console.log(`  ${fmt(u.duration)}  ${label(u)}`);
