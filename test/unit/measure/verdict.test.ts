import { strict as assert } from 'node:assert';
import { FASTER, measureVerdict, PARALLEL_CPU, raceVerdict, seconds, times, TOO_FAST_SECONDS } from '../../../src/measure/verdict';
import { speedup, statsByMode } from '../../../src/measure/stats';
import type { InterpreterFacts, RaceRun, RepeatSample } from '../../../src/shared/harnessProtocol';
import type { Verdict } from '../../../src/shared/results';
import { STEPS } from '../../../src/shared/walkthrough';
import { ft313, gil311, gil39, parallel, sample, serialCpu, serialWait, threadsGil, threadsWait } from './fixtures';

/** The verdict the engine would give for these raw samples (the same path as engine.summarizeMeasure). */
function verdictOf(samples: RepeatSample[], interpreter: InterpreterFacts = gil311, workers = 2): Verdict {
  const modes = statsByMode(samples);
  return measureVerdict({ interpreter, workers, modes, speedup: { threads: speedup(samples, 'threads'), processes: speedup(samples, 'processes') }, samples });
}
const repeats = <T>(n: number, f: (r: number) => T): T[] => Array.from({ length: n }, (_, r) => f(r));

describe('verdict: number formats', () => {
  it('writes seconds, milliseconds and speedups the way the panel shows them', () => {
    assert.equal(seconds(2.5), '2.50 s');
    assert.equal(seconds(1), '1.00 s');
    assert.equal(seconds(0.5), '500 ms');
    assert.equal(seconds(0.1), '100 ms');
    assert.equal(seconds(0.0095), '9.5 ms');
    assert.equal(seconds(0.0125), '12.5 ms');
    assert.equal(seconds(0.004), '4.0 ms');
    assert.equal(times(0.8), '×0.80');
    assert.equal(times(1.8372), '×1.84');
  });
  it('chooses the unit after rounding: no "1000 ms", no "100.0 ms"', () => {
    assert.equal(seconds(0.9996), '1.00 s');
    assert.equal(seconds(0.9994), '999 ms');
    assert.equal(seconds(0.09996), '100 ms');
    assert.equal(seconds(0.09994), '99.9 ms');
    assert.equal(seconds(0), '0.0 ms');
  });
});

describe('verdict: CPU-bound under the GIL', () => {
  // cpu_bound() twice: serially 500 ms; in two threads that take turns, 625 ms with CPU ≈ wall.
  const serial = repeats(3, (r) => serialCpu(r, 0.5));
  const threads = repeats(3, (r) => threadsGil(r, 0.625));

  it('says the threads were serialised by the GIL and links the CPU-bound pitfall', () => {
    const v = verdictOf([...serial, ...threads]);
    assert.equal(v.kind, 'gil-serialised');
    assert.equal(v.step, STEPS.pitfallCpuThreads);
    assert.equal(
      v.headline,
      'Threads did not make this CPU-bound function faster: 2 threads took 625 ms against 500 ms one after another (×0.80), because only one thread at a time can hold the GIL and run Python code. ' +
        'They were even slower than one after another: handing the GIL from thread to thread, which a waiting thread asks for every 5 ms, costs time too (the threads used 625 ms of CPU for calls that used 500 ms one after another).',
    );
    assert.equal(v.detail, 'Serial 500 ms, 2 threads 625 ms (×0.80, range ×0.80–×0.80); one call alone got 1.00 s of CPU per second, the threads together 1.00 s (1.0 CPUs at once).');
  });

  it('says processes won when they ran in parallel beside the serialised threads', () => {
    const v = verdictOf([...serial, ...threads, ...repeats(3, (r) => parallel('processes', r, 0.25))]);
    assert.equal(v.kind, 'processes-win');
    assert.equal(v.step, STEPS.pitfallCpuThreads);
    assert.ok(
      v.headline.endsWith('one after another). 2 processes took 250 ms (×2.00), close to the ×2 that 2 CPUs allow: each process has its own interpreter and its own GIL.'),
      v.headline,
    );
  });

  it('stays "serialised by the GIL" when processes were slower too', () => {
    const v = verdictOf([...serial, ...threads, ...repeats(3, (r) => parallel('processes', r, 0.75))]);
    assert.equal(v.kind, 'gil-serialised');
    assert.match(v.headline, / 2 processes took 750 ms \(×0\.67\)/);
  });

  it('flags noisy repeats in the detail', () => {
    const noisy = [serialCpu(0, 0.25), serialCpu(1, 0.5), serialCpu(2, 1.0)]; // IQR 0.375 on a 0.5 median
    const v = verdictOf([...noisy, ...threads]);
    assert.equal(v.kind, 'gil-serialised');
    assert.match(v.detail, /The repeats varied a lot \(other work on this machine\?\), so treat small differences as noise\.$/);
    assert.doesNotMatch(verdictOf([...serial, ...threads]).detail, /varied/);
  });
});

describe('verdict: truly parallel threads', () => {
  const serial = repeats(3, (r) => serialCpu(r, 0.5));
  const threads = repeats(3, (r) => parallel('threads', r, 0.25)); // summed thread CPU = 2 × wall

  it('on a free-threaded build: the threads ran Python code on several CPUs', () => {
    const v = verdictOf([...serial, ...threads], ft313);
    assert.equal(v.kind, 'parallel');
    assert.equal(v.step, STEPS.practiceProcesses);
    assert.equal(
      v.headline,
      'Threads ran in parallel: 2 threads took 250 ms against 500 ms one after another (×2.00), because this free-threaded build runs without the GIL, so the threads ran Python code on 2 CPUs at once.',
    );
    assert.equal(v.detail, 'Serial 500 ms, 2 threads 250 ms (×2.00, range ×2.00–×2.00); one call alone got 1.00 s of CPU per second, the threads together 2.00 s (2.0 CPUs at once).');
  });

  it('counts no more CPUs than the interpreter can use', () => {
    const four = repeats(3, (r) => sample('threads', r, 0.25, [[0, 0.25, 0.25], [0, 0.25, 0.25], [0, 0.25, 0.25], [0, 0.25, 0.25]]));
    const serial4 = repeats(3, (r) => sample('serial', r, 1, [[0, 0.25, 0.25], [0.25, 0.5, 0.25], [0.5, 0.75, 0.25], [0.75, 1, 0.25]]));
    const v = verdictOf([...serial4, ...four], ft313, 4);
    assert.equal(v.kind, 'parallel');
    assert.match(v.headline, /ran Python code on 2 CPUs at once\.$/);
  });

  it('with the GIL: the function must spend its time in code that releases it', () => {
    const v = verdictOf([...serial, ...threads], gil311);
    assert.equal(v.kind, 'parallel');
    assert.match(v.headline, /because the function spends its time in code that releases the GIL \(C code or I\/O\), so threads really ran at once\.$/);
  });

  it('mentions processes without "their own GIL" on a free-threaded build', () => {
    const v = verdictOf([...serial, ...threads, ...repeats(3, (r) => parallel('processes', r, 0.25))], ft313);
    assert.ok(v.headline.endsWith(' 2 processes took 250 ms (×2.00), close to the ×2 that 2 CPUs allow: each process has its own interpreter.'), v.headline);
  });

  it('needs both the speedup and the CPU signature, at the thresholds', () => {
    // exactly ×1.3 (650 ms against 500 ms) and exactly 1.3 CPU-seconds per second: parallel
    assert.equal(FASTER, 1.3);
    assert.equal(PARALLEL_CPU, 1.3);
    const serial = repeats(3, (r) => serialCpu(r, 0.65));
    const edge = repeats(3, (r) => sample('threads', r, 0.5, [[0, 0.5, 0.325], [0, 0.5, 0.325]]));
    assert.equal(verdictOf([...serial, ...edge], ft313).kind, 'parallel');
  });
});

describe('verdict: on a machine busy with other work', () => {
  // Other processes take CPU: one call alone gets only 0.7 s of CPU per second, and the raw figures shrink.
  const loadedSerial = (repeat: number, wall: number) => sample('serial', repeat, wall, [[0, wall / 2, 0.35 * wall], [wall / 2, wall, 0.35 * wall]]);
  const loadedGil = (repeat: number, wall: number) => sample('threads', repeat, wall, [[0, wall, 0.35 * wall], [0, wall, 0.35 * wall]]);
  const loadedParallel = (repeat: number, wall: number) => sample('threads', repeat, wall, [[0, wall, 0.7 * wall], [0, wall, 0.7 * wall]]);

  it('threads taking turns stay "serialised by the GIL" when a noisy repeat looked faster', () => {
    // repeats ×1.0, ×1.31, ×1.7: the median looks faster, but the threads never used more than one call's CPU
    const serial = [loadedSerial(0, 0.5), loadedSerial(1, 0.5), loadedSerial(2, 0.5)];
    const threads = [loadedGil(0, 0.5), loadedGil(1, 0.5 / 1.31), loadedGil(2, 0.5 / 1.7)];
    const v = verdictOf([...serial, ...threads]);
    assert.equal(v.kind, 'gil-serialised');
    assert.match(v.headline, /^Threads took turns: .* is noise from other work on this machine, not parallelism\.$/);
    assert.match(v.detail, /one call alone got 0\.70 s of CPU per second, the threads together 0\.70 s \(1\.0 CPUs at once\)/);
  });

  it('free-threaded threads are parallel although neither figure reaches 1.3 CPUs', () => {
    const v = verdictOf([...repeats(3, (r) => loadedSerial(r, 0.5)), ...repeats(3, (r) => loadedParallel(r, 0.25))], ft313);
    assert.equal(v.kind, 'parallel');
  });

  it('threads busy on two CPUs yet no faster: they got in each other\'s way', () => {
    const v = verdictOf([...repeats(3, (r) => loadedSerial(r, 0.5)), ...repeats(3, (r) => loadedParallel(r, 0.5))], ft313);
    assert.equal(v.kind, 'mixed');
    assert.match(v.headline, /^The threads ran at once \(2\.0 CPUs busy\) but finished no sooner \(×1\.00\)/);
  });

  it('threads busy on two CPUs and a little faster: "only a little sooner", not "no sooner"', () => {
    const v = verdictOf([...repeats(3, (r) => loadedSerial(r, 0.5)), ...repeats(3, (r) => loadedParallel(r, 0.4))], ft313);
    assert.equal(v.kind, 'mixed');
    assert.match(v.headline, /^The threads ran at once \(2\.0 CPUs busy\) but finished only a little sooner \(×1\.25\)/);
  });
});

describe('verdict: waits overlapping in threads', () => {
  it('says the threads overlapped their waits and links the I/O step', () => {
    const v = verdictOf([...repeats(3, (r) => serialWait(r, 0.5)), ...repeats(3, (r) => threadsWait(r, 0.25))]);
    assert.equal(v.kind, 'overlapping-waits');
    assert.equal(v.step, STEPS.ioBound);
    assert.equal(
      v.headline,
      'Threads overlapped their waits: 2 threads took 250 ms against 500 ms one after another (×2.00) while using little CPU. A waiting thread releases the GIL, so the others get on.',
    );
    assert.match(v.detail, /the threads together 0\.01 s \(2\.0 CPUs at once\)\.$/);
  });
  it('is the same on a free-threaded build', () => {
    assert.equal(verdictOf([...repeats(3, (r) => serialWait(r, 0.5)), ...repeats(3, (r) => threadsWait(r, 0.25))], ft313).kind, 'overlapping-waits');
  });
});

describe('verdict: too fast to measure', () => {
  it('asks for more work when the serial run is shorter than the threshold', () => {
    const v = verdictOf([...repeats(3, (r) => serialCpu(r, 0.004)), ...repeats(3, (r) => threadsGil(r, 0.006))]);
    assert.equal(v.kind, 'too-fast');
    assert.equal(v.step, STEPS.cpuBound);
    assert.equal(v.headline, 'Too fast to measure reliably: 2 calls took 4.0 ms in all. Give the function more work (a bigger loop or an argument) and run again.');
    assert.equal(v.detail, 'Serial median 4.0 ms; timings this short are dominated by thread start-up and scheduling noise.');
  });
  it('decides on the serial median, whatever the threads did', () => {
    const fast = repeats(3, (r) => serialCpu(r, 0.001));
    assert.equal(verdictOf([...fast, ...repeats(3, (r) => parallel('threads', r, 0.0005))], ft313).kind, 'too-fast');
    const atThreshold = repeats(3, (r) => serialCpu(r, TOO_FAST_SECONDS));
    assert.notEqual(verdictOf([...atThreshold, ...repeats(3, (r) => threadsGil(r, TOO_FAST_SECONDS))]).kind, 'too-fast');
  });
});

describe('verdict: neither picture fits', () => {
  it('a function that both computes and waits: faster in threads at about one CPU', () => {
    const threads = repeats(3, (r) => sample('threads', r, 0.25, [[0, 0.25, 0.125], [0, 0.25, 0.125]]));
    const v = verdictOf([...repeats(3, (r) => serialCpu(r, 0.5)), ...threads]);
    assert.equal(v.kind, 'mixed');
    assert.equal(v.step, STEPS.cpuBound);
    assert.equal(v.headline, 'Threads changed the time by ×2.00 (250 ms against 500 ms serially): the function both computes and waits, so neither pure picture fits.');
  });
  it('a starved, noisy run says other programs may have taken the CPU', () => {
    // one call alone got 0.3 s of CPU per second, and the repeats spread widely
    const starvedSerial = (r: number, wall: number) => sample('serial', r, wall, [[0, wall / 2, 0.15 * wall], [wall / 2, wall, 0.15 * wall]]);
    const serial = [starvedSerial(0, 0.9), starvedSerial(1, 1.26), starvedSerial(2, 1.8)];
    const threads = repeats(3, (r) => sample('threads', r, 1.15, [[0, 1.15, 0.17], [0, 1.15, 0.17]]));
    const v = verdictOf([...serial, ...threads]);
    assert.equal(v.kind, 'mixed');
    assert.match(v.headline, /both computes and waits \(or other programs on this machine kept taking the CPU: run again when it is quiet\), so neither/);
  });
  it('a waiting function that threads did not speed up', () => {
    assert.equal(verdictOf([...repeats(3, (r) => serialWait(r, 0.5)), ...repeats(3, (r) => threadsWait(r, 0.5))]).kind, 'mixed');
  });
});

describe('verdict: one CPU, and runs without threads', () => {
  it('a free-threaded build on one CPU: no GIL, still no speedup, and says why', () => {
    const v = verdictOf([...repeats(3, (r) => serialCpu(r, 0.5)), ...repeats(3, (r) => threadsGil(r, 0.5))], { ...ft313, cpuCount: 1 });
    assert.equal(v.kind, 'gil-serialised');
    assert.equal(v.step, STEPS.practiceProcesses);
    assert.match(v.headline, /because even without the GIL they kept waiting on each other \(a shared lock or object\?\), or there was only one free CPU\. This process may use only one CPU, so nothing could run in parallel\.$/);
  });
  it('no serial run: nothing to compare with', () => {
    const v = verdictOf(repeats(3, (r) => threadsGil(r, 0.5)));
    assert.deepEqual(v, { kind: 'mixed', headline: 'There is no serial run to compare with.', detail: '', step: STEPS.cpuBound });
  });
  it('serial and processes only: processes win when they are faster', () => {
    const v = verdictOf([...repeats(3, (r) => serialCpu(r, 0.5)), ...repeats(3, (r) => parallel('processes', r, 0.25))]);
    assert.equal(v.kind, 'processes-win');
    assert.equal(v.step, STEPS.practiceProcesses);
    assert.equal(v.headline, '2 processes took 250 ms (×2.00), close to the ×2 that 2 CPUs allow: each process has its own interpreter and its own GIL.');
  });
  it('serial and processes only: slower processes are not called a win', () => {
    const v = verdictOf([...repeats(3, (r) => serialCpu(r, 0.5)), ...repeats(3, (r) => parallel('processes', r, 0.75))]);
    assert.equal(v.kind, 'mixed');
    assert.equal(
      v.headline,
      '2 processes took 750 ms (×0.67), short of the ×2 that 2 CPUs allow: each call had its CPU (1.00 s per second) but took 750 ms against 250 ms alone, so the calls slowed each other down (shared memory bandwidth or caches, or a CPU shared with its twin hyper-thread).',
    );
    assert.doesNotMatch(v.headline, /own GIL/, 'a slower run is not explained by what should have made it faster');
  });
  it('serial only: says only the serial run was measured, and claims no winner', () => {
    const v = verdictOf(repeats(3, (r) => serialCpu(r, 0.5)));
    assert.equal(v.headline, 'Only the serial run was measured.');
    assert.equal(v.kind, 'mixed');
  });
});

describe('verdict: why processes fell short, from what was measured', () => {
  const serial = repeats(3, (r) => serialCpu(r, 0.6)); // one call: 300 ms, a whole CPU

  it('starved: two processes at once got one CPU between them; says so, with the numbers, and never "its own GIL"', () => {
    // The run: 2 processes took 603 ms (×0.96); each call ran the whole 600 ms but got half a CPU.
    const starved = repeats(3, (r) => sample('processes', r, 0.625, [[0.01, 0.615, 0.3], [0.012, 0.612, 0.3]]));
    const v = verdictOf([...serial, ...repeats(3, (r) => threadsGil(r, 0.62)), ...starved]);
    assert.equal(v.kind, 'starved');
    assert.equal(v.step, STEPS.practiceProcesses);
    assert.match(
      v.headline,
      / 2 processes took 625 ms \(×0\.96\), short of the ×2 that 2 CPUs allow, because the CPUs were not free: while they ran, each call got 0\.50 s of CPU per second against 1\.00 s alone, about 1\.0 CPUs between them\. Other programs on this machine had the rest; run again when it is quieter\.$/,
    );
    assert.doesNotMatch(v.headline, /own GIL/);
  });

  it('starved even alone: the threads part says the CPUs were taken instead of "computes and waits"', () => {
    const slowAlone = repeats(3, (r) => sample('serial', r, 0.6, [[0, 0.3, 0.12], [0.3, 0.6, 0.12]])); // 0.40 s of CPU per second alone
    const threads = repeats(3, (r) => sample('threads', r, 0.7, [[0, 0.7, 0.1], [0, 0.7, 0.1]]));
    const procs = repeats(3, (r) => sample('processes', r, 0.7, [[0.01, 0.69, 0.12], [0.01, 0.69, 0.12]]));
    const v = verdictOf([...slowAlone, ...threads, ...procs]);
    assert.equal(v.kind, 'starved');
    assert.match(v.headline, /^Threads changed the time by ×0\.86 \(700 ms against 600 ms serially\), but one call alone got only 0\.40 s of CPU per second: other programs were taking the CPUs, so these numbers say little about threads\. 2 processes took 700 ms \(×0\.86\), short of the ×2 that 2 CPUs allow, because the CPUs were not free/);
  });

  it('free-threaded threads short of ×2 because another program took a CPU: starved, with the CPU each thread got', () => {
    // Two threads without the GIL, each getting 0.6 s of CPU per second while they ran: ×1.2 instead of ×2.
    const threads = repeats(3, (r) => sample('threads', r, 0.5, [[0, 0.5, 0.3], [0, 0.5, 0.3]]));
    const v = verdictOf([...serial, ...threads], ft313);
    assert.equal(v.kind, 'starved');
    assert.equal(
      v.headline,
      'Threads did not make this CPU-bound function faster: 2 threads took 500 ms against 600 ms one after another (×1.20), because the CPUs were not free: while they ran, each thread got 0.60 s of CPU per second against 1.00 s alone, so other programs on this machine had the rest. Run again when the machine is quieter.',
    );
    // Three threads on 2 CPUs that kept 1.4 CPUs busy: they ran at once, and still say why they fell short.
    const three = repeats(3, (r) => sample('threads', r, 0.6, [[0, 0.6, 0.28], [0, 0.6, 0.28], [0, 0.6, 0.28]]));
    const serial3 = repeats(3, (r) => sample('serial', r, 0.6, [[0, 0.2, 0.2], [0.2, 0.4, 0.2], [0.4, 0.6, 0.2]]));
    const v3 = verdictOf([...serial3, ...three], ft313, 3);
    assert.equal(v3.kind, 'starved');
    assert.equal(
      v3.headline,
      'The threads ran at once (1.4 CPUs busy) but finished no sooner (×1.00) because the CPUs were not free: while they ran, each thread got 0.47 s of CPU per second against 1.00 s alone, so other programs on this machine had the rest.',
    );
    // The same numbers with the GIL are not "starved": threads share one CPU by design there.
    assert.notEqual(verdictOf([...serial, ...threads], gil311).kind, 'starved');
  });

  it('overhead-bound: calls shorter than the hand-off; says the work is too short and counts the pool start-up apart', () => {
    const quick = repeats(3, (r) => serialCpu(r, 0.01)); // one call: 5 ms
    const handoff = repeats(3, (r) => sample('processes', r, 0.012, [[0.004, 0.009, 0.005], [0.0045, 0.0095, 0.005]])); // 7 ms of 12 ms around the calls
    const modes = statsByMode([...quick, ...handoff]);
    const v = measureVerdict({ interpreter: gil311, workers: 2, modes, speedup: { processes: speedup([...quick, ...handoff], 'processes') }, samples: [...quick, ...handoff], poolStartupSeconds: 0.15 });
    assert.equal(v.kind, 'overhead-bound');
    assert.equal(
      v.headline,
      '2 processes took 12.0 ms (×0.83), short of the ×2 that 2 CPUs allow: one call takes only 5.0 ms, and sending each call to a worker process and its result back took 7.0 ms of each run. The work is too short for processes to pay off; give each call more work. Starting the pool took 150 ms more, not counted here.',
    );
  });

  it('overhead-bound on a busy machine: short calls as fast as alone, a few of them stretched by a wait for a CPU', () => {
    // The shape of a real run under load: 8 calls of 0.85 ms each, serially 6.8 ms; in 8 processes on 2 CPUs
    // most calls still took 0.85 ms but three waited for a CPU mid-call (2-3 ms spans with 0.85 ms of CPU).
    const serial8 = repeats(3, (r) => sample('serial', r, 0.0068, Array.from({ length: 8 }, (_, i) => [i * 0.00085, (i + 1) * 0.00085, 0.00085] as [number, number, number])));
    const spans = [0.00085, 0.0019, 0.00085, 0.00085, 0.0012, 0.0029, 0.00085, 0.00085];
    const procs8 = repeats(3, (r) => sample('processes', r, 0.0067, spans.map((d, i) => [0.0005 * i, 0.0005 * i + d, 0.00085] as [number, number, number])));
    const v = verdictOf([...serial8, ...procs8], gil311, 8);
    assert.equal(v.kind, 'overhead-bound');
    assert.match(v.headline, /8 processes took 6\.7 ms \(×1\.01\), short of the ×2 that 2 CPUs allow: one call takes only 0\.8 ms, and sending each call to a worker process and its result back took 1\.6 ms of each run\. The work is too short/);
    assert.doesNotMatch(v.headline, /slowed each other/);
  });

  it('calls as fast as alone but a hand-off shorter than a call: the time is placed in the calls that waited for a CPU', () => {
    const serial8 = repeats(3, (r) => sample('serial', r, 0.08, Array.from({ length: 8 }, (_, i) => [i * 0.01, (i + 1) * 0.01, 0.01] as [number, number, number])));
    // 8 calls of 10 ms on 2 CPUs: six took 10 ms, two waited for a CPU and took 30 ms; 62 ms in all (60 ms of spans on 2 CPUs).
    const spans = [0.01, 0.03, 0.01, 0.01, 0.03, 0.01, 0.01, 0.01];
    const procs8 = repeats(3, (r) => sample('processes', r, 0.062, spans.map((d, i) => [0.001 * i, 0.001 * i + d, 0.01] as [number, number, number])));
    const v = verdictOf([...serial8, ...procs8], gil311, 8);
    assert.doesNotMatch(v.headline, /slowed each other|had its CPU/);
    assert.match(v.headline, /8 processes took 62\.0 ms \(×1\.29\), short of the ×2 that 2 CPUs allow: most calls took 10\.0 ms as they did alone \(10\.0 ms\), but some waited for a free CPU while they ran \(the longest took 30\.0 ms\), and sending the calls to the worker processes and the results back took 2\.0 ms of each run\.$/);
  });

  it('GIL-bound threads beside processes near the ideal: the GIL verdict stands, processes are explained by their CPUs', () => {
    const v = verdictOf([...serial, ...repeats(3, (r) => threadsGil(r, 0.6)), ...repeats(3, (r) => parallel('processes', r, 0.31))]);
    assert.equal(v.kind, 'processes-win');
    assert.match(v.headline, /^Threads did not make this CPU-bound function faster: .* because only one thread at a time can hold the GIL and run Python code\. 2 processes took 310 ms \(×1\.94\), close to the ×2 that 2 CPUs allow: each process has its own interpreter and its own GIL\.$/);
    assert.doesNotMatch(v.headline, /even slower/, 'threads as fast as serial are not called slower');
  });

  it('more calls than CPUs: never says each call "had its CPU" when they shared them', () => {
    const serial8 = repeats(3, (r) => sample('serial', r, 0.08, Array.from({ length: 8 }, (_, i) => [i * 0.01, (i + 1) * 0.01, 0.01] as [number, number, number])));
    // 8 calls on 2 CPUs: each ran 0.04 s with 0.01 s of CPU (0.25 s per second), 0.06 s in all (×1.33).
    const procs8 = repeats(3, (r) => sample('processes', r, 0.06, Array.from({ length: 8 }, (_, i) => [(i % 2) * 0.01, (i % 2) * 0.01 + 0.04, 0.01] as [number, number, number])));
    const v = verdictOf([...serial8, ...procs8], gil311, 8);
    assert.doesNotMatch(v.headline, /had its CPU/);
    assert.match(v.headline, /8 processes took 60\.0 ms \(×1\.33\), short of the ×2 that 2 CPUs allow: 8 calls shared 2 CPUs: while they ran, each got 0\.25 s of CPU per second against 1\.00 s alone and took 40\.0 ms against 10\.0 ms\.$/);
  });

  it('one usable CPU: the ceiling is ×1, and processes near it are not called starved', () => {
    const one = { ...gil311, cpuCount: 1 };
    const v = verdictOf([...serial, ...repeats(3, (r) => sample('processes', r, 0.62, [[0.01, 0.31, 0.3], [0.31, 0.61, 0.3]]))], one);
    assert.match(v.headline, /close to the ×1 that 1 CPU allows/);
    assert.notEqual(v.kind, 'starved');
  });
});

describe('verdict: the wait for a CPU, measured (Linux run queue)', () => {
  // A CPU-bound call on a busy machine: 0.35 s of CPU per second, and 0.6 s of every second ready but waiting for a CPU.
  const loadedSerial = (r: number) => sample('serial', r, 0.5, [[0, 0.25, 0.0875], [0.25, 0.5, 0.0875]]);
  const loadedGil = (r: number) => sample('threads', r, 0.5, [[0, 0.5, 0.0875], [0, 0.5, 0.0875]]);
  const samples = [...repeats(3, loadedSerial), ...repeats(3, loadedGil)];
  const modes = statsByMode(samples);
  const input = { interpreter: gil311, workers: 2, modes, speedup: { threads: speedup(samples, 'threads') }, samples };

  it('without it, little CPU alone reads as "computes and waits"', () => {
    assert.equal(measureVerdict(input).kind, 'mixed');
  });

  it('with it, the function is seen to compute on a busy machine: the GIL verdict, and the wait in the detail', () => {
    const runQueue = [0, 1, 2].map((repeat) => ({ mode: 'serial' as const, repeat, seconds: 0.3 }));
    const v = measureVerdict({ ...input, runQueue });
    assert.equal(v.kind, 'gil-serialised');
    assert.match(v.headline, /only one thread at a time can hold the GIL/);
    assert.match(v.detail, /one call alone got 0\.35 s of CPU per second, .* It waited 0\.60 s of every second for a CPU that other programs had\./);
  });

  it('a serial run starved by other programs does not make GIL threads look parallel', () => {
    // Serial: 0.3 s of CPU per second and 0.6 s queued; the threads then got the CPU (0.9 s per second) and finished ×1.5 sooner.
    const serialQ = repeats(3, (r) => sample('serial', r, 0.6, [[0, 0.3, 0.09], [0.3, 0.6, 0.09]]));
    const threadsQ = repeats(3, (r) => sample('threads', r, 0.4, [[0, 0.4, 0.18], [0, 0.4, 0.18]]));
    const all = [...serialQ, ...threadsQ];
    const runQueue = [0, 1, 2].map((repeat) => ({ mode: 'serial' as const, repeat, seconds: 0.36 }));
    const v = measureVerdict({ interpreter: gil311, workers: 2, modes: statsByMode(all), speedup: { threads: speedup(all, 'threads') }, samples: all, runQueue });
    assert.notEqual(v.kind, 'parallel', v.headline);
    assert.match(v.headline, /^Threads changed the time by ×1\.50 \(400 ms against 600 ms serially\), but one call alone got only 0\.30 s of CPU per second and waited 0\.60 s of every second for one: other programs were taking the CPUs, so these numbers say little about threads\.$/);
  });

  it('a function that really waits (sleep, I/O) queues for no CPU: still not called CPU-bound', () => {
    const runQueue = [0, 1, 2].map((repeat) => ({ mode: 'serial' as const, repeat, seconds: 0.001 }));
    assert.equal(measureVerdict({ ...input, runQueue }).kind, 'mixed');
  });
});

describe('verdict: race check', () => {
  const run = (mode: 'serial' | 'threads', expected: number, observed: number): RaceRun => ({ mode, expected, observed, lost: expected - observed });

  it('0 lost with the GIL: luck, not safety', () => {
    const runs = [run('serial', 200000, 200000), run('threads', 200000, 200000), run('threads', 200000, 200000), run('threads', 200000, 200000)];
    const v = raceVerdict(gil311, 'counter', runs);
    assert.equal(v.kind, 'mixed');
    assert.equal(v.step, STEPS.pitfallRace);
    assert.equal(
      v.headline,
      "No update to counter was lost in 3 threaded runs on Python 3.11.7 with the GIL on. This interpreter only hands the GIL to another thread at certain points, and none fell between this function's read and write of counter. That is luck, not safety: a call between the read and the write, another Python version or a free-threaded build loses updates. Guard the update with a lock.",
    );
    assert.equal(v.detail, 'Threaded runs: 200,000 of 200,000, 200,000 of 200,000, 200,000 of 200,000.');
  });

  it('some lost with the GIL (3.9): lost even with the GIL, with the worst run as a percentage', () => {
    const runs = [run('serial', 200000, 200000), run('threads', 200000, 163412), run('threads', 200000, 200000), run('threads', 200000, 150000)];
    const v = raceVerdict(gil39, 'counter', runs);
    assert.equal(v.step, STEPS.practiceLocks);
    assert.equal(
      v.headline,
      '86,588 of 600,000 updates to counter were lost in 3 threaded runs on Python 3.9.18 with the GIL on (up to 25% in one run): counter is read, changed and written back as separate steps, and another thread wrote in between even with the GIL. Guard the update with a lock.',
    );
    assert.equal(v.detail, 'Threaded runs: 163,412 of 200,000, 200,000 of 200,000, 150,000 of 200,000.');
  });

  it('most lost on a free-threaded build: names the build, no "even with the GIL"', () => {
    const runs = [run('serial', 400000, 400000), run('threads', 400000, 131072), run('threads', 400000, 100000)];
    const v = raceVerdict(ft313, 'total', runs);
    assert.equal(v.step, STEPS.practiceLocks);
    assert.equal(
      v.headline,
      '568,928 of 800,000 updates to total were lost in 2 threaded runs on Python 3.13.5 (free-threaded) with the GIL off (up to 75% in one run): total is read, changed and written back as separate steps, and another thread wrote in between. Guard the update with a lock.',
    );
  });

  it('0 lost without the GIL: still not safe', () => {
    const v = raceVerdict(ft313, 'counter', [run('threads', 1000, 1000)]);
    assert.equal(v.step, STEPS.pitfallRace);
    assert.equal(
      v.headline,
      'No update to counter was lost in 1 threaded runs on Python 3.13.5 (free-threaded) with the GIL off. It still is not safe: nothing makes the read and the write of counter one step. Guard it with a lock.',
    );
  });

  it('0 lost where the analysis flags no write (the fixed function): the lock working, not luck', () => {
    const runs = [{ mode: 'serial' as const, expected: 400000, observed: 400000, lost: 0 }, { mode: 'threads' as const, expected: 400000, observed: 400000, lost: 0 }];
    const v = raceVerdict(gil311, 'balance', runs, true);
    assert.equal(v.step, STEPS.practiceLocks);
    assert.equal(v.headline, 'No update to balance was lost in 1 threaded runs on Python 3.11.7 with the GIL on, and GIL Lab\'s race analysis flags no write in this function. When its writes of balance are under a lock, that is the lock working, on this and every other build.');
    assert.match(raceVerdict(gil311, 'balance', runs, false).headline, /luck, not safety/);
    assert.match(raceVerdict(gil311, 'balance', runs).headline, /luck, not safety/);
  });

  it('counts only the threaded runs', () => {
    const v = raceVerdict(gil311, 'counter', [run('serial', 1000, 900), run('threads', 1000, 1000)]);
    assert.equal(v.step, STEPS.pitfallRace);
    assert.match(v.headline, /^No update to counter was lost in 1 threaded runs/);
    assert.equal(v.detail, 'Threaded runs: 1,000 of 1,000.');
  });
});
