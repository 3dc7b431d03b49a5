import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { postgresOptions } from './postgres-options.js';

/** TypeORM on the given PostgreSQL. Migrations run before Nest starts (see run-migrations.ts), never synchronize. */
@Module({})
export class DatabaseModule {
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...postgresOptions(url),
          autoLoadEntities: true,
          extra: { max: 20, application_name: 'satelliet' },
        }),
      ],
    };
  }
}
