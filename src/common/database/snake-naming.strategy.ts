import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const bareTable = (table: Table | string) => (typeof table === 'string' ? table : table.name).split('.').pop() ?? '';

/**
 * Tables, columns and constraints named the way PostgreSQL itself names them
 * (`users_email_key`), so hand-written SQL and error handling can refer to them.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  override primaryKeyName(table: Table | string): string {
    return `${bareTable(table)}_pkey`;
  }
  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return `${bareTable(table)}_${columns.join('_')}_key`;
  }
  override foreignKeyName(table: Table | string, columns: string[]): string {
    return `${bareTable(table)}_${columns.join('_')}_fkey`;
  }
  override indexName(table: Table | string, columns: string[]): string {
    return `${bareTable(table)}_${columns.join('_')}_idx`;
  }
}
