import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { parseZonedDateTime, ZONED_DATE_TIME_MESSAGE } from '../../common/http/date-input.js';
import { CreateCostLineDto, MAX_CENTS } from '../../finance/dto/cost-line.dto.js';
import { PerAudienceNumbersDto } from '../../finance/dto/scenario.dto.js';
import { COST_BASES, COST_CATEGORIES, type CostBasis, type CostCategory } from '../../finance/finance-inputs.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toZonedDateTimes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item: unknown) => parseZonedDateTime(item) ?? item) : value;

export const VAT_RATES = [0, 6, 12, 21] as const;

/** A finance cost line's shape (CreateCostLineDto), planned only, with the VAT rate beside the amount. */
export class ProposalCostLineDto {
  @ApiProperty({ description: 'Soort kost.', enum: COST_CATEGORIES, example: 'artist_fee' })
  @IsIn(COST_CATEGORIES)
  category: CostCategory;

  @ApiProperty({ description: 'Omschrijving, zoals "gage artiesten".', example: 'Gage artiesten' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @ApiProperty({ description: 'Vast (fixed) of per bevestigde satelliet (per_satellite).', enum: COST_BASES, example: 'fixed' })
  @IsIn(COST_BASES)
  basis: CostBasis;

  @ApiProperty({ description: 'Verwacht bedrag in eurocent, exclusief btw.', example: 250000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  plannedCents: number;

  @ApiProperty({ description: 'Btw-tarief van deze kost in procent (0, 6, 12 of 21).', example: 6 })
  @IsIn(VAT_RATES)
  vatRatePercent: number;
}

export class SubmitProposalDto {
  @ApiProperty({ description: 'Titel van de voorstelling.', example: 'Liedjes van toen' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: [String], description: 'Artiesten.', example: ['De Bonanza’s'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  performers: string[];

  @ApiProperty({ description: 'De zaal van het cultuurhuis waar de voorstelling gefilmd wordt.', example: 'Grote zaal' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  venue: string;

  @ApiProperty({
    type: [String],
    description: 'Mogelijke aanvangsmomenten (één tot tien), ISO 8601 met tijdzone; elk binnen het seizoen van de oproep.',
    example: ['2027-10-14T14:00:00+02:00'],
  })
  @Transform(toZonedDateTimes)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsDate({ each: true, ...ZONED_DATE_TIME_MESSAGE })
  possibleStarts: Date[];

  @ApiPropertyOptional({ description: 'Duur in minuten (15 tot 600); standaard 90.', example: 90 })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ description: 'Technische opmerkingen: camera’s, geluid, internet in de zaal.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  technicalNotes?: string;

  @ApiProperty({ type: [ProposalCostLineDto], description: 'De kosten zoals het cultuurhuis ze verwacht (minstens één).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ProposalCostLineDto)
  costLines: ProposalCostLineDto[];
}

export class UpdateProposalDto extends PartialType(SubmitProposalDto) {}

export class MarkInterestDto {
  @ApiPropertyOptional({ description: 'Op hoeveel schermen of locaties u zou kijken (vrijblijvend).', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(1000)
  screens?: number | null;

  @ApiPropertyOptional({ description: 'Hoeveel bewoners of bezoekers u verwacht (vrijblijvend).', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(100000)
  expectedViewers?: number | null;
}

export class AcceptProposalDto {
  @ApiPropertyOptional({ description: 'Welk van de voorgestelde aanvangsmomenten; standaard het eerste.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => parseZonedDateTime(value) ?? value)
  @IsDate(ZONED_DATE_TIME_MESSAGE)
  startsAt?: Date;
}

export class DeclineProposalDto {
  @ApiPropertyOptional({ description: 'Waarom niet; de indiener leest dit in de mail.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** Far above any real plan, and it keeps every product of satellites and tariffs an exact integer (as SetPlanDto). */
const MAX_SATELLITES = 10_000;

export class ExpectedSatellitesDto {
  @ApiPropertyOptional({ description: 'Verwachte cultuurhuizen.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  culture_house?: number;

  @ApiPropertyOptional({ description: 'Verwachte zorgcentra.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  care_centre?: number;
}

/** What-if for a proposal: the event what-if's tariffs, plan and cost lines; it has no sign-ons to change. */
export class ProposalWhatIfDto {
  @ApiPropertyOptional({ description: 'Andere tarieven in eurocent per doelgroep.', type: PerAudienceNumbersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerAudienceNumbersDto)
  tariffsCents?: PerAudienceNumbersDto;

  @ApiPropertyOptional({ description: 'Een ander verwacht aantal satellieten per doelgroep.', type: ExpectedSatellitesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExpectedSatellitesDto)
  expectedSatellites?: ExpectedSatellitesDto;

  @ApiPropertyOptional({ type: [CreateCostLineDto], description: 'Extra kosten bovenop die van het voorstel.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CreateCostLineDto)
  addedCostLines?: CreateCostLineDto[];
}
