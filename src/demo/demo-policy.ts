import type { AppConfig } from '../common/config/app-config.js';

/** Demo data helps a newcomer; it must never reach a production database. */
export function shouldLoadDemoData(config: Pick<AppConfig, 'NODE_ENV' | 'SEED_DEMO_DATA'>): boolean {
  return config.NODE_ENV !== 'production' && config.SEED_DEMO_DATA === 'true';
}
