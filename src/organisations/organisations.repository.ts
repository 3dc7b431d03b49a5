import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { ILike, In } from 'typeorm';
import { Organisation } from './entities/organisation.entity.js';
import type { OrganisationKind } from './organisation-kinds.js';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  insert(
    manager: EntityManager,
    fields: Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'active' | 'linksRevokedAt' | 'vatNumber' | 'paymentMethod'> & {
      vatNumber?: string | null;
    },
  ) {
    const repository = manager.getRepository(Organisation);
    return repository.save(repository.create({ ...fields, vatNumber: fields.vatNumber ?? null }));
  }

  findById(id: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.organisations.findBy({ id: In([...ids]) });
  }

  list(filter: { kind?: OrganisationKind; name?: string; limit: number; offset: number }): Promise<[Organisation[], number]> {
    const where: FindOptionsWhere<Organisation> = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.name ? { name: ILike(`%${filter.name.replace(/[%_\\]/g, '\\$&')}%`) } : {}),
    };
    return this.organisations.findAndCount({ where, order: { name: 'ASC' }, take: filter.limit, skip: filter.offset });
  }

  /**
   * Closes every door at once: the flag, every session of its users, its private calendar feed,
   * and every one-click link already mailed. Reactivating opens none of them again; its users log
   * in anew and make a new feed link.
   */
  async deactivate(id: string): Promise<void> {
    await this.organisations.manager.transaction(async (manager) => {
      await manager.query('UPDATE organisations SET active = false, links_revoked_at = now() WHERE id = $1', [id]);
      await manager.query('UPDATE users SET session_version = session_version + 1 WHERE organisation_id = $1', [id]);
      await manager.query('DELETE FROM calendar_feeds WHERE organisation_id = $1', [id]);
    });
  }

  async update(id: string, changes: Partial<Organisation>): Promise<void> {
    await this.organisations.update({ id }, changes);
  }
}
