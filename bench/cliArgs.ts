// Command-line flags of the stand-alone bench scripts (`--units 10000`, `--trace`): one reader
// for all of them. `npm run bench` itself parses its `--name=value` flags in options.ts.
export const argv = process.argv.slice(2);

/** The value after `--name`, or `fallback` when the flag is absent or has no value. */
export function arg(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
}
