// A bench target in its own process: `node target-server.mjs <delay ms> <timer|spin>`
// prints its URL and answers every request with a 2-byte body after the delay.
//
// `timer`: setTimeout, whose millisecond clock answers anywhere from 5 to 6+ ms depending
// on where in the millisecond a request arrives. `spin`: replies are due exactly delayMs
// after the request was read and an immediate loop (one busy core, still reading new
// requests every turn) sends each within a few µs of that.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setImmediate, setTimeout } from 'node:timers';

const delayMs = Number(process.argv[2] ?? 0);
const clock = process.argv[3] ?? 'timer';
const body = Buffer.from('ok');
const reply = (res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
  res.end(body);
};
const due = [];
let head = 0;
let spinning = false;
const spin = () => {
  const now = performance.now();
  while (head < due.length && due[head].at <= now) reply(due[head++].res);
  if (head === due.length) {
    due.length = head = 0;
    spinning = false;
  } else setImmediate(spin);
};
const server = http.createServer((req, res) => {
  if (delayMs <= 0) reply(res);
  else if (clock === 'timer') setTimeout(() => reply(res), delayMs);
  else {
    due.push({ at: performance.now() + delayMs, res });
    if (!spinning) {
      spinning = true;
      setImmediate(spin);
    }
  }
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
