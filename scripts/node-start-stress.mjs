// Start-reliability stress test: starts agora-node many times the way the e2e suite does
// (spawned from Node.js, several at once, others stopping meanwhile) and counts the starts that
// fail. Every node must come up, answer RPC through @polkadot/api (which executes the runtime)
// and stop; any failure is printed with the node's log and makes the exit code 1.
//
//   node scripts/node-start-stress.mjs [--starts 200] [--concurrency 4] [-- <extra node args>]
//
// Needs a built node (`scripts/dev.sh` or `scripts/test.sh`; $AGORA_NODE or $CARGO_TARGET_DIR
// pick it as in the e2e suite) and the e2e suite's npm packages. Extra node arguments, e.g.
// `-- --wasmtime-instantiation-strategy pooling-copy-on-write`, compare other settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, freePort, killNode, nodeBinary, spawnNode } from '../e2e/lib/node.mjs';

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
const failures = [];
const began = Date.now();

async function once(n) {
  const base = mkdtempSync(join(tmpdir(), 'agora-stress-'));
  let node;
  try {
    node = await spawnNode(['--dev', ...extra], {
      base, rpcPort: await freePort(), p2pPort: await freePort(), timeoutMs: 60_000,
    });
    // The client's start-up runs the runtime (metadata, version), as every e2e test does.
    const api = await connect(node.url);
    const head = await api.rpc.chain.getHeader();
    await api.disconnect();
    if (head.number.toNumber() < 0) throw new Error('no head');
  } catch (e) {
    failures.push({ n, error: String(e.message ?? e).slice(0, 4000) });
  } finally {
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
console.log(`${starts - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
