import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AppliesOnlyWhen } from '../../common/http/applies-only-when.js';
import { COST_BASES, COST_CATEGORIES, type CostBasis, type CostCategory } from '../finance-inputs.js';
import { CreateCostLineDto, MAX_CENTS } from './cost-line.dto.js';
import { MAX_SATELLITES } from './plan.dto.js';

export class PerAudienceNumbersDto {
  @ApiPropertyOptional({ description: 'Voor cultuurhuizen.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  culture_house?: number;

  @ApiPropertyOptional({ description: 'Voor zorgcentra.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  care_centre?: number;
}

/** Satellites per audience: bounded like a plan, so a count times a tariff stays an exact integer. */
export class PerAudienceCountsDto {
  @ApiPropertyOptional({ description: 'Cultuurhuizen.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  culture_house?: number;

  @ApiPropertyOptional({ description: 'Zorgcentra.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SATELLITES)
  care_centre?: number;
}

export class CostLineOverrideDto {
  @ApiProperty({ description: 'Id van een bestaande kostenlijn.' })
  @IsString()
  id: string;

  @ApiPropertyOptional({ enum: COST_CATEGORIES })
  @IsOptional()
  @IsIn(COST_CATEGORIES)
  category?: CostCategory;

  @ApiPropertyOptional({ enum: COST_BASES })
  @IsOptional()
  @IsIn(COST_BASES)
  basis?: CostBasis;

  @ApiPropertyOptional({ description: 'Gepland bedrag in eurocent.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  plannedCents?: number;

  @ApiPropertyOptional({ description: 'Werkelijk bedrag in eurocent; null wist het.', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  actualCents?: number | null;
}

export class ScenarioChangesDto {
  @ApiPropertyOptional({ description: 'Andere tarieven in eurocent per doelgroep.', type: PerAudienceNumbersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerAudienceNumbersDto)
  tariffsCents?: PerAudienceNumbersDto;

  @ApiPropertyOptional({
    description:
      'Ook de bestaande intekeningen aan het nieuwe tarief: elk betaalt het verschil mee ("hadden we € 20 meer gevraagd").',
  })
  @IsOptional()
  @IsBoolean()
  repriceSignOns?: boolean;

  @ApiPropertyOptional({
    description: 'Een ander plan: verwacht aantal satellieten per doelgroep ("10 zorgcentra minder dan gepland").',
    type: PerAudienceCountsDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerAudienceCountsDto)
  expectedSatellites?: PerAudienceCountsDto;

  @ApiPropertyOptional({ description: 'Aantal bevestigde satellieten per doelgroep.', type: PerAudienceCountsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerAudienceCountsDto)
  satellites?: PerAudienceCountsDto;

  @ApiPropertyOptional({ description: 'Andere capaciteit; null heft de grens op.', nullable: true })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @ApiPropertyOptional({ type: [CostLineOverrideDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CostLineOverrideDto)
  costLineOverrides?: CostLineOverrideDto[];

  @ApiPropertyOptional({ type: [CreateCostLineDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CreateCostLineDto)
  addedCostLines?: CreateCostLineDto[];
}

export class EventScenarioDto {
  @ApiProperty({ description: 'Id van de voorstelling.' })
  @IsUUID()
  eventId: string;

  @ApiProperty({ type: ScenarioChangesDto })
  @ValidateNested()
  @Type(() => ScenarioChangesDto)
  changes: ScenarioChangesDto;
}

const forEvent = (request: ScenarioRequestDto) => request.eventId !== undefined;
const forYear = (request: ScenarioRequestDto) => request.year !== undefined;

/** Exactly one of eventId or year; the service answers a 400 otherwise, and the other kind's fields are refused. */
export class ScenarioRequestDto {
  @ApiPropertyOptional({ description: 'Een voorstelling: de wijzigingen staan in "changes".' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiPropertyOptional({ description: 'Een budgetjaar: de wijzigingen per voorstelling staan in "events".', example: 2023 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ type: ScenarioChangesDto, description: 'Enkel bij een voorstelling (eventId).' })
  @IsOptional()
  @AppliesOnlyWhen(forEvent, 'enkel bij een voorstelling (eventId)')
  @ValidateNested()
  @Type(() => ScenarioChangesDto)
  changes?: ScenarioChangesDto;

  @ApiPropertyOptional({ type: [EventScenarioDto], description: 'Enkel bij een budgetjaar (year).' })
  @IsOptional()
  @AppliesOnlyWhen(forYear, 'enkel bij een budgetjaar (year)')
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EventScenarioDto)
  events?: EventScenarioDto[];

  @ApiPropertyOptional({ description: 'Een andere goedgekeurde marge voor het jaar, in eurocent (nul of negatief).' })
  @IsOptional()
  @AppliesOnlyWhen(forYear, 'enkel bij een budgetjaar (year)')
  @IsInt()
  @Min(-MAX_CENTS)
  @Max(0)
  approvedMarginCents?: number;
}
