import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../common/config/app-config.js';

/** Signed, expiring bearer tokens. They carry only the user id; the guard reloads the rest each request. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(userId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const expiresInSeconds = this.config.TOKEN_TTL_MINUTES * 60;
    const accessToken = await this.jwt.signAsync({ sub: userId }, { expiresIn: expiresInSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + expiresInSeconds * 1000) };
  }

  /** The user id in a valid, unexpired token; undefined for anything else. */
  async verify(token: string): Promise<string | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown }>(token);
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
