import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COST_BASES, COST_CATEGORIES, type CostBasis, type CostCategory } from '../../finance/finance-inputs.js';
import { ProposalStatus } from '../proposal-status.js';

export class ProposalCostLineView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: COST_CATEGORIES }) category: CostCategory;
  @ApiProperty() label: string;
  @ApiProperty({ enum: COST_BASES }) basis: CostBasis;
  @ApiProperty({ description: 'Eurocent exclusief btw.' }) plannedCents: number;
  @ApiProperty({ description: 'Btw-tarief in procent.' }) vatRatePercent: number;
}

export class ProposalView {
  @ApiProperty() id: string;
  @ApiProperty() callId: string;
  @ApiProperty({ example: '2024-2025' }) seasonCode: string;
  @ApiProperty({ enum: ProposalStatus, description: 'submitted, accepted (een ontwerpvoorstelling) of declined.' })
  status: ProposalStatus;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) performers: string[];
  @ApiProperty({ description: 'De zaal van het cultuurhuis.' }) venue: string;
  @ApiProperty({ description: 'Het voorstellende cultuurhuis, straks lanceercentrum.' })
  organisation: { id: string; name: string; municipality: string };
  @ApiProperty({ type: [String], description: 'Mogelijke aanvangsmomenten, ISO 8601 (UTC).' }) possibleStarts: string[];
  @ApiProperty() durationMinutes: number;
  @ApiProperty() technicalNotes: string;
  @ApiProperty({ description: 'Aantal satellieten dat interesse toonde.' }) interestCount: number;
  @ApiProperty({ description: 'Of de organisatie van de vrager interesse toonde.' }) myInterest: boolean;
  @ApiPropertyOptional({
    type: [ProposalCostLineView],
    nullable: true,
    description: 'Enkel voor het indienende cultuurhuis, admin en financiën.',
  })
  costLines: ProposalCostLineView[] | null;
  @ApiProperty({ description: 'Het indienende cultuurhuis kan het voorstel nog aanpassen.' }) editable: boolean;
  @ApiPropertyOptional({ nullable: true }) declineReason: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'De ontwerpvoorstelling, na aanvaarding.' }) eventId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}
