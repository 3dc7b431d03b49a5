import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/http/pagination.dto.js';

export class ListUsersQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Enkel gebruikers van deze organisatie.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
