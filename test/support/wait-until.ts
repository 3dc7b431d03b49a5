/**
 * Polls a condition until it holds; tests wait for states, never for a fixed time. On timeout,
 * `describe` says what the state was, so a stuck queue is told apart from a slow one.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  pollMs = 50,
  describe: () => unknown = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Voorwaarde niet bereikt binnen ${timeoutMs} ms ${JSON.stringify(await describe())}`);
    }
    await new Promise((wake) => setTimeout(wake, pollMs));
  }
}
