/** An error meant for the person at the terminal: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}

export function runCli(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (process.env.DEBUG) console.error(error);
      const message = error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
      process.stderr.write(`${process.argv[1]?.split('/').pop()?.replace(/\.ts$/, '') ?? 'crosscheck'}: ${message.split('\n')[0]}\n`);
      process.exit(1);
    });
}
