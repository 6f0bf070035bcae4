/**
 * `gil-lab` command line: `gil-lab measure FILE::FUNCTION ...` and `gil-lab check PATH... [--json]`.
 * Both commands share the engine and the analysis with the extension.
 */
import { runCheckCli } from './check';
import { runMeasureCli } from './measure';

const USAGE = `usage: gil-lab <command> [options]

commands:
  measure FILE::FUNCTION|FILE::Class.method [--python PATH] [--workers N] [--repeats R]
          [--modes serial,threads,processes] [--instance EXPR] [--args EXPR] [--race STATE] [--runs K] [--json]
      Time FUNCTION serially, in threads and in processes with a real interpreter. A method is called
      on Class() or on --instance EXPR; threads share that instance and the --args objects, each
      process gets its own pickled copy. --race STATE counts lost updates to self.ATTR, Class.ATTR,
      NAME, NAME[INDEX] or NAME.ATTR.
  check PATH... [--json]
      Flag shared state written from threads without a lock (exit 1 when anything is found).
`;

async function main(argv: string[]): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr };
  const [command, ...rest] = argv;
  switch (command) {
    case 'measure':
      return runMeasureCli(rest, io);
    case 'check':
      return runCheckCli(rest, io);
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(command ? `gil-lab: unknown command '${command}'\n\n${USAGE}` : USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`gil-lab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
