import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

export class RegisterPaymentDto {
  @ApiProperty({ description: 'Ontvangen bedrag inclusief btw, in cent; een deelbetaling mag.', example: 10070 })
  @IsInt()
  @Min(1)
  amountCents: number;

  @ApiProperty({ description: 'Valutadatum op het rekeninguittreksel (JJJJ-MM-DD).', example: '2026-02-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'moet een datum als JJJJ-MM-DD zijn' })
  date: string;

  @ApiProperty({ description: 'Mededeling zoals op het uittreksel.', example: '+++202/6100/04229+++' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(140)
  communication: string;
}
