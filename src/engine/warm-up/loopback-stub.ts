/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for the generator's warm-up: every request
 * (headers only, as the warm-up sends GETs) is answered at once with the same 2-byte
 * 200. Raw `net`, not `node:http`, so the stub costs the thread as little as possible.
 */
import net, { type AddressInfo } from 'node:net';

const REPLY = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok');
const END_OF_HEAD = Buffer.from('\r\n\r\n');

export interface LoopbackStub {
  readonly url: string;
  /** Requests answered so far. */
  readonly answered: number;
  close(): Promise<void>;
}

/** Replies to each complete request head in `chunk`; keeps the last bytes in case a head's end is split across chunks. */
function answer(socket: net.Socket, onAnswer: () => void): void {
  let carry: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    const text = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    for (let at = text.indexOf(END_OF_HEAD); at !== -1; at = text.indexOf(END_OF_HEAD, from)) {
      socket.write(REPLY);
      onAnswer();
      from = at + END_OF_HEAD.length;
    }
    carry = text.subarray(Math.max(from, text.length - (END_OF_HEAD.length - 1)));
  });
  socket.on('error', () => socket.destroy());
}

export async function startLoopbackStub(): Promise<LoopbackStub> {
  const sockets = new Set<net.Socket>();
  let answered = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    answer(socket, () => answered++);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get answered() {
      return answered;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
