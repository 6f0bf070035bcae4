/** Facts read from the lesson's samples, so tests follow the samples instead of copying their numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const samplesDir = join(__dirname, '..', '..', 'walkthroughs', 'samples');

/** An integer constant at the top of a sample (`ROUNDS = 1_000_000`). */
export function sampleConstant(file: string, name: string): number {
  const m = new RegExp(`^${name} = ([\\d_]+)$`, 'm').exec(readFileSync(join(samplesDir, file), 'utf8'));
  if (!m) throw new Error(`${file} has no ${name} = <integer>`);
  return Number(m[1].replace(/_/g, ''));
}
