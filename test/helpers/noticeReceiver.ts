/** A real HTTP endpoint that records what the notifier sends (a stand-in for a Slack webhook). */
import http from 'node:http';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: { text: string; kind: string; callId: string | null; owner: string | null; blocks?: Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>; replace_original?: boolean };
}

export async function startNoticeReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(data) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}
