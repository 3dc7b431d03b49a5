import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Treat these statuses as success too (a 304 is the point of a conditional GET). */
  expectStatus?: number;
}

/** autocannon against one URL (or several, connections shared out); every unexpected status is counted. */
export async function load(url: string | string[], options: LoadOptions): Promise<LoadResult> {
  let unexpected = 0;
  const result = await autocannon({
    // autocannon shares connections out over several URLs; its types only know one.
    url: url as string,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    setupClient: (client) => {
      client.on('response', (status: number) => {
        if (status !== (options.expectStatus ?? 200)) unexpected++;
      });
    },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: unexpected,
    errors: result.errors + result.timeouts,
  };
}
