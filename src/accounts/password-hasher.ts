import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '../common/config/app-config.js';

/**
 * Every password hash the app makes, with the memory cost from PASSWORD_HASH_MEMORY_KIB. A hash
 * carries its own parameters, so verifying works for hashes made under any earlier setting.
 */
@Injectable()
export class PasswordHasher {
  /** Verifying against a hash of the same cost for unknown addresses keeps login time from revealing which accounts exist. */
  private unknownUserHash?: Promise<string>;

  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { memoryCost: this.config.PASSWORD_HASH_MEMORY_KIB });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /** Spends the time a real check would, and is always false. */
  async verifyUnknownUser(password: string): Promise<false> {
    this.unknownUserHash ??= this.hash('no-such-user-placeholder');
    await argon2.verify(await this.unknownUserHash, password);
    return false;
  }
}
