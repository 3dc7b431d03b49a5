import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * What a satellite tells when it signs on. Only the organisation's contact person and counts:
 * nothing about residents is asked.
 */
export class SignOnDto {
  @ApiProperty({ description: 'Naam van de contactpersoon voor deze voorstelling.', example: 'Lies Animatie' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  contactName: string;

  @ApiProperty({
    description: 'E-mailadres van de contactpersoon; de agenda-uitnodiging gaat hierheen.',
    example: 'animatie@delinde.example',
  })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  contactEmail: string;

  @ApiProperty({
    description: 'Telefoonnummer van de contactpersoon, voor technische vragen op de dag zelf.',
    example: '011 00 02 01',
  })
  @Transform(trim)
  @Matches(/^\+?[0-9][0-9 ./()-]{7,19}$/, { message: 'moet een telefoonnummer zijn (bv. 011 12 34 56)' })
  contactPhone: string;

  @ApiProperty({ description: 'Aantal schermen of locaties waar u de stream toont.', example: 1, minimum: 1 })
  @IsInt()
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(100)
  screens: number;

  @ApiProperty({ description: 'Verwacht aantal kijkers (een schatting, geen namen).', example: 40, minimum: 1 })
  @IsInt()
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(10000)
  expectedViewers: number;

  @ApiPropertyOptional({
    description: 'Opmerkingen over toegankelijkheid of techniek.',
    example: 'Rolstoeltoegankelijke zaal, beamer aanwezig.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
