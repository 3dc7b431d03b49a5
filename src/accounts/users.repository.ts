import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { User } from './entities/user.entity.js';
import type { Role } from './role.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** One statement: findOne with a relation adds a DISTINCT id query first, on every authenticated request. */
  findWithOrganisation(id: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.id = :id', { id })
      .getOne();
  }

  findForLogin(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .innerJoinAndSelect('user.organisation', 'organisation')
      .where('user.email = :email', { email: email.toLowerCase() })
      .getOne();
  }

  /**
   * Counts a wrong password in one statement, so parallel guesses cannot slip past the limit;
   * the fifth in a row locks the account for a while.
   */
  async recordFailedLogin(id: string): Promise<{ lockedUntil: Date | null }> {
    // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affectedCount].
    const [rows]: [{ locked_until: Date | null }[], number] = await this.users.query(
      `UPDATE users
          SET failed_login_count = failed_login_count + 1,
              locked_until = CASE WHEN failed_login_count + 1 >= $2
                                  THEN now() + make_interval(mins => $3) END
        WHERE id = $1
      RETURNING locked_until`,
      [id, MAX_FAILED_LOGINS, LOCKOUT_MINUTES],
    );
    return { lockedUntil: rows[0]?.locked_until ?? null };
  }

  async resetFailedLogins(id: string): Promise<void> {
    await this.users.update({ id }, { failedLoginCount: 0, lockedUntil: null });
  }

  async insert(
    manager: EntityManager,
    user: { organisationId: string; email: string; fullName: string; passwordHash: string; role: Role },
  ): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create({ ...user, email: user.email.toLowerCase() }));
  }

  list(filter: { organisationId?: string; limit: number; offset: number }): Promise<[User[], number]> {
    return this.users.findAndCount({
      where: filter.organisationId ? { organisationId: filter.organisationId } : {},
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
  }

  /**
   * Locks every active admin row, so that two admins demoting or deactivating each other at the
   * same time are decided one after the other: the second sees the first's change.
   */
  async lockActiveAdminIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
    );
    return rows.map((row) => row.id);
  }

  /** Deactivating also ends every session, so reactivating later does not revive old tokens. */
  async update(manager: EntityManager, id: string, changes: Partial<Pick<User, 'fullName' | 'role' | 'active'>>): Promise<void> {
    await manager
      .getRepository(User)
      .update({ id }, changes.active === false ? { ...changes, sessionVersion: () => 'session_version + 1' } : changes);
  }
}
