/** Polls a condition until it holds; tests wait for states, never for a fixed time. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Voorwaarde niet bereikt binnen ${timeoutMs} ms`);
    await new Promise((wake) => setTimeout(wake, pollMs));
  }
}
