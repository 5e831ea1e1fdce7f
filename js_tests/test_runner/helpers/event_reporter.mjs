// A custom reporter that prints each event's type and data as JSON (keys in the order the runner
// gave them), with what varies from run to run taken out: durations, errors' contents, absolute
// paths, and the files' stderr (its frames name the runtime's internals).
export default async function* eventReporter(source) {
  for await (const { type, data } of source) {
    if (type === 'test:stderr' || (type === 'test:diagnostic' && data.message.startsWith('duration_ms'))) continue;
    const shown = { ...data };
    if (shown.details !== undefined) {
      shown.details = { ...shown.details, duration_ms: '*' };
      if (shown.details.error !== undefined) shown.details.error = shown.details.error.failureType ?? 'error';
    }
    if (shown.duration_ms !== undefined) shown.duration_ms = '*';
    if (typeof shown.file === 'string') shown.file = shown.file.slice(shown.file.lastIndexOf('/') + 1);
    yield `${type} ${JSON.stringify(shown)}\n`;
  }
}
