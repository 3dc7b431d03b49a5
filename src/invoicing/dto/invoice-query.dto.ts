import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { InvoiceStatus } from '../invoice-status.js';

export class InvoiceQuery {
  @ApiPropertyOptional({ description: 'Kalenderjaar van de factuurdatum (de nummerreeks).', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(9999)
  year?: number;

  @ApiPropertyOptional({ enum: InvoiceStatus, enumName: 'InvoiceStatus', description: 'Enkel facturen in deze stand.' })
  @IsOptional()
  @IsEnum(InvoiceStatus)
  status?: InvoiceStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Enkel facturen aan deze organisatie (finance en admin).' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
