import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../common/config/app-config.js';

/** What a valid token says: whose it is, and under which session version of that user it was issued. */
export interface TokenClaim {
  userId: string;
  sessionVersion: number;
}

/**
 * Signed, expiring bearer tokens. They carry the user id and the user's session version; the
 * guard reloads the user each request and refuses a token whose version is no longer the user's.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: { id: string; sessionVersion: number }): Promise<{ accessToken: string; expiresAt: Date }> {
    const expiresInSeconds = this.config.TOKEN_TTL_MINUTES * 60;
    const accessToken = await this.jwt.signAsync({ sub: user.id, ver: user.sessionVersion }, { expiresIn: expiresInSeconds });
    return { accessToken, expiresAt: new Date(Date.now() + expiresInSeconds * 1000) };
  }

  /** The claim of a valid, unexpired token; undefined for anything else. */
  async verify(token: string): Promise<TokenClaim | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; ver?: unknown }>(token);
      if (typeof payload.sub !== 'string' || !Number.isInteger(payload.ver)) return undefined;
      return { userId: payload.sub, sessionVersion: payload.ver as number };
    } catch {
      return undefined;
    }
  }
}
