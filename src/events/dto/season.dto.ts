import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: 'moet een datum als JJJJ-MM-DD zijn' };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The rules between the fields (consecutive years, first day before last) live in season-rules.ts. */
export class CreateSeasonDto {
  @ApiProperty({
    description: 'Code: twee opeenvolgende jaren, bv. 2024-2025. Kan daarna niet meer veranderen.',
    example: '2024-2025',
  })
  @Transform(trim)
  @Matches(/^\d{4}-\d{4}$/, { message: 'moet twee opeenvolgende jaren zijn, zoals 2024-2025' })
  code: string;

  @ApiPropertyOptional({ description: 'Naam; standaard "Seizoen <code>".', example: 'Seizoen 2024-2025' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name?: string;

  @ApiProperty({ description: 'Eerste dag (JJJJ-MM-DD), in het eerste jaar van de code.', example: '2024-09-01' })
  @Matches(DAY, DAY_MESSAGE)
  startsOn: string;

  @ApiProperty({
    description: 'Laatste dag (JJJJ-MM-DD), in het tweede jaar van de code, na de eerste dag.',
    example: '2025-06-30',
  })
  @Matches(DAY, DAY_MESSAGE)
  endsOn: string;
}

/** Every field may change but the code, which events refer to. */
export class UpdateSeasonDto {
  @ApiPropertyOptional({ description: 'Naam.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ description: 'Eerste dag (JJJJ-MM-DD). Elke voorstelling van het seizoen moet erna beginnen.' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  startsOn?: string;

  @ApiPropertyOptional({ description: 'Laatste dag (JJJJ-MM-DD). Elke voorstelling van het seizoen moet ervoor beginnen.' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  endsOn?: string;
}
