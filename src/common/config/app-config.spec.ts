import { ConfigError, DEVELOPMENT_TOKEN_SECRET, loadAppConfig, trustedProxies } from './app-config.js';

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

  it('noemt bij een ongeldige waarde de variabele, nooit de waarde zelf', () => {
    const attempt = () => loadAppConfig({ TOKEN_SECRET: 'geheim-kort', STRIPE_SECRET_KEY: 'pk_live_geheim123' });
    expect(attempt).toThrow(/TOKEN_SECRET/);
    expect(attempt).toThrow(/STRIPE_SECRET_KEY/);
    expect(attempt).not.toThrow(/geheim/);
  });

  it('eist een TOKEN_SECRET in productie', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
  });

  it('weigert in productie het ontwikkelgeheim uit de broncode', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', TOKEN_SECRET: DEVELOPMENT_TOKEN_SECRET })).toThrow(/TOKEN_SECRET/);
  });

  it('weigert in productie een wachtwoordhash onder het OWASP-minimum, en neemt het minimum zelf', () => {
    const production = { NODE_ENV: 'production', TOKEN_SECRET: 'een-eigen-geheim-van-voldoende-lengte-hier' };
    expect(() => loadAppConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19455' })).toThrow(/PASSWORD_HASH_MEMORY_KIB/);
    expect(loadAppConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19456' }).PASSWORD_HASH_MEMORY_KIB).toBe(19456);
    expect(loadAppConfig({ ...production }).PASSWORD_HASH_MEMORY_KIB).toBe(65536);
  });

  describe('TRUST_PROXY', () => {
    it('gelooft standaard geen enkele proxy', () => {
      expect(trustedProxies(loadAppConfig({}))).toBe(false);
    });

    it('neemt een aantal hops', () => {
      const trust = trustedProxies(loadAppConfig({ TRUST_PROXY: '2' }));
      expect(typeof trust).toBe('function');
      const hops = trust as (address: string, hop: number) => boolean;
      expect([hops('10.0.0.1', 0), hops('10.0.0.2', 1), hops('10.0.0.3', 2)]).toEqual([true, true, false]);
    });

    it('neemt een lijst adressen en bereiken', () => {
      expect(trustedProxies(loadAppConfig({ TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }))).toEqual(['10.0.0.1', '10.0.1.0/24']);
    });

    it('weigert iets anders', () => {
      expect(() => loadAppConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    });
  });
});
