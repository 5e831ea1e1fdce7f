// Types are erased in place, so an error's stack points at the line and column of the .ts file.
interface Failure { code: number }
function fail<T extends object>(this: void): T { const e: Error = Error('boom' as string); throw e; }
try {
  fail<Failure>();
} catch (err: unknown) {
  console.log((err as Error).stack!.split('\n')[1].replace(__dirname, '.'));
}
const result: Failure = fail<Failure>();
