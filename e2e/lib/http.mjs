// Plain HTTP JSON-RPC requests for the tests that look at the HTTP layer itself (status codes,
// the server that answered, the client's local address).
import http from 'node:http';

/**
 * One HTTP request on a new connection (no keep-alive) from `localAddress`; resolves to
 * `{ status, headers, text, json, ms }` (ms: from the request to the whole answer).
 */
export function request(port, { method = 'POST', path = '/', body, localAddress = '127.0.0.1', headers = {} } = {}) {
  const payload = body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((ok, fail) => {
    const start = performance.now();
    const req = http.request({
      host: '127.0.0.1', port, method, path, localAddress, agent: false, timeout: 20_000,
      headers: {
        ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        ...headers,
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        ok({ status: res.statusCode, headers: res.headers, text, json, ms: performance.now() - start });
      });
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', fail);
    req.end(payload);
  });
}
