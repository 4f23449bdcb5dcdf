// A public RPC node behind nginx (docker/rpc-proxy/nginx.conf, the file the compose profile
// `public` runs), on the host: Debian's nginx with that file, only its listen port, the node's
// address and port rewritten, in front of `agora-node --dev` started with the public node's RPC
// flags (docker/docker-compose.yml, service `agora-rpc`), loopback only. Clients bind distinct
// loopback addresses (127.0.0.2, .3, …) to be distinct clients for nginx's per-address limits.
//
// Measured: 100 idle WebSockets lock a node out without the proxy (finding 3) and not through it
// (16 per address); a 1 MiB (and a 100 KiB) request body is refused by nginx with 413 while the
// node's CPU time stands still; a client opening a new connection per call is limited to nginx's
// rate (finding 5); the node's own batch and subscription limits (finding 4) as a client behind
// the proxy sees them; --rpc-rate-limit per WebSocket, and a client cannot claim a whitelisted
// address through forwarded headers.
//
// The node differs from the compose file's in three flags, each for a test: --rpc-max-connections
// 100 (the default: 100 sockets reproduce finding 3), --rpc-cors with one origin instead of `all`
// (turns on the node's host filter, so the Host header nginx sends is checked), and
// --rpc-rate-limit-whitelisted-ips 127.0.0.3/32 (a client address the node exempts from
// --rpc-rate-limit, as nginx forwards it).
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { freePort, killNode, spawnNode } from './lib/node.mjs';
import { request } from './lib/http.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONF = join(repo, 'docker', 'rpc-proxy', 'nginx.conf');
const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

// The limits nginx.conf sets (asserted against the file, so a change there is a change here).
const PER_IP_CONNECTIONS = 16;
const RATE = 20; // requests a second per address
const BURST = 40;
const NODE_MAX_CONNECTIONS = 100;
const MAX_BATCH = 16;
const MAX_SUBSCRIPTIONS = 128;
const RATE_LIMIT = 600; // --rpc-rate-limit: calls a minute per connection
const WHITELISTED = '127.0.0.3';

const NODE_FLAGS = [
  '--dev', '--rpc-methods', 'safe', '--rpc-cors', 'http://localhost:3000',
  '--rpc-max-connections', String(NODE_MAX_CONNECTIONS),
  '--rpc-max-subscriptions-per-connection', String(MAX_SUBSCRIPTIONS),
  '--rpc-max-request-size', '1', '--rpc-max-batch-request-len', String(MAX_BATCH),
  '--rpc-rate-limit', String(RATE_LIMIT), '--rpc-rate-limit-trust-proxy-headers',
  '--rpc-rate-limit-whitelisted-ips', `${WHITELISTED}/32`,
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const call = (method, params = [], id = 1) => ({ jsonrpc: '2.0', id, method, params });
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

/**
 * Opens a WebSocket from `localAddress`; resolves to `{ ws }` once open, or `{ status }` if the
 * handshake was answered with another HTTP status, or `{ error }`.
 */
function openWs(url, { localAddress = '127.0.0.1', headers } = {}) {
  return new Promise((ok) => {
    const ws = new WebSocket(url, { localAddress, headers, handshakeTimeout: 10_000, perMessageDeflate: false });
    let settled = false;
    const settle = (v) => { if (!settled) { settled = true; ok(v); } };
    ws.on('open', () => settle({ ws }));
    ws.on('unexpected-response', (req, res) => {
      res.resume();
      settle({ status: res.statusCode });
      req.destroy();
    });
    ws.on('error', (error) => settle({ error }));
  });
}

/** JSON-RPC over an open WebSocket: `send(method, params)` resolves to the reply object. */
function rpcOver(ws) {
  let next = 1;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.id !== undefined && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  });
  return (method, params = []) => new Promise((ok) => {
    const id = next++;
    pending.set(id, ok);
    ws.send(JSON.stringify(call(method, params, id)));
  });
}

/** The CPU time (user + system, ms) process `pid` has used so far. */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / CLK_TCK;
}
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * nginx.conf with the listen port, the node's address and the node's port in the Host header
 * rewritten: each substituted line must be in the file exactly once.
 */
function rewriteConf(text, { listenPort, nodePort }) {
  const subs = [
    [/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${listenPort};`],
    [/^(\s*)server agora-rpc:9944;$/m, `$1server 127.0.0.1:${nodePort};`],
    [/^(\s*)proxy_set_header Host localhost:9944;$/m, `$1proxy_set_header Host localhost:${nodePort};`],
  ];
  for (const [re, to] of subs) {
    const n = (text.match(new RegExp(re.source, 'gm')) ?? []).length;
    assert.equal(n, 1, `nginx.conf: ${re} matches ${n} lines`);
    text = text.replace(re, to);
  }
  return text;
}

describe('public RPC node behind nginx (docker/rpc-proxy/nginx.conf)', { timeout: 600_000 }, () => {
  let node;
  let nodePort;
  let proxyPort;
  let nginx;
  let nginxLog = ''; // error log (stderr): the limit refusals
  let dir;
  let base;
  const toClose = new Set();
  const closeAll = async () => {
    for (const ws of toClose) ws.terminate();
    toClose.clear();
    await sleep(300);
  };
  /** How many of nginx's refusals for client `addr` so far: `{ conn, req }`. */
  const refusals = (addr) => ({
    conn: nginxLog.split('\n').filter((l) => l.includes('limiting connections by zone') && l.includes(`client: ${addr},`)).length,
    req: nginxLog.split('\n').filter((l) => l.includes('limiting requests') && l.includes(`client: ${addr},`)).length,
  });

  before(async () => {
    const conf = readFileSync(CONF, 'utf8');
    // The limits this file tests are the ones nginx.conf sets.
    assert.match(conf, new RegExp(`^\\s*limit_conn rpc_conn_per_ip ${PER_IP_CONNECTIONS};$`, 'm'));
    assert.match(conf, new RegExp(`zone=rpc_req_per_ip:10m rate=${RATE}r/s;`));
    assert.match(conf, new RegExp(`^\\s*limit_req zone=rpc_req_per_ip burst=${BURST} nodelay;$`, 'm'));
    assert.match(conf, /^\s*client_max_body_size 64k;$/m);

    base = mkdtempSync(join(tmpdir(), 'agora-rpc-proxy-node-'));
    nodePort = await freePort();
    node = await spawnNode(NODE_FLAGS, { base, rpcPort: nodePort, p2pPort: await freePort() });

    // nginx in a directory of its own (pid file, temp directories: relative to -p); readable
    // by its workers, which drop to www-data when the test runs as root.
    dir = mkdtempSync(join(tmpdir(), 'agora-rpc-proxy-'));
    chmodSync(dir, 0o755);
    proxyPort = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), rewriteConf(conf, { listenPort: proxyPort, nodePort }));
    nginx = spawn(NGINX, ['-p', `${dir}/`, '-e', 'stderr', '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr.on('data', (d) => { nginxLog += d.toString(); });
    const exited = new Promise((r) => nginx.once('exit', (code) => r(code)));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await Promise.race([
        request(proxyPort, { method: 'GET', path: '/health' }).then((r) => r.status === 200, () => false),
        exited.then((code) => { throw new Error(`nginx exited (${code}):\n${nginxLog}`); }),
      ]);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`nginx did not answer /health:\n${nginxLog}`);
      await sleep(200);
    }
  });

  afterEach(closeAll); // also after a failed test: its sockets would hold the node's slots

  after(async () => {
    await closeAll();
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGTERM');
      const timer = setTimeout(() => nginx.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    if (node) await killNode(node);
    for (const d of [dir, base]) if (d) rmSync(d, { recursive: true, force: true });
  });

  test('without the proxy: 100 idle WebSockets from one client lock everyone else out (finding 3)', { timeout: 60_000 }, async () => {
    const url = `ws://127.0.0.1:${nodePort}`;
    const results = await Promise.all(Array.from({ length: NODE_MAX_CONNECTIONS }, () => openWs(url, { localAddress: '127.0.0.2' })));
    const open = results.filter((r) => r.ws);
    for (const r of open) toClose.add(r.ws);
    assert.equal(open.length, NODE_MAX_CONNECTIONS, `opened ${open.length}: ${JSON.stringify(results.find((r) => !r.ws))}`);
    // Anyone else, WebSocket or HTTP, is refused while those sockets sit idle.
    const other = await openWs(url, { localAddress: '127.0.0.1' });
    if (other.ws) toClose.add(other.ws);
    assert.equal(other.status, 429, JSON.stringify(other));
    const viaHttp = await request(nodePort, { body: call('chain_getHeader') });
    assert.equal(viaHttp.status, 429, viaHttp.text);
    console.log(`direct: ${open.length} idle sockets open; a new client: WebSocket ${other.status}, HTTP ${viaHttp.status} "${viaHttp.text.trim()}"`);
    await closeAll();
    // Freed: the node answers again.
    for (let i = 0; ; i++) {
      const r = await request(nodePort, { body: call('chain_getHeader') });
      if (r.status === 200) break;
      assert.ok(i < 50, `the node still refuses: ${r.status}`);
      await sleep(100);
    }
  });

  test(`through the proxy: one address gets ${PER_IP_CONNECTIONS} of 100 WebSockets; another is still served`, { timeout: 60_000 }, async () => {
    const url = `ws://127.0.0.1:${proxyPort}`;
    const results = [];
    const start = performance.now();
    for (let i = 0; i < 100; i++) results.push(await openWs(url, { localAddress: '127.0.0.4' }));
    const seconds = (performance.now() - start) / 1000;
    const open = results.filter((r) => r.ws);
    for (const r of open) toClose.add(r.ws);
    const statuses = {};
    for (const r of results.filter((x) => !x.ws)) statuses[r.status ?? r.error?.message] = (statuses[r.status ?? r.error?.message] ?? 0) + 1;
    await sleep(200); // the error log lines
    const refused = refusals('127.0.0.4');
    console.log(`proxy: 100 WebSockets from 127.0.0.4 in ${seconds.toFixed(2)} s: ${open.length} open, refused ${JSON.stringify(statuses)}; nginx logged ${refused.conn} by the connection limit, ${refused.req} by the rate limit`);
    assert.equal(open.length, PER_IP_CONNECTIONS);
    assert.deepEqual(statuses, { 429: 100 - PER_IP_CONNECTIONS });
    assert.ok(refused.conn > 0, 'some refused by the per-address connection limit');
    // The sockets that got through work, and so does a client from another address.
    const first = rpcOver(open[0].ws);
    assert.match((await first('chain_getHeader')).result.number, /^0x/);
    const other = await openWs(url, { localAddress: '127.0.0.1' });
    assert.ok(other.ws, JSON.stringify(other));
    toClose.add(other.ws);
    const reply = await rpcOver(other.ws)('chain_getHeader');
    assert.match(reply.result.number, /^0x/, JSON.stringify(reply));
    const viaHttp = await request(proxyPort, { body: call('chain_getHeader') });
    assert.equal(viaHttp.status, 200, viaHttp.text);
    await closeAll();
  });

  test('through the proxy: bodies over 64 KiB are refused by nginx (413) and never reach the node', { timeout: 60_000 }, async () => {
    const nodePid = node.child.pid;
    const big = (bytes) => call('system_accountNextIndex', ['a'.repeat(bytes)]);
    await sleep(500);
    const cpu0 = cpuMs(nodePid);
    const mib = await request(proxyPort, { body: big(1 << 20), localAddress: '127.0.0.5' });
    const cpu1 = cpuMs(nodePid);
    const kib100 = await request(proxyPort, { body: big(100 << 10), localAddress: '127.0.0.5' });
    const cpu2 = cpuMs(nodePid);
    console.log(`proxy: 1 MiB address -> ${mib.status} in ${mib.ms.toFixed(1)} ms, node CPU +${cpu1 - cpu0} ms; `
      + `100 KiB -> ${kib100.status} in ${kib100.ms.toFixed(1)} ms, node CPU +${cpu2 - cpu1} ms`);
    for (const r of [mib, kib100]) {
      assert.equal(r.status, 413, r.text.slice(0, 200));
      assert.equal(r.headers.server, 'nginx', 'refused by nginx, not by the node');
      assert.ok(r.ms < 2_000, `413 after ${r.ms} ms`);
    }
    // Slack for the block the dev node may author meanwhile (a few ms); the quadratic decoding
    // this body would have cost before the node bounded its parameters is seconds.
    assert.ok(cpu1 - cpu0 <= 200, `node CPU moved ${cpu1 - cpu0} ms on the 1 MiB body`);
    assert.ok(cpu2 - cpu1 <= 200, `node CPU moved ${cpu2 - cpu1} ms on the 100 KiB body`);

    // Under the limit, the call reaches the node (which refuses the address itself), and a normal
    // call answers.
    // What such a call costs the node is the node's business (printed, not asserted).
    const cpu5 = cpuMs(nodePid);
    const kib60 = await request(proxyPort, { body: big(60 << 10), localAddress: '127.0.0.5' });
    const cpu6 = cpuMs(nodePid);
    assert.equal(kib60.status, 200, kib60.text.slice(0, 200));
    assert.ok(kib60.json.error, 'the node answered with an error for a 60 KiB non-address');
    console.log(`proxy: 60 KiB address -> ${kib60.status} from the node in ${kib60.ms.toFixed(1)} ms, node CPU +${cpu6 - cpu5} ms: ${JSON.stringify(kib60.json.error).slice(0, 200)}`);
    const alice = await request(proxyPort, { body: call('system_accountNextIndex', [ALICE]), localAddress: '127.0.0.5' });
    assert.equal(alice.status, 200);
    assert.equal(typeof alice.json.result, 'number', alice.text);

    // For comparison, the same 1 MiB body straight to the node (its own limit: 1 MiB).
    const cpu3 = cpuMs(nodePid);
    const direct = await request(nodePort, { body: big(1 << 20) });
    const cpu4 = cpuMs(nodePid);
    console.log(`direct: 1 MiB address -> ${direct.status} ${direct.text.trim().slice(0, 200)} in ${direct.ms.toFixed(1)} ms, node CPU +${cpu4 - cpu3} ms`);
  });

  test('through the proxy: a new connection per call is limited to 20 a second per address (finding 5)', { timeout: 120_000 }, async () => {
    // 300 HTTP calls in a row, each on a new connection, from one address.
    let start = performance.now();
    const statuses = [];
    for (let i = 0; i < 300; i++) statuses.push((await request(proxyPort, { body: call('chain_getBlockHash', [0]), localAddress: '127.0.0.6' })).status);
    let seconds = (performance.now() - start) / 1000;
    const httpOk = statuses.filter((s) => s === 200).length;
    const http429 = statuses.filter((s) => s === 429).length;
    // Another address meanwhile.
    const other = await request(proxyPort, { body: call('chain_getBlockHash', [0]), localAddress: '127.0.0.1' });
    console.log(`proxy: 300 HTTP calls, a connection each, from 127.0.0.6 in ${seconds.toFixed(2)} s: ${httpOk} answered, ${http429} got 429; 127.0.0.1 meanwhile: ${other.status}`);
    assert.equal(httpOk + http429, 300, JSON.stringify(statuses));
    // nginx's leaky bucket: the burst (and the call that fills it) at once, then 20 a second.
    assert.ok(httpOk <= BURST + 1 + Math.ceil(RATE * seconds) + 2, `${httpOk} answered in ${seconds} s`);
    assert.ok(http429 > 0, `${http429} refused`);
    assert.equal(other.status, 200);

    // 100 WebSocket handshakes in a row, each closed after one call, from another address.
    start = performance.now();
    let wsOk = 0;
    let ws429 = 0;
    for (let i = 0; i < 100; i++) {
      const r = await openWs(`ws://127.0.0.1:${proxyPort}`, { localAddress: '127.0.0.7' });
      if (r.ws) {
        const reply = await rpcOver(r.ws)('chain_getBlockHash', [0]);
        assert.match(reply.result, /^0x/);
        r.ws.terminate();
        wsOk += 1;
      } else if (r.status === 429) ws429 += 1;
      else assert.fail(JSON.stringify(r));
    }
    seconds = (performance.now() - start) / 1000;
    const otherWs = await openWs(`ws://127.0.0.1:${proxyPort}`, { localAddress: '127.0.0.1' });
    assert.ok(otherWs.ws, JSON.stringify(otherWs));
    otherWs.ws.terminate();
    console.log(`proxy: 100 WebSocket handshakes, one call each, from 127.0.0.7 in ${seconds.toFixed(2)} s: ${wsOk} served, ${ws429} got 429; 127.0.0.1 meanwhile: open`);
    assert.ok(wsOk <= BURST + 1 + Math.ceil(RATE * seconds) + 2, `${wsOk} served in ${seconds} s`);
    assert.ok(ws429 > 0, `${ws429} refused`);
  });

  test(`a batch longer than ${MAX_BATCH} calls is refused by the node`, { timeout: 30_000 }, async () => {
    const batch = (n) => Array.from({ length: n }, (_, i) => call('chain_getBlockHash', [0], i + 1));
    const ok = await request(proxyPort, { body: batch(MAX_BATCH), localAddress: '127.0.0.8' });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.length, MAX_BATCH);
    assert.ok(ok.json.every((r) => /^0x/.test(r.result)), ok.text.slice(0, 300));
    const tooLong = await request(proxyPort, { body: batch(MAX_BATCH + 1), localAddress: '127.0.0.8' });
    console.log(`proxy: batch of ${MAX_BATCH + 1} -> HTTP ${tooLong.status} ${tooLong.text.trim()}`);
    assert.equal(tooLong.status, 200);
    assert.deepEqual(tooLong.json, {
      jsonrpc: '2.0', id: null,
      error: { code: -32010, message: 'The batch request was too large', data: `Exceeded max limit of ${MAX_BATCH}` },
    });
  });

  test(`the ${MAX_SUBSCRIPTIONS + 1}th subscription on one connection is refused (finding 4)`, { timeout: 60_000 }, async () => {
    const r = await openWs(`ws://127.0.0.1:${proxyPort}`, { localAddress: '127.0.0.9' });
    assert.ok(r.ws, JSON.stringify(r));
    toClose.add(r.ws);
    const send = rpcOver(r.ws);
    const subs = await Promise.all(Array.from({ length: MAX_SUBSCRIPTIONS }, () => send('chain_subscribeNewHeads')));
    const accepted = subs.filter((s) => typeof s.result === 'string').length;
    assert.equal(accepted, MAX_SUBSCRIPTIONS, JSON.stringify(subs.find((s) => s.error)));
    const extra = await send('chain_subscribeNewHeads');
    console.log(`proxy: ${accepted} subscriptions accepted; the next: ${JSON.stringify(extra.error)}`);
    assert.deepEqual(extra.error, {
      code: -32006, message: 'Too many subscriptions on the connection', data: `Exceeded max limit of ${MAX_SUBSCRIPTIONS}`,
    });
    // The connection still serves calls.
    assert.match((await send('chain_getBlockHash', [0])).result, /^0x/);
    await closeAll();
  });

  test('--rpc-rate-limit per WebSocket; a client cannot claim a whitelisted address through forwarded headers', { timeout: 120_000 }, async () => {
    /** RATE_LIMIT + 200 calls at once on one WebSocket: `{ ok, limited, seconds }`. */
    const flood = async (localAddress, headers) => {
      const r = await openWs(`ws://127.0.0.1:${proxyPort}`, { localAddress, headers });
      assert.ok(r.ws, JSON.stringify(r));
      toClose.add(r.ws);
      const send = rpcOver(r.ws);
      const start = performance.now();
      const replies = await Promise.all(Array.from({ length: RATE_LIMIT + 200 }, () => send('chain_getBlockHash', [0])));
      const seconds = (performance.now() - start) / 1000;
      const limited = replies.filter((x) => x.error);
      for (const x of limited) assert.deepEqual(x.error, { code: -32999, message: 'RPC rate limit exceeded' });
      r.ws.terminate();
      return { ok: replies.length - limited.length, limited: limited.length, seconds };
    };
    const spoof = { 'X-Forwarded-For': WHITELISTED, 'X-Real-IP': WHITELISTED, Forwarded: `for=${WHITELISTED}` };
    const spoofed = await flood('127.0.0.10', spoof);
    const whitelisted = await flood(WHITELISTED);
    console.log(`proxy: ${RATE_LIMIT + 200} calls on one WebSocket: from 127.0.0.10 claiming ${WHITELISTED} in its headers `
      + `${spoofed.ok} answered, ${spoofed.limited} refused (-32999) in ${spoofed.seconds.toFixed(2)} s; `
      + `from ${WHITELISTED} (whitelisted) ${whitelisted.ok} answered, ${whitelisted.limited} refused in ${whitelisted.seconds.toFixed(2)} s`);
    assert.ok(spoofed.limited > 0, 'the spoofing client was rate-limited');
    assert.equal(whitelisted.limited, 0, 'the whitelisted client was not');
  });

  test('the health endpoints pass; other paths and methods, and unsafe calls, do not', { timeout: 30_000 }, async () => {
    const health = await request(proxyPort, { method: 'GET', path: '/health', localAddress: '127.0.0.11' });
    assert.equal(health.status, 200);
    assert.equal(typeof health.json.isSyncing, 'boolean', health.text);
    const readiness = await request(proxyPort, { method: 'GET', path: '/health/readiness', localAddress: '127.0.0.11' });
    assert.equal(readiness.status, 200, readiness.text);
    assert.equal((await request(proxyPort, { method: 'GET', path: '/metrics', localAddress: '127.0.0.11' })).status, 404);
    assert.equal((await request(proxyPort, { method: 'PUT', body: call('chain_getHeader'), localAddress: '127.0.0.11' })).status, 403);
    const unsafe = await request(proxyPort, { body: call('author_rotateKeys'), localAddress: '127.0.0.11' });
    assert.equal(unsafe.json.error?.code, -32601, unsafe.text);
  });
});
