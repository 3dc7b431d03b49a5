import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * OFFSET makes PostgreSQL read and throw away every skipped row, so a huge offset is a slow query
 * (or, past the bigint range, an error). 100 000 rows still read in tens of milliseconds and lie far
 * beyond any list Satelliet keeps; deeper than that, narrow the list with its filters.
 */
export const MAX_OFFSET = 100_000;

export class PaginationQuery {
  @ApiPropertyOptional({ description: 'Hoeveel items per pagina (1–200).', default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ description: `Hoeveel items overslaan (0–${MAX_OFFSET}).`, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
}
