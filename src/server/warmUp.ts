/**
 * Warms the parser and the race analysis while no document is open yet.
 *
 * Why: the first analysis in a fresh process runs cold code. The wasm parser is compiled lazily
 * by the baseline compiler on first call, and the analysis's JavaScript starts out interpreted,
 * so a server's first 5,000-line file took about 2.8× as long as the same file once the code is
 * hot. Opening a Python workspace starts the server before any file is shown; the few hundred
 * milliseconds until the user opens one are enough to run this module's text through the same
 * code a few times. A round is a few milliseconds once warm, and the loop gives way to every
 * message between rounds and stops for good as soon as a document opens, so a server started by
 * the open itself never makes its first answer wait for more than one round.
 *
 * Small rounds alone left a 5,000-line file's first analysis about 1.3× as long as a hot one: the
 * rules' loops had run only over a small module. A second stage runs several renamed copies of
 * the text as one module (about 550 lines, some 50 ms a round) so that those loops run long
 * enough to be optimised; after it the first analysis of a large file was as fast as a hot one.
 * The small rounds come first, so an open that comes early waits only for a small round.
 */
import type { Parser } from 'web-tree-sitter';
import { AnalysisMemo, analyze } from '../analysis/raceAnalysis';

/** Threaded Python in the shapes the analysis looks at, so each of its paths runs. Our own text. */
export const WARM_UP_SOURCE = `"""GIL Lab's warm-up: every shape the race analysis knows, once."""
import threading
import functools
import socketserver
from concurrent.futures import ThreadPoolExecutor
from flask import Flask

app = Flask(__name__)

hits = 0
seen = {}
names = set()
lock = threading.Lock()
shelf = [0]


def bump(n):
    global hits
    for _ in range(n):
        hits += 1


def bump_locked(n):
    global hits
    with lock:
        hits += n


def remember(key, value):
    if key not in seen:
        seen[key] = value
    if key not in names:
        names.add(key)


def fill(box, n):
    for _ in range(n):
        box[0] += 1
    if len(shelf) < 3:
        shelf.append(n)
    if key_of(n) in seen:
        return
    current = seen.get(n, 0)
    seen[n] = current + 1


def key_of(n):
    return n % 7


@app.route("/hits")
def page():
    global hits
    hits += 1
    return str(hits)


class Handler(socketserver.StreamRequestHandler):
    visits = {}

    def handle(self):
        self.visits[self.client_address] = self.visits.get(self.client_address, 0) + 1


class Meter:
    instance = None

    def __init__(self):
        self.reading = 0
        self._lock = threading.Lock()

    def tick(self):
        current = self.reading
        self.reading = current + 1

    def tick_locked(self):
        with self._lock:
            self.reading += 1

    @classmethod
    def get(cls):
        if cls.instance is None:
            cls.instance = cls()
        return cls.instance


class Worker(threading.Thread):
    def __init__(self, meter):
        super().__init__()
        self.meter = meter

    def run(self):
        for _ in range(10):
            self.meter.tick()


def main():
    meter = Meter()
    threads = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
    threads += [threading.Thread(target=fill, args=(shelf, 10)) for _ in range(2)]
    threads += [Worker(meter) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for i in range(8):
            pool.submit(remember, i, i * i)
            pool.submit(functools.partial(bump_locked, i))
            pool.submit(meter.tick_locked)
        list(pool.map(lambda _: Meter.get(), range(4)))
    bump(1)
    return hits, meter.reading, socketserver.ThreadingTCPServer


if __name__ == "__main__":
    print(main())
`;

/** The names WARM_UP_SOURCE defines, renamed in each copy of the large round's module. */
const DEFINED_NAMES = /\b(bump_locked|bump|remember|fill|key_of|page|Handler|Meter|Worker|main|hits|seen|names|shelf)\b/g;

/** WARM_UP_SOURCE's imports once, then `copies` copies of the rest with each copy's names suffixed: one larger module. */
export function largeWarmUpSource(copies: number): string {
  const at = WARM_UP_SOURCE.indexOf('\napp = Flask(__name__)\n');
  const body = WARM_UP_SOURCE.slice(at).replace(/\nif __name__ == "__main__":\n {4}print\(main\(\)\)\n$/, '\n');
  let out = WARM_UP_SOURCE.slice(0, at);
  for (let k = 0; k < copies; k++) out += body.replace(DEFINED_NAMES, (name) => `${name}_${k}`);
  return out;
}

export interface WarmUpOptions {
  /** Stop after this many small rounds (the analysis's code is about as fast as it gets on small modules after some 20). */
  rounds?: number;
  /** Then this many rounds on largeWarmUpSource(5), so the rules' loops are optimised for large files too. */
  largeRounds?: number;
  /** True once a real document needs the server: the loop stops before its next round. */
  shouldStop: () => boolean;
}

/**
 * Runs the warm-up rounds, one per macrotask, and resolves with how many ran and the milliseconds
 * they took. Never throws: a failure only means the first real analysis runs cold.
 */
export async function warmUp(parser: Parser, { rounds = 20, largeRounds = 20, shouldStop }: WarmUpOptions): Promise<{ rounds: number; ms: number }> {
  const start = performance.now();
  let done = 0;
  let large: string | undefined;
  while (done < rounds + largeRounds && !shouldStop()) {
    const text = done < rounds ? WARM_UP_SOURCE : (large ??= largeWarmUpSource(5));
    try {
      const tree = parser.parse(text);
      if (!tree) break;
      analyze(tree, text, new AnalysisMemo());
      tree.delete();
    } catch {
      break;
    }
    done++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { rounds: done, ms: performance.now() - start };
}
