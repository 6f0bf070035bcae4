/**
 * `gil-lab` command line: `gil-lab measure FILE::FUNCTION ...` and `gil-lab check PATH... [--format ...]`.
 * Both commands share the engine and the analysis with the extension; their options and usage come
 * from one declaration each (CHECK_COMMAND, MEASURE_COMMAND).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { CHECK_COMMAND, runCheckCli } from './check';
import { CHECK_WORKER, serveCheckJobs } from './checkJobs';
import { MEASURE_COMMAND, runMeasureCli } from './measure';
import { commandSynopsis, commandUsage } from './options';
import { VERSION } from './version';

const COMMANDS = { measure: MEASURE_COMMAND, check: CHECK_COMMAND } as const;

function topUsage(): string {
  const lines = ['usage: gil-lab <command> [options]', '       gil-lab <command> --help', '       gil-lab --version', '', 'commands:'];
  for (const command of Object.values(COMMANDS)) lines.push(...commandSynopsis(command));
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  // `gil-lab check . | head`: once the reader has gone, stop quietly, as command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const io = { stdout: process.stdout, stderr: process.stderr };
  const [command, ...rest] = argv;
  switch (command) {
    case 'measure':
      return runMeasureCli(rest, io);
    case 'check':
      return runCheckCli(rest, io);
    case '-h':
    case '--help':
      process.stdout.write(topUsage());
      return 0;
    case 'help': {
      // `gil-lab help measure` is `gil-lab measure --help`.
      const about = rest[0];
      if (about === undefined) {
        process.stdout.write(topUsage());
        return 0;
      }
      if (about in COMMANDS) {
        process.stdout.write(commandUsage('gil-lab', COMMANDS[about as keyof typeof COMMANDS]));
        return 0;
      }
      process.stderr.write(`gil-lab: no command '${about}'\n\n${topUsage()}`);
      return 2;
    }
    case '-V':
    case '--version':
      process.stdout.write(`gil-lab ${VERSION}\n`);
      return 0;
    case undefined:
      process.stderr.write(topUsage());
      return 2;
    default:
      process.stderr.write(`gil-lab: ${command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`}\n\n${topUsage()}`);
      return 2;
  }
}

if (!isMainThread && workerData === CHECK_WORKER) void serveCheckJobs();
else runMain();

function runMain(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`gil-lab: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
