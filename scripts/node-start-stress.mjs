// Start-reliability stress test: starts agora-node many times the way the e2e suite does
// (spawned from Node.js, several at once, others stopping meanwhile) and counts the starts that
// fail. Every node must come up, answer RPC through @polkadot/api (which executes the runtime)
// and stop; any failure is printed with the node's log and makes the exit code 1.
//
//   node scripts/node-start-stress.mjs [--starts 200] [--concurrency 4] [-- <extra node args>]
//
// Needs a built node (`scripts/dev.sh` or `scripts/test.sh`; $AGORA_NODE or $CARGO_TARGET_DIR
// pick it as in the e2e suite) and the e2e suite's npm packages. Extra node arguments, e.g.
// `-- --wasmtime-instantiation-strategy pooling`, compare other settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, freePort, killNode, nodeBinary, spawnNode, wasmMemoryImages } from '../e2e/lib/node.mjs';

const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
const own = dashes < 0 ? argv : argv.slice(0, dashes);
const extra = dashes < 0 ? [] : argv.slice(dashes + 1);
const option = (name, fallback) => {
  const at = own.indexOf(name);
  return at < 0 ? fallback : Number(own[at + 1]);
};
const starts = option('--starts', 200);
const concurrency = option('--concurrency', 4);
if (!(starts > 0 && concurrency > 0)) throw new Error('--starts and --concurrency must be positive');

let next = 0;
let done = 0;
let withImages = 0;
const failures = [];
const began = Date.now();

/** `promise`, or a rejection after `ms` (a node that dies after its RPC came up must not hang us). */
function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function once(n) {
  const base = mkdtempSync(join(tmpdir(), 'agora-stress-'));
  let node;
  let api;
  try {
    node = await spawnNode(['--dev', ...extra], {
      base, rpcPort: await freePort(), p2pPort: await freePort(), timeoutMs: 60_000,
    });
    // The client's start-up runs the runtime (metadata, version), as every e2e test does.
    api = await within(60_000, 'connect', connect(node.url));
    await within(30_000, 'chain_getHeader', api.rpc.chain.getHeader());
    if (wasmMemoryImages(node.child.pid) > 0) withImages += 1;
    if (node.exited) throw new Error(`agora-node exited (${JSON.stringify(node.exited)})`);
  } catch (e) {
    // A failed spawn's message ends with the node's log; keep its end, where the error is.
    const log = node ? `\n--- node log (end):\n${node.log.slice(-4000)}` : '';
    failures.push({ n, error: `${String(e.message ?? e).slice(-4000)}${log}` });
  } finally {
    if (api) await api.disconnect().catch(() => {});
    // Half the nodes stop cleanly, half are killed, while the others start.
    if (node) await killNode(node, n % 2 ? 'SIGKILL' : 'SIGTERM');
    rmSync(base, { recursive: true, force: true });
  }
  done += 1;
  if (done % 20 === 0 || done === starts)
    console.log(`${done}/${starts} starts, ${failures.length} failed, ${Math.round((Date.now() - began) / 1000)} s`);
}

async function worker() {
  while (next < starts) await once(next++);
}

console.log(`${nodeBinary()} --dev ${extra.join(' ')}: ${starts} starts, ${concurrency} at a time`);
await Promise.all(Array.from({ length: concurrency }, worker));
for (const f of failures) console.log(`--- start ${f.n} failed:\n${f.error}`);
console.log(`nodes holding memfd memory images (copy-on-write strategy): ${withImages}`);
console.log(`${starts - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
