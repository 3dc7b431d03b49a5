import { shouldLoadDemoData } from './demo-policy.js';

describe('demodata', () => {
  it('laadt in ontwikkeling en in tests', () => {
    expect(shouldLoadDemoData({ NODE_ENV: 'development', SEED_DEMO_DATA: 'true' })).toBe(true);
    expect(shouldLoadDemoData({ NODE_ENV: 'test', SEED_DEMO_DATA: 'true' })).toBe(true);
  });

  it('laadt nooit in productie, ook niet als SEED_DEMO_DATA aan staat', () => {
    expect(shouldLoadDemoData({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toBe(false);
  });

  it('laadt niet als SEED_DEMO_DATA uit staat', () => {
    expect(shouldLoadDemoData({ NODE_ENV: 'development', SEED_DEMO_DATA: 'false' })).toBe(false);
  });
});
