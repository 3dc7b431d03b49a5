import { ConfigError, loadAppConfig } from './app-config.js';

describe('configuratie', () => {
  it('vult standaardwaarden in als niets gezet is', () => {
    const config = loadAppConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PAYMENT_HOLD_MINUTES).toBe(30);
  });

  it('zet getallen uit de omgeving om', () => {
    expect(loadAppConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it.each([
    ['PORT', 'tachtig'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_BASE_URL', 'geen-url'],
    ['TOKEN_SECRET', 'kort'],
    ['SMTP_URL', 'http://mail'],
  ])('stopt bij een ongeldige %s en noemt de variabele', (name, value) => {
    expect(() => loadAppConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadAppConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('laat links zonder PUBLIC_BASE_URL wijzen naar het adres waarop de app luistert', () => {
    expect(loadAppConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadAppConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadAppConfig({ PORT: '8080', HOST: '127.0.0.1' }).PUBLIC_BASE_URL).toBe('http://127.0.0.1:8080');
    expect(loadAppConfig({ PORT: '8080', HOST: '::1' }).PUBLIC_BASE_URL).toBe('http://[::1]:8080');
    expect(loadAppConfig({ PORT: '8080', PUBLIC_BASE_URL: 'https://satelliet.example' }).PUBLIC_BASE_URL).toBe(
      'https://satelliet.example',
    );
  });

  it('eist een TOKEN_SECRET in productie', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
  });
});
