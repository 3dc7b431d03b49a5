import { loadAppConfig } from '../common/config/app-config.js';
import { PasswordHasher } from './password-hasher.js';

const hasherWith = (memoryKib: string) => new PasswordHasher(loadAppConfig({ PASSWORD_HASH_MEMORY_KIB: memoryKib }));

describe('wachtwoordhashes', () => {
  it('maakt argon2id-hashes met het ingestelde geheugen', async () => {
    const hash = await hasherWith('2048').hash('correct paard batterij');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=2048,/);
  });

  it('controleert een hash die onder een andere instelling gemaakt is', async () => {
    const earlier = await hasherWith('4096').hash('correct paard batterij');
    const now = hasherWith('1024');
    expect(await now.verify(earlier, 'correct paard batterij')).toBe(true);
    expect(await now.verify(earlier, 'fout')).toBe(false);
  });

  it('zegt nee voor een onbekend adres', async () => {
    expect(await hasherWith('1024').verifyUnknownUser('wat dan ook')).toBe(false);
  });
});
