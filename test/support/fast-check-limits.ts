import fc from 'fast-check';

// A property that fails on a large record can spend many minutes shrinking it; past this limit
// fast-check stops and reports the failure instead, so a bad case fails the run rather than hanging CI.
fc.configureGlobal({ interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });
