/**
 * What to say when the harness process itself died before it answered: how (signal or exit code),
 * and where the run was (the last progress event). Pure.
 */
import type { HarnessEvent } from '../shared/harnessProtocol';

type Progress = Extract<HarnessEvent, { type: 'progress' }>;

const SIGNAL_MEANINGS: Record<string, string> = {
  SIGSEGV: 'a crash in C code: segmentation fault',
  SIGBUS: 'a crash in C code: bus error',
  SIGILL: 'a crash in C code: illegal instruction',
  SIGFPE: 'a crash in C code: arithmetic error',
  SIGABRT: 'aborted by a fatal error in C code or in Python itself',
  SIGKILL: 'killed outright: the system ran out of memory, or another program killed it',
  SIGTERM: 'asked to stop by another program',
};

export function whereRunWas(progress: Progress | undefined): string {
  if (!progress) return 'before it started measuring';
  const of = progress.of ?? 1;
  switch (progress.phase) {
    case 'measure':
      return `in the ${progress.mode ?? 'serial'} mode, repeat ${(progress.repeat ?? 0) + 1} of ${of}`;
    case 'warmup':
      if (progress.message?.startsWith('Starting')) return 'while the worker processes started';
      return progress.mode ? `in the ${progress.mode} mode's warm-up` : 'during the warm-up calls';
    case 'race':
      return `in threaded run ${(progress.repeat ?? 0) + 1} of ${of} of the race check`;
    default:
      return 'while loading the file';
  }
}

export function deathMessage(functionName: string | undefined, code: number | null, signal: string | null, progress: Progress | undefined): string {
  const meaning = signal ? SIGNAL_MEANINGS[signal] : undefined;
  const how = signal ? `was killed by signal ${signal}${meaning ? ` (${meaning})` : ''}` : `exited with code ${code}`;
  if (!functionName) return `Python ${how} before it answered.`;
  const why = signal ? '' : ' (os._exit(), or C code that exited)';
  return `Python ${how} while running ${functionName}() ${whereRunWas(progress)}, before it answered${why}.`;
}
