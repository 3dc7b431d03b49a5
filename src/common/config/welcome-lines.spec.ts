import { loadAppConfig } from './app-config.js';
import { welcomeLines } from './welcome-lines.js';

describe('startbericht', () => {
  it('toont de programmapagina op de poort waarop de app luistert', () => {
    const lines = welcomeLines(loadAppConfig({ PORT: '8080' }), [], 'x');
    expect(lines[0]).toBe('Satelliet draait op http://localhost:8080');
    expect(lines).toContain('  Programma:        http://localhost:8080/programma');
    expect(lines.join('\n')).not.toContain('3000');
  });

  it('noemt de demo-aanmeldingen alleen als er demodata is', () => {
    const users = [{ role: 'admin', email: 'admin@satelliet.example' }];
    expect(welcomeLines(loadAppConfig({}), users, 'geheim').join('\n')).toContain('admin    admin@satelliet.example');
    expect(welcomeLines(loadAppConfig({}), [], 'geheim').join('\n')).not.toContain('Demo-aanmeldingen');
  });
});
