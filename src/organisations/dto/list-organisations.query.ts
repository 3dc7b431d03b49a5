import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQuery } from '../../common/http/pagination.dto.js';
import { OrganisationKind } from '../organisation-kinds.js';

export class ListOrganisationsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: OrganisationKind, description: 'Enkel organisaties van deze soort.' })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ description: 'Deel van de naam.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}
