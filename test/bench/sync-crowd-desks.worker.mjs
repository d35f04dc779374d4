// The 20 desks of the sync-push-pull benchmark's crowd, in their own thread: they are other
// computers, so their HTTP clients must not share the server's event loop (in the same thread,
// each desk's fetch and answer parsing ran between the server's requests and skewed its latency).
// Gets { url, path, rounds: [[{ token, bodies: [serialized push page…] }…]…] }. In each round every
// desk pushes its pages one after another, all desks at once; the rounds run one after another
// over the same kept-alive connections. Answers { rounds: [{ ms, latencies }…] } or { error }.
import { parentPort, workerData } from 'node:worker_threads';

const { url, path, rounds } = workerData;

async function runRound(desks) {
  const latencies = [];
  const start = performance.now();
  await Promise.all(
    desks.map(async (desk) => {
      for (const body of desk.bodies) {
        const sent = performance.now();
        const response = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
          body,
        });
        const text = await response.text();
        latencies.push(performance.now() - sent);
        if (response.status !== 200) throw new Error(`crowd push failed: ${response.status} ${text}`);
      }
    }),
  );
  return { ms: performance.now() - start, latencies };
}

try {
  const results = [];
  for (const desks of rounds) results.push(await runRound(desks));
  parentPort.postMessage({ rounds: results });
} catch (error) {
  parentPort.postMessage({ error: String(error) });
}
