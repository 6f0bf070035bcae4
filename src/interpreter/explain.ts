/** Plain-language explanation of an interpreter's facts. Pure: tested in plain mocha. */
import type { InterpreterFacts } from '../shared/harnessProtocol';

export function explainInterpreter(f: InterpreterFacts, path: string, source: string): { title: string; detail: string } {
  const title = `Python ${f.version}${f.freeThreaded ? ' (free-threaded build)' : ''}: the GIL is ${f.gilEnabled ? 'on' : 'off'}`;
  const lines = [`${path}\nfound through ${source}.`, ''];
  if (f.gilEnabled && !f.freeThreaded) {
    lines.push(
      `This interpreter has a Global Interpreter Lock: only one thread runs Python bytecode at a time. Threads can overlap while they wait (sleep, sockets, files), but CPU-bound Python code in ${f.cpuCount} threads does not run faster than in one. Processes each have their own GIL and can use all ${f.cpuCount} CPUs.`,
    );
  } else if (f.gilEnabled && f.freeThreaded) {
    lines.push(
      'This is a free-threaded build, but the GIL is on right now: PYTHON_GIL=1 or -X gil=1 asked for it, or an imported C extension that does not declare free-threading support switched it back on. Threads behave as with the GIL.',
    );
  } else {
    lines.push(
      `This is a free-threaded build running without the GIL: threads can run Python code on all ${f.cpuCount} CPUs at once. That also means unsynchronised read-modify-write on shared state (counter += 1) loses updates far more often: GIL Lab's race check shows how many.`,
    );
  }
  lines.push('', `Threads are asked to switch every ${(f.switchIntervalSeconds * 1000).toFixed(1)} ms (sys.getswitchinterval). New processes start with "${f.startMethod}".`);
  return { title, detail: lines.join('\n') };
}
